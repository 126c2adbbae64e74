"""When the main event happened: the day most sources' opening sentences point to.

Reports lead with the event ("Iran-backed militias launched rockets on Wednesday"), so the day
named in the first `LEAD_SENTENCES` sentences by the most distinct articles is the event day.
Background dates sit lower in the text and rarely win. With no day named in any lead, the day
stays unknown (None): never a guess from publication dates.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from newsfuse.extract import Extraction
from newsfuse.models import Article, Sentence

LEAD_SENTENCES = 5


def event_day(
    articles: Sequence[Article], sentences: dict[str, list[Sentence]], extraction: Extraction
) -> dt.date | None:
    """The event's day, or None when no article's lead names one."""
    votes: Counter[dt.date] = Counter()
    for article in articles:
        lead = sentences[article.id][:LEAD_SENTENCES]
        if not lead:
            continue
        lead_end = lead[-1].end
        days = {
            m.date
            for m in extraction.dates.get(article.id, [])
            if m.precision == "day" and m.end <= lead_end
        }
        votes.update(days)
    if not votes:
        return None
    best = max(votes.values())
    return max(day for day, n in votes.items() if n == best)  # ties: the latest (newest news)

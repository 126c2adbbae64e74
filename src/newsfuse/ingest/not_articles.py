"""Files in an input folder that are not news reports, told by their form.

A folder a user points newsfuse at can hold more than articles: newsfuse's own outputs from an
earlier run (`brief --html report.html` written beside the inputs, a `brief.json`), and
reference files such as the journalists' timelines Timeline17 keeps beside its articles (a
date alone on a line, then that day's entries, then a rule of dashes). Read as articles, an
earlier brief becomes an "independent" source repeating the brief, and a timeline a source
that backs every fact. Each is skipped with a line saying what it looks like.
"""

from __future__ import annotations

import re

__all__ = ["not_an_article"]

_OWN_HTML = re.compile(r"<meta\s+name=\"generator\"\s+content=\"newsfuse\"", re.I)
_OWN_JSON = re.compile(r"\"schema\"\s*:\s*\"newsfuse\.brief/")
_DATE_LINE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$", re.M)
_RULE_LINE = re.compile(r"^\s*[-=_*]{8,}\s*$", re.M)
# A timeline has a date line per day it covers; three days make a list, not one story.
MIN_DATED_DAYS = 3


def not_an_article(text: str) -> str | None:
    """Why ``text`` is no news report (a problem line ending in "skipped"), or None."""
    head = text[:4096]
    if _OWN_HTML.search(head):
        return "a newsfuse HTML report (an earlier run's output), skipped"
    if _OWN_JSON.search(head):
        return "a newsfuse brief.json (an earlier run's output), skipped"
    days = len(_DATE_LINE.findall(text))
    if days >= MIN_DATED_DAYS and len(_RULE_LINE.findall(text)) >= days - 1:
        return "a dated list (a timeline of entries per day), not an article, skipped"
    return None

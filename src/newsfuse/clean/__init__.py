"""The clean stage: repair and strip raw article text into the normal form every offset uses.

Normal form: paragraphs separated by exactly one blank line, no line breaks inside a paragraph,
single spaces, stripped. `clean_text` runs the rules in `RULES` in order (see `rules.py` for the
catalogue), records every removal so a reader can see what was dropped, and lifts metadata such
as the byline or wire agency out of the text. It is idempotent: the rules run again on their
own output until it no longer changes (joining a broken line can make a line an earlier rule
removes, and removing a soft hyphen can reveal mojibake), which is one extra pass for most
texts and a second one for a few.

`clean_article` also gives an article without a title the headline its cleaned text opens
with (`lines.opening_headline`), and leaves that line in the text, where the segmenter skips
it as a heading.

`drop_shared_banners` works across one run's cleaned articles: a line a crawl found atop
several pages of different stories, or glued before their first sentences, is the site's
banner, and a line closing them its footer, not their news (`banners.py`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from newsfuse.clean.banners import drop_shared_banners
from newsfuse.clean.lines import opening_headline
from newsfuse.clean.rules import RULES, Rule
from newsfuse.models import Article

__all__ = ["RULES", "Removal", "Rule", "clean_article", "clean_text", "drop_shared_banners"]


@dataclass(frozen=True)
class Removal:
    """One piece of text a rule removed (kept for transparency, e.g. a 'what was cut' view)."""

    rule: str
    text: str


#: Passes of the rules at most; the fuzz tests found no text needing more than three.
MAX_PASSES = 5


def clean_text(text: str) -> tuple[str, list[Removal], dict[str, str]]:
    """Clean ``text``: return the cleaned text, what was removed and the metadata lifted out.

    When two rules lift the same key the first one wins.
    """
    paragraphs = text.splitlines()
    removals: list[Removal] = []
    lifted: dict[str, str] = {}
    for _ in range(MAX_PASSES):
        before = paragraphs
        for rule in RULES:
            outcome = rule.apply(paragraphs)
            paragraphs = outcome.paragraphs
            removals.extend(Removal(rule.name, gone) for gone in outcome.removed)
            for key, value in outcome.lifted.items():
                lifted.setdefault(key, value)
        if paragraphs == before:
            break
    return "\n\n".join(paragraphs), removals, lifted


def clean_article(article: Article) -> Article:
    """Return ``article`` with cleaned ``text``, the lifted metadata merged in, and its title,
    or else the headline its text opens with (a Multi-News document has no title field)."""
    text, _, lifted = clean_text(article.text)
    return dataclasses.replace(
        article,
        text=text,
        title=article.title or opening_headline(text),
        metadata={**article.metadata, **lifted},
    )

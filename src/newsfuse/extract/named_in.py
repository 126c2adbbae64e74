"""Which articles write an entity's name, whether or not the recogniser marked it there.

The small spaCy model misses many mentions (a company it tags once in four sentences, a
sentence it never reads past `ner.MODEL_SENTENCES`), so an entity's recognised mentions
understate the sources that name it: "Facebook [S2, S3]" where S1 and S4 write "Facebook"
too. A source is credited with an entity when it writes one of the entity's names as a whole
name: case and word boundaries as written, not inside a longer capitalised name ("House" in
"White House", "Trump" in "Trump Jr.", "Iowa" in "University of Iowa"; a capitalised function
word before it, "In Washington", is no name). A name two entities share credits neither.

Only the sources credited change; which entities a brief lists, their names and labels, and
everything counted from the recognised mentions stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsfuse.embed.stopwords import STOP_WORDS

__all__ = ["articles_naming"]

_WORD_BEFORE = re.compile(r"([\w'’.-]+)[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_NAME_JOINS = frozenset({"of", "de", "for", "on"})
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")


def articles_naming(names: Sequence[Sequence[str]], texts: Mapping[str, str]) -> list[set[str]]:
    """For each entity's names, the ids of the articles (``texts``: id -> text) that write
    one of them as a whole name."""
    owner: dict[str, int | None] = {}
    for index, entity_names in enumerate(names):
        for name in entity_names:
            owner[name] = index if owner.get(name, index) == index else None
    written = sorted((n for n, i in owner.items() if i is not None), key=len, reverse=True)
    found: list[set[str]] = [set() for _ in names]
    if not written:
        return found
    pattern = re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, written))})(?![\w'’-])")
    for article_id, text in texts.items():
        for match in pattern.finditer(text):
            if _inside_a_longer_name(text, match.start(), match.end()):
                continue
            index = owner[match.group()]
            if index is not None:
                found[index].add(article_id)
    return found


def _inside_a_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word other than a function word runs on into the name from
    before ("White House"; not "In Washington", nor the end of a sentence before it) or
    after ("Trump Jr.")."""
    if _CAPITAL_AFTER.match(text, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if word[-1] in ".!?" and not _INITIALS.fullmatch(word):
        return False  # "... said Tuesday. Facebook is"; not "U.S. Senate"
    if word in _NAME_JOINS:  # "University of Iowa", "Bank of America"
        return bool(_NAME_BEFORE.search(text, max(0, before.start() - 40), before.start()))
    return word[:1].isupper() and word.lower() not in STOP_WORDS

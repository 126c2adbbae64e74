"""Ages of named people: "John Smith, 45, of Denver", "the 45-year-old Smith", "Smith (45)".

A person's age is the attribute outlets most often disagree on without saying so: one writes
"Smith, 45," and another "46-year-old Smith". Ages are not counts (the quantity extractor skips
them on purpose), so they get their own, narrow extractor: an age is only taken when it sits
right against a PERSON mention, in the three forms news style uses, and is a plausible human
age. Everything else ("a 45-year-old man" with no name, "Smith, 2020") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.extract.ner import EntityMention
from newsfuse.extract.numbers import WORD_NUMBER, parse_words
from newsfuse.models import Sentence

__all__ = ["AgeMention", "find_ages"]

OLDEST = 120


@dataclass(frozen=True, slots=True)
class AgeMention:
    """An age stated for a person: ``text[start:end]`` is the age phrase ("45", "45-year-old"),
    ``person`` the PERSON mention it belongs to."""

    article_id: str
    start: int
    end: int
    age: int
    person: EntityMention


# "Smith, 45, of ..." / "Smith, 45." / "Smith, aged 45," — the age closes an apposition.
_AFTER_COMMA = re.compile(
    r",\s+(?:aged\s+)?(?P<age>\d{1,3})(?=\s*[,.;)]|\s+(?:of|from|and|who|was|is|said|died)\b)"
)
# "Smith (45)"
_AFTER_PAREN = re.compile(r"\s+\((?P<age>\d{1,3})\)")
# "the 45-year-old Smith", "45-year-old former soldier John Smith": lower-case words between;
# the age may be written out ("Twenty-eight-year-old Geraldine Alcorn").
_BEFORE = re.compile(
    rf"\b(?P<age>\d{{1,3}}|(?i:{WORD_NUMBER}))[- ]years?[- ]old\s+(?:[a-z][\w'-]*\s+){{0,3}}$"
)


def find_ages(
    text: str, sentences: Sequence[Sentence], people: Sequence[EntityMention]
) -> list[AgeMention]:
    """Every age stated right against one of the article's PERSON mentions, in text order."""
    found: list[AgeMention] = []
    for person in people:
        if person.label != "PERSON":
            continue
        sentence = next((s for s in sentences if s.start <= person.start < s.end), None)
        if sentence is None:
            continue
        after = text[person.end : sentence.end]
        match = _AFTER_COMMA.match(after) or _AFTER_PAREN.match(after)
        if match:
            start, end = person.end + match.start("age"), person.end + match.end("age")
        elif before := _BEFORE.search(text, sentence.start, person.start):
            start, end = before.start("age"), before.start("age") + len(before.group("age"))
        else:
            continue
        written = text[start:end]
        age = int(written) if written.isdigit() else round(parse_words(written))
        if 0 < age <= OLDEST:
            found.append(AgeMention(person.article_id, start, end, age, person))
    return found

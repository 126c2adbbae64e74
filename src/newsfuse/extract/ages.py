"""Ages of named people: "John Smith, 45, of Denver", "the 45-year-old Smith", "Smith (45)".

A person's age is the attribute outlets most often disagree on without saying so: one writes
"Smith, 45," and another "46-year-old Smith". Ages are not counts (the quantity extractor skips
them on purpose), so they get their own, narrow extractor: an age is only taken when it sits
right against a PERSON mention, in the forms news style uses, and is a plausible human age.
An obituary gives the age its own way: "Devin Lima Dead at 41", "Devin was 41.", and, right
after a sentence that names one person only, "He was 41." or "The 41-year-old died on
Wednesday". Everything else ("a 45-year-old man" with no name, "Smith, 2020") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from newsfuse.extract.ner import AGE_AFTER_NAME, OLDEST, EntityMention
from newsfuse.extract.numbers import WORD_NUMBER, parse_words
from newsfuse.models import Sentence

__all__ = ["AgeMention", "find_ages"]


@dataclass(frozen=True, slots=True)
class AgeMention:
    """An age stated for a person: ``text[start:end]`` is the age phrase ("45", "45-year-old"),
    ``person`` the PERSON mention it belongs to."""

    article_id: str
    start: int
    end: int
    age: int
    person: EntityMention


# "Smith (45)"
_AFTER_PAREN = re.compile(r"\s+\((?P<age>\d{1,3})\)")
# An obituary's: "Devin Lima Dead at 41", "Rich Cronin passed away at age 36", "Devin was 41."
_DIED_AT = (
    r"(?:has\s+|had\s+)?(?:died|dies|dead|is\s+dead|passed\s+away)\s+at\s+"
    r"(?:(?:the\s+)?age\s+(?:of\s+)?)?"
)
_WAS = r"(?:was|is)\s+(?=\d{1,3}(?:\s+years\s+old)?(?:\s*[.;]|\s+when\b))"
_AFTER_VERB = re.compile(rf"\s+(?:{_DIED_AT}|{_WAS})(?P<age>\d{{1,3}})\b", re.I)
# ... and the age of the one person the sentence before names: "He was 41.", "The 41-year-old
# died on Wednesday" (not "The 30-year-old man": maybe someone else).
_NEXT_SENTENCE = re.compile(
    r"\s*(?:(?:He|She)\s+(?:was|is)\s+(?P<age>\d{1,3})(?:\s+years\s+old)?(?=\s*[.;]|\s+when\b)"
    r"|The\s+(?P<aged>\d{1,3})-year-old\s+(?=(?:was|is|had|has|died|dies|\w+ed)\b))"
)
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
        match = AGE_AFTER_NAME.match(after) or _AFTER_PAREN.match(after) or _AFTER_VERB.match(after)
        if match:
            start, end = person.end + match.start("age"), person.end + match.end("age")
        elif before := _BEFORE.search(text, sentence.start, person.start):
            start, end = before.start("age"), before.start("age") + len(before.group("age"))
        else:
            continue
        if age := _plausible(text[start:end]):
            found.append(AgeMention(person.article_id, start, end, age, person))
    for before, sentence in pairwise(sentences):
        person = _only_person(before, people)
        match = _NEXT_SENTENCE.match(text, sentence.start, sentence.end)
        if person is None or match is None:
            continue
        group = "age" if match.group("age") else "aged"
        if age := _plausible(match.group(group)):
            found.append(AgeMention(person.article_id, *match.span(group), age, person))
    return sorted(found, key=lambda a: a.start)


def _plausible(written: str) -> int | None:
    """The age written (digits or words), or None when no human is that old."""
    age = int(written) if written.isdigit() else round(parse_words(written))
    return age if 0 < age <= OLDEST else None


def _only_person(sentence: Sentence, people: Sequence[EntityMention]) -> EntityMention | None:
    """The first PERSON mention in ``sentence`` when every one there names one person (shares
    its last word: "Devin Lima ... Lima"), else None: "He" could be any of two."""
    inside = [p for p in people if p.label == "PERSON" and sentence.start <= p.start < sentence.end]
    if not inside or len({p.text.split()[-1] for p in inside}) > 1:
        return None
    return inside[0]

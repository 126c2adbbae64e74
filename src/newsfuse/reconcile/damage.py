"""Damage of the main event: what the sources say was (or was not) damaged.

Reports cover side attacks too, and most "no damage" lines are about those ("a drone attack on
Irbil airport ... caused no damage"). A damage statement (`extract.damage`) is about the main
event only when neither its sentence nor the one before it (where "the attack" it refers to is
usually named) places it elsewhere:

* another time: a day other than the event's, or another month or year (as for counts);
* another place: a facility, city or region named after a locative word ("on the Al Omar oil
  field", "in eastern Syria") that is neither the event's place nor what contains it. A country
  used as an adjective ("US troops") places nothing.

One side only is a fact ("damaged: homes and a mosque", "no damage"); outlets on both sides
are a conflict of kind "claim", each side with who states it. An article stating both is left
out of the comparison: it cannot be put on one side.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.extract import Extraction
from newsfuse.extract.damage import DamageMention
from newsfuse.extract.entities import CanonicalEntity
from newsfuse.models import Sentence
from newsfuse.reconcile.answers import Answer
from newsfuse.reconcile.statements import dates_in, places_elsewhere
from newsfuse.words import word_set

__all__ = ["DamageSide", "damage_sides"]

_PLACE_LABELS = ("FAC", "GPE", "LOC")
_LOCATIVE = re.compile(
    r"\b(?:in|at|on|near|outside|across|over|into|toward|towards|of|from)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?$",
    re.I,
)

_FUNCTION_WORDS = word_set(
    "and or but in on at of to for from with by near as after before when while where which "
    "that who was were is are has have had said says late early"
)


@dataclass(frozen=True)
class DamageSide(Answer):
    """One side of the main event's damage (``statements``: its damage mentions): damaged,
    with what, or not."""

    damaged: bool
    what: tuple[str, ...]

    @property
    def value(self) -> str:
        return f"damaged: {'; '.join(self.what)}" if self.damaged else "no damage"


def damage_sides(
    sentences: dict[str, list[Sentence]],
    extraction: Extraction,
    event_day: dt.date | None,
    place: CanonicalEntity | None,
    within: CanonicalEntity | None,
) -> list[DamageSide]:
    """The main event's damage sides, most articles first (at most two: damaged, undamaged)."""
    home = {e.name for e in (place, within) if e is not None}
    located = _located_places(extraction.canonical, home)
    by_side: dict[bool, list[DamageMention]] = {True: [], False: []}
    for article_id, mentions in extraction.damage.items():
        own = sentences[article_id]
        for mention in mentions:
            i = next(k for k, s in enumerate(own) if s.index == mention.sentence_index)
            window = own[max(0, i - 1) : i + 1]
            if any(_elsewhere(s, extraction, event_day, located) for s in window):
                continue
            by_side[mention.damaged].append(mention)
    both = {m.article_id for m in by_side[True]} & {m.article_id for m in by_side[False]}
    sides = []
    for damaged, mentions in by_side.items():
        kept = tuple(m for m in mentions if m.article_id not in both)
        if kept:
            what = tuple(dict.fromkeys(m.what for m in kept if m.what))
            sides.append(DamageSide(statements=kept, damaged=damaged, what=what))
    return sorted(sides, key=lambda side: -len(side.article_ids))


def _located_places(
    canonical: Sequence[CanonicalEntity], home: set[str]
) -> dict[str, list[tuple[int, int]]]:
    """Article id -> spans of the other places of the cluster (not the event's own)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for entity in canonical:
        if entity.label in _PLACE_LABELS and entity.name not in home:
            for m in entity.mentions:
                spans.setdefault(m.article_id, []).append((m.start, m.end))
    return spans


def _elsewhere(
    sentence: Sentence,
    extraction: Extraction,
    event_day: dt.date | None,
    located: dict[str, list[tuple[int, int]]],
) -> bool:
    """Whether the sentence places what it tells at another time or another place."""
    dates = dates_in(sentence, extraction.dates.get(sentence.article_id, []))
    if dates and places_elsewhere(sentence, dates, event_day)[1]:
        return True
    text, offset = sentence.text, sentence.start
    for start, end in located.get(sentence.article_id, []):
        if not (sentence.start <= start and end <= sentence.end):
            continue
        following = re.match(r"\s+([a-z]+)", text[end - offset :])
        if following and following.group(1) not in _FUNCTION_WORDS:
            continue  # "US troops", "the US military": a country as an adjective places nothing
        if _LOCATIVE.search(text[max(0, start - offset - 30) : start - offset]):
            return True
    return False

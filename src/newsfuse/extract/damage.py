"""Damage statements: whether an attack or disaster damaged anything, and what.

Outlets disagree on damage without saying so: one writes "the attack caused no damage",
another "rockets landed ..., damaging homes and a mosque". A statement is taken only in forms
that say it outright:

* damage with what was damaged: "damaging homes and a mosque", "several buildings were
  destroyed", "damage to the runway" (a bare "the damages caused" says too little to side with);
* no damage: "caused no damage", "no damage was reported", "without causing damage", "did not
  hamper any structure", "no buildings were hit".

Which event a statement is about is the reconcile stage's business (`reconcile.damage`): in
news most "no damage" lines are about the side attacks a report also covers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.models import Sentence

__all__ = ["DamageMention", "find_damage"]


@dataclass(frozen=True, slots=True)
class DamageMention:
    """One damage statement: ``damaged`` False for "no damage"; ``what`` the damaged things as
    written ("homes and a mosque"), None for "no damage"; offsets cover the statement."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    damaged: bool
    what: str | None


# Things whose damage a report would name.
_THINGS = (
    r"(?:homes?|houses?|buildings?|structures?|mosques?|churches?|temples?|schools?|hospitals?|"
    r"clinics?|vehicles?|cars?|trucks?|shops?|stores?|markets?|roads?|bridges?|infrastructure|"
    r"aircraft|planes?|helicopters?|hangars?|runways?|facilit(?:y|ies)|warehouses?|"
    r"power (?:lines?|stations?|plants?)|pipelines?|offices?|apartments?|dwellings?|property|"
    r"properties|barracks|towers?|walls?|roofs?|windows?)"
)
# "homes and a mosque", "several nearby buildings", "the base's runway"
_OBJECT = (
    rf"(?P<what>(?:(?:the|a|an|several|some|many|dozens of|hundreds of|\d+|two|three|four|"
    rf"five|nearby|local|civilian|residential|at least \w+)\s+)*(?:[\w'’-]+\s+)?{_THINGS}"
    rf"(?:\s+(?:and|or)\s+(?:(?:the|a|an|several|some|nearby)\s+)?(?:[\w'’-]+\s+)?{_THINGS})?)"
)
_DAMAGED = tuple(
    re.compile(form, re.I)
    for form in (
        rf"\b(?:damag(?:ing|ed)|destroy(?:ing|ed)|demolish(?:ing|ed)|flatten(?:ing|ed))\s+{_OBJECT}",
        rf"\bdamage to\s+{_OBJECT}",
        rf"{_OBJECT}\s+(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?"
        r"(?:damaged|destroyed|demolished|flattened|hit)\b",
    )
)
_UNDAMAGED = re.compile(
    r"\b(?:caus(?:ed|ing|e)|did(?:n['’]t| not) cause|without causing|with)\s+no\s+"
    r"(?:\w+\s+)?damage\b|"
    r"\b(?:without causing|did(?:n['’]t| not) cause)\s+(?:any\s+)?(?:\w+\s+)?damage\b|"
    r"\bno\s+(?:\w+\s+)?damage\s+(?:was|were|had been|has been)?\s*(?:reported|done|caused)\b|"
    r"\bno\s+(?:\w+\s+)?(?:reports?\s+of\s+)?damage\b|"
    rf"\bdid(?:n['’]t| not)\s+(?:hamper|damage|hit|harm)\s+any\s+{_THINGS}|"
    rf"\bno\s+{_THINGS}\s+(?:was|were)\s+(?:damaged|hit|destroyed)\b",
    re.I,
)
# A denial right before a damage form: "There was no apparent damage to the hospital".
_NEGATED = re.compile(r"\b(?:no|not|nor|never|without)\s+(?:\w+\s+){0,2}$", re.I)
# Statements that are not about physical damage that happened: another kind of damage, a
# question, a possibility ("could damage homes", "potentially damaging infrastructure"), what
# someone thought or feared ("he initially thought his own house had been hit"), an accusation
# ("accusing the coalition of ... destroying the nation's infrastructure").
_NOT_PHYSICAL = re.compile(
    r"\bdamage to (?:his|her|their|the) (?:reputation|image|brand)|\?$|"
    r"\b(?:if|could|would|might|may|can|potential(?:ly)?|possibl[ey]|threat\w*|risk\w*|"
    r"thought|feared|believed|assumed|imagined|accus(?:ed|es|ing)|alleg(?:ed|es|ing))\b",
    re.I,
)


def find_damage(article_id: str, sentences: Sequence[Sentence]) -> list[DamageMention]:
    """Every damage statement in the article's sentences, in text order (at most one per
    sentence: a sentence stating both, "no damage to the base but homes were hit", is skipped
    as too mixed to side with)."""
    found: list[DamageMention] = []
    for sentence in sentences:
        text = sentence.text
        if not re.search(r"damag|destroy|demolish|flatten|hamper|\bhit\b", text, re.I):
            continue
        if _NOT_PHYSICAL.search(text):
            continue
        damaged = next(
            (
                m
                for form in _DAMAGED
                if (m := form.search(text))
                and not _NEGATED.search(text, 0, m.start())
                and not m.group("what").lower().startswith("no ")
            ),
            None,
        )
        undamaged = _UNDAMAGED.search(text)
        if bool(damaged) == bool(undamaged):
            continue
        match = damaged or undamaged
        assert match is not None
        what = " ".join(match.group("what").split()) if damaged else None
        found.append(
            DamageMention(
                article_id,
                sentence.index,
                sentence.start + match.start(),
                sentence.start + match.end(),
                damaged is not None,
                what,
            )
        )
    return found

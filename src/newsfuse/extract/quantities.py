"""Quantities: how many of what, and how sure the writer is ("at least 14 rockets").

The reconcile stage compares numbers across reports ("14 rockets" in four sources, "30 rockets"
claimed by a group), so each quantity carries what it counts (``unit``), the hedge that came with
it (``qualifier``) and the interval of true values the phrase allows (``low``/``high``). Two
reports agree when their units match and their intervals overlap (`compatible`): "at least 14"
and "more than a dozen" agree; "14" and "30" do not.

Method: one regular expression finds number cores (digits, words, money, percentages, vague
amounts like "dozens") with an optional hedge in front; context checks drop what is not a count
(years, dates, times, ordinals, labels, ages, "no one"); a short scan after the number finds the
head noun it counts, skipping modifiers ("14 Katyusha rockets", "two U.S. service members").
No tagger is needed: the 250 Multi-News clusters (2.6 MB) take about a second.

Decisions (each a judgement call, kept in one place so they can be revisited):

* Ordinals ("the second rocket", "fourth or fifth militia"), years ("in 2015"), dates ("July 7"),
  clock times ("12:30 pm"), ratios ("one in five"), labels ("Flight 370", "No. 1") and ages
  ("a 34-year-old man", "Stallone, 70,", both ends of "adults age 20 to 29") are not counts
  and are skipped. So are hyphenated number compounds ("a 30-day deadline", "two-year term",
  "a 12-person jury"): they describe, they do not count. Digits fused to any other noun count
  it: "a 9,610-vote lead" is 9,610 votes, as another report writes it.
* "one" is a pronoun more often than a count: kept only before a noun it counts ("one rocket");
  never "no one", "one of the officials", or any "one of the X" (a member, not a total).
  Other partitives count a subset and are kept: "four of their members".
* Word numbers and vague amounts need a counted noun or a hedge ("the two eventually" is a
  pronoun); digits stand alone ("the toll rose to 14"), with ``unit`` None.
* Units are singular lower-case head nouns. A small synonym map merges what news uses
  interchangeably for a count: missiles/projectiles are rockets; servicemen, troops and
  soldiers are "service member"; people/persons/personnel are "person"; dollars are "USD".
  Drones, shells and grenades stay apart. "person" is compatible with every kind of person
  ("two people" and "two service members" can be one fact); two different kinds are not. A
  number alone may count anything, but no share: "29 percent" is never written "29".
* Intervals: "more than 12" is 13 or more for counts (integers), just above 12 for measures;
  "nearly 50" allows [45, 50] (writers round); "about 50" allows ±10% (at least ±1 for
  counts); vague words have a documented range (`VAGUE`) whose top is where a writer would
  switch to the next word ("dozens" stops below two hundred). A vague amount's ``qualifier``
  is its word, whatever hedge comes before it: "more than dozens" states no number either.
* Ranges ("two to three years", "between 40 and 50") are one quantity: ``value`` is the lower
  end, ``qualifier`` "between". A rise by one sum to another ("by $7.7 billion to $40
  billion") is no range, nor is a change and the level it led to, told by a level far above
  the change ("revised down 2,000 to 5,506,500"; "rise by 5 to 10 percent" stays a range); a
  bracketed conversion of the first end stays inside one.
* A conversion in brackets ("$20bn (£13.5bn)", "60,000 barrels (2.5 million gallons)") is the
  same amount again, not a second one, and is dropped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.extract.numbers import (
    DIGITS,
    ONES,
    SCALE_ABBREVIATIONS,
    SCALES,
    TEENS,
    TENS,
    WORD_NUMBER,
    parse_digits,
    parse_words,
)
from newsfuse.models import Article, Sentence
from newsfuse.words import word_set

__all__ = [
    "CHANGED_BY",
    "CHANGE_VERB",
    "IRREGULAR_PLURALS",
    "VAGUE",
    "Quantity",
    "compatible",
    "find_quantities",
    "normalise_unit",
    "units_compatible",
]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A stated amount as a span of ``article.text``: ``article.text[start:end] == text``.

    ``value`` is the number as written (12 for "a dozen", 50 for "nearly 50", the lower end of a
    range or vague amount); ``low``/``high`` bound the true value the phrase allows (None:
    unbounded). ``unit`` is the normalised head noun counted ("rocket", "service member",
    "percent", "USD"), ``unit_text`` the words as written ("U.S. servicemen"); both None when the
    number stands alone.
    """

    article_id: str
    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    qualifier: str | None
    unit: str | None
    unit_text: str | None


# --------------------------------------------------------------------------- vocabulary

# Hedges before a number, by what they do to the interval.
_PASSED = frozenset({"topped", "surpassed", "exceeded"})
_TALLY_BEFORE = re.compile(r"\b(?:toll|total|tally|number|count|figure)s?\b[^.;]{0,20}$", re.I)
_QUALIFIERS: dict[str, str] = {
    "at least": "min",
    "no fewer than": "min",
    "no less than": "min",
    "a minimum of": "min",
    "more than": "gt",
    "over": "gt",
    "upwards of": "gt",
    "in excess of": "gt",
    "topped": "gt",  # "the death toll has topped 1,000": told as "more than"
    "surpassed": "gt",
    "exceeded": "gt",
    "just over": "just_over",
    "at most": "max",
    "up to": "max",
    "as many as": "max",
    "as high as": "max",  # "the toll could be as high as 800"
    "as much as": "max",
    "no more than": "max",
    "a maximum of": "max",
    "fewer than": "lt",
    "less than": "lt",
    "under": "lt",
    "nearly": "near",
    "almost": "near",
    "close to": "near",
    "just under": "near",
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "between": "range",
}

VAGUE: dict[str, tuple[float, float | None]] = {
    "a couple": (2, 3),
    "a pair": (2, 2),
    "a few": (2, 5),
    "a handful": (2, 6),
    "several": (3, 9),
    "dozens": (24, 199),
    "scores": (40, 199),
    "hundreds": (200, 1999),
    "thousands": (2000, 19_999),
    "tens of thousands": (20_000, 199_999),
    "hundreds of thousands": (200_000, 1_999_999),
    "millions": (2e6, 19_999_999),
    "tens of millions": (2e7, 199_999_999),
    "hundreds of millions": (2e8, 1_999_999_999),
    "billions": (2e9, 19_999_999_999),
    "tens of billions": (2e10, 199_999_999_999),
    "hundreds of billions": (2e11, None),
}
"""Vague amounts and the interval each allows; the value reported is the lower end."""

_CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
}

_IRREGULAR = {
    "people": "person",
    "persons": "person",
    "personnel": "person",
    "children": "child",
    "women": "woman",
    "men": "man",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "halves": "half",
    "thieves": "thief",
    "police": "police",
    "staff": "staff",
    "aircraft": "aircraft",
    "crises": "crisis",
    "analyses": "analysis",
    "buses": "bus",
    "viruses": "virus",
    "bonuses": "bonus",
    "campuses": "campus",
    "heroes": "hero",
    "vetoes": "veto",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "data": "data",
    "media": "media",
    "criteria": "criterion",
    "species": "species",
    "cattle": "cattle",
    "sheep": "sheep",
    "deer": "deer",
    "series": "series",
}
IRREGULAR_PLURALS = {
    singular: plural for plural, singular in reversed(_IRREGULAR.items()) if plural != singular
}
"""A unit's plural where adding "s" is wrong: "feet", "people" (the first plural listed)."""
_UNCOUNTED_S = frozenset({"news", "means", "physics", "politics", "us"})

UNIT_SYNONYMS = {
    "missile": "rocket",
    "projectile": "rocket",
    "serviceman": "service member",
    "servicewoman": "service member",
    "servicemember": "service member",
    "troop": "service member",
    "soldier": "service member",
    "individual": "person",
    "dollar": "USD",
    "euro": "EUR",
    "per cent": "percent",
    "%": "percent",
    "percentage point": "percentage point",
    "kilometre": "kilometer",
    "metre": "meter",
    "tonne": "ton",
}
"""News count nouns used interchangeably, mapped to one name (see the module docstring)."""

_COMPOUNDS = frozenset(
    {"service member", "family member", "crew member", "staff member", "police officer"}
)

PERSON_KINDS = frozenset(
    {
        "person",
        "service member",
        "member",
        "civilian",
        "worker",
        "official",
        "officer",
        "police officer",
        "child",
        "man",
        "woman",
        "adult",
        "student",
        "resident",
        "passenger",
        "victim",
        "fighter",
        "militant",
        "militiaman",
        "contractor",
        "employee",
        "staffer",
        "journalist",
        "patient",
        "citizen",
        "protester",
        "migrant",
        "refugee",
        "prisoner",
        "hostage",
        "family member",
        "crew member",
        "staff member",
        "american",
        "sailor",
        "marine",
        "airman",
        "diplomat",
        "rebel",
        "insurgent",
        "policeman",
        "policewoman",
        "guard",
        "peacekeeper",
        "firefighter",
        "doctor",
        "nurse",
        "teacher",
        "educator",
        "pupil",
        "grader",  # "20 first graders"
        "classmate",
        "boy",
        "girl",
        "teenager",
        "teen",
        "youth",
        "baby",
        "infant",
        "toddler",
        "pedestrian",
        "driver",
        "motorist",
        "cyclist",
        "commuter",
        "miner",
        "farmer",
        "fisherman",
        "villager",
        "tourist",
        "pilgrim",
        "worshipper",
        "demonstrator",
        "protestor",
        "inmate",
        "detainee",
        "bystander",
        "spectator",
        "guest",
        "customer",
        "shopper",
        "player",
        "climber",
        "hiker",
        "swimmer",
        "volunteer",
        "activist",
        "reporter",
        "photographer",
    }
)
"""Units that name people: each is compatible with the generic "person". Not the people who
do the harm ("gunman", "attacker", "suspect"): counted with the victims, they would make rival
tolls of one toll."""

MEASURES = frozenset(
    {
        "percent",
        "percentage point",
        *_CURRENCIES.values(),
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
        "decade",
        "mile",
        "kilometer",
        "meter",
        "foot",
        "inch",
        "pound",
        "kilogram",
        "ton",
        "degree",
        "acre",
        "km",
        "kg",
        "mph",
        "kph",
        "lb",
        "ft",
    }
)
"""Continuous units: "more than 50 percent" is just above 50, not 51."""

SHARES = frozenset({"percent", "percentage point"})
"""Units a writer never leaves out: a share is always written as one ("29 percent", "29%")."""

_MEASURE_ABBREVIATIONS = frozenset({"km", "kg", "mph", "kph", "lb", "lbs", "ft", "mi", "cm", "mm"})


# Words that end a noun phrase: a head noun is never found past one.
_STOP = word_set(
    """
    a an the this that these those of in on at to for with without by from into onto over under
    about after before since until during between among against across through toward towards
    per via than as and or but nor so yet if when while where whereas because though although
    who whom whose which what why how whether i me my we us our you your he him his she her it
    its they them their there here not no any each every all both either neither some such own
    be is are was were been being am has have had having do does did done will would shall
    should can could may might must said says say saying told tells tell took take takes taken
    came come comes went go goes gone got get gets make makes made seem seems seemed remain
    remains remained include includes included mean means meant hit hits put puts set sets
    left leave leaves found find finds show shows shown become becomes became another other
    else too also just only even still already again then now ago later earlier more most less
    least much many few very well back away out up down off better worse near like behind
    beside inside outside within around along upon amid despite
    """
) - {"more"}
_LY_NOUNS = frozenset({"family", "assembly", "supply", "ally", "rally", "anomaly", "monopoly"})
_GENERIC_ONE = frozenset(
    {"thing", "way", "time", "point", "side", "hand", "kind", "sort", "part", "reason", "day"}
)
_MONTHS = word_set(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_YEAR_CONTEXT = word_set(
    "the in of since by until from before after during through early late mid between"
)
_ONE_PRONOUN_BEFORE = word_set("no any every each some which this that")
# Words that digits take after a hyphen and that name nothing counted: "a 10-fold rise", "a
# 300-strong crowd", "50-odd", "20-something".
_NO_NOUNS = word_set("fold odd plus something strong ish")

# --------------------------------------------------------------------------- patterns


def _phrases(words: Sequence[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


_VAGUE_RE = (
    r"(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
    r"|dozens|hundreds|thousands|millions|billions|several|a\s+few"
    r"|(?:scores|a\s+couple|a\s+pair|a\s+handful)(?=\s+of\b)"
)
_SCALE_RE = _phrases(list(SCALES))
_CURRENCY_RE = "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True))

_CORE = re.compile(
    r"(?:"
    rf"(?P<cur>{_CURRENCY_RE})\s?(?P<mnum>{DIGITS})(?![\d,.]\d)"
    rf"(?:(?:\s+|-)(?P<mscale>{_SCALE_RE})\b|(?P<mabbr>\s?(?:trn|tn|mln|mn|bn)|m|b|k|t|(?-i:\s[TB](?![\w-])))\b)?"
    rf"|(?<![\w.,/:$£€¥#=’'-])(?P<num>{DIGITS})"
    r"(?:-(?P<fused>(?-i:[a-z]{2,}))\b(?!-)|(?![\w-]|[.,]\d|[/:]\d))"
    rf"(?:\s+(?P<scale>{_SCALE_RE})\b)?"
    rf"|\b(?P<vague>{_VAGUE_RE})\b"
    rf"|\b(?P<words>{WORD_NUMBER})\b(?!-)"
    r")"
    r"(?P<pct>\s?%|\s+per\s?cent\b|\s+percentage\s+points?\b)?",
    re.IGNORECASE,
)
"""A number at a known position: money, digits, a vague amount or number words."""


_FIRST_WORDS = [*ONES, *TEENS, *TENS, "dozens", "hundreds", "thousands", "millions", "billions"]
_FIRST_WORDS += ["several", "tens(?=\\s+of)", "scores(?=\\s+of)", "half(?=\\s+a\\s+dozen)"]
_FIRST_WORDS += [
    "a(?=\\s+(?:dozen|few|couple|pair|handful|hundred|thousand|million|billion|trillion|half)\\b)",
    "half(?=[-\\s](?:thousand|million|billion|trillion)\\b)",
]
_CANDIDATE = re.compile(
    r"[$£€¥\d]|\b(?:"
    + "|".join(sorted(_FIRST_WORDS + [w.capitalize() for w in _FIRST_WORDS], key=len, reverse=True))
    + r")\b"
)
"""Where a number may start: a cheap, case-sensitive scan that `_CORE` then confirms.

Running `_CORE` (a long case-insensitive alternation) at every position was 6x slower.
"""

_QUALIFIER_BEFORE = re.compile(rf"\b(?:{_phrases(list(_QUALIFIERS))})\s+$", re.IGNORECASE)

_TIME_AFTER = re.compile(
    r"\s*(?:[ap]\.m\.|[ap]\.?m\b|o['’]clock|gmt\b|utc\b|[ecmp][sd]?t\b"  # clock times
    r"|b\.?c\.?e?\b|a\.?d\.?\b|c\.?e\.?\b)",  # eras: "429 BC"
    re.IGNORECASE,
)
_RATIO_AFTER = re.compile(rf"\s+(?:in|out\s+of)\s+(?:\d|(?:{WORD_NUMBER})\b)", re.IGNORECASE)
_RATIO_BEFORE = re.compile(rf"(?:\d|\b(?:{WORD_NUMBER}))\s+(?:in|out\s+of)\s+$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s+years?\s+old\b|\s*['’]s\b", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"(?:\b(?:no|fig|figs|p|pp|vol)\.|#|\bnumber)\s*$", re.IGNORECASE)
# An age, or either end of an age range: "adults age 20 to 29", "aged between 18 and 24", "the
# ages of five to 11" state who is counted, never a count (the 29 of "adults age 20 to 29" was
# read as the "29 percent" another report gives).
_AGE_BEFORE = re.compile(
    rf"\b(?:aged?|ages?)(?:\s+of)?\s+(?:between\s+)?"
    rf"(?:(?:\d{{1,3}}|{WORD_NUMBER})\s*(?:to|and|or|through|-|–)\s*)?$",
    re.IGNORECASE,
)
_PREV_WORD = re.compile(r"([A-Za-z]+)\.?\s+$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_CAPITAL_BEFORE = re.compile(r"\b[A-Za-z]*[A-Z][A-Za-z]*\s+$")
# the last word of a street's name ("Lake Avenue", "Daly Street")
STREET_TYPES = r"Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Boulevard|Blvd|Lane|Way|Place|Court|Highway"
_ADDRESS_AFTER = re.compile(rf"(?:\s+[A-Z][a-z]+){{1,3}}\s+(?:{STREET_TYPES})\b")
_TABLE_BEFORE = re.compile(r"\d[%*]?\s+\$?$")
_TABLE_AFTER = re.compile(r"\s+[$£€]?\d")
_OF_NUMBER_BEFORE = re.compile(r"\d\s+of\s+$")
_RANGE_GAP = re.compile(r"\s+(to|or|and)\s+$|\s*[-–]\s*$", re.IGNORECASE)
CHANGE_VERB = (
    r"(?:(?:reduc|commut|rais|increas|revis|upgrad|downgrad|declin|slash|boost|soar|plung|climb"
    r"|jump|drop|lower|extend|shorten)\w*|cut(?:s|ting)?|ris(?:e|es|en|ing)|rose|fell"
    r"|fall(?:s|en|ing)?|gr[eo]w(?:s|n|ing)?)"
)
"""A verb that changes an amount into another ("revised", "cut", "rose")."""
CHANGED_BY = (
    rf"\b(?:{CHANGE_VERB}|up|down)(?:\s+(?:up|down|upward|downward|higher|lower))?(?:\s+by)?"
)
"""A change said before the amount it changes by: "revised down", "raised by", "is up"."""
# "revised down 2,000 to 5,506,500", "raised by 5 to 45": N may be the change and M the level
# it led to (see `_changed_to_level`).
_CHANGE_BEFORE = re.compile(rf"{CHANGED_BY}\s+$", re.IGNORECASE)
# How many times the change a level is at least: a range after a change verb spans a few-fold
# ("rise by 5 to 10 percent", "down by 30 to 50 percent"); a level dwarfs the change that led
# to it ("fell by 4,000 to 444,000", "raised by 5 to 45").
_LEVEL_OVER_CHANGE = 3
_OF = re.compile(
    r"\s+of\s+(?:(?:the|their|his|her|its|our|your|these|those)\s+)?(?=[A-Za-z])", re.IGNORECASE
)
_OR_MORE = re.compile(r"\s+or\s+more\b", re.IGNORECASE)
_TOKEN = re.compile(
    r"\s+((?:[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z])(?:-[A-Za-z]+)*)"
    r"(?![\w])"
)
_MAX_UNIT_WORDS = 4


# --------------------------------------------------------------------------- units


def normalise_unit(word: str) -> str:
    """Singular, lower-case, synonym-mapped head noun: "servicemen" -> "service member"."""
    word = word.lower().rstrip("’'")
    if word in _IRREGULAR:
        singular = _IRREGULAR[word]
    elif word.endswith("men") and len(word) > 4:
        singular = word[:-3] + "man"
    elif word in _UNCOUNTED_S or not word.endswith("s") or word.endswith("ss"):
        singular = word
    elif word.endswith("ies") and len(word) > 4:
        singular = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "zzes", "ches", "shes")):
        singular = word[:-2]
    else:
        singular = word[:-1]
    return UNIT_SYNONYMS.get(singular, singular)


def _is_plural(token: str) -> bool:
    word = token.lower().rstrip("’'")
    if word in _IRREGULAR:
        return True
    if word in _UNCOUNTED_S or "." in word or word in _STOP:
        return False
    if word.endswith("men") and len(word) > 4:
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous"))
        and word[-2].isalpha()
    )


@dataclass(slots=True)
class _Unit:
    unit: str | None
    text: str | None
    start: int
    end: int
    plural: bool


def _find_unit(text: str, pos: int, hi: int, singular: bool) -> _Unit | None:
    """The noun counted by the number ending at ``pos``: modifiers skipped, head noun found.

    English puts the head last in a noun phrase and news modifiers are singular ("Katyusha
    rockets", "U.S. service members"), so for plural counts the head is the first plural-looking
    word before any function word or verb. For "one" the head is the last word of that run.
    The search stops at ``hi``, the end of the sentence.
    """
    of = _OF.match(text, pos, hi)
    if of is not None:
        pos = _back_to_space(text, of.end())
    tokens: list[re.Match[str]] = []
    while len(tokens) < _MAX_UNIT_WORDS:
        match = _TOKEN.match(text, pos, hi)
        if match is None:
            break
        word = match.group(1).lower()
        if (word in _STOP and not match.group(1).isupper()) or (
            word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS
        ):
            break
        tokens.append(match)
        pos = match.end()
    if not tokens:
        return None
    first = tokens[0]
    if first.group(1).lower() in ("others", "more") and (
        len(tokens) == 1 or first.group(1).lower() == "others"
    ):
        return _Unit(None, first.group(1), first.start(1), first.end(1), True)
    head_index = None
    if not singular:
        for index, token in enumerate(tokens):
            word = token.group(1)
            if _is_plural(word):
                head_index = index
                nxt = tokens[index + 1].group(1) if index + 1 < len(tokens) else ""
                if word[0].isupper() and nxt[:1].islower() and _is_plural(nxt):
                    head_index = index + 1  # "14 Texas counties": the proper noun modifies
                break
        if head_index is None and first.group(1).lower() in _MEASURE_ABBREVIATIONS:
            head_index = 0
        if head_index is None:
            return None
    else:
        # "one rocket landed": a past-tense word after the first ends the noun phrase
        head_index = next(
            (i - 1 for i, t in enumerate(tokens) if i and t.group(1).endswith("ed")),
            len(tokens) - 1,
        )
        head = tokens[head_index].group(1).lower()
        if _is_plural(head) or head.endswith("ed") or head in _GENERIC_ONE:
            return None
    head = tokens[head_index].group(1)
    unit = normalise_unit(head)
    if head_index > 0:
        compound = f"{tokens[head_index - 1].group(1).lower()} {unit}"
        if compound in _COMPOUNDS:
            unit = compound
    unit = UNIT_SYNONYMS.get(unit, unit)
    start, end = tokens[0].start(1), tokens[head_index].end(1)
    return _Unit(unit, text[start:end], start, end, not singular)


def _back_to_space(text: str, pos: int) -> int:
    """Step back over the whitespace ``_OF`` consumed so ``_TOKEN`` (which wants it) matches."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


# --------------------------------------------------------------------------- numbers


@dataclass(slots=True)
class _Raw:
    """One regex hit before units and intervals: where it is and what it is worth."""

    start: int  # the qualifier's start, or the number's
    num_start: int
    end: int
    value: float
    qualifier: str | None
    kind: str  # "digits", "words", "money", "vague"
    number_text: str  # the digits as written, for "digits"
    unit: str | None = None  # fixed by the number itself: currency or percent
    unit_text: str | None = None
    vague: str | None = None
    high_value: float | None = None  # the upper end of a range
    high_text: str = ""


# A share of "a million" said before it: "half a million ballots" is 500,000.
_FRACTION_BEFORE = re.compile(r"\b(?:half|a\s+(?P<part>quarter|third)\s+of)\s+$", re.IGNORECASE)
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


def _raw(match: re.Match[str], text: str, lo: int) -> _Raw:
    words = match.group("words")
    share = None
    if words is not None and words.lower().startswith("a "):
        share = _FRACTION_BEFORE.search(text, max(lo, match.start() - 24), match.start())
    begins = share.start() if share else match.start()
    qual = _QUALIFIER_BEFORE.search(text, max(lo, begins - 24), begins)
    qualifier = " ".join(qual.group().lower().split()) if qual else None
    if qualifier == "an estimated":
        qualifier = "estimated"
    elif qual is not None and qualifier in _PASSED:
        # "the toll has topped 1,000" is more than 1,000; "the cost exceeded $31,213" keeps
        # its verb (the amount's phrase is its clause)
        tally = _TALLY_BEFORE.search(text, max(lo, qual.start() - 30), qual.start())
        qualifier = "more than" if tally else None
        qual = qual if tally else None
    unit = unit_text = vague = None
    number_text = ""
    if match.group("mnum") is not None:
        kind = "money"
        num_start = match.start("cur")
        value = parse_digits(match.group("mnum"))
        if match.group("mscale"):
            value *= SCALES[match.group("mscale").lower()]
        elif match.group("mabbr"):
            value *= SCALE_ABBREVIATIONS[match.group("mabbr").strip().lower()]
        unit, unit_text = _CURRENCIES[match.group("cur").lower()], match.group("cur")
    elif match.group("num") is not None:
        kind = "digits"
        num_start = match.start("num")
        value = parse_digits(match.group("num"))
        number_text = match.group("num")
        if match.group("fused"):  # "a 9,610-vote lead"
            unit, unit_text = normalise_unit(match.group("fused")), match.group("fused")
        if match.group("scale"):
            value *= SCALES[match.group("scale").lower()]
    elif match.group("vague") is not None:
        kind = "vague"
        num_start = match.start("vague")
        vague = " ".join(match.group("vague").lower().split())
        value = VAGUE[vague][0]
    else:
        kind = "words"
        num_start = match.start("words")
        value = parse_words(match.group("words"))
        if share:
            num_start = share.start()
            value *= _FRACTIONS[(share["part"] or "half").lower()]
    pct = match.group("pct")
    if pct:
        unit_text = pct.strip()
        unit = "percentage point" if "point" in pct.lower() else "percent"
    start = qual.start() if qual else num_start
    return _Raw(
        start, num_start, match.end(), value, qualifier, kind, number_text, unit, unit_text, vague
    )


def _not_a_count(raw: _Raw, text: str, hi: int) -> bool:
    """Context checks on the number alone: dates, times, labels, ratios, pronoun "one".

    ``before`` may reach into the previous sentence on purpose: pysbd splits "Sept. 5" after
    the abbreviation, and the month still says that 5 is a day.
    """
    before = text[max(0, raw.num_start - 24) : raw.num_start]
    after = text[raw.end : min(hi, raw.end + 24)]
    number = text[raw.num_start : raw.end]
    if _RATIO_AFTER.match(after) or _AGE_AFTER.match(after) or _LABEL_BEFORE.search(before):
        return True
    if _AGE_BEFORE.search(text, max(0, raw.num_start - 40), raw.num_start):
        return True
    if _RATIO_BEFORE.search(before):
        return True  # the "five" of "one in five"
    if raw.kind == "words":
        if after.startswith("-"):
            return True  # "two-year", "one-third"
        if number.lower() == "one":
            prev = _PREV_WORD.search(before)
            if prev and prev.group(1).lower() in _ONE_PRONOUN_BEFORE:
                return True
            if re.match(r"\s+of\b", after):
                return True
        return False
    fused = raw.kind == "digits" and "-" in number
    if fused and raw.unit in MEASURES | PERSON_KINDS | _NO_NOUNS:
        return True  # fused to a span, a measure or a group's size: "a 30-day deadline", "a
        # 12-person jury" describe, they count nothing; "a 10-fold rise" is a multiple
    if raw.kind != "digits" or raw.unit is not None:
        return False
    digits = raw.number_text
    if _TIME_AFTER.match(after) or after.startswith(":") or _ADDRESS_AFTER.match(after):
        return True
    if before.endswith(("(", "[")) and after.startswith((")", "]")):
        return True  # reference marks "(41)", "[45]"
    if "," not in digits and "." not in digits and len(digits) >= 5:
        return True  # ids, zip codes, phone numbers
    prev = _PREV_WORD.search(before)
    if prev and prev.group(1).lower() in _MONTHS:
        return True
    nxt = _NEXT_WORD.match(after)
    if nxt and nxt.group(1).lower() in _MONTHS:
        return True
    if raw.value < 120 and re.match(r"\s*[,)]", after) and re.search(r"\w,\s$", before):
        return True  # ages in apposition: "Linda Lyons, 60, who", "a model, 23, and"
    return before.strip() == "" and after.startswith((". ", ") "))  # list markers "2. "


def _is_year(raw: _Raw) -> bool:
    number = raw.number_text
    return raw.kind == "digits" and len(number) == 4 and number.isdigit() and raw.value < 2200


def _named(raw: _Raw, found: _Unit | None, text: str) -> bool:
    """A number word in capitals inside a sentence, before a capitalised noun, is part of a
    name ("the Council of Twelve Apostles"); at a sentence's start it counts ("Twelve Marines
    died"), and so it does in a headline's title case ("Gunman Kills Two People")."""
    if not text[raw.num_start].isupper() or (found is not None and not found.text[:1].isupper()):
        return False
    before = text[max(0, raw.num_start - 40) : raw.num_start].rstrip()
    if not before or before.endswith(tuple('.!?"“:;')):
        return False
    return any(word[:1].islower() for word in before.split()[-3:])


def _is_label(text: str, start: int) -> bool:
    """A lone number right after a capitalised word that does not open the sentence."""
    if not _CAPITAL_BEFORE.search(text[max(0, start - 24) : start]):
        return False
    before = text[:start].rstrip()
    return " " in before and not before.rsplit(None, 1)[0].endswith(tuple('.!?"“'))


def _merge_ranges(raws: list[_Raw], text: str) -> list[_Raw]:
    """Join "two to three", "between 40 and 50", "one or two" into one ranged quantity.

    A bracketed conversion after the first end stays inside the range ("between 35,000 (1.47
    million gallons/5.56 million liters) and 60,000 barrels": its amounts are no counts of their
    own)."""
    merged: list[_Raw] = []
    for raw in raws:
        if merged:
            prev = merged[-1]
            aside = _ASIDE.match(text, prev.end, raw.start)
            if aside is None:  # the first end may lie before the bracket its amounts are in
                # the last few amounts only: trying each one made a 20,000-row table quadratic
                recent = merged[-_ASIDE_AMOUNTS - 1 :]
                prev = next((r for r in recent if _ASIDE.match(text, r.end, raw.start)), prev)
                aside = _ASIDE.match(text, prev.end, raw.start)
            gap = _RANGE_GAP.fullmatch(text, aside.end() if aside else prev.end, raw.start)
            before = text[max(0, prev.start - 40) : prev.start].lower()
            if _joinable(prev, raw, gap, before):
                prev.high_value = raw.value
                prev.high_text = raw.number_text
                prev.end = raw.end
                prev.unit = prev.unit or raw.unit
                prev.unit_text = prev.unit_text or raw.unit_text
                prev.qualifier = "between"
                del merged[merged.index(prev) + 1 :]
                continue
        merged.append(raw)
    return merged


# A bracketed aside holding an amount (a conversion), not words: "$600 (direct payment) to
# $2,000" is a rise from one sum to another, no range.
_ASIDE = re.compile(r"\s*[(\[][^()\[\]\d]{0,40}\d[^()\[\]]{0,60}[)\]]")
# The most amounts such a bracket holds ("(1.47 million gallons/5.56 million liters)": two).
_ASIDE_AMOUNTS = 3


def _joinable(prev: _Raw, raw: _Raw, gap: re.Match[str] | None, before: str) -> bool:
    if gap is None or raw.qualifier is not None or prev.vague or raw.vague:
        return False
    if prev.high_value is not None or raw.value <= prev.value or before.endswith("from "):
        return False
    if before.endswith("by ") and prev.kind == raw.kind == "money":
        return False  # "raised its costs by $7.7 billion to $40 billion": a rise to a new sum
    if raw.kind == "money" != prev.kind:
        return False  # "increases the fee by 81% to $1,160": a share is no sum's first end
    if (gap.group(1) or "").lower() == "or" and prev.kind == raw.kind == "money":
        return False  # "$2,000 or $4,000 for a couple": two sums to choose from
    if _changed_to_level(prev, raw, before):
        return False
    if (gap.group(1) or "").lower() == "and":
        return prev.qualifier == "between" and not _is_year(prev)
    return not (gap.group(1) is None and _is_year(prev))  # "2020–21" is a season, not a range


def _changed_to_level(prev: _Raw, raw: _Raw, before: str) -> bool:
    """Whether "N to M" after a change is the change and the level it led to, no range: "The
    previous week's claims figure was revised down 2,000 to 5,506,500" (read as 2,000 to
    5,506,500 claims; a toll "raised by 5 to 45" would be a false conflict)."""
    return _CHANGE_BEFORE.search(before) is not None and raw.value > _LEVEL_OVER_CHANGE * prev.value


# --------------------------------------------------------------------------- intervals


def _interval(raw: _Raw, kind: str | None, unit: str | None) -> tuple[float | None, float | None]:
    """The true values the phrase allows (see the module docstring for the conventions)."""
    value = raw.value
    if raw.high_value is not None:
        return value, raw.high_value
    if raw.vague is not None:
        low, high = VAGUE[raw.vague]
        if kind in ("min", "gt"):
            high = None
        return (None if kind in ("max", "lt") else low), high
    counted = unit not in MEASURES and float(value).is_integer()
    if kind == "min":
        return value, None
    if kind in ("gt", "just_over"):
        low = value + 1 if counted else math.nextafter(value, math.inf)
        return low, (value * 1.1 if kind == "just_over" else None)
    if kind == "max":
        return None, value
    if kind == "lt":
        return None, (value - 1 if counted else math.nextafter(value, -math.inf))
    if kind == "near":
        return (min(value * 0.9, value - 1) if counted else value * 0.9), value
    if kind == "approx":
        margin = max(value * 0.1, 1.0 if counted else 0.0)
        return value - margin, value + margin
    return value, value


# --------------------------------------------------------------------------- entry points


def find_quantities(article: Article, sentences: Sequence[Sentence]) -> list[Quantity]:
    """Every quantity in ``article``, in text order, found sentence by sentence.

    Sentences bound the search for the counted noun and the hedge before a number; without
    any (an unsegmented text), the whole text is one span.
    """
    text = article.text
    spans = [(s.start, s.end) for s in sentences] or [(0, len(text))]
    found: list[Quantity] = []
    for lo, hi in spans:
        found.extend(_in_span(article, lo, hi))
    return [
        q
        for q, before in zip(found, [None, *found], strict=False)
        if not _conversion(q, before, text)
    ]


_OPENS_ASIDE = re.compile(r"\s*[(\[]\s*")


def _conversion(quantity: Quantity, before: Quantity | None, text: str) -> bool:
    """Whether ``quantity`` is an amount in brackets converting the one just before it into
    another currency or measure ("the $20bn (£13.5bn) fund", "60,000 barrels (2.5 million
    gallons/9.5 million liters)"): the same amount again, no second one. Not a share ("$20bn
    (15 percent)") nor a count of some of the people before it ("12 people (five children)")."""
    return (
        before is not None
        and _OPENS_ASIDE.fullmatch(text, before.end, quantity.start) is not None
        and _converts(before.unit, quantity.unit)
    )


def _converts(unit: str | None, other: str | None) -> bool:
    """Whether an amount in ``unit`` can be restated in ``other``: two different currencies,
    or two different measures that are neither shares nor people."""
    if unit is None or other is None or unit == other:
        return False
    money = set(_CURRENCIES.values())
    if unit in money or other in money:
        return unit in money and other in money
    not_measures = PERSON_KINDS | SHARES
    return unit not in not_measures and other not in not_measures


def _in_span(article: Article, lo: int, hi: int) -> list[Quantity]:
    text = article.text
    raws: list[_Raw] = []
    done = lo
    for candidate in _CANDIDATE.finditer(text, lo, hi):
        if candidate.start() < done:
            continue
        match = _CORE.match(text, candidate.start(), hi)
        if match is None:
            continue
        done = match.end()
        raw = _raw(match, text, lo)
        if not _not_a_count(raw, text, hi):
            raws.append(raw)
    quantities: list[Quantity] = []
    for raw in _merge_ranges(raws, text):
        quantity = _quantity(article, raw, hi)
        if quantity is not None:
            quantities.append(quantity)
    return quantities


def _quantity(article: Article, raw: _Raw, hi: int) -> Quantity | None:
    """Attach the unit, apply the checks that need it, and compute the interval."""
    text = article.text
    unit, unit_text, end = raw.unit, raw.unit_text, raw.end
    found = None
    if raw.unit is None:
        singular = raw.value == 1 and raw.high_value is None and raw.vague is None
        found = _find_unit(text, raw.end, hi, singular)
        if found is not None:
            unit, unit_text, end = found.unit, found.text, found.end
    before = text[max(0, raw.num_start - 24) : raw.num_start]
    if _is_year(raw):
        prev = _PREV_WORD.search(before)
        after_context = prev is not None and prev.group(1).lower() in _YEAR_CONTEXT
        if raw.qualifier in (None, "between") and (
            found is None or not found.plural or after_context or found.text[:1].isupper()
        ):
            return None  # "in 2010", "2010 levels", "his 2010 NBA Finals victory"
    if raw.kind == "words" and _named(raw, found, text):
        return None  # "the Council of Twelve Apostles", "the Big Ten"
    if unit_text is None and raw.qualifier is None:
        if raw.kind in ("words", "vague") and not (
            CASUALTY_VERB_BEFORE.search(before) or CASUALTY_VERB_AFTER.match(text, raw.end, hi)
        ):
            return None  # "the two eventually", "several of them"
        if raw.kind == "digits" and raw.high_value is None:
            after = text[raw.end : min(hi, raw.end + 24)]
            if _is_label(text, raw.num_start) or _TABLE_BEFORE.search(before):
                return None  # "Flight 370", "iPhone 5"; a run of figures in a table
            if _TABLE_AFTER.match(after) or _OF_NUMBER_BEFORE.search(before):
                return None  # "12 18,670 24,831", "3 of 68" (gallery counters)
    qualifier = raw.qualifier
    kind = _QUALIFIERS.get(qualifier) if qualifier else None
    or_more = _OR_MORE.match(text, end, hi) if kind is None else None
    if or_more is not None:
        qualifier, kind, end = "or more", "min", or_more.end()
    if raw.vague is not None and raw.vague != "a pair":
        qualifier = raw.vague  # "more than dozens" is as vague as "dozens" (its interval kept)
    low, high = _interval(raw, kind, unit)
    return Quantity(
        article_id=article.id,
        start=raw.start,
        end=end,
        text=text[raw.start : end],
        value=float(raw.value),
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        unit_text=unit_text,
    )


# A number a casualty verb takes right before or after it counts people, noun or not:
# "killing 19 people and wounding another 150", "at least 10 killed and over 40 injured",
# "seven were killed", "left three dead". Only people die or are wounded (animals, vehicles
# and buildings take a noun of their own).
CASUALTY_VERB_BEFORE = re.compile(
    r"\b(?:killing|wounding|injuring|killed|wounded|injured|massacred|massacring)\s+"
    r"(?:(?:another|other|at least|more than|over|some|about|around|nearly|almost|up to)\s+)?$",
    re.I,
)
CASUALTY_VERB_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|have been|had been|has been)\s+(?:also\s+)?)?"
    r"(?:killed|dead|died|injured|wounded|hurt)\b",
    re.I,
)


def units_compatible(a: str | None, b: str | None) -> bool:
    """Whether two units can count the same thing: an unknown unit agrees with any but a share
    (the bare 29 of "adults age 20 to 29" is no "29 percent"), "person" with every kind of
    person ("Americans", "students")."""
    if a == b:
        return True
    if a is None or b is None:
        return (a or b) not in SHARES
    return (a == "person" and b in PERSON_KINDS) or (b == "person" and a in PERSON_KINDS)


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities can describe the same number: units agree (`units_compatible`),
    intervals overlap. This is the test the reconcile stage uses to decide "same fact" versus
    "conflict".
    """
    if not units_compatible(a.unit, b.unit):
        return False
    low = max(-math.inf if a.low is None else a.low, -math.inf if b.low is None else b.low)
    high = min(math.inf if a.high is None else a.high, math.inf if b.high is None else b.high)
    return low <= high

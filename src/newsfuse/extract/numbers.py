"""Numbers as news writes them: digits ("4,000", "1.5"), scales ("1.5 million") and words.

Kept apart from `quantities` so the grammar of a number (what it is worth) stays separate from
the grammar of a quantity (what it counts and how sure the writer is). The regex pieces here are
spliced into the quantity pattern, so they are plain strings without named groups.
"""

from __future__ import annotations

import re

from newsfuse.words import alternation

__all__ = [
    "DIGITS",
    "SCALES",
    "WORD_NUMBER",
    "parse_digits",
    "parse_words",
]

ONES = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""Scale words after a number ("1.5 million"); "hundred" is handled inside word numbers."""

SCALE_ABBREVIATIONS = {
    **{"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9},
    **{"t": 1e12, "tn": 1e12, "trn": 1e12},
}
"""Scale abbreviations, trusted only right after a sum of money ("$3m", "£2bn", "$1.9 T")."""

_SMALL_WORDS = {**ONES, **TEENS, **TENS}


_ONES, _TEENS, _TENS = alternation(ONES), alternation(TEENS), alternation(TENS)
_SMALL = rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_TEENS}|{_ONES})"
_HUNDREDS = rf"(?:(?:{_SMALL}|a)\s+hundred(?:\s+(?:and\s+)?{_SMALL})?|{_SMALL})"
_SCALE = rf"(?:{alternation(SCALES)})"

WORD_NUMBER = (
    rf"(?:(?:half\s+a|a|{_SMALL})\s+dozen"
    rf"|(?:a\s+)?half[-\s]{_SCALE}"
    rf"|a\s+{_SCALE}"
    rf"|{_HUNDREDS}(?:\s+{_SCALE}(?:\s+(?:and\s+)?{_HUNDREDS})?)*)"
)
"""Cardinal number words: "two", "twenty-five", "a hundred", "two thousand", "half a dozen",
"a half-million".

Always used between word boundaries and case-insensitively. It matches a bare "one" too: the
caller decides whether that "one" is a count or a pronoun ("no one", "one of the officials").
"""

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
"""Digits with optional thousands commas and decimals: "14", "4,000", "1.5", "2,713,676"."""

_TOKEN = re.compile(r"[a-z]+")


def parse_digits(text: str) -> float:
    """Value of a `DIGITS` match: commas are thousands separators, never decimal marks."""
    return float(text.replace(",", ""))


def parse_words(text: str) -> float:
    """Value of a `WORD_NUMBER` match ("twenty-five" -> 25, "half a dozen" -> 6, "a
    half-million" -> 500,000).

    A running ``current`` collects a group below a thousand; a scale word ("thousand",
    "million") closes the group into ``total``, as one reads "two million three hundred".
    """
    words = _TOKEN.findall(text.lower())
    if words[:2] == ["half", "a"]:
        return 6.0  # the grammar only allows "half a dozen"
    total = 0.0
    current = 0.0
    for word in words:
        if word == "a":
            current += 1
        elif word == "half":
            current = 0.5
        elif word in _SMALL_WORDS:
            current += _SMALL_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        # "and" adds nothing
    return total + current

"""Which other sources state the same content as a summary sentence.

A source is cited only when its best-matching sentence passes three strict checks, because a
wrong citation is worse than a missing one:

* cosine similarity of the two sentences of at least `CITE_SIM`;
* at least `CITE_OVERLAP` of the summary sentence's content words (lower-cased, stop words
  removed) appear in the supporting sentence;
* every number in the supporting sentence appears in the summary sentence too, so "14 rockets"
  is never cited as support for "30 rockets".
"""

from __future__ import annotations

import re

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

CITE_SIM = 0.45
CITE_OVERLAP = 0.6

_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of ``text`` that are not stop words."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS)


def numbers(text: str) -> frozenset[str]:
    """The numbers written in digits in ``text``, thousands separators removed."""
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(text))


def supports(claim: str, other: str) -> bool:
    """Whether ``other`` states (at least most of) what ``claim`` states, by the word checks."""
    words = content_words(claim)
    if not words or len(words & content_words(other)) < CITE_OVERLAP * len(words):
        return False
    return numbers(other) <= numbers(claim)


def supporting(
    pick: int,
    texts: list[str],
    sim: np.ndarray,
    article_of: np.ndarray,
) -> list[int]:
    """For each other article, its best match for sentence ``pick`` if that match supports it."""
    row = sim[pick]
    out = []
    for article in np.unique(article_of):
        if article == article_of[pick]:
            continue
        members = np.flatnonzero(article_of == article)
        best = int(members[np.argmax(row[members])])
        if row[best] >= CITE_SIM and supports(texts[pick], texts[best]):
            out.append(best)
    return out

"""Which other sources state the same content as a summary sentence.

A source is cited only when its best-matching sentence passes three strict checks, because a
wrong citation is worse than a missing one:

* cosine similarity of the two sentences of at least `CITE_SIM`;
* at least `CITE_OVERLAP` of the summary sentence's content terms (`newsfuse.embed.terms`:
  stemmed, stop words out, number words as digits) appear in the supporting sentence;
* every number the summary sentence states appears in the supporting sentence too, so "30
  rockets" never supports "14 rockets", and a sentence without the count does not support it;
* a quotation's words, when the summary sentence quotes someone, are mostly (`CITE_OVERLAP`)
  in the supporting sentence too: another quote of the same speaker at the same meeting
  ("Svanberg after White House meeting: "Words are not enough."") is no support.
"""

from __future__ import annotations

import re

import numpy as np

from newsfuse.embed.terms import terms

CITE_SIM = 0.3
CITE_OVERLAP = 0.6


_QUOTATION = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def supports(claim: str, other: str) -> bool:
    """Whether ``other`` states (at least most of) what ``claim`` states, by the term checks."""
    claimed = set(terms(claim))
    found = set(terms(other))
    if not claimed or len(claimed & found) < CITE_OVERLAP * len(claimed):
        return False
    quoted = {t for quote in _QUOTATION.findall(claim) for t in terms(quote)}
    if quoted and len(quoted & found) < CITE_OVERLAP * len(quoted):
        return False
    return {t for t in claimed if t.isdigit()} <= found


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

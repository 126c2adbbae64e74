"""Which other sources state the same content as a summary sentence.

A source is cited only when its best-matching sentence passes three strict checks, because a
wrong citation is worse than a missing one:

* cosine similarity of the two sentences of at least `CITE_SIM`;
* at least `CITE_OVERLAP` of the summary sentence's content terms (`newsfuse.embed.terms`:
  stemmed, stop words out, number words as digits) appear in the supporting sentence, and at
  least `MIN_SHARED_TERMS` of them: a share of a short claim is a word or two of topic
  ("Not sure what they are going to do or how they are going to get out." shares only "go" and
  "get" with "Well, it's going to get worse.");
* a question states nothing: "Would he go elsewhere in the Middle East?" asks what "Some in
  the Middle East are going even farther." states, so only what a sentence states before the
  question it ends on counts;
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
MIN_SHARED_TERMS = 3


_QUOTATION = re.compile(r"[\"“]([^\"“”]+)[\"”]")
# the last sentence of a text when it is a question (its mark may sit inside a closing quote)
_ASKED = re.compile(r"[^.!?]*\?[\"”’')\]]*$")


def supports(claim: str, other: str) -> bool:
    """Whether ``other`` states (at least most of) what ``claim`` states, by the term checks."""
    claimed = set(terms(claim))
    found = set(terms(_stated(other)))
    shared = len(claimed & found)
    if shared < MIN_SHARED_TERMS or shared < CITE_OVERLAP * len(claimed):
        return False
    quoted = {t for quote in _QUOTATION.findall(claim) for t in terms(quote)}
    if quoted and len(quoted & found) < CITE_OVERLAP * len(quoted):
        return False
    return {t for t in claimed if t.isdigit()} <= found


def _stated(text: str) -> str:
    """``text`` without the question it ends on: nothing of "Would he go elsewhere in the
    Middle East?", the statements of a quote the segmenter kept whole ("... All we know is
    we're not looking back. What could be more American?")."""
    return _ASKED.sub("", text) if "?" in text[-3:] else text


def supporting(
    pick: int,
    texts: list[str],
    sim: np.ndarray,
    article_of: np.ndarray,
) -> list[int]:
    """For each other article, its best match for sentence ``pick`` if that match supports it.
    Questions are no candidates, so a question cannot hide the sentence that states it."""
    row = sim[pick]
    out = []
    for article in np.unique(article_of):
        if article == article_of[pick]:
            continue
        best = _best_statement(row, np.flatnonzero(article_of == article), texts)
        if best is not None and row[best] >= CITE_SIM and supports(texts[pick], texts[best]):
            out.append(best)
    return out


def _best_statement(row: np.ndarray, members: np.ndarray, texts: list[str]) -> int | None:
    """The member with the highest ``row`` similarity that states something (not a bare
    question); questions are rare, so this is mostly one `argmax`."""
    similarity = row[members].astype(np.float64)
    for _ in range(len(members)):
        k = int(np.argmax(similarity))
        if _stated(texts[members[k]]).strip():
            return int(members[k])
        similarity[k] = -np.inf
    return None

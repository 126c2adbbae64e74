"""Greedy Maximal Marginal Relevance under a word budget.

Each step takes the sentence with the best ``lam * score - (1 - lam) * redundancy``, where
redundancy is its highest similarity to anything already picked (Carbonell & Goldstein, 1998).
Sentences closer than `REDUNDANT` to a pick are never taken (they would repeat it), nor are
sentences whose content terms are mostly (`CONTAINED`) inside one pick: "14 rockets hit the
base" adds nothing after "two were injured when 14 rockets hit the base", although their
cosine is low because the longer sentence says more. When the longer one comes second, it
replaces the shorter pick. A sentence longer than the words left is
skipped so a shorter one can still fill the gap: the budget is never exceeded and no sentence
is cut. A sentence that leans on the one before it (``after``: "But he ...", a quote whose
speaker is only "he") is a candidate only once that sentence is picked, and leaves with it.

A cosine over the cluster's own IDF weighs the words every report uses least, so two sentences
that open alike ("The U.S. economy added 250,000 jobs in October, ...") can look unrelated;
`shared_runs` finds them by their shared runs of words, for the caller to count as redundant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

LAMBDA = 0.7
REDUNDANT = 0.4
CONTAINED = 0.7


def mmr_select(
    scores: np.ndarray,
    sim: np.ndarray,
    containment: np.ndarray,
    lengths: np.ndarray,
    candidates: np.ndarray,
    budget: int,
    lam: float = LAMBDA,
    redundant: float = REDUNDANT,
    after: np.ndarray | None = None,
) -> list[int]:
    """Indices of the picked sentences, in the order they were picked.

    ``containment[i, j]`` is the share of sentence i's content terms that sentence j has.
    ``candidates`` is a boolean mask; ties go to the lower index, so the result is stable.
    ``after[i]`` is the sentence that sentence i may only follow (-1: none).
    """
    open_ = candidates & (lengths > 0) & (lengths <= budget)
    after = np.full(len(scores), -1) if after is None else after
    is_picked = np.zeros(len(scores), dtype=bool)
    redundancy = np.zeros(len(scores), dtype=np.float32)
    picked: list[int] = []
    left = budget
    while (fits := open_ & (lengths <= left) & ((after < 0) | is_picked[after])).any():
        gain = np.where(fits, lam * scores - (1.0 - lam) * redundancy, -np.inf)
        best = int(np.argmax(gain))
        # An earlier pick this one restates in full is dropped and its words freed, and so are
        # the picks that lean on it; never the sentence this one leans on.
        dropped = {p for p in picked if containment[p, best] >= CONTAINED and p != after[best]}
        while leaning := {p for p in picked if after[p] in dropped} - dropped:
            dropped |= leaning
        for earlier in dropped:
            picked.remove(earlier)
            is_picked[earlier] = False
            left += int(lengths[earlier])
        picked.append(best)
        is_picked[best] = True
        left -= int(lengths[best])
        open_[best] = False
        redundancy = np.maximum(redundancy, sim[:, best])
        open_ &= (redundancy < redundant) & (containment[:, best] < CONTAINED)
    return picked


RUN_WORDS = 6
RUN_SHARE = 0.5
_WORD = re.compile(r"\w+")


def shared_runs(texts: Sequence[str], run: int = RUN_WORDS) -> np.ndarray:
    """``(n, n)`` 1.0 where two sentences share runs of ``run`` words verbatim that make up
    `RUN_SHARE` of the shorter one's runs ("The U.S. economy added 250,000 jobs in October,
    ..." twice), else 0. Runs are hashed and counted with array operations, and only the few
    runs that two sentences have in common are multiplied out: this runs on every summary."""
    words = [_WORD.findall(text.lower()) for text in texts]
    flat_words = [word for sentence in words for word in sentence]
    first_seen: dict[str, int] = {}  # a word's id: where it first occurs
    flat = np.fromiter(
        map(first_seen.setdefault, flat_words, range(len(flat_words))),
        dtype=np.uint64,
        count=len(flat_words),
    )
    owner = np.repeat(np.arange(len(texts)), [len(sentence) for sentence in words])
    out = np.zeros((len(texts), len(texts)), dtype=np.float32)
    if len(flat) < run:
        return out
    windows = np.lib.stride_tricks.sliding_window_view(flat, run)
    within = owner[: len(owner) - run + 1] == owner[run - 1 :]  # a run inside one sentence
    if not within.any():
        return out
    weights = np.uint64(len(flat) + 1) ** np.arange(run, dtype=np.uint64)
    keys = (windows[within] * weights).sum(axis=1)  # a hash of the run (wraps around 2**64)
    owners = owner[: len(within)][within]
    # each (run, sentence) once: a sentence repeating a run counts it once
    order = np.lexsort((owners, keys))
    keys, owners = keys[order], owners[order]
    first = np.r_[True, (keys[1:] != keys[:-1]) | (owners[1:] != owners[:-1])]
    keys, owners = keys[first], owners[first]
    counts = np.bincount(owners, minlength=len(texts)).astype(np.float32)
    # the runs more than one sentence has
    same_as_next = keys[1:] == keys[:-1]
    common = np.r_[same_as_next, False] | np.r_[False, same_as_next]
    if not common.any():
        return out
    _, column = np.unique(keys[common], return_inverse=True)
    runs = sparse.csr_matrix(
        (np.ones(len(column), dtype=np.float32), (owners[common], column)),
        shape=(len(texts), int(column.max()) + 1),
    )
    shared = (runs @ runs.T).toarray()
    np.fill_diagonal(shared, 0.0)
    fewest = np.maximum(np.minimum.outer(counts, counts), 1.0)
    return (shared / fewest >= RUN_SHARE).astype(np.float32)

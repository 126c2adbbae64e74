"""Greedy Maximal Marginal Relevance under a word budget.

Each step takes the sentence with the best ``lam * score - (1 - lam) * redundancy``, where
redundancy is its highest similarity to anything already picked (Carbonell & Goldstein, 1998).
Sentences closer than `REDUNDANT` to a pick are never taken (they would repeat it), and a
sentence longer than the words left is skipped so a shorter one can still fill the gap: the
budget is never exceeded and no sentence is cut.
"""

from __future__ import annotations

import numpy as np

LAMBDA = 0.7
REDUNDANT = 0.5


def mmr_select(
    scores: np.ndarray,
    sim: np.ndarray,
    lengths: np.ndarray,
    candidates: np.ndarray,
    budget: int,
    lam: float = LAMBDA,
    redundant: float = REDUNDANT,
) -> list[int]:
    """Indices of the picked sentences, in the order they were picked.

    ``candidates`` is a boolean mask; ties go to the lower index, so the result is stable.
    """
    open_ = candidates & (lengths > 0) & (lengths <= budget)
    redundancy = np.zeros(len(scores), dtype=np.float32)
    picked: list[int] = []
    left = budget
    while True:
        open_ &= lengths <= left
        if not open_.any():
            return picked
        gain = np.where(open_, lam * scores - (1.0 - lam) * redundancy, -np.inf)
        best = int(np.argmax(gain))
        picked.append(best)
        left -= int(lengths[best])
        open_[best] = False
        redundancy = np.maximum(redundancy, sim[:, best])
        open_ &= redundancy < redundant

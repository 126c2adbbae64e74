"""ROUGE as the data README's reference figures measure it.

Google's ``rouge-score`` (the package most papers report with), Porter stemming on, ROUGE-1,
ROUGE-2 and ROUGE-Lsum, where both the summary and the reference are given one sentence per
line (ROUGE-Lsum takes the union LCS of each reference sentence against the summary's sentences;
plain ROUGE-L over the whole text would punish sentence order instead). Scores are kept as
fractions here and reported ×100 by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

__all__ = ["METRICS", "rouge"]

METRICS = ("rouge1", "rouge2", "rougeLsum")
NAMES = {"rouge1": "rouge1", "rouge2": "rouge2", "rougeLsum": "rougeL"}


@cache
def _scorer():  # type: ignore[no-untyped-def]  # rouge_score has no type hints
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def rouge(reference: Sequence[str], summary: Sequence[str]) -> dict[str, float]:
    """F1 and recall of ``summary`` against ``reference`` (both lists of sentences).

    Keys: ``rouge1_f``, ``rouge2_f``, ``rougeL_f`` (ROUGE-Lsum), ``rouge1_r``, ... .
    """
    scores = _scorer().score("\n".join(reference), "\n".join(summary))
    out: dict[str, float] = {}
    for metric in METRICS:
        out[f"{NAMES[metric]}_f"] = scores[metric].fmeasure
    for metric in METRICS:
        out[f"{NAMES[metric]}_r"] = scores[metric].recall
    return out

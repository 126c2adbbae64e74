"""Sparse term matrices for one cluster: term counts and TF-IDF, with no model to fit.

A cluster has a few hundred sentences, so the whole job is a vocabulary dict and a CSR matrix.
Doing it here instead of with scikit-learn's vectorizers keeps the same formulas (smoothed idf
``ln((1 + n) / (1 + df)) + 1``, optional sublinear tf ``1 + ln(tf)``, L2-normalised rows) and
saves over a second of import time on every cold start.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse


def count_matrix(docs: Sequence[Sequence[str]], binary: bool = False) -> sparse.csr_matrix:
    """``(len(docs), vocabulary)`` float32 counts (or 0/1 with ``binary``); columns unordered."""
    vocabulary: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    values: list[float] = []
    for doc in docs:
        for term, count in Counter(doc).items():
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(1.0 if binary else float(count))
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.array(values, dtype=np.float32), np.array(indices, dtype=np.int32), indptr),
        shape=(len(docs), max(len(vocabulary), 1)),
    )


def tfidf_matrix(docs: Sequence[Sequence[str]], sublinear_tf: bool = True) -> sparse.csr_matrix:
    """TF-IDF rows, L2-normalised (an empty document gives a zero row)."""
    counts = count_matrix(docs)
    if sublinear_tf:
        counts.data = 1.0 + np.log(counts.data)
    df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float32)
    idf = np.log((1.0 + len(docs)) / (1.0 + df)) + 1.0
    weighted = sparse.csr_matrix(counts.multiply(idf.reshape(1, -1)), dtype=np.float32)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ weighted, dtype=np.float32)

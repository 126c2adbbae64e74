"""Sparse term matrices for one cluster: term counts and TF-IDF, with no model to fit.

A cluster has a few hundred sentences, so the whole job is a vocabulary dict and a CSR matrix.
Doing it here instead of with scikit-learn's vectorizers keeps the same formulas (smoothed idf
``ln((1 + n) / (1 + df)) + 1``, optional sublinear tf ``1 + ln(tf)``, L2-normalised rows) and
saves over a second of import time on every cold start.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse


def count_matrix(docs: Sequence[Sequence[str]], binary: bool = False) -> sparse.csr_matrix:
    """``(len(docs), vocabulary)`` float32 counts (or 0/1 with ``binary``); columns unordered.

    One pass numbers the terms; the matrix sums repeated (document, term) pairs itself, which
    is cheaper than counting each document in Python (it runs on every summary)."""
    vocabulary: dict[str, int] = {}
    lengths = [len(doc) for doc in docs]
    columns = np.fromiter(
        (vocabulary.setdefault(term, len(vocabulary)) for doc in docs for term in doc),
        dtype=np.int32,
        count=sum(lengths),
    )
    rows = np.repeat(np.arange(len(docs), dtype=np.int32), lengths)
    matrix = sparse.csr_matrix(
        (np.ones(len(columns), dtype=np.float32), (rows, columns)),
        shape=(len(docs), max(len(vocabulary), 1)),
    )
    matrix.sum_duplicates()
    if binary:
        matrix.data[:] = 1.0
    return matrix


def tfidf_matrix(docs: Sequence[Sequence[str]], sublinear_tf: bool = True) -> sparse.csr_matrix:
    """TF-IDF rows, L2-normalised (an empty document gives a zero row). Weighted and
    normalised on the matrix's stored values, without a sparse product per step."""
    counts = count_matrix(docs)
    data = 1.0 + np.log(counts.data) if sublinear_tf else counts.data
    df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float32)
    idf = np.log((1.0 + len(docs)) / (1.0 + df)) + 1.0
    data = data * idf[counts.indices]
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=counts.shape[0]))
    norms[norms == 0] = 1.0
    data = (data / norms[rows]).astype(np.float32)
    return sparse.csr_matrix((data, counts.indices, counts.indptr), shape=counts.shape)

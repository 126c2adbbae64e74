"""Evaluation harness: newsfuse against peer summarizers on the same clusters, in one run.

`evaluate` loads a dataset (`datasets`), and for every cluster runs newsfuse and the chosen
peers (`peers`) on the same cleaned sentences with the same word budget, scores every output
with ROUGE (`rouge`), checks newsfuse's citations (`citations`) and times every system. The
result is a plain dataclass whose `EvalResult.to_dict` is the JSON ``newsfuse eval --json``
writes. Decisions, and why:

* **Budget and cutting.** Every peer fills the budget exactly, its last sentence cut at the
  budget word, like the published baselines. newsfuse's product summary never cuts a sentence,
  so it is usually a few words short: scoring it as it is would compare unequal lengths. The
  row ``newsfuse`` therefore fills the budget the same way the peers do, with newsfuse's *own*
  next choices: the product picks, then the further picks of the same summarizer run with a
  doubled budget, or, when the summary is one article's opening (`newsfuse.summarize.lead`),
  that article's next sentences that may stand in an opening (then, only if its quality
  filter leaves too little text, the remaining sentences in lead order), the last cut at the
  budget word. The product output is scored too, as ``newsfuse-nocut`` (with its mean
  length), so neither figure hides the other.
* **AllSides budget.** A fixed 65 words and the roundup's title + text as the reference, as in
  the data README's reference figures (see `datasets`).
* **Timing.** Seconds per cluster of each system from the cluster's ready sentences (loading,
  cleaning and segmenting are shared and not timed): for newsfuse the one `summarize` call that
  produces the product summary, for the peers their ranking. newsfuse's embedder is loaded (and
  run once, with the report grouping, on a two-sentence warm-up cluster) before the loop and
  reported as ``model_load_seconds``; sumy is warmed up likewise.
  The summary counts support by independent report (two articles of one newsroom are one),
  which a brief's reconcile stage finds before it summarizes: that step is timed apart, its
  mean seconds per cluster reported as ``reports_seconds`` (`cluster_reports`).
* **Determinism.** Everything but the timings is deterministic: the random peer is seeded by
  the cluster id, and the tests run the harness twice and compare.
"""

from __future__ import annotations

import dataclasses
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsfuse.evaluate.citations import CitationCheck, CitationReport, check_citations
from newsfuse.evaluate.datasets import (
    DATASETS,
    DEFAULT_WORDS,
    DatasetError,
    EvalCluster,
    load_dataset,
)
from newsfuse.evaluate.peers import PEERS, fill, lead
from newsfuse.evaluate.rouge import rouge
from newsfuse.models import Article, Sentence
from newsfuse.settings import DEFAULT_SETTINGS, Settings

__all__ = [
    "DATASETS",
    "PEERS",
    "DatasetError",
    "EvalResult",
    "SystemScores",
    "cluster_reports",
    "evaluate",
    "newsfuse_summaries",
]

SCORE_KEYS = ("rouge1_f", "rouge2_f", "rougeL_f", "rouge1_r", "rouge2_r", "rougeL_r")


@dataclass
class SystemScores:
    """Per-cluster figures of one system; means are taken when the result is reported."""

    scores: list[dict[str, float]] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    words: list[int] = field(default_factory=list)

    def add(self, reference: Sequence[str], summary: Sequence[str], seconds: float) -> None:
        """Score one cluster's summary (a list of sentences)."""
        self.scores.append(rouge(reference, summary))
        self.seconds.append(seconds)
        self.words.append(sum(len(s.split()) for s in summary))

    def summary(self) -> dict[str, float]:
        """Mean ROUGE ×100, mean words, mean and p95 seconds per cluster."""
        n = len(self.scores)
        out = {k: 100 * sum(s[k] for s in self.scores) / n if n else 0.0 for k in SCORE_KEYS}
        out["words"] = statistics.fmean(self.words) if n else 0.0
        if self.seconds:
            out["seconds"] = statistics.fmean(self.seconds)
            out["seconds_p95"] = _p95(self.seconds)
        return out


def _p95(values: Sequence[float]) -> float:
    """The 95th percentile by nearest rank (no interpolation: one of the measured values)."""
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


@dataclass
class EvalResult:
    """The outcome of one evaluation run; `to_dict` is the ``--json`` document."""

    dataset: str
    n: int
    words: int
    systems: dict[str, dict[str, float | None]]
    citations: CitationReport | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "n": self.n, "words": self.words, "systems": self.systems}


def cluster_reports(cluster: EvalCluster) -> dict[str, str]:
    """Each article's independent report (`newsfuse.reconcile.reports`), as a brief's
    reconcile stage finds them for its summary."""
    from newsfuse.reconcile.reports import find_copies, independent_reports

    by_article: dict[str, list[Sentence]] = {}
    for s in cluster.sentences:
        by_article.setdefault(s.article_id, []).append(s)
    return independent_reports(cluster.articles, find_copies(cluster.articles), by_article)


def newsfuse_summaries(
    cluster: EvalCluster, settings: Settings, reports: dict[str, str] | None = None
) -> tuple[list[str], list[str], list[tuple[str, list[str], str]], float]:
    """newsfuse on one cluster: the product summary, the budget-filled one, the citations
    ``(claim, cited article ids, own article id)`` and the seconds the product summary took.
    ``reports``: `cluster_reports` (found here, untimed, when not given)."""
    from newsfuse.summarize import summarize
    from newsfuse.summarize.lead import fits_an_opening
    from newsfuse.summarize.quality import sentence_problems

    reports = cluster_reports(cluster) if reports is None else reports
    start = time.perf_counter()
    summary = summarize(cluster.articles, cluster.sentences, settings, reports=reports)
    seconds = time.perf_counter() - start

    picks = summary.picks
    chosen = {p.sentence for p in picks}
    if summary.lead_of is not None:  # an opening goes on as it would with more words
        last = picks[-1].sentence.index
        after = [s for s in cluster.sentences if s.article_id == summary.lead_of and s.index > last]
        found = sentence_problems([s.text for s in after])
        more = [s for s, p in zip(after, found, strict=True) if fits_an_opening(p)]
    else:
        wider = dataclasses.replace(settings, words=2 * settings.words)
        wider_summary = summarize(cluster.articles, cluster.sentences, wider, reports=reports)
        more = [p.sentence for p in wider_summary.picks]
    extra = [s for s in more if s not in chosen]
    taken = chosen | set(extra)
    # when newsfuse's quality filter leaves too little, the rest comes in lead order, so
    # newsfuse is never scored on a shorter summary than the peers
    rest = [cluster.sentences[i] for i in lead(cluster) if cluster.sentences[i] not in taken]
    candidates = [p.sentence.text for p in picks] + [s.text for s in (*extra, *rest)]
    filled = fill(candidates, range(len(candidates)), settings.words)
    claims = [
        (
            p.sentence.text,
            list(dict.fromkeys([p.sentence.article_id, *(s.article_id for s in p.support)])),
            p.sentence.article_id,
        )
        for p in picks
    ]
    return [p.sentence.text for p in picks], filled, claims, seconds


_WARM_UP_TEXTS = [
    "Systems load lazily on their first cluster, importing their modules.",
    "The loop times warm calls only, for newsfuse and the peers alike.",
]
_WARM_UP = EvalCluster(
    "warm-up",
    tuple(
        Article(id=f"warm-up-{i}", origin="warm-up", raw_text=text, text=text)
        for i, text in enumerate(_WARM_UP_TEXTS)
    ),
    tuple(Sentence(f"warm-up-{i}", 0, 0, len(text), text) for i, text in enumerate(_WARM_UP_TEXTS)),
    (),
)


def _load_model(embedder: str, settings: Settings) -> float:
    """Seconds to load newsfuse's embedder and run newsfuse once, report grouping included
    (so the loop times warm calls: the first call imports the reconcile and summarize stages,
    which would otherwise be timed as part of the first cluster's report grouping)."""
    from newsfuse.embed import get_embedder

    start = time.perf_counter()
    get_embedder(embedder).embed(["Warm-up sentence for the embedder.", "Another one."])
    newsfuse_summaries(_WARM_UP, settings)
    return time.perf_counter() - start


def evaluate(
    dataset: str,
    path: Path,
    *,
    limit: int | None = None,
    words: int | None = None,
    peers: Sequence[str] = tuple(PEERS),
    embedder: str = DEFAULT_SETTINGS.embedder,
    progress: Callable[[EvalCluster], None] | None = None,
) -> EvalResult:
    """Run newsfuse and ``peers`` on the first ``limit`` clusters of ``dataset`` at ``path``.

    ``words`` defaults to the dataset's budget (`DEFAULT_WORDS`); ``progress`` is called after
    each cluster. Raises `DatasetError` for a missing or malformed dataset, `ValueError` for an
    unknown peer.
    """
    unknown = [p for p in peers if p not in PEERS]
    if unknown:
        raise ValueError(f"unknown peer(s) {', '.join(unknown)} (choose from {', '.join(PEERS)})")
    if dataset not in DATASETS:
        raise DatasetError(f"unknown dataset {dataset!r} (choose from {', '.join(DATASETS)})")
    budget = words or DEFAULT_WORDS[dataset]
    settings = dataclasses.replace(DEFAULT_SETTINGS, words=budget, embedder=embedder)
    clusters = load_dataset(dataset, path, limit)

    model_load = _load_model(embedder, settings)
    for name in peers:
        PEERS[name](_WARM_UP)
    systems = {name: SystemScores() for name in ("newsfuse", "newsfuse-nocut", *peers)}
    checks: list[CitationCheck] = []
    reports_seconds: list[float] = []
    n = 0
    for cluster in clusters:
        start = time.perf_counter()
        reports = cluster_reports(cluster)
        reports_seconds.append(time.perf_counter() - start)
        product, filled, claims, seconds = newsfuse_summaries(cluster, settings, reports)
        systems["newsfuse"].add(cluster.reference, filled, seconds)
        systems["newsfuse-nocut"].add(cluster.reference, product, seconds)
        checks.extend(check_citations(claims, cluster.sentences).checks)
        texts = [s.text for s in cluster.sentences]
        for name in peers:
            start = time.perf_counter()
            ranking = PEERS[name](cluster)
            summary = fill(texts, ranking, budget)
            systems[name].add(cluster.reference, summary, time.perf_counter() - start)
        n += 1
        if progress is not None:
            progress(cluster)

    report = CitationReport(tuple(checks))
    figures: dict[str, dict[str, float | None]] = {
        name: dict(scores.summary()) for name, scores in systems.items()
    }
    figures["newsfuse"].update(
        citation_precision=report.precision,
        citation_precision_other_sources=report.support_precision,
        citations=len(report.checks),
        model_load_seconds=model_load,
        reports_seconds=statistics.fmean(reports_seconds) if reports_seconds else None,
    )
    return EvalResult(dataset, n, budget, figures, report)

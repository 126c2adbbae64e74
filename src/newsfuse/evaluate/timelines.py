"""Timeline dates on Timeline17: does newsfuse's timeline pick the dates journalists pick?

``newsfuse eval --dataset timeline17 PATH``: PATH is the Timeline17 root (one folder per
``<topic>_<outlet>``) or one such folder. Each folder holds ``articles.jsonl`` (``{"id", "time",
"text"}``, text pre-tokenised, one sentence a line) and ``timelines.jsonl`` (gold timelines
written by journalists, each ``[[date, [sentence, ...]], ...]``; one timeline a line, and a line
holding a list of timelines is read too).

For each folder, and each of its gold timelines with k dates:

* **newsfuse**: the folder's articles go through newsfuse's real stages, as `newsfuse brief`
  would run them on that one file: `newsfuse.ingest.read_inputs` (which parses ``time`` as the
  publication date and skips exact duplicate records), `clean_article`, `split_sentences`,
  `newsfuse.extract.extract`, then `newsfuse.timeline.build_timeline` with ``limit=k`` and
  ``days_only=True`` (the k best-ranked day-precision entries: the task is to pick days). The
  prediction is the set of their dates; a date needs a showable sentence to become an entry,
  so newsfuse may predict fewer than k dates (``dates`` in the figures is the mean number
  predicted).
  Entities play no part in dates, so `extract` runs with the ``rules`` entity backend: the spaCy
  model would add many minutes on 19 million characters and change no date.
* **top-published** (baseline): the k most frequent publication dates of the same articles.
* **top-mentioned** (baseline): the k dates that the most articles mention (each day-precision
  date mention from the same `extract` run counted once per article), the ``--count articles``
  variant of the earlier dev script.

Ties in frequency go to the earlier date, so everything but the timings is deterministic.

**Metric.** Date precision, recall and F1 with exact day match: the set overlap of predicted
and gold dates (``tilse`` was tried first and did not install within three minutes on Python
3.11, so the metric is written out here; it is the date-selection F1 of the timeline
summarisation literature). Each figure is averaged over the folder's gold timelines, then over
folders (macro mean).

**Time.** Seconds per stage are summed over folders (CPU time of the workers); ``wall`` is the
whole run. Folders run in ``jobs`` worker processes, largest first.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

from newsfuse.clean import clean_article
from newsfuse.evaluate.datasets import DatasetError
from newsfuse.extract import extract
from newsfuse.ingest import read_inputs
from newsfuse.segment import split_sentences
from newsfuse.timeline import build_timeline

__all__ = [
    "STAGES",
    "SYSTEMS",
    "FolderResult",
    "TimelineEvalResult",
    "date_prf",
    "evaluate_folder",
    "evaluate_timelines",
    "gold_timelines",
    "table",
    "timeline_folders",
    "top_dates",
]

SYSTEMS = ("newsfuse", "top-published", "top-mentioned")
STAGES = ("ingest", "clean", "segment", "extract", "timeline", "baselines")
METRIC = "date precision/recall/F1, exact day, set overlap (tilse not installable)"
PRF = ("precision", "recall", "f1")


def timeline_folders(path: Path, limit: int | None = None) -> list[Path]:
    """``path`` itself when it is a Timeline17 folder, else its Timeline17 subfolders (sorted),
    the first ``limit`` of them. Raises `DatasetError` when there is none."""
    if not path.exists():
        raise DatasetError(f"{path}: no such file or folder")
    if path.is_file():
        raise DatasetError(f"{path}: give the Timeline17 folder, not a file")
    if _is_folder(path):
        folders = [path]
    else:
        folders = sorted(p for p in path.iterdir() if p.is_dir() and _is_folder(p))
    if not folders:
        raise DatasetError(f"{path}: no articles.jsonl and timelines.jsonl here or one level down")
    return folders[:limit] if limit else folders


def _is_folder(path: Path) -> bool:
    return (path / "articles.jsonl").is_file() and (path / "timelines.jsonl").is_file()


def gold_timelines(path: Path) -> list[set[dt.date]]:
    """The dates of each gold timeline in ``timelines.jsonl`` (one timeline a line; a line
    holding a list of timelines also works)."""
    timelines: list[set[dt.date]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
            for timeline in [value] if isinstance(value[0][0], str) else value:
                timelines.append({dt.date.fromisoformat(entry[0][:10]) for entry in timeline})
        except (json.JSONDecodeError, IndexError, KeyError, TypeError, ValueError) as err:
            raise DatasetError(
                f"{path}:{lineno}: not a Timeline17 timeline ({err.__class__.__name__})"
            ) from None
    if not timelines:
        raise DatasetError(f"{path}: no gold timeline")
    return timelines


def top_dates(counts: Counter[dt.date], k: int) -> set[dt.date]:
    """The ``k`` most frequent dates; ties go to the earlier date."""
    return {day for day, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]}


def date_prf(predicted: set[dt.date], gold: set[dt.date]) -> tuple[float, float, float]:
    """Date precision, recall and F1 (exact day) of ``predicted`` against ``gold``."""
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


@dataclass
class FolderResult:
    """One folder: its size, each system's mean P/R/F1 over the gold timelines (and the mean
    number of dates predicted), and the seconds each stage took."""

    folder: str
    articles: int
    skipped: int
    sizes: list[int]
    systems: dict[str, dict[str, float]]
    seconds: dict[str, float] = field(default_factory=dict)


def evaluate_folder(folder: Path) -> FolderResult:
    """newsfuse's timeline and both baselines on one Timeline17 folder (see the module doc)."""
    seconds: dict[str, float] = {}

    def timed(stage: str, started: float) -> float:
        now = time.perf_counter()
        seconds[stage] = seconds.get(stage, 0.0) + now - started
        return now

    gold = gold_timelines(folder / "timelines.jsonl")
    start = time.perf_counter()
    ingested = read_inputs([str(folder / "articles.jsonl")])
    start = timed("ingest", start)
    cleaned = [a for a in map(clean_article, ingested.articles) if a.text.strip()]
    start = timed("clean", start)
    sentences = {a.id: split_sentences(a) for a in cleaned}
    start = timed("segment", start)
    extraction = extract(cleaned, sentences, ner="rules")
    start = timed("extract", start)
    source_ids = {a.id: f"S{i}" for i, a in enumerate(cleaned, 1)}
    predictions = {}
    for k in sorted({len(g) for g in gold}):
        entries = build_timeline(
            cleaned, sentences, extraction, source_ids.__getitem__, limit=k, days_only=True
        )
        predictions[k] = {e.date for e in entries}
    start = timed("timeline", start)
    published = Counter(a.published for a in cleaned if a.published is not None)
    mentioned = Counter(
        day
        for a in cleaned
        for day in {m.date for m in extraction.dates.get(a.id, []) if m.precision == "day"}
    )
    rows: dict[str, list[tuple[float, ...]]] = {name: [] for name in SYSTEMS}
    for dates in gold:
        k = len(dates)
        for name, predicted in (
            ("newsfuse", predictions[k]),
            ("top-published", top_dates(published, k)),
            ("top-mentioned", top_dates(mentioned, k)),
        ):
            rows[name].append((*date_prf(predicted, dates), len(predicted)))
    timed("baselines", start)
    keys = (*PRF, "dates")
    systems = {
        name: {key: statistics.fmean(row[i] for row in scores) for i, key in enumerate(keys)}
        for name, scores in rows.items()
    }
    skipped = sum(1 for p in ingested.problems if p.fatal) + len(ingested.articles) - len(cleaned)
    sizes = [len(g) for g in gold]
    return FolderResult(folder.name, len(cleaned), skipped, sizes, systems, seconds)


@dataclass
class TimelineEvalResult:
    """The outcome of one Timeline17 run; `to_dict` is the ``--json`` document."""

    folders: list[FolderResult]
    wall: float
    jobs: int

    @property
    def n(self) -> int:
        return len(self.folders)

    def means(self) -> dict[str, dict[str, float]]:
        """Each system's P/R/F1 (and dates predicted) averaged over folders."""
        return {
            name: {
                key: statistics.fmean(f.systems[name][key] for f in self.folders)
                for key in (*PRF, "dates")
            }
            for name in SYSTEMS
        }

    def seconds(self) -> dict[str, float]:
        """Seconds per stage summed over folders, their total, and the run's wall time."""
        out = {s: sum(f.seconds.get(s, 0.0) for f in self.folders) for s in STAGES}
        out["total"] = sum(out.values())
        out["wall"] = self.wall
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": "timeline17",
            "n": self.n,
            "metric": METRIC,
            "systems": self.means(),
            "folders": [
                {
                    "folder": f.folder,
                    "articles": f.articles,
                    "skipped": f.skipped,
                    "timeline_dates": f.sizes,
                    "systems": f.systems,
                    "seconds": f.seconds,
                }
                for f in self.folders
            ],
            "seconds": self.seconds(),
            "jobs": self.jobs,
        }


def evaluate_timelines(
    path: Path,
    *,
    limit: int | None = None,
    jobs: int | None = None,
    progress: Callable[[FolderResult], None] | None = None,
) -> TimelineEvalResult:
    """Evaluate the first ``limit`` folders at ``path`` in ``jobs`` processes (default: one per
    core, at most one per folder). Results come in folder order; ``progress`` is called as each
    folder finishes. Raises `DatasetError` for a missing or malformed dataset."""
    folders = timeline_folders(path, limit)
    for folder in folders:
        gold_timelines(folder / "timelines.jsonl")  # fail on a bad gold file before any work
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(folders)))
    started = time.perf_counter()
    if jobs == 1:
        results = list(_each(map(evaluate_folder, folders), progress))
    else:
        # largest folders first, so that the last one to finish is a small one
        order = sorted(folders, key=lambda f: -(f / "articles.jsonl").stat().st_size)
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {folder: pool.submit(evaluate_folder, folder) for folder in order}
            done = list(_each((futures[f].result() for f in order), progress))
        by_name = {r.folder: r for r in done}
        results = [by_name[f.name] for f in folders]
    return TimelineEvalResult(results, time.perf_counter() - started, jobs)


def _each(
    results: Iterable[FolderResult], progress: Callable[[FolderResult], None] | None
) -> Iterable[FolderResult]:
    for result in results:
        if progress is not None:
            progress(result)
        yield result


def _prf(figures: dict[str, float]) -> str:
    return " / ".join(f"{100 * figures[key]:.1f}" for key in PRF)


def table(result: TimelineEvalResult) -> Table:
    """One row a folder and a mean row: each system's date P / R / F1 (×100) and the number of
    dates newsfuse predicted against the gold timeline's; the stage seconds in the caption."""
    grid = Table(
        title=f"timeline17: {result.n} folders, date P / R / F1 (exact day, ×100)",
        caption=_caption(result),
    )
    grid.add_column("folder")
    grid.add_column("articles", justify="right")
    grid.add_column("gold dates", justify="right")
    grid.add_column("newsfuse dates", justify="right")
    for name in SYSTEMS:
        grid.add_column(name, justify="right")
    grid.add_column("s", justify="right")
    for f in result.folders:
        grid.add_row(
            f.folder,
            str(f.articles),
            "/".join(map(str, f.sizes)),
            f"{f.systems['newsfuse']['dates']:.0f}",
            *(_prf(f.systems[name]) for name in SYSTEMS),
            f"{sum(f.seconds.values()):.1f}",
        )
    means = result.means()
    grid.add_row(
        "mean over folders",
        "",
        "",
        f"{means['newsfuse']['dates']:.1f}",
        *(_prf(means[name]) for name in SYSTEMS),
        "",
        style="bold",
    )
    return grid


def _caption(result: TimelineEvalResult) -> str:
    seconds = result.seconds()
    stages = ", ".join(f"{stage} {seconds[stage]:.1f}" for stage in STAGES)
    return (
        f"Seconds summed over folders: {stages} (total {seconds['total']:.1f}); "
        f"wall {seconds['wall']:.1f} s with {result.jobs} process(es). "
        f"Metric: {METRIC}."
    )

"""`make bench` (second part): extraction and full briefs on every dev-set cluster.

Loads all Multi-News validation clusters and all AllSides roundups (uncleaned, through
`newsfuse.evaluate.datasets.load_raw`), and runs the full pipeline
`newsfuse.pipeline.build_brief` on each with default settings. Nothing is caught: an error
fails the run at once, naming the cluster, with a non-zero exit.

Timed separately:

* model load: one warm-up `build_brief` on the first Multi-News cluster (loads the NER model
  and any other lazy state), not counted below;
* clean+segment, extract: the pipeline's own calls, timed by wrapping the stage functions that
  `newsfuse.pipeline` calls (so every figure comes from the one real run; the run fails if a
  stage is never called, i.e. the pipeline no longer calls it by that name);
* brief: the whole `build_brief` call.

Then, for the extraction target, a second pass over the Multi-News clusters that uses both
cores: the clusters are prepared (`newsfuse.pipeline.prepare_articles`: ingest rules, clean,
segment; not timed) and split round-robin between ``--jobs`` forked worker processes, each of
which runs `newsfuse.extract.extract` on its share. The clock starts when every worker has
finished a warm-up extraction (model loaded) and stops when the last one is done: the wall
time of extracting all clusters on the machine's cores.

Issue targets: extraction on all 250 Multi-News clusters in < 60 s on 2 cores (model load
excluded); every Multi-News and AllSides cluster runs without error.

Usage: .venv/bin/python scripts/bench_extract.py [--data ../shared/data] [--limit N] [--jobs 2]
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsfuse.pipeline as pipeline
from newsfuse.evaluate.datasets import RawCluster, load_raw

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SETS = {"multinews": "multinews/validation.jsonl", "allsides": "allsides"}
EXTRACT_TARGET_S = 60.0


class StageClock:
    """Seconds spent in the pipeline's stage functions, by stage, since the last `reset`."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, stage: str, name: str) -> None:
        """Replace ``newsfuse.pipeline.<name>`` with a timed wrapper counted under ``stage``."""
        original: Callable[..., Any] = getattr(pipeline, name)  # AttributeError = renamed

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start
                self.calls[stage] = self.calls.get(stage, 0) + 1

        setattr(pipeline, name, timed)

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()


def _machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"nproc {os.cpu_count()}, {cpu}, Python {platform.python_version()}"


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout

    dirty = [line[3:] for line in git("status", "--porcelain").splitlines() if line.strip()]
    head = git("rev-parse", "--short", "HEAD").strip()
    return f"{head} + {len(dirty)} uncommitted path(s)" + (f": {', '.join(dirty)}" if dirty else "")


def _brief(cluster: RawCluster, name: str) -> Any:
    """build_brief on one cluster; any exception is re-raised naming the cluster."""
    try:
        return pipeline.build_brief(cluster.articles)
    except BaseException as err:
        raise RuntimeError(f"{name} cluster {cluster.id!r} failed: {err!r}") from err


def run_set(name: str, clusters: list[RawCluster], clock: StageClock) -> dict[str, float]:
    """Brief every cluster of one set; totals of seconds and of what the briefs hold."""
    clock.reset()
    totals = {"clusters": 0, "articles": 0, "brief": 0.0}
    counts = {"facts": 0, "conflicts": 0, "timeline": 0, "summary": 0}
    for cluster in clusters:
        start = time.perf_counter()
        brief = _brief(cluster, name)
        totals["brief"] += time.perf_counter() - start
        totals["clusters"] += 1
        totals["articles"] += len(brief.sources)
        for key in counts:
            counts[key] += len(getattr(brief, key))
    for stage in ("clean+segment", "extract"):
        if not clock.calls.get(stage):
            raise RuntimeError(f"the pipeline never called the {stage} stage: update this script")
    return {**totals, **clock.seconds, **counts}


def parallel_extract(clusters: list[RawCluster], jobs: int) -> tuple[float, list[float]]:
    """(wall seconds, each worker's seconds) of `extract` over ``clusters`` in ``jobs``
    forked processes, model load and warm-up excluded."""
    prepared = [pipeline.prepare_articles(cluster.articles) for cluster in clusters]
    shares = [prepared[i::jobs] for i in range(jobs)]
    context = multiprocessing.get_context("fork")
    ready = context.Barrier(jobs + 1)
    done: Any = context.Queue()
    workers = [
        context.Process(target=_extract_share, args=(share, ready, done)) for share in shares
    ]
    for worker in workers:
        worker.start()
    ready.wait()  # every worker has loaded the model and extracted once
    start = time.perf_counter()
    seconds = [done.get() for _ in workers]
    wall = time.perf_counter() - start
    for worker in workers:
        worker.join()
        if worker.exitcode:
            raise RuntimeError(f"an extraction worker failed (exit code {worker.exitcode})")
    return wall, seconds


def _extract_share(share: list[pipeline.Prepared], ready: Any, done: Any) -> None:
    pipeline.extract(share[0].articles, share[0].sentences)  # warm-up: model in this process
    ready.wait()
    start = time.perf_counter()
    for prepared in share:
        pipeline.extract(prepared.articles, prepared.sentences)
    done.put(time.perf_counter() - start)


def _report(name: str, figures: dict[str, float]) -> None:
    n = figures["clusters"]
    print(f"\n{name}: {n} clusters, {figures['articles']} articles briefed")
    for stage in ("clean+segment", "extract", "brief"):
        total = figures[stage]
        print(f"  {stage:14} {total:8.2f} s total  {1000 * total / n:8.1f} ms/cluster")
    print(
        f"  produced: {figures['facts']} facts, {figures['conflicts']} conflicts, "
        f"{figures['timeline']} timeline entries, {figures['summary']} summary sentences "
        f"(per cluster {figures['facts'] / n:.2f} / {figures['conflicts'] / n:.2f} / "
        f"{figures['timeline'] / n:.2f} / {figures['summary'] / n:.2f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None, help="only N clusters per set")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the extraction pass")
    args = parser.parse_args()

    clusters = {
        name: list(load_raw(name, args.data / rel, args.limit)) for name, rel in SETS.items()
    }
    print(f"machine: {_machine()}")
    print(f"code: {_commit()}")

    clock = StageClock()
    clock.wrap("clean+segment", "clean_article")
    clock.wrap("clean+segment", "segment_article")
    clock.wrap("extract", "extract")

    start = time.perf_counter()
    _brief(clusters["multinews"][0], "warm-up")
    print(
        f"model load (warm-up brief of one Multi-News cluster): {time.perf_counter() - start:.2f} s"
    )

    results = {}
    for name, sets in clusters.items():
        results[name] = run_set(name, sets, clock)
        _report(name, results[name])

    single = results["multinews"]["extract"]
    wall, seconds = parallel_extract(clusters["multinews"], args.jobs)
    n = results["multinews"]["clusters"]
    print(
        f"\nextract on {n} Multi-News clusters: {single:.1f} s in one process (above); "
        f"{wall:.1f} s wall in {args.jobs} processes "
        f"(per process {', '.join(f'{x:.1f}' for x in seconds)} s)"
    )
    verdict = "met" if wall < EXTRACT_TARGET_S else "NOT met"
    print(
        f"target: extract on {n} Multi-News clusters < {EXTRACT_TARGET_S:.0f} s on "
        f"{args.jobs} cores: {wall:.1f} s, {verdict}"
    )
    print("every cluster briefed without error")
    return 0


if __name__ == "__main__":
    sys.exit(main())

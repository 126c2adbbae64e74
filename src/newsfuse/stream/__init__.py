"""The stream: ingest → per-article stages → store → online assignment → briefs, resumable.

`cluster_stream` (and `cluster_paths`, which ingests paths first) runs three phases, each
made of small transactions on the `newsfuse.store.Store`, so that a run killed at any moment
and run again loses and duplicates nothing:

1. **Take in.** Articles arrive from ingest one by one (`newsfuse.ingest.iter_inputs`: JSONL
   is streamed; an exact copy under another id is kept, for the assignment step's dedup to
   attach to its story like a near-identical one). An article whose id is already stored with
   the same text is skipped (a re-run adds nothing); one whose id is taken by another text
   falls back to its origin, as ingest does within a run. New articles are grouped in
   partitions of ``partition_size`` and the per-article stages
   (`newsfuse.stream.stages.prepare_partition`: clean, segment, extract, embed, sign) run on
   each partition, **in-process** (``engine="local"``) or as **Dask
   tasks** (``engine="dask"``: a `LocalCluster` of ``workers`` processes, or the running
   cluster at ``scheduler``) with a bounded number of partitions in flight. Each prepared
   partition is written in one transaction, keyed by its input ordinal, so the order of
   completion does not matter.
2. **Assign.** Every pending article (stored, not assigned) is taken in publication order
   (undated last, then input ordinal), in windows of ``window`` articles. For each window the
   events that can still take its articles are loaded from the store (those already in memory
   are kept; cold ones are dropped), `newsfuse.cluster.Assigner` assigns the window, and the
   assignments, event updates and learned IDF are committed together. This global step is the
   same code for both engines and runs on the gathered vectors, so both give the same events.
3. **Briefs.** Touched events whose brief was built before are rebuilt, and the new version
   records what changed (`newsfuse.stream.history`); ``briefs="all"`` builds a brief for
   every touched event of at least two stories. Other briefs are built on request
   (`Store.event_brief`, ``newsfuse brief --store --event``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from newsfuse.cluster import DEFAULT_CONFIG, Assigner, ClusterConfig, Idf
from newsfuse.models import Article, Problem
from newsfuse.settings import DEFAULT_SETTINGS, Settings
from newsfuse.store import Store
from newsfuse.stream.stages import Features, Prepared, content_hash, prepare_partition

__all__ = ["StreamOptions", "StreamReport", "cluster_paths", "cluster_stream", "stream_settings"]

Engine = Literal["local", "dask"]


@dataclass(frozen=True)
class StreamOptions:
    """How a stream runs (not what it finds: that is `ClusterConfig`)."""

    engine: Engine = "local"
    scheduler: str | None = None
    workers: int = 2
    partition_size: int = 100
    window: int = 1000
    briefs: Literal["none", "existing", "all"] | bool = "existing"
    config: ClusterConfig = DEFAULT_CONFIG


@dataclass
class StreamReport:
    """What one run did; ``seconds`` per phase."""

    read: int = 0
    added: int = 0
    known: int = 0
    assigned: int = 0
    copies: int = 0
    new_events: int = 0
    touched: list[str] = field(default_factory=list)
    briefs: list[tuple[str, int, list[str]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def stream_settings(settings: Settings = DEFAULT_SETTINGS) -> Settings:
    """Ingest settings for a stream: a single brief's run limits (article count, total
    characters) do not apply to a stream, which is stored, not held in memory."""
    fields = {f.name for f in dataclasses.fields(Settings)}
    unlimited = {name: 1 << 62 for name in ("max_articles", "max_run_chars") if name in fields}
    return dataclasses.replace(settings, **unlimited)


def cluster_paths(
    paths: Sequence[str],
    store: Store,
    options: StreamOptions = StreamOptions(),
    settings: Settings = DEFAULT_SETTINGS,
    progress: Callable[[int], None] | None = None,
) -> StreamReport:
    """`cluster_stream` over files, folders and globs, read by ingest as a stream."""
    from newsfuse.ingest import iter_inputs

    return cluster_stream(
        iter_inputs(list(paths), stream_settings(settings), keep_copies=True),
        store,
        options,
        inputs=paths,
        progress=progress,
    )


def cluster_stream(
    items: Iterable[Article | Problem],
    store: Store,
    options: StreamOptions = StreamOptions(),
    inputs: Sequence[str] = (),
    progress: Callable[[int], None] | None = None,
) -> StreamReport:
    """Take in, assign and brief a stream of articles; see the module docstring."""
    report = StreamReport()
    run = store.begin_run(options.engine, list(inputs))
    started = time.perf_counter()
    partitions = _partitions(items, store, options.partition_size, report)
    if options.engine == "dask":
        _take_in_dask(partitions, store, run, options, report, progress)
    elif options.engine == "local":
        for partition in partitions:
            results = prepare_partition([a for _, a in partition], options.config)
            _store_partition(partition, results, store, run, report)
            if progress:
                progress(len(partition))
    else:
        raise ValueError(f"unknown engine {options.engine!r} (choose 'local' or 'dask')")
    report.seconds["take_in"] = time.perf_counter() - started

    started = time.perf_counter()
    _assign(store, run, options, report)
    report.seconds["assign"] = time.perf_counter() - started
    report.touched = store.touched_events(run)

    started = time.perf_counter()
    _refresh_briefs(store, report, options)
    report.seconds["briefs"] = time.perf_counter() - started
    store.finish_run(run, report.added, report.assigned)
    return report


# ---------------------------------------------------------------------- phase 1: take in

Partition = list[tuple[int, Article]]


def _partitions(
    items: Iterable[Article | Problem], store: Store, size: int, report: StreamReport
) -> Iterator[Partition]:
    """New articles with their input ordinals, in partitions; known ones are skipped."""
    ordinal = store.next_ordinal()
    batch: list[Article] = []
    taken: set[str] = set()

    def flush() -> Iterator[Partition]:
        nonlocal ordinal
        if not batch:
            return
        stored = store.stored_hashes(
            [a.id for a in batch] + [a.origin for a in batch if a.origin != a.id]
        )
        partition: Partition = []
        for article in batch:
            chosen = _choose_id(article, stored, taken)
            if chosen is None:
                report.known += 1
                continue
            if isinstance(chosen, Problem):
                report.problems.append(chosen)
                continue
            if chosen != article.id:
                article = dataclasses.replace(article, id=chosen)
            taken.add(chosen)
            partition.append((ordinal, article))
            ordinal += 1
        batch.clear()
        if partition:
            yield partition

    for item in items:
        if isinstance(item, Problem):
            report.problems.append(item)
            continue
        report.read += 1
        batch.append(item)
        if len(batch) >= size:
            yield from flush()
    yield from flush()


def _choose_id(article: Article, stored: dict[str, str], taken: set[str]) -> str | Problem | None:
    """The id to store ``article`` under; None when it is stored already (same text)."""
    digest = content_hash(article)
    for candidate in dict.fromkeys((article.id, article.origin)):
        known = stored.get(candidate)
        if known == digest:
            return None
        if known is None and candidate not in taken:
            return candidate
    return Problem(article.origin, f"id {article.id!r} is stored with another text, skipped")


def _store_partition(
    partition: Partition,
    results: Sequence[Features | Problem],
    store: Store,
    run: int,
    report: StreamReport,
) -> None:
    ready = []
    for (ordinal, article), result in zip(partition, results, strict=True):
        if isinstance(result, Problem):
            report.problems.append(result)
        else:
            ready.append((ordinal, Prepared(article, result)))
    if ready:
        report.added += store.add_articles(ready, run)


#: Dask keeps the last ``distributed.admin.low-level-log-length`` messages of every batched
#: connection (default 1,000) for debugging, each smaller than 1 MB in full. Our messages carry
#: whole partitions of article text, so with the default the client and the scheduler each held
#: ~1,000 partitions (the process tree grew ~16 MB per 1,000 articles until those logs filled).
DASK_LOG_LENGTH = 20


def _take_in_dask(
    partitions: Iterator[Partition],
    store: Store,
    run: int,
    options: StreamOptions,
    report: StreamReport,
    progress: Callable[[int], None] | None,
) -> None:
    """Phase 1 on Dask: partitions are tasks; at most 2 per worker in flight (memory)."""
    import dask
    from dask.distributed import Client, LocalCluster, as_completed

    with dask.config.set({"distributed.admin.low-level-log-length": DASK_LOG_LENGTH}):
        cluster = None
        if options.scheduler:
            client = Client(options.scheduler)
        else:
            cluster = LocalCluster(
                n_workers=options.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # a free port: never clash with a running dashboard
            )
            client = Client(cluster)
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})) or options.workers)
            limit = 2 * workers
            pending: dict[Any, Partition] = {}
            queue = as_completed()
            for partition in partitions:
                future = client.submit(
                    prepare_partition, [a for _, a in partition], options.config, pure=False
                )
                pending[future] = partition
                queue.add(future)
                while len(pending) >= limit:
                    _collect(next(queue), pending, store, run, report, progress)
            while pending:
                _collect(next(queue), pending, store, run, report, progress)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _collect(
    future: Any,
    pending: dict[Any, Partition],
    store: Store,
    run: int,
    report: StreamReport,
    progress: Callable[[int], None] | None,
) -> None:
    partition = pending.pop(future)
    _store_partition(partition, future.result(), store, run, report)
    future.release()
    if progress:
        progress(len(partition))


# ---------------------------------------------------------------------- phase 2: assign


def _assigner(store: Store, config: ClusterConfig) -> Assigner:
    """An assigner resuming from the store's IDF (the hash size must match)."""
    bits = store.meta("hash_bits")
    if bits is None:
        store.set_meta("hash_bits", str(config.hash_bits))
    elif int(bits) != config.hash_bits:
        config = dataclasses.replace(config, hash_bits=int(bits))
    blob = store.state_blob("idf_df")
    idf = None
    if blob is not None:
        idf = Idf.from_bytes(blob, int(store.meta("idf_n") or 0), config.hash_bits)
    return Assigner(config, idf)


def _assign(store: Store, run: int, options: StreamOptions, report: StreamReport) -> None:
    keys = store.pending_keys()
    if not keys:
        return
    assigner = _assigner(store, options.config)
    config = assigner.config
    copy_index_loaded = False
    for lo in range(0, len(keys), options.window):
        chunk = keys[lo : lo + options.window]
        ids = [k[0] for k in chunk]
        dates = [dt.date.fromisoformat(k[1]) for k in chunk if k[1] is not None]
        first, last = (min(dates), max(dates)) if dates else (None, None)
        assigner.evict(first)
        for event in store.active_events(
            first,
            last,
            config.cold_days,
            config.max_members,
            config.max_active,
            set(assigner.events),
        ):
            assigner.load_event(event)
        if not copy_index_loaded:
            since = None if first is None else first - dt.timedelta(days=config.dedup_days)
            for article_id, sig, published, event_id in store.recent_signatures(
                since, assigner.dedup.max_undated
            ):
                assigner.index_copy_source(article_id, sig, published, event_id)
            copy_index_loaded = True
        candidates = store.candidates(ids)
        decisions = assigner.assign_window(candidates)
        store.commit_window(decisions, candidates, run, assigner.idf.to_bytes(), assigner.idf.n)
        report.assigned += len(decisions)
        report.copies += sum(d.dup_of is not None for d in decisions)
        report.new_events += sum(d.new_event for d in decisions)


# ---------------------------------------------------------------------- phase 3: briefs


def _refresh_briefs(store: Store, report: StreamReport, options: StreamOptions) -> None:
    mode = options.briefs
    if mode is True:
        mode = "all"
    if mode in (False, "none"):
        return
    for event_id in report.touched:
        if store.has_brief(event_id):
            pass
        elif mode != "all" or store.event(event_id).size < 2:
            continue
        version = store.brief_version(event_id)
        report.briefs.append((event_id, version.version, list(version.changes)))

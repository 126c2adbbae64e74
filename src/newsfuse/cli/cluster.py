"""`newsfuse cluster`: a stream of articles in, events (with briefs on request) in a store."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from newsfuse.cli.app import (
    EXIT_USAGE,
    app,
    emit_brief,
    escape_markup,
    fail,
    progress,
    stderr,
    write_output,
)
from newsfuse.settings import DEFAULT_SETTINGS, Settings

#: Events printed after a run (the touched ones, largest first); the rest are counted.
SHOWN = 25


@app.command()
def cluster(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders or globs of .jsonl/.json/.txt/.html articles; '-' = stdin.",
            show_default=False,
        ),
    ],
    store_path: Annotated[
        Path | None,
        typer.Option(
            "--store",
            help="SQLite store to add to (created if missing) [default: news.db in the user's "
            "data folder].",
            show_default=False,
        ),
    ] = None,
    json_out: Annotated[
        Path | None,
        typer.Option(
            "--json", help="Write every event of the store with its article ids ('-' = stdout)."
        ),
    ] = None,
    engine: Annotated[
        str,
        typer.Option("--engine", help="Per-article stages: 'local' (in-process) or 'dask'."),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address (tcp://host:8786) [default: a LocalCluster].",
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="LocalCluster worker processes (dask).")
    ] = 2,
    briefs: Annotated[
        str,
        typer.Option(
            "--briefs",
            help="After clustering, rebuild briefs of touched events: 'existing' (those built "
            "before: their history shows what changed), 'all' (every touched event of 2+ "
            "articles) or 'none'.",
        ),
    ] = "existing",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no event list.")] = False,
    partition_size: Annotated[
        int, typer.Option("--partition-size", min=1, help="Articles per per-article task.")
    ] = 100,
    window: Annotated[
        int, typer.Option("--window", min=1, help="Articles per assignment transaction.")
    ] = 1000,
) -> None:
    """Group a news stream into events, online, in publication order, kept in a store.

    Exact and near-identical copies (MinHash, 80 %+ the same) stay attached to their story as
    extra outlets. Running again with more input only processes the new articles and updates the
    events they touch; killing a run loses nothing (re-run it).

    Examples:

      newsfuse cluster crawl/*.jsonl --store news.db --json events.json

      newsfuse cluster new-folder/ --store news.db --engine dask --scheduler tcp://host:8786

      newsfuse brief --store news.db --event ev-3f2a91c0de
    """
    from newsfuse.store import Store, StoreError, default_path
    from newsfuse.stream import StreamOptions, cluster_paths

    if engine not in ("local", "dask"):
        raise fail(f"unknown engine {engine!r} (choose 'local' or 'dask')", code=EXIT_USAGE)
    if briefs not in ("existing", "all", "none"):
        raise fail(f"unknown --briefs {briefs!r} (existing, all or none)", code=EXIT_USAGE)
    if scheduler and engine != "dask":
        raise fail("--scheduler needs --engine dask", code=EXIT_USAGE)
    if engine == "dask":
        try:
            import dask.distributed  # noqa: F401
        except ImportError:
            raise fail("--engine dask needs dask: pip install 'newsfuse[dask]'") from None
    path = store_path or default_path()
    try:
        store = Store(path)
    except StoreError as err:
        raise fail(str(err)) from None
    with store, progress() as bar:
        task = bar.add_task("cluster", total=None)
        options = StreamOptions(
            engine=engine,  # type: ignore[arg-type]
            scheduler=scheduler,
            workers=workers,
            briefs=briefs,  # type: ignore[arg-type]
            partition_size=partition_size,
            window=window,
        )
        report = cluster_paths(paths, store, options, progress=lambda n: bar.advance(task, n))
        for problem in report.problems:
            level = "[yellow]skipped:[/]" if problem.fatal else "[yellow]warning:[/]"
            stderr.print(f"{level} {escape_markup(str(problem))}", markup=True)
        counts = store.counts()
        events = {e.id: e for e in store.list_events()}
        document = store.events_document() if json_out is not None else None
    if report.read == 0 and report.added == 0 and counts["articles"] == 0:
        raise fail("no usable articles in the input")
    stderr.print(
        f"{report.read} read, {report.added} new, {report.known} already stored; "
        f"{report.assigned} assigned ({report.copies} copies, {report.new_events} new events), "
        f"{len(report.touched)} events touched; store {path}: {counts['articles']} articles, "
        f"{counts['events']} events"
    )
    stderr.print(
        "timings: "
        + ", ".join(
            f"{phase.replace('_', ' ')} {secs:.1f} s" for phase, secs in report.seconds.items()
        )
    )
    for event_id, version, changes in report.briefs:
        if version > 1 and changes:
            stderr.print(f"brief {event_id} v{version}: " + escape_markup("; ".join(changes[:5])))
    if document is not None:
        write_output(json_out, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    if quiet or str(json_out) == "-":
        return
    touched = sorted(
        (events[e] for e in report.touched if e in events), key=lambda e: (-e.size, e.id)
    )
    out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
    for event in touched[:SHOWN]:
        dates = f"{event.first or '?'}..{event.last or '?'}" if event.first else "undated"
        out.print(f"{event.id}  {event.size:>5}  {dates:<22}  {escape_markup(event.title)}")
    if len(touched) > SHOWN:
        out.print(f"... and {len(touched) - SHOWN} more touched events (--json for all)")


def stored_brief(
    store_path: Path | None,
    event_id: str | None,
    settings: Settings,
    json_out: Path | None,
    md_out: Path | None,
    html_out: Path | None,
    quiet: bool,
) -> None:
    """`newsfuse brief --store FILE --event ID`: the event's latest brief (rebuilt when its
    articles changed), written like any brief, and what changed since the version before.
    Options that change a brief (``--words``, ``--ner``, ``--embedder``) build one for this
    call from the event's articles; the stored versions stay comparable, built alike."""
    from newsfuse.store import Store, StoreError, default_path

    if event_id is None:
        raise fail(
            "--store needs --event ID (the ids are in `newsfuse cluster` output)", EXIT_USAGE
        )
    path = store_path or default_path()
    if not path.exists():
        raise fail(f"{path}: no such store (make one with `newsfuse cluster --store`)")
    custom = settings != DEFAULT_SETTINGS  # --words, --ner, --embedder: built for this call
    articles = []
    try:
        with Store(path) as store:  # stored versions are built with the defaults
            version = store.brief_version(event_id)
            history = store.brief_history(event_id)
            if custom:
                articles = [store.article(a) for a in store.event_articles(event_id)]
    except StoreError as err:
        raise fail(str(err)) from None
    except KeyError:
        raise fail(f"{path}: no event {event_id!r}") from None
    result = version.brief
    if custom:
        from newsfuse.pipeline import build_brief

        result = build_brief(articles, settings)
        stderr.print("built with the options given; the stored versions keep the defaults")
    stderr.print(
        f"event {event_id}: brief version {version.version} of {len(history)}, "
        f"{len(version.article_ids)} stories"
    )
    if version.version > 1:
        if version.changes:
            stderr.print(f"changed since version {version.version - 1}:")
            for line in version.changes:
                stderr.print(f"  {escape_markup(line)}")
        else:
            stderr.print(f"no change in the brief since version {version.version - 1}")
    emit_brief(result, json_out, md_out, html_out, quiet)


def eval_clustering(
    path: Path, dataset: str, limit: int | None, json_out: Path | None, seed: int | None = None
) -> None:
    """`newsfuse eval --dataset clustering[-multinews|-allsides] PATH`: BCubed of the events
    of the merged, shuffled labelled stream, with the baselines in the same run."""
    from newsfuse.evaluate.clustering import (
        CLUSTERING_SETS,
        SEED,
        detect_set,
        evaluate_clustering,
    )
    from newsfuse.evaluate.datasets import DatasetError

    name = dataset.removeprefix("clustering").removeprefix("-")
    try:
        if not name:
            name = detect_set(path)
        elif name not in CLUSTERING_SETS:
            raise fail(
                f"unknown dataset {dataset!r} (clustering, clustering-multinews, "
                "clustering-allsides)",
                code=EXIT_USAGE,
            )
        with progress() as bar:
            task = bar.add_task(f"eval clustering-{name}", total=None)
            result = evaluate_clustering(
                name,
                path,
                limit=limit,
                seed=SEED if seed is None else seed,
                progress=lambda n: bar.advance(task, n),
            )
    except DatasetError as err:
        raise fail(str(err)) from None
    if result.articles == 0:
        raise fail(f"{path}: no articles to cluster")
    if json_out is not None:
        write_output(json_out, json.dumps(result.to_dict(), indent=2) + "\n")
    if str(json_out) == "-":
        return
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 140)
    console.print(
        _clustering_table(
            f"clustering-{name}: {result.articles} articles in {result.true_events} true events"
            " (BCubed)",
            result.systems,
        )
    )
    if result.with_text < result.articles:
        console.print(
            _clustering_table(
                f"the same, on the {result.with_text} articles with text in "
                f"{result.with_text_events} true events (leaving out "
                f"{result.articles - result.with_text} the cleaning empties: crawl notices, "
                "widgets, sign-in forms; baselines re-tuned)",
                result.systems_with_text,
            )
        )


def _clustering_table(title: str, systems: dict[str, dict[str, float]]) -> Table:
    """One BCubed table: a row per system, with its threshold or speed as a note."""
    table = Table(title=title)
    for column in ("system", "precision", "recall", "F1", "events", "note"):
        table.add_column(column, justify="left" if column in ("system", "note") else "right")
    for system, figures in systems.items():
        note = ""
        if system == "tfidf-threshold-other-set":
            note = f"threshold {figures['threshold']:.2f} tuned on the other set"
        elif "threshold" in figures:
            note = f"threshold {figures['threshold']:.2f} tuned on this set"
        elif "articles_per_second" in figures:
            note = (
                f"{figures['articles_per_second']:.0f} articles/s, {figures['copies']:.0f} copies"
            )
        table.add_row(
            system,
            f"{figures['precision']:.3f}",
            f"{figures['recall']:.3f}",
            f"{figures['f1']:.3f}",
            f"{figures['events']:.0f}",
            note,
        )
    return table

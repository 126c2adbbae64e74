"""`newsfuse eval`: newsfuse against peer summarizers and baselines on labelled datasets."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newsfuse.cli.app import EXIT_USAGE, app, fail, progress, write_output
from newsfuse.settings import DEFAULT_SETTINGS


@app.command("eval")
def eval_(
    path: Annotated[
        Path,
        typer.Argument(
            help="Multi-News: validation.jsonl or another .jsonl of its records (or its "
            "folder). AllSides: val.source with val.target beside it, or another .source/.target "
            "pair such as test.source (or their folder). Timeline17: its root folder, or one "
            "<topic>_<outlet> folder.",
            show_default=False,
        ),
    ],
    dataset: Annotated[
        str,
        typer.Option(
            "--dataset",
            "-d",
            help="'multinews', 'allsides', 'timeline17', or 'clustering' (events of a merged, "
            "shuffled labelled stream: the set is recognised from PATH; or name it: "
            "'clustering-multinews', 'clustering-allsides').",
            show_default=False,
        ),
    ],
    limit: Annotated[
        int | None,
        typer.Option("--limit", "-n", min=1, help="Only the first N clusters (or folders)."),
    ] = None,
    words: Annotated[
        int | None,
        typer.Option(
            "--words", min=10, max=2000, help="Word budget [default: 300 Multi-News, 65 AllSides]."
        ),
    ] = None,
    peers: Annotated[
        str, typer.Option("--peers", help="Comma-separated peers: lead, lexrank, textrank, random.")
    ] = "lead,lexrank,textrank,random",
    json_out: Annotated[
        Path | None,
        typer.Option("--json", help="Write the figures as JSON to FILE ('-' = stdout)."),
    ] = None,
    embedder: Annotated[
        str, typer.Option("--embedder", help="newsfuse's embedder: 'tfidf' or 'minilm'.")
    ] = DEFAULT_SETTINGS.embedder,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Timeline17: worker processes [default: cores]."),
    ] = None,
    seed: Annotated[
        int | None,
        typer.Option(
            "--seed",
            help="Clustering: the seed of the stream's shuffle [default: 13] (other seeds show "
            "how much the arrival order moves the figures).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Score newsfuse against peer summarizers with ROUGE, citation precision and timing.

    Every system runs on the same clusters, in the same run, with the same word budget (the
    last sentence cut at the budget word); needs the eval extra: pip install 'newsfuse\\[eval]'.
    Timeline17 scores the timeline's dates against journalists' timelines (date P/R/F1) with
    two baselines: the most frequent publication dates and the dates most articles mention.

    Examples:

      newsfuse eval --dataset multinews ../shared/data/multinews/validation.jsonl

      newsfuse eval --dataset allsides ../shared/data/allsides --limit 20 --json out.json

      newsfuse eval --dataset timeline17 ../shared/data/timeline17 --json out.json

      newsfuse eval --dataset clustering ../shared/data/allsides --json out.json
    """
    import json

    if dataset == "timeline17":
        _eval_timelines(path, limit, jobs, json_out)
        return
    if dataset.startswith("clustering"):
        from newsfuse.cli.cluster import eval_clustering

        eval_clustering(path, dataset, limit, json_out, seed)
        return

    try:
        from newsfuse.evaluate import DATASETS, PEERS, DatasetError, evaluate
        from newsfuse.evaluate.report import table
    except ImportError as err:
        raise fail(f"{err.name} is missing: pip install 'newsfuse[eval]'") from None

    if dataset not in DATASETS:
        choices = ", ".join((*DATASETS, "timeline17"))
        raise fail(f"unknown dataset {dataset!r} (choose from {choices})", code=EXIT_USAGE)
    chosen = [p.strip() for p in peers.split(",") if p.strip()]
    if unknown := [p for p in chosen if p not in PEERS]:
        names, choices = ", ".join(unknown), ", ".join(PEERS)
        raise fail(f"unknown peer(s) {names} (choose from {choices})", EXIT_USAGE)
    if embedder not in ("tfidf", "minilm"):
        raise fail(f"unknown embedder {embedder!r} (choose 'tfidf' or 'minilm')", code=EXIT_USAGE)
    if not path.exists():
        raise fail(f"{path}: no such file or folder")

    from newsfuse.evaluate.datasets import count_clusters

    try:
        total = count_clusters(dataset, path, limit)
        with progress() as bar:
            task = bar.add_task(f"eval {dataset}", total=total)
            result = evaluate(
                dataset,
                path,
                limit=limit,
                words=words,
                peers=chosen,
                embedder=embedder,
                progress=lambda _cluster: bar.advance(task),
            )
    except DatasetError as err:
        raise fail(str(err)) from None
    if result.n == 0:
        raise fail(f"{path}: no clusters to evaluate")

    if json_out is not None:
        write_output(json_out, json.dumps(result.to_dict(), indent=2) + "\n")
    if str(json_out) != "-":
        # a pipe or file gets the full table, not one squeezed to 80 columns
        Console(highlight=False, width=None if sys.stdout.isatty() else 140).print(table(result))


def _eval_timelines(path: Path, limit: int | None, jobs: int | None, json_out: Path | None) -> None:
    """`newsfuse eval --dataset timeline17`: timeline dates against journalists' timelines."""
    import json

    from newsfuse.evaluate.datasets import DatasetError
    from newsfuse.evaluate.timelines import evaluate_timelines, table, timeline_folders

    try:
        total = len(timeline_folders(path, limit))
        with progress() as bar:
            task = bar.add_task("eval timeline17", total=total)
            result = evaluate_timelines(
                path, limit=limit, jobs=jobs, progress=lambda _folder: bar.advance(task)
            )
    except DatasetError as err:
        raise fail(str(err)) from None
    if json_out is not None:
        write_output(json_out, json.dumps(result.to_dict(), indent=2) + "\n")
    if str(json_out) != "-":
        Console(highlight=False, width=None if sys.stdout.isatty() else 160).print(table(result))

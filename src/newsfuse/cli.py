"""The `newsfuse` command line.

Heavy modules (spaCy, trafilatura) are imported inside the commands so that `--help`
and argument errors answer instantly. Bad input never produces a traceback: each unusable
input is named in one line on stderr, and the exit code is non-zero only when nothing usable
remains (1) or the command line itself is wrong (2).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from newsfuse.settings import DEFAULT_SETTINGS

if TYPE_CHECKING:
    from rich.progress import Progress

app = typer.Typer(
    help="Turn many news reports of one event into one source-attributed brief.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
_stderr = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_NO_INPUT = 1


def _fail(message: str, code: int = EXIT_NO_INPUT) -> typer.Exit:
    _stderr.print(f"[bold red]newsfuse:[/] {message}", markup=True)
    return typer.Exit(code)


def _write(path: Path, text: str) -> None:
    """Write an output file, or stdout for '-'; a bad path is a user error, not a traceback."""
    if str(path) == "-":
        sys.stdout.write(text)
        return
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise _fail(f"cannot write {path}: {err.strerror or err}") from None


@app.command()
def brief(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders or globs of .txt, .html, .json, .jsonl articles; '-' = stdin.",
            show_default=False,
        ),
    ],
    json_out: Annotated[
        Path | None,
        typer.Option(
            "--json", help="Write brief.json (the public contract) to FILE ('-' = stdout)."
        ),
    ] = None,
    md_out: Annotated[
        Path | None, typer.Option("--md", help="Write the Markdown brief to FILE ('-' = stdout).")
    ] = None,
    words: Annotated[
        int, typer.Option("--words", min=10, max=2000, help="Summary length budget in words.")
    ] = DEFAULT_SETTINGS.words,
    embedder: Annotated[
        str,
        typer.Option(
            "--embedder",
            help="Sentence embeddings: 'tfidf' (fast) or 'minilm' (needs newsfuse[neural]).",
        ),
    ] = DEFAULT_SETTINGS.embedder,
    ner: Annotated[
        str | None,
        typer.Option(
            "--ner",
            help="Entity backend: 'spacy' (default when installed) or 'rules' (no model, faster).",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Don't print the brief to the terminal.")
    ] = False,
) -> None:
    """Read articles about one event and print a brief whose every sentence cites its sources.

    Examples:

      newsfuse brief examples/ain-al-asad

      newsfuse brief 'crawl/*.jsonl' --json brief.json --md brief.md --words 200

      cat article.txt | newsfuse brief - --json -
    """
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import NoUsableInput, build_brief
    from newsfuse.render import to_markdown

    if embedder not in ("tfidf", "minilm"):
        raise _fail(f"unknown embedder {embedder!r} (choose 'tfidf' or 'minilm')", code=2)
    if ner not in (None, "spacy", "rules"):
        raise _fail(f"unknown entity backend {ner!r} (choose 'spacy' or 'rules')", code=2)
    settings = dataclasses.replace(DEFAULT_SETTINGS, words=words, embedder=embedder, ner=ner)

    ingested = read_inputs(paths, settings)
    for problem in ingested.problems:
        level = "[yellow]skipped:[/]" if problem.fatal else "[yellow]warning:[/]"
        _stderr.print(f"{level} {_escape_markup(str(problem))}", markup=True)
    try:
        result = build_brief(ingested.articles, settings, ingested.problems)
    except NoUsableInput as err:
        raise _fail(
            f"no usable articles in the input ({len(err.problems)} problem(s) above)"
        ) from None

    markdown = to_markdown(result)
    if json_out is not None:
        _write(json_out, result.to_json() + "\n")
    if md_out is not None:
        _write(md_out, markdown)
    if quiet or "-" in (str(json_out), str(md_out)):
        return
    if sys.stdout.isatty():
        from rich.markdown import Markdown

        Console().print(Markdown(markdown))
    else:
        sys.stdout.write(markdown)


@app.command()
def schema(
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE.")] = None,
) -> None:
    """Print the JSON Schema of brief.json (generated from the data model)."""
    from newsfuse.render.json import schema_text

    _write(out or Path("-"), schema_text())


def _progress() -> Progress:
    """The progress bar long commands draw on stderr (it disappears when done)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    return Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=_stderr,
        transient=True,
    )


def _escape_markup(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def main() -> None:
    """Console entry point: an unexpected error becomes one line (NEWSFUSE_DEBUG=1: traceback)."""
    try:
        app()
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as err:
        if os.environ.get("NEWSFUSE_DEBUG"):
            raise
        _stderr.print(f"[bold red]newsfuse: internal error:[/] {_escape_markup(repr(err))}")
        _stderr.print("Re-run with NEWSFUSE_DEBUG=1 for the traceback, and please report it.")
        raise SystemExit(70) from None


@app.command("eval")
def eval_(
    path: Annotated[
        Path,
        typer.Argument(
            help="Multi-News: validation.jsonl (or its folder). AllSides: the folder with "
            "val.source and val.target (or val.source). Timeline17: its root folder, or one "
            "<topic>_<outlet> folder.",
            show_default=False,
        ),
    ],
    dataset: Annotated[
        str,
        typer.Option(
            "--dataset", "-d", help="'multinews', 'allsides' or 'timeline17'.", show_default=False
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
) -> None:
    """Score newsfuse against peer summarizers with ROUGE, citation precision and timing.

    Every system runs on the same clusters, in the same run, with the same word budget (the
    last sentence cut at the budget word); needs the eval extra: pip install 'newsfuse[eval]'.
    Timeline17 scores the timeline's dates against journalists' timelines (date P/R/F1) with
    two baselines: the most frequent publication dates and the dates most articles mention.

    Examples:

      newsfuse eval --dataset multinews ../shared/data/multinews/validation.jsonl

      newsfuse eval --dataset allsides ../shared/data/allsides --limit 20 --json out.json

      newsfuse eval --dataset timeline17 ../shared/data/timeline17 --json out.json
    """
    import json

    if dataset == "timeline17":
        _eval_timelines(path, limit, jobs, json_out)
        return

    try:
        from newsfuse.evaluate import DATASETS, PEERS, DatasetError, evaluate
        from newsfuse.evaluate.report import table
    except ImportError as err:
        raise _fail(f"{err.name} is missing: pip install 'newsfuse[eval]'") from None

    if dataset not in DATASETS:
        choices = ", ".join((*DATASETS, "timeline17"))
        raise _fail(f"unknown dataset {dataset!r} (choose from {choices})", code=2)
    chosen = [p.strip() for p in peers.split(",") if p.strip()]
    if unknown := [p for p in chosen if p not in PEERS]:
        raise _fail(f"unknown peer(s) {', '.join(unknown)} (choose from {', '.join(PEERS)})", 2)
    if embedder not in ("tfidf", "minilm"):
        raise _fail(f"unknown embedder {embedder!r} (choose 'tfidf' or 'minilm')", code=2)
    if not path.exists():
        raise _fail(f"{path}: no such file or folder")

    from newsfuse.evaluate.datasets import count_clusters

    try:
        total = count_clusters(dataset, path, limit)
        with _progress() as bar:
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
        raise _fail(_escape_markup(str(err))) from None
    if result.n == 0:
        raise _fail(f"{path}: no clusters to evaluate")

    if json_out is not None:
        _write(json_out, json.dumps(result.to_dict(), indent=2) + "\n")
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
        with _progress() as bar:
            task = bar.add_task("eval timeline17", total=total)
            result = evaluate_timelines(
                path, limit=limit, jobs=jobs, progress=lambda _folder: bar.advance(task)
            )
    except DatasetError as err:
        raise _fail(_escape_markup(str(err))) from None
    if json_out is not None:
        _write(json_out, json.dumps(result.to_dict(), indent=2) + "\n")
    if str(json_out) != "-":
        Console(highlight=False, width=None if sys.stdout.isatty() else 160).print(table(result))

"""`newsfuse brief` and `newsfuse schema`: one cluster of articles in, one brief out."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Annotated

import typer

from newsfuse.cli.app import (
    EXIT_USAGE,
    app,
    check_outputs,
    emit_brief,
    escape_markup,
    fail,
    stderr,
    write_output,
)
from newsfuse.settings import DEFAULT_SETTINGS


@app.command()
def brief(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, folders or globs of .txt, .html, .json, .jsonl articles; '-' = stdin.",
            show_default=False,
        ),
    ] = None,
    json_out: Annotated[
        Path | None,
        typer.Option(
            "--json", help="Write brief.json (the public contract) to FILE ('-' = stdout)."
        ),
    ] = None,
    md_out: Annotated[
        Path | None, typer.Option("--md", help="Write the Markdown brief to FILE ('-' = stdout).")
    ] = None,
    html_out: Annotated[
        Path | None,
        typer.Option("--html", help="Write the self-contained HTML report to FILE ('-' = stdout)."),
    ] = None,
    words: Annotated[
        int, typer.Option("--words", min=10, max=2000, help="Summary length budget in words.")
    ] = DEFAULT_SETTINGS.words,
    embedder: Annotated[
        str,
        typer.Option(
            "--embedder",
            help="Sentence embeddings: 'tfidf' (fast) or 'minilm' (needs newsfuse\\[neural]).",
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
    max_articles: Annotated[
        int | None,
        typer.Option(
            "--max-articles",
            min=1,
            help=f"Use at most N articles (default {DEFAULT_SETTINGS.max_articles:,}); "
            "later inputs are skipped.",
            show_default=False,
        ),
    ] = None,
    max_chars: Annotated[
        int | None,
        typer.Option(
            "--max-chars",
            min=1,
            help=f"Use at most N characters of article text in all (default "
            f"{DEFAULT_SETTINGS.max_run_chars:,}); later inputs are skipped.",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Don't print the brief to the terminal.")
    ] = False,
    store_path: Annotated[
        Path | None,
        typer.Option("--store", help="A store made by `newsfuse cluster` (with --event)."),
    ] = None,
    event: Annotated[
        str | None,
        typer.Option(
            "--event",
            help="Brief of this stored event (built if stale), and what changed since the "
            "version before.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Read articles about one event and print a brief whose every sentence cites its sources.

    Examples:

      newsfuse brief examples/ain-al-asad

      newsfuse brief 'crawl/*.jsonl' --json brief.json --md brief.md --words 200

      newsfuse brief examples/ain-al-asad --html report.html

      cat article.txt | newsfuse brief - --json -
    """
    from newsfuse.embed import neural_installed
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import NoUsableInput, build_brief

    if embedder not in ("tfidf", "minilm"):
        raise fail(f"unknown embedder {embedder!r} (choose 'tfidf' or 'minilm')", code=EXIT_USAGE)
    if embedder == "minilm" and not neural_installed():
        raise fail(
            "the 'minilm' embedder needs the neural extra: pip install 'newsfuse[neural]'",
            code=EXIT_USAGE,
        )
    check_outputs(json_out, md_out, html_out)
    if ner not in (None, "spacy", "rules"):
        raise fail(f"unknown entity backend {ner!r} (choose 'spacy' or 'rules')", code=EXIT_USAGE)
    limits = {"max_articles": max_articles, "max_run_chars": max_chars}
    settings = dataclasses.replace(
        DEFAULT_SETTINGS,
        words=words,
        embedder=embedder,
        ner=ner,
        **{name: value for name, value in limits.items() if value is not None},
    )
    if event is not None or store_path is not None:  # a stored event (newsfuse cluster)
        from newsfuse.cli.cluster import stored_brief

        if paths:
            raise fail("give input paths or --store/--event, not both", code=EXIT_USAGE)
        stored_brief(store_path, event, settings, json_out, md_out, html_out, quiet)
        return
    if not paths:
        raise fail("no input: give files, folders or globs (or --store and --event)", EXIT_USAGE)

    ingested = read_inputs(paths, settings)
    for problem in ingested.problems:
        _report(str(problem), problem.fatal)
    try:
        result = build_brief(ingested.articles, settings, ingested.problems)
    except NoUsableInput as err:
        for problem in err.problems[len(ingested.problems) :]:  # met after ingest
            _report(str(problem), problem.fatal)
        raise fail(
            f"no usable articles in the input ({len(err.problems)} problem(s) above)"
        ) from None
    for line in result.warnings[len(ingested.problems) :]:  # cleaning, segmenting, run limits
        _report(line, line.endswith("skipped"))

    emit_brief(result, json_out, md_out, html_out, quiet)


# Control characters and bidi overrides in file names or record fields must neither break the
# one-line-per-problem promise nor drive the terminal (escape sequences, reversed text).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _report(line: str, skipped: bool) -> None:
    """One problem, one line on stderr."""
    level = "[yellow]skipped:[/]" if skipped else "[yellow]warning:[/]"
    line = _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], line)
    stderr.print(f"{level} {escape_markup(line)}", markup=True)


@app.command()
def schema(
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE.")] = None,
) -> None:
    """Print the JSON Schema of brief.json (generated from the data model)."""
    from newsfuse.render.json import schema_text

    write_output(out or Path("-"), schema_text())

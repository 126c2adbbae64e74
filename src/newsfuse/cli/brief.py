"""`newsfuse brief` and `newsfuse schema`: one cluster of articles in, one brief out."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newsfuse.cli.app import EXIT_USAGE, app, escape_markup, fail, stderr, write_output
from newsfuse.settings import DEFAULT_SETTINGS


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
        raise fail(f"unknown embedder {embedder!r} (choose 'tfidf' or 'minilm')", code=EXIT_USAGE)
    if ner not in (None, "spacy", "rules"):
        raise fail(f"unknown entity backend {ner!r} (choose 'spacy' or 'rules')", code=EXIT_USAGE)
    settings = dataclasses.replace(DEFAULT_SETTINGS, words=words, embedder=embedder, ner=ner)

    ingested = read_inputs(paths, settings)
    for problem in ingested.problems:
        level = "[yellow]skipped:[/]" if problem.fatal else "[yellow]warning:[/]"
        stderr.print(f"{level} {escape_markup(str(problem))}", markup=True)
    try:
        result = build_brief(ingested.articles, settings, ingested.problems)
    except NoUsableInput as err:
        raise fail(
            f"no usable articles in the input ({len(err.problems)} problem(s) above)"
        ) from None

    markdown = to_markdown(result)
    if json_out is not None:
        write_output(json_out, result.to_json() + "\n")
    if md_out is not None:
        write_output(md_out, markdown)
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

    write_output(out or Path("-"), schema_text())

"""The typer application and what every command shares: stderr console, errors, output files.

Each command lives in its own module of this package and registers itself on `app`;
`newsfuse.cli` imports them all. Heavy modules (spaCy, trafilatura, dask) are imported inside
the commands so that `--help` and argument errors answer instantly.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console

if TYPE_CHECKING:
    from rich.progress import Progress

    from newsfuse.models import Brief

app = typer.Typer(
    help="Turn many news reports of one event into one source-attributed brief.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_NO_INPUT = 1
EXIT_USAGE = 2


def fail(message: str, code: int = EXIT_NO_INPUT) -> typer.Exit:
    """Print one red line on stderr and return the exit to raise."""
    stderr.print(f"[bold red]newsfuse:[/] {escape_markup(message)}", markup=True)
    return typer.Exit(code)


def write_output(path: Path, text: str) -> None:
    """Write an output file, or stdout for '-'; a bad path is a user error, not a traceback."""
    if str(path) == "-":
        sys.stdout.write(text)
        return
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise fail(f"cannot write {path}: {err.strerror or err}") from None


def progress() -> Progress:
    """The progress bar long commands draw on stderr (it disappears when done)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    return Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )


def escape_markup(text: str) -> str:
    """Article text and file names may contain [brackets] that rich would read as markup."""
    from rich.markup import escape

    return escape(text)


def check_outputs(*outputs: Path | None) -> None:
    """At most one output may go to stdout ('-'): two would run together into one stream that
    parses as neither."""
    if sum(str(out) == "-" for out in outputs) > 1:
        raise fail("only one of --json, --md and --html can be '-' (stdout)", EXIT_USAGE)


def emit_brief(
    result: Brief, json_out: Path | None, md_out: Path | None, html_out: Path | None, quiet: bool
) -> None:
    """Write a brief to the files asked for, and the Markdown to the terminal unless ``quiet``
    or an output already went to stdout ('-')."""
    from newsfuse.render import to_html, to_markdown

    markdown = to_markdown(result)
    if json_out is not None:
        write_output(json_out, result.to_json() + "\n")
    if md_out is not None:
        write_output(md_out, markdown)
    if html_out is not None:
        write_output(html_out, to_html(result))
    if quiet or "-" in (str(json_out), str(md_out), str(html_out)):
        return
    if sys.stdout.isatty():
        from rich.markdown import Markdown

        Console().print(Markdown(markdown))
    else:
        sys.stdout.write(markdown)

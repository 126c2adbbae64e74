"""`newsfuse serve`: the web app (pages and JSON API) on loopback by default."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer

from newsfuse.cli.app import EXIT_USAGE, app, escape_markup, fail, stderr


@app.command()
def serve(
    host: Annotated[
        str,
        typer.Option("--host", help="Address to listen on; anything but loopback is public."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    store: Annotated[
        Path | None,
        typer.Option("--store", help="An event store (newsfuse cluster) whose events to list."),
    ] = None,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", help="SQLite file for the briefs made here (default: the user data folder)."
        ),
    ] = None,
    ner: Annotated[
        str | None,
        typer.Option("--ner", help="Entity backend: 'spacy' or 'rules'.", show_default=False),
    ] = None,
    max_mb: Annotated[
        float, typer.Option("--max-mb", min=0.01, help="Largest request body (uploads), in MB.")
    ] = 10.0,
    max_files: Annotated[
        int, typer.Option("--max-files", min=1, help="Most files in one upload.")
    ] = 20,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Briefs built at the same time.")
    ] = 4,
) -> None:
    """Serve briefs in the browser and over a JSON API (pages at /, API docs at /docs).

    Examples:

      newsfuse serve

      newsfuse serve --store news.db --port 8080
    """
    import dataclasses

    import uvicorn

    from newsfuse.settings import DEFAULT_SETTINGS
    from newsfuse.web import Limits, create_app
    from newsfuse.web.storage import default_db_path

    if ner not in (None, "spacy", "rules"):
        raise fail(f"unknown entity backend {ner!r} (choose 'spacy' or 'rules')", code=EXIT_USAGE)
    if store is not None:
        _check_store(store)
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        stderr.print(
            f"[yellow]warning:[/] listening on {escape_markup(host)}: anyone who can reach this "
            "address can read and make briefs (there is no login)."
        )
    db_path = db or default_db_path()
    limits = Limits(max_body_bytes=int(max_mb * 1024 * 1024), max_files=max_files, workers=workers)
    settings = dataclasses.replace(DEFAULT_SETTINGS, ner=ner)
    try:
        web_app = create_app(db_path, store, settings=settings, limits=limits)
    except ImportError as err:
        raise fail(f"cannot open the store: {err}") from None
    except OSError as err:
        raise fail(f"cannot open {db_path}: {err}") from None
    stderr.print(f"newsfuse: briefs in {escape_markup(str(db_path))}")
    uvicorn.run(web_app, host=host, port=port, log_level="info")


def _check_store(path: Path) -> None:
    """A store that is missing or not a newsfuse store is refused at start, not with a 500 on
    the first request."""
    from newsfuse.store import Store, StoreError

    if not path.exists():
        raise fail(f"{path}: no such store")
    try:
        Store(path).close()
    except StoreError as err:
        raise fail(str(err)) from None

"""Inputs that are not paths: files uploaded to the web app, and article records sent as JSON.

`read_uploads` reads named in-memory documents exactly like files of the same extension
(`files.read_bytes`); the name is a label only and is never opened, so a hostile name
(``../../etc/passwd``) cannot reach the file system. `read_records` reads record objects
like a JSON record in a file (`records.record_articles`: the same fields, and header parsing
when neither title nor date is given), the N-th named ``origin#N``.

Both then hold the articles to the rules `read_inputs` applies over all inputs, through
`newsfuse.ingest.accept_articles` (empty and duplicate articles skipped, text truncated, ids
made unique, the run's limits).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from ..models import Article, Problem
from ..settings import DEFAULT_SETTINGS, Settings
from .files import read_bytes
from .paths import SUPPORTED, kind_of
from .records import record_articles

if TYPE_CHECKING:
    from . import IngestResult

__all__ = ["read_records", "read_uploads"]


def read_uploads(
    uploads: Iterable[tuple[str, bytes]], settings: Settings = DEFAULT_SETTINGS
) -> IngestResult:
    """Named documents (``(name, bytes)``), each read by its name's extension (none: text)."""

    def items() -> Iterator[Article | Problem]:
        for name, data in uploads:
            kind = kind_of(PurePath(name), explicit=True)
            if kind is None:
                suffix = PurePath(name).suffix
                yield Problem(
                    name, f"unsupported file type '{suffix}' (supported: {SUPPORTED}), skipped"
                )
            else:
                yield from read_bytes(data, name, kind, settings)

    return _collect(items(), settings)


def read_records(
    records: Iterable[dict[str, Any]],
    settings: Settings = DEFAULT_SETTINGS,
    origin: str = "article",
) -> IngestResult:
    """Article records as objects (``{"text", "title"?, "published"?, "url"?, ...}``)."""

    def items() -> Iterator[Article | Problem]:
        for n, record in enumerate(records, 1):
            yield from record_articles(record, f"{origin}#{n}")

    return _collect(items(), settings)


def _collect(items: Iterable[Article | Problem], settings: Settings) -> IngestResult:
    """The readers' problems, then the articles held to the rules of every run
    (`newsfuse.ingest.accept_articles`) and the problems that raised."""
    problems: list[Problem] = []
    articles: list[Article] = []
    for item in items:
        (problems if isinstance(item, Problem) else articles).append(item)
    from . import accept_articles  # the package imports this module's siblings first

    accepted = accept_articles(articles, settings)
    accepted.problems[:0] = problems
    return accepted

"""Reading one source (file or stdin) into articles, within the size limits.

Whole-document inputs (.txt, .html, .json, stdin) are read up to ``settings.max_file_bytes``
and the rest ignored with a warning, so a runaway 10 GB file cannot exhaust memory. JSON Lines
files are streamed line by line instead, with no limit on the file, since a JSONL corpus is
legitimately large; only a single line longer than ``max_file_bytes`` is skipped. Operating
system errors become problems with the reason in a few words ("permission denied").
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from typing import BinaryIO

from ..models import Article, Problem
from ..settings import Settings
from .decode import SNIFF_BYTES, bom_encoding, decode_bytes, looks_binary
from .html import html_article, looks_like_html
from .not_articles import not_an_article
from .paths import Kind, Source
from .records import json_records, jsonl_records, looks_like_json, record_articles
from .text import text_article

Item = Article | Problem


def read_source(source: Source, settings: Settings, stdin: BinaryIO | None) -> Iterator[Item]:
    """The articles in one source, and the problems met reading it."""
    try:
        if source.path is None:
            yield from _read_document(
                stdin if stdin is not None else sys.stdin.buffer, source, settings
            )
        else:
            with source.path.open("rb") as stream:
                if source.kind == "jsonl":
                    yield from _read_jsonl(stream, source.origin, settings)
                else:
                    yield from _read_document(stream, source, settings)
    except OSError as error:
        yield Problem(source.origin, _reason(error))


def read_bytes(data: bytes, origin: str, kind: Kind | None, settings: Settings) -> Iterator[Item]:
    """An in-memory document (a web upload) read like a file of that ``kind``.

    ``origin`` is only a label: nothing is opened, so a hostile name cannot reach the file
    system. ``kind`` None reads it like stdin (JSON if it parses as JSON, else text).
    """
    stream = io.BytesIO(data)
    if kind == "jsonl":
        yield from _read_jsonl(stream, origin, settings)
    else:
        yield from _read_document(stream, Source(origin, kind), settings)


def _read_document(stream: BinaryIO, source: Source, settings: Settings) -> Iterator[Item]:
    """A file read whole (up to the size limit), dispatched on its kind."""
    limit = settings.max_file_bytes
    data = stream.read(limit + 1)
    partial = len(data) > limit
    if partial:
        data = data[:limit]
        yield Problem(
            source.origin, f"larger than max_file_bytes; read only the first {limit} bytes", False
        )
    if looks_binary(data[:SNIFF_BYTES]):
        yield Problem(source.origin, "binary file, skipped")
        return
    decoded = decode_bytes(data, partial=partial)
    if decoded.note:
        yield Problem(source.origin, decoded.note, False)
    text = decoded.text
    if not text.strip():
        yield Problem(source.origin, "empty file, skipped")
    elif reason := not_an_article(text):
        yield Problem(source.origin, reason)
    elif source.kind == "html":
        yield html_article(text, source.origin)
    elif source.kind in ("text", None) and looks_like_html(text):
        yield Problem(source.origin, "looks like an HTML page; read as HTML", False)
        yield html_article(text, source.origin)
    elif source.kind == "json" or (source.kind is None and looks_like_json(text)):
        for item in json_records(text, source.origin):
            if isinstance(item, Problem):
                yield item
            else:
                yield from record_articles(item[1], item[0])
    else:
        yield text_article(text, source.origin)


def _read_jsonl(stream: BinaryIO, origin: str, settings: Settings) -> Iterator[Item]:
    """A JSON Lines file streamed line by line; bad lines are reported, the rest kept."""
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    if looks_binary(head):
        yield Problem(origin, "binary file, skipped")
        return
    empty = True
    for item in jsonl_records(_lines(stream, head, origin, settings.max_file_bytes), origin):
        empty = False
        if isinstance(item, Problem):
            yield item
        else:
            yield from record_articles(item[1], item[0])
    if empty:
        yield Problem(origin, "empty file, skipped")


def _lines(
    stream: BinaryIO, head: bytes, origin: str, limit: int
) -> Iterator[tuple[int, str] | Problem]:
    """Numbered, decoded lines; an over-long line is skipped, a fallback encoding noted once."""
    utf16 = bom_encoding(head) == "utf-16"
    reader = io.TextIOWrapper(stream, encoding="utf-16", errors="replace") if utf16 else stream
    noted = False
    lineno = 0
    while line := reader.readline(limit + 1):
        lineno += 1
        if len(line) > limit:
            _skip_rest_of_line(reader, line, limit)
            yield Problem(
                f"{origin}#{lineno}", f"line {lineno} longer than max_file_bytes, skipped"
            )
        elif isinstance(line, str):
            yield lineno, line
        else:
            decoded = decode_bytes(line)
            if decoded.note and not noted:
                noted = True
                yield Problem(origin, f"some lines {decoded.note}", False)
            yield lineno, decoded.text


def _skip_rest_of_line(reader: io.TextIOWrapper | BinaryIO, start: str | bytes, limit: int) -> None:
    """Read past the end of a line whose first ``limit + 1`` characters were ``start``."""
    chunk = start
    while chunk and chunk[-1:] not in ("\n", b"\n"):
        chunk = reader.readline(limit + 1)


def _reason(error: OSError) -> str:
    """An operating-system error in a few lowercase words, like the shell says it."""
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    return (error.strerror or str(error)).lower()

"""JSON and JSON Lines records (news-please, Multi-News, Timeline17 shapes) into articles.

Accepted shapes, per record (a JSONL line, an item of a JSON array, or a lone JSON object):

* news-please style: ``maintext`` (or ``text``, ``content``, ``body``), ``title``,
  ``date_publish`` (or ``published``, ``date``, ``time``: Timeline17 uses ``time``),
  ``source_domain`` (or ``outlet``, ``sitename``), ``url``, optional ``id``. A date that is
  not year-month-day is not guessed at: it is kept in ``metadata["date"]``;
* Multi-News style: ``{"id": ..., "documents": [str | record, ...]}``, one article per document,
  with id ``<record id>#<n>`` (n from 1).

A record without an explicit title or date has its text's headers parsed like a .txt file
(``date YYYY-MM-DD`` first line, title line); one with either is trusted as is. Article ids:
the record's own ``id``, else its origin: ``path`` for a lone object, ``path#N`` for the N-th
array item or the record on line N of a JSONL file (the *line* number, so fixing a broken line
never renumbers the others and ``sed -n Np`` finds the record).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from ..models import Article, Problem
from .dates import parse_date
from .text import text_article

Record = tuple[str, Any]

_TEXT_KEYS = ("maintext", "text", "content", "body")
_DATE_KEYS = ("date_publish", "published", "date", "time")
_OUTLET_KEYS = ("source_domain", "outlet", "sitename")
# Python's JSON parser recurses per nesting level: '[' * 100_000 raised RecursionError (exit 70).
_TOO_DEEP = "JSON nested too deeply to read"


def jsonl_records(
    lines: Iterable[tuple[int, str] | Problem], origin: str
) -> Iterator[Record | Problem]:
    """Records from numbered JSONL lines; a broken line is reported and the rest kept."""
    for numbered in lines:
        if isinstance(numbered, Problem):  # a line the reader could not use
            yield numbered
            continue
        lineno, line = numbered
        if not line.strip():
            continue
        try:
            yield f"{origin}#{lineno}", json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(
                f"{origin}#{lineno}", f"invalid JSON on line {lineno} ({error.msg}), skipped"
            )
        except RecursionError:
            yield Problem(f"{origin}#{lineno}", f"{_TOO_DEEP} on line {lineno}, skipped")


def json_records(text: str, origin: str) -> Iterator[Record | Problem]:
    """Records from a JSON document: an array of records, one record, or JSONL after all."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":  # several values one after another: JSON Lines
            yield from jsonl_records(enumerate(text.splitlines(), 1), origin)
        else:
            yield Problem(origin, f"invalid JSON ({error.msg} at line {error.lineno}), skipped")
        return
    except RecursionError:
        yield Problem(origin, f"{_TOO_DEEP}, skipped")
        return
    if not isinstance(data, list):
        yield origin, data
        return
    objects = [(f"{origin}#{n}", item) for n, item in enumerate(data, 1) if isinstance(item, dict)]
    yield from objects
    if len(objects) < len(data):
        yield Problem(
            origin, f"{len(data) - len(objects)} array item(s) are not JSON objects, skipped"
        )


def looks_like_json(text: str) -> bool:
    """Whether a text of unknown type (stdin) parses as JSON or starts with a JSON record."""
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return False
    try:
        json.loads(stripped)
    except json.JSONDecodeError as error:
        return error.msg == "Extra data"
    except RecursionError:  # JSON, but too deep to read: `json_records` says so
        return True
    return True


def record_articles(record: Any, origin: str) -> Iterator[Article | Problem]:
    """The article(s) one record holds."""
    if not isinstance(record, dict):
        yield Problem(origin, "not a JSON object, skipped")
        return
    record_id = _string(record.get("id"))
    documents = record.get("documents")
    if isinstance(documents, list):
        for n, document in enumerate(documents, 1):
            doc_id = f"{record_id or origin}#{n}"
            if isinstance(document, str):
                yield text_article(document, f"{origin}#{n}", doc_id)
            else:
                nested = {"id": doc_id, **document} if isinstance(document, dict) else document
                yield from record_articles(nested, f"{origin}#{n}")
        return
    yield _article(record, origin, record_id or origin)


def _article(record: dict[str, Any], origin: str, article_id: str) -> Article | Problem:
    """A news-please-like record as an article; explicit fields win over parsed headers."""
    text = _first(record, _TEXT_KEYS)
    if text is None:
        return Problem(origin, "record has no text ('maintext', 'text' or 'documents'), skipped")
    title = _first(record, ("title",))
    date_value = _first(record, _DATE_KEYS)
    outlet = _first(record, _OUTLET_KEYS)
    url = _first(record, ("url",))
    if title is None and date_value is None:
        parsed = text_article(text, origin, article_id)
        return replace(parsed, outlet=outlet or parsed.outlet, url=url)
    published = parse_date(date_value)
    unparsed = {"date": date_value} if date_value is not None and published is None else {}
    return Article(
        id=article_id,
        origin=origin,
        raw_text=text,
        text=text,
        title=title,
        outlet=outlet,
        url=url,
        published=published,
        metadata=unparsed,
    )


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first non-empty string value among ``keys``."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _string(value: Any) -> str | None:
    """An id as a string: JSON ids are strings or numbers."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value) or None

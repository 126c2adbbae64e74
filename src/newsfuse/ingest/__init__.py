"""Ingest: read what users have (text, HTML, JSON, JSONL, stdin) into `Article` objects.

`read_inputs` is the one entry point. It never raises for bad input: every input that is
skipped or used with a caveat yields a one-line `Problem` naming it (``fatal`` = skipped).

Per-module decisions (see each docstring): `paths` (folders, globs, what is skipped), `decode`
(BOM, UTF-8, cp1252/latin-1 fallback, binary), `text` (``date`` header, dateline, title line),
`html` (trafilatura), `records` (JSON/JSONL shapes and ids), `files` (size limits, streaming).
Decisions made here, over all inputs:

* ``text`` is ``raw_text`` minus recognised headers at its start, nothing else; cleaning is the
  clean stage's job. Text over ``settings.max_article_chars`` is truncated, with a warning.
* Exact duplicates (same text after collapsing whitespace) keep the first and skip the rest:
  the same file reached twice (``dir`` and ``dir/*.txt``) or a record repeated. Near-duplicates
  and syndicated copies are left to the dedup stage, which reports them as one story.
* Ids are unique: when a record's own id is already taken (Timeline17 restarts ids in every
  folder), the later article uses its origin (``path#N``) as id, with one warning per file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from ..models import Article, Problem
from ..settings import DEFAULT_SETTINGS, Settings
from .files import read_source
from .paths import expand

__all__ = ["IngestResult", "read_inputs"]


@dataclass
class IngestResult:
    """Articles in input order, and the problems met on the way (in the order met)."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_inputs(
    paths: Sequence[str],
    settings: Settings = DEFAULT_SETTINGS,
    stdin: BinaryIO | None = None,
) -> IngestResult:
    """Read files, folders, globs and ``-`` (``stdin``, default ``sys.stdin.buffer``)."""
    collector = _Collector(settings)
    for source in expand(list(paths)):
        if isinstance(source, Problem):
            collector.result.problems.append(source)
            continue
        renamed_before = collector.renamed
        for item in read_source(source, settings, stdin):
            collector.add(item)
        if renamed := collector.renamed - renamed_before:
            collector.result.problems.append(
                Problem(
                    source.origin, f"{renamed} record id(s) already used; used origin as id", False
                )
            )
    return collector.result


class _Collector:
    """Accepts articles one by one: truncates, drops empty and duplicate ones, keeps ids unique."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.result = IngestResult()
        self.renamed = 0
        self._contents: dict[bytes, str] = {}
        self._ids: set[str] = set()

    def add(self, item: Article | Problem) -> None:
        """Take one article or problem from a reader."""
        if isinstance(item, Problem):
            self.result.problems.append(item)
            return
        if not item.text.strip():
            self.result.problems.append(Problem(item.origin, "no article text, skipped"))
            return
        article = self._truncated(item)
        key = _content_key(article.raw_text)
        if (first := self._contents.get(key)) is not None:
            self.result.problems.append(Problem(item.origin, f"duplicate of {first}, skipped"))
            return
        self._contents[key] = item.origin
        if article is not item:
            limit = self.settings.max_article_chars
            message = f"text longer than {limit} characters, truncated"
            self.result.problems.append(Problem(item.origin, message, False))
        if article.id in self._ids:
            self.renamed += 1
            article = replace(article, id=article.origin)
        self._ids.add(article.id)
        self.result.articles.append(article)

    def _truncated(self, article: Article) -> Article:
        """The article with its text cut to ``max_article_chars`` (``raw_text`` cut alike)."""
        limit = self.settings.max_article_chars
        if len(article.text) <= limit:
            return article
        header_chars = len(article.raw_text) - len(article.text)
        return replace(
            article, text=article.text[:limit], raw_text=article.raw_text[: header_chars + limit]
        )


def _content_key(text: str) -> bytes:
    """A digest of the text with whitespace collapsed, so re-wrapped copies match.

    It is taken after truncation: two inputs that agree up to the limit give equal articles.
    """
    normalised = " ".join(text.split()).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(normalised, digest_size=16).digest()

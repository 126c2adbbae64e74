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
  and syndicated copies are left to the dedup stage, which reports them as one story. A stream
  (``iter_inputs(..., keep_copies=True)``, `newsfuse.stream`) skips only a copy under the same
  id (the same file or record again); a copy under another id (one wire story in two outlets'
  records) is passed on, for the dedup stage to attach to its story as an extra outlet, as it
  does a near-identical copy.
* Ids are unique: when a record's own id is already taken (Timeline17 restarts ids in every
  folder), the later article uses its origin (``path#N``) as id, with one warning per file.
* A run takes at most ``settings.max_articles`` articles and ``settings.max_run_chars``
  characters: the first input over either is named in one warning, and nothing after it is
  read. Many copies of one article give at most four duplicate warnings (`limits`).
  `accept_articles` applies all of this to `Article` objects made by a caller.
* An article clearly in another language than English is skipped, naming the language
  (`language`): every later stage is English-only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from ..models import Article, Problem
from ..settings import DEFAULT_SETTINGS, Settings
from .decode import valid_unicode
from .files import read_source
from .language import foreign_language
from .limits import Duplicate, Duplicates, RunBudget
from .paths import expand

__all__ = ["IngestResult", "accept_articles", "iter_inputs", "read_inputs"]


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
    """Read files, folders, globs and ``-`` (``stdin``, default ``sys.stdin.buffer``).

    Reading stops at the run's limits (`limits.RunBudget`), and duplicates of one article
    give at most four warnings (`limits.Duplicates`).
    """
    return _gather(iter_inputs(paths, settings, stdin), settings)


def accept_articles(
    articles: Iterable[Article], settings: Settings = DEFAULT_SETTINGS
) -> IngestResult:
    """`Article` objects made by a caller (not read by ingest), held to the same rules as read
    ones: valid Unicode, truncation, empty, foreign and duplicate articles, unique ids, the
    run's limits. Articles that came through `read_inputs` pass unchanged."""
    collector = _Collector(settings)
    return _gather((out for article in articles for out in collector.add(article)), settings)


def _gather(items: Iterable[Article | Problem], settings: Settings) -> IngestResult:
    """Articles and problems from a stream, until the run's limits are reached."""
    result = IngestResult()
    budget = RunBudget(settings, result.problems)
    duplicates = Duplicates(result.problems)
    for item in items:
        if isinstance(item, Duplicate):
            duplicates.skip(item.origin, item.first)
        elif isinstance(item, Problem):
            result.problems.append(item)
        elif budget.admit(item):
            result.articles.append(item)
        else:  # stop reading: closing the stream closes the file being read
            break
    return result


def iter_inputs(
    paths: Sequence[str],
    settings: Settings = DEFAULT_SETTINGS,
    stdin: BinaryIO | None = None,
    *,
    keep_copies: bool = False,
) -> Iterator[Article | Problem]:
    """`read_inputs` as a stream: articles and problems one by one, in the same order.

    A JSONL file is read line by line, so a 1 GB crawl never sits in memory whole; what is
    kept across the stream is one 16-byte digest and one id per article (exact duplicates,
    unique ids). With ``keep_copies``, an exact copy of an earlier article is skipped only
    when it has the same id; under another id it is passed on (see the module docstring).
    """
    collector = _Collector(settings, keep_copies)
    for source in expand(list(paths)):
        if isinstance(source, Problem):
            yield source
            continue
        renamed_before = collector.renamed
        for item in read_source(source, settings, stdin):
            yield from collector.add(item)
        if renamed := collector.renamed - renamed_before:
            yield Problem(
                source.origin, f"{renamed} record id(s) already used; used origin as id", False
            )


class _Collector:
    """Accepts articles one by one: truncates, drops empty and duplicate ones, keeps ids unique."""

    def __init__(self, settings: Settings, keep_copies: bool = False) -> None:
        self.settings = settings
        self.keep_copies = keep_copies
        self.renamed = 0
        self._contents: dict[bytes, tuple[str, str]] = {}  # digest -> first (origin, own id)
        self._ids: set[str] = set()

    def add(self, item: Article | Problem) -> Iterator[Article | Problem]:
        """Take one article or problem from a reader; yield what to pass on, in order."""
        item = _valid(item)
        if isinstance(item, Problem):
            yield item
            return
        if not item.text.strip():
            yield Problem(item.origin, "no article text, skipped")
            return
        article = self._truncated(item)
        if not article.text.strip():  # all its text lies past the limit
            limit = self.settings.max_article_chars
            yield Problem(item.origin, f"no article text in its first {limit} characters, skipped")
            return
        key = _content_key(article.raw_text)
        first = self._contents.get(key)
        if first is not None and (not self.keep_copies or first[1] == item.id):
            yield Duplicate(item.origin, f"duplicate of {first[0]}, skipped", first=first[0])
            return
        if (language := foreign_language(article.text)) is not None:
            yield Problem(
                item.origin, f"looks like {language}, not English; skipped (newsfuse reads English)"
            )
            return
        self._contents.setdefault(key, (item.origin, item.id))
        if article is not item:
            limit = self.settings.max_article_chars
            message = f"text longer than {limit} characters, truncated"
            yield Problem(item.origin, message, False)
        if article.id in self._ids:
            self.renamed += 1
            article = replace(article, id=article.origin)
        self._ids.add(article.id)
        yield article

    def _truncated(self, article: Article) -> Article:
        """The article with its text cut to ``max_article_chars`` (``raw_text`` cut alike)."""
        limit = self.settings.max_article_chars
        if len(article.text) <= limit:
            return article
        header_chars = len(article.raw_text) - len(article.text)
        return replace(
            article, text=article.text[:limit], raw_text=article.raw_text[: header_chars + limit]
        )


def _valid(item: Article | Problem) -> Article | Problem:
    """``item`` with every string valid Unicode (`decode.valid_unicode`), so it can be saved."""
    if isinstance(item, Problem):
        return replace(item, origin=valid_unicode(item.origin), message=valid_unicode(item.message))
    fields: dict[str, object] = {}
    for name in ("id", "origin", "raw_text", "text", "title", "outlet", "url"):
        value = getattr(item, name)
        if isinstance(value, str) and (valid := valid_unicode(value)) is not value:
            fields[name] = valid
    metadata = {valid_unicode(k): valid_unicode(v) for k, v in item.metadata.items()}
    if metadata != item.metadata:
        fields["metadata"] = metadata
    return replace(item, **fields) if fields else item


def _content_key(text: str) -> bytes:
    """A digest of the text with whitespace collapsed, so re-wrapped copies match.

    It is taken after truncation: two inputs that agree up to the limit give equal articles.
    """
    normalised = " ".join(text.split()).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(normalised, digest_size=16).digest()

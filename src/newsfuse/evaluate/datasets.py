"""Evaluation sets as clusters of cleaned, segmented articles with a reference summary.

Every system (newsfuse and the peers) sees the same units: articles built *per cluster* and run
through newsfuse's real stages (`newsfuse.clean.clean_article`, `newsfuse.segment.split_sentences`).
`newsfuse.ingest.read_inputs` is deliberately not used on a whole file: it drops exact copies
across *all* its inputs, which would let one cluster remove another cluster's articles.

* **Multi-News** (``validation.jsonl``: ``{"id", "documents": [...], "summary"}``): each record
  goes through ingest's own record reader (`newsfuse.ingest.records.record_articles`), so a
  document's headline line is parsed the way `newsfuse brief` parses it. The reference drops
  the leading "– " the newser.com summaries start with.
* **AllSides** (``val.source`` / ``val.target``, one roundup a line): the source is 3 articles
  joined by `` [SEP] ``, each ``TITLE=> ... ARTICLE=> ...``. As in the data README's reference
  setup, each title is its article's first sentence: the segmenter skips short unpunctuated
  paragraphs as headings, so the loader adds the title paragraph as sentence 0 itself (still a
  view into the cleaned text). The reference is the roundup's title and text together.

Budgets: 300 words on Multi-News, a fixed 65 words on AllSides. The data README's reference
figures use exactly these (65 is about the mean length of an AllSides roundup); an earlier dev
harness confirmed that they reproduce the README's lead figures, so we keep them rather than,
say, a per-cluster budget equal to the reference length.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice
from pathlib import Path

import pysbd

from newsfuse.clean import clean_article
from newsfuse.ingest.records import record_articles
from newsfuse.models import Article, Sentence
from newsfuse.segment import split_sentences

__all__ = [
    "DATASETS",
    "DEFAULT_WORDS",
    "DatasetError",
    "EvalCluster",
    "RawCluster",
    "build_cluster",
    "count_clusters",
    "load_allsides",
    "load_dataset",
    "load_multinews",
    "load_raw",
    "reference_lines",
]

DATASETS = ("multinews", "allsides")
DEFAULT_WORDS = {"multinews": 300, "allsides": 65}


class DatasetError(Exception):
    """A dataset path that is missing or not in the expected shape (one line for the user)."""


@dataclass(frozen=True)
class EvalCluster:
    """One evaluation cluster: cleaned articles, their sentences (in article order) and the
    reference summary split into sentences (rougeLsum wants one sentence per line)."""

    id: str
    articles: tuple[Article, ...]
    sentences: tuple[Sentence, ...]
    reference: tuple[str, ...]


@dataclass(frozen=True)
class RawCluster:
    """One cluster as read, before cleaning: what `newsfuse.pipeline.build_brief` takes.

    ``title_sentence``: the articles start with a title paragraph that `build_cluster` makes
    sentence 0 (AllSides)."""

    id: str
    articles: tuple[Article, ...]
    reference: str
    title_sentence: bool = False


@cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def reference_lines(text: str) -> tuple[str, ...]:
    """A reference summary as pysbd sentences, whitespace collapsed, headings kept."""
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(paragraph.split())
        if paragraph:
            lines.extend(s.strip() for s in _segmenter().segment(paragraph) if s.strip())
    return tuple(lines)


def _prepared(article: Article, title_sentence: bool) -> tuple[Article, list[Sentence]] | None:
    """The cleaned article and its sentences, or None when cleaning leaves no sentence."""
    cleaned = clean_article(article)
    sentences = split_sentences(cleaned)
    if title_sentence and cleaned.title:
        first = cleaned.text.split("\n\n", 1)[0]
        if first.strip() == cleaned.title.strip() and not (sentences and sentences[0].start == 0):
            title = Sentence(cleaned.id, 0, 0, len(first), first)
            sentences = [title] + [dataclasses.replace(s, index=s.index + 1) for s in sentences]
    return (cleaned, sentences) if sentences else None


def build_cluster(
    cluster_id: str,
    articles: Sequence[Article],
    reference: str,
    title_sentence: bool = False,
) -> EvalCluster:
    """Clean and segment one cluster's articles; articles left without a sentence are dropped.

    ``title_sentence``: the article's text starts with its title paragraph and that paragraph
    is sentence 0 even when the segmenter would skip it as a heading (AllSides).
    """
    kept: list[Article] = []
    sentences: list[Sentence] = []
    for article in articles:
        prepared = _prepared(article, title_sentence)
        if prepared is not None:
            kept.append(prepared[0])
            sentences.extend(prepared[1])
    return EvalCluster(cluster_id, tuple(kept), tuple(sentences), reference_lines(reference))


#: Where each set's file is looked for in a folder: the development file's name first, then
#: any one file of the set's kind (a held-out ``test.jsonl``, ``test.source``), in the folder
#: itself or in a subfolder named after the set.
SET_FILES = {"multinews": ("validation.jsonl", ".jsonl"), "allsides": ("val.source", ".source")}


def find_set_file(name: str, path: Path) -> Path | None:
    """The file of set ``name`` at ``path`` (the file itself, or found in the folder), or None
    when the folder has none. Several candidates and none named as the development file is
    an error: which one is meant must be said."""
    preferred, suffix = SET_FILES[name]
    if path.is_file():
        return path
    folders = (path, path / name)
    for folder in folders:
        if (folder / preferred).is_file():
            return folder / preferred
    for folder in folders:
        if folder.is_dir():
            found = sorted(f for f in folder.glob(f"*{suffix}") if f.is_file())
            if len(found) == 1:
                return found[0]
            if found:
                names = ", ".join(f.name for f in found)
                raise DatasetError(f"{folder}: several {suffix} files ({names}); name one")
    return None


def _file(name: str, path: Path) -> Path:
    """`find_set_file`, failing with one line when there is nothing to read."""
    if not path.exists():
        raise DatasetError(f"{path}: no such file or folder")
    found = find_set_file(name, path)
    if found is None:
        preferred, suffix = SET_FILES[name]
        raise DatasetError(f"{path}: no {preferred} (or other {suffix} file) in this folder")
    return found


def load_multinews(path: Path, limit: int | None = None) -> Iterator[EvalCluster]:
    """Multi-News clusters from ``validation.jsonl`` or another ``.jsonl`` of the same records
    (or a folder holding one).

    A missing path fails here, at once; a malformed record fails when it is reached.
    """
    return _built(load_raw("multinews", path, limit))


def _built(clusters: Iterator[RawCluster]) -> Iterator[EvalCluster]:
    for c in clusters:
        yield build_cluster(c.id, c.articles, c.reference, c.title_sentence)


def _multinews(source: Path, limit: int | None) -> Iterator[RawCluster]:
    with source.open(encoding="utf-8") as lines:
        for lineno, line in islice(enumerate(lines, 1), limit):
            try:
                record = json.loads(line)
                documents, summary = record["documents"], record["summary"]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise DatasetError(
                    f"{source}:{lineno}: not a Multi-News record ({err.__class__.__name__})"
                ) from None
            if not isinstance(documents, list) or not isinstance(summary, str):
                raise DatasetError(f"{source}:{lineno}: not a Multi-News record")
            cluster_id = str(record.get("id", lineno))
            origin = f"{source.name}#{lineno}"
            articles = [a for a in record_articles(record, origin) if isinstance(a, Article)]
            reference = summary.strip().removeprefix("–").strip()
            yield RawCluster(cluster_id, tuple(articles), reference)


_PART = re.compile(r"TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)", re.S)


def _allsides_parts(line: str) -> list[tuple[str, str]]:
    """(title, text) of each `` [SEP] ``-joined part; a part without markers is all text."""
    parts = []
    for chunk in line.split(" [SEP] "):
        match = _PART.search(chunk)
        parts.append((match[1].strip(), match[2].strip()) if match else ("", chunk.strip()))
    return parts


def load_allsides(path: Path, limit: int | None = None) -> Iterator[EvalCluster]:
    """AllSides roundups from ``val.source``/``val.target`` or another ``.source`` with its
    ``.target`` (a folder, or the .source file)."""
    return _built(load_raw("allsides", path, limit))


def _raw_allsides(path: Path, limit: int | None) -> Iterator[RawCluster]:
    source = _file("allsides", path)
    target = source.with_suffix(".target")
    if not target.is_file():
        raise DatasetError(f"{target}: no such file (the references beside {source.name})")
    return _allsides(source, target, limit)


def _allsides(source: Path, target: Path, limit: int | None) -> Iterator[RawCluster]:
    with source.open(encoding="utf-8") as src, target.open(encoding="utf-8") as tgt:
        for n, (src_line, tgt_line) in islice(enumerate(zip(src, tgt, strict=False)), limit):
            cluster_id = f"allsides-{n}"
            articles = []
            for k, (title, body) in enumerate(_allsides_parts(src_line), 1):
                text = f"{title}\n\n{body}" if title else body
                articles.append(
                    Article(
                        id=f"{cluster_id}#{k}",
                        origin=f"{source.name}#{n + 1}/{k}",
                        raw_text=text,
                        text=text,
                        title=title or None,
                    )
                )
            reference = " ".join(f"{t} {b}".strip() for t, b in _allsides_parts(tgt_line))
            yield RawCluster(cluster_id, tuple(articles), reference, title_sentence=True)


def count_clusters(name: str, path: Path, limit: int | None = None) -> int:
    """How many clusters `load_dataset` will yield at most (lines counted, nothing parsed)."""
    if name not in DATASETS:
        raise DatasetError(f"unknown dataset {name!r} (choose from {', '.join(DATASETS)})")
    source = _file(name, path)
    with source.open("rb") as lines:
        count = sum(1 for line in lines if line.strip())
    return min(count, limit) if limit else count


def load_dataset(name: str, path: Path, limit: int | None = None) -> Iterator[EvalCluster]:
    """Clusters of dataset ``name`` (one of `DATASETS`), lazily, at most ``limit`` of them."""
    return _built(load_raw(name, path, limit))


def load_raw(name: str, path: Path, limit: int | None = None) -> Iterator[RawCluster]:
    """The same clusters before cleaning and segmenting (for the full pipeline), lazily.
    A missing path fails here, at once."""
    if name == "multinews":
        return _multinews(_file("multinews", path), limit)
    if name == "allsides":
        return _raw_allsides(path, limit)
    raise DatasetError(f"unknown dataset {name!r} (choose from {', '.join(DATASETS)})")

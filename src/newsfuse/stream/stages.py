"""The per-article stages of a stream, as one pure function both engines run.

`prepare` takes one ingested `Article` and runs the project's own stages on it: clean
(`newsfuse.clean.clean_article`), segment (`newsfuse.segment.split_sentences`, on the lead only),
extract (`newsfuse.extract.ner.find_entities_many`, rules backend, on those lead sentences),
embed (`newsfuse.cluster.features`: hashed terms from `newsfuse.embed.terms`) and the copy
signature (`newsfuse.dedup.signature`). The local engine maps it over a partition in-process;
the Dask engine maps the very same `prepare_partition` over partitions on workers. Nothing in
it depends on other articles, so the result is the same wherever it runs.

Why only the lead is segmented and searched for names: pysbd costs about 10 ms per 1,000
characters and the full spaCy model about 4k words/s, so a whole Timeline17 article (6,600
characters) would take 70 ms to segment alone; on 100,000 articles that is hours. Names that
matter for "which event is this" are in the title and the first paragraphs; measured costs
are in BENCHMARKS.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsfuse.clean import clean_article
from newsfuse.cluster import DEFAULT_CONFIG, ClusterConfig, TermVector, features
from newsfuse.dedup import signature
from newsfuse.extract.entities import translit_key
from newsfuse.extract.ner import find_entities_many
from newsfuse.models import Article, Problem
from newsfuse.segment import split_sentences

__all__ = [
    "LEAD_CHARS",
    "Features",
    "Prepared",
    "article_features",
    "content_hash",
    "prepare",
    "prepare_partition",
    "title_of",
]

#: Characters of the cleaned text that are segmented and searched for entities.
LEAD_CHARS = 600
#: Words of an untitled article's first sentence used as its display title.
TITLE_WORDS = 14


@dataclass(frozen=True, slots=True)
class Features:
    """What the per-article stages compute: a display title, the text's digest, the term
    vector, the copy signature and the lead's entities. This, not the article, is what a
    Dask worker sends back (the article's text stays in the main process)."""

    title: str
    content_hash: str
    vector: TermVector
    signature: np.ndarray
    entities: tuple[str, ...]
    chars: int  # cleaned characters


@dataclass(frozen=True, slots=True)
class Prepared:
    """An ingested article (stored as read; a brief cleans it again itself) and its
    `Features`."""

    article: Article
    features: Features

    @property
    def published(self) -> dt.date | None:
        return self.article.published

    @property
    def title(self) -> str:
        return self.features.title

    @property
    def content_hash(self) -> str:
        return self.features.content_hash

    @property
    def vector(self) -> TermVector:
        return self.features.vector

    @property
    def signature(self) -> np.ndarray:
        return self.features.signature

    @property
    def entities(self) -> tuple[str, ...]:
        return self.features.entities

    @property
    def chars(self) -> int:
        return self.features.chars


def content_hash(article: Article) -> str:
    """A digest of the raw text with whitespace collapsed (as ingest compares copies)."""
    normalised = " ".join(article.raw_text.split()).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(normalised, digest_size=16).hexdigest()


def title_of(article: Article) -> str:
    """The article's title, or the first words of its text."""
    if article.title and article.title.strip():
        return " ".join(article.title.split())
    words = article.text.split()
    title = " ".join(words[:TITLE_WORDS])
    return title + (" …" if len(words) > TITLE_WORDS else "")


def _body(article: Article) -> str:
    """The cleaned text without a leading copy of the title."""
    text = article.text
    title = (article.title or "").strip()
    if title and text.startswith(title):
        text = text[len(title) :]
    return text


def article_features(
    article: Article, config: ClusterConfig = DEFAULT_CONFIG
) -> Features | Problem:
    """Clean, segment the lead, find its entities, embed and sign one article."""
    cleaned = clean_article(article)
    if not cleaned.text.strip():
        return Problem(article.origin, "no article text left after cleaning, skipped")
    lead = dataclasses.replace(cleaned, text=cleaned.text[:LEAD_CHARS])
    sentences = split_sentences(lead)
    mentions = find_entities_many([(lead, sentences)], backend="rules")[0]
    entities = tuple(sorted({key for m in mentions if (key := translit_key(m.text))}))
    return Features(
        title=title_of(cleaned),
        content_hash=content_hash(article),
        vector=features(cleaned.title or "", _body(cleaned), entities, config),
        signature=signature(cleaned.text),
        entities=entities,
        chars=len(cleaned.text),
    )


def prepare(article: Article, config: ClusterConfig = DEFAULT_CONFIG) -> Prepared | Problem:
    """`article_features` of one article, with the article."""
    result = article_features(article, config)
    return result if isinstance(result, Problem) else Prepared(article, result)


def prepare_partition(
    articles: Sequence[Article], config: ClusterConfig = DEFAULT_CONFIG
) -> list[Features | Problem]:
    """`article_features` over one partition (the unit of work of both engines), in order."""
    return [article_features(article, config) for article in articles]

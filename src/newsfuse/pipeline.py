"""The pipeline is the composition of the stages: clean → segment → summarize → assemble a Brief.

Every stage is a pure function over the data model (`newsfuse.models`); this module only wires
them together and maps internal article ids to the reader-facing source ids ``S1, S2, ...``.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.clean import clean_article
from newsfuse.models import (
    Article,
    Brief,
    EventRecord,
    Evidence,
    Problem,
    Sentence,
    Source,
    SummarySentence,
)
from newsfuse.segment import split_sentences
from newsfuse.settings import DEFAULT_SETTINGS, Settings
from newsfuse.summarize import SummaryPick, summarize


class NoUsableInput(Exception):
    """Raised when no input article survives ingest and cleaning; carries the reasons."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("no usable articles in the input")


def build_brief(
    articles: Sequence[Article],
    settings: Settings = DEFAULT_SETTINGS,
    problems: Sequence[Problem] = (),
) -> Brief:
    """Turn ingested articles into a brief. Raises `NoUsableInput` if nothing has text."""
    problems = list(problems)
    cleaned: list[Article] = []
    for article in articles:
        article = clean_article(article)
        if article.text.strip():
            cleaned.append(article)
        else:
            problems.append(Problem(article.origin, "no article text left after cleaning, skipped"))
    if not cleaned:
        raise NoUsableInput(problems)

    sentences = [s for article in cleaned for s in split_sentences(article)]
    picks = summarize(cleaned, sentences, settings)

    source_ids = {article.id: f"S{i}" for i, article in enumerate(cleaned, start=1)}
    return Brief(
        event=EventRecord(title=_event_title(cleaned)),
        sources=[_source(article, source_ids[article.id]) for article in cleaned],
        summary=[_summary_sentence(pick, source_ids) for pick in picks],
        warnings=[str(p) for p in problems],
    )


def _source(article: Article, source_id: str) -> Source:
    return Source(
        id=source_id,
        article_id=article.id,
        path=article.origin,
        outlet=article.outlet,
        url=article.url,
        title=article.title,
        published=article.published,
        text=article.text,
    )


def _evidence(sentence: Sentence, source_ids: dict[str, str]) -> Evidence:
    return Evidence(
        source=source_ids[sentence.article_id],
        start=sentence.start,
        end=sentence.end,
        quote=sentence.text,
    )


def _summary_sentence(pick: SummaryPick, source_ids: dict[str, str]) -> SummarySentence:
    """A summary sentence cites its own source first, then every source that supports it."""
    evidence = [_evidence(s, source_ids) for s in (pick.sentence, *pick.support)]
    cited = sorted({e.source for e in evidence}, key=lambda sid: int(sid[1:]))
    return SummarySentence(text=pick.sentence.text, sources=cited, evidence=evidence)


def _event_title(articles: Sequence[Article]) -> str | None:
    """The first headline the sources give; the facts stage will replace this with a real event."""
    return next((a.title for a in articles if a.title), None)

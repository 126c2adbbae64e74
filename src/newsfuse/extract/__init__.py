"""The extract stage: per-sentence mentions (dates, quantities, attributions) as spans into the
cleaned text, gathered for one cluster by `extract`.

Each kind lives in its own module with a `find_*` function (`dates`, `quantities`,
`attribution`); `extract` runs them all once so that later stages (reconcile, timeline, the
event record) read from one `Extraction` instead of re-running extractors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.extract.dates import DateMention, anchor_date, find_dates
from newsfuse.extract.quantities import Quantity, find_quantities
from newsfuse.models import Article, Sentence

__all__ = ["Extraction", "extract"]


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one cluster, keyed by article id."""

    anchors: dict[str, dt.date | None]
    dates: dict[str, list[DateMention]]
    quantities: dict[str, list[Quantity]]


def extract(articles: Sequence[Article], sentences: dict[str, list[Sentence]]) -> Extraction:
    """Run every extractor over every article; ``sentences`` maps article id to its sentences."""
    anchors = anchor_date(articles)
    return Extraction(
        anchors=anchors,
        dates={a.id: find_dates(a, sentences[a.id], anchors[a.id]) for a in articles},
        quantities={a.id: find_quantities(a, sentences[a.id]) for a in articles},
    )

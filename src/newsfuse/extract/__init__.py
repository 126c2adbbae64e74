"""The extract stage: per-sentence mentions (dates, quantities, entities, attributions) as spans
into the cleaned text, gathered for one cluster by `extract`.

Each kind lives in its own module with a `find_*` function (`dates`, `quantities`, `ner`,
`attribution`, `ages`, `claims`, `damage`), and `entities.canonicalize` merges entity spellings
across the cluster's sources; `extract` runs them all once so that later stages (reconcile,
timeline, the event record) read from one `Extraction` instead of re-running extractors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.extract.ages import AgeMention, find_ages
from newsfuse.extract.attribution import Attribution, find_attributions
from newsfuse.extract.claims import ResponsibilityClaim, find_claims
from newsfuse.extract.damage import DamageMention, find_damage
from newsfuse.extract.dates import DateMention, anchor_date, find_dates
from newsfuse.extract.entities import CanonicalEntity, canonicalize
from newsfuse.extract.ner import Backend, EntityMention, find_entities_many
from newsfuse.extract.quantities import Quantity, find_quantities
from newsfuse.models import Article, Sentence

__all__ = ["Extraction", "extract"]


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one cluster, keyed by article id."""

    anchors: dict[str, dt.date | None]
    dates: dict[str, list[DateMention]]
    quantities: dict[str, list[Quantity]]
    entities: dict[str, list[EntityMention]]
    attributions: dict[str, list[Attribution]]
    ages: dict[str, list[AgeMention]]
    claims: dict[str, list[ResponsibilityClaim]]
    damage: dict[str, list[DamageMention]]
    canonical: list[CanonicalEntity]  # across the cluster, most mentioned first


def extract(
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    ner: Backend | None = None,
) -> Extraction:
    """Run every extractor over every article; ``sentences`` maps article id to its sentences.

    ``ner`` picks the entity backend ("spacy" or "rules"; None: spaCy when installed).
    """
    anchors = anchor_date(articles)
    found = find_entities_many([(a, sentences[a.id]) for a in articles], backend=ner)
    entities = {a.id: mentions for a, mentions in zip(articles, found, strict=True)}
    return Extraction(
        anchors=anchors,
        dates={a.id: find_dates(a, sentences[a.id], anchors[a.id]) for a in articles},
        quantities={a.id: find_quantities(a, sentences[a.id]) for a in articles},
        entities=entities,
        attributions={a.id: find_attributions(a, sentences[a.id]) for a in articles},
        ages={a.id: find_ages(a.text, sentences[a.id], entities[a.id]) for a in articles},
        claims={a.id: find_claims(a.id, sentences[a.id]) for a in articles},
        damage={a.id: find_damage(a.id, sentences[a.id]) for a in articles},
        canonical=canonicalize(
            [m for mentions in found for m in mentions],
            {a.id: a.text for a in articles},
        ),
    )

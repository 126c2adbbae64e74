"""The newsfuse data model: one set of types shared by every stage.

Two layers, deliberately:

* **Working objects** (`Article`, `Sentence`, `Problem`) are small frozen dataclasses. They are
  created in large numbers (a stream has millions of sentences), passed between pure stage
  functions and pickled to Dask workers, so they stay cheap and free of validation overhead.
* **The published contract** (`Brief` and everything inside it) is pydantic. It is what
  `brief.json` serialises, and its JSON Schema (``newsfuse schema``) is generated from these
  classes, so the schema can never drift from the code.

Every claim in a brief points back to the cleaned article text by character offsets
(`Evidence.start`/`end`), never by a copied string alone: `sources[i].text[start:end] == quote`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "newsfuse.brief/1"

DatePrecision = Literal["day", "month", "year"]


# --------------------------------------------------------------------------- working objects


@dataclass(frozen=True, slots=True)
class Article:
    """One news report, from ingest onwards.

    ``id`` is stable across runs: a JSON record's own ``id`` when it has one, otherwise the
    origin (``path`` or ``path#N`` for the N-th record of a multi-record file, ``stdin#N``).
    ``text`` is the cleaned text every offset refers to; ``raw_text`` is what was read, kept so
    a reader can always see what cleaning removed. Before the clean stage, ``text`` is
    ``raw_text`` minus the headers ingest recognised at its start (always a suffix of it).
    ``metadata`` holds what ingest and cleaning lifted out of the text: ``dateline``, ``date``
    (an unparsed date string), ``author``, ``byline``, ``agency``, ``source``.
    """

    id: str
    origin: str
    raw_text: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str = "text",
        title: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        published: dt.date | None = None,
    ) -> Article:
        """An article you have as a string, for `newsfuse.brief`: it is cleaned like a file's
        text (give each article of one brief its own ``id``)."""
        return cls(id, id, text, text, title, outlet, url, published)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a view into its article: ``article.text[start:end] == text``."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input, reported to the user in one line and never raised.

    ``fatal`` means the input was skipped; otherwise it was used with a caveat (e.g. decoded
    with a fallback encoding).
    """

    origin: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


# --------------------------------------------------------------------------- the contract


class _Contract(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Location(_Contract):
    name: str | None = None
    admin1: str | None = None
    country: str | None = None


class Casualty(_Contract):
    """A casualty count of the main event; ``conflict`` names the dispute if sources disagree."""

    kind: Literal["killed", "injured"]
    value: str
    sources: list[str]
    fact: str
    conflict: str | None = None


class EventRecord(_Contract):
    title: str | None = Field(
        default=None,
        description="The report's headline that says most of what the others lead with; "
        "without a usable headline, a report's first sentence (cut at a clause to at most 24 "
        "words) that does; null if neither can stand as a title.",
    )
    type: str | None = None
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    location: Location | None = None
    actors: list[str] = Field(default_factory=list)
    claimed_by: list[str] = Field(
        default_factory=list,
        description="Who claimed responsibility, most sources first (two or more: a conflict).",
    )
    casualties: list[Casualty] = Field(default_factory=list)


class Source(_Contract):
    """One input article as the brief's reader sees it; ``id`` is ``S1``, ``S2``, ..."""

    id: str = Field(pattern=r"^S[1-9][0-9]*$")
    article_id: str
    path: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    text: str = Field(description="The cleaned text; every evidence offset points into it.")
    copy_of: str | None = Field(
        default=None,
        description="The source this one copies (80%+ the same words, or 80%+ of the shorter "
        "one's words repeated in the longer: an updated version): it is listed and cited, but "
        "adds no support to a fact.",
    )


class Evidence(_Contract):
    source: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str


class SummarySentence(_Contract):
    text: str
    sources: list[str] = Field(min_length=1, description="Every source stating this content.")
    evidence: list[Evidence] = Field(default_factory=list)
    conflicts: list[str] = Field(
        default_factory=list, description="Conflicts this sentence takes a side in (not settled)."
    )


class Fact(_Contract):
    id: str
    statement: str
    value: str | None = None
    unit: str | None = None
    sources: list[str]
    support: int = Field(
        ge=1,
        description=(
            "Independent reports stating it: distinct outlets (one per article if unknown), "
            "a copy of another article (`copy_of`) counted once."
        ),
    )
    evidence: list[Evidence] = Field(default_factory=list)
    conflict: str | None = Field(
        default=None, description="The conflict that disputes it: other sources say otherwise."
    )


class ConflictVariant(_Contract):
    value: str
    sources: list[str]
    attributed_to: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


ConflictKind = Literal["number", "date", "entity", "claim", "correction"]


class Conflict(_Contract):
    id: str
    question: str
    kind: ConflictKind
    variants: list[ConflictVariant]


class TimelineEntry(_Contract):
    date: dt.date
    precision: DatePrecision
    text: str
    sources: list[str]
    # each source's own sentence for the entry (``text`` is one of them, its connective cut)
    evidence: list[Evidence] = Field(default_factory=list)


class Entity(_Contract):
    name: str
    label: str
    aliases: list[str] = Field(default_factory=list)
    sources: list[str]


class Brief(_Contract):
    """The output of `newsfuse brief`: the public contract written as ``brief.json``."""

    schema_version: str = Field(default=SCHEMA_VERSION, alias="schema")
    event: EventRecord = Field(default_factory=EventRecord)
    sources: list[Source] = Field(default_factory=list)
    summary: list[SummarySentence] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list, description="Inputs skipped or repaired.")

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


def brief_json_schema() -> dict:
    """JSON Schema of `brief.json`, generated from the models (published in docs/)."""
    schema = Brief.model_json_schema(by_alias=True)
    schema["$id"] = "https://newsfuse.dev/schema/brief-1.json"
    schema["title"] = "newsfuse brief"
    return schema

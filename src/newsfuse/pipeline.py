"""The pipeline is the composition of the stages:
clean → segment → extract → reconcile → summarize → timeline → assemble a Brief.

Every stage is a pure function over the data model (`newsfuse.models`); this module only wires
them together and maps internal article ids to the reader-facing source ids ``S1, S2, ...``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from newsfuse.clean import clean_article, drop_shared_banners
from newsfuse.errors import NoUsableInput
from newsfuse.extract import extract
from newsfuse.extract.countries import COUNTRIES
from newsfuse.extract.entities import CanonicalEntity
from newsfuse.extract.named_in import articles_naming, full_name, names_written
from newsfuse.extract.ner import ORG_HEADS, lower_case_words, resolve_backend
from newsfuse.extract.us_states import US_STATES
from newsfuse.ingest import accept_articles
from newsfuse.ingest.limits import Duplicates
from newsfuse.models import (
    Article,
    Brief,
    Entity,
    Evidence,
    Problem,
    Sentence,
    Source,
    SummarySentence,
)
from newsfuse.reconcile import reconcile
from newsfuse.reconcile.claims import Claimant
from newsfuse.reconcile.event import event_day, event_place, event_record, event_type
from newsfuse.segment import segment_article
from newsfuse.settings import DEFAULT_SETTINGS, Settings
from newsfuse.summarize import SummaryPick, summarize
from newsfuse.timeline import build_timeline


@dataclass(frozen=True)
class Prepared:
    """Articles cleaned and split into sentences, ready for extraction, and the problems met."""

    articles: list[Article]
    sentences: dict[str, list[Sentence]]
    problems: list[Problem]


def prepare_articles(
    articles: Sequence[Article],
    settings: Settings = DEFAULT_SETTINGS,
    problems: Sequence[Problem] = (),
) -> Prepared:
    """Ingest's rules, cleaning (each article's, then the banner its pages share:
    `clean.drop_shared_banners`) and segmentation for one run (the stages before extraction).

    Articles are held to ingest's rules and run limits (`ingest.accept_articles`: a no-op for
    articles `read_inputs` made), and taken in order while their sentences stay within
    ``settings.max_run_sentences``; every article skipped or cut is a problem.
    """
    problems = list(problems)
    accepted = accept_articles(articles, settings)  # a caller's own Articles meet ingest's limits
    problems += accepted.problems
    cleaned: list[Article] = []
    sentences: dict[str, list[Sentence]] = {}
    first_with_text: dict[str, str] = {}  # whitespace-collapsed text -> origin of its first copy
    duplicates = Duplicates(problems)
    n_sentences = 0
    # a banner shows only across pages: one a crawl found atop several of them goes
    every_cleaned = drop_shared_banners([clean_article(article) for article in accepted.articles])
    for n, article in enumerate(every_cleaned):
        text = " ".join(article.text.split())
        if not text:
            problems.append(Problem(article.origin, "no article text left after cleaning, skipped"))
            continue
        if text in first_with_text:  # one text is one source, however many copies arrive
            duplicates.skip(article.origin, first_with_text[text])
            continue
        segmented = segment_article(article, settings)
        n_sentences += len(segmented.sentences)
        if n_sentences > settings.max_run_sentences and cleaned:
            # the summary compares every sentence with every other: memory is n^2 in these
            later = len(accepted.articles) - n - 1
            message = (
                f"run limit max_run_sentences ({settings.max_run_sentences:,}) reached; "
                f"this and {later:,} later article(s) skipped"
            )
            problems.append(Problem(article.origin, message))
            break
        first_with_text[text] = article.origin
        problems += segmented.problems
        sentences[article.id] = segmented.sentences
        cleaned.append(article)
    return Prepared(cleaned, sentences, problems)


def build_brief(
    articles: Sequence[Article],
    settings: Settings = DEFAULT_SETTINGS,
    problems: Sequence[Problem] = (),
) -> Brief:
    """Turn ingested articles into a brief. Raises `NoUsableInput` if nothing has text.

    The stages before extraction are `prepare_articles`; every article skipped or cut there is
    a problem in the brief's warnings.
    """
    prepared = prepare_articles(articles, settings, problems)
    cleaned, sentences, problems = prepared.articles, prepared.sentences, prepared.problems
    if not cleaned:
        raise NoUsableInput(problems)

    source_ids = {article.id: f"S{i}" for i, article in enumerate(cleaned, start=1)}
    source_of = source_ids.__getitem__

    extraction = extract(cleaned, sentences, settings.ner)
    day = event_day(cleaned, sentences, extraction)
    kind = event_type(cleaned, sentences)
    where = event_place(cleaned, sentences, extraction)
    reconciled = reconcile(cleaned, sentences, extraction, day, kind, where, source_of)
    every_sentence = [s for article in cleaned for s in sentences[article.id]]
    picks = summarize(
        cleaned, every_sentence, settings, exclude=reconciled.minority, reports=reconciled.reports
    ).picks

    event = event_record(
        cleaned,
        sentences,
        extraction,
        day,
        kind,
        where,
        reconciled.casualties,
        [c.name for c in reconciled.claimants],
    )
    return Brief(
        event=event,
        sources=[_source(article, source_ids, reconciled.copies) for article in cleaned],
        summary=[_summary_sentence(pick, source_ids, reconciled.sides) for pick in picks],
        facts=reconciled.facts,
        conflicts=reconciled.conflicts,
        timeline=build_timeline(
            cleaned,
            sentences,
            extraction,
            source_of,
            syntax=resolve_backend(settings.ner) == "spacy",
        ),
        entities=_entities(
            extraction.canonical,
            reconciled.claimants,
            source_of,
            cleaned,
            [pick.sentence.text for pick in picks],
            where.place,
            event.title,
        ),
        warnings=[str(p) for p in problems],
    )


def _source(article: Article, source_ids: dict[str, str], copies: dict[str, str]) -> Source:
    original = copies.get(article.id)
    return Source(
        id=source_ids[article.id],
        article_id=article.id,
        path=article.origin,
        outlet=article.outlet,
        url=article.url,
        title=article.title,
        published=article.published,
        text=article.text,
        copy_of=source_ids[original] if original else None,
    )


def _evidence(sentence: Sentence, source_ids: dict[str, str]) -> Evidence:
    return Evidence(
        source=source_ids[sentence.article_id],
        start=sentence.start,
        end=sentence.end,
        quote=sentence.text,
    )


def _summary_sentence(
    pick: SummaryPick, source_ids: dict[str, str], sides: dict[Sentence, list[str]]
) -> SummarySentence:
    """A summary sentence cites its own source first, then every source that supports it, and
    names any conflict it takes a side in, so no disputed value reads as settled."""
    evidence = [_evidence(s, source_ids) for s in (pick.sentence, *pick.support)]
    cited = sorted({e.source for e in evidence}, key=lambda sid: int(sid[1:]))
    return SummarySentence(
        text=pick.sentence.text,
        sources=cited,
        evidence=evidence,
        conflicts=sides.get(pick.sentence, []),
    )


# Entities listed in the brief: those at least two sources name, recognised there or not (all
# of them for a single article), most mentioned first, at most `MAX_ENTITIES`, and the event's
# place. Then, up to `FEW_ENTITIES` with the shared ones, the names one source gives, the most
# mentioned first: sources may share few names, yet their main people belong in the brief (a
# veteran one feature names ten times, and the woman he searches for, came after incidental
# "St. Joseph" and "Air Force" that a summary sentence named). A name one source writes once
# is listed only in full (`_named_in_full`), and ranks last. Key people one source gives are
# listed beyond that room: a person the event's title names ("Russian President Dmitry
# Medvedev has joined ...", named four times by one source of a Timeline17 brief that shared
# 38 names), and the people it introduces in full, then names by surname, most mentioned
# first, while the list holds fewer than `FEW_ENTITIES` people (Karl Rove, after a source's
# "Republicans" and "Democrats" had taken the room; taking the room instead, such people had
# pushed out a story's Kim Jong-un and Flint's health department). A full name written twice
# is no such sign: "Universal Studios" and "Duluth Harbor" were the model's persons. Last, any
# other name a summary sentence gives, so that a reader finds every name the summary gives.
MAX_ENTITIES = 40
FEW_ENTITIES = 12


def _entities(
    canonical: Sequence[CanonicalEntity],
    claimed: Sequence[Claimant],
    source_of: Callable[[str], str],
    articles: Sequence[Article],
    summary: Sequence[str],
    place: CanonicalEntity | None,
    title: str | None,
) -> list[Entity]:
    """The brief's entities. A claimant is an organisation whatever the NER made of it, with
    every name the sources give it; its entity (if NER found one) takes those names. An
    entity's sources are those that write its name, recognised there or not
    (`named_in.articles_naming`); a person the event's ``title`` names is always listed."""
    min_sources = 1 if len(articles) == 1 else 2

    def sources(article_ids: Iterable[str]) -> list[str]:
        return sorted({source_of(aid) for aid in article_ids}, key=lambda s: int(s[1:]))

    texts = {a.id: a.text for a in articles}
    lower_case = lower_case_words(" ".join(texts.values()))
    names = names_written(canonical, lower_case)
    naming = articles_naming(names, texts)
    credited = [set(e.article_ids) | named for e, named in zip(canonical, naming, strict=True)]
    in_summary = articles_naming(names, dict(enumerate(summary)))
    in_title = articles_naming(names, {"title": title or ""})
    listed = [i for i, ids in enumerate(credited) if len(ids) >= min_sources][:MAX_ENTITIES]
    room = max(0, FEW_ENTITIES - len(listed))
    room_for_people = max(0, FEW_ENTITIES - sum(canonical[i].label == "PERSON" for i in listed))
    listed += [i for i in _place_index(canonical, place) if i not in listed]

    def introduced(i: int) -> bool:
        """A person named in full, and by surname alone too ("Karl Rove ... Rove said")."""
        entity = canonical[i]
        surname = entity.name.split()[-1]
        return surname in entity.aliases and full_name(entity, lower_case)

    def importance(i: int) -> tuple[int, bool, bool, int]:
        """More mentions first; of as many, one the summary names, then a person (who matters
        most), then the first named."""
        entity = canonical[i]
        first = min(m.start for m in entity.mentions)
        return -len(entity.mentions), not in_summary[i], entity.label != "PERSON", first

    single = sorted(
        (i for i in range(len(canonical)) if i not in listed and canonical[i].mentions),
        key=importance,
    )
    worth = [
        i
        for i in single
        if len(canonical[i].mentions) > 1 or _named_in_full(canonical[i], lower_case)
    ]
    key_people = [i for i in single if introduced(i)][:room_for_people]
    in_the_title = [i for i in single if canonical[i].label == "PERSON" and in_title[i]]
    added = {*worth[:room], *key_people, *in_the_title}
    listed += [i for i in single if i in added or in_summary[i]]
    entities = [
        Entity(
            name=canonical[i].name,
            label=canonical[i].label,
            aliases=list(canonical[i].aliases),
            sources=sources(credited[i]),
        )
        for i in listed
    ]
    for claimant in claimed:
        names = {claimant.name, *claimant.aliases}
        mentioned = [e for e in entities if names & {e.name, *e.aliases}]
        article_ids = set(claimant.article_ids)
        for entity in mentioned:
            entities.remove(entity)
            names |= {entity.name, *entity.aliases}
        article_ids |= {aid for e in canonical if e.name in names for aid in e.article_ids}
        entities.insert(
            0,
            Entity(
                name=claimant.name,
                label="ORG",
                aliases=sorted(names - {claimant.name}),
                sources=sources(article_ids),
            ),
        )
    return entities


def _place_index(canonical: Sequence[CanonicalEntity], place: CanonicalEntity | None) -> list[int]:
    """The entity that is the event's place (by any of its names), if any: the brief's own
    location belongs in its list ("Montgomery", named once, was missing)."""
    if place is None:
        return []
    names = {place.name, *place.aliases}
    return [i for i, e in enumerate(canonical) if names & {e.name, *e.aliases}][:1]


# A word of an organisation's or a place's name written in full: capitalised ("SolarWinds",
# "U.S.", "244") or a word that joins two ("Department of Treasury"); not "Photo/David", "%".
_NAME_WORD = re.compile(r"[A-Z\d][\w.'’&-]*|of|and|the|for|de|on")


def _named_in_full(entity: CanonicalEntity, lower_case: frozenset[str]) -> bool:
    """Whether a name written once is a name and not NER's misreading: a person's given name
    and surname (`named_in.full_name`); a country or US state ("Texas"); another name of two
    words or more, written as a name, mostly of words the texts never write in lower case
    besides its head ("SolarWinds Inc", "Commerce Department": the attack's vector and a
    victim named once in a three-source story of seven names; not a title-case headline's
    "Passenger Who Arrived At Newark Airport"). A single word is too often a capitalised
    common word ("Appalled", "Thunder")."""
    if entity.label == "PERSON":
        return full_name(entity, lower_case)
    words = entity.name.split()
    if len(words) == 1:
        return entity.name in COUNTRIES or entity.name in US_STATES
    if not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    plain = [w.lower() for w in words if w[:1].isupper() and w.lower() not in ORG_HEADS]
    return 2 * sum(w in lower_case for w in plain) <= len(plain)

"""The pipeline is the composition of the stages:
clean → segment → extract → reconcile → summarize → timeline → assemble a Brief.

Every stage is a pure function over the data model (`newsfuse.models`); this module only wires
them together and maps internal article ids to the reader-facing source ids ``S1, S2, ...``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from newsfuse.clean import clean_article, drop_shared_banners
from newsfuse.errors import NoUsableInput
from newsfuse.extract import extract
from newsfuse.extract.entities import CanonicalEntity
from newsfuse.extract.named_in import articles_naming, full_name, names_written
from newsfuse.extract.ner import lower_case_words, resolve_backend
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
    picks = summarize(cleaned, every_sentence, settings, exclude=reconciled.minority).picks

    return Brief(
        event=event_record(
            cleaned,
            sentences,
            extraction,
            day,
            kind,
            where,
            reconciled.casualties,
            [c.name for c in reconciled.claimants],
        ),
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
# of them for a single article), most mentioned first, at most `MAX_ENTITIES`; then those a
# summary sentence names, so that a reader finds every name the summary gives; then, while
# fewer than `FEW_ENTITIES` are listed, those one source names at least twice, and then people
# one source names once in full ("Education Secretary Miguel Cardona said ..."), so that the
# main people of a story whose sources share few names are there (three short leads may share
# none).
MAX_ENTITIES = 40
FEW_ENTITIES = 12


def _entities(
    canonical: Sequence[CanonicalEntity],
    claimed: Sequence[Claimant],
    source_of: Callable[[str], str],
    articles: Sequence[Article],
    summary: Sequence[str],
) -> list[Entity]:
    """The brief's entities. A claimant is an organisation whatever the NER made of it, with
    every name the sources give it; its entity (if NER found one) takes those names. An
    entity's sources are those that write its name, recognised there or not
    (`named_in.articles_naming`)."""
    min_sources = 1 if len(articles) == 1 else 2

    def sources(article_ids: Iterable[str]) -> list[str]:
        return sorted({source_of(aid) for aid in article_ids}, key=lambda s: int(s[1:]))

    texts = {a.id: a.text for a in articles}
    lower_case = lower_case_words(" ".join(texts.values()))
    names = names_written(canonical, lower_case)
    naming = articles_naming(names, texts)
    credited = [set(e.article_ids) | named for e, named in zip(canonical, naming, strict=True)]
    in_summary = articles_naming(names, dict(enumerate(summary)))
    shared = [i for i, ids in enumerate(credited) if len(ids) >= min_sources][:MAX_ENTITIES]
    summarised = [i for i, named in enumerate(in_summary) if named and i not in shared]
    single = [i for i, ids in enumerate(credited) if len(ids) < min_sources and i not in summarised]
    repeated = [i for i in single if len(canonical[i].mentions) > 1]
    once = [i for i in single if len(canonical[i].mentions) == 1]
    full_names = [i for i in once if full_name(canonical[i], lower_case)]
    listed = shared + summarised
    listed += (repeated + full_names)[: max(0, FEW_ENTITIES - len(listed))]
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

"""Multi-document extractive summarisation with source attribution.

`summarize` picks whole sentences from the articles of one event and, for each, the sentences
of *other* articles that state the same content, so the brief can cite every source. The
method, module by module:

1. `quality`: keep sentences that can stand alone (no fragments, questions, "He said.",
   subheads, links), relaxing the filters only when nothing would be left.
2. `rank`: embed the sentences (TF-IDF fitted on the cluster by default) and score each by
   similarity to the cluster centroid (every article weighing the same), by how many other
   independent reports say the same thing (two articles of one newsroom are one report), and
   by a lead-position prior.
3. `select`: greedy MMR under the word budget; near-duplicates of a pick are never taken, nor
   is a sentence the pick could be cited for (one finding in another outlet's words: a
   sentence that says more stays a candidate), and a sentence that leans on the one before
   ("But he ...", "“...,” he said") is taken only right after it.
4. `lead`: one article's opening replaces those picks when it covers clearly more of what the
   articles share, unless four or more independent reports are summarised and the picks draw
   on several of them.
5. `cite`: cite each other article whose best-matching sentence clearly states the same.
6. `order`: reading order by where the sources put the content (mean relative position); an
   opening keeps its own order, and a sentence that leans back stays after its sentence.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsfuse.embed import get_embedder
from newsfuse.embed.terms import terms
from newsfuse.models import Article, Sentence
from newsfuse.settings import DEFAULT_SETTINGS, Settings
from newsfuse.summarize.cite import CITE_OVERLAP, CITE_SIM, supporting
from newsfuse.summarize.lead import better_lead, fits_an_opening
from newsfuse.summarize.order import reading_order
from newsfuse.summarize.quality import (
    LEANS_BACK,
    WELL_FORMED_TIERS,
    candidate_masks,
    framed_problems,
    sentence_problems,
)
from newsfuse.summarize.rank import (
    DEFAULT_WEIGHTS,
    Weights,
    best_per_article,
    embed_and_compare,
    position_scores,
    score,
    support_scores,
    term_containment,
)
from newsfuse.summarize.select import CONTAINED, REDUNDANT, mmr_select, shared_runs

__all__ = ["Summary", "SummaryPick", "summarize"]


@dataclass(frozen=True)
class SummaryPick:
    """One summary sentence and the sentences of other articles that state the same content.

    ``support`` holds at most one sentence per other article (its best match), in input
    article order; the pick's own article is implied by ``sentence.article_id``.
    """

    sentence: Sentence
    support: tuple[Sentence, ...]


@dataclass(frozen=True)
class Summary:
    """The picks in reading order, and the id of the article whose opening they are when the
    lead alternative won (`newsfuse.summarize.lead`), else None."""

    picks: list[SummaryPick]
    lead_of: str | None = None


def summarize(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    settings: Settings = DEFAULT_SETTINGS,
    weights: Weights = DEFAULT_WEIGHTS,
    exclude: Collection[Sentence] = frozenset(),
    reports: Mapping[str, str] | None = None,
) -> Summary:
    """Summarise one event's articles in at most ``settings.words`` words: the MMR picks in
    reading order, or one article's opening when it covers clearly more (`lead`).

    ``exclude`` lists sentences that must not be picked (e.g. one side of a conflict stated as
    fact); they still count as context for the centroid and as support. ``reports`` maps an
    article id to its independent report's key (`newsfuse.reconcile.reports.independent_reports`;
    default: every article its own report): support counts reports, so three factboxes of one
    newsroom do not support their shared background three times over.

    Sentences whose ``article_id`` matches no article are ignored. Deterministic: the same
    articles and sentences (in any order) always give the same picks.
    """
    article_rank = {a.id: i for i, a in enumerate(articles)}
    sents = sorted(
        (s for s in sentences if s.article_id in article_rank and s.text.strip()),
        key=lambda s: (article_rank[s.article_id], s.index, s.start),
    )
    if not sents or settings.words <= 0:
        return Summary([])
    texts = [s.text for s in sents]
    # articles numbered 0.. in input order, counting only those that have sentences
    _, article_of = np.unique([article_rank[s.article_id] for s in sents], return_inverse=True)
    lengths = np.array([len(t.split()) for t in texts], dtype=np.intp)

    embedder = get_embedder(settings.embedder)
    report_of = _report_numbers(sents, reports)
    centroid, sim, agreement = embed_and_compare(embedder, texts, article_of, report_of)
    sentence_terms = [terms(text) for text in texts]
    containment = term_containment(sentence_terms)
    support = support_scores(best_per_article(sim, report_of))

    alike = np.maximum(sim, REDUNDANT * shared_runs(texts))
    # restates[i, j]: j states most of what i states, as `cite` asks of a citation; a pick j
    # closes each such i
    restates = (sim >= CITE_SIM) & (containment >= CITE_OVERLAP)
    alike = np.maximum(alike, REDUNDANT * restates)
    picked: list[int] = []
    allowed = np.array([s not in exclude for s in sents], dtype=bool)
    before = _before(sents)
    found = sentence_problems(texts, before, framed_problems(articles, sents))
    after = _follows(before, found)
    for tier, usable in enumerate(candidate_masks(found)):
        if not (usable & allowed).any():
            continue
        position = position_scores(article_of, usable, agreement)
        scores = score(centroid, support, position, weights)
        leaning = after if tier < WELL_FORMED_TIERS else None
        picked = mmr_select(
            scores, alike, containment, lengths, usable & allowed, settings.words, after=leaning
        )
        if picked:
            break

    in_lead = allowed & np.array([fits_an_opening(p) for p in found], dtype=bool)
    opens = allowed & np.array([p == set() for p in found], dtype=bool)
    repeats = (alike >= REDUNDANT) | (containment >= CONTAINED)  # as MMR never picks both
    lead = better_lead(
        picked,
        sentence_terms,
        article_of,
        lengths,
        in_lead,
        settings.words,
        opens=opens,
        repeats=repeats,
        report_of=report_of,
        after=after,
    )
    picks = [
        (sents[i], tuple(sents[j] for j in supporting(i, texts, sim, article_of)))
        for i in (lead or picked)
    ]
    if lead:  # an opening keeps its own order
        return Summary([SummaryPick(*pick) for pick in picks], sents[lead[0]].article_id)
    article_len: dict[str, int] = {}
    for s in sents:
        article_len[s.article_id] = max(article_len.get(s.article_id, 0), s.index + 1)
    chosen = set(picked)
    follows = {sents[i]: sents[after[i]] for i in picked if after[i] in chosen - {i}}
    ordered = reading_order(picks, article_rank, article_len, follows)
    return Summary([SummaryPick(*pick) for pick in ordered])


def _report_numbers(sents: Sequence[Sentence], reports: Mapping[str, str] | None) -> np.ndarray:
    """Each sentence's report, numbered 0.. (an article missing from ``reports`` is its own)."""
    known = reports or {}
    keys = [known.get(s.article_id, s.article_id) for s in sents]
    return np.unique(keys, return_inverse=True)[1]


def _before(sents: Sequence[Sentence]) -> np.ndarray:
    """For each sentence, the index of the sentence right before it in its article, else -1.
    ``sents`` are in article and index order."""
    return np.array(
        [
            i - 1
            if i and (sents[i - 1].article_id, sents[i - 1].index + 1) == (s.article_id, s.index)
            else -1
            for i, s in enumerate(sents)
        ],
        dtype=np.intp,
    )


def _follows(before: np.ndarray, found: Sequence[set[str] | None]) -> np.ndarray:
    """For each sentence that leans back, the sentence before it in its article (the one that
    says who "he" is), or itself when it opens its article (so it never qualifies); -1 for
    every other sentence."""
    leans = np.array([bool(p) and LEANS_BACK in p for p in found], dtype=bool)
    return np.where(leans, np.where(before >= 0, before, np.arange(len(before))), -1)

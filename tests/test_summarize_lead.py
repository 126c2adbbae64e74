"""The lead alternative: one article's opening replaces the MMR picks only when it covers
clearly more of what the articles share."""

from __future__ import annotations

import numpy as np

from newsfuse.embed.terms import terms
from newsfuse.settings import Settings
from newsfuse.summarize import summarize
from newsfuse.summarize.lead import (
    article_leads,
    better_lead,
    concept_weights,
    concepts,
    stands_for_the_reports,
)
from tests.test_summarize import BODIES, make_cluster

# The first report says in two sentences what the others spread over four; its second sentence
# is a quote with no speaker, which an opening may carry in its place but the MMR picks may
# not take. The scraped photo caption above them (no full stop) is no part of an opening.
OPENING = [
    "Iraqi security forces guard the main gate of the base",
    "Rebels fired 14 rockets at the Ain al-Asad air base in western Iraq on Wednesday morning.",
    "“It was the third rocket attack on the base this week, and two contractors suffered "
    "minor injuries.”",
    "The local football club celebrated its first league title in twenty years last night.",
]
# Each opens with its own background and reports the attack further down, in sentences that
# lean on one the MMR picks do not take (it repeats the opening, or it is off the subject).
SPREAD = [
    [
        "The price of crude oil rose slightly in early trading on Asian markets this morning.",
        "A new bridge over the river will open to traffic in the spring, the mayor said.",
        "Officials said 14 rockets hit the Ain al-Asad air base in western Iraq.",
        "They said two contractors suffered minor injuries on Wednesday.",
    ],
    [
        "Heavy snow closed several mountain roads in the north for the second day running.",
        "Parliament is expected to vote on the budget before the end of the month.",
        "It was the third rocket attack on the base this week, on Wednesday morning.",
        "Rebels fired the rockets from a truck, according to Iraqi security sources.",
    ],
]


def test_concepts_are_adjacent_term_pairs_weighted_by_the_articles_sharing_them() -> None:
    texts = ["Fourteen rockets hit the base.", "The rockets hit the air base.", "Oil prices rose."]
    found = concepts([terms(t) for t in texts])
    assert found[0] == {"14 rocket", "rocket hit", "hit base"}
    weights = concept_weights(found, np.array([0, 1, 2]))
    assert weights == {"rocket hit": 2}  # "hit base" vs "hit air": not the same pair
    # one article alone: every pair counts once
    assert concept_weights(found[:1], np.array([0])) == {
        "14 rocket": 1,
        "rocket hit": 1,
        "hit base": 1,
    }


def test_a_lead_runs_from_the_top_until_the_budget_passing_over_unusable_sentences() -> None:
    article_of = np.array([0, 0, 0, 0, 1, 1])
    lengths = np.array([10, 3, 12, 5, 30, 4])
    usable = np.array([True, False, True, True, True, True])
    assert article_leads(article_of, lengths, usable, budget=25) == [[0, 2], []]
    assert article_leads(article_of, lengths, usable, budget=40) == [[0, 2, 3], [4, 5]]


def test_a_lead_passes_over_a_sentence_that_repeats_one_it_has() -> None:
    article_of = np.array([0, 0, 0, 0])
    lengths = np.array([10, 12, 10, 8])
    usable = np.ones(4, dtype=bool)
    repeats = np.zeros((4, 4), dtype=bool)
    repeats[1, 0] = True  # the first sentence says what the headline said
    repeats[2, 3] = True  # only what the lead already has counts: 2 comes before 3
    assert article_leads(article_of, lengths, usable, 40, repeats=repeats) == [[0, 2, 3]]
    assert article_leads(article_of, lengths, usable, 40) == [[0, 1, 2, 3]]


def test_a_sentence_that_leans_back_enters_a_lead_only_right_after_its_sentence() -> None:
    article_of = np.array([0, 0, 0, 0, 1, 1, 1])
    lengths = np.full(7, 10)
    usable = np.array([True, False, True, True, True, True, True])
    # 2 leans on 1, passed over (a question), and 3 on 2; 5 leans on 4, which the lead has
    after = np.array([-1, -1, 1, 2, -1, 4, -1])
    assert article_leads(article_of, lengths, usable, 40, after=after) == [[0], [4, 5, 6]]
    assert article_leads(article_of, lengths, usable, 40) == [[0, 2, 3], [4, 5, 6]]


# A question the lead passes over says who "he" is in the sentence after it (Multi-News
# validation-88: "Why would Trump be interested in Dublin?" | "He “is known to want ...”").
ASKED = [
    OPENING[1],
    "Why would anyone attack the base again this week?",
    "He “wants the foreign contractors out of Iraq,” a local official said of the rebel "
    "commander, and two contractors suffered minor injuries.",
    OPENING[3],
]


def test_an_opening_leaves_out_a_sentence_whose_antecedent_it_passed_over() -> None:
    articles, sentences = make_cluster([ASKED, *SPREAD])
    summary = summarize(articles, sentences, Settings(words=40))
    assert ASKED[2] not in [p.sentence.text for p in summary.picks]


def test_the_lead_must_cover_clearly_more_than_the_picks() -> None:
    texts = [
        "Rebels fired rockets at the air base on Wednesday.",
        "Two contractors suffered minor injuries.",
        "Oil prices rose.",
        "Rebels fired rockets at the air base, officials said.",
        "Two contractors suffered minor injuries, a spokesman said.",
    ]
    sentence_terms = [terms(t) for t in texts]
    article_of = np.array([0, 0, 0, 1, 1])
    lengths = np.array([len(t.split()) for t in texts])
    usable = np.ones(len(texts), dtype=bool)
    # picks that cover only the rockets: the opening of article 0 covers the injuries too
    assert better_lead([3], sentence_terms, article_of, lengths, usable, 15) == [0, 1]
    # picks that already cover both: no lead covers clearly more
    assert better_lead([3, 4], sentence_terms, article_of, lengths, usable, 15) is None
    # a lead that covers exactly as much as the picks is not clearly better
    assert better_lead([3], sentence_terms, article_of, lengths, usable, 15, margin=10.0) is None


def test_with_many_reports_no_opening_replaces_picks_drawn_from_several() -> None:
    # T17 H1N1: a drug maker's opening won 14 concepts to 11 over picks from three of four
    # reports and left out the WHO's pandemic declaration
    texts = [
        "The World Health Organisation declared a flu pandemic on Thursday.",
        "Novartis will not give free flu vaccines to poor countries, its chief executive said.",
        "Novartis chief executive Daniel Vasella spoke to the Financial Times on Sunday.",
        "The World Health Organisation declared a pandemic after cases rose in 74 countries.",
        "Novartis said its chief executive would discuss flu vaccines with the World Health "
        "Organisation.",
        "China plans to restrict movement in residential areas to slow the flu.",
        "Venezuela quarantined a cruise ship after three crew members caught the flu.",
    ]
    sentence_terms = [terms(t) for t in texts]
    article_of = np.array([0, 1, 1, 2, 2, 3, 3])
    lengths = np.array([len(t.split()) for t in texts])
    usable = np.ones(len(texts), dtype=bool)
    rest = (sentence_terms, article_of, lengths, usable, 40)
    picks = [0, 5]  # from two of the four reports; report 2's opening covers more
    assert not stands_for_the_reports(picks, article_of)
    assert better_lead(picks, *rest) is None
    # the same opening still replaces picks from a single report, or stands for three reports
    assert better_lead([0], *rest) == [3, 4]
    assert better_lead(picks, *rest, report_of=np.array([0, 1, 1, 2, 2, 2, 2])) == [3, 4]


def test_summary_is_the_opening_that_covers_what_the_others_spread_out() -> None:
    articles, sentences = make_cluster([OPENING, *SPREAD])
    summary = summarize(articles, sentences, Settings(words=40))
    assert summary.lead_of == "a0"
    assert [p.sentence.text for p in summary.picks] == OPENING[1:3]
    # each opening sentence still cites what supports it
    assert all(p.support for p in summary.picks[:1])


def test_picks_from_several_articles_stay_when_no_opening_covers_clearly_more() -> None:
    # every report opens with the rockets; the injuries come later or after a question
    articles, sentences = make_cluster(BODIES)
    summary = summarize(articles, sentences, Settings(words=40))
    assert summary.lead_of is None
    assert len({p.sentence.article_id for p in summary.picks}) >= 2


def test_an_excluded_sentence_never_enters_an_opening() -> None:
    # the losing side of a conflict is excluded from the summary, openings included
    articles, sentences = make_cluster([OPENING, *SPREAD])
    excluded = next(s for s in sentences if s.text == OPENING[2])
    summary = summarize(articles, sentences, Settings(words=60), exclude={excluded})
    assert excluded not in [p.sentence for p in summary.picks]

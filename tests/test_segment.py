"""Tests for sentence segmentation: offsets, paragraphs, abbreviations."""

from __future__ import annotations

import itertools

import pytest

from newsfuse.clean import clean_text
from newsfuse.models import Article
from newsfuse.segment import split_sentences
from tests._data import multinews_documents, seed_texts


def _article(text: str) -> Article:
    return Article("a1", "a.txt", text, text)


def _split_into(text: str) -> list[str]:
    """The sentences of ``text``, checked to be its exact spans."""
    sentences = split_sentences(_article(text))
    assert all(text[s.start : s.end] == s.text for s in sentences)
    return [s.text for s in sentences]


def _assert_offsets(article: Article) -> None:
    sentences = split_sentences(article)
    for index, sentence in enumerate(sentences):
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert "\n\n" not in sentence.text
        assert sentence.index == index and sentence.article_id == article.id
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))


def test_offsets_on_seeds_raw_and_cleaned() -> None:
    for text in seed_texts().values():
        _assert_offsets(_article(text))
        _assert_offsets(_article(clean_text(text)[0]))


def test_offsets_on_multinews() -> None:
    for document in multinews_documents(30):
        _assert_offsets(_article(clean_text(document)[0]))


@pytest.mark.parametrize(
    "text",
    [
        "Operation Inherent Resolve spokesman Col. Wayne Marotto said two personnel suffered "
        "minor injuries.",
        "Two U.S. troops were hurt.",
        "The assault came on Jan. 5 after dark.",
        "The strike killed Gen. Qassem Soleimani, a senior Iranian military leader.",
        "“We reiterate to the brute (sic) occupation,” Mr. Badawi said they wrote.",
    ],
)
def test_abbreviations_do_not_split(text: str) -> None:
    assert [s.text for s in split_sentences(_article(text))] == [text]


def test_never_crosses_paragraphs_and_skips_headings() -> None:
    text = "Three rockets landed on Monday.\n\nCLIMBING\n\nNo date has been set. Talks stalled."
    sentences = split_sentences(_article(text))
    assert [s.text for s in sentences] == [
        "Three rockets landed on Monday.",
        "No date has been set.",
        "Talks stalled.",
    ]


def test_empty_text() -> None:
    assert split_sentences(_article("")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He went out for a swim around 5:30 p.m. Tuesday, according to police. He was found.",
            [
                "He went out for a swim around 5:30 p.m. Tuesday, according to police.",
                "He was found.",
            ],
        ),
        (
            "Smith was shot around 11:30 p.m. ET. Police arrived.",
            ["Smith was shot around 11:30 p.m. ET.", "Police arrived."],
        ),
        (
            "They were last seen about 11 a.m. May 29, police said.",
            ["They were last seen about 11 a.m. May 29, police said."],
        ),
        (
            "Most precincts had reported as of 5:00 a.m. California time.",
            ["Most precincts had reported as of 5:00 a.m. California time."],
        ),
        # a time that ends its sentence: what follows starts a new one
        (
            "The storm hit at 2:30 p.m. Saturday's forecast was worse.",
            ["The storm hit at 2:30 p.m.", "Saturday's forecast was worse."],
        ),
        (
            "Shots rang out around 10:45 p.m. A stray bullet hit a girl.",
            ["Shots rang out around 10:45 p.m.", "A stray bullet hit a girl."],
        ),
    ],
)
def test_a_time_that_goes_on_after_am_or_pm_stays_in_its_sentence(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in split_sentences(_article(text))] == expected


def test_a_month_abbreviation_keeps_its_day() -> None:
    text = "This story first appeared in the Aug. 23-Sept. 5 issue of the magazine. He left."
    assert [s.text for s in split_sentences(_article(text))] == [
        "This story first appeared in the Aug. 23-Sept. 5 issue of the magazine.",
        "He left.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ziegenhorn said, "I was gonna die."It started in 2011. She is well.',
            ['Ziegenhorn said, "I was gonna die."', "It started in 2011.", "She is well."],
        ),
        (
            "“Don't lose weight now!”Gillibrand isn't offended. “It's fine.”She laughed.",
            [
                "“Don't lose weight now!”",
                "Gillibrand isn't offended.",
                "“It's fine.”",
                "She laughed.",
            ],
        ),
        # a quote followed by a space is pysbd's to split; a lower-case word carries on
        ('He said, "I agree." Then he left.', ['He said, "I agree."', "Then he left."]),
        ('The song "Help!"was a hit.', ['The song "Help!"was a hit.']),
    ],
)
def test_a_quote_glued_to_the_next_sentence_ends_its_sentence(
    text: str, expected: list[str]
) -> None:
    assert _split_into(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the speaker after a quote's "!" or "?" belongs to its sentence
            '"No! we are brothers, we pray together!" Francis told Benedict in a gesture of '
            "humility. They prayed.",
            [
                '"No! we are brothers, we pray together!" Francis told Benedict in a gesture of '
                "humility.",
                "They prayed.",
            ],
        ),
        ("“Is he nervous?” Ross asks. He is not.", ["“Is he nervous?” Ross asks.", "He is not."]),
        (  # a pronoun, a clause's opening or a verb's base form starts a sentence of its own
            "“Where are they?” He said liberals get a pass for this.",
            ["“Where are they?”", "He said liberals get a pass for this."],
        ),
        (
            '"Is it a public safety issue?" Deputies say the home was used to sell drugs.',
            ['"Is it a public safety issue?"', "Deputies say the home was used to sell drugs."],
        ),
        (  # a quote's full stop ends its sentence
            '"We are brothers." Francis told Benedict so at lunch.',
            ['"We are brothers."', "Francis told Benedict so at lunch."],
        ),
    ],
)
def test_a_quote_keeps_the_speaker_named_after_its_exclamation_or_question(
    text: str, expected: list[str]
) -> None:
    assert _split_into(text) == expected


def test_a_section_label_is_split_off_its_sentence() -> None:
    text = (
        "The numbers: Sales at U.S. retailers sank a record 16.4% in April. Why it matters: "
        '"Nobody" saw it coming. The numbers matter: sales rose. Officials said: The plan stands.'
    )
    assert _split_into(text) == [
        "The numbers:",
        "Sales at U.S. retailers sank a record 16.4% in April.",
        "Why it matters:",
        '"Nobody" saw it coming.',
        "The numbers matter: sales rose.",
        "Officials said: The plan stands.",
    ]


def test_a_subhead_in_capitals_is_split_off_the_sentence_it_was_glued_to() -> None:
    """Timeline17 stream briefs showed "ULTIMATE HOPES IN RELIEF WELL BP executives say ..."
    and "STILL NO HANDLE ON THE FLOW RATE Allen told reporters ..." as single sentences."""
    text = (
        "ULTIMATE HOPES IN RELIEF WELL BP executives say a relief well is the fix. STILL NO "
        "HANDLE ON THE FLOW RATE Allen told reporters the rate was unknown. RESTORATION - "
        "ANALYSTS' VIEWS * A Reuters poll found repairs slow. US AND UK officials agree. NEW "
        "YORK City police said the man fled."
    )
    assert _split_into(text) == [
        "ULTIMATE HOPES IN RELIEF WELL",
        "BP executives say a relief well is the fix.",
        "STILL NO HANDLE ON THE FLOW RATE",
        "Allen told reporters the rate was unknown.",
        "RESTORATION - ANALYSTS' VIEWS *",
        "A Reuters poll found repairs slow.",
        "US AND UK officials agree.",
        "NEW YORK City police said the man fled.",
    ]
    # a magazine's lead-in in capitals ends on a function word and runs on into its sentence
    lead_in = "AHEAD OF THE August 2015 Fox News debate, Rupert Murdoch issued a directive."
    assert _split_into(lead_in) == [lead_in]


def test_a_split_before_a_comma_is_rejoined() -> None:
    # pysbd ends a sentence at a state's abbreviation even when a comma goes on
    text = (
        "Senate Majority Leader Mitch McConnell, R-Ky., smiles as he meets with reporters "
        "in Washington, Tuesday, Feb. 6, 2018. The deal was sealed."
    )
    sentences = split_sentences(_article(text))
    assert [s.text for s in sentences] == [
        text.removesuffix(" The deal was sealed."),
        "The deal was sealed.",
    ]


def test_a_closing_quote_mark_left_to_the_next_sentence_is_given_back() -> None:
    """An AllSides lead opens its quote with a curly mark and closes it with a straight one:
    pysbd left the '"' to the next sentence, and the summary showed “all that he knows. open."""
    text = (
        'He would be willing to tell the special counsel “all that he knows." '
        "The lawyer spoke on Tuesday night."
    )
    sentences = split_sentences(_article(text))
    assert [s.text for s in sentences] == [
        'He would be willing to tell the special counsel “all that he knows."',
        "The lawyer spoke on Tuesday night.",
    ]
    # ... and at a paragraph's end, where pysbd made the mark a sentence of its own
    sentences = split_sentences(_article(text.replace('." ', '."\n\n')))
    assert [s.text for s in sentences] == [
        'He would be willing to tell the special counsel “all that he knows."',
        "The lawyer spoke on Tuesday night.",
    ]

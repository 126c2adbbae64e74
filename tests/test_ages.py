"""The age extractor: an age is taken only right against a named person, in news style."""

from __future__ import annotations

import pytest

from newsfuse.extract.ages import find_ages
from newsfuse.extract.ner import find_entities
from newsfuse.models import Article
from newsfuse.segment import split_sentences


def _ages(text: str) -> list[tuple[str, int]]:
    article = Article(id="a", origin="a", raw_text=text, text=text)
    sentences = split_sentences(article)
    people = find_entities(article, sentences, "rules")
    return [(age.person.text, age.age) for age in find_ages(text, sentences, people)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("John Smith, 45, of Denver was arrested.", [("John Smith", 45)]),
        ("Police said the 46-year-old John Smith had a gun.", [("John Smith", 46)]),
        ("The 52-year-old former soldier John Smith was charged.", [("John Smith", 52)]),
        ("Mary Jones (33) was hurt in the crash.", [("Mary Jones", 33)]),
        ("The victim was Mary Jones, aged 33, a nurse.", [("Mary Jones", 33)]),
        ("Twenty-eight-year-old Geraldine Alcorn was arraigned.", [("Geraldine Alcorn", 28)]),
        ("Police said the nine-year-old Mary Jones was found.", [("Mary Jones", 9)]),
        ("Mary Jones was 15 when she left home.", [("Mary Jones", 15)]),
    ],
)
def test_ages_in_news_style(text: str, expected: list[tuple[str, int]]) -> None:
    assert _ages(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Singer Devin Lima died on Wednesday, his publicist said. He was 41.",
        "Singer Devin Lima dead at 41 after cancer battle.",
        "Singer Devin Lima passed away at age 41 after a cancer battle.",
        "Singer Devin Lima sang with the band for years. The 41-year-old died on Wednesday.",
    ],
)
def test_an_obituary_s_age(text: str) -> None:
    """A Multi-News obituary cluster gave "He was 41.", "Dead at 41" and "The 41-year-old died"
    and its brief had no age: none sat right against the name."""
    assert _ages(text) == [("Devin Lima", 41)]


@pytest.mark.parametrize(
    "text",
    [
        # "He" could be either man; "the 30-year-old man" maybe someone else
        "Singer Devin Lima met the actor John Smith on Monday. He was 41.",
        "Singer Devin Lima was arrested. The 30-year-old man was charged.",
        "Mary Jones was 15 points ahead at the turn.",  # a score
        "A 30-year-old man died in the crash on the highway.",  # no name
        "Joe Biden, 2020 was a hard year for the campaign.",  # a year, not an age
        "Mary Jones, 330, was listed in the register.",  # not a human age
        "Mary Jones scored 45 points in the game.",  # a count, not against the name
    ],
)
def test_no_age_without_a_named_person_right_beside_it(text: str) -> None:
    assert _ages(text) == []

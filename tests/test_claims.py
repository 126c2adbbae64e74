"""Responsibility claims: the extractor takes the three news forms and nothing looser."""

from __future__ import annotations

import pytest

from newsfuse.extract.claims import find_claims
from newsfuse.models import Article
from newsfuse.segment import split_sentences


def _names(text: str) -> list[str]:
    article = Article(id="a", origin="a", raw_text=text, text=text)
    sentences = split_sentences(article)
    claims = find_claims("a", sentences)
    for claim in claims:  # offsets point into the article text
        assert text[claim.start : claim.end] == claim.name
    return [c.name for c in claims]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'A previously unknown group calling itself "The brigades to avenge al-Muhandis," '
            "said its members fired 30 rockets toward the base.",
            "The brigades to avenge al-Muhandis",
        ),
        (
            "An analyst said an insurgent group calling itself “Tha’ar al-Muhandis,” has claimed "
            "responsibility for Wednesday’s attack.",
            "Tha’ar al-Muhandis",
        ),
        ("The Islamic State has claimed responsibility for the bombing.", "Islamic State"),
        ("ISIS claims responsibility for deadly rampage outside Parliament.", "ISIS"),
        (
            "Al-Shabaab, the Somali militant group, claimed responsibility for the attack.",
            "Al-Shabaab",
        ),
        (
            "Responsibility for the blast was claimed by the Pakistani Taliban on Monday.",
            "Pakistani Taliban",
        ),
        (
            "A hacker group known as DarkSide took responsibility for the ransomware attack.",
            "DarkSide",
        ),
    ],
)
def test_claims_in_the_forms_news_uses(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Responsibility for the attacks was not immediately claimed, officials said.",
        "No group has claimed responsibility for the attack so far.",
        "Here's a sampling of times Trump took credit for the market's rise.",
        "The Islamic State, which claimed previous attacks on the city, was blamed by police.",
        "A group calling itself Tha'ar al-Muhandis has been posting messages on Telegram.",
        "The group claimed responsibility in a statement.",
        "Hamas claimed responsibility for a 2014 bombing in the city.",
        # an admission of fault for an accident is no claim (Timeline17's BP spill)
        "In a 193-page report BP accepts responsibility in part for the disaster.",
        "Transocean took full responsibility for the explosion on the rig.",
    ],
)
def test_no_claim_is_read_into_looser_wording(text: str) -> None:
    assert _names(text) == []

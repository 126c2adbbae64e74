"""A key number worded by its clause (`reconcile.clause`), from sentences of the dev sets."""

from __future__ import annotations

import pytest

from newsfuse.extract.ner import load_spacy
from newsfuse.reconcile.clause import clause_wording

pytestmark = pytest.mark.skipif(load_spacy() is None, reason="spaCy model absent")


def _worded(sentence: str, amount: str) -> str | None:
    start = sentence.index(amount)
    return clause_wording(sentence, start, start + len(amount))


@pytest.mark.parametrize(
    ("sentence", "amount", "worded"),
    [
        (  # the subject a window of words leaves out
            "- The Lehigh County Humane Society has come to the rescue of 71 beagles.",
            "71",
            "The Lehigh County Humane Society has come to the rescue of 71 beagles",
        ),
        (  # the day it was told goes, the period the amount counts stays
            "US employers added 250,000 jobs in October, the Labor Department said on Friday.",
            "250,000",
            "US employers added 250,000 jobs in October",
        ),
        (  # a coordinated verb's subject; a relative clause and the weekday go
            "President Donald Trump on Friday signed into law a $484 billion measure that "
            "provides additional money for small businesses.",
            "$484 billion",
            "President Donald Trump signed into law a $484 billion measure",
        ),
        (  # a complemented verb stays; a hyphenated word stays whole
            "U.S. retailer Michael Kors agreed to buy luxury shoemaker Jimmy Choo for $1.2 "
            "billion, snapping up a British company.",
            "$1.2 billion",
            "U.S. retailer Michael Kors agreed to buy luxury shoemaker Jimmy Choo for $1.2 billion",
        ),
        (
            "The U.S. economy grew at a record-breaking 33.1% annual rate in the third quarter, "
            "the Commerce Department reported Thursday.",
            "33.1%",
            "The U.S. economy grew at a record-breaking 33.1% annual rate in the third quarter",
        ),
        (  # a rate is part of the amount's phrase
            "The U.S. is averaging more than 1,500 deaths a day, according to a tracker.",
            "more than 1,500",
            "The U.S. is averaging more than 1,500 deaths a day",
        ),
    ],
)
def test_a_key_number_is_worded_by_its_clause(sentence: str, amount: str, worded: str) -> None:
    assert _worded(sentence, amount) == worded


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("It is asking $9.65 million now.", "$9.65 million"),  # a pronoun names no one
        (  # which of two numbers would the fact be about?
            "The country has recorded 40,000,070 cases and 651,690 deaths.",
            "651,690",
        ),
        (  # set off from the clause
            "About 4.7 million Americans initiated gun background checks last month -- a 36% "
            "increase from February.",
            "36%",
        ),
        (  # fronted before the clause
            "In a new study of 103 male patients, investigators found a link to schizophrenia.",
            "103",
        ),
        (  # a predicate cut from what completes it
            "A 15 percent tax on wholesale marijuana distribution from cultivation and production "
            "facilities did not contribute to this week's tax revenue.",
            "15 percent",
        ),
    ],
)
def test_no_clean_clause_leaves_the_window_of_words(sentence: str, amount: str) -> None:
    assert _worded(sentence, amount) is None

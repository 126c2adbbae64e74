"""A key number worded by its clause (`reconcile.clause`), from sentences of the dev sets."""

from __future__ import annotations

import re

import pytest

from newsfuse.extract.ner import load_spacy
from newsfuse.extract.quantities import find_quantities
from newsfuse.models import Article
from newsfuse.reconcile.clause import clause_wording, reads_as_statement
from newsfuse.segment import split_sentences

from ._data import multinews_documents

pytestmark = pytest.mark.skipif(load_spacy() is None, reason="spaCy model absent")


def _bare(text: str) -> list[str]:
    """Words without the punctuation around them; a dash between words parts them."""
    return [w.strip(".,;:!?\"“”'‘’()[]") for w in re.split(r"\s+|—|–|--", text) if w.strip()]


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
        (  # a condition keeps its subordinator (a Multi-News fact had read as the opposite)
            "He said he was confident Sinema would prevail once the remaining half a million "
            "votes are counted.",
            "half a million",
            "once the remaining half a million votes are counted",
        ),
        (  # not the "that" of what was said
            "Officials said that 12,000 workers returned to their jobs.",
            "12,000",
            "12,000 workers returned to their jobs",
        ),
        (  # a conversion in brackets is the same amount, not another (Timeline17: a window of
            # words had made the Gulf of Mexico what cost BP)
            "The oil spill in the Gulf of Mexico has now cost BP $1.25 bn (£870m), as its chief "
            "executive vows to fix the disaster.",
            "$1.25 bn",
            "The oil spill in the Gulf of Mexico has cost BP $1.25 bn",
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
        (  # a coordination the parse broke: its words left out, "states limited mask ..."
            "The Education Department opened civil rights investigations into five "
            "Republican-led states that have banned or limited mask requirements in schools.",
            "five",
        ),
        (  # fronted before the clause
            "In a new study of 103 male patients, investigators found a link to schizophrenia.",
            "103",
        ),
        (  # an object whose predicate the parse hangs on the verb: "tests showed the virus
            # from 12 of the Mexican patients" was a Timeline17 H1N1 fact
            "The World Health Organization said tests showed the virus from 12 of the Mexican "
            "patients was the same genetically as a new strain of swine flu.",
            "12",
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


def test_a_clause_is_the_sentence_s_own_words_in_order_with_its_amount() -> None:
    """Over real prose (the first 30 Multi-News clusters), every clause given keeps the amount
    and is the sentence's words in the sentence's order: it may leave words out, never add,
    change or reorder any."""
    given = 0
    for document in multinews_documents(30):
        article = Article(id="a", origin="a", raw_text=document, text=document)
        sentences = split_sentences(article)
        for quantity in find_quantities(article, sentences):
            sentence = next(s for s in sentences if s.start <= quantity.start < s.end)
            at = quantity.start - sentence.start
            worded = clause_wording(sentence.text, at, at + len(quantity.text))
            if worded is None:
                continue
            given += 1
            assert quantity.text in worded
            words = iter(_bare(sentence.text))
            assert all(word in words for word in _bare(worded)), worded
    assert given > 50  # the parse words most amounts; the window is the exception


@pytest.mark.parametrize(
    ("sentence", "window", "amount", "reads"),
    [
        (  # a name the window starts inside a phrase at: the companies are the oligarchs'
            "The Trump administration is unleashing additional sanctions against seven Russian "
            "oligarchs with ties to President Vladimir Putin along with 12 companies they own.",
            "President Vladimir Putin along with 12 companies",
            "12 companies",
            False,
        ),
        (  # a subject cut from its verb
            "The Supreme Court in two cases Monday ruled police officers were entitled to "
            "protection.",
            "The Supreme Court in two cases",
            "two cases",
            False,
        ),
        (  # a clause, whatever phrase holds the amount
            "A Legionnaires' outbreak sickened at least 87 people in Flint, killing nine.",
            "sickened at least 87 people in Flint",
            "87 people",
            True,
        ),
        (  # a verb on the way from the amount
            "The document sheds light on logistical support given to two Saudi hijackers before "
            "Sept. 11, 2001.",
            "logistical support given to two Saudi hijackers",
            "two Saudi hijackers",
            True,
        ),
        (  # the amount's own noun phrase, and a sum "of" which it is
            "Clinton testified in defense of President Barack Obama's $47 billion budget request.",
            "President Barack Obama's $47 billion budget request",
            "$47 billion",
            True,
        ),
        (  # a phrase at the object of a place, not of a relation
            "Steck saw the bodies on a glacier at a height of 5,900 meters (19,350 feet).",
            "glacier at a height of 5,900 meters",
            "5,900 meters",
            True,
        ),
        (  # a clause whose subject is one of several
            "Eleven military planes and 15 ships were participating in Monday's search.",
            "15 ships were participating in Monday's search",
            "15 ships",
            True,
        ),
        (
            "The oil spill has so far cost BP a total of $3.12 bn (£2bn), the company has said.",
            "cost BP a total of $3.12 bn",
            "$3.12 bn",
            True,
        ),
    ],
)
def test_a_window_of_words_reads_as_a_statement_of_its_amount(
    sentence: str, window: str, amount: str, reads: bool
) -> None:
    start, at = sentence.index(window), sentence.index(amount)
    spans = (start, start + len(window)), (at, at + len(amount))
    assert reads_as_statement(sentence, *spans) is reads

"""Pre-tokenised text (Penn Treebank tokens, as Timeline17 stores it) is cleaned back to print."""

from __future__ import annotations

import json

import pytest

from newsfuse.clean import clean_text
from newsfuse.clean.tokens import detokenise_lines, is_pretokenised
from tests._data import SHARED_DATA, multinews_documents, seed_texts

# Two lines of a Timeline17 Reuters article (LibyaWar_reuters), as stored.
REUTERS = (
    "NALUT , Libya -LRB- Reuters -RRB- - Rebels fighting in Libya 's western mountains prepared "
    "on Thursday for a new offensive against Muammar Gaddafi 's troops .\n"
    "`` We wo n't stop until we reach Tripoli , '' a rebel commander said ."
)


@pytest.mark.parametrize(
    ("stored", "printed"),
    [
        ("Gaddafi 's troops , which wo n't go .", "Gaddafi's troops, which won't go."),
        ("they ca n't and they 're not .", "they can't and they're not."),
        ("the plan -LRB- BP -RRB- failed .", "the plan (BP) failed."),
        ("he said `` no '' .", 'he said "no".'),
        ("`` I am angry , '' Salazar said .", '"I am angry," Salazar said.'),
        # one corpus writes '' for both marks: the first opens, the second closes
        ("with '' flu - like symptoms '' today .", 'with "flu - like symptoms" today.'),
        ("the end of a quote begun above . ''", 'the end of a quote begun above."'),
        ("BP 's ` top kill ' plan .", "BP's 'top kill' plan."),
        ("the workers ' union .", "the workers' union."),  # a plural's possessive
        ("about $ 360m -LRB- # 244m -RRB- .", "about $360m (£244m)."),
        ("BENGHAZI\\/LONDON | Wed Jul 27 , 2011", "BENGHAZI/LONDON | Wed Jul 27, 2011"),
        ("a 50 % rise ; really ?", "a 50% rise; really?"),
        ("moved to the U.S. .", "moved to the U.S."),
        ("the U.N. 's latest report", "the U.N.'s latest report"),
        ("840,000 gallons\\/3 .18 million liters", "840,000 gallons/3.18 million liters"),
        ("He said : `` yes . ''", 'He said: "yes."'),
        ("output of 250,000-350 ,000 barrels per day", "output of 250,000-350,000 barrels per day"),
    ],
)
def test_detokenise_undoes_treebank_conventions(stored: str, printed: str) -> None:
    assert detokenise_lines([stored]) == [printed]


def test_a_stored_article_reads_as_printed_and_its_dateline_is_lifted() -> None:
    text, removals, lifted = clean_text(REUTERS)
    assert text == (
        "Rebels fighting in Libya's western mountains prepared on Thursday for a new offensive "
        "against Muammar Gaddafi's troops.\n\n"
        '"We won\'t stop until we reach Tripoli," a rebel commander said.'
    )
    assert lifted == {"dateline": "NALUT, Libya", "agency": "Reuters"}
    assert [r.rule for r in removals] == ["dateline"]


def test_a_quote_of_two_sentences_closes_on_the_line_after_the_one_it_opened_on() -> None:
    """Timeline17 stores one sentence a line: the second sentence of a Reuters quote had read
    'Western powers want ... to Libya, "the source said.', its closing mark turned to an
    opening one. A quote closed on its own line leaves the next line's ``''`` to open."""
    stored = (
        "`` West Libya 's supply of refined products is still sufficient .\n"
        "Western powers want a lot more control over supplies to Libya , '' the source said .\n"
        "`` The concern is a stalemate . ''\n"
        "The firm 's '' top kill '' plan failed ."
    )
    text, _, _ = clean_text(stored)
    assert text.split("\n\n") == [
        "\"West Libya's supply of refined products is still sufficient.",
        'Western powers want a lot more control over supplies to Libya," the source said.',
        '"The concern is a stalemate."',
        'The firm\'s "top kill" plan failed.',
    ]


def test_a_stock_ticker_split_across_lines_goes_and_its_sentence_is_one_line() -> None:
    """Timeline17's Reuters text splits "BP.L" at its full stop and the line after it; the
    summary of a BP event had read "... London-based BP (BP." and "N) exploded ..."."""
    stored = (
        "An oil drilling rig on lease to London-based BP -LRB- BP . \n"
        "L -RRB- -LRB- BP . \n"
        "N -RRB- exploded in flames on April 20 and collapsed two days later .\n"
        "The suit also names Cameron International Corp -LRB- CAM.N -RRB- , a supplier ."
    )
    text, removals, _ = clean_text(stored)
    assert text == (
        "An oil drilling rig on lease to London-based BP exploded in flames on April 20 and "
        "collapsed two days later.\n\nThe suit also names Cameron International Corp, a supplier."
    )
    assert [(r.rule, r.text) for r in removals] == [
        ("stock_tickers", "(BP.L) (BP.N)"),
        ("stock_tickers", "(CAM.N)"),
    ]


def test_printed_text_is_not_pretokenised() -> None:
    """A stray spaced comma or one "can 't" in printed text does not make it tokenised."""
    assert not is_pretokenised(["He said , as he left, that it was over. It is, he said, done."])
    assert not is_pretokenised(["Rock 'n' roll isn't dead, they said. It's 5 p.m. now."])
    assert not any(is_pretokenised(text.splitlines()) for text in seed_texts().values())


def test_no_multinews_document_is_taken_for_pretokenised() -> None:
    documents = multinews_documents(clusters=250)
    assert not [d[:80] for d in documents if is_pretokenised(d.splitlines())]


def test_timeline17_articles_clean_to_printed_text() -> None:
    """Every Timeline17 article of one folder: no bracket token, no clitic or comma spaced off
    its word, no Treebank quotation mark left after cleaning."""
    path = SHARED_DATA / "timeline17" / "LibyaWar_reuters" / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"Timeline17 data not found at {path}")
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    assert len(texts) > 50
    left = []
    for stored in texts:
        cleaned, _, _ = clean_text(stored)
        for token in ("-LRB-", "-RRB-", "``", "''", " 's ", " n't ", " , ", " . "):
            if token in cleaned:
                left.append((token, cleaned[max(0, cleaned.index(token) - 40) :][:80]))
    assert left == []

"""Quantity extraction: values, hedges, units and intervals on real news fragments.

Fragments come from the bundled Ain al-Asad seeds (examples/ain-al-asad/) unless marked;
the false-positive list comes from the same seeds and from Multi-News.
"""

from __future__ import annotations

import math

import pytest

from newsfuse.clean import clean_article
from newsfuse.extract.quantities import Quantity, compatible, find_quantities, normalise_unit
from newsfuse.models import Article
from newsfuse.segment import split_sentences
from tests._data import multinews_documents, seed_texts


def _article(text: str, id_: str = "a1") -> Article:
    return Article(id_, f"{id_}.txt", text, text)


def _quantities(text: str) -> list[Quantity]:
    article = _article(text)
    return find_quantities(article, split_sentences(article))


def _one(text: str) -> Quantity:
    found = _quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def _assert_offsets(article: Article, found: list[Quantity]) -> None:
    for q in found:
        assert article.text[q.start : q.end] == q.text
        assert q.article_id == article.id
        assert q.low is None or q.high is None or q.low <= q.high
    assert [q.start for q in found] == sorted(q.start for q in found)


# --------------------------------------------------------------------------- seed fragments

SEED_CASES = [
    # sentence, text, value, (low, high), qualifier, unit, unit_text
    (
        "At least 14 rockets were fired at Iraq’s Ain al-Asad Air Base.",
        "At least 14 rockets",
        14,
        (14, None),
        "at least",
        "rocket",
        "rockets",
    ),
    (
        "An investigation was already underway to find out who was behind an attack early "
        "Wednesday that sent more than a dozen rockets onto a base in western Iraq.",
        "more than a dozen rockets",
        12,
        (13, None),
        "more than",
        "rocket",
        "rockets",
    ),
    (
        "At least 14 missiles hit the Ain Al-Asad air base in western Iraq.",
        "At least 14 missiles",
        14,
        (14, None),
        "at least",
        "rocket",
        "missiles",
    ),
    (
        "US Army Col. Wayne Marotto, the coalition spokesman, said the rockets landed on the "
        "base and its perimeter, and two people were injured.",
        "two people",
        2,
        (2, 2),
        None,
        "person",
        "people",
    ),
    (
        "Iraqi militia groups aligned with Iran vowed to retaliate after last month’s US "
        "strikes on the Iraqi-Syrian border killed four of their members.",
        "four of their members",
        4,
        (4, 4),
        None,
        "member",
        "members",
    ),
    (
        "The attack was the latest in a series of rocket, missile and drone strikes on US "
        "assets in Iraq, which have been targeted almost 50 times this year.",
        "almost 50 times",
        50,
        (45, 50),
        "almost",
        "time",
        "times",
    ),
    (
        "Two U.S. servicemen were injured in the latest rocket attack on American forces "
        "stationed in Iraq.",
        "Two U.S. servicemen",
        2,
        (2, 2),
        None,
        "service member",
        "U.S. servicemen",
    ),
    (
        "Pentagon officials said two U.S. service members sustained minor injuries in the "
        "barrage and were treated for concussions and abrasions.",
        "two U.S. service members",
        2,
        (2, 2),
        None,
        "service member",
        "U.S. service members",
    ),
    (
        "He first said three people were injured.",
        "three people",
        3,
        (3, 3),
        None,
        "person",
        "people",
    ),
    (
        "Two rockets were fired at the U.S. embassy inside the Baghdad Green Zone early "
        "Thursday, Iraqi security sources told Reuters.",
        "Two rockets",
        2,
        (2, 2),
        None,
        "rocket",
        "rockets",
    ),
    (
        "Dozens of American service members suffered brain injuries in January 2020 during a "
        "rocket attack on the al-Asad airbase.",
        "Dozens of American service members",
        24,
        (24, 199),
        "dozens",
        "service member",
        "American service members",
    ),
    (
        "Hundreds of US troops are stationed in northeastern Syria, working with the SDF to "
        "fight against the Daesh group.",
        "Hundreds of US troops",
        200,
        (200, 1999),
        "hundreds",
        "service member",
        "US troops",
    ),
    (
        "Thousands of Iran-backed militiamen from around the Middle East are deployed in "
        "different parts of Syria.",
        "Thousands of Iran-backed militiamen",
        2000,
        (2000, 19_999),
        "thousands",
        "militiaman",
        "Iran-backed militiamen",
    ),
    (
        "The attacks come as tension has been on the rise between US troops and Iran-backed "
        "fighters after American airstrikes in eastern Syria killed four Iraqi fighters late "
        "last month.",
        "four Iraqi fighters",
        4,
        (4, 4),
        None,
        "fighter",
        "Iraqi fighters",
    ),
    (
        "It was the second such attempted attack in days after the SDF reported “two "
        "unidentified rocket-propelled grenades landed on the western side of the Omar oil "
        "field” late on Sunday.",
        "two unidentified rocket-propelled grenades",
        2,
        (2, 2),
        None,
        "grenade",
        "unidentified rocket-propelled grenades",
    ),
    (
        "The rocket barrage came less than two weeks after President Biden ordered U.S. "
        "airstrikes.",
        "less than two weeks",
        2,
        (None, math.nextafter(2, -math.inf)),
        "less than",
        "week",
        "weeks",
    ),
    (
        "President Biden ordered U.S. airstrikes on a pair of Iran-backed Iraqi militia groups "
        "operating in both Syria and Iraq.",
        "a pair of Iran-backed Iraqi militia groups",
        2,
        (2, 2),
        None,
        "group",
        "Iran-backed Iraqi militia groups",
    ),
    (
        "The U.S. mission remains in Iraq nearly two decades after the ouster of Saddam Hussein.",
        "nearly two decades",
        2,
        (1.8, 2),
        "nearly",
        "decade",
        "decades",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "interval", "qualifier", "unit", "unit_text"), SEED_CASES
)
def test_seed_fragments(
    sentence: str,
    text: str,
    value: float,
    interval: tuple[float | None, float | None],
    qualifier: str | None,
    unit: str,
    unit_text: str,
) -> None:
    found = [q for q in _quantities(sentence) if q.text == text]
    assert len(found) == 1, [q.text for q in _quantities(sentence)]
    q = found[0]
    assert (q.value, (q.low, q.high), q.qualifier, q.unit, q.unit_text) == (
        value,
        pytest.approx(interval),
        qualifier,
        unit,
        unit_text,
    )
    assert sentence[q.start : q.end] == text


def test_a_sentence_with_several_quantities() -> None:
    sentence = (
        "Earlier on Wednesday, Operation Inherent Resolve spokesman Col. Wayne Marotto said two "
        "personnel suffered minor injuries after 14 rockets were fired at the airbase."
    )
    found = _quantities(sentence)
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("two personnel", 2, "person"),
        ("14 rockets", 14, "rocket"),
    ]


def test_claimed_count_is_found_next_to_the_confirmed_one() -> None:
    text = (
        'A previously unknown group calling itself "The brigades to avenge al-Muhandis," said '
        'its members fired 30 rockets toward the base "run by American occupiers."'
    )
    q = _one(text)
    assert (q.text, q.value, q.low, q.high, q.unit) == ("30 rockets", 30, 30, 30, "rocket")


# --------------------------------------------------------------------------- numbers and units


@pytest.mark.parametrize(
    ("text", "expected", "value", "unit"),
    [
        ("More than 4,000 people fled.", "More than 4,000 people", 4000, "person"),
        ("The deal is worth $1.2 billion.", "$1.2 billion", 1.2e9, "USD"),
        ("Some 1.5 million people were displaced.", "Some 1.5 million people", 1.5e6, "person"),
        ("Turnout fell to 50% on Tuesday.", "50%", 50, "percent"),
        ("Turnout fell 50 percent on Tuesday.", "50 percent", 50, "percent"),
        ("The rate was 2.5 per cent.", "2.5 per cent", 2.5, "percent"),
        ("It dropped 3 percentage points.", "3 percentage points", 3, "percentage point"),
        ("The bill cost £185,000 in the end.", "£185,000", 185_000, "GBP"),
        # a scale abbreviation right after a sum of money, glued or (a headline's) spaced
        ("Congress passes $1.9 T Covid relief bill.", "$1.9 T", 1.9e12, "USD"),
        ("Congress passes $1.9tn Covid relief bill.", "$1.9tn", 1.9e12, "USD"),
        ("Dominion files $1.6B lawsuit.", "$1.6B", 1.6e9, "USD"),
        ("BP set up a £13.5 bn fund.", "£13.5 bn", 1.35e10, "GBP"),
        # a conversion in brackets is the same sum again, no second one
        ("The man running the $20bn (£13.5bn) fund spoke.", "$20bn", 2e10, "USD"),
        (
            "Up to 60,000 barrels (2.5 million gallons) leak a day.",
            "Up to 60,000 barrels",
            6e4,
            "barrel",
        ),
        ("He paid $5 K-Mart cashiers.", "$5", 5, "USD"),
        ("They raised 90 million dollars.", "90 million dollars", 9e7, "USD"),
        ("Twenty-five soldiers were hurt.", "Twenty-five soldiers", 25, "service member"),
        ("Police found 14 Katyusha rockets.", "14 Katyusha rockets", 14, "rocket"),
        ("Officials counted 1,420 children.", "1,420 children", 1420, "child"),
        ("One rocket landed near the gate.", "One rocket", 1, "rocket"),
        ("Half a dozen drones were launched.", "Half a dozen drones", 6, "drone"),
        ("A hundred families left.", "A hundred families", 100, "family"),
        ("The storm killed 1500 cattle.", "1500 cattle", 1500, "cattle"),
        # a share of "a million" said before it (Multi-News: "half a million ballots")
        ("Half a million ballots were left.", "Half a million ballots", 5e5, "ballot"),
        ("A quarter of a million people fled.", "A quarter of a million people", 2.5e5, "person"),
        ("About a half-million more votes remain.", "About a half-million more votes", 5e5, "vote"),
        # digits fused to the noun they count (Multi-News: "a narrow 9,610-vote lead")
        ("Sinema took a narrow 9,610-vote lead.", "9,610-vote", 9610, "vote"),
        ("Twelve Marines were hurt.", "Twelve Marines", 12, "marine"),  # at a sentence's start
    ],
)
def test_numbers_and_units(text: str, expected: str, value: float, unit: str) -> None:
    q = _one(text)
    assert (q.text, q.value, q.unit) == (expected, value, unit)


@pytest.mark.parametrize(
    ("text", "expected", "interval", "qualifier"),
    [
        ("Between 40 and 50 people were hurt.", "Between 40 and 50 people", (40, 50), "between"),
        ("It took two to three years.", "two to three years", (2, 3), "between"),
        ("Up to 30 rockets fell.", "Up to 30 rockets", (None, 30), "up to"),
        ("The toll could be as high as 800.", "as high as 800", (None, 800), "as high as"),
        ("Fewer than 10 drones flew.", "Fewer than 10 drones", (None, 9), "fewer than"),
        ("About 50 people came.", "About 50 people", (45, 55), "about"),
        ("Several missiles struck the base.", "Several missiles", (3, 9), "several"),
        ("A few people left.", "A few people", (2, 5), "a few"),
        ("Officers fired 14 shots or more.", "14 shots or more", (14, None), "or more"),
        ("Tens of thousands of people marched.", "Tens of thousands of people", (20_000, 199_999),
         "tens of thousands"),
        # a hedge before a vague amount leaves it vague: it states no number
        ("More than dozens of people died.", "More than dozens of people", (24, None), "dozens"),
    ],
)  # fmt: skip
def test_hedges_and_intervals(
    text: str, expected: str, interval: tuple[float | None, float | None], qualifier: str
) -> None:
    q = _one(text)
    assert (q.text, (q.low, q.high), q.qualifier) == (expected, interval, qualifier)


def test_a_range_keeps_a_bracketed_conversion_of_its_first_end_inside() -> None:
    """A Timeline17 brief of the BP spill read "60,000 barrels a day" for "between 35,000 (1.47
    million gallons/5.56 million liters) and 60,000 barrels a day"."""
    text = (
        "The government estimates between 35,000 (1.47 million gallons) and 60,000 barrels "
        "(2.5 million gallons) a day are leaking."
    )
    assert [(q.text, q.low, q.high, q.unit) for q in _quantities(text)] == [
        ("between 35,000 (1.47 million gallons) and 60,000 barrels", 35_000, 60_000, "barrel")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rise by one sum to another is no range (Timeline17: "$7.7 billion to $40 billion")
        ("BP raised its costs by $7.7 billion to $40 billion.", ["$7.7 billion", "$40 billion"]),
        ("Costs will rise by 5 to 10 percent.", ["5 to 10 percent"]),  # a range of the rise
        # nor is a change and the level it led to (AllSides), while a range of a change stays one
        ("The claims figure was revised down 2,000 to 5,506,500.", ["2,000", "5,506,500"]),
        ("The death toll was raised by 5 to 45.", ["5", "45"]),
        ("Sales were up 15 to 25 percent.", ["15 to 25 percent"]),
        # nor is a rise by a share to a sum, nor two sums to choose from (AllSides)
        ("It raises the fee by 81% to $1,160.", ["81%", "$1,160"]),
        ("Raise it to $2,000 or $4,000 for a couple.", ["$2,000", "$4,000"]),
        # an aside of words in brackets leaves a rise from one sum to another
        ("Raise the $600 (direct payment) to $2,000.", ["$600", "$2,000"]),
        # a share, or some of the people counted, is no conversion
        ("The fund holds $20bn (15 percent) of the sum.", ["$20bn", "15 percent"]),
        ("It killed 12 people (five children) on Monday.", ["12 people", "five children"]),
    ],
)
def test_what_is_no_range_and_no_conversion(text: str, expected: list[str]) -> None:
    assert [q.text for q in _quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Multi-News: the 29 of an age range backed another report's "29 percent"
        ("In all, 42 percent of Canadian adults age 20 to 29 live at home.", ["42 percent"]),
        ("Of people between the ages of 18 and 29, 12 voted.", ["12"]),
        ("Children aged five to 11 got 20 doses.", ["20 doses"]),
        # an age in apposition leaves the count after it alone
        ("A man, aged 45, and 12 others were hurt.", ["12 others"]),
        ("Between 20 and 29 people were hurt.", ["Between 20 and 29 people"]),
    ],
)
def test_both_ends_of_an_age_range_are_ages(text: str, expected: list[str]) -> None:
    assert [q.text for q in _quantities(text)] == expected


def test_more_than_a_measure_is_just_above_it() -> None:
    q = _one("Turnout rose by more than 50 percent.")
    assert q.low is not None and 50 < q.low < 50.001 and q.high is None


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("servicemen", "service member"),
        ("troops", "service member"),
        ("missiles", "rocket"),
        ("casualties", "casualty"),
        ("churches", "church"),
        ("people", "person"),
        ("militiamen", "militiaman"),
        ("drones", "drone"),
        ("species", "species"),
    ],
)
def test_normalise_unit(word: str, unit: str) -> None:
    assert normalise_unit(word) == unit


# --------------------------------------------------------------------------- false positives


@pytest.mark.parametrize(
    "text",
    [
        "It came amid the 2015 revival of Iran’s nuclear deal.",  # year
        "The talks were suspended in 2015.",
        "The Pentagon said targets attacked on June 27 were facilities used by militias.",  # date
        "Smoke is seen in Baghdad on July 7, 2021, after rocket attacks.",
        "He was hanged at about midnight on 31 May.",
        "At around 12:30 pm local time, the base was attacked.",  # time
        "The ships collided around 1:30 a.m. on Sunday.",
        "Police were called at 5 p.m. to the house.",
        "He was the fourth or fifth insurgent militia to spring up.",  # ordinals
        "Security officials said the second rocket crashed near the perimeter.",
        "It was the 21st such attack.",
        "No one was hurt in the blast.",  # pronoun "one"
        "One took the blow and the other had minor cuts, one of the officials added.",
        "The anti-embassy rocket system has deflected one of the rockets, said a source.",
        "A 34-year-old man was arrested.",  # ages, compounds
        "Linda Lyons, 60, who lives nearby, heard the blast.",
        "They were certified for a 30-day period.",
        "A 12-person jury was seated.",
        "Prices rose 10-fold.",
        "Call 555-1234 for details.",  # phone numbers, ids
        "Write to P.O. Box 60177 in Springfield.",
        "Nearly one in five patients recovered.",  # ratio
        "The song was a No. 1 hit.",  # labels
        "The siege happened in 429 BC.",
        "The FBI probe into the 2016 election was cited.",
        "The group has posted on Telegram since May 2020.",
        "The two eventually reached a deal.",  # a number word without a noun
        "He was invited to celebrate his 2010 NBA Finals victory.",  # a year before a name
        "It must be approved by the Council of Twelve Apostles.",  # a number word in a name
    ],
)
def test_not_quantities(text: str) -> None:
    assert _quantities(text) == []


# --------------------------------------------------------------------------- compatible


def _q(text: str) -> Quantity:
    return _one(text)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("At least 14 rockets hit.", "More than a dozen rockets hit.", True),
        ("14 rockets hit.", "30 rockets hit.", False),
        ("Two people were hurt.", "2 people were hurt.", True),
        ("14 rockets hit.", "14 drones hit.", False),
        ("Nearly 50 attacks.", "50 attacks.", True),
        ("Dozens of rockets hit.", "14 rockets hit.", False),
        ("14 missiles hit.", "14 rockets hit.", True),
        ("Two people were hurt.", "Two U.S. service members were hurt.", True),
        ("Two soldiers were hurt.", "Two fighters were hurt.", False),
        ("At least 14 rockets hit.", "30 rockets hit.", True),
        ("More than a dozen rockets hit.", "12 rockets hit.", False),
        ("About 50 people came.", "54 people came.", True),
        ("Fifty percent agreed.", "50 rockets hit.", False),
    ],
)
def test_compatible(a: str, b: str, expected: bool) -> None:
    qa, qb = _q(a), _q(b)
    assert compatible(qa, qb) is expected
    assert compatible(qb, qa) is expected


def test_unknown_unit_is_compatible_with_any() -> None:
    lone = _q("The toll rose to 14.")
    assert lone.unit is None
    assert compatible(lone, _q("14 rockets hit."))
    assert not compatible(lone, _q("30 rockets hit."))


def test_a_number_alone_is_no_share() -> None:
    """Multi-News: a bare 29 backed "29 percent live with their parents"."""
    lone = _q("The toll rose to 29.")
    assert not compatible(lone, _q("Some 29 percent live at home."))
    assert not compatible(lone, _q("It rose 29 percentage points."))


# --------------------------------------------------------------------------- whole articles


def test_offsets_exact_on_all_seeds() -> None:
    total = 0
    for name, raw in seed_texts().items():
        article = clean_article(_article(raw, name))
        found = find_quantities(article, split_sentences(article))
        _assert_offsets(article, found)
        total += len(found)
    assert total >= 40


def test_seed_rocket_counts_agree_and_the_claim_conflicts() -> None:
    rockets: list[Quantity] = []
    for name, raw in seed_texts().items():
        article = clean_article(_article(raw, name))
        found = find_quantities(article, split_sentences(article))
        rockets += [q for q in found if q.unit == "rocket" and q.value >= 12]
    confirmed = [q for q in rockets if q.value < 30]
    claimed = [q for q in rockets if q.value == 30]
    assert len(confirmed) >= 6 and len(claimed) == 2
    assert all(compatible(a, b) for a in confirmed for b in confirmed)
    assert not any(compatible(q, c) for q in confirmed if q.low == q.high for c in claimed)


def test_without_sentences_the_whole_text_is_searched() -> None:
    article = _article("Two rockets fell.\n\nThree drones flew.")
    assert [q.text for q in find_quantities(article, [])] == ["Two rockets", "Three drones"]


def test_empty_text() -> None:
    assert find_quantities(_article(""), []) == []


@pytest.mark.data
def test_first_30_multinews_clusters_offsets_valid() -> None:
    found = 0
    for index, document in enumerate(multinews_documents(30)):
        article = clean_article(_article(document, f"mn{index}"))
        quantities = find_quantities(article, split_sentences(article))
        _assert_offsets(article, quantities)
        found += len(quantities)
    assert found > 100

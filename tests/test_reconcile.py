"""Facts, conflicts, event record and timeline: pinned on the seed cluster, plus unit cases."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest

import newsfuse
from newsfuse.extract import extract
from newsfuse.extract.dates import find_dates
from newsfuse.extract.entities import EntityMention, canonicalize
from newsfuse.extract.quantities import find_quantities
from newsfuse.models import Article, Location
from newsfuse.reconcile import reconcile
from newsfuse.reconcile.event import (
    Whereabouts,
    event_day,
    event_place,
    event_record,
    event_type,
)
from newsfuse.reconcile.key_numbers import amount_phrase
from newsfuse.reconcile.reports import find_copies, independent_reports
from newsfuse.reconcile.statements import places_elsewhere
from newsfuse.segment import split_sentences
from newsfuse.settings import Settings

from .conftest import DEMO


@pytest.fixture(scope="module")
def brief() -> dict:
    return json.loads(newsfuse.brief(DEMO).to_json())


def _source(brief: dict, prefix: str) -> str:
    """The source id of the demo file whose name starts with ``prefix`` (e.g. "004")."""
    return next(
        s["id"] for s in brief["sources"] if s["path"].rsplit("/", 1)[-1].startswith(prefix)
    )


def _conflict(brief: dict, question: str) -> dict:
    return next(c for c in brief["conflicts"] if c["question"] == question)


def test_event_date_is_the_wednesday_of_the_attack(brief: dict) -> None:
    assert brief["event"]["date"] == "2021-07-07"
    assert brief["event"]["date_precision"] == "day"


def test_agreed_counts_are_facts_with_their_support(brief: dict) -> None:
    facts = {f["statement"]: f for f in brief["facts"]}
    injured = facts["2 people injured"]
    assert injured["support"] == 5 and len(injured["sources"]) == 5
    rockets = facts["14 rockets fired"]
    # "at least 14", "more than a dozen" and "14" agree: one fact, not a conflict
    assert {"S1", "S2", "S4", "S5"} <= set(rockets["sources"])
    texts = {s["id"]: s["text"] for s in brief["sources"]}
    for fact in brief["facts"]:
        for ev in fact["evidence"]:
            assert texts[ev["source"]][ev["start"] : ev["end"]] == ev["quote"]


def test_the_claimed_30_rockets_is_a_claim_conflict(brief: dict) -> None:
    conflict = _conflict(brief, "number of rockets fired")
    assert conflict["kind"] == "claim"
    values = {v["value"]: v for v in conflict["variants"]}
    assert set(values) == {"14", "30"}  # compatible approximations are not variants
    assert set(values["30"]["sources"]) == {_source(brief, "000"), _source(brief, "004")}
    assert conflict["variants"][0]["value"] == "14"  # the best supported side comes first


def test_the_first_injury_figure_is_reported_as_a_correction(brief: dict) -> None:
    conflict = _conflict(brief, "number of people injured")
    assert conflict["kind"] == "correction"
    values = {v["value"]: v for v in conflict["variants"]}
    assert values["3"]["sources"] == [_source(brief, "002")]
    assert values["3"]["evidence"][0]["quote"] == "He first said three people were injured."
    assert brief["event"]["casualties"] == [
        {
            "kind": "injured",
            "value": "2",
            "sources": ["S1", "S2", "S3", "S4", "S5"],
            "fact": next(f["id"] for f in brief["facts"] if f["statement"] == "2 people injured"),
            "conflict": conflict["id"],
        }
    ]


def test_an_earlier_attack_is_a_dated_fact_not_a_conflict(brief: dict) -> None:
    facts = {f["statement"]: f for f in brief["facts"]}
    monday = facts["3 rockets fired (2021-07-05)"]
    assert set(monday["sources"]) == {_source(brief, "002"), _source(brief, "003")}
    for conflict in brief["conflicts"]:
        assert (
            "3" not in {v["value"] for v in conflict["variants"]}
            or conflict["kind"] == "correction"
        )


def test_summary_never_states_a_disputed_minority_value(brief: dict) -> None:
    for sentence in brief["summary"]:
        assert "30 rockets" not in sentence["text"]
        assert "first said" not in sentence["text"]
        if "14 rockets" in sentence["text"]:
            assert sentence["conflicts"], "a side of a conflict must not read as settled"


def test_timeline_merges_sub_events_across_spellings_and_sources(brief: dict) -> None:
    by_date: dict[str, list[dict]] = {}
    for entry in brief["timeline"]:
        by_date.setdefault(entry["date"], []).append(entry)
    tuesday = max(by_date["2021-07-06"], key=lambda e: len(e["sources"]))
    # "Irbil airport" (003) and "Erbil Airport" (002) are one drone attack
    assert {_source(brief, "002"), _source(brief, "003")} <= set(tuesday["sources"])
    monday = by_date["2021-07-05"]
    assert any("Three rockets" in e["text"] and len(e["sources"]) == 2 for e in monday)
    dates = [(e["date"], e["precision"]) for e in brief["timeline"]]
    assert [d for d, _ in dates] == sorted(d for d, _ in dates)
    assert all(d <= "2021-07-08" for d, _ in dates)  # nothing after the latest report


def _article(text: str, article_id: str, published: dt.date | None) -> Article:
    return Article(id=article_id, origin=article_id, raw_text=text, text=text, published=published)


def _reconcile(*texts: str, published: dt.date = dt.date(2021, 7, 8), days=()):
    """Reconcile ``texts``, published on ``published`` or on the given ``days``, in order."""
    dates = list(days) or [published] * len(texts)
    articles = [
        _article(t, f"a{i}", day) for i, (t, day) in enumerate(zip(texts, dates, strict=True))
    ]
    sentences = {a.id: split_sentences(a) for a in articles}
    extraction = extract(articles, sentences)
    day = event_day(articles, sentences, extraction)
    ids = {a.id: f"S{i}" for i, a in enumerate(articles, start=1)}
    kind = event_type(articles, sentences)
    where = event_place(articles, sentences, extraction)
    return reconcile(articles, sentences, extraction, day, kind, where, ids.__getitem__)


WIRE = (
    "On Wednesday, fourteen rockets struck the air base in western Iraq, the coalition "
    "spokesman said. Two people were injured in the attack, officials said. Security forces "
    "searched the area near the base after the rockets landed in the early afternoon. The "
    "attack was the latest in a series of strikes on bases hosting foreign troops this year."
)


def test_one_report_s_toll_told_in_passing_is_no_casualty_of_the_event() -> None:
    interview = (
        "Former Senate leader Bob Dole said on Sunday he could not make it in today's party. "
        "Dole spoke in an interview taped in Kansas. He said the party should close for repairs. "
        "He praised the president's health law in part. He criticised both parties for gridlock. "
        "He said he would vote in the fall. In other news, the storm killed 24 people and "
        "injured hundreds more."
    )
    other = "Bob Dole said on Sunday that he doubted he could make it in the party today."
    result = _reconcile(interview, other)
    assert "24 people killed" in {f.statement for f in result.facts}  # still a fact
    assert result.casualties == []
    # ... but in its lead in a story of the storm, or as the only report, the toll is the event's
    lead = "The storm killed 24 people on Sunday and injured hundreds more in Kansas."
    cleanup = "Kansas cleaned up after the storm tore through the state."
    assert [c.value for c in _reconcile(lead, cleanup).casualties] == ["24"]
    assert [c.value for c in _reconcile(interview).casualties] == ["24"]


def test_one_report_s_toll_in_a_story_of_no_harmful_event_is_background() -> None:
    signed = (
        "President Donald Trump signed a $484 billion bill on Friday to aid employers and "
        "hospitals under stress from the coronavirus pandemic that has killed more than 50,000 "
        "Americans."
    )
    other = "Trump signed the $484 billion relief bill into law on Friday at the White House."
    result = _reconcile(signed, other)
    assert "more than 50,000 people killed" in {f.statement for f in result.facts}
    assert result.casualties == []
    # ... a toll that two reports give, or one report of an attack, is the event's
    toll = "The virus, which killed more than 50,000 Americans, cost millions their jobs."
    assert [c.value for c in _reconcile(signed, toll).casualties] == ["more than 50,000"]
    attack = "A gunman opened fire at a festival on Sunday, killing three people."
    shooting = "Police said the gunman at the festival on Sunday was shot dead by officers."
    assert [c.value for c in _reconcile(attack, shooting).casualties] == ["3"]


def test_an_outbreak_s_toll_one_roundup_gives_below_its_lead_is_the_event_s() -> None:
    """A Timeline17 swine flu brief had no casualties: its only toll, "At least 61 people have
    been killed by swine flu around the world", stood in one report's last lines."""
    roundup = (
        "Swine flu could affect a third of the world's population, a study says. The study "
        "modelled the outbreak in Mexico. Scientists used data from the early cases. They "
        "compared the virus with earlier pandemics. They warned that the figures were "
        "uncertain. At least 61 people have been killed by swine flu around the world."
    )
    britain = "Britain reported three more confirmed cases of swine flu in the outbreak."
    assert [c.value for c in _reconcile(roundup, britain).casualties] == ["at least 61"]
    # ... but one country's count told in passing is no toll of the outbreak
    colombia = roundup.replace(
        "At least 61 people have been killed by swine flu around the world.",
        "One person died from the virus in nearby Colombia.",
    )
    assert _reconcile(colombia, britain).casualties == []


def test_an_outbreak_s_ill_are_counted_and_the_newest_total_leads() -> None:
    """Timeline17 swine flu briefs had no case count at all, and one summary kept Britain's
    superseded "bringing the total to 48"."""
    older = "Nine new cases of swine flu were confirmed in Britain, bringing the total to 48."
    newer = "Three more confirmed cases of swine flu in Britain brought the total to 68."
    result = _reconcile(older, newer, days=(dt.date(2009, 5, 10), dt.date(2009, 5, 12)))
    assert [f.statement for f in result.facts] == ["68 people infected"]
    assert result.conflicts == []


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        (
            "On Monday, the CDC reported 2,254 confirmed cases across the US.",
            {"2,254 people infected"},
        ),
        (
            "On Monday, Vietnam confirmed 26 people infected with H1N1 flu.",
            {"26 people infected"},
        ),
        ("On Monday, H1N1 had infected around 30,000 people.", {"around 30,000 people infected"}),
        (
            "On Monday, Venezuela confirmed at least 45 cases, with no deaths.",
            {"at least 45 people infected"},
        ),
        (
            "On Monday, three crew members were diagnosed with the H1N1 flu virus.",
            {"3 people infected"},
        ),
        (  # the cases are no part of the deaths after them
            "On Monday, the country had recorded 40,000,070 Covid cases and 651,690 deaths.",
            {"40,000,070 people infected", "651,690 people killed"},
        ),
        # a court's cases, a crime's, a test for drugs, and a day's new cases count no one ill
        ("On Monday, the court confirmed it had heard 45 cases this year.", set()),
        ("On Monday, police confirmed 12 cases of fraud.", set()),
        ("On Monday, two players tested positive for a banned substance.", set()),
        ("On Monday, 12 new cases of the flu were confirmed.", set()),
        ("On Monday, 130 officers were infected with the virus or quarantining.", set()),
        (
            "On Monday, agents had contact with infected co-workers, according to three people.",
            set(),
        ),
        ("On Monday, heat could lead to an additional 3 million malaria cases.", set()),
        (  # a tally's deaths are no part of its infections: a toll of their own
            "On Monday, the WHO counted 28,774 infections in 74 countries to date, including 144 "
            "deaths.",
            {"28,774 people infected", "144 people killed"},
        ),
    ],
)
def test_an_outbreak_s_ill_are_a_count_of_their_own(text: str, statements: set[str]) -> None:
    second = text.replace("On Monday,", "On Monday, reports said")  # two reports agree
    facts = _reconcile(text, second).facts  # (a count with no role is a key number at most)
    assert {
        f.statement for f in facts if f.statement.endswith(("infected", "killed"))
    } == statements


def test_a_near_identical_copy_is_a_source_that_adds_no_support() -> None:
    result = _reconcile(
        WIRE,
        WIRE + " Reporting by staff writers; editing by the desk.",  # the wire, carried again
        "Two people were hurt when 14 rockets hit the base in Iraq on Wednesday.",
    )
    assert result.copies == {"a1": "a0"}
    injured = next(f for f in result.facts if f.statement == "2 people injured")
    assert injured.sources == ["S1", "S2", "S3"]  # the copy is still cited ...
    assert injured.support == 2  # ... but the wire story counts once


def test_a_version_that_repeats_another_adds_no_support() -> None:
    """Timeline17's CNN Libya chronology, one day apart: the later page repeated the first 22
    sentences word for word, with new entries after them, and every fact had support 2. A
    version holding 80 % of the shorter text is one report, in either order; a report quoting
    one of its sentences is not."""
    update = (
        WIRE + " On Thursday, officials said the base had reopened and flights had resumed. "
        "Investigators found the launch site in a field east of the base. A second search "
        "was planned for Friday, the spokesman said."
    )
    hurt = "Two people were hurt when 14 rockets hit the base in Iraq on Wednesday."
    for first, later in ((WIRE, update), (update, WIRE)):
        result = _reconcile(first, later, hurt)
        assert result.copies == {"a1": "a0"}
        injured = next(f for f in result.facts if f.statement == "2 people injured")
        assert (injured.sources, injured.support) == (["S1", "S2", "S3"], 2)
    quoting = (
        "Two people were injured in the attack, officials said. The base is one of the "
        "largest in the country and hosts troops from several nations, who train Iraqi forces "
        "there. Its runway was rebuilt last year after a decade of neglect and now takes large "
        "transport planes."
    )
    assert _reconcile(WIRE, quoting).copies == {}


def test_copies_in_a_brief_take_the_exact_overlap_not_the_minhash_estimate() -> None:
    """Three words changed in forty: 28 of 44 distinct shingles shared (Jaccard 0.64, 0.78 of
    either text), which 64 MinHash permutations happen to estimate at 0.81. A brief compares
    few articles, so it counts them exactly: two reports, not a copy."""
    first = (
        "papa alpha oscar papa delta india golf kilo bravo victor uniform papa kilo lima "
        "uniform alpha november romeo tango alpha golf foxtrot romeo foxtrot foxtrot juliet "
        "november foxtrot whiskey romeo mike whiskey november yankee uniform bravo charlie golf "
        "foxtrot delta"
    )
    second = " ".join(w if i not in (4, 6, 7) else "changed" for i, w in enumerate(first.split()))
    assert find_copies([_article(first, "a0", None), _article(second, "a1", None)]) == {}
    assert find_copies([_article(first, "a0", None), _article(first, "a1", None)]) == {"a1": "a0"}


def test_two_articles_sharing_a_newsroom_s_sentences_are_one_report() -> None:
    """Timeline17's Reuters updates of one story a day apart: different tops, a dozen shared
    paragraphs, and "said Ziad el Khafiefy, 20" was an age two sources gave. Three long
    sentences word for word show one newsroom; shared quotes do not (two reporters quote one
    statement alike)."""
    shared = [
        "The rebels are set for a boost with the arrival of a tanker in one of their ports.",
        "Fighters said the front line had moved twice since the weekend near the oil town.",
        "Residents of the port city said the shelling had stopped for the first time in days.",
    ]
    first = (
        "Rebels fell back from the oil town on Tuesday under heavy fire from government "
        "artillery and rockets. Commanders blamed a lack of weapons and training for the "
        "retreat. A rebel fighter, Ziad Khafiefy, 20, was at the front. " + " ".join(shared)
    )
    later = (
        "Western powers said on Wednesday they had destroyed a third of the army's heavy "
        "weapons in two weeks of air strikes. A rebel fighter, Ziad Khafiefy, 20, was at the "
        "front. " + " ".join(shared) + " NATO said its jets flew 150 missions."
    )
    assert _reconcile(first, later).facts == []  # one newsroom's age is no fact
    quoting = " ".join(f'"{sentence[:-1]}," he said.' for sentence in shared)
    articles = [_article(t, f"a{i}", None) for i, t in enumerate((first, later, quoting, quoting))]
    sentences = {a.id: split_sentences(a) for a in articles}
    reports = independent_reports(articles[:3], {}, sentences)
    assert reports == {"a0": "a0", "a1": "a0", "a2": "a2"}
    assert independent_reports(articles[2:], {}, sentences) == {"a2": "a2", "a3": "a3"}


def test_a_copy_that_changes_a_count_still_disagrees() -> None:
    updated = WIRE.replace("Two people were injured", "Five people were injured")
    result = _reconcile(
        WIRE, updated, "Two people were hurt when 14 rockets hit the base in Iraq on Wednesday."
    )
    assert result.copies == {"a1": "a0"}
    (conflict,) = result.conflicts
    assert [v.value for v in conflict.variants] == ["2", "5"]


def test_a_death_toll_is_a_count_of_the_killed() -> None:
    """ "the death toll climbing to at least 19,882" (an AllSides lead), "the toll stood at 14":
    a bare number a toll gives counts the dead, and agrees with "14 people killed"."""
    reconciled = _reconcile(
        "The death toll from the quake rose to 14 on Tuesday, officials said.",
        "The quake killed 14 people, officials said on Tuesday.",
        "Officials said the toll stood at 14. A toll-free number was set up for 300 callers.",
    )
    killed = next(f for f in reconciled.facts if f.statement.endswith("killed"))
    assert (killed.statement, killed.support) == ("14 people killed", 3)
    assert [c.value for c in reconciled.casualties] == ["14"]
    assert reconciled.conflicts == []


def test_warrants_and_the_arresters_are_no_arrests() -> None:
    """Timeline17 stream briefs: "will request arrest warrants against three people" and
    "accused two members of al Qaeda of having arrested Younis" had been "N people arrested"."""
    for said in (
        "The prosecutor will request arrest warrants against three people, he said on Monday.",
        "Ibrahim accused two members of al Qaeda of having arrested Younis on Friday.",
    ):
        assert _reconcile(said, said.replace(" on ", " late on ")).facts == []
    arrested = _reconcile(
        "Police arrested three people on Monday.", "Three people were arrested on Monday."
    )
    assert [f.statement for f in arrested.facts] == ["3 people arrested"]


def test_a_count_before_someone_else_s_arrest_or_killing_is_no_casualty() -> None:
    """A Timeline17 brief had "about 200 people arrested" from "About 200 demonstrators
    protesting the arrest of a human rights activist take to the streets": a cue as a noun
    with its own "of" is the fate of whoever follows, not of the count before it."""
    for text in (
        "About 200 demonstrators protesting the arrest of an activist took to the streets.",
        "About 200 people marched on Monday to protest the killing of a teenager by police.",
    ):
        facts = _reconcile(text, text.replace("About", "Some")).facts
        assert not [f for f in facts if f.statement.endswith(("arrested", "killed"))], text
    arrests = _reconcile(
        "Police announced the arrest of 12 people on Monday.",
        "Twelve people were arrested on Monday, police said.",
    )
    assert [f.statement for f in arrests.facts] == ["12 people arrested"]


def test_a_count_a_sentence_supposes_is_no_toll() -> None:
    """A Timeline17 swine flu brief gave "about 100 people killed" from a reckoning, "If there
    have been hundreds of thousands of cases ..., then about 100 deaths gives a mortality rate
    of 0.1%", where the report says "more than 100 deaths"."""
    supposed = (
        "If there have been hundreds of thousands of cases in Mexico, then about 100 deaths "
        "gives a mortality rate of 0.1%, experts said."
    )
    stated = "The concentration of more than 100 deaths in Mexico puzzled experts."
    facts = _reconcile(supposed, stated).facts
    assert [(f.statement, f.sources) for f in facts] == [("more than 100 people killed", ["S2"])]


def test_a_running_total_is_not_dated_by_the_day_it_counts_from() -> None:
    """ "84 people have been killed since February 15" had been "84 people killed
    (2011-02-15)" in a Timeline17 stream brief: a total since a day is a running total (no
    count of a sub-event on that day), which the brief leaves out like "so far"."""
    reconciled = _reconcile(
        "Security forces fired on protesters in Benghazi on Sunday. At least 84 people have "
        "been killed since February 15, Human Rights Watch said.",
        "Troops opened fire on mourners in Benghazi on Sunday. Human Rights Watch said 84 "
        "people have been killed since February 15.",
        published=dt.date(2011, 2, 20),
    )
    assert not [f for f in reconciled.facts if "2011-02-15" in f.statement]


def test_an_undated_count_more_reports_date_to_an_earlier_day_is_that_day_s() -> None:
    """A Timeline17 stream event about BP's compensation fund (21 June 2010) had "11 people
    killed" as its own fact beside "11 people killed (2010-04-20)": the third report's "the
    platform, which exploded killing 11 workers" counts the April explosion's dead too."""
    reconciled = _reconcile(
        "BP set up a fund for victims of the Gulf of Mexico oil spill on Monday. On 20 April, "
        "when the Deepwater Horizon rig exploded killing 11 people, the blowout preventer failed.",
        "A worker on the rig said he saw a leak. The rig exploded on 20 April, killing 11 workers.",
        "A worker on the Deepwater Horizon platform, which exploded and sank killing 11 workers, "
        "spoke to the BBC on Monday.",
        published=dt.date(2010, 6, 21),
    )
    killed = [f for f in reconciled.facts if "killed" in f.statement]
    assert [(f.statement, f.support) for f in killed] == [("11 people killed (2010-04-20)", 3)]
    assert reconciled.casualties == []


def test_a_months_old_toll_repeated_undated_is_still_that_day_s() -> None:
    """Timeline17 stream events about a November hearing and a July storm were headed "11
    killed": more reports repeated the April explosion's toll undated ("The explosion on the
    rig killed 11 workers") than dated it, and one report's "one of the 11 workers who died
    ... told the hearing on Thursday" had given the count a second day."""
    undated = "The explosion on the Deepwater Horizon rig killed 11 workers, the panel said."
    reconciled = _reconcile(
        "The oil spill commission held its hearing on Monday. " + undated,
        "The commission met in Washington on Monday. " + undated.replace("panel", "report"),
        "Commissioners questioned BP on Monday. " + undated.replace("panel", "chairman"),
        "The rig exploded on April 20, killing 11 workers. The hearing opened on Monday.",
        "Eleven men were killed when the rig exploded on April 20. Hearings began on Monday.",
        "A widow of one of the 11 workers who died told the hearing on Thursday of her loss.",
        published=dt.date(2010, 11, 8),
    )
    killed = [f for f in reconciled.facts if "killed" in f.statement]
    assert [(f.statement, f.support) for f in killed] == [("11 people killed (2010-04-20)", 5)]
    assert reconciled.casualties == []


def test_a_toll_that_rose_between_reports_is_the_latest_not_a_conflict() -> None:
    """A Timeline17 swine flu event headed "81 killed (disputed)": three reports of 26 April
    said 81 had died, one of 29 April "more than 150"; the toll rose."""
    earlier = "The outbreak of swine flu in Mexico has killed 81 people, the WHO said on Sunday."
    later = "The outbreak of swine flu in Mexico has killed more than 150 people, officials said."
    april_26, april_29 = dt.date(2009, 4, 26), dt.date(2009, 4, 29)
    rose = _reconcile(
        earlier,
        earlier.replace("Sunday", "Sunday night"),
        later,
        days=(april_26, april_26, april_29),
    )
    assert rose.conflicts == []
    assert [(c.kind, c.value) for c in rose.casualties] == [("killed", "more than 150")]
    # reports of the same day that differ still disagree
    same_day = _reconcile(
        earlier,
        earlier.replace("Sunday", "Sunday night"),
        later,
        days=(april_29, april_29, april_29),
    )
    assert len(same_day.conflicts) == 1
    # and a toll that fell later is no rise
    fell = _reconcile(
        later,
        later.replace("officials", "health officials"),
        earlier,
        days=(april_26, april_26, april_29),
    )
    assert len(fell.conflicts) == 1
    # a smaller count told still later (the confirmed deaths) leaves the risen toll the latest
    confirmed = "The WHO has confirmed eight deaths from swine flu in Mexico."
    risen = _reconcile(
        earlier,
        earlier.replace("Sunday", "Sunday night"),
        later,
        confirmed,
        days=(april_26, april_26, april_29, dt.date(2009, 4, 30)),
    )
    assert [c.value for c in risen.casualties] == ["more than 150"]


def test_one_source_s_count_that_grew_is_an_update_not_a_conflict() -> None:
    """A Timeline17 Egypt event had "number of people evacuated: more than 500 / 42", both the
    U.S. State Department's on one Monday: the count grew."""
    morning = (
        "The U.S. State Department said 42 Americans have been evacuated from Egypt and more "
        "will be transported."
    )
    evening = (
        "More than 500 Americans have been evacuated from Egypt aboard five flights, the U.S. "
        "State Department said."
    )
    monday, tuesday = dt.date(2011, 1, 31), dt.date(2011, 2, 1)
    grew = _reconcile(morning, evening, days=(monday, monday))
    assert grew.conflicts == []
    assert [f.statement for f in grew.facts] == ["more than 500 people evacuated"]
    # two speakers, or a count that fell in a newer report, still disagree
    others = morning.replace("The U.S. State Department", "Egyptian officials")
    assert len(_reconcile(others, evening, days=(monday, monday)).conflicts) == 1
    assert len(_reconcile(evening, morning, days=(monday, tuesday)).conflicts) == 1


def test_counts_of_reports_days_apart_are_no_conflict_unless_the_same_statement() -> None:
    """A Timeline17 Libya event of eleven reports over two weeks had "number of people killed:
    at least 3 / 2": NATO's strike on Tripoli told on 24 May, a battle told on 29 May."""
    tripoli = "At least three people were killed and 150 wounded, Ibrahim said of the NATO attack."
    battle = "Fighters returning from the battle said two men had been killed."
    may_24, may_29 = dt.date(2011, 5, 24), dt.date(2011, 5, 29)
    apart = _reconcile(
        tripoli, tripoli.replace("Ibrahim", "a spokesman"), battle, days=(may_24, may_24, may_29)
    )
    assert apart.conflicts == []
    same_days = _reconcile(
        tripoli, tripoli.replace("Ibrahim", "a spokesman"), battle, days=(may_29,) * 3
    )
    assert [c.question for c in same_days.conflicts] == ["number of people killed"]


def test_an_earlier_report_s_undated_count_is_its_own_story_s_day() -> None:
    """A Timeline17 Libya brief dated Friday paired "at least 10 killed" (Friday's clashes) with
    "150 injured" from a report of Tuesday's NATO strike published that Tuesday: its undated
    "At least three people were killed and 150 wounded" had been put on the event's day."""
    tuesday, wednesday, friday = dt.date(2011, 5, 24), dt.date(2011, 5, 25), dt.date(2011, 5, 27)
    strike = (
        "NATO aircraft launched more than a dozen strikes on the Libyan capital early Tuesday. "
        "At least three people were killed and 150 wounded, Ibrahim said."
    )
    barrage = "A barrage of rockets struck Tripoli Tuesday, killing 19 people and wounding 150."
    summit = "Medvedev called on Friday for Gadhafi to step down, at the summit in Deauville."
    result = _reconcile(strike, barrage, summit, summit, days=(tuesday, wednesday, friday, friday))
    assert [(f.statement, f.support) for f in result.facts] == [
        ("150 people injured (2011-05-24)", 2),
        ("19 people killed (2011-05-24)", 1),  # disputed: the same strike's (next test)
    ]
    assert [c.question for c in result.conflicts] == ["number of people killed (2011-05-24)"]
    assert result.casualties == []
    # a report of the day before the event day may still tell of it (time zones, late nights)
    thursday = dt.date(2011, 5, 26)
    late = _reconcile(strike, summit, summit, days=(thursday, friday, friday))
    assert {f.statement for f in late.facts} >= {"at least 3 people killed", "150 people injured"}


def test_an_earlier_report_s_toll_of_the_incident_behind_the_story_is_the_event_s() -> None:
    """A Timeline17 brief of BP's results lost the spill's toll "11 killed" from a report two
    days older than the others: "caused by an explosion that killed 11 people". A blast the
    earlier report marks as another stays its own story's."""
    tuesday, thursday = dt.date(2010, 7, 27), dt.date(2010, 7, 29)
    older = (
        "BP said on Tuesday it lost $17 billion. The spill, caused by an explosion that killed "
        "11 people, has devastated communities along the Gulf Coast."
    )
    newer = "BP said on Thursday it would sell assets. The blast killed 11 workers."
    other = "Hayward will step down on Thursday, BP said. Eleven people died on the rig."
    result = _reconcile(older, newer, other, days=(tuesday, thursday, thursday))
    toll = next(f for f in result.facts if f.statement.startswith("11 "))
    assert (toll.sources, toll.support) == (["S1", "S2", "S3"], 3)
    side = older.replace("an explosion", "a separate explosion")
    result = _reconcile(side, newer, other, days=(tuesday, thursday, thursday))
    toll = next(f for f in result.facts if f.statement.startswith("11 "))
    assert (toll.sources, toll.support) == (["S2", "S3"], 2)


def test_reports_agreeing_on_one_count_of_an_incident_disagree_on_its_other() -> None:
    """A Timeline17 Libya brief showed no conflict for NATO's Tuesday strike on Tripoli: one
    report said "killing 19 people and wounding another 150", another "At least three people
    were killed and 150 wounded". The 150 wounded they agree on make them one strike, so "at
    least 3" is the other side of 19, not a smaller count of something else."""
    tuesday, wednesday, friday = dt.date(2011, 5, 24), dt.date(2011, 5, 25), dt.date(2011, 5, 27)
    strike = "At least three people were killed and 150 wounded on Tuesday, Ibrahim said."
    barrage = "Rockets struck Tripoli on Tuesday, killing 19 people and wounding another 150."
    summit = "Medvedev called on Friday for Gadhafi to step down, at the summit in Deauville."
    for days, texts, question in (
        ((tuesday, tuesday), (strike, barrage), "number of people killed"),
        (  # a sub-event of a Friday story: one day's two counts may tell two incidents
            (tuesday, wednesday, friday, friday),
            (strike, barrage, summit, summit),
            "number of people killed (2011-05-24)",
        ),
    ):
        result = _reconcile(*texts, days=days)
        assert [(c.question, {v.value for v in c.variants}) for c in result.conflicts] == [
            (question, {"19", "at least 3"})
        ], days
    # no count in common, one below `MIN_SHARED_COUNT`, or one report telling both: no tie
    misrata = "At least three people were killed and 40 wounded in Misrata on Tuesday."
    small = (strike.replace("150", "two"), barrage.replace("150", "two"))
    one_report = (f"{strike} {barrage}", summit)
    for texts in ((misrata, barrage), small, one_report):
        result = _reconcile(*texts, days=(tuesday, tuesday))
        assert "number of people killed" not in {c.question for c in result.conflicts}, texts


def test_a_lower_bound_backs_only_counts_near_it_and_is_no_rival_of_a_larger_one() -> None:
    """A Timeline17 Libya event's "at least 3 people killed" listed a report of "at least 10
    people killed" (another day's clashes) as its support, and "150 people injured" one of
    "over 40 injured"."""
    result = _reconcile(
        "On Tuesday, at least three people were killed and 150 wounded in the strike.",
        "On Tuesday, at least three people were killed and 150 were wounded in the strike.",
        "On Tuesday, at least 10 people were killed and over 40 injured in the clashes.",
    )
    assert {(f.statement, f.support) for f in result.facts} == {
        ("at least 3 people killed", 2),
        ("150 people injured", 2),
    }
    assert result.conflicts == []  # "at least 10" and "over 40" disagree with neither


def test_the_missing_presumed_dead_are_the_toll() -> None:
    """Timeline17's BP spill briefs listed "11 people missing" and "11 people killed" as two
    facts of the same 11 workers, so neither had the support to be the event's casualty."""
    reconciled = _reconcile(
        "The rig exploded on Tuesday, leaving 11 workers missing and presumed dead.",
        "The blast on Tuesday killed 11 workers on the rig, the company said.",
        "Eleven workers are still missing after the rig exploded on Tuesday.",
    )
    assert [(f.statement, f.support) for f in reconciled.facts] == [("11 people killed", 3)]
    assert [(c.kind, c.value) for c in reconciled.casualties] == [("killed", "11")]


def test_one_report_s_dead_makes_no_toll_of_several_reports_missing() -> None:
    """A Multi-News brief of the missing MH370 read "239 killed": one photo caption's "dead"
    turned every report's "239 people missing" into a toll."""
    reconciled = _reconcile(
        "The ferry sank on Tuesday, and 12 crew members are missing.",
        "The ferry sank on Tuesday; 12 crew members are still missing, the coast guard said.",
        "On Tuesday, a relative said all 12 crew members were dead.",
    )
    assert [(f.statement, f.support) for f in reconciled.facts] == [
        ("12 people missing", 2),
        ("12 people killed", 1),
    ]
    assert reconciled.casualties == []


def test_a_yearly_rate_is_no_count_of_the_event() -> None:
    """ "Seasonal flu kills about 250,000 to 500,000 people annually" had been the casualties of
    a Timeline17 swine flu event whose toll was 61."""
    reconciled = _reconcile(
        "At least 61 people have been killed by the new flu in Mexico. Seasonal flu kills "
        "about 250,000 to 500,000 people annually.",
        "Seasonal flu kills about 250,000 to 500,000 people annually, the WHO says. The virus "
        "has killed 61 people in Mexico.",
    )
    assert [c.value for c in reconciled.casualties] == ["61"]
    assert reconciled.conflicts == []


def test_a_rate_in_an_average_year_is_no_count_of_the_event() -> None:
    """It had been a rival toll of a Timeline17 swine flu brief's "149 people killed"."""
    reconciled = _reconcile(
        "Normal seasonal flu kills between 250,000 and 500,000 people around the globe in an "
        "average year, including about 36,000 in the United States.",
        "The new flu spread to Spain on Monday, officials said.",
    )
    assert reconciled.facts == []
    # "in a single day" is the day's count, not a rate
    one_day = _reconcile(
        "The bombings killed 40 people in a single day, officials said on Monday.",
        "Forty people were killed in Monday's bombings, officials said.",
    )
    assert [c.value for c in one_day.casualties] == ["40"]


def test_an_upper_bound_backs_only_a_count_near_it() -> None:
    """ "killed up to 101 people" and "as many as 81" had been support for "some 26 people
    have died" in a Timeline17 swine flu brief: an estimate's upper end claims about that many."""
    reconciled = _reconcile(
        "Some 26 people have died of the virus in Mexico, the health minister said.",
        "The new virus has killed up to 101 people in Mexico.",
        "A virus suspected of killing as many as 81 people in Mexico has spread.",
    )
    facts = {f.statement: f.sources for f in reconciled.facts}
    assert facts["as many as 81 people killed"] == ["S2", "S3"]
    assert "S2" not in facts.get("some 26 people killed", [])
    near = _reconcile(
        "Some 98 people have died of the virus in Mexico, the health minister said.",
        "The new virus has killed up to 101 people in Mexico.",
    )
    assert [(f.statement, f.support) for f in near.facts] == [("some 98 people killed", 2)]


def test_a_bound_far_from_a_count_backs_it_not_and_disagrees_not() -> None:
    """Review of Timeline17 briefs: "at least 12 killed" (a Misrata hospital) was listed as
    support for "22 killed" (rebels in Zlitan), "up to 149" for Mexico's "103 people have
    died", and a Multi-News "at least 10 prospective jurors" for "20 jurors": a reader who
    opens the source does not find the number. Nor is either a disagreement."""
    lower = _reconcile(
        "On Thursday, 22 people were killed in the shelling of the port, a spokesman said.",
        "On Thursday, 22 people were killed when shells hit the port, a spokesman said.",
        "On Thursday, at least 12 people were killed in the shelling of the port.",
    )
    assert [(f.statement, f.sources) for f in lower.facts] == [("22 people killed", ["S1", "S2"])]
    assert lower.conflicts == []
    upper = _reconcile(
        "Travellers were urged to avoid Mexico, where 103 people have died from the flu.",
        "The virus has killed up to 149 people in Mexico, officials said.",
        "Fears over the flu outbreak grew, with over 100 people dead in Mexico.",
    )
    assert [(f.statement, f.sources) for f in upper.facts] == [("103 people killed", ["S1", "S3"])]
    assert upper.conflicts == []


def test_of_two_counts_as_well_backed_the_one_told_first_leads() -> None:
    """A swine flu brief's main toll became SARS's "775 killed" from the articles' background
    once both counts had two reports: the story's own count is in its lead."""
    result = _reconcile(
        "Fears grew over the flu, which killed over 100 people in Mexico. Markets fell. Airlines "
        "dropped. Investors feared a repeat of SARS. It killed 775 people in six months.",
        "The flu has killed 103 people in Mexico, officials said. Markets fell. Airlines "
        "dropped. Bankers recalled SARS. There were some 8,000 cases and close to 800 deaths.",
    )
    assert result.facts[0].statement == "103 people killed"


def test_a_rate_of_deaths_is_no_toll() -> None:
    """A BBC blog's "instead of being one death in 1,261 cases" had been a Timeline17 swine
    flu brief's "1 person killed"; a death count over a time stays one."""
    rate = _reconcile(
        "So instead of being one death in 1,261 cases, it is a lot less than that.",
        "The fatality rate is one death in 1,261 cases, the blog said.",
    )
    assert rate.casualties == [] and not any("killed" in f.statement for f in rate.facts)
    daily = _reconcile(
        "On Monday the clinic reported five deaths in 24 hours from the disease.",
        "On Monday the disease caused five deaths in 24 hours at the clinic.",
    )
    assert [c.value for c in daily.casualties] == ["5"]


def test_people_who_fled_or_were_evacuated_are_counted() -> None:
    """A Timeline17 brief of the exodus from Libya had no count of those who fled, though
    three sources gave 200,000; the cue must be by its count ("workers to receive the first
    Americans evacuated" evacuated no workers, an AllSides lead)."""
    fled = _reconcile(
        "Almost 200,000 people, a majority of them foreign workers, have fled Libya, the UN said.",
        "The agency estimated that 200,000 people had fled Libya, a spokesman said.",
    )
    assert [(f.statement, f.support) for f in fled.facts] == [("200,000 people fled", 2)]
    evacuated = _reconcile(
        "On Monday, 1,900 U.S. citizens were evacuated from Egypt, the State Department said.",
        "Officials said 1,900 Americans were evacuated from Egypt on Monday.",
    )
    assert [(f.statement, f.support) for f in evacuated.facts] == [("1,900 people evacuated", 2)]
    receive = _reconcile(
        "The agency sent more than a dozen workers to receive the first Americans evacuated "
        "from Wuhan.",
        "More than a dozen workers went to receive the first Americans evacuated from Wuhan.",
    )
    assert not any("evacuated" in f.statement for f in receive.facts)


def test_lives_lost_or_claimed_are_the_dead() -> None:
    # a Timeline17 BP report's "with the loss of 11 lives" backed no toll
    lost = _reconcile(
        "The Deepwater Horizon rig exploded on 20 April with the loss of 11 lives.",
        "Hayward said he was devastated by the rig's explosion, which claimed 11 lives.",
        "Eleven lives were lost.",
    )
    assert [(c.kind, c.value, c.sources) for c in lost.casualties] == [
        ("killed", "11", ["S1", "S2", "S3"])
    ]
    saved = _reconcile(
        "On Monday, rescuers saved 40 lives at the rig.",
        "On Monday, officials warned the strike could cost thousands of lives.",
    )
    assert not saved.facts


def test_bodies_found_are_the_dead() -> None:
    """A Timeline17 Libya brief had no casualty though two sources said "seven bodies had
    been recovered"; a body that is a board is no one."""
    found = _reconcile(
        "On Monday, officials said seven bodies had been recovered from the clinic hit by the "
        "airstrike.",
        "Seven bodies were pulled from the clinic on Monday after the airstrike, officials said.",
    )
    assert [(c.kind, c.value) for c in found.casualties] == [("killed", "7")]
    boards = _reconcile(
        "On Monday, two governing bodies met to discuss the airstrike.",
        "Two governing bodies met on Monday about the airstrike.",
    )
    assert boards.casualties == [] and not any("killed" in f.statement for f in boards.facts)
    # people "found dead" are dead, not just found (Multi-News: "Two missing girls were found
    # dead" had backed no toll); "found alive" is no casualty
    dead = _reconcile(
        "Two missing girls were found dead on Tuesday, police said.",
        "Two girls were killed near the trail on Tuesday, police said.",
    )
    assert [(f.statement, f.sources) for f in dead.facts] == [("2 people killed", ["S1", "S2"])]
    alive = _reconcile(
        "Two hikers were found alive on Tuesday, police said.",
        "Rescuers searched the trail on Tuesday, police said.",
    )
    assert alive.casualties == []


def test_a_toll_a_modal_puts_forward_is_a_guess() -> None:
    """A Timeline17 Libya brief led with "as high as 800 killed", a diplomat's guess ("the toll
    could be as high as 800"), over Human Rights Watch's count of 233."""
    result = _reconcile(
        "On Sunday, at least 233 people have been killed, according to Human Rights Watch.",
        "On Sunday, at least 233 people had been killed, Human Rights Watch said, but Dabbashi "
        "said the toll could be as high as 800.",
    )
    assert [(c.kind, c.value) for c in result.casualties] == [("killed", "at least 233")]


def test_different_roles_never_conflict() -> None:
    result = _reconcile(
        "On Wednesday, two people were killed in the blast in the city.",
        "On Wednesday, nine people were injured in the blast in the city.",
    )
    assert not result.conflicts
    assert {f.statement for f in result.facts} == {"2 people killed", "9 people injured"}


def test_others_after_animals_are_no_casualties() -> None:
    result = _reconcile(
        "On Saturday, the snowmobile hit the team, killing one dog and injuring five others.",
        "On Saturday, the crash left one dog dead and two others seriously injured.",
        "On Saturday, the blast killed a man and injured three others in the city.",
    )
    assert {f.statement for f in result.facts} == {"3 people injured"}


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        # a denial, a name, a statistic and the perpetrators are no casualties
        (
            "On Monday, four students were in the lab when shots rang out, but no one was hurt.",
            set(),
        ),
        ("On Monday, the four living members of The Grateful Dead announced a tour.", set()),
        ("Four People Killed In Chicago Shooting On Monday.", {"4 people killed"}),  # headline
        (  # no death toll; an amount two reports lead with is a key number
            "On Monday, a study of 55,000 adults found a lower risk of death in joggers.",
            {"a study of 55,000 adults found a lower risk of death in joggers"},
        ),
        ("On Monday, police charged three men suspected of killing a teenager.", set()),
        # a toll that did not happen, and a whole war's toll, are no count of the event
        (  # worded as said, no toll
            "On Monday, officials said as many as 3,000 people could have been killed.",
            {"as many as 3,000 people could have been killed"},
        ),
        (
            "Death toll estimates from the conflict reached as high as 2,000 people killed, "
            "officials said.",
            set(),
        ),
        (  # a resolve, not a toll ("100,000 killed" had headed a Timeline17 stream brief)
            "On Monday, a radio station appealed for the city's 100,000 people to fight to the "
            "death.",
            {"a radio station appealed for the city's 100,000 people"},
        ),
        # each count takes the verb after it when two are as near
        (
            "On Monday, four people were killed and one person was injured in the shooting.",
            {"4 people killed", "1 person injured"},
        ),
        # a count with its own verb takes no cue further on
        (
            "On Monday, three people were stabbed during the brawl and 12 people were arrested.",
            {"3 people stabbed", "12 people arrested"},
        ),
        (
            "On Monday, two people were punched during the brawl and 12 people were arrested.",
            {"12 people arrested"},
        ),
        ("On Monday, two people were taken to hospital after the crash.", {"2 people injured"}),
        # the people shot were not all killed: how many died the sentence does not count
        (
            "On Monday, the gunman shot three people, killing two.",
            {"3 people shot", "2 people killed"},
        ),
        ("On Monday, the gunman shot dead three people.", {"3 people killed"}),
        ("On Monday, three people were shot and wounded.", {"3 people injured"}),
        # the four were hit, not killed; the one a casualty verb takes was
        ("On Monday, a car hit four pedestrians, killing one.", {"1 person killed"}),
        (  # the sickened were not all killed: a key number, not a toll
            "On Monday, an outbreak had sickened at least 87 people in the region, killing nine "
            "of them, officials said.",
            {"an outbreak had sickened at least 87 people in the region", "9 people killed"},
        ),
        # another count between the count and the cue has the cue to itself
        ("On Monday, two officers were struck and a suspect was shot and killed.", set()),
        ("He had five children (though four had died in infancy) by 1798.", set()),
        # the vehicle is missing, not the people aboard it, unless they are said to be
        ("Flight MH370 went missing on 8 March with 239 people on board.", set()),
        ("On Monday, the 239 people aboard the ferry were still missing.", {"239 people missing"}),
        # a statement someone wants withdrawn is a disputed claim: a key number at most
        (
            "On Monday, protesters demanded that the airline withdraw the statement that all 239 "
            "people aboard the plane were dead.",
            {"all 239 people aboard the plane were dead"},
        ),
        ("On Monday, eight people, including three children, were injured.", {"8 people injured"}),
        # a cue in a "who" clause after the count's verb is another's fate, not the count's
        (
            "On Monday, some 47 doctors and nurses who treated injured protesters were detained.",
            {"some 47 people arrested"},
        ),
        ("On Monday, two people who died in the blast were named.", {"2 people killed"}),
        ("On Monday, three people who were injured in the blast were named.", {"3 people injured"}),
        (
            "On Monday, ships searched for seven sailors who were missing after the collision.",
            {"7 people missing"},
        ),
        (  # a vaccine, no one shot: a key number
            "On Monday, three million people got a shot, officials said.",
            {"three million people got a shot"},
        ),
        ("On Monday, the two men argued, and as Smith walked away he was shot in the back.", set()),
        # one prison term written in two units is one term
        ("On Monday, Knox was sentenced to 28 years and six months.", {"sentenced to 28 years"}),
        # a range, and a number before a word for many
        ("On Monday, six to 10 rounds were fired at the house.", {"6 to 10 rounds fired"}),
        # a count's own verb wins over a nearer cue of the count before it
        (
            "On Monday, two people were killed and three people were wounded.",
            {"2 people killed", "3 people injured"},
        ),
        ("On Monday, one was killed and two were hurt.", {"1 person killed", "2 people injured"}),
        ("On Monday, three people were shot dead.", {"3 people killed"}),
        # a bare number a casualty verb takes counts people (Timeline17's Libya reports)
        (
            "On Monday, NATO jets struck Tripoli, killing 19 people and wounding another 150.",
            {"19 people killed", "150 people injured"},
        ),
        (
            "On Monday, 22 rebel fighters died and 38 were wounded in the battle.",
            {"22 people killed", "38 people injured"},
        ),
        (
            "On Monday, the attack left three dead and twelve wounded.",
            {"3 people killed", "12 people injured"},
        ),
        ("On Monday, some 55 wounded were treated in the hospital.", {"some 55 people injured"}),
        # the casualties as nouns, and more kinds of people
        ("On Monday, the battle resulted in nine deaths.", {"9 people killed"}),
        ("On Monday, the rebels suffered eight fatalities.", {"8 people killed"}),
        ("On Monday, four miners were killed in the blast.", {"4 people killed"}),
        ("On Monday, one rebel was dead, a doctor said.", {"1 person killed"}),
        # a toll that has not happened, and a sum gathered for someone
        (  # a key number at most, worded as it was said
            "On Monday, he said 2,000 people will be killed if NATO intervenes.",
            {"2,000 people will be killed"},
        ),
        ("On Monday, the crash could have caused hundreds of deaths.", set()),
        # a sum beside bail refused is one charge's, no bail: a key number at most
        (
            "On Monday, a judge set no bond for the murder charge and $500 on the child abuse "
            "charge.",
            {"a judge set no bond for the murder charge and $500 on the child abuse charge"},
        ),
        ("On Monday, he was released on $500 bail.", {"bail: USD 500"}),
        (
            "On Monday, supporters raised over $6,000 to help the lawmakers cover their fines.",
            {"supporters raised over $6,000"},  # a key number, no fine
        ),
    ],
)
def test_what_a_count_is_about(text: str, statements: set[str]) -> None:
    second = text.replace("On Monday,", "On Monday, reports said")  # two reports agree
    assert {f.statement for f in _reconcile(text, second).facts} == statements


def test_reports_of_how_many_were_stabbed_can_conflict() -> None:
    result = _reconcile(
        "On Saturday, three people were stabbed at the rally in the park, police said.",
        "On Saturday, police said two people have been stabbed at the rally in the park.",
        "On Saturday, three people were stabbed at the rally in the park and five arrested.",
    )
    (conflict,) = result.conflicts
    assert conflict.question == "number of people stabbed"
    assert [(v.value, v.sources) for v in conflict.variants] == [
        ("3", ["S1", "S3"]),
        ("2", ["S2"]),
    ]


def test_a_number_states_a_fact_before_a_word_for_many() -> None:
    result = _reconcile(
        "On Monday, at least 61 people were killed in the capital, witnesses said.",
        "On Monday, scores of people were killed in the capital, activists said.",
    )
    assert {f.statement for f in result.facts} == {"at least 61 people killed"}


def test_a_word_for_many_backs_no_number() -> None:
    # "millions" is no support for "an estimated 2.7 million", nor is "several" for eight: a
    # brief put a World War II toll in its header on two sources, and gave a minister who named
    # no number as the source of eight killed
    result = _reconcile(
        "Poles say an estimated 2.7 million non-Jewish civilians were killed in the camps.",
        "Millions of Polish citizens, including many who were not Jewish, died in these camps.",
    )
    assert [(f.statement, f.sources) for f in result.facts] == [
        ("estimated 2,700,000 people killed", ["S1"])
    ]
    assert not result.casualties
    result = _reconcile(
        "On Sunday, a doctor said eight fighters had been killed and 36 wounded in the clashes.",
        "A bomb destroyed a house on Sunday, killing several residents, Italy's foreign minister "
        "said.",
    )
    assert [f.sources for f in result.facts if f.statement == "8 people killed"] == [["S1"]]


def test_incompatible_counts_of_the_same_thing_conflict() -> None:
    result = _reconcile(
        "On Wednesday, at least five people were killed in the blast at the market.",
        "On Wednesday, five people were killed in the blast at the market, police said.",
        "On Wednesday, twelve people were killed in the blast at the market, a hospital said.",
    )
    (conflict,) = result.conflicts
    assert conflict.kind == "number"
    assert [v.value for v in conflict.variants] == ["5", "12"]
    assert conflict.variants[0].sources == ["S1", "S2"]


def test_counts_placed_at_another_time_are_not_the_main_event() -> None:
    result = _reconcile(
        "On Wednesday, two people were killed in the attack on the base.",
        "On Wednesday, two people were killed in the attack on the base. "
        "A similar attack a week earlier killed seven people.",
    )
    assert not result.conflicts
    assert [f.statement for f in result.facts] == ["2 people killed"]

    # an undated report (no publication day dates "in January") still names another month
    day = dt.date(2015, 4, 22)
    for month, elsewhere in (("January", True), ("April", False)):
        text = f"Troops were sent after militants killed 17 people in {month}."
        article = _article(text, "a", None)
        (sentence,) = split_sentences(article)
        assert places_elsewhere(sentence, [], day)[1] is elsewhere, month


def test_round_numbers_and_their_hedges_agree() -> None:
    result = _reconcile(
        "On Wednesday, the official count showed 500,000 people killed by the disease.",
        "On Wednesday, the official count showed more than 500,000 people killed by the disease.",
    )
    assert not result.conflicts
    assert [f.sources for f in result.facts] == [["S1", "S2"]]


def test_parts_of_a_total_never_make_a_conflict() -> None:
    result = _reconcile(
        "On Wednesday, four people were arrested after the shooting at the car wash.",
        "On Wednesday, three men and a woman were arrested after the shooting at the car wash.",
        "On Wednesday, 15 people were killed in the Idlib area, nine in the Aleppo area.",
        "On Wednesday, 40 people were killed in the shelling across the country.",
    )
    assert not result.conflicts


def test_a_count_inside_another_is_no_breakdown_and_no_rival() -> None:
    result = _reconcile(
        "On Monday, eight people including three children were injured when a gas explosion "
        "tore through a row house.",
        "On Monday, eight people, including two children, were injured after a gas explosion "
        "caused a rowhome to collapse.",
    )
    assert not result.conflicts
    assert {f.statement for f in result.facts} == {"8 people injured"}


def test_a_part_of_the_toll_is_no_toll() -> None:
    # "three of the people killed" made a rival toll of 3 beside a strike's 15 killed
    result = _reconcile(
        "On Monday, 15 people were killed in the air strike on the house, officials said.",
        "On Monday, state TV reported that three of the people killed belonged to the same family.",
        "On Monday, among the dead in the strike were four children, officials said.",
        "On Monday, the dead included two police officers, officials said.",
    )
    assert not result.conflicts
    assert [f.statement for f in result.facts] == ["15 people killed"]


def test_the_count_of_what_the_event_is_compared_with_is_not_its_own() -> None:
    # the Exxon Valdez's 11 million gallons was a BP-spill brief's key number
    result = _reconcile(
        "Even at current estimates, the spill could surpass that of the Exxon Valdez "
        "supertanker -- which leaked 11 million gallons -- in just two months.",
        "At that rate, it would eclipse the 1989 Exxon Valdez tanker spill -- which dumped 11 "
        "million gallons off the Alaska coast -- as the worst U.S. oil disaster in history.",
        "A pandemic similar to that of 1918-19, which killed at least 50 million people, would "
        "be a catastrophic event.",
    )
    assert not result.facts
    # ... but the event that eclipses another is the event
    result = _reconcile(
        "The Valdez spill was the worst in U.S. history until it was eclipsed by the Gulf "
        "gusher that spewed some 206 million gallons from the blown-out well.",
        "The Gulf gusher, which spewed some 206 million gallons, eclipsed the Valdez spill.",
    )
    assert [f.value for f in result.facts] == ["some 206,000,000"]


def test_the_others_beside_someone_named_are_no_total() -> None:
    result = _reconcile(
        "The report said the State Department failed to protect U.S. Ambassador Chris Stevens "
        "and three others who were killed in Benghazi.",
        "Four Americans, including Ambassador Chris Stevens, were killed in the Benghazi attack.",
    )
    assert not result.conflicts
    assert {f.statement for f in result.facts} == {"4 people killed"}


def test_a_vague_amount_is_never_a_side() -> None:
    result = _reconcile(
        "On Wednesday, police arrested 12 people after the attack in the city centre.",
        "On Wednesday, police arrested several people after the attack in the city centre.",
    )
    assert not result.conflicts
    assert [f.statement for f in result.facts] == ["12 people arrested"]


def test_conflict_variants_say_who_states_them(brief: dict) -> None:
    rockets = {v["value"]: v for v in _conflict(brief, "number of rockets fired")["variants"]}
    assert "brigades to avenge al-Muhandis" in rockets["30"]["attributed_to"]
    assert "(claim)" in rockets["30"]["attributed_to"]
    assert "Wayne Marotto" in rockets["14"]["attributed_to"]
    injured = {v["value"]: v for v in _conflict(brief, "number of people injured")["variants"]}
    assert injured["3"]["attributed_to"] == "Wayne Marotto (correction)"


@pytest.mark.parametrize(
    ("leads", "kind"),
    [
        (  # an explosion is a bombing only when a bomb is named
            (
                "A natural gas explosion tore through a row house on Monday.",
                "Eight people were hurt when the blast leveled a home under renovation.",
            ),
            "explosion",
        ),
        (
            (
                "A car bomb exploded outside the ministry on Monday.",
                "The bomber detonated the explosives near a checkpoint, police said.",
            ),
            "bombing",
        ),
        (
            (
                "A federal judge in Texas issued an order on Wednesday blocking the law.",
                "The appeals court ruled on Friday that the subpoena could be enforced.",
            ),
            "court ruling",
        ),
        (  # a court's nominee, a judge's title and a ruling party are no ruling
            (
                "The third woman to accuse Supreme Court nominee Brett Kavanaugh spoke out.",
                "Judge Neil Gorsuch was on the list, which the ruling party welcomed.",
            ),
            None,
        ),
        (  # ... nor is a court named without deciding anything
            (
                "The rules set up years of fighting in court, officials said on Monday.",
                "The agency faced a court-imposed deadline and a question from Supreme Court "
                "Chief Justice John Roberts.",
            ),
            None,
        ),
        (
            (
                "A judge has thrown out three murder charges against the doctor.",
                "On Monday, the Supreme Court handed down its decision in the patent case.",
            ),
            "court ruling",
        ),
        (  # a weapon's test and a hoax threat are no bombing
            (
                "North Korea threatens a hydrogen bomb test in the Pacific.",
                "A former officer was indicted for a hoax bomb threat at the school.",
            ),
            None,
        ),
        (  # ... nor is a missile test or a missile programme
            (
                "North Korea carried out a missile test on Sunday, its third this year.",
                "The missile program has alarmed Japan, where a guided-missile destroyer waits.",
            ),
            None,
        ),
        (  # an obituary: the career's inquiries are background
            (
                "Elijah Cummings, who led investigations of the president, dies at 68.",
                "The congressman, who chaired the impeachment inquiry, has died.",
            ),
            "death",
        ),
        (  # background: months of strikes before a sanctions plan (Timeline17), the attack an
            # impeachment trial retells (AllSides), the shooting a lawsuit's defendant is
            # charged over, and the security firm's name (Multi-News)
            (
                "The EU may blacklist Libyan ports after two months of western air strikes.",
                "Ministers weigh sanctions after two months of air strikes against Libya.",
            ),
            None,
        ),
        (
            (
                "Managers showed security video of the deadly attack at the trial on Wednesday.",
                "Managers gave a harrowing retelling of Jan. 6 attack to the Senate.",
            ),
            None,
        ),
        (  # (the suit is the news)
            (
                "Zimmerman, facing murder charges for the shooting death of Trayvon Martin, is "
                "being sued.",
                "Associated Investigative Services Inc. sued Zimmerman, who faces charges for "
                "the shooting death of Trayvon Martin.",
            ),
            "lawsuit",
        ),
        (  # a train derails; talks only figuratively
            (
                "Trump attempted to derail the talks, Democrats said.",
                "The scandal derailed his campaign, Democrats said.",
            ),
            None,
        ),
        (
            (
                "A train derailed near the station on Monday, officials said.",
                "Ten cars derailed and caught fire on Monday.",
            ),
            "crash",
        ),
        (  # a court deciding an election's case: the ruling is the news
            (
                "The Supreme Court on Monday denied an appeal over the Pennsylvania election.",
                "Justices rejected the Republicans' challenge to the election results.",
            ),
            "court ruling",
        ),
        (  # ... with the day between ("died Tuesday at the age of 42"); not a time of day
            (
                "Prodigy, one-half of Mobb Deep, died Tuesday (June 20) at age 42.",
                "The rapper died Tuesday at the age of 42, his publicist said.",
            ),
            "death",
        ),
        (
            (
                "Two men died at 4 p.m. when flooding filled the tunnel under the river.",
                "The flooding tunnel trapped workers, who died at 4:15, officials said.",
            ),
            "flood",
        ),
        (  # a person shot is a shooting; a plane shot down is not
            (
                "A university police officer was shot in the head on Tuesday night.",
                "The officer who had been shot died on Wednesday, police said.",
            ),
            "shooting",
        ),
        (  # ... told in the active voice too (Multi-News: a UC Berkeley police shooting)
            (
                "Police confirmed that an officer shot a man at the business school on Tuesday.",
                "A campus police officer shot and wounded a man brandishing a gun in a lab.",
            ),
            "shooting",
        ),
        (  # ... but not a round of golf, a film or a photo of people
            (
                "Woods shot a 68 on Sunday to win the tournament.",
                "The director shot a video of people dancing in the rain on Sunday.",
            ),
            None,
        ),
        (
            (
                "The airliner was shot down minutes after takeoff and crashed in a field.",
                "Investigators said the jet was shot down by mistake before the plane crashed.",
            ),
            "crash",
        ),
        (  # what the news happened amid or before is no event of its own
            (
                "Retail sales fell a record 16.4% in April, before Tuesday's elections.",
                "Shoppers stayed home during the pandemic, in the last report ahead of the "
                "midterm elections.",
            ),
            None,
        ),
        (  # ... or what it answers
            (
                "Trump threatened to cut funding for the WHO over its early response to the "
                "coronavirus outbreak.",
                "The president said the agency failed in its responses to the outbreak.",
            ),
            None,
        ),
        (  # ... or what a place recovers from (AllSides: the Jones Act waived for Puerto Rico)
            (
                "The administration is considering lifting the Jones Act to serve Puerto Rico as "
                "it recovers from Hurricane Maria.",
                "Trump lifted the shipping rule to help hurricane-ravaged Puerto Rico.",
            ),
            None,
        ),
        (  # ... but a storm that strikes is the event
            (
                "Hurricane Maria slammed into Puerto Rico on Wednesday.",
                "The storm left the island without power.",
            ),
            "storm",
        ),
        (  # ... but the event still counts where a report names it outright
            (
                "Protests over the police shooting spread to three cities on Sunday.",
                "Thousands joined the protests, which began after the shooting.",
            ),
            "protest",
        ),
        (  # a flood or storm of something many is a figure of speech, not the event
            (
                "Companies involved in the spill are facing a flood of lawsuits from fishermen.",
                "The firm faces a storm of criticism and a flood of claims over the leak.",
            ),
            None,
        ),
        (  # an illness is no attack: an obituary's cause of death
            (
                "Mark Lane, a lawyer who wrote about the Kennedy assassination, died of a heart "
                "attack on Tuesday.",
                "Lane's wife said he had died from complications of a heart attack in his home.",
            ),
            "death",
        ),
        (  # a cue word in an institution's name (a Multi-News sleep study); a headline in
            # title case keeps its cue ("Elijah Cummings of Baltimore Has Died")
            (
                "Flashes of light reset sleep, researchers wrote in the Journal of Clinical "
                "Investigation on Monday.",
                "The study appears in the Journal of Clinical Investigation this week.",
            ),
            None,
        ),
        (
            (
                "US Rep. Elijah Cummings of Baltimore Has Died.",
                "Maryland Democratic Rep. Elijah Cummings Dies At 68.",
            ),
            "death",
        ),
        (  # armed forces fighting: a rebel advance is no "rocket attack" for a Scud fired
            # in it (Timeline17's Libya war)
            (
                "Forces loyal to Muammar Gaddafi fired a Scud missile. Rebels fighting to end "
                "Gaddafi's rule seized two towns near Tripoli.",
                "Rebels fought forces loyal to Muammar Gaddafi on Wednesday for control of oil "
                "facilities.",
            ),
            "fighting",
        ),
        (  # ... and an offensive told by its advances and the resistance it meets outvotes a
            # missile named in passing (Timeline17: CNN on the rebels' push toward Tripoli)
            (
                "Libyan forces loyal to Gadhafi fired a short-range Scud missile on Sunday.",
                "Rebel fighters faced stiff resistance from Moammar Gadhafi's forces on Wednesday.",
                'Anti-Gadhafi forces have made "significant advances," a NATO spokesman said.',
                "NATO also spoke of the use by government forces of a ballistic missile. Could "
                "reports of rebel advances signal a shift in momentum?",
            ),
            "fighting",
        ),
        (  # ... not a fight in court or against a ban
            (
                "The company is fighting the ban in court, its lawyers said.",
                "Lawyers fought the ruling on Monday.",
            ),
            None,
        ),
        (  # the oil let out is the news, not the blast before it (Timeline17's BP stories)
            (
                "The oil spill off the coast of America is now the worst in US history.",
                "Obama is criticised over the Gulf of Mexico oil spill. BP says its effort to "
                "stem the flow from the well after a rig explosion is going to plan.",
            ),
            "spill",
        ),
        (  # ... and so are the oil gushing and the tar balls it washes ashore (Timeline17:
            # oil reaching Lake Pontchartrain)
            (
                "Experts say the newly discovered oil in the lake is not likely to cause much "
                "damage. But the presence of tar balls so close to the city is a blow.",
                "Much of the oil gushing from the Deepwater Horizon well has reached the lake.",
            ),
            "spill",
        ),
        (  # ... nor what "spills over" figuratively
            (
                "The row over tariffs spilled over into the summit on Monday.",
                "Anger spilled into the streets of the capital, officials said.",
            ),
            None,
        ),
        (  # computers broken into (AllSides' SolarWinds stories); not a "political hack"
            (
                "Russian hackers pierced the internal networks of the Treasury.",
                "The Commerce Department confirmed a data breach on Sunday.",
            ),
            "cyberattack",
        ),
        (  # a suit over a past shooting (Multi-News: Sandy Hook families sue Bushmaster)
            (
                "A lawsuit filed Monday by 10 Sandy Hook victims' families claims Adam Lanza "
                "could not have killed 26 people without his rifle.",
                "Parents of some of the victims of the 2012 school shooting in Sandy Hook, "
                "Connecticut, will on Monday announce they are suing Bushmaster.",
            ),
            "lawsuit",
        ),
        (  # ... but this year's shooting is the news, and so is the 2020 election
            (
                "A gunman opened fire at a school on Monday, police said.",
                "The shooting on Monday was the first since the 2014 school shooting; one family "
                "plans a lawsuit.",
            ),
            "shooting",
        ),
        (
            (
                "Voters cast ballots in the 2020 election on Tuesday.",
                "Trump's campaign sued to stop the count in the 2020 election.",
            ),
            "election",
        ),
        (  # an oil slick a firm is blamed for is its spill (Timeline17: a Guardian column) ...
            (
                "Morgan City is still untouched by the BP oil slick, residents say.",
                "Fishermen fear the BP oil slick will reach the bayou.",
            ),
            "spill",
        ),
        (  # ... not one searchers spot where a jet went down
            (
                "A large oil slick was spotted where the jet went down, officials said.",
                "The oil slick stretched for miles near debris from the plane.",
            ),
            None,
        ),
        (  # explosions in a lead that names the weapon are what it did (Timeline17: NATO
            # airstrikes on Tripoli, Grad rockets on Zintan) ...
            (
                "Explosions erupted in Tripoli overnight as NATO jets struck a school. Obama "
                "warned there would be no letup in NATO airstrikes.",
                "At least four explosions rocked Zintan on Sunday. Rebels said the explosions "
                "were from Grad rockets.",
                "Reporters heard explosions from the airstrike that rocked the hotel.",
            ),
            "airstrike",
        ),
        (  # ... but a blast with no weapon named is an explosion
            (
                "An explosion at a chemical plant killed five workers on Monday.",
                "The blast was caused by a gas leak, officials said.",
            ),
            "explosion",
        ),
        (  # the attacks of 2001, named by their day, are what a claim is about (AllSides: a
            # tweet by Pence on Soleimani) ...
            (
                "A tweet by Vice President Mike Pence connecting General Qasem Soleimani to the "
                "9/11 terrorist attacks drew criticism.",
                'Pence claimed that Soleimani helped "10 of the 12" Sept. 11 attackers travel '
                "to Afghanistan.",
            ),
            None,
        ),
        (  # ... but an attack told with its day is the event
            (
                "Gunmen attacked a hotel in Kabul on Sept. 11.",
                "The attack on the hotel lasted six hours on Sept. 11.",
            ),
            "attack",
        ),
        (  # an opinion poll is no election, whatever race it asks about (Multi-News) ...
            (
                "Romney would hold a slight lead on President Obama if the 2012 election were "
                "replayed today, according to a new Washington Post-ABC News poll.",
                "Obama's approval rating has fallen to 42 percent in a new ABC News/Washington "
                "Post poll, with fallout possible in the midterm elections.",
            ),
            "poll",
        ),
        (  # ... but an exit poll is election day's
            (
                "Voters cast ballots in the governor's race on Tuesday.",
                "Exit polls showed the incumbent ahead as voters left the polls on Tuesday.",
            ),
            "election",
        ),
    ],
)
def test_the_event_type_is_what_the_leads_name(leads: tuple[str, str], kind: str | None) -> None:
    articles = [
        Article(id=f"a{i}", origin=f"a{i}", raw_text=t, text=t) for i, t in enumerate(leads)
    ]
    assert newsfuse.brief(articles).event.type == kind


def test_the_items_of_a_long_enumeration_are_background_not_the_event() -> None:
    """A Reuters photographer's essay listed his worries in its lead and its brief became a
    "flood" in Pyongyang with Suu Kyi for actor."""
    essay = (
        "It is 4.25 a.m. and I cannot sleep. The threat of conflict on the Korean peninsula "
        "after Pyongyang's nuclear tests, fighting in Pakistan and Afghanistan, floods in India "
        "and Bangladesh, a bogus trial of Suu Kyi in Myanmar, crashing economies, the risk of "
        "unrest in Tibet and of course, China, where anything can happen at any time. Who "
        "still cares about news pictures?"
    )
    event = newsfuse.brief([Article("e", "e", essay, essay)]).event
    assert (event.type, event.location, event.actors) == (None, None, [])
    # items after a clause are its objects, items before a verb its subjects, and items that
    # end the sentence may hide their verb: all tell the event
    for lead in (
        "Heavy rains brought floods to Bangladesh, landslides, mudslides, broken bridges, "
        "power cuts and crop losses.",
        "Floods in Bangladesh, landslides in Nepal, mudslides, broken bridges, power cuts and "
        "crop losses, the worst in a decade, have hit the region.",
        "Storms, floods, landslides and fires in Bangladesh hit the region, killing 20.",
    ):
        event = newsfuse.brief([Article("l", "l", lead, lead)]).event
        assert event.type in ("flood", "storm"), lead
        assert event.location is not None and event.location.name == "Bangladesh", lead


def _actors(*leads: str) -> list[str]:
    """The event's actors in the brief of one article per lead."""
    articles = [
        Article(id=f"a{i}", origin=f"a{i}", raw_text=t, text=t) for i, t in enumerate(leads)
    ]
    return newsfuse.brief(articles).event.actors


def test_an_outlet_named_only_as_the_news_source_is_no_actor() -> None:
    actors = _actors(
        "The Justice Department's watchdog faulted James Comey, ABC News reported Wednesday.",
        "The inspector general criticised James Comey and the FBI, sources told ABC News.",
        "James Comey broke FBI rules, according to a report by ABC News on Wednesday.",
    )
    assert "James Comey" in actors
    assert "ABC News" not in actors


def test_a_news_outlet_is_no_actor_unless_a_report_opens_on_it() -> None:
    """Timeline17 stream briefs listed "BBC" (Hayward "told the BBC" in an interview, "the
    BBC's business editor") among a spill's actors; CNN sued is the news."""
    actors = _actors(
        "BP chief Tony Hayward said the cap was working. Hayward told the BBC on Sunday the "
        "company would pay. The BBC's business editor said shares fell.",
        "Tony Hayward said BP would pay all claims. In an interview, the BBC asked him about "
        "his yacht.",
    )
    assert "Tony Hayward" in actors
    assert "BBC" not in actors
    sued = _actors(
        "CNN is being sued by two EMTs who say a correspondent for CNN bit them.",
        "Two emergency workers sued CNN on Monday over a bite by a correspondent of CNN.",
    )
    assert "CNN" in sued
    # an outlet a report opens on as where the news came from (a Multi-News brief's actors)
    actors = _actors(
        "Rancher Cliven Bundy did not walk back racist comments he made earlier to the New "
        "York Times.",
        "The New York Times on Thursday reported remarks by Cliven Bundy on race.",
    )
    assert "Cliven Bundy" in actors
    assert "New York Times" not in actors


def test_a_court_a_case_may_go_to_is_no_actor() -> None:
    """AllSides: the 2nd Circuit's ruling on Trump's tax returns had the Supreme Court, where
    an appeal may go, for actor."""
    actors = _actors(
        "A federal appeals court ruled that Donald Trump's accountants must turn over his tax "
        "returns, so the president can appeal its decision to the Supreme Court.",
        "Donald Trump lost in an appeals court on Wednesday, but the case is likely to head "
        "to the Supreme Court.",
    )
    assert "Donald Trump" in actors
    assert "Supreme Court" not in actors
    ruled = _actors(
        "The Supreme Court ruled that Donald Trump's accountants must turn over his returns.",
        "The Supreme Court handed Donald Trump a defeat on Thursday.",
    )
    assert "Supreme Court" in ruled


def test_a_report_s_own_outlet_and_its_people_are_no_actors() -> None:
    """Timeline17's CNN stories: "Tripoli, Libya (CNN) --" makes CNN the reports' wire, and
    "CNN's Ben Wedeman reported", "a CNN crew", "CNN could not independently confirm" name it
    as the news's source; NATO acts."""
    actors = _actors(
        "Tripoli, Libya (CNN) -- NATO jets struck Gadhafi's compound, CNN's Ben Wedeman "
        "reported on Sunday.",
        "NATO said its jets struck Gadhafi's compound. CNN could not independently confirm the "
        "report on Sunday.",
        "A CNN crew saw NATO aircraft strike the compound of Gadhafi on Sunday.",
    )
    assert "NATO" in actors
    assert "CNN" not in actors


def test_actors_are_named_in_a_lead_not_only_in_the_background() -> None:
    """A single report's closing lines on the victim's career made "Idi Amin" and the
    "Columbia School of Journalism" actors of a Copenhagen murder case (Multi-News)."""
    actors = _actors(
        "Danish inventor Peder Madsen is to appear in court on Tuesday. Prosecutors will ask "
        "for his detention to be extended. Madsen denies killing the journalist Kim Wall. "
        "Police divers found more evidence this week. The hearing starts at 2pm. Investigators "
        "have not commented on a motive. Wall had written about the torture chambers of Idi "
        "Amin. She was a graduate of the Columbia School of Journalism in New York."
    )
    assert "Peder Madsen" in actors
    assert "Idi Amin" not in actors
    assert "Columbia School of Journalism" not in actors


def test_a_name_that_only_describes_a_noun_is_no_actor() -> None:
    """ "a U.S. Navy doctor" says what a daughter does; the Navy takes no part in the story."""
    actors = _actors(
        "Kip Harding and his wife raised nine children. Serennah, 23, is a U.S. Navy doctor.",
        "Kip Harding said the children chose their own paths. One is a U.S. Navy doctor.",
    )
    assert "Kip Harding" in actors
    assert "U.S. Navy" not in actors


def test_an_occasion_or_the_seat_at_stake_is_no_actor() -> None:
    """A Guardian column on the BP spill listed the "Louisiana Shrimp and Petroleum Festival"
    as an actor, and AllSides' Alabama race "the Senate" ("Alabama's special Senate
    election Tuesday")."""
    actors = _actors(
        "It looks as if the Louisiana Shrimp and Petroleum Festival is still going ahead. BP "
        "is hated here, residents said."
    )
    assert "BP" in actors
    assert "Louisiana Shrimp and Petroleum Festival" not in actors
    actors = _actors(
        "Alabama's special Senate election Tuesday pits Roy Moore against Doug Jones.",
        "Roy Moore and Doug Jones meet in a special Senate election on Tuesday.",
    )
    assert "Roy Moore" in actors
    assert "Senate" not in actors
    # ... but a body that acts is one
    actors = _actors(
        "The Senate confirmed Amy Coney Barrett on Monday.",
        "Amy Coney Barrett was confirmed by the Senate on Monday.",
    )
    assert "Senate" in actors


def _place_of(
    texts: tuple[str, ...], *labelled: tuple[str, str], datelines: tuple[str | None, ...] = ()
) -> str | None:
    """The event's place when the model's entities are what the (regex, label) pairs find."""
    place = _whereabouts(texts, *labelled, datelines=datelines).place
    return place.name if place else None


def _whereabouts(
    texts: tuple[str, ...], *labelled: tuple[str, str], datelines: tuple[str | None, ...] = ()
) -> Whereabouts:
    """`_place_of`'s whole answer; ``datelines`` are what cleaning lifted, per article."""
    articles = [_article(t, f"a{i}", dt.date(2021, 7, 8)) for i, t in enumerate(texts)]
    for article, dateline in zip(articles, datelines, strict=False):
        if dateline:
            article.metadata["dateline"] = dateline
    sentences = {a.id: split_sentences(a) for a in articles}
    canonical = canonicalize(
        [
            EntityMention(a.id, m.start(), m.end(), m.group(), label)
            for pattern, label in labelled
            for a in articles
            for m in re.finditer(pattern, a.text)
        ]
    )
    extraction = dataclasses.replace(extract(articles, sentences), canonical=canonical)
    return event_place(articles, sentences, extraction)


def test_a_dateline_most_reports_share_beats_the_country_it_is_in() -> None:
    """Five Reuters reports datelined WASHINGTON on a House hearing placed it in the United
    States, which their leads name as "U.S. lawmakers"; "ZAWIYAH, Libya" atop reports of the
    rebels' advance on Tripoli gives Tripoli its country."""
    hearing = (
        "Clinton urged U.S. lawmakers not to cut funds, she told the committee.",
        "U.S. global leadership needs resources, Clinton told the committee on Tuesday.",
        "The United States moved warships toward the Mediterranean on Tuesday.",
    )
    labelled = (("U\\.S\\.|United States", "GPE"), ("Washington", "GPE"))
    where = _whereabouts(hearing, *labelled, datelines=("WASHINGTON", "WASHINGTON, March 1"))
    assert where.location == Location(name="Washington", country="United States")
    # a country the reports were not written in stays the place
    assert _place_of(hearing, *labelled, datelines=("LONDON", "LONDON")) == "United States"
    advance = (
        "Rebels seized two towns near Tripoli, cutting the city off.",
        "Air strikes rocked Tripoli several times on Tuesday, witnesses said.",
    )
    where = _whereabouts(
        advance, ("Tripoli", "GPE"), datelines=("BENGHAZI, Libya", "ZAWIYAH, Libya")
    )
    assert where.location == Location(name="Tripoli", country="Libya")


def test_the_place_is_one_some_article_puts_something_in_or_at() -> None:
    texts = (
        "Rihanna wowed fans on Monday. The singer performed in New York City to 20,000.",
        "Rihanna played her biggest show on Monday, to 20,000 fans in New York City.",
    )
    # the model's mistakes: the singer as a place (and once as a person), a count as a place
    found = _place_of(
        texts,
        ("Rihanna(?= wowed)", "GPE"),
        ("Rihanna(?= played)", "PERSON"),
        ("New York City", "GPE"),
        ("20,000", "LOC"),
    )
    assert found == "New York City"
    # "a Pittsburgh school" places the story as well as "in Pittsburgh" does
    texts = ("A Pittsburgh teacher was charged on Monday.", "Police said a Pittsburgh school...")
    assert _place_of(texts, ("Pittsburgh", "GPE")) == "Pittsburgh"
    # "at the U.S. Capitol" puts the story in the Capitol, though the model once read it as a
    # group ("Capitol police") and the country is named in more leads
    texts = (
        "Rioters breached the U.S. Capitol on Wednesday. One Capitol police officer was hurt.",
        "Managers showed how close rioters at the U.S. Capitol came to lawmakers.",
        "Senators watched video of the U.S. Capitol riot on Wednesday.",
    )
    found = _place_of(
        texts,
        (r"Capitol(?! police)", "FAC"),
        ("Capitol(?= police)", "ORG"),
        (r"U\.S\.", "GPE"),
    )
    assert found == "Capitol"
    # a word capitalised at a sentence's start that the articles also write in lower case is
    # no place ("Caffeine" read as one); "in Media, Pa." still places a story in Media
    texts = (
        "Caffeine may protect memory, a study found. Researchers gave caffeine to 160 people.",
        "Caffeine tablets helped volunteers remember images in the U.S. study.",
    )
    assert _place_of(texts, ("Caffeine", "GPE"), (r"U\.S\.", "GPE")) == "United States"
    texts = (
        "A fire broke out in Media, Pa., on Monday. Local media said two homes burned.",
        "Firefighters in Media battled the blaze on Monday.",
    )
    assert _place_of(texts, ("Media", "GPE")) == "Media"
    # an acronym is no capitalised word: "LA" is a place though the singers hum "la la"
    texts = (
        "LA officials said the wildfire grew on Monday.",
        "Singers hummed la la as LA burned on Monday.",
    )
    assert _place_of(texts, ("LA", "GPE")) == "LA"


@pytest.mark.parametrize("backend", ["rules", "spacy"])
def test_a_dateline_s_state_is_the_region_of_its_city(backend: str) -> None:
    texts = (
        "PORTLAND, Ore. — The bakery owners paid the damages award on Monday in Portland.",
        "The bakery in Portland paid the state on Monday, officials said.",
    )
    articles = [
        Article(id=f"a{i}", origin=f"a{i}", raw_text=t, text=t) for i, t in enumerate(texts)
    ]
    location = newsfuse.brief(articles, settings=Settings(ner=backend)).event.location
    assert location == Location(name="Portland", admin1="Oregon", country="United States")
    # ... but a dateline names no place: the launch was in Japan, not at mission control
    texts = (
        "ALBUQUERQUE, N.M. — A balloon team launched from Saga in Japan on Sunday.",
        "The balloon rose over Japan on Sunday as pilots headed for North America.",
    )
    articles = [
        Article(id=f"a{i}", origin=f"a{i}", raw_text=t, text=t) for i, t in enumerate(texts)
    ]
    assert newsfuse.brief(articles, settings=Settings(ner=backend)).event.location.name == "Japan"


def test_a_country_the_news_is_about_or_deals_with_is_no_place() -> None:
    texts = (
        "Mueller did not find that the campaign conspired with Russia to sway the election.",
        "Barr: Mueller clears Trump in Russia probe. Barr sent his summary to Congress.",
        "The report found no one conspired with Russia, the attorney general told Congress.",
    )
    assert _place_of(texts, ("Russia", "GPE")) is None
    # ... but where something happens with it, it is the place
    texts = (
        "Trump met Putin in Helsinki on Monday and talked with Russia's leader for two hours.",
        "In Helsinki, the two leaders held talks with aides on Monday.",
    )
    assert _place_of(texts, ("Russia", "GPE"), ("Helsinki", "GPE")) == "Helsinki"
    # a word the place makes describes: "this Pyongyang-bred heartthrob"; not "Portland-area"
    texts = (
        "The Onion named this Pyongyang-bred heartthrob its sexiest man alive.",
        "China's People's Daily ran the Pyongyang-bred leader's pictures in Beijing.",
    )
    found = _place_of(texts, ("Pyongyang", "GPE"), ("Beijing", "GPE"), ("China", "GPE"))
    assert found == "Beijing"
    texts = ("The owners of a Portland-area bakery paid.", "The bakery paid on Monday.")
    assert _place_of(texts, ("Portland", "GPE")) == "Portland"
    # ... whatever the place is ("Broadway-style praise" of a course), and a candidate's race
    # describes the candidate (Multi-News, AllSides: a party launched with no place given)
    texts = (
        "Parents lavish Broadway-style praise on children, a course says.",
        "The Broadway-style cheering does not help, the teachers say.",
    )
    assert _place_of(texts, ("Broadway", "FAC")) is None
    texts = (
        "Former New York City mayoral candidate Andrew Yang launched a new party on Tuesday.",
        "Andrew Yang, a New York City mayoral candidate, unveiled his party on Tuesday.",
    )
    assert _place_of(texts, ("New York City", "GPE")) is None
    # "with" taking more than the place is no party: "against the Pennsylvania state court"
    texts = (
        "Republicans appealed against the Pennsylvania state court's ruling on ballots.",
        "The justices refused to hear the appeal from Pennsylvania Republicans.",
        "The Supreme Court left Pennsylvania's deadline in place on Monday.",
    )
    assert _place_of(texts, ("Pennsylvania", "GPE")) == "Pennsylvania"


def test_one_side_of_a_pair_or_a_country_s_leader_is_no_place() -> None:
    """AllSides: a Washington-datelined story of "the FBI's probe of ties between the Trump
    campaign and Russia" was placed in Russia; Timeline17: the BP spill "in the Gulf of
    Mexico" in the United States, from "a row between Britain and the US" and "the US
    president"."""
    texts = (
        "The inspector general looked into the FBI's probe of ties between the Trump "
        "campaign and Russia during the 2016 election.",
        "An FBI lawyer altered a document, the inspector general found.",
    )
    assert _place_of(texts, ("Russia", "GPE"), datelines=("WASHINGTON",)) == "Washington"
    texts = (
        "Clegg warned that a row between Britain and the US over the BP oil spill in the "
        "Gulf of Mexico was growing.",
        "Cameron will talk to the US president about the Gulf of Mexico oil spill on Friday.",
        "BP may suspend its dividend over the Gulf of Mexico oil spill, the US "
        "administration heard.",
    )
    labelled = [("Gulf of Mexico", "LOC"), (r"\bUS\b", "GPE"), ("Britain", "GPE")]
    assert _place_of(texts, *labelled) == "Gulf of Mexico"
    # ... but a country where the news happens is the place
    texts = (
        "Talks between the rebels and the army began in Colombia on Monday.",
        "The rebels met the army in Colombia on Monday.",
    )
    assert _place_of(texts, ("Colombia", "GPE")) == "Colombia"


def test_a_world_region_ranks_below_the_country_the_leads_name_as_often() -> None:
    """Multi-News: "the Middle East country" placed a Syria story in the Middle East once a
    country stopped outranking narrower places."""
    texts = (
        "Rebels shelled the city of Aleppo in Syria on Tuesday, activists said.",
        "The Middle East country has been at war for years, activists said.",
    )
    assert _place_of(texts, ("Syria", "GPE"), ("Middle East", "LOC")) == "Syria"


def test_a_country_named_for_its_forces_or_people_is_no_place() -> None:
    # a Multi-News collision "off the coast of Japan" was placed in the United States
    texts = (
        "Seven US sailors were missing after their destroyer collided with a ship off Japan.",
        "The U.S. Navy said the USS Fitzgerald collided with a merchant ship off Japan.",
    )
    assert _place_of(texts, ("US", "GPE"), ("U.S.", "GPE"), ("Japan", "GPE")) == "Japan"
    # Timeline17's BBC spill reports: "US President Barack Obama" and "the worst in US history"
    # measure the spill and name who visits it; the Gulf of Mexico is where it is
    texts = (
        "The oil spill is now the worst in US history. US President Barack Obama is making his "
        "second visit to the site of the leak.",
        "US President Barack Obama will extend a drilling ban as he faces criticism of his "
        "handling of the Gulf of Mexico oil spill.",
    )
    assert _place_of(texts, (r"\bUS\b", "GPE"), ("Gulf of Mexico", "LOC")) == "Gulf of Mexico"
    # "two California military bases" are in California
    texts = (
        "Workers were sent to two California military bases without gear, HHS says.",
        "The workers at the California bases had no training, a whistleblower says.",
    )
    assert _place_of(texts, ("California", "GPE")) == "California"


def test_a_place_of_a_past_year_or_of_someone_s_office_is_no_place() -> None:
    # a Multi-News op-ed by a candidate was placed in Massachusetts, then Salt Lake City
    texts = (
        "My years at Bain helped me turn around the 2002 Winter Olympics in Salt Lake City.",
        "They also helped me as governor of Massachusetts, the candidate wrote on Friday.",
    )
    assert _place_of(texts, ("Salt Lake City", "GPE"), ("Massachusetts", "GPE")) is None
    texts = (
        "Carlson mocked Duckworth, who lost her legs flying a helicopter in Iraq in 2004.",
        "The senator, hurt in Iraq in 2004, answered Carlson on Twitter on Wednesday.",
    )
    assert _place_of(texts, ("Iraq", "GPE")) is None
    texts = (  # the news itself in a place
        "Governor Newsom signed the bill in Sacramento on Monday.",
        "In Sacramento, the governor of California signed the bill.",
    )
    assert _place_of(texts, ("Sacramento", "GPE"), ("California", "GPE")) == "Sacramento"


def test_a_two_word_adjective_of_a_people_is_no_place() -> None:
    # the model reads "Puerto Rican debt" as a place; the game is in New Haven
    texts = (
        "Protesters rushed the field in New Haven on Saturday over Puerto Rican debt.",
        "Students called on Yale to sell its Puerto Rican debt on Saturday.",
        "Puerto Rican bonds were named by the protesters on Saturday.",
    )
    found = _place_of(texts, ("Puerto Rican", "GPE"), ("New Haven", "GPE"))
    assert found == "New Haven"


def test_a_place_one_lead_of_three_names_in_passing_is_not_where_it_happened() -> None:
    texts = (
        "Scientists turned carbon monoxide into ethanol, a study said on Wednesday.",
        "The cell makes ethanol, said a chemist at the University of California, San Diego.",
        "Copper electrodes made the ethanol, the researchers said on Wednesday.",
    )
    assert _place_of(texts, ("San Diego", "GPE")) is None
    texts = (
        "Stocks fell on Monday, the largest drop in U.S. history.",
        "Investors sold shares on Monday as markets slid.",
        "The Dow lost 2,000 points on Monday.",
    )
    assert _place_of(texts, (r"U\.S\.", "GPE")) is None
    # ... but it is where that lead puts something in it, names its local government, or
    # opens with it as a dateline
    for text, pattern in (
        ("Protesters rallied at the statehouse in Columbus on Monday.", "Columbus"),
        ("New York Gov. Andrew Cuomo harassed women, the report said.", "New York"),
        ("FLORENCE, Italy, Feb. 25 (UPI) -- A court acquitted the student.", "FLORENCE"),
    ):
        texts = (text, "The report came out on Monday.", "Critics spoke on Monday.")
        assert _place_of(texts, (pattern, "GPE")) is not None, text


def test_a_lead_puts_the_news_in_an_ohio_debate_not_in_a_country_s_interests() -> None:
    """An AllSides debate story ("saying in an Ohio debate on Tuesday he had endangered ...
    and a danger to American interests") was placed in the United States."""
    texts = (
        "Democrats denounced Trump, saying in an Ohio debate on Tuesday he was reckless and a "
        "danger to American interests around the world.",
        "Warren took heat on the debate stage on Tuesday.",
        "Six takeaways from the debate.",
    )
    assert _place_of(texts, ("Ohio", "GPE"), ("American", "NORP")) == "Ohio"
    texts = (
        "Trump was called a danger to American interests on Tuesday.",
        "Warren took heat on the debate stage on Tuesday.",
        "Six takeaways from the debate.",
    )
    assert _place_of(texts, ("American", "NORP")) is None


def test_a_us_state_as_the_place_is_in_the_united_states() -> None:
    """AllSides briefs placed in "Georgia", "Alabama" or "Ohio" named no country."""
    texts = (
        "Georgia election workers counted ballots at an arena in Atlanta, officials said.",
        "Video from Georgia shows workers counting ballots, Trump's lawyers said.",
    )
    where = _whereabouts(texts, ("Georgia", "GPE"))
    assert where.location == Location(name="Georgia", country="United States")


def test_a_place_the_news_spared_is_no_place() -> None:
    """A Guardian column on the BP spill opened on a festival in Morgan City, "a small town
    ..., lies about 70 miles west of New Orleans and is still untouched by the BP oil slick";
    the column was placed there."""
    texts = (
        "The festival in Morgan City, Louisiana, is going ahead. Morgan City, a small town "
        "dependent on the oil trade, lies west of New Orleans and is still untouched by the "
        "BP oil slick. The disaster threatens Louisiana's seafood industry.",
    )
    labelled = (("Morgan City", "GPE"), ("Louisiana", "GPE"))
    assert _place_of(texts, *labelled) == "Louisiana"
    assert _place_of(("The hurricane spared Tulsa but hit Norman.",), ("Tulsa", "GPE")) is None
    # ... but a place hit while another was spared is the news's
    texts = ("The storm flattened homes in Moore, but Norman was spared on Monday.",)
    assert _place_of(texts, ("Moore", "GPE"), ("Norman", "GPE")) == "Moore"
    texts = ("The quake hit Kathmandu on Saturday, though its old city was largely spared.",)
    assert _place_of(texts, ("Kathmandu", "GPE")) == "Kathmandu"


def test_a_superlative_s_country_is_no_place() -> None:
    """A Washington Post story of BP's chairman apologising at the White House "for the worst
    environmental accident ever to befall America" was placed in the United States."""
    texts = (
        "BP's chairman apologised on Wednesday for the worst environmental accident ever to "
        "befall America.",
    )
    assert _place_of(texts, ("America", "GPE")) is None
    texts = ("Oil from the well came ashore in America on Wednesday.",)
    assert _place_of(texts, ("America", "GPE")) == "United States"


def test_a_dateline_places_the_news_where_the_leads_name_places_alike() -> None:
    """A Multi-News wedding "at the same hospital in Taunton, about 40 miles south of Boston"
    (datelined "TAUNTON, Mass.") was placed in Boston; a Largo child's death, datelined
    "LARGO, Fla." twice, on the street near which his body was found."""
    wedding = ("Each was born at the same hospital in Taunton, about 40 miles south of Boston.",)
    labelled = [("Taunton", "GPE"), ("Boston", "GPE")]
    assert _place_of(wedding, *labelled, datelines=("TAUNTON, Mass.",)) == "Taunton"
    assert _place_of(wedding, *labelled) == "Taunton"  # Boston is a landmark
    texts = (
        "The body of a missing boy was found in a wooded area near Lake Avenue.",
        "Largo police arrested the boy's mother on Sunday.",
        "The mother was charged with murder, police said on Sunday.",
        "The boy's father spoke to reporters on Monday.",
    )
    where = _whereabouts(
        texts, ("Lake Avenue", "FAC"), ("Largo", "GPE"), datelines=("LARGO, Fla.", None, "LARGO")
    )
    assert where.location == Location(name="Largo", admin1="Florida", country="United States")
    # with no place in any lead, the one city the reports are datelined from
    texts = (
        "Two senators wrote a letter on Monday calling on Congress to restore the law.",
        "Manchin and Murkowski urged their colleagues to act on Monday.",
        "The senators said the bill deserved a vote.",
    )
    where = _whereabouts(texts, datelines=(None, "WASHINGTON"))
    assert where.location == Location(name="Washington", country="United States")
    assert _place_of(texts, datelines=("WASHINGTON", "NEW YORK")) is None


def test_a_landmark_a_home_a_past_office_or_an_item_of_a_list_is_no_place() -> None:
    # "this hill town south of Rome" (Multi-News: a papal lunch placed in Rome)
    texts = ("Pope Francis flew to this hill town south of Rome on Saturday.",)
    assert _place_of(texts, ("Rome", "GPE")) is None
    # ... but "in the east of Ukraine" is in Ukraine
    texts = ("Fighting flared in the east of Ukraine on Saturday.",)
    assert _place_of(texts, ("Ukraine", "GPE")) == "Ukraine"
    # a person's home (Multi-News: a Virginia race placed in San Francisco) or former office
    # (AllSides: a Mueller-report story placed in Massachusetts)
    texts = (
        "His son Bobby, a venture capitalist based in San Francisco, gave to the Democrat.",
        "The son, who is based in the San Francisco area, criticised his father on Monday.",
        "The former Massachusetts governor shared his reaction on social media on Friday.",
    )
    assert _place_of(texts, ("San Francisco", "GPE"), ("Massachusetts", "GPE")) is None
    # one port of a list (Timeline17: an EU sanctions story placed in Zawiyah)
    ports = ("Tripoli", "Zuara", "Zawiyah", "Al-Khoms", "Ras Lanuf", "Brega")
    texts = tuple(
        f"The EU plans to put the ports of {', '.join(ports[:-1])} and Brega on its list."
        for _ in range(3)
    )
    # (the model read three of them as people)
    labelled = [(port, "PERSON" if port in ports[3:] else "GPE") for port in ports]
    assert _place_of(texts, *labelled) is None
    # ... but a place and its region are no list ("Newtown, Connecticut, and ...")
    texts = ("A gunman opened fire in Newtown, Connecticut, on Friday.",) * 3
    assert _place_of(texts, ("Newtown", "GPE"), ("Connecticut", "GPE")) == "Newtown"


def test_a_roundup_s_place_named_by_one_lead_of_many_is_no_place() -> None:
    """Multi-News: nine outlets' April Fools' pranks were placed in Portland, Maine, which
    one lead puts a snowstorm "in"; a place a fair share of the leads name still stands."""
    pranks = (
        "A snowstorm dumped a foot of snow in Portland, Maine, on Monday.",
        "Google unveiled a joke product on Monday.",
        "A zoo announced a fake panda birth on Monday.",
        "A brewery said it would sell beer in tubes.",
        "An airline promised seats on the wing on Monday.",
    )
    assert _place_of(pranks, ("Portland", "GPE")) is None
    named = (pranks[0], "Snow fell in Portland again on Monday.", *pranks[2:])
    assert _place_of(named, ("Portland", "GPE")) == "Portland"


@pytest.mark.parametrize(
    "lead",
    [
        "Novartis, U.S. company Baxter International and Sanofi are working on vaccines.",
        "There have been few deaths outside Mexico and the United States so far.",
        "Vietnam has 26 cases, 23 of whom came after traveling in the United States or Mexico.",
    ],
)
def test_a_firm_s_home_an_exclusion_or_a_traveller_s_origin_is_no_place(lead: str) -> None:
    """Timeline17: Reuters flu stories from Venezuela, China and Vietnam were placed in the
    United States, which their leads name only so."""
    texts = (lead, "Health officials counted new cases on Monday.")
    assert _place_of(texts, ("U\\.S\\.|United States", "GPE")) is None


def test_a_place_just_outside_a_city_is_by_the_city() -> None:
    texts = ("A car bomb exploded outside Baghdad on Monday.", "Police counted the dead.")
    assert _place_of(texts, ("Baghdad", "GPE")) == "Baghdad"


def test_a_place_written_inside_the_winning_region_is_the_place() -> None:
    """AllSides: a shooting "at the annual Gilroy Garlic Festival ... in Gilroy, California"
    was placed in California, which two leads name."""
    texts = (
        "Police hunt for an accomplice after a shooting at a food festival in California.",
        "A shooting took place at the annual festival in Gilroy, California, on Sunday.",
    )
    where = _whereabouts(texts, ("Gilroy", "GPE"), ("California", "GPE"))
    assert where.location == Location(name="Gilroy", admin1="California", country="United States")


def test_a_place_of_a_past_month_or_a_supposition_is_no_place() -> None:
    """Multi-News: a breakup was placed where the couple was "First spotted ... in
    Hyannisport, MA in July"; Timeline17: the swine flu outbreak in China, which "would be
    ill-prepared to handle" it."""
    texts = (
        "Taylor Swift and Conor Kennedy have split. First spotted at the family compound in "
        "Hyannisport, MA in July, Conor is the son of Robert F. Kennedy, Jr.",
    )
    assert _place_of(texts, ("Hyannisport", "GPE")) is None
    texts = (
        "An expert warned on Monday that the most populous countries in Asia, China and India, "
        "would be ill-prepared to handle a pandemic.",
    )
    assert _place_of(texts, ("China", "GPE"), ("India", "GPE")) is None
    texts = ("There would be many problems if swine flu reached China, he said on Monday.",)
    assert _place_of(texts, ("China", "GPE")) is None
    # ... but the news's own day in a place is the place
    texts = ("A flu outbreak in Mexico City on Monday would soon spread, experts said.",)
    assert _place_of(texts, ("Mexico City", "GPE")) == "Mexico City"


def test_a_state_s_coast_does_not_contain_the_sea() -> None:
    """A Timeline17 spill "off Louisiana" got admin1 Florida from "Florida's Gulf coast"."""
    texts = (
        "Oil from the well in the Gulf of Mexico has come ashore on Florida's Gulf coast.",
        "The Gulf of Mexico spill grew on Monday.",
    )
    labelled = [("Gulf of Mexico", "LOC"), (r"Gulf(?= coast)", "LOC"), ("Florida", "GPE")]
    where = _whereabouts(texts, *labelled)
    assert where.place is not None and where.place.name == "Gulf of Mexico"
    assert where.location == Location(name="Gulf of Mexico")


def test_one_of_several_states_named_alike_is_not_the_place() -> None:
    """An AllSides roundup of an inquiry "in Iowa, Oklahoma, South Carolina, Tennessee and
    Utah" had been placed in Iowa, the first of the list."""
    states = ("Iowa", "Oklahoma", "South Carolina", "Tennessee", "Utah")
    texts = (
        "The department opened inquiries into mask bans in Iowa, Oklahoma, South Carolina, "
        "Tennessee and Utah on Monday.",
        "Five states, Iowa, Oklahoma, South Carolina, Tennessee and Utah, face inquiries.",
        "Officials in Iowa, Oklahoma, South Carolina, Tennessee and Utah got letters on Monday.",
    )
    labelled = [(state, "GPE") for state in states]
    assert _place_of(texts, *labelled) == "United States"
    # a state the story happens in, with another named in passing, stays the place
    texts = (
        "A tornado hit a town in Iowa on Monday, officials said.",
        "The storm in Iowa killed two people, and a second storm later hit Utah.",
        "Iowa officials counted the damage on Monday.",
    )
    assert _place_of(texts, *labelled) == "Iowa"


def test_a_surname_read_as_a_place_is_the_person() -> None:
    texts = (
        "Pelosi spoke in New York City on Monday. Nancy Pelosi said the bill would pass.",
        "Pelosi said on Monday that the bill would pass the House.",
    )
    found = _place_of(
        texts,
        (r"(?<!Nancy )Pelosi", "GPE"),
        ("Nancy Pelosi", "PERSON"),
        ("New York City", "GPE"),
    )
    assert found == "New York City"


def test_a_legislator_s_home_state_is_no_place() -> None:
    texts = (
        "Republicans, including Sen. Susan Collins of Maine, face close races in Washington.",
        "Susan Collins of Maine said the New York Democrat would not vote on Monday.",
        "The New York Democrat said the vote on the bill would come on Monday.",
    )
    found = _place_of(
        texts,
        ("Maine", "GPE"),
        ("New York", "GPE"),
        ("Washington", "GPE"),
        ("Susan Collins", "PERSON"),
    )
    assert found == "Washington"
    # where a person is from counts only after a person's name: "the governor of Maine" does
    texts = ("The governor of Maine signed the bill on Monday.", "Maine passed the bill.")
    assert _place_of(texts, ("Maine", "GPE")) == "Maine"
    # a party-state tag is a home too; "U.S. senators" are no home state
    texts = (
        "Sen. Rand Paul (R-Ky.) was suspended for a week, U.S. senators said.",
        "Rand Paul (R-Ky.) said U.S. senators would push back.",
    )
    assert _place_of(texts, ("Ky", "GPE"), ("U.S.", "GPE")) == "United States"
    # a state as AP abbreviates it follows a home or a city: no event's place
    texts = ("Joe Manchin (W.Va.) spoke on Monday.", "Joe Manchin, W.Va., spoke again on Monday.")
    assert _place_of(texts, (r"W\.Va", "GPE")) is None
    texts = ("Kenneth Shinozuka of New York City won the award.", "Shinozuka, 15, won it.")
    found = _place_of(texts, ("New York City", "GPE"), ("Kenneth Shinozuka", "PERSON"))
    assert found == "New York City"
    # the seat a legislator holds is a home too (Multi-News: a Gillibrand memoir story was
    # placed in New York); the state's own senate sits there
    texts = (
        "Gillibrand, who took Clinton's former New York Senate seat, writes in a new book.",
        "Gillibrand spoke on Capitol Hill in Washington on Monday.",
    )
    assert _place_of(texts, ("New York", "GPE"), ("Washington", "GPE")) == "Washington"
    texts = ("The New York Senate passed the bill on Monday.", "The bill passed on Monday.")
    assert _place_of(texts, ("New York", "GPE")) == "New York"


def test_a_hospital_someone_was_treated_at_is_no_place_of_the_news() -> None:
    """Multi-News: a police encounter "while visiting his family in Madison" was placed at
    the hospital where "Patel underwent surgery the next day" (a facility wins a tie)."""
    texts = (
        "The governor apologized for the injuries suffered by a grandfather during an "
        "encounter with a police officer while visiting his family in Madison.",
        "Patel was forced to the ground by an officer. Patel underwent surgery the next day at "
        "Huntsville Hospital.",
    )
    labelled = (("Madison", "GPE"), ("Huntsville Hospital", "FAC"))
    assert _place_of(texts, *labelled) == "Madison"
    # a hospital where the news itself happened stays its place
    texts = (
        "A gunman opened fire at Huntsville Hospital on Monday.",
        "The shooting in Madison came a week after a protest.",
    )
    assert _place_of(texts, ("Madison", "GPE"), ("Huntsville Hospital", "FAC")) == (
        "Huntsville Hospital"
    )
    # ... and so does where an obituary's subject died
    texts = (
        "Rep. Elijah Cummings died early Thursday at Johns Hopkins Hospital in Baltimore.",
        "Cummings died on Thursday, his office said.",
    )
    labelled = (("Johns Hopkins Hospital", "FAC"), ("Baltimore", "GPE"))
    assert _place_of(texts, *labelled) == "Johns Hopkins Hospital"


def _event_day(*texts: str) -> dt.date | None:
    articles = [_article(t, f"a{i}", None) for i, t in enumerate(texts)]
    sentences = {a.id: split_sentences(a) for a in articles}
    return event_day(articles, sentences, extract(articles, sentences))


def test_a_day_a_report_says_is_still_to_come_is_not_the_event_s() -> None:
    """A Reuters report of Gaddafi's death on Thursday had been dated the Saturday on which
    the country's liberation "would be announced"."""
    thursday = dt.date(2011, 10, 20)
    texts = (
        "Muammar Gaddafi was killed on Thursday as fighters overran his hometown, officials "
        "said. The country's liberation would be announced on Saturday, they said.",
        "Gaddafi died on Thursday of wounds suffered in his capture. Officials will announce "
        "the liberation on Saturday, Oct. 22.",
    )
    articles = [_article(t, f"a{i}", thursday) for i, t in enumerate(texts)]
    sentences = {a.id: split_sentences(a) for a in articles}
    assert event_day(articles, sentences, extract(articles, sentences)) == thursday
    # a story only of what is to come is dated by it
    summit = "The summit will be held on Friday, Oct. 21, officials said."
    ahead = (_article(summit, "a", thursday),)
    sentences = {a.id: split_sentences(a) for a in ahead}
    assert event_day(ahead, sentences, extract(ahead, sentences)) == dt.date(2011, 10, 21)


def test_a_year_a_report_plans_for_puts_no_lead_s_day_in_the_background() -> None:
    """A Timeline17 event of a rebel commander's killing had no date: a CNN roundup's "by the
    end of 2014" was the newest day, and every lead's day of July 2011 was background to it."""
    friday = dt.date(2011, 7, 29)
    texts = (
        "The rebel army's commander was killed on Thursday, rebel leaders said.",
        "Rebels said on Thursday their commander had been killed. In other news, the alliance "
        "plans to withdraw its troops by the end of 2014.",
    )
    articles = [_article(t, f"a{i}", friday) for i, t in enumerate(texts)]
    sentences = {a.id: split_sentences(a) for a in articles}
    assert event_day(articles, sentences, extract(articles, sentences)) == dt.date(2011, 7, 28)


def test_the_event_day_is_recent_and_not_an_archive_photo_s() -> None:
    obituary = (
        "Mark Lane, who argued that a second gunman fired at Kennedy on Nov. 22, 1963, died on "
        "Tuesday at his home. He was still publishing about the assassination in 2011.",
        "Lane's book on the assassination will be reissued in 2017, his publisher said.",
    )
    assert _event_day(*obituary) is None  # 1963 is background to news of 2016
    archive = (
        "In this March 24, 2015, file photo, the senator speaks to reporters on Capitol Hill. "
        "The senator announced on Monday that she will retire.",
    )
    assert _event_day(*archive) is None
    # a date a relative or "when" clause tells is its background's (a TSA story had been dated
    # 2001-09-11)
    background = (
        "Relatives of people killed when terrorists hijacked four U.S. airliners on Sept. 11, "
        "2001, criticized the move, announced on Tuesday.",
        "Flight attendants, who marched on Sept. 11, 2012, in protest, decried the change.",
    )
    assert _event_day(*background) is None
    assert _event_day("The agency changed its rules on Sept. 11, 2001, officials said.") == (
        dt.date(2001, 9, 11)
    )
    caption = "Police speak to reporters at the bridge in Menasha, Wis., Monday, May 4, 2015."
    assert _event_day(caption, "A gunman opened fire on a bridge on Monday, police said.") == (
        dt.date(2015, 5, 4)
    )
    # a paper's older picture, above a story whose prose tells of another weekday
    older = (
        "Kyrsten Sinema, (right) speaks with the editorial board in Phoenix on Wednesday, "
        "October 17, 2018. Sinema took a narrow lead over Martha McSally on Thursday evening."
    )
    assert _event_day(older) is None
    # ... or names it, but less than the story's own day ("passed the House on Tuesday")
    earlier = (
        "Mitch McConnell smiles as he meets with reporters at the Capitol in Washington, "
        "Tuesday, Feb. 6, 2018. Senate leaders announced Wednesday they sealed a budget deal. "
        "It follows a stopgap bill that passed the House on Tuesday.",
        "Congressional leaders on Wednesday clinched a two-year budget deal.",
    )
    assert _event_day(*earlier) is None
    assert _event_day(earlier[0]) == dt.date(2018, 2, 6)  # Tuesday and Wednesday tie
    # a weekday written with its own date is that date, not the story's day
    festival = (
        "Actress America Ferrera poses on the red carpet at the film festival, Cannes, "
        "Friday, May 16, 2014. He crashed the Screen Actors Guild Awards on Saturday, "
        "Jan. 18, 2014."
    )
    assert _event_day(festival) == dt.date(2014, 5, 16)
    # a birth date is someone's background, not the day of the news
    wedding = (
        "A couple born on the same day at the same hospital have exchanged vows. Each was born "
        "on April 28, 1990, at the same hospital in Taunton. They married on Sept. 9.",
    )
    assert _event_day(*wedding) is None
    # ... while a birth in the news is told without its year, and is the news' day
    royal = [
        _article(
            "The royal baby was born on Monday, the palace said.", f"b{i}", dt.date(2019, 5, 8)
        )
        for i in range(2)
    ]
    royal_sentences = {a.id: split_sentences(a) for a in royal}
    assert event_day(royal, royal_sentences, extract(royal, royal_sentences)) == dt.date(2019, 5, 6)
    # a date on a weekday the prose does not name is a reference point, not the news' day
    selloff = (
        "Stocks sank on Wednesday, wiping out the gains made since President Donald Trump was "
        "inaugurated on Jan. 20, 2017.",
        "U.S. stocks fell sharply again on Wednesday as investors grappled with the outbreak.",
    )
    assert _event_day(*selloff) is None
    announced = (  # the same weekday, named: the day of the news
        "Police said on Wednesday, Jan. 25, 2017, that the suspect was arrested.",
        "The arrest came on Wednesday, officials said.",
    )
    assert _event_day(*announced) == dt.date(2017, 1, 25)


def test_a_day_most_leads_name_is_a_candidate_whatever_weekdays_they_tell() -> None:
    """Reuters updates on the BP spill, days apart, each tell their own weekday, and four of
    five leads name the April 20 explosion the spill began with (a Tuesday no lead names): the
    weekday rule threw it out, and the last update's Thursday, 2010-07-01, dated the event."""
    reports = (
        ("Oil has spewed into the Gulf since an April 20 explosion on a drilling rig.", 28),
        ("A storm delayed work on Monday. The well has spewed oil since April 20.", 28),
        ("The spill, which began on April 20, hurt fisheries. Alex may grow on Monday.", 27),
        ("Cameron spoke on Friday. BP has lost $100 billion since the spill began April 20.", 25),
        ("Tropical storm Alex slowed the oil spill clean-up in the Gulf on Thursday.", 31),
    )
    articles = [
        _article(text, f"a{i}", dt.date(2010, 6, 1) + dt.timedelta(days=day - 1))
        for i, (text, day) in enumerate(reports)
    ]
    sentences = {a.id: split_sentences(a) for a in articles}
    assert event_day(articles, sentences, extract(articles, sentences)) == dt.date(2010, 4, 20)
    # one report of three naming it is still only a reference point
    later = _article("Clean-up went on on Thursday.", "b", dt.date(2010, 7, 1))
    told = articles[0], articles[4], later
    sentences = {a.id: split_sentences(a) for a in told}
    assert event_day(told, sentences, extract(told, sentences)) == dt.date(2010, 7, 1)


def test_the_title_reads_as_a_headline() -> None:
    def titled(title: str | None, article_id: str) -> Article:
        text = f"{WIRE} Filed by desk {article_id}."  # one text each: copies are skipped
        return Article(id=article_id, origin=article_id, raw_text=text, text=text, title=title)

    titles = (
        "Media playback is unsupported on your device Media caption The moment the rockets hit",
        "Play Facebook",
        "April 10th, 2016",
        "Updated: Wednesday, March 4",
        "share tweet pin email",
        "Published: January 2011 Special Series: 7 Billion",
        "WARNING: The video contains subject matter of a graphic nature",
        None,
        "Rockets hit air base in western Iraq",
        "Another headline",
    )
    articles = [titled(t, f"a{i}") for i, t in enumerate(titles)]
    assert newsfuse.brief(articles).event.title == "Rockets hit air base in western Iraq"
    # no headline: the lead stands in for one
    assert newsfuse.brief(articles[:8]).event.title == WIRE.split(".")[0]


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Are rockets hitting the air base again?.", "Are rockets hitting the air base again?"),
        ("Fourteen rockets hit air base in Iraq.", "Fourteen rockets hit air base in Iraq"),
        ("Rockets hit air base in western Iraq", "Rockets hit air base in western Iraq"),
        ("Rockets hit air base. Nobody was hurt..", "Rockets hit air base. Nobody was hurt"),
        (
            "Rockets hit air base hosting troops from the U.S..",
            "Rockets hit air base hosting troops from the U.S.",
        ),
        # an abbreviation's full stop and an ellipsis stay
        ("Rockets hit air base hosting troops from the U.S.", None),
        ("Rockets hit air base as talks stall...", None),
        ("Rockets hit air base guarded by Acme Inc.", None),
    ],
)
def test_the_title_ends_on_no_full_stop(title: str, shown: str | None) -> None:
    article = Article(id="a", origin="a", raw_text=WIRE, text=WIRE, title=title)
    assert newsfuse.brief([article]).event.title == (shown or title)


def test_the_title_is_the_headline_that_says_what_all_the_articles_report() -> None:
    reports = (
        (
            "Trump Is Using Her Death For His Agenda, And It's Reprehensible",
            "The president seized on the killing of an Iowa student to push his immigration "
            "agenda. Mollie Tibbetts was murdered, and an immigrant is charged.",
        ),
        (
            "Iowa student's murder thrust into U.S. debate over immigration",
            "The murder of Iowa student Mollie Tibbetts thrust immigration into the U.S. "
            "debate after a man in the country illegally was charged.",
        ),
        (
            "Tibbetts suspect charged with first-degree murder",
            "A farm worker was charged with the murder of the Iowa student, reigniting the "
            "debate over immigration.",
        ),
    )
    articles = [
        Article(id=f"a{i}", origin=f"a{i}", raw_text=text, text=text, title=title)
        for i, (title, text) in enumerate(reports)
    ]
    # the first outlet's angle is not the story: the headline the others' leads share wins
    assert newsfuse.brief(articles).event.title == reports[1][0]
    assert newsfuse.brief(articles[:1]).event.title == reports[0][0]  # the only headline
    # a question names no event, however much it shares with the others
    asked = Article(
        id="q",
        origin="q",
        raw_text=reports[0][1],
        text=reports[0][1],
        title="Will the Iowa student's murder change the U.S. debate over immigration?",
    )
    assert newsfuse.brief([asked, *articles[1:]]).event.title == reports[1][0]
    assert newsfuse.brief([asked]).event.title == asked.title  # unless it is the only one
    # ... nor does an opinion piece's argument ("How Harvard Should Handle ..."), but a title
    # that tells someone's "should" states what was said
    for argued in (
        "How the Iowa student's murder should change the U.S. debate over immigration",
        "Why the Iowa Student's Murder Must Change the U.S. Debate Over Immigration",
        "Opinion: The Iowa student's murder and the U.S. debate over immigration",
    ):
        argues = Article("o", "o", reports[0][1], reports[0][1], title=argued)
        assert newsfuse.brief([argues, *articles[1:]]).event.title == reports[1][0], argued
    told = "Trump Says Iowa Student's Killer Should Be Deported"
    says = Article("s", "s", reports[2][1], reports[2][1], title=told)
    assert newsfuse.brief([argues, says]).event.title == told


def test_a_kicker_in_someone_s_voice_or_a_hedged_judgement_argues() -> None:
    """An opinion column's title had won a Florida recount roundup on the terms it shares
    ("They're Not Stealing It: Rick Scott, NRSC Sue Democratic Counties For Vote Count
    Irregularities In Florida Senate Race"), and an analysis's ("Biden's vaccine mandate: Even
    Trump-friendly companies seem comfortable with COVID restrictions") another roundup."""
    lead = (
        "Florida Gov. Rick Scott asked state police to investigate the vote count in two "
        "counties as his lead in the Senate race shrank."
    )
    neutral = Article(
        "n", "n", lead, lead, title="Florida Governor asks for vote count investigation."
    )

    def chosen(title: str) -> str | None:
        text = f"{lead} Filed by desk o."  # one text each: copies are skipped
        return newsfuse.brief([Article("o", "o", text, text, title=title), neutral]).event.title

    for argued in (
        "They're Not Stealing It: Rick Scott Sues Counties Over Vote Count In Florida Senate Race",
        "Rick Scott's vote count fight: Even Florida counties seem unready for a Senate race",
    ):
        assert chosen(argued) == "Florida Governor asks for vote count investigation", argued
    # someone's words after a name and a colon are what was said: the title that says more wins
    told = "Rick Scott: 'They Will Not Steal This Senate Race' as Florida counties count the vote"
    assert chosen(told) == told


def test_a_loaded_word_a_kicker_or_the_writer_s_voice_argues_and_a_rubric_goes() -> None:
    """AllSides roundups had opinion headlines for titles: a kicker ("Michael Cohen's guilty
    plea implicates Trump in federal crime. Republicans don't care"), a loaded word ("The most
    alarming passages from Trump's fearmongering Long Island speech"), a fact check's rubric
    ("Reality check: Mike Pence links Soleimani to 9/11")."""
    leads = (
        "Michael Cohen pleaded guilty to federal crimes on Tuesday and said Donald Trump "
        "directed him to pay off two women.",
        "Cohen testified in federal court that Trump told him to commit a crime by paying off "
        "women, as he entered a guilty plea.",
        "Alan Dershowitz said Michael Cohen's guilty plea to campaign finance crimes does not "
        "implicate Trump.",
    )
    neutral = "Cohen testifies Trump told him to commit crime by paying off women"

    def chosen(title: str) -> str | None:
        titles = (title, neutral, "Dershowitz: Cohen Plea Not as 'Lethal' for Trump as Critics Say")
        articles = [
            Article(id=f"a{i}", origin=f"a{i}", raw_text=lead, text=lead, title=headline)
            for i, (headline, lead) in enumerate(zip(titles, leads, strict=True))
        ]
        return newsfuse.brief(articles).event.title

    for argued in (
        "Michael Cohen's guilty plea implicates Trump in federal crime. Republicans don't care",
        "Michael Cohen's shocking guilty plea implicates Trump in federal crime",
        "What We Know About Michael Cohen's guilty plea implicating Trump in federal crime",
        "Exclusive: Why Michael Cohen's guilty plea implicates Trump in federal crime",
    ):
        assert chosen(argued) == neutral, argued
    # a speaker's words after a colon, and an initial's full stop, state what happened
    told = "Michael Cohen's guilty plea implicates Trump in federal crime"
    for title in (told, "Cohen: My guilty plea implicates Trump in federal crime"):
        assert chosen(title) == title
    assert chosen(told.replace("Cohen", "D. Cohen", 1)) == told.replace("Cohen", "D. Cohen", 1)
    # a fact check's rubric is no part of what it tells
    assert chosen(f"Reality check: {told}") == told


def test_the_only_headline_of_several_reports_yields_to_a_lead_if_it_argues() -> None:
    """A Multi-News roundup of "Furious 7" passing $1 billion was titled by the studio's memo,
    its only headline: "Today Marks a Significant Milestone in Our History"."""
    memo = "Today Marks a Significant Milestone in Our History"
    texts = (
        "Universal's Furious 7 will cross $1 billion at the worldwide box office Friday, "
        "becoming the studio's first film to reach that milestone.",
        "Furious 7 just grossed a billion dollars at the worldwide box office.",
    )
    own = "All of us thank you: Furious 7 will reach $1 billion at the box office today."
    titled = Article("m", "m", own, own, title=memo)
    others = [Article(f"a{i}", f"a{i}", text, text) for i, text in enumerate(texts)]
    assert newsfuse.brief([titled, *others]).event.title in {t.removesuffix(".") for t in texts}
    assert newsfuse.brief([titled]).event.title == memo  # a lone report's lead is its voice too


def test_a_headline_sharing_only_a_name_or_calling_someone_a_liar_is_no_title() -> None:
    """AllSides: an op-ed's "Biden Lies Again and Again" had won three reports of the last 2020
    debate on "Biden" alone, over a fact check's "FactChecking the Final 2020 Presidential
    Debate"; a verdict of lying argues even where it shares more."""
    leads = (
        "Joe Biden and Donald Trump met in Nashville on Thursday for the final presidential "
        "debate. Both made false claims.",
        "The final presidential debate between Donald Trump and Joe Biden was held in "
        "Nashville. We checked their claims.",
        "Joe Biden is a career liar, and he proved it again on Thursday. Nobody should be "
        "surprised.",
    )
    neutral = "FactChecking the Final 2020 Presidential Debate"

    def chosen(title: str) -> str | None:
        titles = ("Trump continues his onslaught of falsehoods", neutral, title)
        articles = [
            Article(id=f"a{i}", origin=f"a{i}", raw_text=lead, text=lead, title=headline)
            for i, (headline, lead) in enumerate(zip(titles, leads, strict=True))
        ]
        return newsfuse.brief(articles).event.title

    for argued in (
        "Biden Hits Back",
        "Biden Lies Again and Again",
        "Biden Lies Again and Again in the Final Debate",
    ):
        assert chosen(argued) == neutral, argued
    # two names begin to say what happened (who and where), and a told lie is news
    for told in (
        "Trump and Biden Clash in Nashville",
        "Trump Says Biden Lied in the Final Presidential Debate in Nashville",
    ):
        assert chosen(told) == told


def test_a_title_that_says_nothing_its_article_opens_with_is_no_headline() -> None:
    text = (
        "A gunman opened fire at a shopping mall in Ohio on Friday, killing two people. "
        "Police said the suspect was arrested at the scene."
    )
    furniture = ("English >> World", "Most Popular Stories More>>", "Material and association")

    def titled(title: str, article_id: str) -> Article:
        own = f"{text} Filed by desk {article_id}."  # one text each: copies are skipped
        return Article(id=article_id, origin=article_id, raw_text=own, text=own, title=title)

    articles = [titled(title, f"a{i}") for i, title in enumerate(furniture)]
    lead = "A gunman opened fire at a shopping mall in Ohio on Friday, killing two people"
    assert newsfuse.brief(articles[:1]).event.title == lead  # the lead stands in
    assert newsfuse.brief(articles).event.title == lead
    headline = "Gunman kills two at Ohio shopping mall"
    assert newsfuse.brief([*articles, titled(headline, "a9")]).event.title == headline


def test_without_a_headline_the_title_is_the_lead_the_others_share_most_with() -> None:
    """Multi-News records have no title field: 192 of 250 dev briefs read "# Brief". A photo
    caption with its credit is still no title, and a lead that opens with a quote is none
    either; a lead that shares nothing with the other reports' leads tells another story."""
    caption = (
        "Peter Madsen speaks to police shortly after his rescue on August 11th. "
        "Photo: Bax Lindhardt/Scanpix"
    )
    reports = (
        "Danish submarine owner Peder Madsen is to appear in a Copenhagen court on Tuesday "
        "over the death of Swedish journalist Kim Wall. Prosecutors will ask for a life term.",
        "“We want answers,” the family of Swedish journalist Kim Wall said before the court "
        "hearing of submarine owner Peder Madsen. The hearing opens on Tuesday in Copenhagen.",
        "The city council approved a new budget for its parks and libraries on Monday night. "
        "The vote was unanimous.",
    )
    articles = [
        Article(id=f"a{i}", origin=f"a{i}", raw_text=text, text=text, title=title)
        for i, (text, title) in enumerate(zip(reports, (caption, None, None), strict=True))
    ]
    assert newsfuse.brief(articles).event.title == reports[0].split(".")[0]
    assert newsfuse.brief(articles[1:]).event.title is None  # the budget is another story


def test_a_lead_that_tells_what_came_before_the_news_is_the_last_choice() -> None:
    """A Multi-News brief on a police encounter took its title from a background sentence in
    the past perfect over the lead that tells the news; what a relative clause or a speaker
    says "had" happened is no background opening."""
    news = (
        "Gov. Robert Bentley today apologized to the government of India for the injuries "
        "suffered by an Indian grandfather during an encounter with police in Madison. "
        "Sureshbhai Patel was visiting his son."
    )
    background = (
        "Sureshbhai Patel, 57, had recently arrived in Madison to help his son care for his "
        "grandson. An officer slammed the Indian grandfather to the ground."
    )
    reported = (
        "Police said Sureshbhai Patel, 57, had been walking in Madison near the home of his son "
        "when an officer stopped him. He speaks no English."
    )
    articles = [
        Article(id=f"a{i}", origin=f"a{i}", raw_text=text, text=text)
        for i, text in enumerate((news, background, reported))
    ]
    assert newsfuse.brief(articles[:2]).event.title == (
        "Gov. Robert Bentley today apologized to the government of India for the injuries "
        "suffered by an Indian grandfather"
    )
    assert newsfuse.brief([articles[0], articles[2]]).event.title == reported[: reported.index(".")]


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (  # a sentence of a heading's length is whole
            "Stocks tanked in trading Monday, with the Dow Jones Industrial Average falling as "
            "much as 1,500 points.",
            "Stocks tanked in trading Monday, with the Dow Jones Industrial Average falling as "
            "much as 1,500 points",
        ),
        (  # a longer one loses the phrase it ends on
            "Exposure to brief flashes of light during the night before a trip could help people "
            "avoid jet lag, according to a new study by Stanford University researchers "
            "published on Monday.",
            "Exposure to brief flashes of light during the night before a trip could help people "
            "avoid jet lag",
        ),
        # an aside between the subject and its verb is no place to cut: the lead stands whole
        (
            "The largest dinosaur foot ever found, belonging to one of the largest land animals "
            "the planet has ever seen, surely deserves the title Bigfoot more than the "
            "legendary Sasquatch.",
            "The largest dinosaur foot ever found, belonging to one of the largest land animals "
            "the planet has ever seen, surely deserves the title Bigfoot more than the "
            "legendary Sasquatch",
        ),
        # ... but an aside between dashes goes whole (Multi-News: a police officer's death,
        # O Canada's lyrics), not cut in two ...
        (
            "A former Millis police officer — indicted last week for allegedly making a hoax "
            "bomb threat and faking a shootout — was found dead in his home before dawn on "
            "Thanksgiving Day, authorities said.",
            "A former Millis police officer was found dead in his home before dawn on "
            "Thanksgiving Day, authorities said",
        ),
        (
            "Liberal MP Mauril Belanger is losing his own singing voice but that's not stopping "
            "him from trying -- for a second time -- to change the lyrics of O Canada.",
            "Liberal MP Mauril Belanger is losing his own singing voice but that's not stopping "
            "him from trying to change the lyrics of O Canada",
        ),
        # ... and the clause break its close was stays one (Multi-News: Michael Dunn's calls)
        (
            "Prosecutors released audio Monday of several jailhouse calls placed by Michael "
            "Dunn -- the man at the center of another controversial Florida trial -- shedding "
            "new light on his mindset in the initial days after he fatally shot a teenager.",
            "Prosecutors released audio Monday of several jailhouse calls placed by Michael Dunn",
        ),
        # ... and a comma stands for it before a speaker's attribution (Timeline17: a NATO
        # spokesman's words read "advances" a spokesman ... told)
        (
            'Over the past few days, anti-Gadhafi forces have made "significant advances" -- in '
            "the northwest and in the regions of Misrata and al-Brega -- a spokesman for NATO's "
            "military operation told reporters Tuesday.",
            'Over the past few days, anti-Gadhafi forces have made "significant advances", a '
            "spokesman for NATO's military operation told reporters Tuesday",
        ),
        # an adverb may stand before the participle (Timeline17: a BP brief had no title)
        (
            "The White House has warned BP it faces many billions of dollars in fines for the "
            "Gulf of Mexico oil spill disaster, easily dwarfing the cost of the clean-up so far, "
            "which has reached $1.25bn.",
            "The White House has warned BP it faces many billions of dollars in fines for the "
            "Gulf of Mexico oil spill disaster",
        ),
        # a phrase of when needs no comma before it (Multi-News: a governor's apology)
        (
            "Gov. Robert Bentley today apologized to the government of India for the injuries "
            "suffered by an Indian grandfather during an encounter with a police officer while "
            "visiting his family in Madison.",
            "Gov. Robert Bentley today apologized to the government of India for the injuries "
            "suffered by an Indian grandfather",
        ),
        # a head with no verb after its opening phrase is a name, no title (Timeline17: the
        # appositive's closing comma left out): the lead stands whole ...
        (
            "Testifying before Congress on Thursday, General Carter Ham, the head of U.S. Africa "
            "Command affirmed that the situation in Libya is grinding toward a stalemate after "
            "weeks of airstrikes.",
            "Testifying before Congress on Thursday, General Carter Ham, the head of U.S. Africa "
            "Command affirmed that the situation in Libya is grinding toward a stalemate after "
            "weeks of airstrikes",
        ),
        # ... but a head with no opening phrase is a clause, its verb one we may not know
        (
            "The Stoffel family set out on a bike ride on a beautiful spring evening, the young "
            "Wisconsin couple and their three children pedaling across a bridge they had "
            "ridden before.",
            "The Stoffel family set out on a bike ride on a beautiful spring evening",
        ),
        # a subordinate clause first, the outlet's or the reader's voice
        (
            "When the doors opened, the woman stepped forward and fell down the shaft with the "
            "stroller.",
            None,
        ),
        (
            "The 10 women on our Highest-Paid TV Actresses list earned a total of $94 million "
            "last year.",
            None,
        ),
        # a long sentence with no clause to cut at stands whole ...
        (
            "CNN is being sued by two EMTs who say a foreign correspondent for the cable news "
            "network bit them in a drunken rage outside the US Embassy in Baghdad.",
            "CNN is being sued by two EMTs who say a foreign correspondent for the cable news "
            "network bit them in a drunken rage outside the US Embassy in Baghdad",
        ),
        # ... up to a length, then it is cut with an ellipsis, and not on a function word
        (
            "A Swiss climber who found the long-lost bodies of a renowned mountaineer and his "
            "cameraman on one of the world's tallest mountains said it took days for him and his "
            "climbing partner to realize whom they had found.",
            "A Swiss climber who found the long-lost bodies of a renowned mountaineer and his "
            "cameraman on one of the world's tallest mountains said…",
        ),
        # an appositive that closes the sentence may go (Multi-News: Sandy Hook parents) ...
        (
            "Parents of some of the victims of the 2012 school shooting in Sandy Hook, "
            "Connecticut, will on Monday announce they are suing Bushmaster, the manufacturer "
            "of the gun used by Adam Lanza.",
            "Parents of some of the victims of the 2012 school shooting in Sandy Hook, "
            "Connecticut, will on Monday announce they are suing Bushmaster",
        ),
        # ... but not the subject after an opening distance (Timeline17:
        # a BP brief was titled "More than 2,000 miles from the Gulf of Mexico shoreline")
        (
            "More than 2,000 miles (3,200 km) from the Gulf of Mexico shoreline, a panel of "
            "U.S. judges heard arguments from lawyers on Thursday on how lawsuits against BP "
            "should be merged.",
            "More than 2,000 miles (3,200 km) from the Gulf of Mexico shoreline, a panel of "
            "U.S. judges heard arguments from lawyers on Thursday on how lawsuits against BP "
            "should be merged",
        ),
        # ... nor the subject's, which the verb follows ...
        (
            "One day in Delft in the fall of 1677, Antoni van Leeuwenhoek, a cloth merchant who "
            "is said to have been the model for two paintings by Johannes Vermeer—The "
            "Astronomer and The Geographer—abruptly stopped what he was doing.",
            "One day in Delft in the fall of 1677, Antoni van Leeuwenhoek, a cloth merchant who "
            "is said to have been the model…",
        ),
        # ... nor the subject after a lone opening phrase
        (
            "In what will be a bittersweet announcement for Deadheads, the four surviving and "
            "original members of the Grateful Dead revealed that they will reunite at Chicago's "
            "Soldier Field.",
            "In what will be a bittersweet announcement for Deadheads, the four surviving and "
            "original members of the Grateful Dead revealed that they will reunite at Chicago's "
            "Soldier Field",
        ),
    ],
)
def test_a_lead_stands_in_for_a_headline_shortened_at_a_clause(
    lead: str, title: str | None
) -> None:
    text = f"{lead} The police are investigating the case."
    article = Article(id="a", origin="a", raw_text=text, text=text)
    assert newsfuse.brief([article]).event.title == title


def test_event_record_names_type_place_and_country(brief: dict) -> None:
    event = brief["event"]
    assert event["type"] == "rocket attack"
    assert event["location"] == {"name": "Ain al-Asad Air Base", "admin1": None, "country": "Iraq"}
    assert "Wayne Marotto" in event["actors"]


def test_entities_are_merged_across_spellings(brief: dict) -> None:
    entities = {e["name"]: e for e in brief["entities"]}
    base = entities["Ain al-Asad Air Base"]
    assert base["label"] == "FAC" and {"Ain Al-Assad", "Ain Al-Asad"} <= set(base["aliases"])
    assert len(base["sources"]) == 5
    assert "Marotto" in entities["Wayne Marotto"]["aliases"]
    airport = next(e for e in brief["entities"] if "Erbil" in e["name"] + " ".join(e["aliases"]))
    assert any("Irbil" in form for form in [airport["name"], *airport["aliases"]])
    assert "Iran" in entities and "Iraq" in entities  # similar spellings, different places


def test_relative_dates_inside_quotes_are_not_dated_against_the_article() -> None:
    from newsfuse.timeline import build_timeline

    text = (
        'On Wednesday, the spokesman said, "I can confirm two injuries in today\'s attack." '
        "Two rockets hit the embassy early Thursday, security sources said."
    )
    article = _article(text, "a0", dt.date(2021, 7, 8))
    sentences = {"a0": split_sentences(article)}
    timeline = build_timeline([article], sentences, extract([article], sentences), {"a0": "S1"}.get)
    assert [(e.date.isoformat(), e.text[:10]) for e in timeline] == [
        ("2021-07-07", "On Wednesd"),
        ("2021-07-08", "Two rocket"),
    ]


def test_a_count_with_a_changed_scope_is_not_a_rival() -> None:
    result = _reconcile(
        "On Sunday, the gunman killed three people at the garlic festival, police said.",
        "On Sunday, four people were killed, including the shooter, at the garlic festival.",
    )
    assert not result.conflicts


def test_a_source_backing_two_rival_values_is_not_a_side() -> None:
    result = _reconcile(
        "On Saturday, police arrested 12 people after the brawl at the park.",
        "On Saturday, three people were arrested after the brawl at the park. "
        "Later on Saturday, police said 13 people were arrested after the brawl at the park.",
    )
    assert not result.conflicts


def test_a_source_backing_several_values_sides_with_the_one_of_the_fact_s_incident() -> None:
    """A Multi-News brief of a brawl at a Klan rally showed no conflict between one report's "12
    people were arrested" and an AP live blog's "13 people are in custody": the blog's older
    entries also said "Three people have been detained", so all its counts were dropped, though
    only its 13 came with the three stabbed the other report names."""
    report = (
        "Three people were stabbed and 12 people were arrested during a brawl at the park on "
        "Saturday, police said."
    )
    blog = (
        "Authorities say 13 people are in custody following a brawl on Saturday that left three "
        "people stabbed. One person is in custody in one of the stabbings. Three people have "
        "been detained."
    )
    [conflict] = _reconcile(report, blog).conflicts
    assert {v.value: v.sources for v in conflict.variants} == {"12": ["S1"], "13": ["S2"]}


def test_captions_bare_dates_and_boilerplate_are_not_timeline_entries() -> None:
    from newsfuse.timeline import build_timeline

    text = (
        "In this Thursday, Oct. 3, 2013, photo, a man walks past the closed store in the town. "
        "Thursday, Dec. 20, 2012. "
        "The council voted on Dec. 20, 2012 to close the store after the long dispute. "
        "A version of this article appeared August 24, 2012, on page A11 of the print edition."
    )
    article = _article(text, "a0", None)
    sentences = {"a0": split_sentences(article)}
    timeline = build_timeline([article], sentences, extract([article], sentences), {"a0": "S1"}.get)
    assert [e.text[:11] for e in timeline] == ["The council"]


def test_exact_duplicate_articles_are_one_source() -> None:
    from newsfuse.pipeline import build_brief

    text = "On Wednesday, 14 rockets hit the base, officials said. Two people were injured."
    a, b = _article(text, "a", None), _article(text, "b", None)
    brief = build_brief([a, b])
    assert [s.article_id for s in brief.sources] == ["a"]
    assert brief.warnings == ["b: duplicate of a, skipped"]


def test_outlets_giving_a_person_different_ages_conflict() -> None:
    result = _reconcile(
        "Police arrested the suspect, John Carter, 34, of Aurora, on Monday.",
        "Police arrested the 35-year-old John Carter at the scene on Monday.",
        "Officers named the suspect as John Carter, 34, on Monday.",
    )
    (conflict,) = result.conflicts
    assert conflict.question == "age of John Carter"
    assert [(v.value, v.sources) for v in conflict.variants] == [
        ("34", ["S1", "S3"]),
        ("35", ["S2"]),
    ]
    assert "age of John Carter: 34" in [f.statement for f in result.facts]


def test_an_age_only_one_outlet_gives_is_no_fact() -> None:
    result = _reconcile(
        "Police arrested John Carter, 34, of Aurora, on Monday.",
        "Police arrested John Carter at the scene on Monday.",
    )
    assert not result.conflicts
    assert not [f for f in result.facts if f.statement.startswith("age of")]


def test_one_article_giving_two_ages_is_two_people_not_a_conflict() -> None:
    # "Smith, 45" and "Smith, 19" in one report are a father and a son sharing a surname
    result = _reconcile(
        "Police arrested Tom Smith, 45, and his son Tom Smith, 19, on Monday.",
        "Police arrested Tom Smith, 45, on Monday.",
    )
    assert not result.conflicts


def test_prison_terms_handed_down_can_conflict_but_terms_faced_cannot() -> None:
    result = _reconcile(
        "On Wednesday, the judge sentenced Tom Reyes to 12 years in prison for the fraud.",
        "On Wednesday, Tom Reyes was sentenced to 12 years in prison for the fraud scheme.",
        "On Wednesday, Tom Reyes was sentenced to 15 years in prison for the fraud.",
        "Reyes had faced up to 30 years in prison if convicted on all counts of fraud.",
    )
    (conflict,) = result.conflicts
    assert conflict.question == "length of the prison sentence"
    assert [(v.value, v.sources) for v in conflict.variants] == [
        ("12", ["S1", "S2"]),
        ("15", ["S3"]),
    ]
    assert "sentenced to 12 years" in [f.statement for f in result.facts]


def test_a_value_changed_into_another_is_no_rival_count() -> None:
    # both report the same appeal: the three years are the sentence before it was cut
    result = _reconcile(
        "On Wednesday, the court reduced her sentence from three years in prison to one.",
        "On Wednesday, the court cut her three-year prison sentence to one year.",
        "On Wednesday, Al-Khawaja was sentenced to one year in prison.",
    )
    assert not result.conflicts
    assert [f.statement for f in result.facts] == ["sentenced to 1 year"]


def test_the_step_a_toll_rose_by_is_no_rival_count() -> None:
    # "by 12 to 45": 12 is the rise, 45 the toll every report gives
    result = _reconcile(
        "On Wednesday, the floods killed 45 people in the province, officials said.",
        "On Wednesday, the death toll from the floods rose by 12 to 45.",
        "The floods on Wednesday killed 45 people, the governor said.",
    )
    assert not result.conflicts


def test_what_one_witness_saw_is_no_toll() -> None:
    # a reporter's live account (Timeline17): "at least 4 people injured" became a fact
    toll = "On Saturday, at least 38 people were killed in the protests in Cairo, doctors said."
    result = _reconcile(toll, "I saw at least four young men with these kinds of injuries, Jon.")
    assert [f.statement for f in result.facts] == ["at least 38 people killed"]
    # an official's "we have seen" in the hospitals is a toll
    result = _reconcile(toll, "We have seen 38 deaths in the hospitals, the minister said.")
    assert [f.sources for f in result.facts] == [["S1", "S2"]]


def test_a_count_of_one_reads_in_the_singular() -> None:
    result = _reconcile(
        "On Wednesday, the court sentenced Zainab Al-Khawaja to one year in prison.",
        "On Wednesday, Zainab Al-Khawaja was sentenced to one year in prison, and one person "
        "was killed in protests.",
        "On Wednesday, one person was killed in the protests after Al-Khawaja was sentenced "
        "to 1 year in prison.",
    )
    assert {f.statement for f in result.facts} == {"sentenced to 1 year", "1 person killed"}
    result = _reconcile("On Monday, at least one police officer was injured in the blast.")
    assert [f.statement for f in result.facts] == ["at least 1 person injured"]


def test_a_count_describing_something_is_not_the_speakers_figure() -> None:
    result = _reconcile(
        "On Friday, the company said it removed videos of the rampage that killed 50 people.",
        "On Friday, the mass shooting at the mosques left 49 people dead, police said.",
    )
    (conflict,) = result.conflicts
    attributed = {v.value: v.attributed_to for v in conflict.variants}
    assert attributed["50"] is None
    assert attributed["49"] == "police"


def test_reported_speech_keeps_its_speaker() -> None:
    result = _reconcile(
        "On Friday, the military announced that two people were injured in the attack.",
        "On Friday, three people were injured in the attack, police said.",
    )
    (conflict,) = result.conflicts
    assert {v.value: v.attributed_to for v in conflict.variants}["2"] == "the military"


def test_the_claimant_named_two_ways_is_one_claimant_with_both_names(brief: dict) -> None:
    s1, s5 = _source(brief, "000"), _source(brief, "004")
    fact = next(f for f in brief["facts"] if f["statement"].startswith("responsibility claimed"))
    assert fact["value"] == "The brigades to avenge al-Muhandis"
    assert "Tha’ar al-Muhandis" in fact["statement"]
    assert fact["sources"] == sorted([s1, s5]) and fact["support"] == 2
    texts = {s["id"]: s["text"] for s in brief["sources"]}
    for ev in fact["evidence"]:
        assert texts[ev["source"]][ev["start"] : ev["end"]] == ev["quote"]
    assert brief["event"]["claimed_by"] == ["The brigades to avenge al-Muhandis"]
    assert brief["event"]["actors"][0] == "The brigades to avenge al-Muhandis"
    group = next(e for e in brief["entities"] if e["name"] == "The brigades to avenge al-Muhandis")
    assert group["label"] == "ORG" and "Tha’ar al-Muhandis" in group["aliases"]
    # one name, not one claimant per spelling: no "who claimed" conflict
    assert not [c for c in brief["conflicts"] if c["kind"] == "entity"]


def test_two_groups_claiming_one_attack_is_an_entity_conflict() -> None:
    result = _reconcile(
        "A car bomb killed 12 people in the capital on Tuesday. Al-Shabaab claimed "
        "responsibility for the attack, its spokesman said.",
        "A car bomb killed 12 people in the capital on Tuesday. The Islamic State claimed "
        "responsibility for the bombing in a statement.",
        "Twelve people were killed by a car bomb in the capital on Tuesday. Police said "
        "Al-Shabaab had claimed responsibility for the blast.",
    )
    conflict = next(c for c in result.conflicts if c.kind == "entity")
    assert conflict.question == "who claimed responsibility"
    sides = {v.value: v.sources for v in conflict.variants}
    assert sides == {"Al-Shabaab": ["S1", "S3"], "Islamic State": ["S2"]}
    assert conflict.variants[0].value == "Al-Shabaab"  # most sources first
    assert [c.name for c in result.claimants] == ["Al-Shabaab", "Islamic State"]


def test_claimants_sharing_only_a_generic_word_stay_apart_and_synonyms_merge() -> None:
    apart = _reconcile(
        "Islamic Jihad claimed responsibility for the rocket attack on Tuesday.",
        "The Islamic State claimed responsibility for the rocket attack on Tuesday.",
    )
    assert len(apart.claimants) == 2
    merged = _reconcile(
        "ISIS claimed responsibility for the attack in London on Wednesday.",
        "The Islamic State has claimed responsibility for the attack in London on Wednesday.",
    )
    assert [c.name for c in merged.claimants] == ["Islamic State"]
    assert not merged.conflicts


def test_sums_paid_can_conflict_but_sums_sought_cannot() -> None:
    result = _reconcile(
        "The company agreed on Monday to pay a $5 million settlement to the families.",
        "On Monday the company settled the lawsuit for $7 million, the families said.",
        "The firm reached a $5 million settlement with the families on Monday.",
    )
    conflict = _only(result.conflicts)
    assert conflict.question == "amount of the settlement"
    assert [(v.value, v.sources) for v in conflict.variants] == [
        ("USD 5,000,000", ["S1", "S3"]),
        ("USD 7,000,000", ["S2"]),
    ]
    sought = _reconcile(
        "Prosecutors sought a $10 million fine on Monday.",
        "The judge imposed a $2 million fine on Monday.",
    )
    assert not sought.conflicts
    assert [f.statement for f in sought.facts] == ["fine: USD 2,000,000"]


def test_a_sum_a_law_allows_or_a_rate_is_no_fine() -> None:
    """A Timeline17 BP brief had "fine: USD 4,300" from "US law allows for fines of $4,300 per
    barrel of oil": the most the law permits, per barrel, and no fine imposed."""
    allowed = _reconcile(
        "US law allows for fines of $4,300 per barrel of oil spilled, officials said on Monday.",
        "The law permits a fine of $4,300 on Monday's spill, officials said.",
    )
    assert not [f for f in allowed.facts if f.statement.startswith("fine:")]
    rate = "A judge on Monday fined the company $500 a day until the spill is cleaned up."
    assert not [f for f in _reconcile(rate, rate).facts if f.statement.startswith("fine:")]
    imposed = "A judge on Monday fined the company $500 for the spill."
    assert [f.statement for f in _reconcile(imposed, imposed).facts] == ["fine: USD 500"]


def _only(items: list):
    assert len(items) == 1, items
    return items[0]


def _event_location(texts: tuple[str, ...], published: dt.date):
    """The event record's location for articles with these texts, all published that day."""
    articles = [_article(t, f"a{i}", published) for i, t in enumerate(texts)]
    sentences = {a.id: split_sentences(a) for a in articles}
    extraction = extract(articles, sentences)
    where = event_place(articles, sentences, extraction)
    location = event_record(articles, sentences, extraction, None, None, where, []).location
    assert location is not None
    return location


def test_the_region_written_after_the_place_is_admin1() -> None:
    texts = (
        "A gunman opened fire at a school in Newtown, Connecticut, on Friday, killing 26 people.",
        "The shooting at the school in Newtown, Connecticut, on Friday left 26 people dead.",
    )
    location = _event_location(texts, dt.date(2012, 12, 15))
    assert (location.name, location.admin1) == ("Newtown", "Connecticut")
    assert location.country == "United States"  # a US state implies the country
    # ... also as AP style abbreviates it
    texts = (
        "A gunman opened fire at a mall in Montgomery, Ala., on Friday, killing two people.",
        "Two people died in the shooting at a mall in Montgomery, Ala., on Friday.",
    )
    location = _event_location(texts, dt.date(2019, 3, 2))
    assert (location.name, location.admin1, location.country) == (
        "Montgomery",
        "Alabama",
        "United States",
    )


@pytest.mark.parametrize(
    ("texts", "published", "expected"),
    [
        (  # a city is no country: it joins the place's name as the reports write it
            (
                "The band will play three shows at Soldier Field in Chicago in July, its "
                "promoter said.",
                "Tickets for the shows at Soldier Field in Chicago sold out within minutes on "
                "Friday.",
            ),
            dt.date(2015, 3, 1),
            ("Soldier Field, Chicago", None, None),
        ),
        (  # a US state is the region, and implies the country
            (
                "Two nurses were hurt in a fire at Mercy Hospital in Ohio on Tuesday, police said.",
                "A fire broke out at Mercy Hospital in Ohio on Tuesday, injuring two nurses.",
            ),
            dt.date(2019, 5, 8),
            ("Mercy Hospital", "Ohio", "United States"),
        ),
        (  # nothing contains a country: not the US in "Oregon's Democratic U.S. senators"
            (
                "Oregon's Democratic U.S. senators said the United States should press for his "
                "release.",
                "The United States has asked for his release, Oregon's Democratic U.S. senators "
                "said.",
            ),
            dt.date(2016, 2, 1),
            ("United States", None, None),
        ),
    ],
)
def test_what_contains_the_place_fills_the_field_it_is(
    texts: tuple[str, ...], published: dt.date, expected: tuple[str | None, ...]
) -> None:
    location = _event_location(texts, published)
    assert (location.name, location.admin1, location.country) == expected


def test_a_province_named_after_the_place_is_admin1(brief: dict) -> None:
    texts = (
        "A car bomb exploded in Ramadi in Anbar province on Monday, killing five people.",
        "Five people died when a car bomb went off in Ramadi in Anbar province on Monday.",
    )
    location = _event_location(texts, dt.date(2021, 7, 6))
    assert (location.name, location.admin1) == ("Ramadi", "Anbar province")
    # the seed's articles never write the base's province: it stays blank, not guessed
    assert brief["event"]["location"]["admin1"] is None


def test_a_place_near_another_is_not_inside_it() -> None:
    texts = (
        "A parade drove through The Villages in central Florida near Orlando on Sunday.",
        "The video was filmed on Sunday in Florida at The Villages, near Orlando.",
    )
    location = _event_location(texts, dt.date(2020, 6, 28))
    assert (location.name, location.country) == ("Florida", "United States")


def test_a_disputed_fact_names_its_conflict(brief: dict) -> None:
    facts = {f["statement"]: f for f in brief["facts"]}
    assert (
        facts["2 people injured"]["conflict"] == _conflict(brief, "number of people injured")["id"]
    )
    assert (
        facts["14 rockets fired"]["conflict"] == _conflict(brief, "number of rockets fired")["id"]
    )
    assert (
        facts["damaged: homes and a mosque"]["conflict"] == _conflict(brief, "damage caused")["id"]
    )
    assert facts["3 rockets fired (2021-07-05)"]["conflict"] is None


def test_an_amount_two_reports_lead_with_is_a_key_number_fact() -> None:
    reconciled = _reconcile(
        "US employers added 250,000 jobs in October, soaring past expectations. The "
        "unemployment rate held at 3.7%. A separate survey found wages rose.",
        "The economy added a better-than-expected 250,000 jobs in October, the Labor "
        "Department said. Two councils met. Hiring was strongest in health care.",
        "Employers kept hiring in October as wages rose, the Labor Department said. The "
        "unemployment rate held at 3.7%, its lowest in 15 years.",
    )
    facts = {f.statement: f for f in reconciled.facts}
    jobs = facts["US employers added 250,000 jobs in October"]
    assert (jobs.value, jobs.unit, jobs.support, jobs.sources) == (
        "250,000",
        "jobs",
        2,
        ["S1", "S2"],
    )
    assert len(jobs.evidence) == 2
    rate = facts["The unemployment rate held at 3.7%"]
    assert (rate.value, rate.unit, rate.sources) == ("3.7", "percent", ["S1", "S3"])
    # small counts and spans of time two reports state are no key numbers; nothing is a conflict
    assert len(facts) == 2
    assert reconciled.conflicts == []


_FILLER = " ".join(f"The team met for the {n} time." for n in ("first", "second", "third"))


def test_an_amount_two_reports_state_below_their_leads_is_a_key_number() -> None:
    """Multi-News' rat study: one report leads with "29 rats", the other tells it in its
    seventh sentence; a long profile and its rewrite both state "$2,219,807.90" deep down."""
    rats = _reconcile(
        "Rats can weigh risks. Researchers trained 29 rats on two different challenges.",
        f"Rats can weigh risks. {_FILLER} The study appeared on Monday. The lab is in "
        "Montreal. They trained 29 rats to choose an easy or a difficult challenge.",
    )
    [fact] = rats.facts
    assert (fact.statement, fact.sources) == (
        "Researchers trained 29 rats on two different challenges",
        ["S1", "S2"],
    )
    prize = _reconcile(
        f"A man won the lottery. {_FILLER} He was thrilled. He chose a lump-sum payment of "
        "$2,219,807.90, officials said.",
        f"A winner came forward. {_FILLER} He smiled. He posed for photos. This week he "
        "claimed his winnings in a one-time lump-sum payment of $2,219,807.90.",
    )
    assert [f.sources for f in prize.facts] == [["S1", "S2"]]


def test_an_amount_in_quoted_speech_is_no_key_number() -> None:
    """A Multi-News brief of a North Korean threat read "The four islands of the archipelago
    should be sunken into the sea" as a key number, unattributed: a quote is its speaker's."""
    quoted = _reconcile(
        "North Korea threatened Japan. “The four islands of the archipelago should be sunken "
        "into the sea,” the committee said.",
        'North Korea lashed out. "The four islands of the archipelago should be sunken into '
        'the sea" by a nuclear bomb, the statement reads.',
    )
    assert quoted.facts == []
    told = _reconcile(  # the same words in the writer's own voice are a key number
        "North Korea threatened Japan. The four islands of the archipelago were named.",
        "North Korea lashed out. The four islands of the archipelago were named in a statement.",
    )
    assert [f.statement for f in told.facts] == ["The four islands of the archipelago were named"]


def test_a_small_count_two_reports_lead_with_alike_is_a_key_number() -> None:
    """AllSides' sanctions roundup: "seven Russian oligarchs" in two leads had no row, as no
    count under ten had; a small count must be equal, in both leads, with two words around it
    in common, and people (sources, casualties) are no small count."""
    sanctions = _reconcile(
        "The Trump administration is unleashing additional sanctions against seven Russian "
        "oligarchs with ties to President Vladimir Putin.",
        "The Trump administration announced Friday it will sanction seven Russian oligarchs, "
        "its most aggressive effort yet.",
    )
    assert [(f.value, f.unit, f.sources) for f in sanctions.facts] == [
        ("7", "oligarchs", ["S1", "S2"])
    ]
    assert "seven Russian oligarchs" in sanctions.facts[0].statement
    assert (
        _reconcile(
            "Two people familiar with the matter said the deal was close.",
            "The deal was close, according to two people familiar with the matter.",
        ).facts
        == []
    )
    unequal = _reconcile(
        "The Treasury sanctioned seven Russian oligarchs on Friday.",
        "The Treasury sanctioned eight Russian oligarchs on Friday.",
    )
    assert unequal.facts == []
    below_the_leads = _reconcile(
        f"The Treasury acted. {_FILLER} It also sanctioned seven Russian oligarchs.",
        f"The Treasury acted. {_FILLER} It also sanctioned seven Russian oligarchs.",
    )
    assert below_the_leads.facts == []


def test_a_stock_index_s_move_in_points_is_a_key_number() -> None:
    """Multi-News' market rout: "the Dow shed 1,175 points" in two leads had no row, as points
    were a vague unit; the point of an argument still is."""
    rout = _reconcile(
        "Stocks plunged on Monday. The Dow shed 1,175 points, its largest point drop in history.",
        "Wall Street had a brutal day. The Dow ended down 1,175 points, or 4.6%, at 24,346.",
    )
    assert [(f.value, f.unit, f.sources) for f in rout.facts] == [("1,175", "points", ["S1", "S2"])]
    argued = _reconcile(
        "The senator made 12 points in her speech on the budget on Monday.",
        "The senator listed 12 points against the budget in a speech on Monday.",
    )
    assert argued.facts == []


def test_a_round_amount_two_report_bodies_state_of_different_things_is_no_key_number() -> None:
    """A Multi-News profile: "paid $300,000 to a Washington lobbyist" and "paid Bannon
    Strategic Advisors three hundred thousand dollars" are two payments; below the leads a
    round sum needs two shared words, and "at least a million" is no "$1.5 million"."""
    reconciled = _reconcile(
        f"The fund grew fast. {_FILLER} It hired staff. Last year, it paid $300,000 to a "
        "Washington lobbyist and tax strategist. The Heritage Foundation received $1.5 million "
        "from the foundation.",
        f"The family gave widely. {_FILLER} It hired staff. In 2012, Citizens United paid "
        "Bannon Strategic Advisors three hundred thousand dollars for fund-raising. The family "
        "began giving at least $1 million a year to the foundation.",
    )
    assert reconciled.facts == []


def test_one_amount_is_one_key_number_row() -> None:
    reconciled = _reconcile(
        "Officials said half a million ballots were left to count in the state.",
        "The remaining half a million votes are counted by hand, officials said.",
        "Half a million ballots were left to count on Monday, officials said.",
        "Officials said the last half a million votes are counted by hand.",
    )
    assert [(f.value, f.sources) for f in reconciled.facts] == [("500,000", ["S1", "S3"])]


@pytest.mark.parametrize(
    ("lead", "other", "fragment"),
    [
        (  # the companies are the oligarchs' (an AllSides fact read as if Putin were sanctioned)
            "The Trump administration is unleashing additional sanctions against seven Russian "
            "oligarchs with ties to President Vladimir Putin along with 12 companies they own or "
            "control.",
            "The Trump administration announced Friday it will sanction seven Russian oligarchs "
            "and 12 companies they own and control.",
            "President Vladimir Putin along with 12 companies",
        ),
        (  # a subject without its verb (an AllSides fact)
            "The Supreme Court in two cases Monday ruled police officers were entitled to "
            "protection from being sued over their use of force.",
            "The Supreme Court in two cases Monday sided with police officers accused of using "
            "excessive force.",
            "The Supreme Court in two cases",
        ),
    ],
)
def test_a_key_number_is_not_worded_by_a_window_that_states_nothing_of_it(
    lead: str, other: str, fragment: str
) -> None:
    assert fragment not in [f.statement for f in _reconcile(lead, other).facts]


def test_a_key_number_s_wording_leaves_no_bracket_open() -> None:
    """Timeline17's BP spill: "cost BP a total of $3.12 bn (£2bn" had been a fact."""
    reconciled = _reconcile(
        "There are now more than 44,000 people working on the operation The oil spill in the "
        "Gulf of Mexico has so far cost BP a total of $3.12 bn (£2bn), the company has said.",
        "The oil spill in the Gulf of Mexico has so far cost BP $3.12 bn (£2bn), the company "
        "said this morning as it emerged that the oil giant is demanding that its partners in "
        "the well pick up at least part of the bill.",
    )
    statements = [f.statement for f in reconciled.facts]
    assert statements == ["cost BP a total of $3.12 bn"]


def test_an_amount_one_report_repeats_or_a_count_already_states_is_no_key_number() -> None:
    repeated = _reconcile(
        "Congress passes $1.9 trillion relief bill. The House approved the $1.9 trillion "
        "package on Wednesday.",
        "Lawmakers voted on the relief bill on Wednesday after a long debate.",
    )
    assert repeated.facts == []
    counted = _reconcile(
        "The U.S. crossed 500,000 deaths from COVID-19 on Monday.",
        "The virus has killed 500,000 people in the U.S., officials said on Monday.",
        "More than 500,000 people have been killed by the virus in the U.S.",
    )
    assert [f.statement for f in counted.facts] == ["500,000 people killed"]


def test_a_vote_tally_two_reports_lead_with_is_a_fact() -> None:
    reconciled = _reconcile(
        "The House voted 220 to 211 on Wednesday to pass the relief bill. Republicans were "
        "united against it. Democrats needed 3 to 5 votes from moderates in the first week.",
        "The relief package passed 220-211 with no Republican support. Democrats needed 3 "
        "to 5 votes from moderates in the first week.",
        "Lawmakers argued into the night. The bill now goes to the president.",
    )
    [tally] = reconciled.facts
    assert (tally.statement, tally.value, tally.unit, tally.support, tally.sources) == (
        "The House voted 220 to 211 to pass the relief bill",
        "220-211",
        "votes",
        2,
        ["S1", "S2"],
    )
    assert [e.quote for e in tally.evidence] == [
        "The House voted 220 to 211 on Wednesday to pass the relief bill.",
        "The relief package passed 220-211 with no Republican support.",
    ]
    assert reconciled.conflicts == []


@pytest.mark.parametrize(
    ("texts", "tallies"),
    [
        (  # "to" or a dash, the vote word before or after: one tally
            (
                "The Senate voted 52 to 48 to confirm the nominee on Monday.",
                "In a narrow 52-48 vote, the chamber confirmed the nominee on Monday.",
            ),
            ["52-48"],
        ),
        (  # a score has no vote word
            (
                "City won 3-1 at home on Saturday, a result that keeps them top.",
                "City beat United 3-1 on Saturday to stay top of the table.",
            ),
            [],
        ),
        (  # a fall "from 60 to 45" before a vote is no tally
            (
                "Backing for the plan fell from 60 to 45 before the vote, the poll found.",
                "Support fell from 60 to 45 ahead of Tuesday's vote, pollsters said.",
            ),
            [],
        ),
        (  # one report's tally
            (
                "The Senate voted 52-48 to confirm the nominee on Monday.",
                "The nominee was confirmed on Monday after a bitter fight.",
            ),
            [],
        ),
    ],
)
def test_what_makes_a_vote_tally_fact(texts: tuple[str, ...], tallies: list[str]) -> None:
    facts = _reconcile(*texts).facts
    assert [f.value for f in facts if f.unit == "votes"] == tallies


def _headed(headlines: tuple[str, ...], bodies: tuple[str, ...]) -> list[Article]:
    """Articles whose text is their headline, a blank line and their body."""
    return [
        Article(id=f"a{i}", origin=f"a{i}", raw_text=t, text=f"{t}\n\n{b}", title=t)
        for i, (t, b) in enumerate(zip(headlines, bodies, strict=True))
    ]


def test_a_vote_tally_is_quoted_from_a_report_s_prose_before_its_headline() -> None:
    headlines = ("Senate confirms judge 52-48.", "Judge confirmed in 52-48 Senate vote.")
    bodies = (
        "The Senate voted 52-48 on Monday night to confirm the judge.",
        "In a narrow 52-48 vote, the Senate confirmed the judge.",
    )
    [fact] = newsfuse.brief(_headed(headlines, bodies)).facts
    assert fact.statement == "The Senate voted 52-48"
    assert [e.quote for e in fact.evidence] == list(bodies)


def test_an_open_bound_and_a_far_larger_amount_are_no_key_number() -> None:
    far = _reconcile(
        "The U.S. is averaging more than 1,500 deaths a day for the first time since March.",
        "The country has recorded 40 million cases and 651,690 deaths since the pandemic began.",
    )
    assert [f.sources for f in far.facts if len(f.sources) > 1] == []
    near = _reconcile(  # (an outbreak's cases are a count of the ill, no key number)
        "The U.S. has now given more than 40 million doses, health officials said.",
        "The country has given 40,000,070 doses since the campaign began.",
    )
    assert [f.sources for f in near.facts] == [["S1", "S2"]]


def test_shares_or_sums_of_different_things_are_no_key_number() -> None:
    """A Timeline17 stream brief pooled "25 percent was burned, skimmed or recovered" with
    "another 25 percent naturally evaporated" as one fact of two sources."""
    two_shares = _reconcile(
        "About 25 percent was burned, skimmed or directly recovered from the wellhead.",
        "Another 25 percent of the oil naturally evaporated or dissolved, officials said.",
    )
    assert two_shares.facts == []
    one_share = _reconcile(
        "Sales at U.S. retailers sank a record 16.4% in April after the lockdowns.",
        "Retail sales fell 16.4 percent last month, the Commerce Department said Friday.",
    )
    assert [f.sources for f in one_share.facts] == [["S1", "S2"]]


def test_an_amount_of_people_is_one_key_number_with_a_kind_of_person_or_no_unit() -> None:
    """AllSides' jobless claims: "4.4 million Americans", "4.4 million people" and "4.4 million
    of American filing" (no unit) in three leads gave no row, as each unit differed; an
    Americans' count is a count of people, and an amount with no unit joins one with its
    unit."""
    reconciled = _reconcile(
        "More than 4.4 million Americans filed for unemployment benefits last week, according "
        "to the Labor Department.",
        "Another 4.4 million people claimed unemployment benefits last week around the "
        "country, the Labor Department said.",
        "The Labor Department reported 4.4 million of American filing first-time unemployment "
        "claims.",
    )
    [fact] = reconciled.facts
    assert (fact.unit, fact.sources) == ("people", ["S1", "S2", "S3"])
    votes = _reconcile(  # a report states the amount bare first, with its unit next
        "Biden can win 270. Biden must get the 270 electoral votes required to win the race.",
        "How Donald Trump could reach 270 electoral votes and the White House.",
    )
    assert [(f.unit, f.sources) for f in votes.facts] == [("votes", ["S1", "S2"])]
    unitless = _reconcile(  # amounts that name no unit anywhere name no thing
        "The Labor Department reported 4.4 million of American filing claims.",
        "The Labor Department reported 4.4 million of American filing claims again.",
    )
    assert unitless.facts == []


def test_a_distance_every_report_leads_with_is_a_key_number() -> None:
    """AllSides' school distancing: three reports lead with "3 feet" between students, which is
    the news, yet distances were never key numbers; one is when it is told in the leads, never
    as a bearing from a place ("about 50 km west of Tripoli")."""
    distancing = _reconcile(
        "The CDC announced new guidance for schools, allowing for just three feet of space "
        "between students instead of six feet.",
        "The CDC is updating its physical distancing guidance for students in schools from 6 "
        "feet to 3 feet.",
        "Students can safely sit just 3 feet apart in schools as long as they wear masks, the "
        "CDC said in its new guidance.",
    )
    assert ("3", "feet", ["S1", "S2", "S3"]) in [
        (f.value, f.unit, f.sources) for f in distancing.facts
    ]
    bearing = _reconcile(
        "Rebels seized the town of Zawiyah, about 50 km west of Tripoli, on Monday.",
        "Rebels fought for Zawiyah, about 50 km west of Tripoli, on Monday.",
    )
    assert bearing.facts == []


def test_a_span_of_time_three_reports_lead_with_is_a_key_number() -> None:
    """Multi-News' "Furious 7": all three reports say it reached $1 billion "in just 17 days",
    yet spans of time were never key numbers; one is when three reports lead with it, exact,
    and never as the time before something ("two years ago")."""
    record = _reconcile(
        "Furious 7 is the quickest film to reach the milestone, in just 17 days.",
        "Furious 7 has grossed $735.2 million overseas in 17 days.",
        "The film hit the billion-dollar milestone in just 17 days.",
    )
    assert ("17", "days", ["S1", "S2", "S3"]) in [
        (f.value, f.unit, f.sources) for f in record.facts
    ]
    two_reports = _reconcile(
        "Mitt Romney spent 15 years at Bain Capital before politics.",
        "Romney spent 15 years at Bain Capital, the firm he founded.",
    )
    assert two_reports.facts == []
    ago = _reconcile(
        "The company opened its first store two years ago in Ohio.",
        "The chain opened its first store two years ago, in Ohio.",
        "Its first store opened two years ago in Columbus, Ohio.",
    )
    assert ago.facts == []


def test_an_age_range_is_no_share() -> None:
    """Multi-News' young adults at home: "29 percent live with their parents" (one report,
    of women) was backed by another's "Canadian adults age 20 to 29"."""
    reconciled = _reconcile(
        "For women, 35 percent live with a partner, while 29 percent live with their parents.",
        "Some 42 percent of Canadian adults age 20 to 29 live in their parents' homes.",
    )
    assert reconciled.facts == []


def test_a_guess_or_a_range_is_no_key_number_beside_an_amount() -> None:
    """A Timeline17 Egypt brief's fact "maybe 30 percent": a pundit's guess, pooled with another
    report's "around 30 to 35 percent of the vote" (a range is not its lower end)."""
    guessed = _reconcile(
        "The Muslim Brotherhood is maybe 25 percent, maybe 30 percent of the vote if there is "
        "an election tomorrow.",
        "Analysts believe the Muslim Brotherhood would win 30 percent of the vote.",
    )
    assert guessed.facts == []
    ranged = _reconcile(
        "Analysts believe the Muslim Brotherhood would win around 30 to 35 percent of the vote.",
        "Analysts believe the Muslim Brotherhood would win 30 percent of the vote.",
    )
    assert ranged.facts == []
    both_ranges = _reconcile(
        "Analysts believe the Muslim Brotherhood would win around 30 to 35 percent of the vote.",
        "The Muslim Brotherhood would win 30 to 35 percent of the vote, analysts believe.",
    )
    assert [f.sources for f in both_ranges.facts] == [["S1", "S2"]]


def test_a_key_number_is_worded_from_prose_before_a_transcript_in_capitals() -> None:
    reconciled = _reconcile(
        "THE $3 MILLION TICKET WAS SOLD IN MOUNT DORA, THE STATE LOTTERY SAID.",
        "A man is claiming his $3 million Scratch-Off prize after buying the ticket.",
    )
    assert [f.statement for f in reconciled.facts] == [
        "A man is claiming his $3 million Scratch-Off prize after buying the ticket"
    ]


def test_a_key_number_is_worded_and_quoted_from_a_report_s_prose_before_its_headline() -> None:
    headlines = (
        "China hits back at Trump with tariffs on $60bn of US goods.",
        "China retaliates with tariffs on another $60 billion in US imports.",
    )
    bodies = (
        "China has hit back at President Donald Trump by imposing new trade tariffs on $60bn "
        "of American goods.",
        "Beijing said on Tuesday that it would put tariffs on $60 billion of US goods.",
    )
    [fact] = newsfuse.brief(_headed(headlines, bodies)).facts
    assert fact.statement == "imposing new trade tariffs on $60bn of American goods"
    assert [e.quote for e in fact.evidence] == list(bodies)


@pytest.mark.parametrize(
    ("sentence", "amount", "phrase"),
    [
        (  # a clause boundary ends the phrase on either side
            "After weeks of talks, the House passed a $1.37 trillion spending package, "
            "averting a shutdown.",
            "$1.37 trillion",
            "the House passed a $1.37 trillion spending package",
        ),
        (  # it neither ends on a dangling word nor inside a name
            "Divers found $10 million in gold coins on their first dive.",
            "$10 million",
            "Divers found $10 million in gold coins",
        ),
        (
            "Deaths are averaging more than 1,500 a day for the first time since March.",
            "more than 1,500",
            "Deaths are averaging more than 1,500 a day",
        ),
        (
            "Only 20 jurors refused to serve in Judge Amy Berman Jackson's court.",
            "20 jurors",
            "Only 20 jurors refused to serve",
        ),
        (  # nor starts inside one
            "Officials said the United States was planning to share 2.5 million doses with Mexico.",
            "2.5 million doses",
            "United States was planning to share 2.5 million doses with Mexico",
        ),
        (  # a dash ends a clause, speech is not part of it
            "Retailers made $3 million in sales—and lined the state's coffers, officials said.",
            "$3 million",
            "Retailers made $3 million in sales",
        ),
        (  # a verb group the word limit cuts from its object goes, and so does a condition
            "Economists noted that March's reported 8.3% dive already had set a record for data.",
            "8.3%",
            "March's reported 8.3% dive",
        ),
        (
            "The man was offered $3,000 cash if she did not testify at the trial.",
            "$3,000",
            "The man was offered $3,000 cash",
        ),
        (  # a name goes on over "of" and "and", and the subject it is in goes whole ...
            "Officials at the Department of Health and Human Services sent more than a dozen "
            "workers to the base.",
            "more than a dozen workers",
            "Officials at the Department of Health and Human Services sent more than a dozen "
            "workers to the base",
        ),
        (  # ... not a place in it as what did it (Timeline17: "Gulf of Mexico has now cost BP")
            "The oil spill in the Gulf of Mexico has now cost BP $1.25 bn, as its chief "
            "executive vows to fix the disaster.",
            "$1.25 bn",
            "The oil spill in the Gulf of Mexico has now cost BP $1.25 bn",
        ),
        (  # ... but a participle before a determiner is none of its verbs (Multi-News)
            "Qatar Airways filed under the Hart-Scott-Rodino Act, as required for its proposed "
            "investment of at least $808 million, American Airlines said.",
            "at least $808 million",
            "its proposed investment of at least $808 million",
        ),
        (  # the day that dates the clause starts no phrase, nor does its subject pronoun
            "The administration said Thursday it had secured 200 million more doses of vaccines.",
            "200 million more doses",
            "secured 200 million more doses of vaccines",
        ),
        (  # nor on the tail of a verb begun before it
            "The loan program set up by Congress exhausted its $350 billion funding capacity "
            "Thursday morning.",
            "$350 billion",
            "Congress exhausted its $350 billion funding capacity",
        ),
        (  # nor on a month that "last" dated
            "That gives the administration the doses it said last month it needs to cover 300 "
            "million people by the end of July.",
            "300 million people",
            "needs to cover 300 million people by the end of July",
        ),
        (  # a phrase the limit cuts from its "of" goes from its preposition on
            "The Pentagon is willing to send as many as 15,000 troops to the border in "
            "anticipation of the caravan.",
            "as many as 15,000 troops",
            "The Pentagon is willing to send as many as 15,000 troops to the border",
        ),
        (  # a part of a total is worded alone
            "The meeting drew about 2,000 people, including about 1,500 delegates, to the hall.",
            "about 1,500 delegates",
            "about 1,500 delegates",
        ),
        (  # a reason is a clause of its own
            "More than 130 Secret Service officers are quarantining due to positive tests.",
            "More than 130 Secret Service officers",
            "More than 130 Secret Service officers are quarantining",
        ),
        (  # a headline glued before the sentence is cut off, and a conversion is read past
            "Oil slick covers an area the size of Scotland The man running the $20bn (£13.5 bn) "
            "fund to compensate victims says he is determined.",
            "$20bn",
            "The man running the $20bn fund to compensate victims",
        ),
        (  # nor on a possessive, whose noun the limit cut (a Timeline17 BP brief's fund)
            "On Wednesday BP set up a $20bn compensation fund for the spill's victims.",
            "$20bn",
            "BP set up a $20bn compensation fund",
        ),
        (  # a subordinator stays with its clause: "until 200 hostages are freed" is no
            # "200 hostages are freed"
            "The talks will go on until 200 hostages are freed.",
            "200 hostages",
            "until 200 hostages are freed",
        ),
        (  # a hyphenated scale is the amount's ("a $20-billion fund")
            "BP agreed on Wednesday to set up a $20-billion fund.",
            "$20-billion",
            "set up a $20-billion fund",
        ),
        (  # nor on a month whose day the cut leaves out, nor on the preposition before it
            "The document sheds light on logistical support given to two Saudi hijackers before "
            "Sept. 11, 2001.",
            "two Saudi hijackers",
            "logistical support given to two Saudi hijackers",
        ),
        (  # nor past the day it was told, where the clause's verb follows
            "The Supreme Court in two cases Monday ruled police officers were entitled to "
            "protection.",
            "two cases",
            "The Supreme Court in two cases",
        ),
        (  # an aside is about the name before it
            "The most expensive place to marry last year was Manhattan (an average cost of "
            "$76,328), five times the cost in Utah.",
            "$76,328",
            "Manhattan: an average cost of $76,328",
        ),
        (  # nor in a phrase the limit cut from its preposition: "[in] defense of ..."
            "Clinton was invited to testify to the House panel in defense of President Barack "
            "Obama's $47 billion budget request for the State Department.",
            "$47 billion",
            "President Barack Obama's $47 billion budget request",
        ),
        (  # nor inside a span whose end the cut leaves out (a Multi-News fact had "sickened
            # 87 people between May 2014", of "between May 2014 and November 2015")
            "Experts say the outbreak that sickened 87 people between May 2014 and November 2015 "
            "killed nine.",
            "87 people",
            "sickened 87 people",
        ),
        (
            "A Legionnaires outbreak sickened at least 87 people in Flint from June 2014 through "
            "October 2015.",
            "at least 87 people",
            "A Legionnaires outbreak sickened at least 87 people in Flint",
        ),
        (  # a "from" that opens no span stays
            "Sales rose 12 percent from a year earlier.",
            "12 percent",
            "Sales rose 12 percent from a year earlier",
        ),
        (  # ... and so does one its clause ends
            "Gun background checks rose last month -- a 36% increase from February, according "
            "to the FBI.",
            "36%",
            "a 36% increase from February",
        ),
        (  # a quoted title is read past: a Multi-News fact was "Titanic” at $2.19 billion"
            "It is the 20th film to do so, followed by “Titanic” at $2.19 billion.",
            "$2.19 billion",
            "followed by “Titanic” at $2.19 billion",
        ),
        (  # while a quote still open at the amount is speech, and opens its clause
            "The chief said “the city will spend $2 billion on it” on Monday.",
            "$2 billion",
            "the city will spend $2 billion",
        ),
        (  # a pronoun's adverb goes with it: a Timeline17 fact was "also announced plans ..."
            "It also announced plans to sell $30 billion in assets over the next 18 months.",
            "$30 billion",
            "announced plans to sell $30 billion in assets",
        ),
        (  # a change whose subject and direction the window lose says only its amount
            "That is up 1 percent from 2010 levels.",
            "1 percent",
            "1 percent",
        ),
    ],
)
def test_a_key_number_is_worded_by_the_phrase_around_it(
    sentence: str, amount: str, phrase: str
) -> None:
    article = _article(sentence, "a", None)
    (s,) = split_sentences(article)
    quantity = next(q for q in find_quantities(article, [s]) if q.text == amount)
    assert amount_phrase(quantity, s) == phrase


def test_a_number_a_question_asks_about_is_no_fact() -> None:
    """A Timeline17 stream brief had "fine: USD 370,000,000" from a blog's reader question,
    "Is it true that BP was fined $370m by the US department of justice?"."""
    asked = "Is it true that BP was fined $370m by the US department of justice?"
    stated = "BP was fined $370m by the US department of justice."
    assert _reconcile(asked, asked.replace("the US", "the")).facts == []
    facts = _reconcile(stated, stated.replace("the US", "the")).facts
    assert [f.statement for f in facts] == ["fine: USD 370,000,000"]


def test_someone_who_lives_with_two_children_kills_no_one() -> None:
    """A Timeline17 stream brief was headed "2 killed" from "A Google executive who lives in
    Dubai with his wife and two children, he had returned to Egypt for the protests"."""
    lives = "A Google executive who lives in Dubai with his wife and two children, he returned."
    assert _reconcile(lives, lives.replace("returned", "came back")).casualties == []
    lost = "Two children lost their lives when the building collapsed, officials said."
    killed = _reconcile(lost, lost.replace("officials", "police")).casualties
    assert [(c.kind, c.value) for c in killed] == [("killed", "2")]


def test_a_rate_s_denominator_is_no_toll_and_a_toll_that_topped_a_number_is_more() -> None:
    """Timeline17 stream briefs had "1,000 people killed" from "four deaths in every 1,000
    people infected", and "1,000 people killed" from "The death toll has topped 1,000"."""
    rate = "The virus would come out as four deaths in every 1,000 people infected, he said."
    assert [c.value for c in _reconcile(rate, rate.replace("he", "she")).casualties] == []
    topped = "The death toll has topped 1,000 in the fighting, the UN said."
    casualties = _reconcile(topped, topped.replace("UN", "WHO")).casualties
    assert [(c.kind, c.value) for c in casualties] == [("killed", "more than 1,000")]


def test_the_hospitalised_of_an_outbreak_are_not_injured() -> None:
    """A Timeline17 swine flu brief had "770 people injured" from "770 people have been
    hospitalised" with the flu; a blast's hospitalised are still its injured."""
    flu = "In the US, 770 people have been hospitalised with swine flu, officials said."
    assert _reconcile(flu, flu.replace("officials", "doctors")).casualties == []
    blast = "The blast hospitalised 12 people near the market, police said."
    casualties = _reconcile(blast, blast.replace("police", "medics")).casualties
    assert [(c.kind, c.value) for c in casualties] == [("injured", "12")]


def _placed(text: str, day: dt.date | None) -> bool:
    """Whether ``text`` (one sentence) places its counts elsewhere than an event on ``day``."""
    article = _article(text, "a", None)
    (sentence,) = split_sentences(article)
    return places_elsewhere(sentence, find_dates(article, [sentence], None), day)[1]


def test_a_period_is_the_event_s_own_span_when_there_is_no_event_day() -> None:
    # an undated cluster's own outbreak toll: the months bound its span, no other occurrence
    toll = (
        "It was a Legionnaires' outbreak that sickened at least 87 people, killing nine of "
        "them, from June 2014 through October 2015."
    )
    assert not _placed(toll, None)
    # a single year is still another time: "In 2011, he was charged with two counts of
    # assault, one causing injury" is an undated shooting's background
    assert _placed("In 2011, he was charged with assault, one causing injury.", None)


def test_another_occurrence_s_cue_counts_only_in_the_count_s_own_clause() -> None:
    """A Timeline17 swine flu brief lost the Mexico toll to the "also" of Canada's deaths."""
    text = (
        "Forty-eight people have died of the virus in Mexico where there have now been 1,626 "
        "confirmed cases and new deaths have also been recorded in Canada."
    )
    sentence = split_sentences(_article(text, "a", dt.date(2009, 5, 10)))[0]
    assert not places_elsewhere(sentence, [], dt.date(2009, 5, 10), True, 0)[1]
    assert places_elsewhere(sentence, [], dt.date(2009, 5, 10), True)[1]  # the whole sentence
    also = "Two rockets also hit the base and three people were injured."
    sentence = split_sentences(_article(also, "a", None))[0]
    assert places_elsewhere(sentence, [], None, True, also.index("three"))[1]


def test_a_period_holding_the_event_day_is_the_event_s_own() -> None:
    span = "The outbreak sickened 87 people between May 2014 and November 2015, killing nine."
    assert not _placed(span, dt.date(2015, 1, 10))
    assert not _placed(span.replace("between May 2014 and", "from May 2014 through"), None)
    # a period before the event day is another occurrence's
    assert _placed(span, dt.date(2016, 3, 1))
    assert _placed(
        "An earlier outbreak killed 12 people from May 2010 to June 2011.", dt.date(2015, 1, 10)
    )


def test_a_count_of_victims_families_is_no_toll_and_no_part_of_one() -> None:
    """A Multi-News brief of a Sandy Hook lawsuit had no toll: "10 Sandy Hook victims'
    families" read as 10 killed, and with the 26 of the same sentence both were dropped as a
    breakdown. A count that owns the noun after it counts that noun; two counts a clause
    apart are no list of parts."""
    lawsuit = (
        "A lawsuit filed Monday by 10 Sandy Hook victims' families claims Adam Lanza would not "
        "have been able to kill 26 people in five minutes."
    )
    reconciled = _reconcile(lawsuit, lawsuit)
    assert [f.statement for f in reconciled.facts] == ["26 people killed"]
    # ... as without the possessive: "victims" then "kill 26" a clause apart are two counts
    unlisted = lawsuit.replace("victims' families", "victims")
    assert "26 people killed" in {f.statement for f in _reconcile(unlisted, unlisted).facts}


def test_kinds_of_people_and_a_massacre_make_a_toll() -> None:
    """ "left 20 first graders and six educators dead" lists parts of a toll; "massacre 20
    first-grade students" is a killing."""
    parts = "The massacre, which left 20 first graders and six educators dead, shocked the town."
    assert _reconcile(parts, parts).facts == []  # parts without their total: no toll
    massacre = "The rifle allowed him to massacre 20 first-grade students in minutes."
    assert [f.statement for f in _reconcile(massacre, massacre).facts] == ["20 people killed"]
    graders = "The shooting left 20 first graders dead."
    assert [f.statement for f in _reconcile(graders, graders).facts] == ["20 people killed"]
    # the count after another kind of count is no part of a list
    deaths = "The country has recorded 40,000,070 cases and 651,690 deaths, the tally shows."
    assert [f.statement for f in _reconcile(deaths, deaths).facts] == ["651,690 people killed"]
    # a count with its own verb before "and" is no list: both counts stand
    both = "Four people were killed and 12 injured in the shooting."
    assert {f.statement for f in _reconcile(both, both).facts} == {
        "4 people killed",
        "12 people injured",
    }


def test_bounds_of_a_rising_toll_from_different_days_do_not_merge() -> None:
    """A Timeline17 swine flu brief headed "up to 60 killed" while citing reports that said up
    to 81: "up to 60", "up to 68" and "up to 81" of three days had made one group, and its
    tightest, oldest bound led. The newest report's toll leads; a historical toll further down
    the newest report is none of the event's."""
    said = "A new flu that has killed up to {} people in Mexico could start a global epidemic."
    april_25, april_27 = dt.date(2009, 4, 25), dt.date(2009, 4, 27)
    rose = _reconcile(
        said.format(60),
        said.format(68),
        said.format(81) + " The 1957-58 pandemic killed about 2 million.",
        days=(april_25, april_25, april_27),
    )
    assert [c.value for c in rose.casualties] == ["up to 81"]
    assert rose.conflicts == []
    # bounds of one day's reports still agree
    same_day = _reconcile(said.format(60), said.format(68), days=(april_25, april_25))
    assert [(c.value, c.sources) for c in same_day.casualties] == [("up to 60", ["S1", "S2"])]


def test_a_running_total_is_the_event_s_toll() -> None:
    """ "Mexico has now confirmed 25 fatalities" and "All deaths so far have been in Mexico,
    where 20 of the 149 reported fatalities have been confirmed" had been another occurrence's
    counts, and the toll was dropped; other counts of a running total still are."""
    now = "Mexico has now confirmed 25 fatalities from the new flu virus, officials said."
    so_far = (
        "All deaths so far have been in Mexico, where 20 of the 149 reported fatalities have "
        "been confirmed."
    )
    assert [c.value for c in _reconcile(now, now).casualties] == ["25"]
    assert [c.value for c in _reconcile(so_far, so_far).casualties] == ["149"]
    arrests = "Police have now arrested 40 people across the country, officials said."
    assert _reconcile(arrests, arrests).facts == []


def test_the_people_a_place_is_home_to_are_no_toll() -> None:
    home = (
        "The capital, where most of the deaths happened and home to some 20 million people, "
        "hunkered down in fear of the flu."
    )
    assert _reconcile(home, home).casualties == []


def test_a_count_dated_to_the_event_day_is_the_event_s() -> None:
    """A Timeline17 BP spill brief had "11 people killed" twice, once as a sub-event of the
    event's own day: "since" (the oil's running total) had placed the rig's toll elsewhere."""
    since = (
        "Millions of gallons of oil have gushed into the Gulf since an April 20 explosion on "
        "an offshore rig killed 11 workers."
    )
    undated = "The explosion on the rig killed 11 workers, officials said."
    reconciled = _reconcile(
        "The rig exploded on April 20. " + undated,
        "The well blew out on April 20. " + since,
        published=dt.date(2010, 6, 15),
    )
    assert [(f.statement, f.support) for f in reconciled.facts] == [("11 people killed", 2)]
    # another occurrence's count of that day is no sub-event of it either
    also = "On April 20, a helicopter also crashed, killing two people."
    dated = _reconcile(
        "The rig exploded on April 20. " + undated,
        "The well blew out on April 20. " + also,
        "The well blew out on April 20. " + also,
        published=dt.date(2010, 6, 15),
    )
    assert [f.statement for f in dated.facts] == ["11 people killed"]

"""Timeline selection: which dates make the cut, and which precisions are shown."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse.extract import extract
from newsfuse.extract.ner import load_spacy
from newsfuse.models import Article
from newsfuse.segment import split_sentences
from newsfuse.timeline import build_timeline


def _timeline(*dated_texts: tuple[dt.date, str], **options):
    articles = [
        Article(id=f"a{i}", origin=f"a{i}", raw_text=text, text=text, published=day)
        for i, (day, text) in enumerate(dated_texts)
    ]
    sentences = {a.id: split_sentences(a) for a in articles}
    extraction = extract(articles, sentences, "rules")
    ids = {a.id: f"S{i}" for i, a in enumerate(articles, start=1)}
    return build_timeline(articles, sentences, extraction, ids.__getitem__, **options)


MARCH_5 = dt.date(2024, 3, 5)


def test_a_day_later_reports_look_back_to_outranks_the_news_cycle() -> None:
    entries = _timeline(
        (MARCH_5, "On March 5, protesters marched through the streets of the capital city."),
        (MARCH_5, "On March 5, thousands of protesters marched peacefully through the capital."),
        (MARCH_5, "Protesters marched again on March 5 in the capital, chanting for reform."),
        (dt.date(2024, 3, 10), "The crackdown on March 1 left dozens of protesters injured."),
        (dt.date(2024, 3, 12), "The crackdown on March 1 left dozens of protesters hurt."),
        limit=1,
    )
    assert [(e.date, e.sources) for e in entries] == [(dt.date(2024, 3, 1), ["S4", "S5"])]


def test_days_only_leaves_out_months_and_years() -> None:
    texts = (
        (MARCH_5, "In January 2024, the government raised fuel prices across the country."),
        (MARCH_5, "In January 2024, fuel prices rose sharply after the government decision."),
        (MARCH_5, "On March 4, protesters blocked the main road into the capital for hours."),
    )
    assert {e.precision for e in _timeline(*texts)} == {"day", "month"}
    assert {e.precision for e in _timeline(*texts, days_only=True)} == {"day"}


@pytest.mark.parametrize(
    ("sentence", "dated", "day"),
    [
        (  # an aside
            "The band's last show with Jerry Garcia, who died in August 1995, was in Chicago.",
            (MARCH_5, "In August 1995, the guitarist Jerry Garcia died at a clinic in California."),
            dt.date(1995, 8, 1),
        ),
        (  # a relative clause inside an aside (a Timeline17 stream brief had it at 1969)
            "Support for Gaddafi, the son of a herdsman who seized power in September 1969, "
            "among Libya's desert tribes was also waning.",
            (MARCH_5, "In September 1969, a young army officer named Gaddafi seized power."),
            dt.date(1969, 9, 1),
        ),
        (  # a date naming an earlier event the sentence mentions in passing
            "The hearing gave lawmakers their first chance to question executives about the "
            "April 20 rig explosion in the Gulf.",
            (MARCH_5, "On April 20, the rig exploded in the Gulf, killing 11 workers."),
            dt.date(2023, 4, 20),
        ),
        (  # ... a year naming one, and a plural (a Timeline17 stream brief had it at 2001)
            "Obama risked the wrath of families of victims by comparing the gulf spill to the "
            "Sept. 11, 2001 terrorist attacks.",
            (MARCH_5, "On Sept. 11, 2001, terrorists hijacked four planes and attacked New York."),
            dt.date(2001, 9, 11),
        ),
        (  # an opening "Before ..." clause
            "Before the president's murder on Nov. 22, 1963, Mr. Lane was a minor figure in "
            "New York's legal and political circles.",
            (MARCH_5, "President Kennedy was shot in Dallas on Nov. 22, 1963, during a motorcade."),
            dt.date(1963, 11, 22),
        ),
        (  # an opening "Since ..." clause (a Timeline17 brief had BP's payouts at 20 April)
            "Since the explosion on the Deepwater Horizon rig on 20 April, the oil giant has "
            "been forced to pay out billions of dollars.",
            (MARCH_5, "On 20 April, the Deepwater Horizon rig exploded, killing 11 workers."),
            dt.date(2023, 4, 20),
        ),
        (  # a "since" clause in an aside (a Timeline17 brief had Tuesday's strike at March)
            "The NATO attack, one of the heaviest since the NATO mission began in March, "
            "started at about 1 a.m. on the outskirts of the city.",
            (MARCH_5, "The NATO mission began in March with strikes on the air defences."),
            dt.date(2024, 3, 1),
        ),
        (  # the clause a delay waits for (Castro's column was of May, not 16 April)
            "Fidel Castro accused Mexico of failing to disclose the outbreak until after Barack "
            "Obama had visited the country on 16 April.",
            (MARCH_5, "Barack Obama visited Mexico City on 16 April for talks on drug violence."),
            dt.date(2023, 4, 16),
        ),
        (  # a link to an old article
            "This link to an article in the July 9, 1901 edition of the San Francisco Chronicle "
            "has more details about the theft.",
            (MARCH_5, "On July 9, 1901, the Chronicle reported that gold coins were missing."),
            dt.date(1901, 7, 9),
        ),
    ],
)
def test_a_date_that_does_not_date_its_sentence_makes_no_entry_of_it(
    sentence: str, dated: tuple[dt.date, str], day: dt.date
) -> None:
    """The sentence is no entry's face; where it tells the same, it backs the other's entry."""
    entries = _timeline((MARCH_5, sentence), dated)
    assert [(e.date, e.text) for e in entries] == [(day, dated[1])]
    assert _timeline((MARCH_5, sentence)) == []


def test_a_quote_box_s_date_label_makes_no_entry() -> None:
    """The Guardian's "Hayward in quotes" box put each date after its quote; a Timeline17
    stream brief dated each quote by the label before it ('4 May "The Gulf of Mexico is a big
    ocean.')."""
    label = '4 May "The Gulf of Mexico is a big ocean, and the spill is tiny in comparison.'
    told = "On 4 May, Hayward told reporters the Gulf of Mexico was a very big ocean."
    entries = _timeline((MARCH_5, label), (MARCH_5, told))
    assert [e.sources for e in entries] == [["S2"]]


def test_a_year_that_names_an_election_is_no_date() -> None:
    texts = (
        (MARCH_5, "The former governor is running for president in 2020, his campaign aides said."),
        (MARCH_5, "The former governor is running for president in 2020, he told supporters."),
    )
    assert _timeline(*texts) == []


def test_a_caption_fragment_is_never_an_entry() -> None:
    texts = (
        (MARCH_5, ", speaks during a town hall, Tuesday, Feb. 19, 2013, in Sun Lakes, Ariz."),
        (MARCH_5, "The senator spoke at a town hall on Tuesday, Feb. 19, 2013, in Sun Lakes."),
    )
    assert [e.sources for e in _timeline(*texts)] == [["S2"]]


def test_an_entry_that_only_a_pronoun_tells_is_left_out() -> None:
    """Stream and dev briefs showed "They said on Tuesday that their bill will save energy"
    and "He joined the Wisconsin National Guard in March 2015", with no one named."""
    alone = _timeline((MARCH_5, "He joined the Wisconsin National Guard in March 2015."))
    assert alone == []
    texts = (
        (MARCH_5, "They unveiled their bill on Monday, March 4, saying it will save energy."),
        (MARCH_5, "Senators Kerry and Lieberman unveiled their bill on Monday, March 4."),
    )
    entries = _timeline(*texts)
    assert [(e.text, e.sources) for e in entries] == [(texts[1][1], ["S1", "S2"])]
    this_week = _timeline((MARCH_5, "This week the senators unveiled their bill, on March 4."))
    assert len(this_week) == 1
    # "Among them" points back as a pronoun does (a Timeline17 CNN brief's "Among them was the
    # Libyan ambassador to Bangladesh"), "Among the dead" names its own group
    among = "Among them was the ambassador to Bangladesh, who quit, the news agency said Monday."
    assert _timeline((MARCH_5, among)) == []
    dead = "Among the dead was the ambassador to Bangladesh, who was shot, the agency said Monday."
    assert len(_timeline((MARCH_5, dead))) == 1


def test_an_entry_quotes_each_source_s_own_sentence_by_its_offsets() -> None:
    """Timeline citations had no passage but the entry's own text, so a third of the demo's
    showed none in the HTML report."""
    texts = (
        (MARCH_5, "But on Monday, March 4, the senators unveiled their energy bill in the Senate."),
        (MARCH_5, "The senators unveiled an energy bill on Monday, March 4, in the Senate."),
    )
    (entry,) = _timeline(*texts)
    assert entry.text == texts[1][1]  # the sentence that needs no "But"
    assert [(e.source, e.start, e.end, e.quote) for e in entry.evidence] == [
        ("S1", 0, len(texts[0][1]), texts[0][1]),
        ("S2", 0, len(texts[1][1]), texts[1][1]),
    ]


def test_the_lead_in_to_a_list_or_embed_is_no_entry() -> None:
    texts = (
        (MARCH_5, "Here's the running list of what the company rolled out on Monday so far:"),
        (MARCH_5, "The company rolled out a talking garden gnome on Monday, March 4."),
    )
    assert [e.sources for e in _timeline(*texts)] == [["S2"]]


def test_an_entry_leaves_out_the_connective_that_tied_it_to_the_sentence_before() -> None:
    texts = (
        (MARCH_5, "But in August 2014, the company stopped making the reusable cup for it."),
        (MARCH_5, "However, “the reusable cup” was dropped in August 2014, the company said."),
    )
    entry = _timeline(*texts)[0]
    assert entry.text in (
        "In August 2014, the company stopped making the reusable cup for it.",
        "“The reusable cup” was dropped in August 2014, the company said.",
    )
    texts = ((MARCH_5, "Butler said on March 4 that the protesters blocked the main road."),)
    assert _timeline(*texts)[0].text.startswith("Butler said")


def test_a_factbox_s_first_item_shows_without_the_lead_in_it_runs_on_from() -> None:
    """Reuters' Libya factbox, as segmentation leaves it: the lead-in ends on a colon and runs
    on into the first item, whose night "15/16" is the 15th (it had been a month entry, for
    the lead-in's "began in February", showing the lead-in)."""
    text = (
        "Here is a timeline of the civil war in Libya since protests against Muammar "
        "Gaddafi's four-decade rule began in February: February 15/16, 2011 - The arrest of "
        "human rights activist Fethi Tarbel sparks a riot in Benghazi, Quryna newspaper reports."
    )
    entries = _timeline((dt.date(2011, 8, 30), text))
    assert [(e.date, e.precision) for e in entries] == [(dt.date(2011, 2, 15), "day")]
    assert entries[0].text.startswith("February 15/16, 2011 - The arrest of")


needs_parser = pytest.mark.skipif(load_spacy() is None, reason="spaCy model not installed")


@needs_parser
def test_a_date_that_only_dates_a_modifier_is_no_entry() -> None:
    day = dt.date(2019, 4, 26)
    texts = [
        "Mr. Biden made his announcement on Thursday, nearly 32 years after he began his "
        "first presidential campaign in June 1987.",
        "According to an April 2011 memo, the agency consulted the Justice Department first.",
        "The president refused the pardon on May 31, 1962, upholding the punishment passed "
        "down by the district court on December 15, 1961.",
    ]
    shown = {(e.date, e.precision) for e in _timeline(*((day, t) for t in texts), limit=50)}
    assert (dt.date(1987, 6, 1), "month") not in shown  # the clause's date, not the sentence's
    assert (dt.date(2011, 4, 1), "month") not in shown  # the memo's date
    assert (dt.date(1961, 12, 15), "day") not in shown  # the participle clause's date
    assert (dt.date(1962, 5, 31), "day") in shown


@needs_parser
def test_a_document_s_date_is_no_entry_even_as_the_subject() -> None:
    """A Multi-News brief's only entry was "The February 2009 document indicates the problem was
    fixed.": the date of a memo four years before the news. A subject that names an event
    keeps its date."""
    day = dt.date(2013, 6, 10)
    texts = [
        "The February 2009 document indicates the problem was fixed, officials said.",
        "The crackdown on March 1 left dozens of protesters injured.",
    ]
    shown = {(e.date, e.precision) for e in _timeline(*((day, t) for t in texts), limit=50)}
    assert shown == {(dt.date(2013, 3, 1), "day")}


@needs_parser
def test_a_date_of_an_event_noun_or_of_the_only_dated_clause_stays() -> None:
    day = dt.date(2021, 7, 1)
    texts = [
        "In contrast to the February strike, the June 27 action targeted infrastructure in Iraq.",
        "It was the second such attack in days after the SDF reported two grenades landed on "
        "the oil field on June 20.",
        "Launched in November 1940, the battleship measured 263 meters overall.",
    ]
    shown = {(e.date, e.precision) for e in _timeline(*((day, t) for t in texts), limit=50)}
    assert (dt.date(2021, 6, 27), "day") in shown
    assert (dt.date(2021, 6, 20), "day") in shown
    assert (dt.date(1940, 11, 1), "month") in shown


@needs_parser
def test_the_baseline_of_a_comparison_is_no_entry() -> None:
    day = dt.date(2014, 7, 10)
    texts = [
        "In addition, the hospital had eight more babies this June than it did in June 2013.",
        "The index was higher than in 2008, the statistics office said.",
        "More than 20 people were killed in the attack on May 3, 2014, officials said.",
    ]
    shown = {(e.date, e.precision) for e in _timeline(*((day, t) for t in texts), limit=50)}
    assert (dt.date(2013, 6, 1), "month") not in shown  # what this June is compared with
    assert (dt.date(2008, 1, 1), "year") not in shown
    assert (dt.date(2014, 5, 3), "day") in shown  # "more than 20" is a count, not a comparison


@needs_parser
def test_a_results_baseline_is_no_entry_and_a_chronology_line_is_one() -> None:
    """Timeline17's BP briefs dated a Q3 2010 report by "compared to July to September 2009"
    and dropped chronology lines ("April 25 - Efforts ... fail."), whose parse hangs the date
    off the noun after the dash."""
    day = dt.date(2010, 11, 2)
    texts = [
        "Its output fell 4 percent, compared to July to September 2009, to 3.76 million barrels.",
        "April 25 - Efforts to activate the well's blowout preventer fail.",
        "April 29 - U.S. President Barack Obama pledges every single available resource.",
    ]
    shown = {(e.date, e.precision) for e in _timeline(*((day, t) for t in texts), limit=50)}
    assert shown == {(dt.date(2010, 4, 25), "day"), (dt.date(2010, 4, 29), "day")}


def test_the_cap_keeps_the_newest_day_not_a_plan_after_it() -> None:
    """A Timeline17 BP brief's 25 entries, the days later reports look back to first, stopped
    four days before its storm's day: the news itself was cut."""
    early = (
        dt.date(2021, 7, 5),
        "On July 1, rebels attacked the northern town of Alpha, officials said.",
    )
    late = (
        dt.date(2021, 7, 8),
        "On July 1, rebels attacked the town of Alpha in the north, police said. On July 2, the "
        "army shelled the rebel camp near Beta, a spokesman said. On Thursday, the government "
        "declared a ceasefire across the whole region, state media said. The president will "
        "visit the town of Alpha with his ministers on July 12, aides said.",
    )
    entries = _timeline(early, late, limit=2)
    assert [e.date for e in entries] == [dt.date(2021, 7, 1), dt.date(2021, 7, 8)]
    # a topic's stream of weeks has no one day that is its news: nothing is forced in
    later = (dt.date(2021, 7, 30), late[1])
    assert dt.date(2021, 7, 29) not in [e.date for e in _timeline(early, later, limit=2)]


def test_without_syntax_the_comma_rules_alone_decide() -> None:
    text = "According to an April 2011 memo, the agency consulted the Justice Department first."
    entries = _timeline((dt.date(2019, 4, 26), text), syntax=False, limit=50)
    assert [(e.date, e.precision) for e in entries] == [(dt.date(2011, 4, 1), "month")]


def test_the_date_an_anniversary_marks_is_not_the_day_of_the_news() -> None:
    september = dt.date(2021, 9, 12)
    entries = _timeline(
        (
            september,
            "The FBI marked the 20th anniversary of the Sept. 11, 2001 attacks by releasing a "
            "declassified document on Saturday.",
        ),
        (september, "On Sept. 11, 2001, hijackers flew planes into the World Trade Center."),
    )
    assert [(e.date, e.sources) for e in entries if e.date.year == 2001] == [
        (dt.date(2001, 9, 11), ["S2"])
    ]


def test_a_sentence_that_dates_two_things_is_told_once() -> None:
    """ "BP shares fell 0.6% on Friday, after climbing almost 7% a day earlier" had been two
    entries of a Timeline17 stream brief, on Thursday and on Friday."""
    june_19 = dt.date(2010, 6, 19)
    entries = _timeline(
        (june_19, "BP shares fell 0.6% on Friday, after climbing almost 7% on Thursday."),
        (june_19, "Shares in BP fell on Friday as investors weighed the cost of the oil spill."),
    )
    # the first report's sentence is told at Friday, which both reports date it to
    assert [(e.date, e.sources) for e in entries] == [(dt.date(2010, 6, 18), ["S1", "S2"])]


def test_sentences_stating_different_numbers_are_two_entries_not_one() -> None:
    """A stream brief's "Libya said that 15 people were killed in Monday's strike" cited two
    reports that said 19."""
    june_21 = dt.date(2011, 6, 21)
    entries = _timeline(
        (june_21, "Libya said 15 civilians were killed in the NATO strike on Surman on Monday."),
        (june_21, "Libya said 19 civilians were killed in the NATO strike on Surman on Monday."),
        (june_21, "Libya said civilians were killed in the NATO strike on Surman on Monday."),
    )
    assert sorted(e.sources for e in entries) == [["S1", "S3"], ["S2"]]


def test_a_date_that_bounds_a_period_makes_no_entry() -> None:
    """A Timeline17 stream brief dated the ICC's warrants to the end of the period they cover
    (28 February); "until at least" bounds a period as "until" does."""
    warrants = (
        'The warrants are for crimes against humanity, "allegedly committed across Libya" from '
        'February 15 through "at least" February 28, the court says in a news release.'
    )
    closed = "Classrooms at the school have been closed until at least Thursday after a case."
    assert _timeline((dt.date(2011, 8, 21), warrants), (dt.date(2009, 4, 28), closed)) == []
    # a horizon and a deadline (Reuters pages of 2009 and 2010 had entries at May and June 2011)
    horizon = (
        "Bank of America has ordered its traders not to enter into oil trades with BP that "
        "extend beyond June 2011, a market source said."
    )
    extended = (
        "The government has even extended the deadline on filing tax returns by a month to the "
        "end of May."
    )
    due = "The government says tax returns must now be filed by the end of May at the latest."
    for text in (horizon, extended, due):
        assert _timeline((dt.date(2010, 4, 27), text)) == [], text
    # ... but a date a move goes to is no deadline
    moved = "The government moved the vote on the tax reform bill to May 20 after protests."
    assert [e.date for e in _timeline((dt.date(2010, 4, 27), moved))] == [dt.date(2010, 5, 20)]


def test_the_date_that_closes_a_span_makes_no_entry_either() -> None:
    """Timeline17: "from June 8 to June 9" had dated a poll to its last day (and "from 1997 to
    2001" an ambassador's years to 2001); a move "from tomorrow to today" runs backwards and is
    no span."""
    june = dt.date(2010, 6, 11)
    poll = "The national telephone poll was conducted among 900 voters from June 8 to June 9."
    assert _timeline((june, poll)) == []
    moved = "The WHO has brought forward its meeting on swine flu from tomorrow to today."
    assert [e.date for e in _timeline((june, moved))] == [june]


def test_a_question_a_prompt_or_a_speaker_s_aside_is_no_entry() -> None:
    """A Timeline17 CNN brief showed a question, an anchor's cue and a guest's aside as events;
    a correspondent's "we saw" is what happened."""
    day = dt.date(2011, 1, 31)
    for junk in (
        "You think Saturday you have a flight out of the country with your family?",
        "Let's listen to what Secretary Clinton had to say yesterday about the need for reform.",
        "I mean I registered upon arriving here at the end of August at the university.",
    ):
        assert _timeline((day, junk)) == [], junk
    seen = "We saw Molotov cocktails being thrown near the bridge on Friday by the protesters."
    assert len(_timeline((day, seen))) == 1


@needs_parser
def test_a_day_the_parse_took_for_a_compound_of_a_title_stays() -> None:
    """A BBC brief dropped the only entry two of its reports told: the parse hung "Saturday"
    off "Minister" and left "On" without its object."""
    minister = (
        "On Saturday Foreign Minister Patricia Espinosa criticised China, along with Peru, "
        "Argentina, Cuba and Ecuador, for cutting flights to Mexico."
    )
    assert [e.date for e in _timeline((dt.date(2009, 5, 4), minister))] == [dt.date(2009, 5, 2)]


@needs_parser
def test_a_writing_the_verb_is_done_in_dates_the_sentence() -> None:
    """A Multi-News brief dropped the only other exact date of its story, an email's; "According
    to an April 2011 memo" still dates only the memo (see above)."""
    email = (
        "Then-DEQ spokesman Brad Wurfel scorned Henry's suspicion of city water in a March 13, "
        "2015, email to a top aide."
    )
    assert [e.date for e in _timeline((dt.date(2016, 2, 1), email))] == [dt.date(2015, 3, 13)]


@needs_parser
def test_a_clause_s_date_in_a_sentence_told_as_now_is_no_entry() -> None:
    """A Multi-News brief dated the parents' notice of December 2014 to the shooting's day."""
    day = dt.date(2014, 12, 29)
    notified = (
        "The parents of eight of the children killed in the Dec. 14, 2012, carnage, which the "
        "gunman ended by shooting himself dead, have notified Connecticut courts that they may "
        "file wrongful death lawsuits."
    )
    assert _timeline((day, notified)) == []
    # a clause's day told with "is" or a speech verb in the present is still the sentence's
    for text in (
        "The man who attacked the church on Sunday is a former soldier from the north.",
        "Police say the gunman who opened fire on Sunday acted alone in the attack.",
    ):
        assert [e.date for e in _timeline((day, text))] == [dt.date(2014, 12, 28)], text
    # ... and so is an adverbial clause's: the escape is what the sentence dates
    searched = (
        "The airport's employees have been focused on the search effort since the cat escaped "
        "on August 25, 2014."
    )
    assert [e.date for e in _timeline((day, searched))] == [dt.date(2014, 8, 25)]


@needs_parser
def test_a_clause_s_date_on_what_the_sentence_acts_on_is_no_entry() -> None:
    """Timeline17 Reuters briefs of July 2010 dated BP's request at a hearing by the rig "that
    exploded on April 20", and a postponement by the hearing's slot "scheduled for Thursday".
    A clause on the subject, on what "be" names or on what the verb is done in, and an -ing
    participle, whose day the parse as often takes from the verb before it, still date the
    sentence (Multi-News pages)."""
    day = dt.date(2010, 7, 27)
    for text in (
        "BP asked that the cases be combined in Houston, as did an attorney for Cameron, "
        "manufacturer of the blowout preventer on the drilling rig that exploded on April 20.",
        "Senator Robert Menendez postponed a hearing on the matter, scheduled for Thursday, "
        "and accused BP of stonewalling.",
    ):
        assert _timeline((day, text)) == [], text
    for text in (
        "The man who attacked the church on Sunday was arrested by the police.",
        "Deepwater Horizon was the rig that exploded on April 20 in the Gulf of Mexico.",
        "In an interview with The New York Times published Thursday night, McHugh accused "
        "the very highest levels of NBC of stopping the reporting.",
        "The chief of staff said he had a conversation discussing the Senate seat with Obama "
        "on Wednesday in the car.",
    ):
        assert len(_timeline((day, text))) == 1, text


@needs_parser
def test_a_date_on_an_agent_or_on_an_event_inside_another_noun_s_phrase_is_no_entry() -> None:
    """AllSides briefs dated Iran's years of help to al Qaeda by "September 11, 2001 attackers"
    (the parse hangs the noun off the date), and a debate's highlight by the "December 2018
    meeting" its conversation was at, though the sentence names the debate's Tuesday. An
    event told in the sentence's own terms keeps its date."""
    day = dt.date(2020, 1, 15)
    texts = [
        "Iran facilitated the movement of al Qaeda terrorists through its country, including "
        "September 11, 2001 attackers and for years was a critical channel for money.",
        "The different accounts from Sanders and Warren of the conversation at their December "
        "2018 meeting was a highlight of Tuesday night's debate.",
        "More than 20 people were killed in the attack on May 3, 2019, officials said.",
    ]
    shown = {(e.date, e.precision) for e in _timeline(*((day, t) for t in texts), limit=50)}
    assert (dt.date(2001, 9, 11), "day") not in shown
    assert (dt.date(2018, 12, 1), "month") not in shown
    assert (dt.date(2019, 5, 3), "day") in shown


def test_a_reader_s_comment_or_a_page_announcing_what_it_shows_is_no_entry() -> None:
    """A Timeline17 Reuters blog's only entry came from a reader's comment; CNN's live blog
    showed "Here is a collection of reactions to ..." as the day's event. A live blog's "Here
    is their early account: ..." tells the account after its colon."""
    day = dt.date(2011, 2, 2)
    for text in (
        "Yesterday, night, i discussed about world Top 25 cities photos with my wife.",
        "Here is a collection of reactions to President Hosni Mubarak's Tuesday night speech.",
    ):
        assert _timeline((day, text)) == [], text
    for text in (
        "Here is their early account: The first piece of science work started on Tuesday.",
        "The vitamin i.e. the pill was first sold on Tuesday in Cairo shops.",
    ):
        assert len(_timeline((day, text))) == 1, text


def test_sentences_that_share_only_their_date_are_not_one_entry() -> None:
    """A Timeline17 brief cited BP's shares ("They had plunged 9 percent on Monday.") for
    Obama's trip on Monday; a Multi-News one a link "raised ... as early as October 2014" for
    agencies that did not investigate."""
    sunday, tuesday = dt.date(2010, 6, 13), dt.date(2010, 6, 15)
    trip = (
        "On Monday, Obama will make his fourth trip to the Gulf, visiting Alabama, Mississippi "
        "and Florida."
    )
    entries = _timeline((sunday, trip), (tuesday, "They had plunged 9 percent on Monday."))
    assert [(e.date, e.sources) for e in entries] == [(dt.date(2010, 6, 14), ["S1"])]
    flint = dt.date(2016, 1, 20)
    agencies = (
        "None of five government agencies aware of the outbreak in Genesee County investigated "
        "the water system for Legionella despite concerns raised by the county's Health "
        "Department over the water as early as October 2014."
    )
    emails = (
        "But the possibility of a link was raised in internal government emails as early as "
        "October 2014, and state officials did not inform the public of the outbreak until last "
        "month."
    )
    entries = _timeline((flint, emails), (flint, agencies), limit=1)
    assert [e.sources for e in entries if e.date == dt.date(2014, 10, 1)] == [["S1"]]


def test_an_entry_cites_only_the_sources_that_tell_the_sentence_it_shows() -> None:
    """Sentences merge by what they share with an entry's first sentence, which is not always
    the one shown: a source that shares nothing with that one is no source of it."""
    day = dt.date(2024, 3, 6)
    entries = _timeline(
        (
            day,
            "Protesters marched to parliament on Tuesday and police fired tear gas at them, a "
            "day after the vote on Monday.",
        ),
        (day, "Protesters marched to parliament on Tuesday, singing songs."),
        (day, "On Tuesday, police fired tear gas at a crowd in the capital."),
    )
    tuesday = [e for e in entries if e.date == dt.date(2024, 3, 5)]
    assert [(e.text, e.sources) for e in tuesday] == [
        ("On Tuesday, police fired tear gas at a crowd in the capital.", ["S1", "S3"])
    ]


def test_a_writer_s_aside_to_the_reader_or_a_pronoun_s_both_is_no_entry() -> None:
    """A Guardian sketch's "You soon sense the anxiety ..." and a Reuters page's "Both are key
    issues in November congressional elections ..." had been Timeline17 entries."""
    day = dt.date(2010, 6, 18)
    sense = (
        'But you soon sense the anxiety and anger that people are feeling, the "small people", '
        "as the chairman of BP misguidedly called them this week."
    )
    both = (
        "Both are key issues in November congressional elections, in which Democrats face a fight."
    )
    assert _timeline((day, sense)) == []
    assert _timeline((day, both)) == []
    sides = "Both sides agreed on Thursday to resume talks over the compensation fund next month."
    assert len(_timeline((day, sides))) == 1


def test_the_day_a_comparison_starts_from_is_no_entry() -> None:
    """'"Dow goes from 18,589 on November 9, 2016, to 25,075 today ..." Trump tweeted' had been
    a Multi-News entry of 9 November 2016 for a tweet of January 2018; a move that starts on
    its day ("flew from Paris on Monday to London") is one."""
    day = dt.date(2018, 1, 5)
    dow = (
        '"Dow goes from 18,589 on November 9, 2016, to 25,075 today, for a new all-time Record," '
        "Trump tweeted."
    )
    assert _timeline((day, dow)) == []  # "today" in quotes counts from the tweet, not the page
    flew = "The minister flew from Paris on Monday to London for talks with his counterpart."
    assert [e.date for e in _timeline((day, flew))] == [dt.date(2018, 1, 1)]


def test_words_to_the_reader_outside_quotes_are_no_entry() -> None:
    """An April Fools' roundup's "Today, the app will teach you how to speak emoji." and "Today
    is the day you really can't trust ..." had been Multi-News entries; a "you" inside a quote
    is the speaker's, and the sentence still tells who said what."""
    day = dt.date(2016, 4, 1)
    teach = "Today, the app will teach you how to speak emoji with a brand new keyboard."
    trust = "Today is the day you really can't trust anything you read online, as usual."
    assert _timeline((day, teach)) == []
    assert _timeline((day, trust)) == []
    quoted = 'The mayor said on Friday: "You will see the new bridge open by the summer."'
    assert len(_timeline((day, quoted))) == 1


def test_a_date_keeps_an_entry_when_its_best_one_is_told_at_another_date() -> None:
    """A Timeline17 BBC brief lost 4 August: its best entry was a line told at a better date,
    and the date's other entries came only after every date's best."""
    day, later = dt.date(2021, 3, 10), dt.date(2021, 3, 20)
    both = (
        "Rebels took the town of Alpha on March 1 and the army shelled their camp near Beta on "
        "March 2, officials said."
    )
    entries = _timeline(
        (day, both),
        (day, both),
        (day, "On March 1, rebels took the town of Alpha after a day of heavy fighting."),
        (day, "On March 2, the president flew to the capital to meet the foreign envoys."),
        (later, "On March 3, the government declared a curfew in the whole northern region."),
        limit=2,
    )
    assert [e.date for e in entries] == [dt.date(2021, 3, 1), dt.date(2021, 3, 2)]


def test_a_sentence_leaning_back_or_quoting_no_one_gives_its_date_to_another() -> None:
    """Multi-News and Timeline17 briefs showed entries a reader cannot place: a comparison
    whose "That" is the sentence before, a quote of no one, "The same woman said ...". Alone
    they make no entry; another source's sentence of that date shows instead."""
    day = dt.date(2013, 11, 20)
    for dangling in (
        "That's opened up from an even score in July 2012 among likely voters.",
        "“I intend to table my bill when the House of Commons resumes in late January 2016.”",
        "The same woman said she saw rebel fighters near the port on Saturday.",
    ):
        assert _timeline((day, dangling)) == [], dangling
    woman = "The same woman said she saw rebel fighters take the port of Misrata on Saturday."
    rebels = "Rebel fighters took the port of Misrata on Saturday after a week of fighting."
    assert [(e.text[:14], e.sources) for e in _timeline((day, woman), (day, rebels))] == [
        ("Rebel fighters", ["S1", "S2"])
    ]


def test_an_act_the_sentence_before_told_gives_its_date_to_another_source() -> None:
    """The demo's 27 June entry was "The shelling came after the US launched airstrikes the
    previous night ...": which shelling, the sentence before told. A sentence that names its
    act is shown instead; alone, the subject naming nothing makes no entry."""
    day = dt.date(2021, 6, 28)
    shelling = (
        "The shelling came after the US launched airstrikes on Sunday against three targets "
        "used by militias in Syria."
    )
    pentagon = "The Pentagon said the US airstrikes on Sunday hit three targets used by militias."
    entries = _timeline((day, shelling), (day, pentagon))
    assert [(e.text, e.sources) for e in entries] == [(pentagon, ["S1", "S2"])]
    for dangling in (
        shelling,
        "The move comes a day after the ministry announced on Sunday that it would cut jobs.",
        "The statement was in response to a video that the group posted online on Sunday.",
    ):
        assert _timeline((day, dangling)) == [], dangling


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack on the base came after the US launched airstrikes on Sunday in Syria.",
        "The missile came down in the desert on Sunday, injuring no one, the army said.",
        "The route followed by the storm on Sunday took it across three southern states.",
        "The bombing was followed by a second raid on the port on Sunday, officials said.",
    ],
)
def test_a_subject_that_says_which_act_keeps_its_entry(sentence: str) -> None:
    assert len(_timeline((dt.date(2021, 6, 28), sentence))) == 1


def test_a_sentence_dating_a_milestone_in_passing_backs_another_source_s_entry() -> None:
    """A Multi-News brief lost 1980, the year O Canada became the anthem, stated by both
    sources: one source's date sits in an aside, so its sentence cannot be the entry, and the
    other alone fell short of the two sources a year needs."""
    changed = (
        "The last time the English lyrics were changed was in 1980, when O Canada was officially "
        "adopted as the national anthem."
    )
    aside = (
        "The bill's backers, who have fought to change O Canada since it was officially adopted "
        "as the national anthem in 1980, are hopeful."
    )
    entries = _timeline((None, changed), (None, aside))
    assert [(e.date, e.text, e.sources) for e in entries] == [
        (dt.date(1980, 1, 1), changed, ["S1", "S2"])
    ]
    assert _timeline((None, aside)) == []  # an aside is never an entry's face
    other = "The bill's backers, who first sang the anthem in 1980 at a hockey game, are hopeful."
    assert _timeline((None, changed), (None, other)) == []  # one source of 1980's lyrics


def test_a_since_clause_after_a_number_s_comma_is_no_aside() -> None:
    """The comma of "780,000" opens no aside: the posting is what the sentence dates."""
    viewed = (
        "A video of a man jumping from a flaming SUV into a lake has been viewed more than "
        "780,000 times since it was posted on Youtube on Tuesday."
    )
    assert [e.date for e in _timeline((MARCH_5, viewed))] == [dt.date(2024, 3, 5)]

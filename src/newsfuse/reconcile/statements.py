"""Numeric statements: a counted quantity in its sentence, with its role and its time.

A statement belongs to the main event unless its sentence places it elsewhere in time: a
different day ("Three rockets also landed on Monday"), another month or year ("in January
2020"), or a cue that it is a different occurrence ("also", "earlier this week", "another").
A period that holds the event day, or any period when there is no event day ("sickened 87
people between May 2014 and November 2015"), is the event's own span. A count its sentence
dates to the event day itself is the event's (or, told with "also", no one's): never a
sub-event of the event's own day.
A report published days before the event day tells an earlier story: its undated counts are
that story's, on the day its lead names ("At least three people were killed and 150 wounded" in a
report of Tuesday's strike, in a cluster dated Friday), not the event's; but a toll it tells of
the incident behind the story ("caused by an explosion that killed 11 people") is the event's.
A count of what the event is compared with ("could surpass that of the Exxon Valdez -- which
leaked 11 million gallons") is another occurrence's too. Only main-event statements can
conflict with each other; the others become facts of their own sub-event when several sources
agree, and conflicts only within one incident of one day (two different days are two events,
not a disagreement; `reconcile._Incidents`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from newsfuse.extract import Extraction
from newsfuse.extract.attribution import Attribution, attribution_for
from newsfuse.extract.dates import MONTH, DateMention, closes_span, month_number
from newsfuse.extract.quantities import CHANGE_VERB, CHANGED_BY, Quantity
from newsfuse.models import Sentence
from newsfuse.reconcile.event import LEAD_SENTENCES
from newsfuse.reconcile.roles import PEOPLE_ROLES, RISING_ROLES, role_of
from newsfuse.reconcile.title import asks

# Cues that a count is about another occurrence ...
_ANOTHER = re.compile(
    # ("another" after a casualty verb is more of the same event: "wounding another 150")
    r"\b(?:also|(?<!killing )(?<!wounding )(?<!injuring )another|elsewhere)\b",
    re.I,
)
# ... in the count's own clause: "Forty-eight people have died of the virus in Mexico where ...
# and new deaths have also been recorded in Canada" tells the Mexico toll of the event (a
# Timeline17 outbreak brief had lost it); the clauses break at these words.
_CLAUSE_BREAK = re.compile(
    r"[;:]|,?\s+(?:where|while|whereas|but|although|though)\s+|,\s+and\s+", re.I
)
# ... or another time, or an aggregate, not the main event.
_ELSEWHERE = re.compile(
    r"\b(?:earlier this (?:week|month|year)|last (?:week|month|year)|"
    r"the (?:day|night|week) before|since|this year|in total|in all|a total of|"
    r"altogether|(?:year|month|week)s?-long|"
    r"(?:in|over|during) the (?:past|last) (?:\w+ )?(?:hours?|days?|weeks?|months?|years?)|"
    r"(?:a|an|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?|years?) "
    r"(?:ago|earlier|before|after|later)|"
    # a whole war's or uprising's toll ("Death toll estimates from the conflict have reached as
    # high as 2,000", "since the uprising began")
    r"(?:from|in|during|of) the (?:conflict|war|uprising|revolt|rebellion|civil war)|"
    r"since the (?:\w+ )?(?:began|started|erupted|broke out))\b",
    re.I,
)
# ... but an outbreak's count since it began is its running total, no other time's: "The country
# has recorded 40,000,070 cases since the pandemic began".
_SINCE_OUTBREAK = re.compile(
    r"\bsince the (?:(?:start|beginning|onset) of the )?(?:\w+ )?(?:pandemic|outbreak|epidemic)"
    r"(?: (?:began|started|broke out|erupted))?\b",
    re.I,
)
# A running total: another occurrence's aggregate for most counts, but for a count that rises
# (`RISING_ROLES`) the event's own toll or tally ("All deaths so far have been in Mexico, where
# 20 of the 149 reported fatalities have been confirmed", "Mexico has now confirmed 25
# fatalities", "28,774 infections confirmed in 74 countries to date").
_RUNNING_TOTAL = re.compile(r"\b(?:so far|to date|have now|has now)\b", re.I)


@dataclass(frozen=True, eq=False)
class Statement:
    """One count in one sentence: what it counts, its role, and the sub-event day if dated.

    ``when`` is the day the sentence names (day precision) or None; ``main`` is True when the
    statement is about the cluster's main event; ``attribution`` says who states it.
    """

    quantity: Quantity
    sentence: Sentence
    role: str
    when: dt.date | None
    main: bool
    attribution: Attribution | None = None

    @property
    def article_id(self) -> str:
        return self.sentence.article_id

    @property
    def exact(self) -> bool:
        """An exact count ("14 rockets"), neither hedged ("at least 14") nor vague."""
        return self.quantity.low == self.quantity.high


def dates_in(sentence: Sentence, mentions: Sequence[DateMention]) -> list[DateMention]:
    return [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]


# A month named alone ("killed 17 people in January"), which the date stage leaves undated
# (its year is unsure); not "January 7" or "January 2015", which it dates.
_BARE_MONTH = re.compile(rf"\b(?:in|during|by|until|early|late|mid-)\s*({MONTH})(?![\s,]+\d)")
# The day or month a running total counts from: "since February 15", "since mid-February".
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid)-?\s*)?$", re.I)


def places_elsewhere(
    sentence: Sentence,
    dates: Sequence[DateMention],
    event_day: dt.date | None,
    toll: bool = False,
    at: int | None = None,
) -> tuple[dt.date | None, bool]:
    """(the day the sentence names, whether it is about another time than the main event).

    A date a running total counts from ("84 people have been killed since February 15") is not
    the count's time: the total is the main event's. With ``toll`` (the count is one that rises,
    `RISING_ROLES`) a running total ("so far", "has now", "since the pandemic began") is the
    event's toll, not another's. With
    ``at`` (the count's offset in the sentence) another occurrence's cue (`_ANOTHER`) counts
    only in the count's own clause."""
    dates = [m for m in dates if not _SINCE.search(sentence.text, 0, m.start - sentence.start)]
    spanned = _spanning(sentence, dates, event_day)
    dates = [m for m in dates if m not in spanned]
    days = [m.date for m in dates if m.precision == "day"]
    when = days[0] if days else None
    if when is not None and (event_day is None or when != event_day):
        return when, True
    another = _ANOTHER.search(sentence.text if at is None else own_clause(sentence.text, at))
    if when is not None:
        # the event's own day: no time cue places the count elsewhere ("oil has gushed since an
        # April 20 explosion killed 11 workers" had made the spill's toll a sub-event of its own
        # day), and another occurrence's count of the same day is no sub-event either
        return (None, True) if another else (when, False)
    cued = (
        another
        or _ELSEWHERE.search(_SINCE_OUTBREAK.sub("", sentence.text) if toll else sentence.text)
        or (not toll and _RUNNING_TOTAL.search(sentence.text))
    )
    for mention in dates:  # a month or year that does not contain the event day
        if event_day is None:
            return None, True
        if mention.date.year != event_day.year:
            return None, True
        if mention.precision == "month" and mention.date.month != event_day.month:
            return None, True
    for match in _BARE_MONTH.finditer(sentence.text):
        if _SINCE.search(sentence.text, 0, match.start()):
            continue
        if event_day is None or month_number(match[1]) != event_day.month:
            return None, True
    return when, bool(cued)


def own_clause(text: str, at: int) -> str:
    """The clause of ``text`` around offset ``at``, between clause breaks (`_CLAUSE_BREAK`)."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_BREAK.finditer(text, at)), len(text))
    return text[start:end]


def _spanning(
    sentence: Sentence, dates: Sequence[DateMention], event_day: dt.date | None
) -> set[DateMention]:
    """The two ends of a period that holds the event day ("sickened 87 people between May 2014
    and November 2015" of an outbreak dated in 2015), or of any period when the event has no
    day: the event's own span, no other time. (A single month or year still places a count
    elsewhere: "In 2011, he was charged with assault, one causing injury" is an undated
    shooting's background.)"""
    ordered = sorted(dates, key=lambda m: m.start)
    offset = sentence.start
    return {
        end
        for opening, closing in pairwise(ordered)
        if closes_span(
            sentence.text, (opening.start - offset, opening.end - offset), closing.start - offset
        )
        and (event_day is None or opening.date <= event_day <= _last_day(closing))
        for end in (opening, closing)
    }


def _last_day(mention: DateMention) -> dt.date:
    """The last day of the period a date mention names ("October 2015": 31 October 2015)."""
    if mention.precision == "year":
        return dt.date(mention.date.year, 12, 31)
    if mention.precision == "month":
        following = mention.date.replace(day=28) + dt.timedelta(days=4)
        return following - dt.timedelta(days=following.day)
    return mention.date


# The count is one part of a total the sentence never states: "three men and a woman were
# arrested", "15 killed in Idlib, nine in Aleppo".
_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d[\d,]*)"
# (Not when the count has its own verb first: "four were killed and one was injured", "22
# died and 38 were wounded".)
_OWN_VERB = r"\b(?:was|were|are|is|had|have|has|killed|died|dead|injured|wounded|hurt|missing)\b"
_PARTIAL = re.compile(
    rf"^(?:(?!{_OWN_VERB})[^.;:]){{0,40}}?\band {_NUMBER} (?!half\b|deaths?\b|fatalities\b)\w+|"
    rf"^[^.;]{{0,80}}?, {_NUMBER} (?:in|at|from) ",
    re.I,
)
# ... and so is the count right after it: "left 20 first graders and six educators dead" names
# no toll of six. (Only after such a part: "40,000,070 cases and 651,690 deaths" is a toll, and
# the cases before the deaths are no part of them but the outbreak's tally.)
_NEXT_PART = re.compile(r",?\s+and\s+", re.I)


# ... or the others beside someone named ("Ambassador Chris Stevens and three others who were
# killed"): the total is one more than the count.
_NAMED_AND = re.compile(r"[A-Z][\w'’.-]*,?\s+and\s+$")


# A count inside another one ("eight people, including three children, were injured"): the
# subset is no rival total, and with it the sentence is no breakdown either (`_breakdowns`).
# Only inside a count of its own role: "28,774 infections confirmed in 74 countries to date,
# including 144 deaths" is the only death toll of a Timeline17 swine flu report.
_SUBSET = re.compile(
    r"\b(?:including|among them|among whom|of whom|of them)\s+(?:at least\s+|about\s+)?$",
    re.I,
)


# A part of a toll, not a toll: "three of the people killed belonged to the same family" (a
# Timeline17 brief's toll of 3 beside 15 killed), "Among the dead were four children", "the
# victims included two police officers". Not "four of their members were killed": that count
# has the verb to itself.
_TOLL = r"(?:dead|killed|injured|wounded|hurt|who\s+(?:died|were\s+(?:killed|injured|wounded)))"
_OF_THE_TOLL = re.compile(rf"^[^.;,]{{0,20}}?\bof\s+(?:the|those)\s+(?:\w+\s+)?{_TOLL}\b", re.I)
_AMONG_THE_TOLL = re.compile(
    rf"\b(?:among\s+(?:the|those)\s+(?:\w+\s+)?(?:{_TOLL}|victims|casualties)\b[^.;]{{0,40}}?"
    r"\s+(?:were|was|are|is)|\b(?:the|those)\s+(?:dead|victims|casualties)\s+includ(?:ed|es|e))"
    r"\s+(?:at\s+least\s+|about\s+)?$",
    re.I,
)


# A rate, not a count of this event: "Seasonal flu kills about 250,000 to 500,000 people
# annually", "killing 100 people a day", "... people in an average year".
_RATE = re.compile(
    r"^[^.;]{0,50}?\b(?:annually|(?:every|each|an?|per) (?:(?:average|typical|normal) )?"
    r"(?:year|month|week|day))\b",
    re.I,
)
# ... nor is a rate's denominator: "four deaths in every 1,000 people infected".
_DENOMINATOR = re.compile(r"\b(?:(?:in|for|out of) every|per|out of)\s+$", re.I)


# What one witness saw, in the first person: "I saw at least four young men with these kinds of
# injuries, Jon." (a reporter's live account; it became the injury toll "at least 4 people
# injured" beside reports of hundreds in hospital). One pair of eyes sees a part, no toll. An
# official's "we have seen 38 deaths" in the hospitals is a toll, and stays.
_WITNESSED = re.compile(
    r"(?:\bI(?:['’]ve|\s+have|\s+had)?\s+(?:\w+\s+)?(?:saw|see|seen|counted|watched|witnessed|"
    r"noticed|spotted)|\b[Ww]e\s+(?:saw|counted|watched|witnessed|noticed|spotted))\s+$"
)


# A casualty count whose scope the sentence changes ("four killed, including the shooter"):
# sources counting with and without the attacker do not disagree, they count different sets.
_SCOPE = re.compile(
    r"^[^.;]{0,80}?\b(?:including|not including|excluding|besides|plus) (?:the |a |an )?"
    r"(?:shooter|gunman|gunmen|attacker|assailant|bomber|suspect|perpetrator|driver|pilot)s?\b",
    re.I,
)


# "a rampage that killed 50 people": the count describes something the sentence mentions, in
# the writer's own words, even inside someone's statement ("Facebook said it removed videos of
# a rampage that killed 50 people" does not make 50 Facebook's figure).
# The relative pronoun must be followed by its verb ("that killed 50"), or it is the "that" of
# reported speech ("announced that two people were injured"), which keeps the speaker.
_RELATIVE = r"\b(?:that|which)\s+(?:\w+ed|left|hit|struck|took|saw|cost|put)\s+(?:\w+\s+)?$"
_DESCRIBES = re.compile(_RELATIVE, re.I)


# ... and when what it describes is what the event is compared with, the count is that other
# thing's: "the spill could surpass that of the Exxon Valdez supertanker -- which leaked 11
# million gallons", "a pandemic similar to that of 1918-19, which killed at least 50 million
# people" (not "eclipsed by the Gulf gusher that spewed 206 million gallons": the event's).
_COMPARED = re.compile(
    r"(?:\b(?!(?:fewer|other|rather|later|earlier)\b)\w+er\s+than|\bworse\s+than"
    r"|\bmore\s+\w+\s+than|\bsimilar\s+to|\b(?:as|so)\s+(?!well\b)\w+\s+as|\bcompar\w*"
    r"|\b(?:surpass|eclips|exceed|overtak|outstrip|dwarf|rival)\w*(?!\s+by\b)"
    r"|\b(?:worst|deadliest|largest|biggest)\s+since)\b"
    rf"[^.;:!?]{{0,80}}?{_RELATIVE}",
    re.I,
)


def compared_with(head: str) -> bool:
    """Whether the count after ``head`` is that of a thing the event is compared with."""
    return _COMPARED.search(head) is not None


# A count the sentence changes into another: "reduced her sentence from three years in prison
# to one", "cut her three-year sentence to one year", "rose from 20 to 35", or the change itself:
# "the toll rose by 12 to 45". It is the value before or the step, not what the source reports
# now; the count after "to" is.
_CHANGED_FROM = re.compile(
    r"(?:\bfrom(?:\s+(?:the|a|an|her|his|its|their))?"
    rf"|\b{CHANGE_VERB}\s+(?:the|a|an|her|his|its|their)|{CHANGED_BY})\s+$",
    re.I,
)
_CHANGED_TO = re.compile(rf"^[^.;:]{{0,40}}?\bto\s+(?:about\s+|nearly\s+)?{_NUMBER}\b", re.I)


# Parts of a breakdown stand side by side in a list: "15 in Idlib, nine in Aleppo", "left 20
# first graders and six educators dead". Two counts a clause apart count two things: "A lawsuit
# filed by 10 Sandy Hook victims' families claims Adam Lanza would not have been able to kill 26
# people" (both had been dropped as a breakdown).
_LIST_GAP = re.compile(r"[^.:]{0,50}")
_LIST_JOIN = re.compile(r"[,;]|\band\b", re.I)


def _breakdowns(statements: list[Statement]) -> set[Statement]:
    """Statements of one sentence that list several counts for one role ("15 in Idlib, nine in
    Aleppo"): parts of a breakdown, not the event's total."""
    by_question: dict[tuple[Sentence, str, str | None], list[Statement]] = defaultdict(list)
    for st in statements:
        by_question[(st.sentence, st.role, st.quantity.unit)].append(st)
    parts: set[Statement] = set()
    for group in by_question.values():
        ordered = sorted(group, key=lambda st: st.quantity.start)
        for first, then in pairwise(ordered):
            if first.quantity.value != then.quantity.value and _listed(first, then):
                parts.update((first, then))
    return parts


def _listed(first: Statement, then: Statement) -> bool:
    """Whether two counts of a sentence are neighbours in a list (`_LIST_GAP`, `_LIST_JOIN`)."""
    start = first.sentence.start
    gap = first.sentence.text[first.quantity.end - start : then.quantity.start - start]
    return _LIST_GAP.fullmatch(gap) is not None and _LIST_JOIN.search(gap) is not None


def _speaker(frames: Sequence[Attribution], sentence: Sentence) -> Attribution | None:
    """Who states a sentence's counts: a claim, denial or correction frame in it if there is one
    (that is whose number it is: "..., claiming 30 rockets were fired"), else its main frame."""
    inside = [f for f in frames if f.sentence_index == sentence.index]
    marked = [f for f in inside if f.kind in ("claim", "denial", "correction")]
    return marked[0] if marked else attribution_for(inside, sentence.index)


# A report published more than this before the event day cannot count the event's casualties
# (a day's slack for time zones and late-night events).
_EARLIER_REPORT = dt.timedelta(days=1)
# ... except the toll of the incident behind the whole story, which any report repeats in a
# relative clause: "The spill, caused by an explosion that killed 11 people, has devastated
# ..." (a Timeline17 report two days older than the others had lost the oil spill's toll). An
# incident the words mark as another ("a separate blast that killed two workers") stays the
# earlier story's.
_SIDE_INCIDENT = r"(?:second|separate|earlier|previous|similar|other|another|new)\b"
_INCIDENT_NOUN = (
    r"(?:explosion|blast|attack|bombing|crash|earthquake|quake|shooting|storm|hurricane|"
    r"fire|collapse|disaster)s?"
)
_INCIDENT_THAT = re.compile(
    rf"\b(?:the|an?)\s+(?:(?!{_SIDE_INCIDENT})[\w-]+,?\s+){{0,3}}?{_INCIDENT_NOUN},?\s+"
    rf"{_RELATIVE}",
    re.I,
)


def story_day(
    sentences: Sequence[Sentence],
    dates: Sequence[DateMention],
    published: dt.date | None,
    event_day: dt.date | None,
) -> tuple[dt.date | None, bool]:
    """(the day a report's story tells of, whether that story is earlier than the event).

    A report published more than `_EARLIER_REPORT` before the event day tells of another
    occurrence: its story's day is the first day its lead names, up to its own date (a Timeline17
    report of Tuesday's NATO strike on Tripoli, published Tuesday, in a cluster dated Friday).
    Returns (None, False) for a report of the event's own time."""
    if published is None or event_day is None or published >= event_day - _EARLIER_REPORT:
        return None, False
    lead_days = [
        m.date
        for s in sentences[:LEAD_SENTENCES]
        for m in dates_in(s, dates)
        if m.precision == "day" and m.date <= published
    ]
    return (lead_days[0] if lead_days else None), True


def numeric_statements(
    sentences: dict[str, list[Sentence]], extraction: Extraction, event_day: dt.date | None
) -> list[Statement]:
    """Every quantity with a role, in article and text order."""
    out: list[Statement] = []
    for article_id, article_sentences in sentences.items():
        quantities = extraction.quantities.get(article_id, [])
        dates = extraction.dates.get(article_id, [])
        frames = extraction.attributions.get(article_id, [])
        own_day, earlier = story_day(
            article_sentences, dates, extraction.anchors.get(article_id), event_day
        )
        for sentence in article_sentences:
            inside = [q for q in quantities if sentence.start <= q.start < sentence.end]
            if not inside or asks(sentence.text):
                continue
            named = dates_in(sentence, dates)
            said = _speaker(frames, sentence)
            found = []
            part_end = None  # where the last count that is a part of a list ends
            last_role = None  # the role of the sentence's last count that has one
            for quantity in inside:
                role = role_of(quantity, sentence)
                if role is None:
                    continue
                within, last_role = last_role in (None, role), role
                at = quantity.start - sentence.start
                when, elsewhere = places_elsewhere(sentence, named, event_day, at=at)
                toll_elsewhere = places_elsewhere(sentence, named, event_day, True, at)[1]
                head = sentence.text[: quantity.start - sentence.start]
                if (
                    earlier
                    and when is None
                    and not _RUNNING_TOTAL.search(sentence.text)
                    and not _INCIDENT_THAT.search(head)
                ):
                    # an earlier report's undated count is its story's (a running total, "to
                    # date", is still the event's, which a newer one supersedes)
                    when, elsewhere, toll_elsewhere = own_day, True, True
                tail = sentence.text[quantity.end - sentence.start :]
                if _CHANGED_FROM.search(head[-40:]) and _CHANGED_TO.match(tail):
                    continue
                if role in PEOPLE_ROLES:  # one question per role, whoever is counted
                    if _PARTIAL.match(tail):
                        part_end = quantity.end
                        continue
                    if part_end is not None and _NEXT_PART.fullmatch(
                        sentence.text, part_end - sentence.start, quantity.start - sentence.start
                    ):
                        continue
                    if _SCOPE.match(tail) or (within and _SUBSET.search(head)):
                        continue
                    told = sentence.text[quantity.start - sentence.start :]
                    if _OF_THE_TOLL.match(told) or _AMONG_THE_TOLL.search(head):
                        continue  # "three of the people killed", "among the dead were four"
                    if _RATE.match(tail) or _DENOMINATOR.search(head[-20:]):
                        continue  # "kills 250,000 people annually", "in every 1,000 people"
                    if _WITNESSED.search(head):
                        continue  # "I saw at least four young men with these kinds of injuries"
                    if quantity.unit_text == "others" and _NAMED_AND.search(head):
                        continue  # "Ambassador Chris Stevens and three others": four in all
                    quantity = replace(quantity, unit="person")
                who = None if _DESCRIBES.search(head) else said
                placed = toll_elsewhere if role in RISING_ROLES else elsewhere
                main = not (placed or compared_with(head))
                found.append(Statement(quantity, sentence, role, when, main, who))
            breakdown = _breakdowns(found)
            out.extend(st for st in found if st not in breakdown)
    return out


AGE_ROLE = "age"


def age_statements(
    sentences: dict[str, list[Sentence]], extraction: Extraction
) -> dict[str, list[Statement]]:
    """Ages stated for the cluster's people, by canonical name ("Wayne Marotto": [45, 46]).

    Only people the canonical entities call PERSON: an age next to a mislabelled place or
    organisation is dropped rather than guessed at. Ages are never dated sub-events: a person's
    age is one question per cluster.
    """
    person_of = {
        (m.article_id, m.start): entity.name
        for entity in extraction.canonical
        if entity.label == "PERSON"
        for m in entity.mentions
    }
    found: dict[str, list[Statement]] = {}
    for article_id, ages in extraction.ages.items():
        for age in ages:
            name = person_of.get((article_id, age.person.start))
            sentence = next(
                (s for s in sentences[article_id] if s.start <= age.start < s.end), None
            )
            if name is None or sentence is None:
                continue
            text = sentence.text[age.start - sentence.start : age.end - sentence.start]
            quantity = Quantity(
                article_id, age.start, age.end, text, age.age, age.age, age.age, None, "year", None
            )
            found.setdefault(name, []).append(
                Statement(quantity, sentence, AGE_ROLE, None, True, None)
            )
    return found


def dated_by_sub_events(
    statements: list[Statement], report_of: dict[str, str], event_day: dt.date | None
) -> list[Statement]:
    """An undated count that the reports date to one earlier occurrence, in the same amount,
    is that occurrence's: beside "On 20 April, when the rig exploded killing 11 people" in two
    reports, a third's "the rig, which exploded killing 11 workers" is no death toll of a
    later day's story. The occurrence is the day most reports give the count (one report's
    "the 11 workers who died" beside a hearing "on Thursday" is no rival); the undated count
    joins it when more reports date it than leave it undated, or when two or more date it
    a week or more before the event's day: a toll months old is no toll of today's hearing
    however many reports repeat it undated."""

    def count(st: Statement) -> tuple[str, str | None, float]:
        return st.role, st.quantity.unit, st.quantity.value

    undated: dict[tuple[str, str | None, float], set[str]] = defaultdict(set)
    by_day: dict[tuple[str, str | None, float], dict[dt.date, set[str]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for st in statements:
        if not st.exact:
            continue
        if st.main:
            undated[count(st)].add(report_of[st.article_id])
        elif st.when is not None:
            by_day[count(st)][st.when].add(report_of[st.article_id])
    occurrence: dict[tuple[str, str | None, float], dt.date] = {}
    for key, days in by_day.items():
        ranked = sorted(days.items(), key=lambda item: -len(item[1]))
        (day, reports), runner_up = ranked[0], ranked[1:2]
        if runner_up and len(runner_up[0][1]) == len(reports):
            continue  # two days as often: which one is unknown
        old = event_day is not None and day <= event_day - _OLD_OCCURRENCE and len(reports) >= 2
        if old or len(reports) > len(undated[key]):
            occurrence[key] = day
    return [
        replace(st, when=occurrence[count(st)], main=False)
        if st.main and st.exact and count(st) in occurrence
        else st
        for st in statements
    ]


_OLD_OCCURRENCE = dt.timedelta(days=7)


# The missing a report counts as dead: "leaving 11 workers missing and presumed dead".
_PRESUMED_DEAD = re.compile(
    r"\b(?:presumed|feared|believed)\s+(?:to\s+be\s+)?(?:dead|killed)\b", re.I
)


def missing_as_dead(statements: list[Statement]) -> list[Statement]:
    """A count of the missing is a death toll when its sentence presumes them dead, or when
    the cluster states the same number killed at least as often: "11 workers missing, presumed
    dead" beside "the blast killed 11 workers" is one toll, not two facts. One stray "dead"
    beside several reports of the missing makes no toll of them (a Multi-News brief of the
    missing MH370 read "239 killed" from one photo caption)."""
    presumed = [
        replace(st, role="killed")
        if st.role == "missing" and st.exact and _PRESUMED_DEAD.search(st.sentence.text)
        else st
        for st in statements
    ]
    killed = _articles_stating(presumed, "killed")
    missing = _articles_stating(presumed, "missing")
    return [
        replace(st, role="killed")
        if st.role == "missing"
        and st.exact
        and len(killed.get(st.quantity.value, ())) >= len(missing[st.quantity.value])
        else st
        for st in presumed
    ]


def _articles_stating(statements: list[Statement], role: str) -> dict[float, set[str]]:
    """The articles that give each exact count of ``role``."""
    found: dict[float, set[str]] = defaultdict(set)
    for st in statements:
        if st.role == role and st.exact:
            found[st.quantity.value].add(st.article_id)
    return found

"""The event record: when the main event happened, where, who, and what kind of event.

When: the day most sources' opening sentences point to.

Reports lead with the event ("Iran-backed militias launched rockets on Wednesday"), so the day
named in the first `LEAD_SENTENCES` sentences by the most distinct articles is the event day.
Background dates sit lower in the text and rarely win. With no day named in any lead, the day
stays unknown (None): never a guess from publication dates.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsfuse.embed.terms import terms
from newsfuse.extract import Extraction
from newsfuse.extract.countries import COUNTRIES, WORLD_REGIONS
from newsfuse.extract.dates import MONTH, WEEKDAYS, DateMention
from newsfuse.extract.entities import ADJECTIVE, CanonicalEntity
from newsfuse.extract.ner import ORG_HEADS, TITLES, EntityMention, title_case
from newsfuse.extract.quantities import PERSON_KINDS, STREET_TYPES
from newsfuse.extract.us_states import US_STATES, abbreviated_state
from newsfuse.models import Article, Casualty, EventRecord, Location, Sentence
from newsfuse.reconcile.regions import UNITED_STATES, admin_region
from newsfuse.reconcile.title import brief_title
from newsfuse.summarize.quality import problems
from newsfuse.words import (
    AUXILIARY_OR_PAST,
    SUBORDINATE_CLAUSE,
    alternation,
    word_set,
)

LEAD_SENTENCES = 5


# News is recent: a day more than two years before the latest date the reports were published
# on or mention (a year counts from its first day) is background ("fired at Kennedy on Nov.
# 22, 1963" in a 2016 obituary).
BACKGROUND_DAYS = 730
# An archive photo's caption dates the photo: agencies write "In this March 24, 2015, file
# photo" or "In this photo taken ..." for pictures older than the story, and the story's own
# pictures as "..., Tuesday, April 11, 2017." Not always: a paper's own older picture may be
# captioned so too ("... speaks with the editorial board in Phoenix on Wednesday, October 17,
# 2018. (Photo: ...)" above a story of "Thursday evening" three weeks later).
_ARCHIVE_PHOTO = re.compile(r"\b[Ff]ile (?:photo|image)\b|\bFILE\b|\bIn this\b.{0,60}\bphoto\b")
# A birth date written with its year is someone's background, not the day of the news: "Each
# was born on April 28, 1990, at the same hospital" in a story of their wedding. (A birth in
# the news is "born on Monday": news style gives the year only to dates of other years.)
_BORN = re.compile(r"\bborn\b[^.;]{0,25}$", re.I)
# a weekday told without its date ("on Thursday evening"; not "Saturday, Jan. 18", which is
# a date of its own)
_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b(?!,?\s+{MONTH}\s+\d)", re.I)


def event_day(
    articles: Sequence[Article], sentences: dict[str, list[Sentence]], extraction: Extraction
) -> dt.date | None:
    """The day most articles' leads name, or None when no lead names a recent one.

    A photo caption's day counts only when the leads' prose names no weekday without its date,
    or names the caption's most often: a story's own picture was taken the day its prose tells
    of ("the deal was sealed Wednesday", not "the bill passed the House on Tuesday"). Any
    other day counts only when the prose names its weekday, if it names any: a date on another
    weekday is a reference point ("the gains made since Trump was inaugurated on Jan. 20,
    2017" in stories of a Wednesday's selloff), unless most of the reports' leads name it
    (`_named_by_most`). A day after its report's own date is what the report says will come
    ("liberation would be announced on Saturday", "the 4 June elections"): it dates the event
    only when no report names a day it has seen.
    """
    # the newest day the reports have seen: no plan's ("by the end of 2014" in a roundup dated
    # 2011 had put every lead's day of 2011 in the background)
    mentioned = [
        m.date
        for article_id, ms in extraction.dates.items()
        for m in ms
        if (anchor := extraction.anchors.get(article_id)) is None or m.date <= anchor
    ]
    latest = max(mentioned + [d for d in extraction.anchors.values() if d], default=dt.date.min)
    leads = {a.id: sentences[a.id][:LEAD_SENTENCES] for a in articles}
    captions = {s for lead in leads.values() for s in lead if "caption" in problems(s.text)}
    named = Counter(
        WEEKDAYS.index(day.lower())
        for lead in leads.values()
        for s in lead
        if s not in captions
        for day in _WEEKDAY.findall(s.text)
    )
    told = {day for day, n in named.items() if n == max(named.values())}
    lead_days = {
        article.id: {
            m.date
            for m in extraction.dates.get(article.id, [])
            for s in leads[article.id]
            if m.precision == "day"
            and s.start <= m.start < s.end
            and (latest - m.date).days <= BACKGROUND_DAYS
            and not _ARCHIVE_PHOTO.search(s.text)
            and not _birth_date(m, s)
            and (s not in captions or not told or m.date.weekday() in told)
            and (m.relative or not _in_subordinate_clause(m, s))
        }
        for article in articles
    }
    most_named = _named_by_most(lead_days)
    votes: Counter[dt.date] = Counter()
    ahead: Counter[dt.date] = Counter()  # days after the report's own: what it says will come
    for article in articles:
        days = {
            day
            for day in lead_days[article.id]
            if not named or day.weekday() in named or day in most_named
        }
        anchor = extraction.anchors.get(article.id)
        past = {day for day in days if anchor is None or day <= anchor}
        votes.update(past)
        ahead.update(days - past)
    votes = votes or ahead  # only a story of what is still to come dates it ahead
    if not votes:
        return None
    best = max(votes.values())
    return max(day for day, n in votes.items() if n == best)  # ties: the latest (newest news)


def _named_by_most(lead_days: dict[str, set[dt.date]]) -> set[dt.date]:
    """The days the leads of more than half of several reports name: the story's own, whatever
    weekdays the leads tell. Updates on a running story each tell their own weekday, and the
    day it began is what they all come back to: four of five Reuters reports on the BP spill
    lead with "since an April 20 explosion", a Tuesday none of them names."""
    naming = Counter(day for days in lead_days.values() for day in days)
    return {day for day, n in naming.items() if n >= 2 and 2 * n > len(lead_days)}


def _in_subordinate_clause(mention: DateMention, sentence: Sentence) -> bool:
    """Whether a date written with its year sits in a relative or "when" clause: the date of
    some background the clause tells, not of the news."""
    return bool(SUBORDINATE_CLAUSE.search(sentence.text, 0, mention.start - sentence.start))


def _birth_date(mention: DateMention, sentence: Sentence) -> bool:
    """A birth date written with its year (`_BORN`), in ``sentence``."""
    end = mention.start - sentence.start
    return not mention.relative and bool(_BORN.search(sentence.text, max(0, end - 40), end))


# A disaster noun as a quantity's figure of speech: "a storm of protests", "a flood of lawsuits".
_NOT_A_FIGURE = r"(?!\s+of\s+[a-z]+s\b)"
# Who fights a war, and what fighters do: the words that make "fought" or "seized" armed
# ("anti-Gadhafi forces have made \"significant advances\"", "faced stiff resistance from
# Moammar Gadhafi's forces", "The fighters hope to seize Zawiya": CNN on a rebel offensive).
_FIGHTERS = (
    r"rebels?|insurgents?|militants?|militias?|militiamen|guerrillas?|fighters|troops|"
    r"soldiers|(?:government|armed|security|opposition|rebel|loyalist|(?:pro|anti)-\w+) forces|"
    r"forces loyal|(?-i:[A-Z])\w+['’]s forces"
)
_FIGHT = (
    r"fought|fighting|fight|clash(?:ed|es)|battl(?:ed|ing|es?)|seiz(?:e|ed|ing)|captured|"
    r"overran|advanc(?:ed|es|ing)|offensives?|resistance"
)
# A shooting told in the active voice: "an officer shot a man at the UC Berkeley Haas School",
# "A UC Berkeley police officer shot and wounded a man" (Multi-News); someone shot, not a round
# of golf ("shot a 68"), a film or a ball.
_SHOT_SOMEONE = (
    r"shot\s+(?:and\s+(?:killed|wounded|injured)\b|"
    r"(?:an?|the|one|two|three|four|five|six|\d+)\s+(?:(?!of\b)[\w-]+\s+){0,2}?"
    rf"(?:{alternation(PERSON_KINDS)}|men|women|people|children|boys?|girls?|teen\w*|suspects?)"
    r"s?\b)"
)
# What kind of event the leads describe: cue words per type, checked in this order so the
# most specific wins ties ("rocket attack" before "attack"). Generic news vocabulary only.
EVENT_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"\b(?:{cues})", re.I))
    for name, cues in (
        # not a weapon's test or programme ("a missile test", "the Guam missile plan")
        (
            "rocket attack",
            r"(?:rockets?|missiles?|mortars?)\b(?!\s+(?:tests?|launch\w*|programs?|programmes?|"
            r"plans?|defen[cs]e|systems?|shield|destroyers?))",
        ),
        ("drone attack", r"drones?\b"),
        ("airstrike", r"air ?strikes?\b|bombing raids?\b"),
        # not a weapon's test or a threat ("hydrogen bomb test", "a hoax bomb threat")
        (
            "bombing",
            r"(?<!hydrogen )(?<!nuclear )(?<!atomic )(?<!hoax )"
            r"bomb(?:s|ing|ed|er|ers)?\b(?!\s+(?:threats?|scares?|tests?|hoax))|"
            r"suicide attack|explosive device",
        ),
        # oil or chemicals let out ("Much of the oil gushing from the Deepwater Horizon", and
        # the tar balls it washes ashore: "the presence of tar balls and oil sheen so close to
        # the Big Easy"), not what "spills over into" politics nor an oil slick
        # searchers spot where a jet went down, but one a firm is blamed for ("is still
        # untouched by the BP oil slick"); ahead of the blast that may have caused it ("the oil
        # spill ... since April's explosion on the rig")
        (
            "spill",
            r"(?:oil|fuel|diesel|crude|chemical|toxic)\s+(?:spills?|leaks?)\b|oil disasters?\b|"
            r"(?-i:(?!(?:A|An|The|This|That|Its|Their)\b)[A-Z][\w&.-]*)\s+oil\s+slicks?\b|"
            r"(?:spill(?:ed|ing|s)?|leak(?:ed|ing|s)?|spew(?:ed|ing|s)?|gush(?:ed|ing|es)?)\s+"
            r"(?:\w+\s+){0,3}?(?:oil|crude|fuel|chemicals)\b|"
            r"oil\s+(?:spill|leak|spew|gush)(?:ed|ing)\b|tar ?balls?\b",
        ),
        ("explosion", r"explo(?:sions?|ded?)\b|blasts?\b"),  # gas, factory: no bomb named
        (
            "shooting",
            r"shooting\b|gunm[ae]n\b|shot dead\b|opened fire\b|"
            rf"(?:was|were|been|being) shot\b(?!\s+down)|{_SHOT_SOMEONE}",
        ),
        # armed forces fighting each other ("Rebels ... fought forces loyal to Muammar Gaddafi",
        # "Libyan rebels seized an oil refinery"), not a fight in court or for a cause
        (
            "fighting",
            rf"(?:{_FIGHTERS})\b[^.;]{{0,40}}?\b(?:{_FIGHT})\b|(?:{_FIGHT})\s+(?:\w+\s+){{0,3}}?"
            rf"(?:{_FIGHTERS})\b|(?:heavy|fierce|intense|street|armed)\s+(?:fighting|clashes)\b",
        ),
        ("earthquake", r"earthquakes?\b|quakes?\b|tremors?\b"),
        (
            "storm",
            r"hurricanes?\b|typhoons?\b|cyclones?\b|tornado(?:es)?\b|storms?\b"
            rf"{_NOT_A_FIGURE}",
        ),
        ("flood", rf"flooding\b|floods?\b{_NOT_A_FIGURE}"),
        ("wildfire", r"wildfires?\b|bushfires?\b|forest fires?\b"),
        # a train derails; a probe or talks only figuratively ("attempted to derail the
        # Russia probe", "the scandal derailed his campaign")
        (
            "crash",
            r"crash(?:es|ed)?\b|collisions?\b|derailments?\b|"
            r"derailed\b(?!\s+(?:the|a|an|his|her|their|its|our|any)\b)",
        ),
        ("protest", r"protest\w*|demonstrat\w*|rall(?:y|ies)\b"),
        # a court or judge that decides something in the sentence ("a federal appeals court
        # Friday allowed ...", "the judge ruled"), not one merely named: a court's seat or
        # nominee, a judge's title, "fighting in court", "a court-imposed deadline"; nor a
        # ruling party
        (
            "court ruling",
            r"(?:court|judge|justices|jury|panel)\b[^.;]{0,60}?\b(?:rul(?:ed|es)|upheld|"
            r"uph(?:o|e)lds?|struck|strikes|overturn\w*|reverse[sd]|block(?:ed|s|ing)|dismiss(?:ed|es)|"
            r"reject(?:ed|s)|order(?:ed|s)|halt(?:ed|s)|allow(?:ed|s)|acquitt?\w*|convict(?:ed|s)|"
            r"sentenc(?:ed|es)|decid(?:ed|es)|found|finds|declined|refused|sided|granted|"
            r"denied|cleared|freed|tossed|thr(?:ew|own) out|handed down|issu(?:ed|es))\b|"
            r"verdict\b|sentenced\b|"
            r"ruling\b(?!\s+(?:part|all|coalition|class|junta|famil|elite|government|general))",
        ),
        # a suit brought, after a ruling on one ("a judge dismissed the lawsuit"): "A lawsuit
        # filed Monday by 10 Sandy Hook victims' families claims ..." (Multi-News)
        ("lawsuit", r"lawsuits?\b|su(?:ed|es|ing)\b|filed (?:a )?suit\b"),
        # an opinion poll is no election, whatever race it asks about ("Romney would hold a
        # slight lead on President Obama if the 2012 election were replayed today, according to
        # a new Washington Post-ABC News poll"); not an exit poll, which is election day's
        (
            "poll",
            r"(?:new|latest|recent|opinion|national)\s+(?:[\w.'’/-]+\s+){0,4}?(?:polls?|surveys?)\b|"
            r"(?<!exit )(?:polls?|surveys?)\s+(?:of|by|shows?|showed|finds?|found|released|"
            r"conducted|suggests?|suggested)\b",
        ),
        # after a ruling: a court deciding an election's case is the news, not the election
        ("election", r"elections?\b|voters?\b|ballots?\b|primar(?:y|ies)\b"),
        # a notable person's death, as obituaries word it ("dies at 68", "died Tuesday at the
        # age of 42", "has died"; not a time, "died at 4 p.m."); ahead of an inquiry's cues,
        # which an obituary's career story uses
        (
            "death",
            r"(?:dies|died|dead)\b[^.;]{0,30}?\bat (?:(?:the )?age (?:of )?)?\d{1,3}\b"
            r"(?![:.]\d|\s*(?:[ap]\.?m\b|o'clock|%|percent))|passed away\b|has died\b|obituar|"
            r"died (?:of|from|after) (?:an? )?(?:heart attack|stroke|cancer|complications|"
            r"natural causes|pneumonia|(?:\w+ )?(?:disease|failure|illness))",
        ),
        ("investigation", r"investigat\w*|probes?\b|inquiry\b|subpoena\w*"),
        ("outbreak", r"outbreaks?\b|epidemic\b|pandemic\b|virus\b"),
        # computers broken into, not a "political hack" nor a victim "hacked to death"
        (
            "cyberattack",
            r"cyber[ -]?attack\w*|hackers?\b|hacked\b(?!\s+(?:\w+\s+)?to\s+death)|hacking\b|"
            r"(?:data|security)\s+breach(?:es)?\b",
        ),
        # not an illness ("died of a heart attack", "a panic attack")
        ("attack", r"(?<!heart )(?<!panic )(?<!asthma )(?<!anxiety )attack\w*"),
    )
)
# The types whose events themselves kill or injure people: an election, a ruling, an inquiry,
# a notable person's death or a cyberattack tells a toll only as background ("the pandemic
# that has killed more than 50,000 Americans" in a story of an aid bill being signed).
HARMFUL_TYPES = frozenset(name for name, _ in EVENT_TYPES) - {
    "poll",
    "election",
    "court ruling",
    "lawsuit",
    "death",
    "investigation",
    "cyberattack",
}
# The weapons whose blasts are their own events: a lead that names one tells of what it did
# with "explosions" ("Explosions erupted in Tripoli ... as NATO jets struck", "no letup in
# NATO airstrikes"; "the explosions were from Grad rockets"), not of a gas or factory blast.
_WEAPON_TYPES = frozenset({"rocket attack", "drone attack", "airstrike", "bombing"})
PLACE_LABELS = ("FAC", "GPE", "LOC")
ACTOR_LABELS = ("PERSON", "ORG")  # NORP ("Iraqi", "Kurdish") describes, it does not act
MAX_ACTORS = 6


# A state whose name is as often its namesake city: "the Capitol in Washington" is no region.
_CITY_NAMED_STATES = frozenset({"Washington"})


@dataclass(frozen=True)
class Whereabouts:
    """Where the event happened: its place, the place the articles say contains it
    (``within``), the region (``admin1``) and the country the region implies."""

    place: CanonicalEntity | None = None
    within: CanonicalEntity | None = None
    admin1: str | None = None
    implied_country: str | None = None

    @property
    def location(self) -> Location | None:
        """The record's location. What contains the place fills the field it is: a country
        ("Iraq"), a US state (admin1, and the country), or else a city, which joins the
        place's name as news writes it ("Soldier Field, Chicago"), never the country."""
        if self.place is None:
            return None
        name, admin1, country = self.place.name, self.admin1, self.implied_country
        within = self.within.name if self.within else ""
        if within in COUNTRIES:
            country = within
        elif within in US_STATES and within not in _CITY_NAMED_STATES:
            admin1, country = admin1 or within, UNITED_STATES
        elif within and not (admin1 or "").startswith(within):  # not "Ramadi in Anbar province"
            name = f"{name}, {within}"
        return Location(name=name, admin1=admin1, country=country)


def event_record(
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    extraction: Extraction,
    day: dt.date | None,
    kind: str | None,
    where: Whereabouts,
    casualties: list[Casualty],
    claimed_by: Sequence[str] = (),
) -> EventRecord:
    """The event record: type (``kind``, from `event_type`), date, place (``where``, from
    `event_place`) and actors, from what the articles' leads say.

    Actors are the people and organisations most articles name (at least two, unless there is
    only one article) and some lead names as more than a noun's modifier or an item of a long
    enumeration (`_acts_in_a_lead`),
    after the claimants (``claimed_by``), who are actors whatever their support; an
    organisation named only as where the news came from (`_only_a_source`), an occasion
    (`_an_occasion`: a festival), or a report's own outlet or wire ("CNN" in CNN's reports) or
    any news outlet (`_NEWS_OUTLET`) no report's first sentence names, is none.
    """
    leads = {a.id: sentences[a.id][:LEAD_SENTENCES] for a in articles}
    min_support = 1 if len(articles) == 1 else 2
    texts = {a.id: a.text for a in articles}
    outlets = _outlets(articles)
    enumerations = _enumerations(leads)
    named = [
        e.name
        for e in extraction.canonical
        if e.label in ACTOR_LABELS
        and len(e.article_ids) >= min_support
        and _acts_in_a_lead(e, leads, texts, enumerations)
        and not _only_a_source(e, texts)
        and not _an_occasion(e)
        and not {n.casefold() for n in (e.name, *e.aliases)} & outlets
        and not (_NEWS_OUTLET.search(e.name) and not _opens_a_report(e, leads))
    ]
    actors = list(dict.fromkeys([*claimed_by, *named]))[: max(MAX_ACTORS, len(claimed_by))]
    return EventRecord(
        title=brief_title(articles, leads, _name_terms(extraction)),
        type=kind,
        date=day,
        date_precision="day" if day else None,
        location=where.location,
        actors=actors,
        claimed_by=list(claimed_by),
        casualties=casualties,
    )


def _name_terms(extraction: Extraction) -> list[set[str]]:
    """The content terms of each person, body or place the reports name, its aliases'
    included."""
    return [
        {term for name in (e.name, *e.aliases) for term in terms(name)}
        for e in extraction.canonical
        if e.label in (*ACTOR_LABELS, *PLACE_LABELS, "NORP")
    ]


def _acts_in_a_lead(
    entity: CanonicalEntity,
    leads: dict[str, list[Sentence]],
    texts: dict[str, str],
    enumerations: set[tuple[str, int, int]],
) -> bool:
    """Whether some lead names the entity other than as what describes a noun ("Serennah, 23,
    a U.S. Navy doctor") or an item of a long enumeration (`_enumerations`: "a bogus trial of
    Suu Kyi in Myanmar" among an essayist's worries) or a court a case may go to
    (`_where_a_case_may_go`). Names first met lower down are the
    story's background: a single report's closing lines of the victim's career ("the torture
    chambers of Idi Amin's Uganda", "a graduate of the Columbia School of Journalism") made
    both actors."""
    return any(
        (lead := leads.get(m.article_id))
        and lead[0].start <= m.start
        and m.end <= lead[-1].end
        and not _modifies_a_noun(m, texts[m.article_id])
        and not _in_an_enumeration(m, enumerations)
        and not _where_a_case_may_go(m, texts[m.article_id])
        for m in entity.mentions
    )


# A court a case is appealed or heads to has not acted in it: "so the president can appeal its
# decision to the Supreme Court", "the case is likely to head to the Supreme Court" (the 2nd
# Circuit ruled).
_CASE_GOES_TO = re.compile(
    r"\b(?:appeal\w*|head(?:s|ed|ing)?|go(?:es|ing)?)\b[^.;]{0,30}?\bto\s+(?:the\s+)?\Z", re.I
)


def _where_a_case_may_go(mention: EntityMention, text: str) -> bool:
    """Whether a court is named as where a case is appealed or heads (`_CASE_GOES_TO`)."""
    return "Court" in mention.text and bool(
        _CASE_GOES_TO.search(text, max(0, mention.start - 60), mention.start)
    )


def _modifies_a_noun(mention: EntityMention, text: str) -> bool:
    """ "a <name> <noun>" (`_ARTICLE`, `_ATTRIBUTIVE`): the name says what kind of thing; or
    a body's name before a contest for its seats (`_AT_STAKE`)."""
    return bool(
        _ARTICLE.search(text, max(0, mention.start - 16), mention.start)
        and _ATTRIBUTIVE.match(text, mention.end)
    ) or (mention.label == "ORG" and bool(_AT_STAKE.match(text, mention.end)))


# A body whose seat a contest is for is what is at stake, not who acts: "Alabama's special
# Senate election Tuesday" made the Senate an actor of the race.
_AT_STAKE = re.compile(
    r"\s+(?:elections?|races?|seats?|primar(?:y|ies)|runoffs?|candidates?|hopefuls?|nominees?)\b"
)
# An occasion the model reads as an organisation is what happens, not who acts: "the
# Louisiana Shrimp and Petroleum Festival is still going ahead" (a Guardian column on the BP
# spill), "the Golden Globe Awards".
_OCCASIONS = word_set(
    """festival fest fair carnival parade awards election elections race marathon olympics
    championships tournament"""
)


def _an_occasion(entity: CanonicalEntity) -> bool:
    """Whether an organisation's name ends in an occasion's word (`_OCCASIONS`)."""
    return entity.label == "ORG" and entity.name.split()[-1].lower() in _OCCASIONS


# Where the news names an outlet or a data source as where it came from, not as one who
# acts: "told ABC News", "according to a tally from Johns Hopkins University", "per Johns
# Hopkins", "ABC News reported", "in an interview with CNN".
_SOURCE_BEFORE = re.compile(
    r"\b(?:(?:told|according to|reported by|interview with|tally (?:from|by)|data from|"
    r"analysis (?:from|by)|(?:a|the) report (?:from|by)|(?:said|told|wrote) (?:in )?(?:a "
    r"statement to|an interview with)|"
    # "racist comments he made earlier to the New York Times"
    r"(?:comments|remarks|statements?|interviews?) (?:\w+\s+){0,3}(?:to|with))"
    r"\s+(?:(?:a|an|the)\s+)?(?:[\w.'’-]+\s+){0,3}"
    r"|per\s+(?:the\s+)?)$",
    re.I,
)
_SOURCE_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:\w+\s+){0,2}(?:reported|reports|first reported|was first to report)\b"
    # its people and its own checks: "CNN's Ben Wedeman reported", "a CNN crew", "CNN could
    # not independently confirm"
    r"|(?:['’]s)?(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:correspondent|reporter|crew|producer|"
    r"anchor|journalist|could not|cannot|can not|has not been able|is not naming)\b"
)


# A news outlet reports the story; another outlet's report ("Hayward told the BBC", "a
# Wall Street Journal/NBC News poll") is no act in it either.
_NEWS_OUTLET = re.compile(
    r"^(?:The )?(?:BBC|CNN|Reuters|AP|Associated Press|AFP|Agence France-Presse|NPR|Fox News"
    r"|NBC|CBS|ABC|MSNBC|Al Jazeera|Sky News|Bloomberg|Politico|Axios|Xinhua|ITV|PBS)"
    r"(?: News)?$|\b(?:News|Times|Post|Journal|Guardian|Telegraph|Tribune|Herald|Gazette)$"
)


def _opens_a_report(entity: CanonicalEntity, leads: dict[str, list[Sentence]]) -> bool:
    """Whether a report names ``entity`` in its first sentence (an outlet that is the news:
    "CNN is being sued by two EMTs", "Dominion Voting Files $1.6B Lawsuit against Fox News"),
    other than as where the news came from (`_as_a_source`)."""
    return any(
        leads.get(m.article_id)
        and m.start < leads[m.article_id][0].end
        and not _as_a_source(m, leads[m.article_id][0].text, leads[m.article_id][0].start)
        for m in entity.mentions
    )


def _outlets(articles: Sequence[Article]) -> set[str]:
    """The reports' own outlets and wires (casefolded): an article's outlet, and the agency its
    dateline or credit names ("(CNN) --", "(Reuters) -")."""
    names = {a.outlet for a in articles} | {a.metadata.get("agency") for a in articles}
    return {n.casefold() for n in names if n}


def _only_a_source(entity: CanonicalEntity, texts: dict[str, str]) -> bool:
    """Whether every mention of an organisation names it as a source of the news, not an actor
    in it ("told the AP", "ABC News reported"): a news agency quoted in every report would
    otherwise head the actors."""
    return entity.label == "ORG" and all(
        _as_a_source(m, texts[m.article_id]) for m in entity.mentions
    )


def _as_a_source(mention: EntityMention, text: str, offset: int = 0) -> bool:
    """Whether ``text`` (starting at ``offset`` in the article) names the mention as where the
    news came from (`_SOURCE_BEFORE`, `_SOURCE_AFTER`)."""
    start, end = mention.start - offset, mention.end - offset
    return bool(
        _SOURCE_BEFORE.search(text, max(0, start - 60), start) or _SOURCE_AFTER.match(text, end)
    )


def event_place(
    articles: Sequence[Article], sentences: dict[str, list[Sentence]], extraction: Extraction
) -> Whereabouts:
    """Where the event happened, from the articles' leads.

    The place is the facility or place most articles name in their leads (a base, a city); a
    place written with its region ("Newtown, Connecticut") beats the region itself, and a
    report's dateline breaks a tie and is the place of last resort. A city most reports are
    datelined in beats the country it is in ("WASHINGTON" over "U.S. lawmakers"), and that
    country, as the datelines write it ("ZAWIYAH, Libya"), is the place's when nothing else
    says. Of three or more reports, no place stands that the leads of no more than a fair share
    of them name (`_FAIR_SHARE`: a roundup of stories has no one place). A place named as a
    landmark ("40 miles south of Boston"), a hospital someone was treated at ("underwent
    surgery at Huntsville Hospital"), a home ("based in San Francisco"), a past office ("the
    former Massachusetts governor"), a country's people, leader or history ("US President
    Barack Obama", "the worst in US history") or one item of a list of names or of a long
    enumeration of phrases (`_enumerations`) is none.
    ``within`` is the place most articles say contains it ("Ain al-Asad air base in western
    Iraq", "Iraq's Ain al-Asad Air Base"), which `Whereabouts.location` files as what it is.
    ``admin1`` is the region the leads write right after the place (`regions.admin_region`:
    "Newtown, Connecticut", "... in Anbar province"), else None: without a gazetteer a guess
    would be worse than a blank.
    """
    lead_end = {
        a.id: lead[-1].end if (lead := sentences[a.id][:LEAD_SENTENCES]) else 0 for a in articles
    }

    texts = {a.id: a.text for a in articles}
    person_ends = {
        (m.article_id, m.end)
        for e in extraction.canonical
        if e.label == "PERSON"
        for m in e.mentions
    }

    # a report's dateline ("TAUNTON, Mass. (AP) --", "LARGO, Fla. --") names where it was
    # written, most often where the news happened: of places the leads name alike, the
    # datelined one wins ("in Taunton, about 40 miles south of Boston"), but a lead's place
    # beats it ("ALBUQUERQUE, N.M. --" atop a balloon's launch from Japan)
    datelines = {a.id: a.metadata["dateline"] for a in articles if "dateline" in a.metadata}

    listed = _listed(extraction.canonical, texts)
    enumerations = _enumerations({a.id: sentences[a.id][:LEAD_SENTENCES] for a in articles})

    def lead_support(entity: CanonicalEntity) -> int:
        return len(
            {
                m.article_id
                for m in entity.mentions
                if m.end <= lead_end[m.article_id]
                and not _home(m, texts, person_ends)
                and not _a_party(m, texts[m.article_id])
                and not _a_bearing(m, texts[m.article_id])
                and not _treated_at(m, texts[m.article_id])
                # a list of US states is the country's story (`_one_of_several_states`)
                and (entity.name in US_STATES or (m.article_id, m.start) not in listed)
                and not _in_an_enumeration(m, enumerations)
                # "Fort Wayne, Ind.", "R-Ky.": an abbreviated state is a region or a home
                and abbreviated_state(m.text) is None
            }
        )

    surnames = {  # "Pelosi" read as a place beside "Nancy Pelosi" is the person
        name.split()[-1]
        for e in extraction.canonical
        if e.label == "PERSON"
        for name in (e.name, *e.aliases)
        if " " in name
    }
    places = [
        e
        for e in extraction.canonical
        if e.label in PLACE_LABELS
        and e.name not in surnames
        and _placed(e, texts)
        and not _spared(e, texts)
    ]
    regions = {id(e): admin_region(e, texts, lead_end) for e in places}

    def rank(e: CanonicalEntity) -> tuple[int, bool, int, bool, bool, int]:
        region = regions[id(e)][0]
        inside = region is not None and any(region.startswith(o.name) for o in places)
        facility = e.label == "FAC" and not _STREET.search(e.name)
        # of places the leads name alike, a world region is the vaguest and a country next:
        # "the BP oil spill in the Gulf of Mexico" and "the US president" in as many leads
        narrower = 0 if e.name in WORLD_REGIONS else 1 if e.name in COUNTRIES else 2
        datelined = bool(_datelined(e, datelines))
        return lead_support(e), facility, narrower, datelined, inside, len(e.article_ids)

    def stands(e: CanonicalEntity) -> bool:
        support = lead_support(e)
        return len(articles) < 3 or (
            support > _FAIR_SHARE * len(articles)
            and (support > 1 or _put_in_a_lead(e, texts, lead_end, datelines))
        )

    candidates = [e for e in places if stands(e)]
    place = max(candidates, key=rank, default=None)
    if place is not None:
        # a place the leads write with the winner as its region is in it: "at the annual
        # Gilroy Garlic Festival ... in Gilroy, California" beats the two leads' California
        place = max(
            (e for e in candidates if lead_support(e) and (regions[id(e)][0] or "") == place.name),
            key=rank,
            default=place,
        )
    if place is None or lead_support(place) == 0:
        # "WASHINGTON --" atop an AllSides report of a senators' letter no lead places
        city = _dateline_city(datelines)
        if city is None:
            return Whereabouts()
        # ... in the country its datelines name ("WASHINGTON" is in the United States)
        admin1, country = admin_region(city, texts, lead_end, datelines)
        return Whereabouts(city, None, admin1, country or _dateline_country(datelines))
    if _one_of_several_states(place, places, lead_support, lead_end):
        # "in Iowa, Oklahoma, South Carolina, Tennessee and Utah": the story is the country's
        country = next((e for e in places if e.name == UNITED_STATES), None)
        return Whereabouts(country or CanonicalEntity(UNITED_STATES, "GPE", (), ()))
    city = _dateline_city(datelines) if 2 * len(datelines) > len(articles) > 1 else None
    if city is not None and place.name in COUNTRIES and _dateline_country(datelines) == place.name:
        # most reports written in one of the country's cities: the city is narrower ("WASHINGTON"
        # atop five reports of a House hearing whose leads name "U.S. lawmakers")
        return Whereabouts(city, place, *admin_region(city, texts, lead_end, datelines))
    # a dateline's state ("ALLENTOWN, Pa.") names the place's region, never the place: a
    # report is datelined where it was written ("ALBUQUERQUE, N.M." for a launch in Japan)
    admin1, implied_country = admin_region(place, texts, lead_end, datelines)
    if place.name not in COUNTRIES and 2 * len(datelines) > len(articles):
        # ... but the country most reports are datelined in holds the place they lead with:
        # "ZAWIYAH, Libya" atop reports of the rebels' advance on Tripoli
        implied_country = implied_country or _dateline_country(datelines)
    return Whereabouts(place, _surrounding_place(place, places, texts), admin1, implied_country)


def _dateline_cities(dateline: str) -> list[str]:
    """The cities a dateline names: "LARGO, Fla." -> ["LARGO"], "LONDON/BRUSSELS" -> both."""
    return [city.strip() for city in dateline.partition(",")[0].split("/") if city.strip()]


def _datelined(entity: CanonicalEntity, datelines: dict[str, str]) -> set[str]:
    """The articles whose dateline names the place."""
    names = {n.casefold() for n in (entity.name, *entity.aliases)}
    return {
        article_id
        for article_id, dateline in datelines.items()
        if names & {city.casefold() for city in _dateline_cities(dateline)}
    }


def _dateline_city(datelines: dict[str, str]) -> CanonicalEntity | None:
    """The one city every datelined report was written in: reports datelined from different
    cities agree on none."""
    cities = {city.title() for line in datelines.values() for city in _dateline_cities(line)}
    if len(cities) != 1:
        return None
    return CanonicalEntity(cities.pop(), "GPE", (), ())


def _dateline_country(datelines: dict[str, str]) -> str | None:
    """The one country every datelined report was written in, as the datelines write it:
    "ZAWIYAH, Libya", a US state ("LARGO, Fla.") or a city named as a state ("WASHINGTON",
    "NEW YORK": US datelines give no state for these)."""
    countries = {_country_of_dateline(line) for line in datelines.values()}
    return countries.pop() if len(countries) == 1 else None


def _country_of_dateline(dateline: str) -> str | None:
    city, _, after = (part.strip() for part in dateline.partition(","))
    region = after.split(",")[0].strip()
    if region in COUNTRIES:
        return region
    if abbreviated_state(region) or region in US_STATES or city.title() in US_STATES:
        return UNITED_STATES
    return None


# A street is an address in the place, not a facility that beats it: "Body of missing
# 2-year-old boy found in wooded area near Lake Avenue" in a story datelined "LARGO, Fla.".
_STREET = re.compile(rf"\b(?:{STREET_TYPES})\.?(?:\s+[NS][EW])?$")


# Names in a list: "the Libyan ports of Tripoli, Zuara, Zawiyah, Al-Khoms, Ras Lanuf and
# Brega" (placed an EU sanctions story in Zawiyah, the one the model read as a place).
_LIST_GAP = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_LIST_LENGTH = 3


def _listed(entities: Sequence[CanonicalEntity], texts: dict[str, str]) -> set[tuple[str, int]]:
    """(article id, start) of every name that is an item of a list of three or more names
    ending in "and"/"or": one of several places is not where the news happened."""
    mentions = sorted({(m.article_id, m.start, m.end) for e in entities for m in e.mentions})
    listed: set[tuple[str, int]] = set()
    run = mentions[:1]
    for previous, mention in itertools.pairwise(mentions):
        gap = texts[mention[0]][previous[2] : mention[1]] if mention[0] == previous[0] else ""
        if _LIST_GAP.fullmatch(gap):
            run.append(mention)
            continue
        listed |= _list_items(run, texts)
        run = [mention]
    return listed | _list_items(run, texts)


def _list_items(run: list[tuple[str, int, int]], texts: dict[str, str]) -> set[tuple[str, int]]:
    """The names of a run joined by commas, when they are a list: three or more, the last
    joined by "and" or "or" ("Newtown, Connecticut" is a place and its region)."""
    if len(run) < _LIST_LENGTH:
        return set()
    last_gap = texts[run[-1][0]][run[-2][2] : run[-1][1]]
    return {(a, start) for a, start, _ in run} if re.search(r"\b(?:and|or)\b", last_gap) else set()


# A sentence that opens with a long enumeration of phrases and goes on into a relative clause,
# with no main verb, lists the background a writer has in mind, not the event: "The threat of
# conflict on the Korean peninsula after Pyongyang's nuclear tests, fighting in Pakistan and
# Afghanistan, floods in India and Bangladesh, a bogus trial of Suu Kyi in Myanmar, crashing
# economies, H1N1, ... and of course, China, where anything can happen" (a Reuters
# photographer's essay on news pictures) had made its brief a "flood" in Pyongyang with Suu
# Kyi for actor. An item is a stretch between commas with no auxiliary or past tense
# (`AUXILIARY_OR_PAST`) and more than a number (an age: "Joseph Buddenberg, 31, and Nicole
# Kissane, 28, were charged"); the enumeration is `_ENUMERATION_ITEMS` items or more from the
# sentence's start, one joining two with "and" or "or" (a dateline's "BAGHDAD, Iraq, Tuesday,
# June 5" joins none). Items after a clause are its objects ("Kendrick Lamar won video of the
# year, best hip-hop video, direction, ..."), items before a main verb its subjects ("...,
# Westchester County and Hudson Valley, N.Y. and Chicago also topped the list"), and a verb in
# the present tense goes unseen ("Hillary Clinton poses with Mukesh Ambani, Chairman of
# Reliance Industries, and his wife Nita Ambani ..., December 8, 2018", a caption): only the
# relative clause after the items tells that the sentence has no verb of its own.
_ENUMERATION_ITEMS = 4
_ITEM_GAP = re.compile(r",\s+")
_CLAUSE_VERB = re.compile(rf"\b(?:{AUXILIARY_OR_PAST})\b")
_RELATIVE = re.compile(r"(?:where|which|who|whose|whom|when|while)\b")
_JOINED = re.compile(r"\b(?:and|or)\b")
_NUMBER = re.compile(r"[\d.,]+")


def _opening_enumeration(text: str) -> int:
    """The end offset in ``text`` of the long enumeration of phrases the sentence opens with
    and goes on from with no verb (0 if none): `_ENUMERATION_ITEMS` items or more between
    commas, none with a verb (`_CLAUSE_VERB`) or only a number, one joined by "and" or "or"
    (`_JOINED`), before a relative clause (`_RELATIVE`)."""
    bounds = []
    start = 0
    for gap in [*_ITEM_GAP.finditer(text), None]:
        end = gap.start() if gap else len(text)
        bounds.append((start, end))
        start = gap.end() if gap else end
    items = list(
        itertools.takewhile(
            lambda b: not _CLAUSE_VERB.search(text, *b) and not _NUMBER.fullmatch(text, *b),
            bounds,
        )
    )
    if (
        len(items) < _ENUMERATION_ITEMS
        or len(items) == len(bounds)
        or not any(_JOINED.search(text, *b) for b in items)
        or not _RELATIVE.match(text, bounds[len(items)][0])
    ):
        return 0
    return items[-1][1]


def _enumerations(leads: dict[str, list[Sentence]]) -> set[tuple[str, int, int]]:
    """(article id, start, end) of every long enumeration a sentence of the leads opens with
    (`_opening_enumeration`)."""
    return {
        (article_id, s.start, s.start + end)
        for article_id, lead in leads.items()
        for s in lead
        if (end := _opening_enumeration(s.text))
    }


def _in_an_enumeration(mention: EntityMention, enumerations: set[tuple[str, int, int]]) -> bool:
    """Whether a mention is an item of a long enumeration (`_enumerations`)."""
    return any(
        article_id == mention.article_id and lo <= mention.start < hi
        for article_id, lo, hi in enumerations
    )


_LIST_SPAN = 80  # characters between two names of one list ("Iowa, Oklahoma, South Carolina")


def _one_of_several_states(
    place: CanonicalEntity,
    places: Sequence[CanonicalEntity],
    lead_support: Callable[[CanonicalEntity], int],
    lead_end: dict[str, int],
) -> bool:
    """Whether the place is a US state the leads name only beside another state as often
    named ("inquiries into mask bans in Iowa, Oklahoma, South Carolina, Tennessee and Utah"):
    no one of them is where it happened."""
    if place.name not in US_STATES:
        return False
    rivals = [
        e
        for e in places
        if e is not place and e.name in US_STATES and lead_support(e) == lead_support(place)
    ]
    lead = [m for m in place.mentions if m.end <= lead_end[m.article_id]]
    return bool(rivals) and all(
        any(
            r.article_id == m.article_id and abs(r.start - m.start) <= _LIST_SPAN
            for rival in rivals
            for r in rival.mentions
        )
        for m in lead
    )


# Words that put something in a place, and what may stand between them and its name: a
# determiner, and a capitalised word ("at the U.S. Capitol", "in Washington, D.C.").
_INTO = "in|at|near|outside|inside|across|throughout|around|into|through|to|toward"
_BEFORE_NAME = r"(?:(?:the|an?|her|his|its|their)\s+)?(?:(?-i:[A-Z][\w.]*),?\s+)?$"


# Of several reports on different stories (a roundup of April Fools' pranks told by nine
# outlets), the one place one lead names is no place of them all: a place of three or more
# reports' event is named by the leads of more than this share of them.
_FAIR_SHARE = 0.25
# A place only one lead of three or more names is as often an affiliation ("University of
# California, San Diego"), a party to the story ("pressing Ukraine to investigate") or a home
# ("Greta Thunberg from Sweden") as where the news happened. It is the event's place only where
# that lead puts something in it ("the statehouse in Columbus", "a trip to Michigan", "in her
# Washington home", "in an Ohio debate"; not "the largest in U.S. history", nor as a party, "a
# danger to American interests": `_a_party`), names its local government ("New York Gov.
# Andrew Cuomo", "city police"), or opens with it as a dateline.
_PUT_IN = re.compile(rf"\b(?:{_INTO})\s+{_BEFORE_NAME}", re.I)
_IN_HISTORY = re.compile(r"\s+history\b")
_ITS_OFFICIALS = re.compile(
    r"(?:['’]s)?\s+(?:Gov\.|(?:[Gg]overnor|[Mm]ayor|[Aa]ttorney [Gg]eneral|police|officials|"
    r"authorities)\b)"
)


def _put_in_a_lead(
    entity: CanonicalEntity,
    texts: dict[str, str],
    lead_end: dict[str, int],
    datelines: dict[str, str],
) -> bool:
    if _datelined(entity, datelines):
        return True  # "LARGO, Fla. --", lifted from the text by cleaning
    for m in entity.mentions:
        text = texts[m.article_id]
        if m.end > lead_end[m.article_id]:
            continue
        if not text[: m.start].strip() and text.startswith(",", m.end):
            return True  # "FORT WAYNE, Ind. (WANE) -- ..."
        if _a_party(m, text):
            continue
        before = text[max(0, m.start - 30) : m.start]
        if _PUT_IN.search(before) and not _IN_HISTORY.match(text, m.end):
            return True
        if _ITS_OFFICIALS.match(text, m.end):
            return True
    return False


# A country or city named as a party to the news, not where it happened: what a probe or deal
# is about ("the Russia investigation", "a China trade deal") or who else takes part
# ("conspired with Russia to influence ...", "a war against Iran").
_TOPIC_NOUNS = (
    r"investigation|probe|inquiry|scandal|hoax|collusion|meddling|interference|dossier|"
    r"deal|talks|sanctions|policy|relations|ties|tariffs?|trade|summit|agreement|accord"
)
_ABOUT_IT = re.compile(rf"(?:['’]s)?\s+(?:{_TOPIC_NOUNS})\b")
# ... or a word it makes ("Pyongyang-bred", "U.S.-led", "Florida-based"): it describes, it
# does not place (but "a Portland-area bakery" is in Portland)
_COMPOUND = re.compile(r"[-‐](?!area\b|region\b|metro\b)[a-z]")
# ... or a candidate's race: "New York City mayoral candidate Andrew Yang" launches a party
# anywhere
_RACE_OF = re.compile(
    r"\s+(?:(?:mayoral|gubernatorial|senate|congressional|presidential)\s+)?"
    r"(?:candidate|hopeful|nominee)s?\b"
)
# ... or whose forces, people or leaders take part: "seven US sailors were missing after their
# Navy destroyer collided ... off the coast of Japan", "the U.S. Navy said" (a country's armed
# forces or citizens are wherever the news is), "the US president" (on the phone to London
# over the BP spill in the Gulf of Mexico), "US President Barack Obama" (visiting it), "a
# danger to American interests"; or whose history measures it: "the oil spill off the coast
# ... is now the worst in US history", "the worst environmental accident ever to befall
# America" (a Washington Post story of BP's chairman at the White House)
_ITS_PEOPLE = re.compile(
    r"\s+(?:Navy|Army|Air Force|Marines?|Coast Guard|(?:\d+\w*\s+)?Fleet|forces|"
    r"troops|soldiers|sailors|servicem[ae]n|service members|warships?|destroyers?|citizens|"
    r"nationals|tourists|diplomats|embassy|interests|[Pp]resident|administration|history)\b"
)
_EVER_IN = re.compile(r"\bever\s+(?:to\s+[a-z]+|in)\s+(?:the\s+)?\Z")
# ... or one side of a pair: "the FBI's probe of ties between the Trump campaign and Russia"
# (datelined Washington), "a row between Britain and the US over the BP oil spill"
_BETWEEN = re.compile(r"\bbetween\s+(?:[^.;:]{1,60}?\s+and\s+)?(?:the\s+)?\Z")
_AND_AFTER_BETWEEN = re.compile(r"\s+and\b")
# ... or where a past year or month, not the news, happened ("who lost her legs while flying a
# helicopter in Iraq in 2004", "the 2002 Winter Olympics in Salt Lake City", "First spotted
# ... in Hyannisport, MA in July" in a breakup story: news tells its own day, not a month), or
# whose office someone holds ("as governor of Massachusetts")
_IN_A_PAST_TIME = re.compile(
    r"(?:,\s+[A-Z][A-Za-z.]*)?,?\s+(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:(?:19|20)\d\d\b|{MONTH}\b(?!\.?\s+\d{{1,2}}\b))"
)
# ... or what a firm's name says of it ("U.S. company Baxter International"), a place the
# news is told apart from ("few deaths outside Mexico and the United States") or where the
# people it tells of had been before ("23 of whom came by air after traveling in the United
# States or Australia"), in reports of the flu in Venezuela, China and Vietnam
_FIRM_OF = re.compile(
    r"\s+(?:\w+\s+)?(?:company|firm|group|giant|maker|drugmaker|automaker|carrier|airline|"
    r"bank|lender|insurer|retailer|manufacturer|conglomerate)\s+(?-i:[A-Z])"
)
_OTHER_PLACES = r"(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,?\s+(?:and|or)\s+)?"
_OUTSIDE = re.compile(rf"\boutside\s+{_OTHER_PLACES}(?:the\s+)?\Z")
_TRAVELLED_FROM = re.compile(
    r"\b(?:after|since|had|have|has|who|recently|recent)\s+(?:\w+\s+)?"
    r"(?:travell?(?:ed|ing)|returned|returning|(?:a\s+)?trips?)\s+(?:back\s+)?(?:in|to|from)\s+"
    rf"{_OTHER_PLACES}(?:the\s+)?\Z"
)
_YEAR_BEFORE_IN = re.compile(r"\b(?:19|20)\d\d\s+(?:[A-Z][\w'’-]*\s+){1,4}in\s+\Z")
_OFFICE_OF = re.compile(
    r"\b(?:[Gg]overnor|[Mm]ayor|[Ss]enator|[Pp]remier|[Aa]mbassador|[Cc]onsul|[Aa]ttorney "
    r"[Gg]eneral) (?:to |of )(?:the )?\Z"
)
# ... or what a condition supposes: "the most populous countries in Asia, China and India,
# would be ill-prepared to handle" a pandemic, "if swine flu reached China" (in reports of
# the outbreak in Mexico)
_IF_BEFORE = re.compile(r"\bif\s+[^,;.]{0,40}\Z")
_WOULD_AFTER = re.compile(r"(?:,?\s+(?:and|or)\s+[A-Z][\w'’-]*)?,?\s+would\b")
# ... or the place of a past office ("The former Massachusetts governor and 2012 GOP
# presidential nominee shared his reaction" placed a Mueller-report story in Massachusetts)
_FORMER = re.compile(r"\b(?:former|ex-|one-time|then-)\s*$", re.I)
# ... or where a person or a firm lives or works ("a venture capitalist based in San Francisco"
# placed a Virginia race there; "a native of Ohio", "who lives in Brooklyn")
_HOME_IN = re.compile(
    r"\b(?:based|lives|living|resides|residing|native)\s+(?:in|of)\s+(?:the\s+)?$", re.I
)
_COUNTERPART = re.compile(r"\b(?:with|against|toward|towards)\s+(?:the\s+)?$", re.I)
# ... the whole of what "with" takes: not "against the Pennsylvania state court's ruling"
_NAME_ENDS = re.compile(
    r"['’]s\s|\s*(?:[,.;:!?)\"”]|$|(?:to|in|and|or|on|over|for|as|at|that|which|who|has|have|"
    r"had|is|was|were|will|would|even|after|before|about|amid|while|since|if|but)\b)"
)


def _one_side_of_a_pair(mention: EntityMention, text: str) -> bool:
    """Whether a place is one of the two that "between ... and ..." pairs (`_BETWEEN`)."""
    before = _BETWEEN.search(text, max(0, mention.start - 80), mention.start)
    if before is None:
        return False
    return " and " in before.group() or bool(_AND_AFTER_BETWEEN.match(text, mention.end))


def _a_party(mention: EntityMention, text: str) -> bool:
    """Whether a place is named as what the news is about, who takes part in it or what
    describes something, not where it happened (`_TOPIC_NOUNS`, `_COUNTERPART`, `_COMPOUND`,
    `_RACE_OF`, `_ITS_PEOPLE`, `_EVER_IN`, `_BETWEEN`, `_IN_A_PAST_TIME`, `_OFFICE_OF`,
    `_FIRM_OF`, `_TRAVELLED_FROM`, `_OUTSIDE`, `_IF_BEFORE`, `_FORMER`); any place may describe
    ("Broadway-style praise") or be someone's home (`_HOME_IN`)."""
    if _COMPOUND.match(text, mention.end) or _RACE_OF.match(text, mention.end):
        return True
    if _HOME_IN.search(text, max(0, mention.start - 30), mention.start):
        return True
    if mention.label not in ("GPE", "NORP"):  # "American", merged into the United States
        return False
    if _ABOUT_IT.match(text, mention.end) or _ITS_PEOPLE.match(text, mention.end):
        return True
    if _EVER_IN.search(text, max(0, mention.start - 30), mention.start):
        return True
    if _one_side_of_a_pair(mention, text):
        return True
    if _IN_A_PAST_TIME.match(text, mention.end) or _YEAR_BEFORE_IN.search(
        text, max(0, mention.start - 60), mention.start
    ):
        return True
    if _OFFICE_OF.search(text, max(0, mention.start - 40), mention.start):
        return True
    if _FIRM_OF.match(text, mention.end) or _TRAVELLED_FROM.search(
        text, max(0, mention.start - 60), mention.start
    ):
        return True
    # "outside Baghdad" is by the city, but "outside Mexico" is elsewhere
    if mention.text in COUNTRIES and _OUTSIDE.search(
        text, max(0, mention.start - 50), mention.start
    ):
        return True
    if _IF_BEFORE.search(text, max(0, mention.start - 50), mention.start) or _WOULD_AFTER.match(
        text, mention.end
    ):
        return True
    if _FORMER.search(text, max(0, mention.start - 12), mention.start) and _ITS_OFFICIALS.match(
        text, mention.end
    ):
        return True
    before = text[max(0, mention.start - 12) : mention.start]
    return bool(_COUNTERPART.search(before) and _NAME_ENDS.match(text, mention.end))


# A place named as a bearing from it is a landmark, not where the news happened: "the same
# hospital in Taunton, about 40 miles south of Boston", "this hill town south of Rome"; but
# "in the east of Ukraine" is in Ukraine.
_BEARING_FROM = re.compile(
    r"(?<!\bthe )\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+$"
)


def _a_bearing(mention: EntityMention, text: str) -> bool:
    """Whether a place is named as a landmark some other place lies north, south, east or
    west of (`_BEARING_FROM`)."""
    return bool(_BEARING_FROM.search(text, max(0, mention.start - 30), mention.start))


# A hospital, clinic or morgue someone is taken to or treated at is where the aftermath
# happened, not the news: "Patel underwent surgery the next day at Huntsville Hospital" had
# placed a police encounter in Madison at the hospital (a facility beats a city on a tie).
# (Where someone died is an obituary's place: "died early Thursday at Johns Hopkins Hospital".)
_CARE_FACILITY = re.compile(
    r"\b(?:hospitals?|clinics?|medical cent(?:er|re)|infirmary|morgue|hospice)\b", re.I
)
_TREATED_AT = re.compile(
    r"\b(?:taken|rushed|airlifted|flown|transported|brought|admitted|transferred|treated|"
    r"hospitali[sz]ed|recovering|surgery|operated on|pronounced dead|condition)\b"
    r"[^.;:!?]{0,40}?\b(?:to|at|in)\s+(?:the\s+)?\Z",
    re.I,
)


def _treated_at(mention: EntityMention, text: str) -> bool:
    """Whether a place is a care facility (`_CARE_FACILITY`) named as where someone was taken
    or treated (`_TREATED_AT`)."""
    return bool(
        _CARE_FACILITY.search(mention.text)
        and _TREATED_AT.search(text, max(0, mention.start - 60), mention.start)
    )


# A place the news did not reach is no place of it: "Morgan City, a small town dependent on
# both shrimping and the oil trade, lies about 70 miles west of New Orleans and is still
# untouched by the BP oil slick" opened a Guardian column on New Orleans. The place is the
# subject (alone or with its apposition: not "Kathmandu's old city was spared") of a clause
# that says so, with no other subject between ("Oil fouled Grand Isle, but Morgan City was
# spared"), or what the event spared ("the storm spared Tulsa").
_SPARED_AFTER = re.compile(
    r"\b(?:is|was|are|were|has been|have been|remains?|remained|stays?|stayed)\s+"
    r"(?:still\s+|so far\s+|largely\s+|mostly\s+)?(?:untouched|unaffected|unscathed|spared)\b"
)
_ANOTHER_SUBJECT = re.compile(
    r"\b(?:and|but|while|whereas|though|although|or)\s+(?:the\s+)?[A-Z]|"
    r"\b(?:is|was|are|were|has|have|had)\b"
)
_SPARED_BEFORE = re.compile(r"\b(?:spared|sparing)\s+(?:the\s+)?\Z")
_SENTENCE_END = re.compile(r"[.;:!?]")


def _spared(entity: CanonicalEntity, texts: dict[str, str]) -> bool:
    """Whether an article says the event spared the place (`_SPARED_AFTER`, `_SPARED_BEFORE`)."""
    for m in entity.mentions:
        text = texts[m.article_id]
        if _SPARED_BEFORE.search(text, max(0, m.start - 12), m.start):
            return True
        end = _SENTENCE_END.search(text, m.end)
        rest = text[m.end : end.start() if end else len(text)]
        frame = _SPARED_AFTER.search(rest)
        gap = rest[: frame.start()] if frame else ""
        if frame and (not gap.strip() or gap.startswith(",")) and not _ANOTHER_SUBJECT.search(gap):
            return True
    return False


def _home(mention: EntityMention, texts: dict[str, str], person_ends: set[tuple[str, int]]) -> bool:
    """Whether a place is named as where a person is from ("Sen. Susan Collins of Maine",
    "The New York Democrat", "Rand Paul (R-Ky.)", "Clinton's former New York Senate seat"):
    a legislator's state is not where the news happened. Only the US states are read so: "U.S.
    Sen." is no home, and a city a person is "of" is as often where the story happens."""
    text = texts[mention.article_id]
    before = text[max(0, mention.start - 4) : mention.start]
    if re.search(r"\b[RDI]-$", before):
        return True
    if mention.text not in US_STATES:
        return False
    return (before == " of " and (mention.article_id, mention.start - 4) in person_ends) or bool(
        _LEGISLATOR_AFTER.match(text, mention.end)
    )


_LEGISLATOR_AFTER = re.compile(
    # "Oregon's Democratic U.S. senators"
    r"(?:['’]s)?(?:\s+(?:Democratic|Republican|U\.S\.|US))*"
    r"\s+(?:Democrats?|Republicans?|senators?|congress(?:man|woman)|lawmakers?|Sen\.|Rep\.|"
    # the seat one holds ("took Clinton's former New York Senate seat"); not "the New York
    # Senate" itself, which sits in the state
    r"delegation|(?:(?:Senate|House|[Cc]ongressional|[Aa]ssembly)\s+)?seats?|"
    r"[Cc]ongressional\s+district)\b"
)


# A name with a digit is no place ("Windows 8"), nor one ending in a role ("Madison County
# Sheriff"). A name the model labels a place in some sentences and a person or group in others
# ("Rihanna", "Facebook", "HQ Trivia"), or a one-word adjective ("Arabic"), is a place only if
# some article writes "in/at/near ... <name>" (a capitalised word may come between: "at the
# U.S. Capitol") or "a <name> <thing>" ("a Pittsburgh school").
_LOCATIVE = re.compile(rf"\b(?:{_INTO}|from)\s+{_BEFORE_NAME}", re.I)
_ARTICLE = re.compile(r"\b(?:a|an)\s+$", re.I)
_ATTRIBUTIVE = re.compile(r"(?:-\w+)?\s+[a-z]")  # after "a <place>": a noun it modifies
_PLACE_OR_PEOPLE = frozenset({*PLACE_LABELS, "NORP"})  # "United States" with "American" NORP


def _placed(entity: CanonicalEntity, texts: dict[str, str]) -> bool:
    last = entity.name.split()[-1].lower().strip(".")
    if re.search(r"\d", entity.name) or last in TITLES or last in ORG_HEADS:
        return False
    if (
        all(m.label in _PLACE_OR_PEOPLE for m in entity.mentions)
        and not ADJECTIVE.match(entity.name)
        and not _common_word(entity.name, texts)
    ):
        return True
    for m in entity.mentions:
        text = texts[m.article_id]
        before = text[max(0, m.start - 16) : m.start]
        if _LOCATIVE.search(before) or (
            _ARTICLE.search(before) and _ATTRIBUTIVE.match(text, m.end)
        ):
            return True
    return False


def _common_word(name: str, texts: dict[str, str]) -> bool:
    """A one-word name the articles also write in lower case is a word capitalised in a
    headline or at a sentence's start ("Media", "Caffeine", "Bipartisan"), not a place, unless
    a locative says otherwise ("in Media, Pa.")."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False  # an acronym ("US", "LA") is no word written in capitals
    word = re.compile(rf"\b{re.escape(name.lower())}\b")
    return any(word.search(text) for text in texts.values())


# "<place> in (western) <GPE>" or "<GPE>'s <place>": the wording that says one contains the other.
# ("near" or "outside" says no such thing: "central Florida near Orlando".)
_IN = re.compile(r"^[\s,]*in\s+(?:the\s+)?(?:\w+(?:ern|ral)\s+)?$", re.I)
_POSSESSIVE = re.compile(r"^['’]s\s+(?:\w+\s+){0,2}$")
# ... but "<GPE>'s <name> coast" is a stretch of shore, another place than the sea: "Oil has
# also come ashore in Alabama and Florida's Gulf coast" put the BP spill, off Louisiana, in
# Florida
_SHORE = re.compile(r"\s+(?:coast(?:line)?|shore(?:line)?|waters|beach(?:es)?|side)\b")


def _surrounding_place(
    place: CanonicalEntity, places: Sequence[CanonicalEntity], texts: dict[str, str]
) -> CanonicalEntity | None:
    """The GPE most articles say contains ``place`` ("the base in western Iraq", "Iraq's base");
    none contains a country ("Oregon's Democratic U.S. senators" is not the US in Oregon)."""
    if place.name in COUNTRIES:
        return None
    votes: dict[int, set[str]] = {}
    for i, other in enumerate(places):
        if other is place or other.label != "GPE":
            continue
        for m in other.mentions:
            text = texts[m.article_id]
            for p in place.mentions:
                if p.article_id != m.article_id:
                    continue
                between = text[p.end : m.start] if p.end <= m.start else None
                after = text[m.end : p.start] if m.end <= p.start else None
                if (between is not None and _IN.match(between)) or (
                    after is not None and _POSSESSIVE.match(after) and not _SHORE.match(text, p.end)
                ):
                    votes.setdefault(i, set()).add(m.article_id)
    if not votes:
        return None
    best = max(votes, key=lambda i: (len(votes[i]), len(places[i].article_ids), -i))
    return places[best]


# A cue that only sets the scene names what the event happened amid, not the event: "retail
# sales crater amid coronavirus lockdowns", "the last jobs report before Tuesday's elections";
# not a clause of its own ("before it crashed", "since the plane exploded": `_names_the_event`).
# So do a span of time it fills ("a loophole in sanctions after two months of western air
# strikes against Libya" in an EU sanctions story), a retelling or picture of it ("retelling
# of Jan. 6 attack", "security video of the deadly attack" at an impeachment trial) and the
# charges it brought ("facing second-degree murder charges for the shooting death of Trayvon
# Martin" in a story of Zimmerman sued over a security bill). So does a recovery from it
# ("to serve Puerto Rico as it recovers from Hurricane Maria" in a Jones Act story).
_SCENE = re.compile(
    r"\b(?:amid|during|since|ahead of|before|in the wake of|in the aftermath of|due to|"
    r"because of|over|(?:in )?responses? to|recover(?:s|ed|ing|y)? from|"
    r"(?:after|following) (?:\w+ ){0,2}(?:days|weeks|months|years|decades) of|"
    r"(?:retelling|video|footage|images|recordings?|account|anniversary) of|"
    r"charges (?:for|in|over))\s+"
    r"(?!(?:it|he|she|they|we|you|i)\s)"
    r"(?:(?:the|a|an|this|last|next|its|their|[\w'’]+['’]s)\s+)?(?:[\w.-]+\s+){0,2}$",
    re.I,
)


def event_type(articles: Sequence[Article], sentences: dict[str, list[Sentence]]) -> str | None:
    """The type whose cue words the most articles' leads use (at least two, or the only one),
    not counting a cue that only sets the scene (`_SCENE`) or is an item of a long
    enumeration (`_opening_enumeration`), nor an explosion in a lead that names the weapon
    (`_WEAPON_TYPES`)."""
    leads = {a.id: sentences[a.id][:LEAD_SENTENCES] for a in articles}
    named = [_kinds_named(lead) for lead in leads.values()]
    votes = Counter(
        name
        for kinds in named
        for name in kinds
        if not (name == "explosion" and kinds & _WEAPON_TYPES)
    )
    best = max(votes.values(), default=0)
    if best < min(2, len(leads)) or best == 0:
        return None
    return next(name for name, _ in EVENT_TYPES if votes[name] == best)


def _kinds_named(lead: list[Sentence]) -> set[str]:
    """The types whose cues the sentences of a lead use (`_names_the_event`), each after the
    long enumeration its sentence may open with (`_opening_enumeration`)."""
    return {
        name
        for s in lead
        for name, cue in EVENT_TYPES
        if _names_the_event(cue, s.text, name in HARMFUL_TYPES, _opening_enumeration(s.text))
    }


# A harmful event named by its year is a past one the news goes back to: "Parents of some of
# the victims of the 2012 school shooting in Sandy Hook ... will on Monday announce they are
# suing", "in the Dec. 2012 Sandy Hook Elementary School shooting" (an election is named by
# its year when it is the news: "the 2020 election"); so are attacks named by their day, the
# 2001 ones: "A tweet by Vice President Mike Pence connecting General Qasem Soleimani to the
# 9/11 terrorist attacks", "Soleimani helped "10 of the 12" Sept. 11 attackers".
_NAMED_BY_ITS_YEAR = re.compile(
    rf"\bthe\s+(?:{MONTH}\.?\s+)?(?:19|20)\d\d\s+(?:[\w'’.-]+\s+){{0,4}}\Z|"
    r"(?:\b9/11|\bSept(?:\.|ember)\s+11(?:th)?(?:,\s+2001,?)?)\s+(?:terror(?:ist)?\s+)?\Z",
    re.I,
)
# A place named by what a storm or war did to it sets the scene: "to help hurricane-ravaged
# Puerto Rico" in a story of the Jones Act waived.
_LEFT_BY = re.compile(r"-(?:ravaged|hit|stricken|battered|devastated|damaged|wrecked|torn)\b")


def _names_the_event(
    cue: re.Pattern[str],
    text: str,
    harmful: bool = False,
    listed: int = 0,
) -> bool:
    """Whether a cue occurs other than as a scene, inside a name (`_IN_A_NAME`,
    `_opens_a_body_s_name`), as what a place was left by (`_LEFT_BY`) or before offset
    ``listed`` (where an enumeration ends), or, for a ``harmful`` type, as a past event named
    by its year or day (`_NAMED_BY_ITS_YEAR`); a cue in the past tense is a verb, so the clause
    it ends tells what happened."""
    headline = title_case(text)  # every word capitalised: no name can be told apart
    return any(
        (m.group().endswith("ed") or not _SCENE.search(text, 0, m.start()))
        and m.start() >= listed
        and not (harmful and _NAMED_BY_ITS_YEAR.search(text, max(0, m.start() - 60), m.start()))
        and not _LEFT_BY.match(text, m.end())
        and (
            headline
            or not (
                _IN_A_NAME.search(text, max(0, m.start() - 60), m.start() + 1)
                or _opens_a_body_s_name(m, text)
            )
        )
        for m in cue.finditer(text)
    )


def _opens_a_body_s_name(cue: re.Match[str], text: str) -> bool:
    """Whether a capitalised cue begins a name that ends in a body's word (`ORG_HEADS`):
    "Associated Investigative Services Inc. filed suit against Zimmerman" is no inquiry."""
    run = _CAPITALISED_RUN.match(text, cue.end())
    return (
        cue.group()[:1].isupper()
        and run is not None
        and any(
            word in ORG_HEADS or word.removesuffix("s") in ORG_HEADS
            for word in run.group().lower().replace(".", "").split()
        )
    )


_CAPITALISED_RUN = re.compile(r"(?:\s+[A-Z][\w'’&.-]*)+")


# A cue that is a word of an institution's name: "published in the Journal of Clinical
# Investigation" made a sleep study an "investigation"; "the Federal Bureau of Investigation".
_IN_A_NAME = re.compile(r"\b[A-Z][\w'’-]* (?:of|for) (?:[A-Z][\w'’-]* ){0,3}[A-Z]\Z")

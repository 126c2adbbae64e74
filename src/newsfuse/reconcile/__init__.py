"""The reconcile stage: align what the sources state into facts (with support) and conflicts.

Method, for counts (the statements analysts check first: how many fired, injured, killed):

1. `statements`: every quantity with a role ("injured", "fired", ...) and the time its sentence
   places it at; only statements about the main event can conflict.
2. A *question* is a role plus what is counted ("number of rockets fired"; all kinds of people
   share one question per role). Its statements are grouped by compatibility: exact values
   seed groups, hedged ones ("at least 14", "more than a dozen") join the best-supported
   group they fit, so compatible approximations never make a conflict (another day's other
   bound does not join: "up to 60", then "up to 81", is a toll that rose). A vague amount
   ("several", "dozens", "millions") states no count: it never backs one.
3. The group backed by the most independent reports (`reports`: distinct outlets, a
   copy of another article counted once) is the fact. Every other group is a
   conflict variant if its sentence is about the same thing (enough shared context words with
   the fact's sentences) — otherwise it is a different count that happens to share a unit —
   or if another report's sentence ties it to the fact's incident (`_Incidents`: "killing 19
   people and wounding another 150" and "At least three people were killed and 150 wounded").
4. A variant stated as a retraction ("He first said three people were injured") is a
   *correction*; one stated as a claim ("the group claimed 30 rockets") a *claim*.

A person's age ("Smith, 45," / "the 46-year-old Smith") is a question of its own, "age of John
Smith": a fact when two outlets agree, a conflict when outlets differ.

Sub-event counts that several sources agree on (e.g. "three rockets on Monday") become facts of
their own, dated; they conflict only when tied to one incident (`_Incidents`), as one day's two
counts may count two incidents.

Who claimed the event (`claims`): each claimant is a fact; two or more claimants are a conflict
of kind "entity". A claim's speaker ("the group", "a group calling itself ...") is shown as the
claimant's name.

Damage of the main event (`damage`): "damaged: homes and a mosque" or "no damage" is a fact;
outlets on both sides are a conflict of kind "claim".

Amounts that two reports lead with and no role states (`key_numbers`: "250,000 jobs", "$1.9
trillion") are facts worded by the phrase around them, never conflicts.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from newsfuse.embed.terms import terms
from newsfuse.extract import Extraction
from newsfuse.extract.attribution import attribution_for
from newsfuse.extract.quantities import IRREGULAR_PLURALS, VAGUE, Quantity, compatible
from newsfuse.models import (
    Article,
    Casualty,
    Conflict,
    ConflictKind,
    ConflictVariant,
    Evidence,
    Fact,
    Sentence,
)
from newsfuse.reconcile.answers import Answer
from newsfuse.reconcile.claims import Claimant, claimants
from newsfuse.reconcile.damage import damage_sides
from newsfuse.reconcile.event import HARMFUL_TYPES, LEAD_SENTENCES, Whereabouts
from newsfuse.reconcile.key_numbers import key_numbers
from newsfuse.reconcile.reports import find_copies, independent_reports
from newsfuse.reconcile.roles import CASUALTY_ROLES, CURRENCIES, RISING_ROLES
from newsfuse.reconcile.speakers import Speakers
from newsfuse.reconcile.statements import (
    AGE_ROLE,
    Statement,
    age_statements,
    dated_by_sub_events,
    missing_as_dead,
    numeric_statements,
)
from newsfuse.reconcile.tallies import vote_tallies

__all__ = ["Reconciled", "reconcile"]

OUTBREAK = "outbreak"
_WORLDWIDE = re.compile(
    r"\b(?:(?:around|across|throughout) the (?:world|globe)|worldwide|globally)\b", re.I
)


def _worldwide(group: list[Statement]) -> bool:
    """Whether a count's sentences say it is the whole world's: an outbreak's own toll."""
    return any(_WORLDWIDE.search(st.sentence.text) for st in group)


# Share of a variant sentence's context terms that the fact's sentences must also use.
SAME_CONTEXT = 0.25

# Reports published more than this many days apart (the same day or the next) disagree about a
# count only in the same statement: a variant sentence using this share of its terms in the
# fact's sentences (`_rival`).
RIVAL_DAYS = 1
SAME_STATEMENT = 0.6

_CORRECTION = re.compile(
    r"\b(?:first|initially|originally|earlier|previously) (?:said|reported|stated|put)\b|"
    r"\b(?:revised|corrected|updated) (?:the|its|his|her|their)\b",
    re.I,
)
_CLAIM = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.I)


@dataclass(frozen=True)
class Reconciled:
    """Facts and conflicts of one cluster, and which sentences take a side in a conflict.

    ``sides`` maps a sentence to the conflicts it states a value of; ``minority`` holds the
    sentences stating a value other than the best-supported one (never summary material);
    ``claimants`` who claimed the event, most sources first; ``copies`` maps each article that
    is a near-identical copy to the article it copies (`reports.find_copies`: it adds no
    support); ``reports`` maps every article to its independent report's key
    (`reports.independent_reports`), the unit the summary's support counts too.
    """

    facts: list[Fact]
    conflicts: list[Conflict]
    casualties: list[Casualty]
    sides: dict[Sentence, list[str]]
    minority: frozenset[Sentence]
    claimants: list[Claimant]
    copies: dict[str, str]
    reports: dict[str, str]


def reconcile(
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    extraction: Extraction,
    event_day: dt.date | None,
    kind: str | None,
    where: Whereabouts,
    source_of: Callable[[str], str],
) -> Reconciled:
    """Facts and conflicts about counts, ages, claimants and damage, and key numbers as facts;
    ``source_of`` maps an article id to its source id; ``kind`` is the event's type and
    ``where`` its place (`event.event_type`, `event.event_place`)."""
    copies = find_copies(articles)
    report_of = independent_reports(articles, copies, sentences)
    reports = set(report_of.values())
    statements = numeric_statements(sentences, extraction, event_day)
    claimed = claimants(extraction)
    speakers = Speakers(extraction, claimed)
    damage = damage_sides(sentences, extraction, event_day, where.place, where.within)
    published = {a.id: a.published for a in articles}
    questions: dict[tuple[str, str, dt.date | None, bool], list[Statement]] = {}
    placed = dated_by_sub_events(missing_as_dead(statements), report_of, event_day)
    incident = _Incidents(placed, report_of)
    for st in placed:
        unit = st.quantity.unit or ""
        key = (st.role, unit, None if st.main else st.when, st.main)
        questions.setdefault(key, []).append(st)
    for name, ages in age_statements(sentences, extraction).items():
        questions[(f"{AGE_ROLE} of {name}", "year", None, True)] = ages

    found: list[_Found] = []
    conflicts: list[Conflict] = []
    sides: dict[Sentence, list[str]] = {}
    minority: set[Sentence] = set()
    for (role, unit, when, main), group in questions.items():
        if not main and when is None:
            continue  # "also", "earlier this week" without a date: which sub-event is unknown
        variants = _group(group, report_of, published)
        if not variants:
            continue  # only vague amounts ("dozens"): no count to state
        superseded: list[list[Statement]] = []  # the earlier counts of a toll that rose
        if main and role in RISING_ROLES:
            variants, superseded = _latest_toll(variants, published)
        if main:
            variants = _updated_first(variants, speakers, published)
        fact_group = variants[0]
        support = len({report_of[st.article_id] for st in fact_group})
        conflict_id = None
        is_age = role.startswith(AGE_ROLE)
        if main:
            context = None if is_age else _context(fact_group)
            rivals = _unambiguous(
                [
                    v
                    for v in variants[1:]
                    if (_rival(v, fact_group, context, published) or incident.ties(v, fact_group))
                    and not _earlier_count(v, fact_group, speakers, published)
                ],
                fact_group,
                incident,
            )
        else:  # a sub-event's counts conflict only when told of one incident (`_Incidents`)
            tied = [v for v in variants[1:] if incident.ties(v, fact_group)]
            rivals = _unambiguous(tied, fact_group, incident)
        if not main and support < 2 and not rivals:
            continue  # a dated side detail only one outlet mentions is not a fact yet
        if is_age and support < 2 and not rivals:
            continue  # one outlet's "Smith, 45," is a detail, not a fact worth a row
        question, statement = _wording(role, unit, _value(fact_group), when)
        if rivals:
            conflict_id = f"C{len(conflicts) + 1}"
            conflicts.append(
                Conflict(
                    id=conflict_id,
                    question=question,
                    kind=_kind(rivals),
                    variants=[_variant(v, source_of, speakers) for v in (fact_group, *rivals)],
                )
            )
            for variant in (fact_group, *rivals):
                for st in variant:
                    sides.setdefault(st.sentence, []).append(conflict_id)
            minority.update(st.sentence for variant in rivals for st in variant)
        fact = _fact(statement, unit, fact_group, support, source_of)
        casualty = role if main and role in CASUALTY_ROLES else None
        tolled = {report_of[st.article_id] for v in (fact_group, *superseded) for st in v}
        if (
            casualty
            and len(tolled) < 2 <= len(reports)
            and not (kind == OUTBREAK and _worldwide(fact_group))
            and (
                kind not in HARMFUL_TYPES
                or all(st.sentence.index >= LEAD_SENTENCES for st in fact_group)
            )
        ):
            # one report of several, not in its lead or in a story of no harmful event:
            # another story's toll told in passing ("The storm killed 24 people" beside an
            # interview; "the riot that left five people dead" in an impeachment trial's). An
            # outbreak's worldwide toll is its own wherever a roundup gives it ("At least 61
            # people have been killed by swine flu around the world" in a Timeline17 report's
            # 30th line); one country's is not ("One person died from the virus in nearby
            # Colombia" had become a Timeline17 outbreak's toll)
            casualty = None
        found.append(_Found(support, fact, casualty, conflict_id))

    # amounts several reports lead with that no counted role states: "250,000 jobs"
    titles = {a.id: a.title for a in articles}
    counted = [st.quantity for st in statements]
    for number in key_numbers(sentences, extraction.quantities, report_of, _agree, counted, titles):
        group = [Statement(q, s, "amount", None, True) for q, s in number.stated]
        support = len({report_of[st.article_id] for st in group})
        worded = [st for st in group if st.quantity is number.worded]
        unit = number.worded.unit or ""
        fact = _fact(number.statement, unit, group, support, source_of, stated=worded)
        found.append(_Found(support, fact, None, None))

    # vote tallies several reports lead with: "passed 220-211", "a 5-4 decision"
    for tally in vote_tallies(sentences, report_of, titles):
        support = len({report_of[s.article_id] for s in tally.stated})
        fact = Fact(
            id="F0",
            statement=tally.statement,
            value=tally.value,
            unit="votes",
            sources=_sources((s.article_id for s in tally.stated), source_of),
            support=support,
            evidence=_evidence(tally.stated, source_of),
        )
        found.append(_Found(support, fact, None, None))

    sentence_of = {(s.article_id, s.index): s for ss in sentences.values() for s in ss}
    named = _NamedAnswers(extraction, sentence_of, source_of, report_of, speakers)
    # who claimed it: every claimant is a fact (they all did claim); two or more disagree
    claim_conflict = named.conflict(conflicts, "who claimed responsibility", "entity", claimed)
    for claimant in claimed:
        also = f" (also named {', '.join(claimant.aliases)})" if claimant.aliases else ""
        fact = named.fact(f"responsibility claimed by {claimant.name}{also}", claimant)
        found.append(_Found(fact.support, fact, None, claim_conflict))
    # damage: the best-supported side is the fact, the other its dispute
    damage_conflict = named.conflict(conflicts, "damage caused", "claim", damage)
    for side in damage[:1]:
        fact = named.fact(side.value, side)
        found.append(_Found(fact.support, fact, None, damage_conflict))
    for conflict_id, answers in ((claim_conflict, claimed), (damage_conflict, damage)):
        for sentence in (s for side in answers for s in named.sentences(side)):
            if conflict_id:  # a summary sentence stating one side says it is disputed
                sides.setdefault(sentence, []).append(conflict_id)

    found.sort(key=lambda f: -f.support)
    facts = [
        f.fact.model_copy(update={"id": f"F{i}", "conflict": f.conflict})
        for i, f in enumerate(found, start=1)
    ]
    casualties = [
        Casualty(
            kind=f.casualty,
            value=fact.value or "",
            sources=fact.sources,
            fact=fact.id,
            conflict=f.conflict,
        )
        for f, fact in zip(found, facts, strict=True)
        if f.casualty
    ]
    return Reconciled(
        facts, conflicts, casualties, sides, frozenset(minority), claimed, copies, report_of
    )


@dataclass(frozen=True)
class _Found:
    support: int
    fact: Fact
    casualty: str | None  # "killed" or "injured" for main-event casualty counts
    conflict: str | None


# Round numbers are approximations: "500,000 deaths" and "more than 500,000" agree.
ROUND_TOLERANCE = 0.01


# An upper bound news gives as an estimate ("as many as 81", "up to 101", "fewer than 100")
# claims about that many, not any number below it: it backs "80 killed" but not "some 26",
# nor "103 killed" ("up to 149": a source the reader opens to find 103 in would not).
UPPER_BOUND_REACH = 0.75
# ... and a lower bound ("at least 3", "more than a dozen", "over 40") about that many, not any
# number above it: "at least 3 killed" is no support for "at least 10", nor "over 40 injured"
# for "150", nor "at least 12 killed" for "22" (a Timeline17 Libya event's other incidents).
# A bound too far off to back a count is still no disagreement with it (`_rival`).
LOWER_BOUND_REACH = 1.5


def _agree(a: Quantity, b: Quantity) -> bool:
    """`compatible`, or within `ROUND_TOLERANCE` of each other when either value is round;
    an upper bound reaches down to `UPPER_BOUND_REACH` of itself, a lower bound up to
    `LOWER_BOUND_REACH` times itself."""
    a, b = _estimated(a), _estimated(b)
    if compatible(a, b):
        return True
    if a.value % 10 and b.value % 10:
        return False
    gap = max(a.low or 0.0, b.low or 0.0) - min(a.high or math.inf, b.high or math.inf)
    return gap <= ROUND_TOLERANCE * max(a.value, b.value)


def _estimated(quantity: Quantity) -> Quantity:
    """The interval a count claims: an open bound's reaches `UPPER_BOUND_REACH` or
    `LOWER_BOUND_REACH` of itself."""
    if quantity.low is None and quantity.high is not None:  # "up to 101", "fewer than 100"
        return replace(quantity, low=quantity.high * UPPER_BOUND_REACH)
    if quantity.high is None and quantity.low is not None:  # "at least 14", "over 40"
        return replace(quantity, high=quantity.low * LOWER_BOUND_REACH)
    return quantity


def _group(
    statements: list[Statement],
    report_of: dict[str, str],
    published: dict[str, dt.date | None],
) -> list[list[Statement]]:
    """Compatible statements together, best supported group first.

    Exact values seed groups; hedged ones ("at least 14") join the best-supported group they
    fit or start their own, but not a group with another bound from another day's report
    (`_estimated_anew`). Vague amounts ("dozens", "several", "millions") state no count and
    back none: "Millions of Polish citizens ... died" is no support for "an estimated 2.7
    million ... were killed", nor "killing several residents" a source of "eight killed".
    Groups backed by as many reports are ordered by their earliest sentence.
    """
    groups: list[list[Statement]] = []

    def support(group: list[Statement]) -> int:
        return len({report_of[st.article_id] for st in group})

    counts = [st for st in statements if st.quantity.qualifier not in VAGUE]
    exact = [st for st in counts if st.exact]
    hedged = [st for st in counts if not st.exact]
    for st in exact:
        home = next((g for g in groups if g[0].quantity.value == st.quantity.value), None)
        if home is None:
            groups.append([st])
        else:
            home.append(st)
    for st in hedged:
        fits = [
            g
            for g in groups
            if all(
                _agree(st.quantity, o.quantity) and not _estimated_anew(st, o, published) for o in g
            )
        ]
        if fits:
            max(fits, key=support).append(st)
        else:
            groups.append([st])
    # equal support: the count told nearer the top of an article leads (a story's own toll is
    # in its lead, an earlier outbreak's toll in its background)
    groups.sort(
        key=lambda g: (
            -support(g),
            min(st.sentence.index for st in g),
            g[0].article_id,
            g[0].quantity.start,
        )
    )
    return groups


def _estimated_anew(a: Statement, b: Statement, published: dict[str, dt.date | None]) -> bool:
    """Whether two bounds of different amounts come from reports of different days: a toll
    estimated again as it rose ("up to 60" on 25 April, "up to 81" on 27 April), not one count
    said twice. Merged, the oldest and tightest had led (`_latest_toll` orders them apart)."""
    if a.exact or b.exact or a.quantity.value == b.quantity.value:
        return False
    days = published.get(a.article_id), published.get(b.article_id)
    return None not in days and days[0] != days[1]


def _wording(role: str, unit: str, value: str, when: dt.date | None) -> tuple[str, str]:
    """The question a count answers and the fact it states: ("number of people killed",
    "2 people killed (2021-07-05)"), ("age of John Carter", "age of John Carter: 34")."""
    if role.startswith(AGE_ROLE):
        return role, f"{role}: {value}"
    if role == "sentenced":
        question, statement = (
            "length of the prison sentence",
            f"sentenced to {_counted(value, unit)}",
        )
    elif unit in CURRENCIES:
        question, statement = f"amount of the {role}", f"{role}: {value}"
    else:
        question = f"number of {_plural(unit)} {role}"
        statement = f"{_counted(value, unit)} {role}"
    day = f" ({when.isoformat()})" if when else ""
    return question + day, statement + day


def _value(group: list[Statement]) -> str:
    """The most precise value the group states: an exact one, else the tightest hedge; a sum of
    money with its currency ("USD 5,000,000")."""
    unit = group[0].quantity.unit
    exact = [st.quantity for st in group if st.exact]
    if exact:
        value = _number(exact[0].value)
    else:
        q = min(
            (st.quantity for st in group), key=lambda q: (q.high or float("inf")) - (q.low or 0)
        )
        if q.qualifier == "between" and q.high is not None:
            value = f"{_number(q.value)} to {_number(q.high)}"  # "six to 10 rounds"
        else:
            value = f"{q.qualifier} {_number(q.value)}" if q.qualifier else _number(q.value)
    return f"{unit} {_thousands(value)}" if unit in CURRENCIES else _thousands(value)


def _thousands(value: str) -> str:
    """ "5000000" -> "5,000,000"; a hedged value ("at least 5000000") keeps its words."""
    return re.sub(
        r"\d+(?:\.\d+)?", lambda m: f"{float(m.group()):,.{_decimals(m.group())}f}", value
    )


def _decimals(number: str) -> int:
    return len(number.split(".")[1]) if "." in number else 0


def _number(value: float) -> str:
    """14.0 -> "14", 2.5 -> "2.5"; $2.09 million (2090000.0000000002) -> "2090000"."""
    if abs(value - round(value)) < 1e-6 * max(1.0, abs(value)):
        return str(round(value))
    return f"{value:.10g}"


def _counted(value: str, unit: str) -> str:
    """ "2 people", "1 person", "1 year": a count of exactly one takes the singular."""
    if value.split()[-1] == "1":  # "1 person", "at least 1 person"
        return f"{value} {unit or 'item'}"
    return f"{value} {_plural(unit)}"


def _plural(unit: str) -> str:
    if unit in CURRENCIES or unit == "percent":
        return unit
    if unit in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[unit]  # "feet", "people"
    if not unit:
        return "items"
    if unit.endswith("s"):
        return unit
    return f"{unit[:-1]}ies" if re.search(r"[^aeiou]y$", unit) else f"{unit}s"


def _evidence(sentences: Iterable[Sentence], source_of: Callable[[str], str]) -> list[Evidence]:
    """Each sentence once, as evidence quoted from its source."""
    unique = {(s.article_id, s.index): s for s in sentences}
    return [
        Evidence(source=source_of(s.article_id), start=s.start, end=s.end, quote=s.text)
        for s in unique.values()
    ]


def _sources(article_ids: Iterable[str], source_of: Callable[[str], str]) -> list[str]:
    return sorted({source_of(aid) for aid in article_ids}, key=lambda sid: int(sid[1:]))


def _fact(
    statement: str,
    unit: str,
    group: list[Statement],
    support: int,
    source_of: Callable[[str], str],
    stated: list[Statement] | None = None,
) -> Fact:
    """A fact stated by ``group``; its value is that of ``stated`` (default: the group's)."""
    return Fact(
        id="F0",
        statement=statement,
        value=_value(group if stated is None else stated),
        unit=_plural(unit),
        sources=_sources((st.article_id for st in group), source_of),
        support=support,
        evidence=_evidence((st.sentence for st in group), source_of),
    )


def _variant(
    group: list[Statement], source_of: Callable[[str], str], speakers: Speakers
) -> ConflictVariant:
    return ConflictVariant(
        value=_value(group),
        sources=_sources((st.article_id for st in group), source_of),
        attributed_to=speakers.attributed_to(
            (st.attribution, st.article_id) for st in group if st.attribution
        ),
        evidence=_evidence((st.sentence for st in group), source_of),
    )


@dataclass(frozen=True)
class _NamedAnswers:
    """Facts and conflicts for questions answered by `Answer`s rather than by counts."""

    extraction: Extraction
    sentence_of: dict[tuple[str, int], Sentence]
    source_of: Callable[[str], str]
    report_of: dict[str, str]
    speakers: Speakers

    def sentences(self, side: Answer) -> list[Sentence]:
        return [self.sentence_of[key] for key in side.where]

    def fact(self, statement: str, side: Answer) -> Fact:
        return Fact(
            id="F0",
            statement=statement,
            value=side.value,
            sources=_sources(side.article_ids, self.source_of),
            support=len({self.report_of[aid] for aid in side.article_ids}),
            evidence=_evidence(self.sentences(side), self.source_of),
        )

    def conflict(
        self,
        conflicts: list[Conflict],
        question: str,
        kind: ConflictKind,
        answers: Sequence[Answer],
    ) -> str | None:
        """Append a conflict when there are two answers or more; its id, else None. Each
        variant is attributed to the main speakers of its sentences."""
        if len(answers) < 2:
            return None
        variants = []
        for side in answers:
            frames = [
                (frame, aid)
                for aid, index in side.where
                if (frame := attribution_for(self.extraction.attributions[aid], index))
            ]
            variants.append(
                ConflictVariant(
                    value=side.value,
                    sources=_sources(side.article_ids, self.source_of),
                    attributed_to=self.speakers.attributed_to(frames),
                    evidence=_evidence(self.sentences(side), self.source_of),
                )
            )
        conflict_id = f"C{len(conflicts) + 1}"
        conflicts.append(Conflict(id=conflict_id, question=question, kind=kind, variants=variants))
        return conflict_id


def _latest_toll(
    variants: list[list[Statement]], published: dict[str, dt.date | None]
) -> tuple[list[list[Statement]], list[list[Statement]]]:
    """A toll that rose between reports is the latest one, not a disagreement: "81 killed" in
    three reports of 26 April and "more than 150" in one of 29 April tell one outbreak's count
    rising. The newest toll larger than every toll reported before it leads, whatever smaller
    count a still newer report gives; the earlier, smaller ones are returned apart (superseded,
    no rival of it); tolls of the same days still conflict. Returns (variants, superseded)."""

    def days(variant: list[Statement]) -> list[dt.date]:
        return [day for st in variant if (day := published.get(st.article_id)) is not None]

    if any(len(days(v)) < len(v) for v in variants):
        return variants, []  # an undated report: no order to read
    # a smaller count told later counts fewer of the dead, not fewer dead: "The WHO has
    # confirmed eight deaths" of 30 April had kept a Timeline17 event's "up to 103" of 27 April
    # before "more than 150" of 29 April
    risen = [
        v
        for v in variants
        if all(
            o[0].quantity.value < v[0].quantity.value
            for o in variants
            if max(days(o)) < min(days(v))
        )
    ]
    # of one day's, the toll told nearest the top of its article: "20 of the 149 reported
    # fatalities" in a Q&A's answer, not "The 1957-58 pandemic killed about 2 million" below it
    latest = max(
        risen,
        key=lambda v: (min(days(v)), -min(st.sentence.index for st in v), v[0].quantity.value),
    )
    earlier = [
        v
        for v in variants
        if v is not latest
        and max(days(v)) < min(days(latest))
        and v[0].quantity.value < latest[0].quantity.value
    ]
    if not earlier:
        return variants, []
    return [latest, *(v for v in variants if v is not latest and v not in earlier)], earlier


# The smallest count that, given alike by two reports, ties their sentences to one incident: a
# "1 killed" or "2 injured" recurs across a war's or a city's incidents of one day. (Ties are
# rare: in a one-off probe, two in 557 Multi-News and AllSides clusters and one in 85
# Timeline17 ones, at any count, each of one incident.)
MIN_SHARED_COUNT = 3


class _Incidents:
    """Counts that two reports give of one incident: their sentences agree exactly on a count
    of another role.

    Two reports' "killing 19 people and wounding another 150" and "At least three people were
    killed and 150 wounded" (a Timeline17 Libya cluster: NATO's strike on Tripoli that Tuesday)
    tell one strike, so their 19 and "at least 3" killed disagree. Without that tie two counts
    of one day, or a bound and a count far above it, may count different incidents or subsets
    ("at least 3" is no rival of "19" by itself, `_rival`); with it, the reader is shown both,
    whatever day they are dated to. One report's two sentences tie nothing: it can count two
    incidents alike. A shared count below `MIN_SHARED_COUNT` ties nothing either."""

    def __init__(self, statements: Iterable[Statement], report_of: dict[str, str]) -> None:
        self._report_of = report_of
        self._counts: dict[Sentence, set[tuple[str, str | None, float]]] = {}
        for st in statements:
            if st.exact and st.quantity.value >= MIN_SHARED_COUNT:
                count = (st.role, st.quantity.unit, st.quantity.value)
                self._counts.setdefault(st.sentence, set()).add(count)

    def ties(self, variant: list[Statement], fact_group: list[Statement]) -> bool:
        """Whether a sentence of ``variant`` and one of ``fact_group``, from different reports,
        give the same count of a role other than theirs."""
        for st in variant:
            for other in fact_group:
                if self._report_of[st.article_id] == self._report_of[other.article_id]:
                    continue
                shared = self._counts.get(st.sentence, set()) & self._counts.get(
                    other.sentence, set()
                )
                if any(role != st.role for role, _, _ in shared):
                    return True
        return False


def _context(group: list[Statement]) -> set[str]:
    return {t for st in group for t in terms(st.sentence.text) if not t.isdigit()}


def _unambiguous(
    rivals: list[list[Statement]], fact_group: list[Statement], incident: _Incidents
) -> list[list[Statement]]:
    """Rivals without the sources that back two of them: one report giving 1, then 3, then 13
    arrests is a live blog updating, or counting parts, not a source holding three values.
    Unless one of its values alone is told of the fact's incident (`_Incidents`): that one is
    its answer. A Multi-News live blog's "13 people are in custody following a violent
    altercation that left three people stabbed" (its newest entry; "Three people have been
    detained" and "One person is in custody" an hour older) disagrees with another report's
    "Three people were stabbed ... and 12 people were arrested"."""
    sides: dict[str, list[int]] = {}
    for i, variant in enumerate(rivals):
        for article_id in {st.article_id for st in variant}:
            sides.setdefault(article_id, []).append(i)

    def answer(article_id: str) -> int | None:
        """The one rival an article backs, or the one it ties to the fact's incident."""
        if len(sides[article_id]) == 1:
            return sides[article_id][0]
        tied = [
            i
            for i in sides[article_id]
            if incident.ties([st for st in rivals[i] if st.article_id == article_id], fact_group)
        ]
        return tied[0] if len(tied) == 1 else None

    kept = [[st for st in v if answer(st.article_id) == i] for i, v in enumerate(rivals)]
    return [v for v in kept if v]


def _rival(
    variant: list[Statement],
    fact_group: list[Statement],
    context: set[str] | None,
    published: dict[str, dt.date | None],
) -> bool:
    """Whether a variant disagrees with the fact rather than counting something else.

    It must talk about the same thing (`_same_context`; ``context`` None: the question alone
    says what, as for one person's age), come from reports of the same days (`_days_apart`),
    and be either said by a source the fact does not come from, or marked as a claim or a
    correction: one article giving two different counts without saying they disagree is
    counting two different things ("eight arrested" and "warrants for six students").
    """
    if context is not None and not _same_context(variant, context):
        return False
    if (
        context is not None
        and _days_apart(variant, fact_group, published)
        and not _same_context(variant, context, SAME_STATEMENT)
    ):
        return False
    if all(compatible(st.quantity, o.quantity) for st in variant for o in fact_group):
        return False  # "at least 3" and "at least 10" are two counts, but no disagreement
    if {st.sentence for st in variant} <= {st.sentence for st in fact_group}:
        return False  # two numbers in one sentence count two different things
    if {st.article_id for st in variant} - {st.article_id for st in fact_group}:
        return True
    return _kind([variant]) != "number"


def _updated_first(
    variants: list[list[Statement]], speakers: Speakers, published: dict[str, dt.date | None]
) -> list[list[Statement]]:
    """The variants with the lead's own update first: its source's larger, newer count
    (`_earlier_count`), however fewer reports repeat it."""
    lead = variants[0]
    updates = [v for v in variants[1:] if _earlier_count(lead, v, speakers, published)]
    if not updates:
        return variants
    newest = max(updates, key=lambda v: v[0].quantity.value)
    return [newest, *(v for v in variants if v is not newest)]


def _earlier_count(
    variant: list[Statement],
    fact_group: list[Statement],
    speakers: Speakers,
    published: dict[str, dt.date | None],
) -> bool:
    """Whether a variant is an earlier count of the fact's own source, no rival of it: one
    named speaker gives both, the variant's count is smaller and no report of it is newer. A
    source does not disagree with itself; its count grew ("the U.S. State Department said 42
    Americans have been evacuated ... and more will be transported", then "More than 500
    Americans have been evacuated ..., the U.S. State Department said", a Timeline17 conflict)."""
    both = [*variant, *fact_group]
    if any(st.attribution is None or st.attribution.anonymous for st in both):
        return False
    if len({speakers.name(st.attribution.speaker, st.article_id) for st in both}) != 1:
        return False
    earlier, later = (
        [day for st in side if (day := published.get(st.article_id)) is not None]
        for side in (variant, fact_group)
    )
    if len(earlier) + len(later) < len(both) or max(earlier) > min(later):
        return False  # undated, or the smaller count is the newer one
    return all(
        (st.quantity.high or st.quantity.value) < (other.quantity.low or math.inf)
        for st in variant
        for other in fact_group
    )


def _days_apart(
    variant: list[Statement], fact_group: list[Statement], published: dict[str, dt.date | None]
) -> bool:
    """Whether every report of one side was published more than `RIVAL_DAYS` from every report
    of the other. Counts days apart in a running story are mostly another day's incident
    ("at least three killed" in Tripoli on the 24th, "two men had been killed" in a battle on
    the 29th), so across days only the same statement with another number disagrees ("swine
    flu in Mexico has killed 150 people" on the 26th, "... 81 people" on the 29th;
    `SAME_STATEMENT`)."""
    sides = (variant, fact_group)
    days = [[d for st in side if (d := published.get(st.article_id)) is not None] for side in sides]
    if len(days[0]) < len(variant) or len(days[1]) < len(fact_group):
        return False  # an undated report could be of any day
    gap = dt.timedelta(days=RIVAL_DAYS)
    return all(abs(a - b) > gap for a in days[0] for b in days[1])


def _same_context(group: list[Statement], context: set[str], share: float = SAME_CONTEXT) -> bool:
    """Whether a variant's sentences talk about the same thing as the fact's sentences: one of
    them uses ``share`` of its terms in the fact's sentences."""
    for st in group:
        own = {t for t in terms(st.sentence.text) if not t.isdigit()}
        if own and len(own & context) >= share * len(own):
            return True
    return False


def _kind(rivals: list[list[Statement]]) -> str:
    """correction > claim > number, from the attribution frames or, failing those, the wording."""
    kinds = {st.attribution.kind for group in rivals for st in group if st.attribution}
    for kind in ("correction", "claim"):
        if kind in kinds:
            return kind
    texts = [st.sentence.text for group in rivals for st in group]
    if any(_CORRECTION.search(t) for t in texts):
        return "correction"
    if any(_CLAIM.search(t) for t in texts):
        return "claim"
    return "number"

"""Key numbers: amounts that several reports state, outside the counted roles.

`roles` turns a count into a question ("number of people killed") only for the roles that can
open a conflict, and most news is no tally of casualties: a jobs report's "250,000 jobs", a
relief bill's "$1.9 trillion", "71 beagles" taken from a home. When two independent reports state
the same amount of the same thing, it is a fact of the story. It never opens a
conflict: two different sums of dollars in two reports are as often two different sums as a
disagreement.

Precision first, since every key number is a row a reader checks:

* an amount of money, a percentage, or a count of at least `MIN_COUNT`. A smaller count
  ("seven Russian oligarchs", "two articles of impeachment") only when every report states it
  in its lead, in the same exact number, with two words around it in common: "two councils"
  in two reports' bodies are as often two different things. People are no small count (the
  roles count the killed and arrested; "two people familiar with the matter" are sources). An
  amount with no unit ("4.4 million of American filing") only beside another report's same
  amount with one ("4.4 million people"), and a kind of person is a person ("Americans");
* no page furniture or vague units (`_NOT_KEY`): "1 of 12 photos" is a gallery's counter. A
  span of time only as `DURATION_REPORTS` reports lead with it, exact ("in just 17 days"): "15
  years at Bain Capital" in two is background, "two years ago" dates. Points only as a stock
  index's move ("the Dow shed 1,175 points"). A distance or temperature only as a small
  count, and never as a bearing ("50 km west of Tripoli" places the town). No guess ("maybe
  30 percent"), and a range ("30 to 35 percent") agrees only with a range;
* stated by at least two independent reports; below a lead (the first `LEAD_SENTENCES`
  sentences) as the same amount with a word around it in common (see `_agrees`);
* stated outside quoted speech by at least one report: an amount only ever quoted is its
  speaker's words, not the story's fact ("“The four islands of the archipelago should be
  sunken into the sea,” the committee said");
* not already a counted role's statement, nor the amount of what the story is compared with
  (`statements.compared_with`: "could surpass that of the Exxon Valdez supertanker -- which
  leaked 11 million gallons"); one row an amount; at most `MAX_KEY_NUMBERS` per brief, what
  two reports lead with first.

The statement is the amount in the reports' own words: the phrase around it in the first prose
sentence that states it, cut at clause boundaries ("unemployment rate falls to 3.5%", "killing
all 176 people on board") and never inside a span ("between May 2014 [and November 2015]"). A
window of words that reads as no statement of the amount ("[ties to] President Vladimir Putin
along with 12 companies", `clause.reads_as_statement`) words nothing: the next report's sentence
is tried. The evidence quotes every sentence that states it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from newsfuse.embed.terms import terms
from newsfuse.extract.dates import MONTH, WEEKDAYS
from newsfuse.extract.quantities import PERSON_KINDS, VAGUE, Quantity, units_compatible
from newsfuse.models import Sentence
from newsfuse.reconcile.clause import SUPPOSING, clause_wording, reads_as_statement
from newsfuse.reconcile.event import LEAD_SENTENCES
from newsfuse.reconcile.roles import CURRENCIES
from newsfuse.reconcile.statements import compared_with
from newsfuse.reconcile.title import asks
from newsfuse.words import IRREGULAR_PAST, inside_quote, is_headline

__all__ = ["MAX_KEY_NUMBERS", "MIN_COUNT", "KeyNumber", "amount_phrase", "is_title", "key_numbers"]

MIN_COUNT = 10
MIN_SMALL_COUNT = 2
# People are the roles' to count ("three men charged") or the sources' ("two people familiar
# with the matter", "two officials"), or the story's cast ("four students were in the lab").
_NOT_SMALL = PERSON_KINDS | {"source"}
MAX_KEY_NUMBERS = 5
SAME_SIZE = 2.0  # the most two statements of one amount may differ by, as a ratio
_ALWAYS_KEY = CURRENCIES | {"percent"}
_DURATIONS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"}
)
# A span of time is mostly background ("15 years at Bain Capital"); it is the story's number
# only where at least this many reports lead with it, all in one exact number: "Furious 7"
# reached $1 billion "in just 17 days" (all three reports), the row a brief had missed.
DURATION_REPORTS = 3
# ... and never as the time before or after something ("two years ago", "three days later") nor
# a person's age ("20 years old")
_TIME_REFERENCE = re.compile(r"\s+(?:ago|later|earlier|old|before|after)\b", re.I)
_NOT_KEY = frozenset(
    {
        "time",
        *("photo", "image", "picture", "slide", "video", "page", "story", "comment", "word"),
        *("item", "thing", "reason", "question", "way", "point", "percentage point", "block"),
    }
)

# A stock index named shortly before its move in points, in the same clause.
_STOCK_INDEX = re.compile(
    r"\b(?:Dow|S&P|Nasdaq|NASDAQ|FTSE|Nikkei|DAX|CAC|Hang Seng|Sensex|TSX)\b[^.;:]{0,60}$"
)

# Distances and temperatures mostly place or describe ("50 km west of Tripoli", "a 30-foot
# wall"): one is the news only as a small count is, in every report's lead ("just three feet
# of space between students instead of the six feet"), and never as a bearing from a place.
_LEAD_MEASURES = frozenset({"mile", "foot", "inch", "meter", "kilometer", "km", "degree"})
_BEARING = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"away|from|off|outside|offshore|inland)\b",
    re.I,
)

# A guess is no amount a report states: "The Muslim Brotherhood is maybe 25 percent, maybe 30
# percent if there is an election tomorrow."
_HEDGED = re.compile(r"\b(?:maybe|perhaps|possibly)\s+$", re.I)


@dataclass(frozen=True)
class KeyNumber:
    """One amount, as each report that leads with it states it (one quantity per report);
    ``statement`` is the phrase around ``worded``, the quantity whose value the fact gives."""

    statement: str
    worded: Quantity
    stated: tuple[tuple[Quantity, Sentence], ...]


def key_numbers(
    sentences: dict[str, list[Sentence]],
    quantities: dict[str, list[Quantity]],
    report_of: dict[str, str],
    agree: Callable[[Quantity, Quantity], bool],
    counted: Sequence[Quantity],
    titles: dict[str, str | None],
) -> list[KeyNumber]:
    """The key numbers of a cluster, most reports first, then earliest in the leads.

    ``agree`` says whether two quantities state the same amount; ``counted`` holds the
    quantities a counted role already states (their amounts are facts already: "500,000 people
    killed" makes "500,000 deaths" no key number); ``titles`` each article's title (a headline
    is the last choice for the statement's wording)."""
    taken = {(q.article_id, q.start) for q in counted}
    values = {q.value for q in counted}
    groups: list[list[tuple[Quantity, Sentence]]] = []
    # the leads first, so that a body's amount joins what the leads state, never the reverse
    stated = sorted(
        (
            (sentence.index >= LEAD_SENTENCES, quantity, sentence)
            for article_id, told in sentences.items()
            for quantity, sentence in _in_sentences(quantities.get(article_id, []), told)
            if (_key(quantity) or _index_points(quantity, sentence))
            and (article_id, quantity.start) not in taken
            and not compared_with(sentence.text[: quantity.start - sentence.start])
            and not _a_bearing(quantity, sentence)
            and not _a_time_reference(quantity, sentence)
            and not _HEDGED.search(sentence.text, 0, quantity.start - sentence.start)
        ),
        key=lambda bqs: bqs[0],
    )
    for _, quantity, sentence in stated:
        home = next((g for g in groups if _agrees(quantity, sentence, g, agree)), None)
        if home is None:
            groups.append([(quantity, sentence)])
            continue
        report = report_of[quantity.article_id]
        same = next((i for i, (q, _) in enumerate(home) if report_of[q.article_id] == report), None)
        if same is None:
            home.append((quantity, sentence))
        elif _worse(home[same], titles) > _worse((quantity, sentence), titles):
            home[same] = (quantity, sentence)
    kept = [
        g
        for g in groups
        if len(g) >= 2
        and any(q.unit for q, _ in g)  # "4.4 million" alone says not what of
        and (g[0][0].unit not in _DURATIONS or len(g) >= DURATION_REPORTS)
        and not values & {q.value for q, _ in g}
        and not all(_quoted(q, s) for q, s in g)
    ]
    # what two reports lead with first, then the most reports, then the earliest told
    kept.sort(
        key=lambda g: (
            sum(_in_lead(s) for _, s in g) < 2,
            -len(g),
            min(s.index for _, s in g),
        )
    )
    found: list[KeyNumber] = []
    for group in kept:
        number = _worded(group, titles)
        if number and not any(_restates(number, other) for other in found):
            found.append(number)
    return found[:MAX_KEY_NUMBERS]


def _worse(stated: tuple[Quantity, Sentence], titles: dict[str, str | None]) -> tuple[bool, bool]:
    """How a report that repeats an amount states it worse: without its unit ("270" before "270
    electoral votes" another report shares), in its headline rather than its prose."""
    quantity, sentence = stated
    return quantity.unit is None, is_title(sentence, titles)


def _restates(number: KeyNumber, other: KeyNumber) -> bool:
    """One amount, or one phrase, is one row: "half a million ballots" and "half a million
    votes" are one count; "$105m paid out to 32,000 claimants" words two amounts at once."""
    return (
        number.worded.value == other.worded.value
        or number.statement in other.statement
        or other.statement in number.statement
    )


def _in_sentences(
    quantities: Sequence[Quantity], sentences: Sequence[Sentence]
) -> Iterator[tuple[Quantity, Sentence]]:
    """Each quantity with the sentence it is stated in, in text order; none in a question."""
    at = 0
    for quantity in sorted(quantities, key=lambda q: q.start):
        while at < len(sentences) and sentences[at].end <= quantity.start:
            at += 1
        if at == len(sentences):
            return
        sentence = sentences[at]
        if sentence.start <= quantity.start and not asks(sentence.text):
            yield quantity, sentence


def _key(quantity: Quantity) -> bool:
    """An amount worth a row: money, a percentage or a count (a small one only if `_agrees`
    finds it in two leads); an amount with no unit only as the same amount as another report's
    with one (`key_numbers`): "4.4 million of American filing" is "4.4 million people"."""
    if quantity.unit in _NOT_KEY or quantity.qualifier in VAGUE:
        return False  # "millions of fans" states no amount
    if quantity.unit in _DURATIONS:
        return quantity.low == quantity.high  # "more than 15 years" states no exact number
    if quantity.unit is None:
        return quantity.value >= MIN_COUNT
    if quantity.unit in _ALWAYS_KEY or quantity.value >= MIN_COUNT:
        return True
    return (
        quantity.value >= MIN_SMALL_COUNT
        and quantity.low == quantity.high  # "3 to 5 votes" states no number
        and quantity.unit not in _NOT_SMALL
    )


def _index_points(quantity: Quantity, sentence: Sentence) -> bool:
    """Whether an amount of points is a stock index's move, which is the news of a market
    story ("Monday the Dow shed 1,175 points", "the Dow ended down 1,175 points"), unlike the
    vague "point" of an argument."""
    return quantity.unit == "point" and bool(
        _STOCK_INDEX.search(sentence.text, 0, quantity.start - sentence.start)
    )


def _lead_only(quantity: Quantity) -> bool:
    """A small count or a distance: a key number only as every report's lead states it."""
    return (
        quantity.unit not in _ALWAYS_KEY and quantity.value < MIN_COUNT
    ) or quantity.unit in _LEAD_MEASURES


def _a_bearing(quantity: Quantity, sentence: Sentence) -> bool:
    """Whether a distance places something from a place ("50 miles (80 km) east of Sirte")."""
    return quantity.unit in _LEAD_MEASURES and bool(
        _BEARING.match(sentence.text, quantity.end - sentence.start)
    )


def _a_time_reference(quantity: Quantity, sentence: Sentence) -> bool:
    """Whether a span of time dates or ages something ("two years ago", "20 years old")."""
    return quantity.unit in _DURATIONS and bool(
        _TIME_REFERENCE.match(sentence.text, quantity.end - sentence.start)
    )


def _names_no_thing(quantity: Quantity) -> bool:
    """A sum, a share or an amount with no unit: only the words around it say what it is of."""
    return quantity.unit is None or quantity.unit in _ALWAYS_KEY


def is_title(sentence: Sentence, titles: dict[str, str | None]) -> bool:
    """Whether ``sentence`` is its article's headline (the last choice to word a fact by)."""
    return is_headline(sentence.text, titles.get(sentence.article_id))


def _agrees(
    quantity: Quantity,
    sentence: Sentence,
    group: list[tuple[Quantity, Sentence]],
    agree: Callable[[Quantity, Quantity], bool],
) -> bool:
    """Units that count one thing ("Americans" are people; an amount with no unit may be of
    any), compatible amounts, and of one size: an open bound agrees with any larger amount
    ("more than 1,500 deaths a day" with "651,690 deaths"), but two reports leading with one
    amount state it within `SAME_SIZE` of each other. A percentage, a sum or an amount with no
    unit names no thing, so the words around it must share one with a statement of the group:
    "25 percent was burned, skimmed or recovered" and "another 25 percent naturally evaporated"
    are two shares.

    Below the leads a long report states many amounts, and two reports' bodies state the same
    round one of different things ("paid $300,000 to a lobbyist", "paid Bannon three hundred
    thousand dollars"): there the amounts must be equal and the words around them must share
    one (two for a round sum or share; a specific one, "$2,219,807.90", is its own evidence).
    A small count or a distance agrees only in the leads, equal, with two words around it in
    common."""
    if not all(units_compatible(quantity.unit, q.unit) for q, _ in group):
        return False
    in_leads = _in_lead(sentence) and all(_in_lead(s) for _, s in group)
    if quantity.unit in _DURATIONS or any(q.unit in _DURATIONS for q, _ in group):
        # one exact span in every lead (see `DURATION_REPORTS`), whatever the words around it
        return in_leads and all(
            q.unit == quantity.unit and q.value == quantity.value for q, _ in group
        )
    # the words must say what the amount is of, unless the units say it for both
    no_thing = _names_no_thing(quantity) or all(_names_no_thing(q) for q, _ in group)
    equal = all(q.value == quantity.value for q, _ in group)
    if _lead_only(quantity) or any(_lead_only(q) for q, _ in group):
        if not (in_leads and equal):
            return False
        shared = 2
    elif in_leads:
        shared = 1 if no_thing else 0
    elif not equal:
        return False
    else:
        shared = 2 if no_thing and _round(quantity.value) else 1
    if shared:
        words = _around(quantity, sentence)
        if not any(len(words & _around(q, s)) >= shared for q, s in group):
            return False
    return all(
        agree(quantity, q)
        and _ranged(quantity) == _ranged(q)  # "around 30 to 35 percent" is no "30 percent"
        and max(quantity.value, q.value) <= SAME_SIZE * min(quantity.value, q.value)
        for q, _ in group
    )


def _ranged(quantity: Quantity) -> bool:
    """Whether an amount is a range with two ends ("30 to 35"), not one amount, however hedged
    ("about 200,000"), or a bound."""
    return quantity.qualifier == "between"


def _quoted(quantity: Quantity, sentence: Sentence) -> bool:
    return inside_quote(sentence.text, quantity.start - sentence.start)


def _in_lead(sentence: Sentence) -> bool:
    return sentence.index < LEAD_SENTENCES


SPECIFIC_DIGITS = 3  # significant digits that make an amount specific ("$1,699", "$22.5 million")


def _round(value: float) -> bool:
    """Whether an amount has fewer than `SPECIFIC_DIGITS` significant digits ("$300,000")."""
    mantissa = f"{value:.6e}".split("e")[0]  # "6.800000" for 6.8 billion
    return len(mantissa.replace(".", "").rstrip("0")) < SPECIFIC_DIGITS


# Words around an amount that say nothing about what it is an amount of.
_GENERIC_TERMS = frozenset(
    terms(
        "said says say told according report reported people official officials year years "
        "monday tuesday wednesday thursday friday saturday sunday week month time new"
    )
)


AROUND_CHARS = 80  # each side of an amount: the words that say what it is an amount of


def _around(quantity: Quantity, sentence: Sentence) -> set[str]:
    """The content terms near an amount, not its own ("percent", "million")."""
    at = quantity.start - sentence.start
    before = sentence.text[max(0, at - AROUND_CHARS) : at]
    after = sentence.text[at + len(quantity.text) : at + len(quantity.text) + AROUND_CHARS]
    return set(terms(f"{before} {after}")) - set(terms(quantity.text)) - _GENERIC_TERMS


def _worded(
    group: list[tuple[Quantity, Sentence]], titles: dict[str, str | None]
) -> KeyNumber | None:
    """The group as a key number worded by the phrase around one of its amounts: an exact
    amount before a hedged one, prose before a headline, a lead before the body; a window of
    words only where it reads as a statement; None when no phrase says more than the amount
    ("100%" alone says nothing)."""
    ranked = sorted(
        group,
        key=lambda qs: (
            _quoted(*qs),  # the writer's own words before a speaker's
            qs[0].unit is None,  # "4.4 million people" says what "4.4 million" is of
            qs[0].low != qs[0].high,
            qs[1].text.isupper(),  # a transcript shouted in capitals, last
            is_title(qs[1], titles),
            not _in_lead(qs[1]),  # a lead words its story's amounts
        ),
    )
    for quantity, sentence in ranked:
        at = quantity.start - sentence.start
        phrase = clause_wording(sentence.text, at, at + len(quantity.text))
        if phrase is None or quantity.text not in phrase:
            phrase = amount_phrase(quantity, sentence)
            if not _a_statement(phrase, quantity, sentence):
                continue
        phrase = _unbracketed(phrase)
        if quantity.text in phrase and len(phrase.split()) > len(quantity.text.split()):
            return KeyNumber(phrase, quantity, tuple(group))
    return None


def _a_statement(phrase: str, quantity: Quantity, sentence: Sentence) -> bool:
    """Whether a window of words reads as a statement of its amount (`clause.reads_as_statement`)
    where the sentence holds it as written; a window `amount_phrase` prefixed with its owner
    ("Manhattan: an average cost of $76,328") is not, and stands."""
    at = quantity.start - sentence.start
    pattern = r"\s*".join(re.escape(word) for word in phrase.split())
    window = next(
        (m.span() for m in re.finditer(pattern, sentence.text) if m.start() <= at < m.end()), None
    )
    return window is None or reads_as_statement(
        sentence.text, window, (at, at + len(quantity.text))
    )


def _unbracketed(phrase: str) -> str:
    """The phrase without a bracket its end cut open: "a total of $3.12 bn (£2bn" is "a total
    of $3.12 bn" (the conversion in brackets says the same amount again)."""
    opened: list[int] = []
    for i, char in enumerate(phrase):
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            opened.pop()
    return phrase[: opened[0]].rstrip(" ,;:-—–") if opened else phrase


# Words a phrase does not cross: a clause's start or end, speech, and the start of a part
# ("about 2,000 people, including about 1,500 delegates" states the part alone).
_STOP_BEFORE = re.compile(
    r"(?:that|which|who|whom|and|but|or|while|as|after|because|said|says|including)",
    re.I,
)
_STOP_AFTER = re.compile(
    r"(?:and|but|or|as|after|while|when|which|who|that|according|because|due|since|said|says|amid|"
    r"if|unless|whether|although|though|where)",
    re.I,
)
# Words a phrase does not start or end on: it would dangle ("found $10 million in gold coins
# on their", "of 71 beagles"). A determiner may start one ("the House passed ...").
# (A phrase the limit cuts from its "of" is cut back to a preposition that opens a phrase.)
_PHRASE_PREPOSITIONS = "in|on|to|for|at|by|with|from|into|over|under|about"
_PREPOSITIONS_AND_VERBS = (
    rf"of|{_PHRASE_PREPOSITIONS}|than|is|are|was|were|be|been|has|have|had|"
    r"he|she|it|we|they|you|i"
)
# ... nor on the day that dates the clause ("[said] Thursday it had secured 200 million doses",
# "[last] month he needs ..."), the tail of a verb the clause started before it ("[set] up
# by Congress exhausted ...") or an adverb its dropped subject leaves ("[It] also announced
# plans to sell $30 billion"); not one that qualifies the amount ("just", "never", "further")
_PREPOSITION = re.compile(_PHRASE_PREPOSITIONS, re.I)
_CHANGE = re.compile(r"up|down", re.I)
_WEEKDAY = "|".join(WEEKDAYS)
_TOLD_ON = re.compile(rf"{_WEEKDAY}|yesterday", re.I)
_DANGLING_START = re.compile(
    rf"{_PREPOSITIONS_AND_VERBS}|{_WEEKDAY}|"
    r"today|yesterday|tonight|week|month|year|morning|night|up|down|out|off|yet|again|"
    r"also|still|already|now|then|later|meanwhile|however",
    re.I,
)
_DANGLING_END = re.compile(
    rf"{_PREPOSITIONS_AND_VERBS}|the|a|an|their|its|his|her|our|your|this|that|these|those|"
    r"last|next|per|each|every|more|less|some|any|new|own|first|second|third|few|many|most|"
    r"several|other|such|same|already|also|still|just|now|ever|never|even|"
    r"before|until|during|against|between|among|through|toward|towards|without|within|instead",
    re.I,
)
_POSSESSIVE = re.compile(r"\w['’]s$|s['’]$")
# A month whose day the cut leaves out: "support given to two Saudi hijackers before Sept[. 11]".
_MONTH = re.compile(MONTH)
_DAY_NUMBER = re.compile(r"\d{1,2}\b")
# A verb group the word limit cuts from its object ("8.3% dive already had set [a record]"):
# the phrase ends before its auxiliary.
_AUXILIARY = re.compile(
    r"is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|do|does|did", re.I
)
VERB_GROUP_WORDS = 3  # an auxiliary this close to a cut end starts a cut-off verb group
_DASH = re.compile(r"([—–]|--)")
_ENDS_CLAUSE = re.compile(r"(?:[,;:.!?)\]—–]|--)$")
_OPENS_CLAUSE = re.compile(r"^[(\[—–\"“]")
_QUOTES = "\"“”‘’'"
_EDGE = " ,;:.!?—–-()[]" + _QUOTES
# A bracketed aside right after the amount, such as a conversion ("$20bn (£13.5bn) fund"): the
# phrase reads on past it.
_ASIDE = re.compile(r"^\s*\([^()]*\)")
# A capitalised determiner before a word in lower case opens a sentence, not a name ("The
# Hill"): mid-sentence, it starts what a scrape glued to a headline.
_OPENS_SENTENCE = re.compile(r"The|A|An")
# The word that ends a span each of these opens, looked for up to `SPAN_LOOKAHEAD` words past
# the phrase's cut ("up 1 percent from 2010 levels" opens none).
_SPAN_ENDS = {
    "between": re.compile("and", re.I),
    "from": re.compile("to|through|until|till|thru", re.I),
}
SPAN_LOOKAHEAD = 3
PHRASE_WORDS = 5  # at most this many words on each side of the amount
NAME_WORDS = 3  # ... and this many more to finish a name it starts inside
# A window that starts inside a phrase of the subject lost the subject: "[The oil spill in the]
# Gulf of Mexico has now cost BP $1.25 bn" made the Gulf what cost BP. Where a preposition (a
# determiner may follow it) stands before the window and a verb is in it, the window goes back
# to its clause's start, if that is at most `SUBJECT_WORDS` words before the amount.
SUBJECT_WORDS = 12
_DETERMINER = re.compile(r"the|a|an|its|their|his|her|this|these|those", re.I)
_OF_OR_PREPOSITION = re.compile(rf"of|{_PHRASE_PREPOSITIONS}", re.I)


def amount_phrase(quantity: Quantity, sentence: Sentence) -> str:
    """The amount with up to `PHRASE_WORDS` words on each side, within its clause, cut so that
    it neither starts nor ends on a dangling word, a verb group without its object, inside a
    name or inside a span (`_open_span`)."""
    at = quantity.start - sentence.start
    before = _DASH.sub(r" \1 ", sentence.text[:at]).split()  # a dash ends a clause
    rest = _ASIDE.sub("", sentence.text[at + len(quantity.text) :], count=1)
    after = _DASH.sub(r" \1 ", rest).split()
    left: list[str] = []
    for word in reversed(before):
        ends_clause = _ENDS_CLAUSE.search(word.rstrip(_QUOTES))
        if len(left) == PHRASE_WORDS or ends_clause or _STOP_BEFORE.fullmatch(word.strip(_EDGE)):
            break
        if left and _opens_sentence(left):
            break  # "... the size of Scotland | The man running the $20bn": a glued headline
        left.insert(0, word)
        opens = _OPENS_CLAUSE.match(word) and not _quoted_name(left)
        if opens or word.strip(_EDGE).lower() in SUPPOSING:
            break  # kept: "once the remaining half a million votes are counted" is no "the
            # remaining half a million votes are counted" (`clause.SUPPOSING`)
    start = len(before) - len(left)  # a name is not cut at its start: "[United] States was"
    limit = max(0, start - NAME_WORDS)
    while left and start > limit and not _opens_sentence(left):
        if _continues_name(left[0], before[start - 1]):
            start -= 1
        elif start > 1 and _NAME_JOINS.fullmatch(before[start - 1]):  # "Health and Human"
            if not _continues_name(left[0], before[start - 2]):
                break
            start -= 2
        else:
            break
        left[:0] = before[start : len(before) - len(left)]
    if (subject := _subject_start(before, start)) < start:
        left[:0] = before[subject:start]
        start = subject
    right: list[str] = []
    for word in after:
        if len(right) == PHRASE_WORDS or _STOP_AFTER.fullmatch(word.strip(_EDGE)):
            break
        if _TOLD_ON.fullmatch(word.strip(_EDGE)):
            break  # the day it was told, and the clause's verb after it: "in two cases [Monday
            # ruled police officers were ...]"
        right.append(word)
        if _ENDS_CLAUSE.search(word.rstrip(_QUOTES)):
            break
    if len(right) == PHRASE_WORDS < len(after) and not _ENDS_CLAUSE.search(right[-1]):
        tail = range(len(right) - 1, len(right) - 1 - VERB_GROUP_WORDS, -1)
        auxiliary = next((i for i in tail if _AUXILIARY.fullmatch(right[i].strip(_EDGE))), None)
        right = right if auxiliary is None else right[:auxiliary]
    if len(left) > 2 and left[1] == "of" and start and _PREPOSITION.fullmatch(before[start - 1]):
        left = left[2:]  # "[in] defense of President Barack Obama's $47 billion": cut from its
        # preposition, the phrase goes from its "of" on
    while left and _DANGLING_START.fullmatch(left[0].strip(_EDGE)):
        left.pop(0)
    if not left and before and _CHANGE.fullmatch(before[-1]):
        return quantity.text  # "That is up 1 percent from 2010 levels": a change whose subject
        # the phrase lost says no more than its amount
    right = right[: _open_span(right, after)]
    while right and (
        _DANGLING_END.fullmatch(right[-1].strip(_EDGE))
        or _POSSESSIVE.search(right[-1].strip(_EDGE))  # "a $20bn fund for the spill's"
        or _inside_name(right, after)
        or _cut_date(right, after)
    ):
        right.pop()
    if 0 < len(right) < len(after) and after[len(right)].lower() == "of":
        # "by the end [of July]", "in anticipation [of ...]": cut from its "of", the phrase
        # goes from its preposition on
        tail = range(len(right) - 1, max(-1, len(right) - 1 - VERB_GROUP_WORDS), -1)
        cut = next((i for i in tail if _PREPOSITION.fullmatch(right[i])), None)
        right = right if cut is None else right[:cut]
    phrase = " ".join([*left, quantity.text, *right]).strip(_EDGE)
    if left and left[0].startswith("(") and (owner := _name_before(before[:start])):
        return f"{owner}: {phrase}"  # "Manhattan (an average cost of $76,328)"
    return phrase


def _quoted_name(words: list[str]) -> bool:
    """Whether the quote ``words`` open closes before the amount: a quoted title, read on past
    ("followed by “Titanic” at $2.19 billion" had lost its opening quote: "Titanic” at $2.19
    billion"); a quote still open at the amount is speech, and opens its clause."""
    return words[0][:1] in '"“' and re.search('[”"]', " ".join(words)[1:]) is not None


def _subject_start(before: list[str], start: int) -> int:
    """Where the clause of a window starting at ``before[start]`` starts, if the window starts
    inside a phrase of its subject: a preposition first in it or before it
    (`_OF_OR_PREPOSITION`, with a `_DETERMINER` between or not), a verb in it (`_has_a_verb`),
    and no clause end within `SUBJECT_WORDS` words of the amount; else ``start``."""
    if start >= len(before):
        return start
    at = start
    if not _OF_OR_PREPOSITION.fullmatch(before[at].strip(_EDGE)):
        at -= 1
        if at > 0 and _DETERMINER.fullmatch(before[at].strip(_EDGE)):
            at -= 1
    if (
        at < 0
        or not _OF_OR_PREPOSITION.fullmatch(before[at].strip(_EDGE))
        or not _has_a_verb(before[start:])
    ):
        return start
    clause = at  # back as the window's own words go: to a clause's end, a glued headline's
    # start, or a word of supposing, kept (`amount_phrase`)
    while (
        clause > 0
        and not _opens_sentence(before[clause:])
        and before[clause].strip(_EDGE).lower() not in SUPPOSING
        and not _ENDS_CLAUSE.search(before[clause - 1].rstrip(_QUOTES))
        and not _STOP_BEFORE.fullmatch(before[clause - 1].strip(_EDGE))
    ):
        clause -= 1
    return clause if len(before) - clause <= SUBJECT_WORDS else start


def _has_a_verb(words: list[str]) -> bool:
    """Whether ``words`` hold an auxiliary, a past form, or a word in "-ed" after no determiner
    ("its proposed investment" has none)."""
    bare = [w.strip(_EDGE).lower() for w in words]
    return any(
        _AUXILIARY.fullmatch(word)
        or word in IRREGULAR_PAST
        or (word.endswith("ed") and not (i and _DETERMINER.fullmatch(bare[i - 1])))
        for i, word in enumerate(bare)
    )


def _opens_sentence(words: list[str]) -> bool:
    """Whether ``words`` start with a capitalised determiner that opens no name ("The man", not
    "The Hill"), so that nothing before it belongs to their sentence."""
    return bool(_OPENS_SENTENCE.fullmatch(words[0])) and not (
        len(words) > 1 and words[1][:1].isupper()
    )


def _name_before(words: list[str]) -> str | None:
    """The name that ends right before an aside holding the amount, which the amount is about;
    None when a word that is no name's ends the text before it."""
    name: list[str] = []
    for word in reversed(words[-NAME_WORDS:]):
        if not (word[:1].isupper() and word.strip(_EDGE)) or (name and _ENDS_CLAUSE.search(word)):
            break
        name.insert(0, word.strip(_EDGE))
    return " ".join(name) or None


_NAME_JOINS = re.compile(r"of|and|for|&")  # inside a name: "Department of Health and ..."


def _continues_name(first: str, previous: str) -> bool:
    """Whether ``previous`` is the start of the name ``first`` goes on: both capitalised (not
    shouted in capitals), with no clause end between them."""
    return (
        first[:1].isupper()
        and not first.isupper()
        and previous[:1].isupper()
        and not _ENDS_CLAUSE.search(previous.rstrip(_QUOTES))
        and not _STOP_BEFORE.fullmatch(previous.strip(_EDGE))
        and previous.strip(_EDGE).lower() not in SUPPOSING
    )


def _cut_date(right: list[str], after: list[str]) -> bool:
    """Whether the phrase would end on a month whose day comes after the cut."""
    return (
        len(right) < len(after)
        and _MONTH.fullmatch(right[-1].rstrip(",")) is not None
        and _DAY_NUMBER.match(after[len(right)]) is not None
    )


def _open_span(right: list[str], after: list[str]) -> int | None:
    """Where the phrase opens a span that the cut leaves without its end ("between May 2014
    [and November 2015]", "from June 2014 [through October 2015]"): the phrase ends before the
    span's first word, since half of it states another period; None when no span is cut."""
    for at in range(len(right) - 1, -1, -1):
        end = _SPAN_ENDS.get(right[at].strip(_EDGE).lower())
        if end is None:
            continue
        if any(end.fullmatch(w.strip(_EDGE)) for w in right[at + 1 :]):
            return None  # the whole span: "between 25 and 45"
        if _ENDS_CLAUSE.search(right[-1].rstrip(_QUOTES)):
            return None  # "from February, according to the FBI": the clause ended the phrase
        ahead = after[len(right) : len(right) + SPAN_LOOKAHEAD]
        return at if any(end.fullmatch(w.strip(_EDGE)) for w in ahead) else None
    return None


def _inside_name(right: list[str], after: list[str]) -> bool:
    """Whether the phrase would end inside a name: its last word and the next one are both
    capitalised ("20 jurors refused to serve in Judge | Smith's court")."""
    if len(right) >= len(after) or _ENDS_CLAUSE.search(right[-1]):
        return False
    return right[-1][:1].isupper() and after[len(right)][:1].isupper()

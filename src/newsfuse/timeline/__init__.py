"""The timeline stage: dated sub-events the articles mention, merged across sources, in order.

Every resolved date mention (extract/dates) dates its sentence. Mentions of the same date (and
precision) whose sentences share enough content terms besides the date's own words are one
sub-event: "On Tuesday, a drone struck Erbil Airport" and "On Tuesday, an armed drone attacked
Irbil airport" become one entry. The entry's text is the sentence that shares the most with
the others (the most typical readable wording), so it reads as a real sentence from a source,
never a paraphrase, and it cites the sources whose sentence shares as much with that one;
only a connective that opens it and points at the sentence before ("But in August 2014, ...",
"However, the group's tear ..."), which the timeline does not show, is left out; so is a
factbox's lead-in that runs on into its first item ("Here is a timeline of ... since
protests began in February: February 15/16, 2011 - The arrest ..."), whose dates date no entry.

Kept: day and month precision, and years written out in full ("the 2015 nuclear deal") when at
least two sources date the same thing to that year (a lone year is almost always background:
"who starred in 1982's E.T."). One article gives at most one entry per date, its first sentence
with that date (news puts the event before the background), and sentences of one article are
never merged with each other. Photo captions, boilerplate, questions, prompts to the reader,
quotes of no one, a speaker's aside about themselves ("I mean I registered ...") or a writer's
words to the reader ("You soon sense the anxiety ...", "the app will teach you how to speak
emoji"), a reader's comment ("i discussed ..."), a page announcing what it shows ("Here is
the text of ..."), run-ons and sentences that are little more than their date are never shown,
nor sentences whose date sits in an aside (", who died in August 1995,", ", the son of a
herdsman who seized power in 1969,", ", one of the heaviest since the mission began two months
ago,"), an opening "Before ..." or "Since ..." clause or an "until after ..." one, or, by a
dependency parse (`syntax`), only dates a modifier ("32 years after he began his first
campaign in June 1987", "an April 2011 memo"), though their dates still count as support, and
such a sentence backs another article's entry that tells the same: "the country's official
anthem in 1980" and "The last time the lyrics were changed was in 1980" are two sources of
1980.

Dropped: dates that bound a period ("since 1967", "between May 2010 and ...", "until at least
Thursday", "beyond June 2011", "to the end of May", both ends of "from 1997 to 2001", the start
of a comparison "from 18,589 on November 9, 2016, to 25,075 today") or that an
anniversary marks ("the 20th anniversary of the Sept. 11, 2001 attacks"); relative mentions that
resolve only to a year ("last week" seen from January), which say nothing a reader can place;
relative mentions inside quoted speech ("today's attack"), which count from the day the words
were spoken, not from the article's date. At most `MAX_ENTRIES` entries, the best supported;
when the reports span a week at most, the newest day up to the newest report's (the news itself,
which no later report looks back to) is second only to the best.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newsfuse.embed.terms import terms
from newsfuse.extract import Extraction
from newsfuse.extract.dates import MONTH, DateMention, closes_span
from newsfuse.models import Article, Evidence, Sentence, TimelineEntry
from newsfuse.summarize.quality import problems
from newsfuse.timeline.syntax import modifier_dates
from newsfuse.words import QUOTED, inside_quote

SAME_SUB_EVENT = 0.3  # share of the shorter sentence's terms the two sentences must share
MIN_SHARED = 2  # ... and at least this many: one word in common is chance
MAX_ENTRIES = 25
NEWS_SPAN = dt.timedelta(days=7)  # reports of one event's news, not a topic's stream
MAX_WORDS = 70  # longer sentences are run-ons or lists; their date is too loosely attached


@dataclass
class _Entry:
    date_key: tuple
    sentences: list[Sentence]
    term_sets: list[set[str]]
    only_date: list[bool]  # the sentence names no other date
    counts: list[set[str]]  # the numbers the sentence states, its date's aside
    # sentences of other articles that tell it with its date in an aside or a modifier:
    # support, never its face; each with its terms and counts
    backing: list[tuple[Sentence, set[str], set[str]]] = field(default_factory=list)


def build_timeline(
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    extraction: Extraction,
    source_of: Callable[[str], str],
    limit: int = MAX_ENTRIES,
    days_only: bool = False,
    syntax: bool = True,
) -> list[TimelineEntry]:
    """Timeline entries ordered by date (then precision), each citing every source it merges.

    ``days_only``: only day-precision entries (a day-by-day chronology, or date selection).
    ``syntax``: drop sentences whose date only dates a modifier, by a dependency parse
    (`syntax.modifier_dates`; skipped when spaCy is not installed).
    """
    mentioned_by: dict[tuple, set[str]] = {}  # date -> every article that dates something to it
    candidates: list[tuple[Article, DateMention, Sentence]] = []  # sentences that could show
    in_passing: list[tuple[Article, DateMention, Sentence]] = []  # support only
    for article in articles:
        mentions = extraction.dates.get(article.id, [])
        for previous, mention in zip([None, *mentions], mentions, strict=False):
            if mention.precision == "year" and (
                mention.relative or _names_election(article, mention)
            ):
                continue
            sentence = _sentence_at(sentences[article.id], mention.start)
            if sentence is None or (
                mention.relative and inside_quote(sentence.text, mention.start - sentence.start)
            ):
                continue
            before = article.text[max(0, mention.start - 40) : mention.start]
            if _bounds_a_period(before, mention.text) or _ANNIVERSARY.search(before):
                continue
            if previous is not None and _closes_span(article.text, previous, mention):
                continue
            if days_only and mention.precision != "day":
                continue
            mentioned_by.setdefault((mention.date, mention.precision), set()).add(article.id)
            if _showable(sentence, mention.text) and not _in_lead_in(sentence, mention.start):
                aside = _in_relative_clause(sentence, mention.start) or _names_an_event(
                    sentence, mention
                )
                (in_passing if aside else candidates).append((article, mention, sentence))
    published = {a.id: a.published for a in articles}
    if len(candidates) > limit:  # only dates that can make the cut: fewer sentences to parse
        ranked = sorted(mentioned_by, key=lambda key: _date_rank(key, mentioned_by, published))
        hopeful = set(ranked[: 2 * limit + 10])
        candidates = [c for c in candidates if (c[1].date, c[1].precision) in hopeful]
        in_passing = [c for c in in_passing if (c[1].date, c[1].precision) in hopeful]
    if syntax and candidates:
        modifiers = modifier_dates(
            [
                (s.text, m.start - s.start, m.end - s.start, _other_date(extraction, a, m, s))
                for a, m, s in candidates
            ]
        )
        if modifiers is not None:  # the date only dates a clause or a noun inside the sentence
            in_passing += [c for c, modifier in zip(candidates, modifiers, strict=True) if modifier]
            candidates = [
                c for c, modifier in zip(candidates, modifiers, strict=True) if not modifier
            ]

    entries: list[_Entry] = []
    dated: set[tuple[str, tuple]] = set()  # (article, date): one entry per article and date
    for article, mention, sentence in candidates:
        key = (mention.date, mention.precision)
        if (article.id, key) in dated:
            continue
        dated.add((article.id, key))
        own, counts = _content(sentence, mention)
        only = all(
            m.date == mention.date
            for m in extraction.dates.get(article.id, [])
            if sentence.start <= m.start < sentence.end
        )
        home = next(
            (
                e
                for e in entries
                if e.date_key == key
                and _same(e, own, counts)
                and article.id not in {s.article_id for s in e.sentences}
            ),
            None,
        )
        if home is None:
            entries.append(_Entry(key, [sentence], [own], [only], [counts]))
        elif sentence not in home.sentences:
            home.sentences.append(sentence)
            home.term_sets.append(own)
            home.only_date.append(only)
            home.counts.append(counts)
    for article, mention, sentence in in_passing:
        key = (mention.date, mention.precision)
        own, counts = _content(sentence, mention)
        home = next((e for e in entries if e.date_key == key and _same(e, own, counts)), None)
        if home is not None and (article.id, key) not in dated:
            dated.add((article.id, key))
            home.backing.append((sentence, own, counts))

    kept = _select(entries, mentioned_by, published, limit)
    kept.sort(key=lambda e: (e.date_key[0], e.date_key[1] != "year", e.date_key[1] == "day"))
    return [_timeline_entry(entry, source_of) for entry in kept]


def _timeline_entry(entry: _Entry, source_of: Callable[[str], str]) -> TimelineEntry:
    """The entry as shown: its typical sentence (`_typical`), citing only the sources whose
    sentence tells what that one does (`_alike`): a sentence merged for what it shares with the
    entry's first may not share it with the one shown ("None of five government agencies ...
    investigated ... as early as October 2014" is not told by "the possibility of a link was
    raised in internal government emails as early as October 2014")."""
    shown = _typical(entry)
    told = [
        sentence
        for i, sentence in enumerate(entry.sentences)
        if i == shown
        or _alike(entry.term_sets[i], entry.counts[i], entry.term_sets[shown], entry.counts[shown])
    ] + [
        sentence
        for sentence, own, counts in entry.backing
        if _alike(own, counts, entry.term_sets[shown], entry.counts[shown])
    ]
    told.sort(key=lambda s: int(source_of(s.article_id)[1:]))
    return TimelineEntry(
        date=entry.date_key[0],
        precision=entry.date_key[1],
        text=_standalone(entry.sentences[shown].text),
        sources=sorted({source_of(s.article_id) for s in told}, key=lambda sid: int(sid[1:])),
        evidence=[
            Evidence(source=source_of(s.article_id), start=s.start, end=s.end, quote=s.text)
            for s in told
        ],
    )


# A date right after these words bounds a period ("since 1967", "between May 2010 and ...",
# "by 2014", "closed until at least Thursday", 'committed from February 15 through "at least"
# February 28', "trades that extend beyond June 2011"), or a deadline one ends ("extended the
# deadline by a month to the end of May"): it is not the day anything in the sentence happened.
_PERIOD_BOUNDARY = re.compile(
    r"\b(?:since|between|by|until|till|through|from|beyond|(?<!this\s)past)\s+(?:the\s+)?"
    r"(?:[\"“”]?at\s+least[\"“”]?\s+)?$",
    re.I,
)
_PERIOD_END = re.compile(r"\bto\s+$", re.I)  # "to" + "the end of May"
# ... nor is the day a comparison starts from: '"Dow goes from 18,589 on November 9, 2016, to
# 25,075 today, for a new all-time Record," Trump tweeted' (a Multi-News entry of 2016-11-09 for
# a tweet of January 2018) measures from it, and the news is the other end.
_COMPARISON_START = re.compile(r"\bfrom\s+[$£€]?\d[\d,.]*%?(?:\s+[a-z]+)?\s+(?:on|in)\s+$", re.I)
_END_OF = re.compile(r"(?:the\s+)?end\s+of\b", re.I)
# ... nor is the date an anniversary marks: "the 20th anniversary of the Sept. 11, 2001
# attacks" is 20 years after it
_ANNIVERSARY = re.compile(r"\banniversary\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _bounds_a_period(before: str, date_text: str) -> bool:
    """Whether the date ``date_text``, after the text ``before`` it, bounds a period
    (`_PERIOD_BOUNDARY`, `_COMPARISON_START`) or is the end it runs to ("to the end of May")."""
    return bool(
        _PERIOD_BOUNDARY.search(before)
        or _COMPARISON_START.search(before)
        or (_PERIOD_END.search(before) and _END_OF.match(date_text))
    )


def _closes_span(text: str, previous: DateMention, mention: DateMention) -> bool:
    """Whether ``mention`` closes a span that ``previous`` opens: it bounds the period too
    ("ambassador to Egypt from 1997 to 2001", "the poll was conducted from June 8 to June 9",
    "stop the well between July 20 and July 27"); not a move that runs backwards ("brought
    forward its meeting from tomorrow to today")."""
    return (
        closes_span(text, (previous.start, previous.end), mention.start)
        and previous.date < mention.date
    )


def _support(entry: _Entry) -> int:
    """The articles that tell the entry, in passing too (`_Entry.backing`)."""
    return len({s.article_id for s in entry.sentences} | {s.article_id for s, *_ in entry.backing})


def _select(
    entries: list[_Entry],
    mentioned_by: dict[tuple, set[str]],
    published: dict[str, dt.date | None],
    limit: int,
) -> list[_Entry]:
    """The `limit` entries to show: the dates most articles mention first, one entry per date
    before any date gets a second one, day precision before month and year.

    A date's support (``mentioned_by``) counts every article that dates anything to it, in any
    sentence: many reports mentioning one day is the strongest sign the day matters, even when
    they tell different sub-events. Mentions made looking back (in an article published after
    the date) rank first: a day that later reports keep returning to is a milestone, while
    "on Monday" in Monday's report is mostly the news cycle (Tran et al., 2015, ranked
    timeline dates by such references; on Timeline17 this ordering lifts date F1 by about 4
    points over counting every mention). A year needs two sources to be shown at all (one that
    backs it in passing counts, `_Entry.backing`), and an entry needs a sentence that says who
    (`_none_says_who`). A date's best entry is the best one whose sentences no better date's
    best entry tells: a chronology's line told at another date must not leave its date without
    an entry while others tell it (a Timeline17 BBC brief lost 4 August so, once two reports'
    unrelated sentences of that Wednesday no longer merged).
    """

    ranked = sorted(
        (
            e
            for e in entries
            if (e.date_key[1] != "year" or _support(e) >= 2) and not _none_says_who(e)
        ),
        key=lambda e: (*_date_rank(e.date_key, mentioned_by, published), -_support(e)),
    )
    first: list[_Entry] = []  # the best entry of each date
    rest: list[_Entry] = []
    seen: set[tuple] = set()
    claimed: set[Sentence] = set()  # the sentences of the best entries so far
    for entry in ranked:
        if entry.date_key in seen:
            rest.append(entry)
        elif (entry := _without(entry, claimed)).sentences:
            first.append(entry)
            seen.add(entry.date_key)
            claimed.update(entry.sentences)
    newest = _newest_day(first, published)
    if newest is not None and first.index(newest) > 1:
        first.remove(newest)
        first.insert(1, newest)  # second only to the best-ranked date
    kept: list[_Entry] = []
    shown: set[Sentence] = set()  # a sentence with two dates is told once, at the better one
    for entry in first + rest:
        if len(kept) == limit:
            break
        if (entry := _without(entry, shown)).sentences:
            shown.update(entry.sentences)
            kept.append(entry)
    return kept


def _newest_day(entries: list[_Entry], published: dict[str, dt.date | None]) -> _Entry | None:
    """The entry of the latest day no later than the newest report, the news the cluster is
    about: no later report looks back to it, so the looking-back ranking puts it last (a
    Timeline17 BP brief's 25 entries stopped four days before its storm's day). None when no
    report is dated (a day after the news cannot be told from a plan), and when the reports
    span more than `NEWS_SPAN`: a topic's stream of months has no one day that is its news
    (forcing its last day in cost Timeline17's date F1 1.2 points)."""
    dated = [day for day in published.values() if day is not None]
    if not dated or max(dated) - min(dated) > NEWS_SPAN:
        return None
    newest_report = max(dated)
    days = [e for e in entries if e.date_key[1] == "day" and e.date_key[0] <= newest_report]
    return max(days, key=lambda e: e.date_key[0], default=None)


# A pronoun subject points back to a sentence the timeline does not show: "They said on
# Tuesday that their bill will save energy", "He joined the Wisconsin National Guard in March
# 2015", "Among them was the Libyan ambassador to Bangladesh" (not "This week", nor "It was the
# second such attack after ... on June 20", which tells its own news).
_PRONOUN_SUBJECT = re.compile(
    r"(?:He|She|They|This|These|Those)\b(?! (?:year|week|month)\b)|It\b(?! (?:was|is)\b)"
    # "That's opened up from an even score in July 2012", "The same woman said ..." (not "That
    # day", "The same day")
    r"|That(?:['’]s| (?:is|was|has|had)\b)"
    r"|The same\b(?! (?:day|night|morning|afternoon|evening|week|month|year|time)\b)"
    r"|Among (?:them|these|those)\b"
    # "Both are key issues in November congressional elections" (not "Both sides ...")
    r"|Both(?= (?:are|were|have|had|will|would|say|said)\b)"
)


# ... and so does a definite subject naming an act or a statement that the sentence places only
# by what it came after: "The shelling came after the US launched airstrikes the previous night
# ..." (the demo's: which shelling, the sentence before told), "The move comes the day after
# ...", "The statement was in response to an online video ...". Not "The attack on the base
# came after ..." or "The Deepwater Horizon blast followed ...", whose own words say which,
# nor "The missile came down in the desert", "The route followed by the storm ...".
# a word of a bare noun phrase: no preposition, relative or verb after "The"
_BARE_WORD = r"(?!(?:of|to|in|on|at|from|for|by|with|that|which|who|was|were|is|are|has|had)\b)"
_TIME_BETWEEN = (  # "came just two days after", "comes a day after"
    r"(?: (?:just|only|soon|shortly|less|more|than|a|an|the|one|two|three|four|five|few|"
    r"several|\d+|hours?|days?|weeks?|months?))*"
)
_ACT_TOLD_BEFORE = re.compile(
    rf"The (?:{_BARE_WORD}[a-z][\w-]* ){{1,3}}(?:"
    rf"(?:came|comes){_TIME_BETWEEN} (?:after|as|amid|following|on the heels of|"
    r"in (?:response|retaliation|reaction) to)"
    r"|(?:followed|follows) (?!(?:by|is|was)\b)"
    r"|(?:was|is|were|are) (?:in |a )?(?:response|retaliation|reaction|reply) (?:to|for))\b"
)


def _points_back(text: str) -> bool:
    """Whether the sentence's subject points back to one the timeline does not show: a
    pronoun (`_PRONOUN_SUBJECT`) or an act told before (`_ACT_TOLD_BEFORE`)."""
    shown = _standalone(text)
    return bool(_PRONOUN_SUBJECT.match(shown) or _ACT_TOLD_BEFORE.match(shown))


def _none_says_who(entry: _Entry) -> bool:
    """Whether every sentence of the entry opens on a subject pointing back (`_points_back`)."""
    return all(_points_back(s.text) for s in entry.sentences)


def _without(entry: _Entry, shown: set[Sentence]) -> _Entry:
    """``entry`` without the sentences a better-ranked entry already tells."""
    kept = [i for i, s in enumerate(entry.sentences) if s not in shown]
    if len(kept) == len(entry.sentences):
        return entry
    return _Entry(
        entry.date_key,
        [entry.sentences[i] for i in kept],
        [entry.term_sets[i] for i in kept],
        [entry.only_date[i] for i in kept],
        [entry.counts[i] for i in kept],
        entry.backing,
    )


def _date_rank(
    key: tuple, mentioned_by: dict[tuple, set[str]], published: dict[str, dt.date | None]
) -> tuple[int, int, bool]:
    """Sort key of a date (best first): mentions looking back to it, articles mentioning it,
    day precision first."""
    looking_back = sum(1 for a in mentioned_by[key] if (p := published[a]) and p > key[0])
    return -looking_back, -len(mentioned_by[key]), key[1] != "day"


MIN_WORDS = 6  # beyond the date itself: "Thursday, Dec. 20, 2012." is no entry


def _showable(sentence: Sentence, date_text: str) -> bool:
    """Whether a dated sentence can stand as a timeline entry: not a run-on, not a photo
    caption, boilerplate, a question, a prompt or a quote of no one (`_NO_EVENT`), nor a
    speaker's aside (`_SPEAKER_ASIDE`), words to the reader (`_TO_THE_READER`) or a reader's
    (`_LOWER_CASE_I`), nor the page announcing what it shows (`_PAGE_FURNITURE`), not the
    lead-in to a list or an embed it lacks ("Here's the running list of what Google's rolled
    out today so far:"), and saying something besides its date."""
    words = len(sentence.text.split())
    if words > MAX_WORDS or words - len(date_text.split()) < MIN_WORDS:
        return False
    if sentence.text.rstrip().endswith(":"):
        return False
    if sentence.text.startswith(date_text) and _OPENING_QUOTE.match(
        sentence.text[len(date_text) :].lstrip()
    ):
        return False  # a quote box's label ('4 May "The Gulf of Mexico is a big ocean.'): the
        # date may be the quote's before or after it, and no one is said to speak
    if not (
        sentence.text[:1].isupper()
        or sentence.text[:1].isdigit()
        or _OPENING_QUOTE.match(sentence.text)
    ):
        return False  # a fragment (", speaks during a town hall ..."), not a sentence
    shown = _standalone(sentence.text)  # a factbox's lead-in ("Here is a timeline ...:") is cut
    return (
        not _NO_EVENT & problems(shown)
        and not _SPEAKER_ASIDE.match(shown)
        and not _PAGE_FURNITURE.match(shown)
        and not _TO_THE_READER.search(unquoted := QUOTED.sub(" ", shown))
        and not _LOWER_CASE_I.search(unquoted)
    )


# What the summarizer's quality filter finds that tells no event on its date: a caption's date
# is the picture's, boilerplate's the page's ("A version of this article appeared August 24,
# 2012, on page A11"); a question asks ("You think Saturday you have a flight out?"), and a
# writer's or anchor's prompt turns to the reader ("Let's listen to what Secretary Clinton had
# to say yesterday"). Not "headline": its teaser form also flags a live blog's "Here is their
# early account: The first piece of science work started on Monday ...", a day Timeline17's
# journalists chose. A quote of no one ("“I intend to table my bill when the House of Commons
# resumes in late January 2016 ...”", a Multi-News brief's only entry) tells no one's plan.
_NO_EVENT = frozenset({"caption", "boilerplate", "question", "opinion", "unattributed quote"})
# A speaker telling of themselves, outside quotation marks: a guest's aside in a transcript ("I
# mean I registered upon arriving here at the end of August"), not the news (a reporter's "We
# saw Molotov cocktails being thrown ..." is); or a writer turning to the reader ("You soon
# sense the anxiety and anger ... as the chairman of BP misguidedly called them this week").
_SPEAKER_ASIDE = re.compile(r"(?:I(?:[’'](?:m|ve|d|ll))?|You(?:[’'](?:re|ve|d|ll))?)\s")
# ... or later in the sentence, outside quotes: "Today, the app will teach you how to speak
# emoji.", "Today is the day you really can't trust anything you read online ..." (an April
# Fools' roundup's entries): a writer's address tells the reader no event.
_TO_THE_READER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
# ... or a reader's comment, which writes "i": "Yesterday, night, i discussed about world Top 25
# cities photos with my wife" (a Timeline17 brief's only entry, from a blog's comments).
_LOWER_CASE_I = re.compile(r"(?<![\w'’.-])i(?=\s)")
# A page announcing what it shows, not an event: "Here is a collection of reactions to Egyptian
# President Hosni Mubarak's Tuesday night speech ...", "Here is the text of ..." (CNN's live
# blog); not a live blog's "Here is their early account: The first piece of science work
# started on Monday ...", whose colon opens the account itself.
_PAGE_FURNITURE = re.compile(r"(?:Here(?:['’]s| is| are)|Below (?:is|are))\s(?![^:]*:)")


_OPENING_QUOTE = re.compile(r"[\"“‘']\W*[A-Z0-9]")
# "the 2020 race", "running for president in 2020": a year that names an election, not a time
# anything happened.
_ELECTION = re.compile(
    r"\b(?:election|elections|race|campaign|run|running|nomination|ticket|presidential|"
    r"primary|primaries|candidates?|candidacy|bid|ballot|midterms?|cycle)\b",
    re.I,
)


def _names_election(article: Article, mention: DateMention) -> bool:
    """Whether a year mention names an election: an election word within five words before it
    or three after."""
    before = article.text[max(0, mention.start - 60) : mention.start].split()[-5:]
    after = article.text[mention.end : mention.end + 40].split()[:3]
    return bool(_ELECTION.search(" ".join(before + after)))


# ", who died in August 1995," / ", which opened in 2010", ", the son of a herdsman who seized
# power in 1969,": an aside about someone or something the sentence mentions, not what the
# sentence reports; nor does an opening clause of what came later ("Before the president's
# murder on Nov. 22, 1963, Mr. Lane was a minor figure ...") or since ("Since the explosion on
# the Deepwater Horizon rig on 20 April, the oil giant has been forced to pay out ..."), or
# inside an aside ("The NATO attack, one of the heaviest since the NATO mission began just over
# two months ago, started at about 1 a.m.": Tuesday's strike, not March's), nor
# the clause a delay waits for ("accused Mexico of failing to disclose the outbreak until after
# Barack Obama had visited the country on 16 April": Castro's words were of May).
_RELATIVE_CLAUSE = re.compile(
    r"(?:,|—|–|\()[^,;:—–()]*?\b(?:who|which|whose|where)\b[^,;:—–()]*$"
    r"|(?:,\s|—|–|\()[^,;:—–()]*?\bsince\b[^,;:—–()]*$"  # not the comma of "780,000"
    r"|^\W*(?:Before|Prior to|Since)\b[^,;:]*$"
    r"|\b(?:until|till)\s+after\b[^,;:]*$",
    re.I,
)


# "the April 20 explosion", "the 20 April blast", "last month's explosion", "the 2001 terrorist
# attacks", "the 1988 Lockerbie bombing": a date that names an earlier event inside a sentence
# about something else ("lawmakers questioned executives about the April 20 rig fire"); at the
# sentence's start the sentence is that event's.
_EVENT_NAMED_BEFORE = re.compile(r"\S\s+the\s+$", re.I)
_EVENT_NAMED_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:explosion|blast|fire|attack|spill|disaster|accident|"
    r"crash|shooting|bombing|raid|strike|storm|earthquake)s?\b"
)


def _names_an_event(sentence: Sentence, mention: DateMention) -> bool:
    """Whether the date names an event the sentence mentions in passing (see above)."""
    at, end = mention.start - sentence.start, mention.end - sentence.start
    before = sentence.text[:at]
    possessive = sentence.text.startswith(("'s", "’s"), end)
    return bool(
        (_EVENT_NAMED_BEFORE.search(before) or (possessive and before.strip()))
        and _EVENT_NAMED_AFTER.match(sentence.text, end)
    )


def _in_relative_clause(sentence: Sentence, offset: int) -> bool:
    """Whether ``offset`` sits in a non-restrictive relative clause, an opening "Before ..." or
    "Since ...", one in an aside, or an "until after ..." (`_RELATIVE_CLAUSE`):
    the date is then the aside's, and the sentence (which reports something else) cannot stand
    for it."""
    return bool(_RELATIVE_CLAUSE.search(sentence.text[: offset - sentence.start]))


# A day word that dates the sentence even when it cannot be resolved (an undated article).
_DAY_WORD = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b"
)


def _other_date(
    extraction: Extraction, article: Article, mention: DateMention, sentence: Sentence
) -> bool:
    """Whether ``sentence`` also names a time other than ``mention``'s: another resolved date,
    or a day word ("Thursday") outside the mention."""
    if any(
        sentence.start <= m.start < sentence.end and m.date != mention.date
        for m in extraction.dates.get(article.id, [])
    ):
        return True
    text = sentence.text
    cut = text[: mention.start - sentence.start] + " " + text[mention.end - sentence.start :]
    return bool(_DAY_WORD.search(cut))


def _content(sentence: Sentence, mention: DateMention) -> tuple[set[str], set[str]]:
    """The sentence's content terms and the numbers it states, without its date's own words
    ("They had plunged 9 percent on Monday" tells nothing of "On Monday, Obama will make his
    fourth trip")."""
    undated = terms(sentence.text.replace(mention.text, " "))
    return {t for t in undated if not t.isdigit()}, {t for t in undated if t.isdigit()}


def _sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= offset < s.end), None)


def _same(entry: _Entry, own: set[str], counts: set[str]) -> bool:
    """Whether a sentence tells the entry's sub-event: compared with the entry's first sentence
    only, so a chain of loosely related sentences cannot drift into another sub-event."""
    return _alike(own, counts, entry.term_sets[0], entry.counts[0])


def _alike(terms_a: set[str], counts_a: set[str], terms_b: set[str], counts_b: set[str]) -> bool:
    """Whether two sentences of one date tell one thing: they share `MIN_SHARED` content terms
    at least, and `SAME_SUB_EVENT` of the smaller one's. Two sentences that both state numbers,
    none the same, tell two things ("15 civilians were killed" is no source of "19 civilians
    were killed", nor "$1.6bn" of Obama's visit)."""
    if counts_a and counts_b and not counts_a & counts_b:
        return False
    shared = len(terms_a & terms_b)
    return shared >= MIN_SHARED and shared >= SAME_SUB_EVENT * min(len(terms_a), len(terms_b))


# A connective that ties a sentence to the one before it in its article.
_CONNECTIVE = re.compile(
    r"(?:But|And|So|Yet|However,|Then,|Still,|Also,|Meanwhile,|Instead,)\s+(?=[\w“\"‘'])"
)
_FIRST_LETTER = re.compile(r"(?<=^)\w|(?<=^[“\"‘'])\w")


# A factbox's lead-in that the sentence runs on into its first item: "Here is a timeline of
# the civil war in Libya since protests ... began in February: February 15/16, 2011 - The
# arrest of human rights activist Fethi Tarbel sparks a riot in Benghazi" (Reuters).
_LEAD_IN = re.compile(rf"^[^:]{{20,}}:\s+(?={MONTH}\s+\d{{1,2}}\b[^-–—:]{{0,12}}\s[-–—]\s)")


def _in_lead_in(sentence: Sentence, offset: int) -> bool:
    """Whether ``offset`` sits in a factbox's lead-in (`_LEAD_IN`), which the entry does not
    show ("... since protests ... began in February:")."""
    lead_in = _LEAD_IN.match(sentence.text)
    return lead_in is not None and offset - sentence.start < lead_in.end()


def _standalone(text: str) -> str:
    """The sentence without a connective that opens it ("But in August 2014, ..." -> "In
    August 2014, ..."), or from the first item of a factbox it runs on into."""
    text = text[lead_in.end() :] if (lead_in := _LEAD_IN.match(text)) else text
    match = _CONNECTIVE.match(text)
    if match is None:
        return text
    return _FIRST_LETTER.sub(lambda m: m.group().upper(), text[match.end() :], count=1)


def _typical(entry: _Entry) -> int:
    """The index of the entry's most typical readable sentence.

    Sentences that say who come first (no subject pointing back, `_points_back`: "The same
    woman said ..." is no entry's face while another source tells it), then those that name
    only this date, then those fit to stand alone (the summarizer's quality filter); among
    them, the one sharing the most terms with the others per term of its own, so a long
    run-on does not win by size alone. Ties: the first.
    """

    def rank(i: int) -> tuple[bool, bool, bool, float, int]:
        own = entry.term_sets[i]
        shared = sum(len(own & other) for j, other in enumerate(entry.term_sets) if j != i)
        text = entry.sentences[i].text
        says_who = not _points_back(text)
        readable = not problems(text)
        return (says_who, entry.only_date[i], readable, shared / max(len(own), 1), -i)

    return max(range(len(entry.sentences)), key=rank)

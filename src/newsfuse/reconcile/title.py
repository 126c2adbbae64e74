"""The brief's title: the reports' best headline, else a lead sentence that stands as one.

A headline is the line a newsroom wrote to say what happened, so the one that shares most with
the other reports' headlines and leads is the title (`_headline`); one that asks, argues or
speaks in the writer's voice comes last (`_states`), and with several reports it yields to a
lead that says what happened (`_lead_title`, cut to `MAX_TITLE_WORDS` where it runs long).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from newsfuse.clean.lines import ends_with_abbreviation
from newsfuse.embed.stopwords import STOP_WORDS
from newsfuse.embed.terms import terms
from newsfuse.models import Article, Sentence
from newsfuse.summarize.quality import ABBREVIATION_END, problems
from newsfuse.words import (
    AUXILIARY_OR_PAST,
    IRREGULAR_PAST,
    QUOTE_MARK,
    SUBORDINATE_CLAUSE,
    alternation,
    inside_quote,
    is_headline,
    word_set,
)


def brief_title(
    articles: Sequence[Article], leads: dict[str, list[Sentence]], name_terms: list[set[str]]
) -> str | None:
    """The best headline (`_headline`) less its rubric (`_RUBRIC`), else the lead that stands
    as a title (`_lead_title`). A headline that does not state what happened (`_states`)
    yields to the lead of several reports: "Today Marks a Significant Milestone in Our
    History", a studio's memo and the only headline of three reports, says less than
    "Universal's "Furious 7" will cross $1 billion at the worldwide box office Friday". (A lone
    report's own lead is in the headline's voice.)"""
    headline = _headline(articles, leads, name_terms)
    if headline is None:
        return _lead_title(articles, leads)
    headline = _RUBRIC.sub("", headline)
    if len(articles) > 1 and not _states(headline):
        return _lead_title(articles, leads) or _without_full_stop(headline)
    return _without_full_stop(headline)


# A scraped page's first line is sometimes page furniture, not the headline: a video player's
# "Media playback is unsupported on your device ...", a share button's "Play Facebook".
_NOT_A_HEADLINE = frozenset({"boilerplate", "caption", "all caps"})
MIN_HEADLINE_WORDS = 3
# ... or a date line ("April 10th, 2016") or share buttons ("share tweet pin email"): a
# headline has two words besides those.
_NOT_HEADLINE_WORD = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+(?:st|nd|rd|th)?|updated|posted|published|"
    r"share|tweet|pin|email|e-mail|print|save|comments?|facebook|twitter|whatsapp|reddit|"
    r"linkedin|pinterest|play|more|close|menu|search|subscribe",
    re.I,
)


# ... or a page's label before the headline: "Published: January 2011 ...", "WARNING: The
# video contains ...", "Story highlights ...".
_PAGE_LABEL = re.compile(
    r"(?:published|updated|posted|warning|editor'?s note|story highlights|advertisement)\b", re.I
)
# A headline that asks ("What might Michael Cohen tell Robert Mueller?") is the last choice,
# and so is one that argues or explains ("How Harvard Should Handle the Kyle Kashuv Mess",
# "Why the Fed must act", "Opinion: ..."): an opinion piece's, not what happened.
_QUESTION = re.compile(r"\?\W*$")
_ARGUES = re.compile(
    r"^(?:How|Why)\b|^(?:Opinion|Commentary|Editorial|Analysis|Column|Perspective|Explainer)\s*[:|]|"
    # a title-case "Should" told by no one ("Democrats Should Stop ..."; not "Trump Says
    # Voters Should Vote Twice")
    r"^(?![^:]*\b(?:[Ss]ays?|[Ss]aid|[Tt]ells?|[Uu]rges?)\b)[^:]*\b(?:Should|Must)\b|"
    # a kicker in someone's voice before the colon, a column's slogan ("They're Not Stealing
    # It: Rick Scott, NRSC Sue ..."; not "Rick Scott: 'They Will Not ...'"), and a judgement
    # hedged ("Even Trump-friendly companies seem comfortable with COVID restrictions")
    r"^(?:I|We|You|They|He|She|It)(?:['’][a-z]+)?\s[^:]*:|\b[Ss]eems?\b|"
    # a verdict of lying told by no one ("Biden Lies Again and Again"; not "Cohen Admits He
    # Lied to Congress", "Danger lies ahead", nor a quoted one: `_HEADLINE_QUOTE`)
    r"^(?![^:]*\b(?:[Ss]ays?|[Ss]aid|[Tt]ells?|[Aa]dmits?|[Aa]ccuse[sd]?)\b)"
    r"[^:]*\b(?:[Ll]ies|[Ll]ied|[Ll]iars?)\b"
    r"(?!\s+(?:[Aa]head|[Ii]n|[Aa]t|[Oo]n|[Ww]ith|[Ww]ithin|[Bb]ehind|[Ll]ow)\b)"
)
# ... and so does one that calls what it tells by a loaded word, the writer's verdict ("The
# most alarming passages from Trump's fearmongering Long Island speech", "Trump's awful advice
# on voting twice", "McCabe's shocking claims prove the bloodless coup rolls on")
_LOADED_WORDS = word_set(
    """absurd alarming appalling awful baffling bizarre bogus deranged despicable disgraceful
    disgusting dishonest fearmongering fear-mongering hypocritical idiotic insane laughable
    ludicrous nonsense outrageous pathetic preposterous reprehensible ridiculous shameful
    shameless shocking sickening stupid unhinged vile"""
)
_LOADED = re.compile(rf"\b(?:{alternation(_LOADED_WORDS)})\b", re.I)
# ... or speaks in the writer's or the reader's voice ("Today Marks a Significant Milestone in
# Our History", a studio's memo; "Everything You Need To Know About ..."), before any colon:
# after a name and a colon the words are the speaker's ("Trump: My tweets 'were NOT Racist'").
_OWN_VOICE = re.compile(
    r"^[^:]*?(?:(?<!War )(?<!Part )\bI\b|\b(?:[Ww]e|[Oo]ur|[Mm]y|[Yy]ou|[Yy]our)\b)"
)
# ... or adds a second sentence, a kicker that judges or explains what the first tells
# ("Michael Cohen's guilty plea implicates Trump in federal crime. Republicans don't care",
# "Does Biden Need Pennsylvania to Win? The Alternative Election Path to 270"); news
# headlines are one sentence.
_SENTENCE_BREAK = re.compile(r"[.!?][’'\"”]?\s+(?=[A-Z‘'\"“])")
# A fact check's or a scoop's label before the headline is the outlet's rubric, not the news:
# "Reality check: Mike Pence links Soleimani to 9/11" says it as "Mike Pence links Soleimani to
# 9/11", and "Exclusive: Why One of Vladimir Putin's Biggest Critics Is Banned From U.S."
# explains as its "Why" shows.
_RUBRIC = re.compile(r"^(?:(?:Reality|Fact)[ -]?check|Exclusive|Breaking(?: news)?)\s*:\s*", re.I)
# Words a headline quotes, in single or double marks ("Mitch McConnell condemns Marjorie
# Taylor Greene's 'loony lies,' defends Liz Cheney"): someone's, not the outlet's verdict.
_HEADLINE_QUOTE = re.compile(r"(?<!\w)['‘\"“].*?['’\"”](?!\w)")


def _states(title: str) -> bool:
    """Whether a headline states what happened: it asks nothing (`_QUESTION`), and outside its
    quotes (`_HEADLINE_QUOTE`) neither argues (`_ARGUES`), judges by a loaded word (`_LOADED`)
    nor speaks in the writer's or reader's voice (`_OWN_VOICE`), nor adds a second sentence
    (`_adds_a_kicker`)."""
    unquoted = _HEADLINE_QUOTE.sub("", title)
    return not (
        _QUESTION.search(title)
        or _ARGUES.search(unquoted)
        or _LOADED.search(unquoted)
        or _OWN_VOICE.search(unquoted)
        or _adds_a_kicker(title)
    )


def _adds_a_kicker(title: str) -> bool:
    """Whether a sentence ends inside ``title`` (`_SENTENCE_BREAK`), not an abbreviation's full
    stop ("N.Y. Attorney General Sues ...", "Gov. Ralph Northam") nor an initial's or a short
    capitalised word's ("Robert E. Lee Statue", "Justice Dept. IG to Probe ...")."""
    return any(
        not (
            ends_with_abbreviation(head)
            or ABBREVIATION_END.search(head)
            or _SHORT_CAPITALISED_END.search(head)
        )
        for brk in _SENTENCE_BREAK.finditer(title)
        if (head := title[: brk.start() + 1])
    )


_SHORT_CAPITALISED_END = re.compile(r"\b[A-Z][a-z]{0,3}\.$")


def _headline(
    articles: Sequence[Article], leads: dict[str, list[Sentence]], names: list[set[str]]
) -> str | None:
    """The title that reads as a headline and says most of what the other articles lead with,
    else None (`_lead_title` stands in).

    A headline says what its own article opens with, so a title sharing no content term with
    the article's first sentences is page furniture that passed for one ("English >> World",
    "Most Popular Stories More>>", "Associated Press Tue Feb 19, 2013 7:44 PM"). Among the
    rest, the first is no better than any other: in a roundup it may be one outlet's angle
    ("Trump Is Using Mollie Tibbetts For His Anti-Immigrant Agenda, And It's Reprehensible")
    where another says what all report ("Iowa student's murder thrust into U.S. debate over
    immigration"). A title scores the content terms it shares with each other article's title
    and lead, over the square root of its own count, so a short title that says it all is not
    beaten by a long one that also says more; ties go to the earlier article. A title that
    shares with the others only one name (the terms of one of ``names``) says nothing of what
    happened: an op-ed's "Biden Lies Again and Again" had beaten "FactChecking the Final 2020
    Presidential Debate" on "Biden" alone. (Two names, who and where or whom, begin to say it:
    "Speculation Over Kim Jong-un's Health Is Fueled by North Korea's Own Secrecy".)
    """
    opening = _opening_terms(articles, leads)
    headlines = [
        a
        for a in articles
        if _reads_as_headline(a.title) and set(terms(a.title or "")) & opening[a.id]
    ]
    if len(headlines) < 2:
        return headlines[0].title if headlines else None
    said = {a.id: opening[a.id] | set(terms(a.title or "")) for a in articles}

    def tells_more_than_a_name(article: Article) -> bool:
        others = set().union(*(terms_ for aid, terms_ in said.items() if aid != article.id))
        shared = set(terms(article.title or "")) & others
        return not any(shared <= name for name in names)

    return max(
        headlines,
        key=lambda a: (
            _states(_RUBRIC.sub("", a.title or "")),
            tells_more_than_a_name(a),
            _said_by_others(a.title or "", a.id, said),
        ),
    ).title


def _opening_terms(
    articles: Sequence[Article], leads: dict[str, list[Sentence]]
) -> dict[str, set[str]]:
    """Each article's content terms in its lead, its headline left out."""
    return {
        a.id: set(terms(" ".join(s.text for s in leads[a.id] if not is_headline(s.text, a.title))))
        for a in articles
    }


def _said_by_others(line: str, article_id: str, said: dict[str, set[str]]) -> float:
    """How much of ``line`` (an article's title or lead) the other articles say: its content
    terms found in each other article's terms (``said``), over the square root of its own
    count, so that a short line that says it all is not beaten by a long one that says more."""
    own = set(terms(line))
    others = sum(len(own & terms_) for aid, terms_ in said.items() if aid != article_id)
    return others / math.sqrt(len(own)) if own else 0.0


# Without a usable headline (a third of Multi-News clusters come with none) the title is an
# article's opening sentence, shortened at a clause break to at most `MAX_TITLE_WORDS` words
# (longer, it reads as a paragraph in the place of a heading).
MAX_TITLE_WORDS = 24
MIN_TITLE_WORDS = 4
# A brief with a usable lead has a title: where no opening can be cut at a clause break, the
# best one stands whole up to `MAX_UNCUT_TITLE_WORDS` words, a longer one cut with an ellipsis
# ("Testifying before Congress on Thursday, General Carter Ham, the head of U.S. Africa Command
# affirmed that the situation in Libya is grinding toward a stalemate" had left a Timeline17
# brief with none: its appositive's closing comma is missing, so no cut tells an act).
MAX_UNCUT_TITLE_WORDS = 36
# Where a lead may be cut: a dash, a semicolon, or a comma before a clause or phrase that adds
# to what the sentence has said ("Stocks tanked in trading Monday, with the Dow ... falling",
# "... avoid jet lag, according to a new study", "..., which", "..., sending the girl ..."),
# or before an appositive that ends the sentence (`_APPOSITIVE_BREAK`). Not before "and"/"or",
# which as often close a list ("theft, fraud, and conspiracy").
_ADDS = (
    r"which|who|whose|where|while|when|after|before|as|but|amid|despite|including|such as|"
    r"according to|following|with|without|because|although|though|in an?|"
    # a participle, an adverb before it or not (", easily dwarfing the cost of the clean-up")
    r"(?:[a-z]+ly\s+)?[a-z]{3,}ing"
)
_DASH = r"\s+(?:[—–]|--?)\s+"
_CLAUSE_BREAK = re.compile(
    rf"{_DASH}|;\s+|,\s+(?=(?:{_ADDS})\b)|"
    # a phrase of when needs no comma before it: "... the injuries suffered by an Indian
    # grandfather during an encounter with a police officer while visiting his family"
    r"\s+(?=(?:during|while)\s|(?:after|before|when)\s+[a-z]{3,}ing\b)"
)
# ... unless the phrase closes, a verb after its comma or dash: then it was an aside between
# the subject and its verb, and neither its opening nor its close is a break ("The largest
# dinosaur foot ever found, belonging to one of the largest land animals ..., surely deserves
# the title", "Marty Balin, who co-founded ..., died Thursday", "A former Millis police
# officer — indicted last week ... — was found dead").
_FINITE_VERB = rf"(?:{AUXILIARY_OR_PAST}|[a-z]+[^\Ws]s|put|hit)\b"
_ASIDE_CLOSES = re.compile(rf"(?:,|\s[—–]|\s--?)\s+(?:[a-z]+ly\s+)?{_FINITE_VERB}")
# A title says what happened: a head with no verb after its opening phrase is a name
# ("Testifying before Congress on Thursday, General Carter Ham", cut before ", the head of
# U.S. Africa Command affirmed ...", whose closing comma the source left out).
_VERB = re.compile(rf"\b{_FINITE_VERB}")
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b[^,]*,")
# An aside between two dashes goes whole, not cut in two: "... not stopping him from trying
# -- for a second time -- to change the lyrics of O Canada" had become "... from trying --
# for a second time" (`_without_dashed_asides`).
_DASHED_ASIDE = re.compile(rf"{_DASH}(?:(?!{_DASH})[^;.!?])+?{_DASH}")
# ... and a speaker's attribution after it: a subject of its own, then the speech verb ("-- a
# spokesman for NATO's military operation told reporters", "-- officials said"); a verb right
# after the aside is the sentence's own ("The company -- which employs 300 people -- said").
# Only the plain reporting verbs of `newsfuse.words.SPEECH_VERBS`: "called", "read", "continued"
# after a noun phrase are as often no attribution.
_ATTRIBUTION_AFTER = re.compile(
    r"(?:an?|the|he|she|they|officials|police|authorities|sources|[A-Z][\w'’.-]*)\s"
    r"[^,;:.!?—–]{0,80}?\b(?:said|says|told|tells|added|announced|stated)\b"
)
# An appositive that ends the sentence adds to it ("... they are suing Bushmaster, the
# manufacturer of the gun used by Adam Lanza"), unless it is the subject's, a comma or dash
# after it ("Antoni van Leeuwenhoek, a cloth merchant who ... Vermeer—...—abruptly stopped"),
# or what follows a lone opening phrase is the subject ("In what will be a bittersweet
# announcement for Deadheads, the four surviving ... members of the Grateful Dead revealed"),
# a distance or amount first included ("More than 2,000 miles (3,200 km) from the Gulf of
# Mexico shoreline, a panel of U.S. judges heard arguments ..." was cut to its scene).
_APPOSITIVE_BREAK = re.compile(r",\s+(?=(?:the|an?)\s(?:(?!\s--?\s)[^,;:—–])*$)")
_OPENING_PHRASE = re.compile(
    r"(?:In|On|At|For|Despite|With|Without|Amid|During|From|By|Under|Over|Through|Among|To|"
    r"(?:More|Less|Fewer) than|Nearly|Almost|About)\b"
)
_COMMA = re.compile(r",(?!\d)")  # not a number's ("2,000")
# A lead that opens with its subordinate clause or a quote, or keeps page furniture ("Updated
# | When the first humans left Africa ...") is no title ...
_NO_TITLE_OPENING = re.compile(
    r"(?:When|While|As|After|Before|If|Although|Though|Because|Since|Until|Once|Like|Unlike)\b"
    r"|[\"“‘']"
)
# ... nor is one in the outlet's voice or the reader's ("The 10 women on our Highest-Paid TV
# Actresses list earned ...", "... just your average high school sweethearts").
_OUTLET_OR_READER = re.compile(r"\b(?:[Oo]ur|[Yy]ou|[Yy]our)\b")
# An opening that says less than half of what the best opening shares with the other articles
# is off the story ("Reshoots for “Unstoppable” were filmed at the site" where the best lead
# is on Tony Scott's death): better no title than that.
_LEAST_SHARE_OF_BEST = 0.5
# An opening whose own verb is in the past perfect tells what came before the news: "Sureshbhai
# Patel, 57, had recently arrived to the United States to help his son ..." had beaten "Gov.
# Robert Bentley today apologized to the government of India for the injuries suffered by an
# Indian grandfather ..." (not "Police said the man had been shot": `_tells_what_came_before`).
_PAST_PERFECT = re.compile(
    rf"\bhad\s+(?:[a-z]+ly\s+)?(?:been|had|[a-z]{{2,}}ed|[a-z]+[ew]n|gone|done|come|become|"
    rf"{alternation(IRREGULAR_PAST)})\b"
)


def _lead_title(articles: Sequence[Article], leads: dict[str, list[Sentence]]) -> str | None:
    """A title from the articles' opening sentences, for when none has a usable headline: the
    opening that stands alone (`_stands_as_a_title`) and says most of what the other articles
    lead with (`_said_by_others`), shortened (`_shortened`); if none can be, the best one uncut
    (`_uncut`); None if no opening stands. An opening that tells what came before the news
    (`_tells_what_came_before`) comes after every other.

    A photo caption, a question, a sentence that leans on another ("He said ...") or speaks
    in the first person is no title (`summarize.quality.problems`): "Peter Madsen speaks to
    police shortly after his rescue on August 11th. Photo: Bax Lindhardt/Scanpix" was one
    report's title, and the lead "Danish submarine owner Peder Madsen is to appear in a
    Copenhagen court ..." is the brief's.
    """
    said = _opening_terms(articles, leads)
    openings = [
        (opening, score)
        for a in articles
        if (opening := _opening(a, leads[a.id]))
        and _stands_as_a_title(opening)
        # one that shares nothing with the others' leads tells another story
        and ((score := _said_by_others(opening, a.id, said)) > 0 or len(articles) == 1)
    ]
    least = max((score for _, score in openings), default=0.0) * _LEAST_SHARE_OF_BEST
    ranked = sorted(  # stable: ties go to the earlier article
        openings, key=lambda pair: (_tells_what_came_before(pair[0]), -pair[1])
    )
    return next(
        (title for opening, score in ranked if score >= least and (title := _shortened(opening))),
        _uncut(ranked[0][0]) if ranked else None,
    )


def _tells_what_came_before(opening: str) -> bool:
    """Whether the first verb of ``opening`` is in the past perfect (`_PAST_PERFECT`): no verb
    (`_VERB`) stands before its "had", nor does it end a relative clause (`SUBORDINATE_CLAUSE`: "The
    man who had taken the money was arrested")."""
    verb = _PAST_PERFECT.search(opening)
    return not (
        verb is None
        or _VERB.search(opening, 0, verb.start())
        or SUBORDINATE_CLAUSE.search(opening, 0, verb.start())
    )


def _opening(article: Article, lead: list[Sentence]) -> str:
    """The article's first sentence after its headline ("" if none)."""
    return next((s.text for s in lead if not is_headline(s.text, article.title)), "")


def _stands_as_a_title(sentence: str) -> bool:
    """Whether ``sentence`` can stand alone (`problems`) and opens as a title may."""
    return not (
        problems(sentence)
        or _NO_TITLE_OPENING.match(sentence)
        or any(not inside_quote(sentence, m.start()) for m in _OUTLET_OR_READER.finditer(sentence))
        or "|" in sentence
    )


def _shortened(sentence: str) -> str | None:
    """``sentence`` whole if it has at most `MAX_TITLE_WORDS` words, else cut at its last
    clause break (`_CLAUSE_BREAK`, `_appositive_break`) within them that leaves
    `MIN_TITLE_WORDS` words, closes every quote, bracket and dashed aside, ends no aside
    (`_ASIDE_CLOSES`) and has a verb after its opening phrase (`_tells_an_act`); None if there
    is none. An aside between dashes goes first (`_DASHED_ASIDE`)."""
    if len(sentence.split()) <= MAX_TITLE_WORDS:
        return _without_full_stop(sentence)
    sentence = _without_dashed_asides(sentence)
    if len(sentence.split()) <= MAX_TITLE_WORDS:
        return _without_full_stop(sentence)
    breaks = [*_CLAUSE_BREAK.finditer(sentence), *filter(None, [_appositive_break(sentence)])]
    cuts = [
        head
        for brk in sorted(breaks, key=lambda brk: brk.start())
        if MIN_TITLE_WORDS <= len((head := sentence[: brk.start()]).split()) <= MAX_TITLE_WORDS
        and _closed(head)
        and _tells_an_act(head)
        and not _ASIDE_CLOSES.match(sentence, brk.start())
        and not _ASIDE_CLOSES.search(sentence, brk.end())
    ]
    return cuts[-1] if cuts else None


def _uncut(sentence: str) -> str | None:
    """``sentence`` as a title though no clause break shortens it: whole up to
    `MAX_UNCUT_TITLE_WORDS` words (its dashed asides left out), else its first `MAX_TITLE_WORDS`
    words, less the function words they end on, and an ellipsis."""
    sentence = _without_dashed_asides(sentence)
    words = sentence.split()
    if len(words) <= MAX_UNCUT_TITLE_WORDS:
        return _without_full_stop(sentence)
    head = words[:MAX_TITLE_WORDS]
    while len(head) > MIN_TITLE_WORDS and head[-1].strip(",;:—–-").lower() in STOP_WORDS:
        head.pop()
    return " ".join(head).rstrip(",;:—–-") + "…"


def _appositive_break(sentence: str) -> re.Match[str] | None:
    """The comma before the appositive that ends ``sentence`` (`_APPOSITIVE_BREAK`), if it
    follows more than a lone opening phrase (`_OPENING_PHRASE`)."""
    brk = _APPOSITIVE_BREAK.search(sentence)
    if brk and _OPENING_PHRASE.match(sentence) and not _COMMA.search(sentence, 0, brk.start()):
        return None
    return brk


def _closed(head: str) -> bool:
    """Whether ``head`` closes every quote, bracket and aside between dashes it opens (a cut
    at the dash that closes an aside would end inside it)."""
    return (
        len(QUOTE_MARK.findall(head)) % 2 == 0
        and head.count("(") == head.count(")")
        and len(re.findall(_DASH, head)) % 2 == 0
    )


def _without_dashed_asides(sentence: str) -> str:
    """``sentence`` without its asides between dashes (`_DASHED_ASIDE`); where what follows
    one adds to the sentence (`_ADDS`) or attributes it (`_ATTRIBUTION_AFTER`), a comma stands
    for it, a clause break still: "... calls placed by Michael Dunn -- the man at the center of
    another controversial Florida trial -- shedding new light on his mindset ...", "... made
    'significant advances' -- in the northwest ... -- a spokesman for NATO's military operation
    told reporters Tuesday"."""

    def gap(aside: re.Match[str]) -> str:
        after = sentence[aside.end() :]
        attributes = _ATTRIBUTION_AFTER.match(after)
        return ", " if attributes or re.match(rf"(?:{_ADDS})\b", after) else " "

    return _DASHED_ASIDE.sub(gap, sentence)


def _tells_an_act(head: str) -> bool:
    """Whether ``head`` has a verb (`_VERB`) after its opening phrase, if it opens with one
    (`_OPENING_PARTICIPLE`, `_OPENING_PHRASE`); a head with none is read as a clause (a verb
    such as "set" is past as often as not)."""
    opening = _OPENING_PARTICIPLE.match(head) or (
        _OPENING_PHRASE.match(head) and re.match(r"[^,]*,", head)
    )
    return not opening or bool(_VERB.search(head, opening.end()))


def _without_full_stop(title: str | None) -> str | None:
    """A headline ends on no full stop ("... its pros and cons?." as the AllSides set writes
    its titles, "Six takeaways from the debate.", or twice: "... to follow through.."), but
    keeps an abbreviation's ("... the U.S.") and an ellipsis."""
    if title is None or not title.endswith(".") or title.endswith("..."):
        return title
    if title.endswith(".."):  # the set's full stop after the headline's own
        title = title[:-1]
    if ends_with_abbreviation(title) or ABBREVIATION_END.search(title):
        return title
    return title[:-1].rstrip()


def asks(line: str) -> bool:
    """Whether a sentence is a question: its numbers are asked about, not stated ("Is it true
    that BP was fined $370m by the US department of justice?")."""
    return line.rstrip().rstrip("\"”’')]").endswith("?")


def _reads_as_headline(title: str | None) -> bool:
    """A headline, not page furniture, a date line, share buttons or a page label."""
    return bool(
        title
        and len(title.split()) >= MIN_HEADLINE_WORDS
        and not _PAGE_LABEL.match(title)
        and sum(not _NOT_HEADLINE_WORD.fullmatch(w.strip(",.:;|")) for w in title.split()) >= 2
        and not problems(title) & _NOT_A_HEADLINE
    )

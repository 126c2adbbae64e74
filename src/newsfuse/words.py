"""`word_set`: the one way constant vocabularies are written across the stages, and the
vocabularies (and the quote test, `inside_quote`) more than one stage reads."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "IRREGULAR_PAST",
    "QUOTED",
    "QUOTE_MARK",
    "SPEECH_VERBS",
    "alternation",
    "inside_quote",
    "word_set",
]

#: A double quotation mark, straight or curly: what opens or closes quoted speech. (A single
#: mark is as often an apostrophe.)
QUOTE_MARK = re.compile(r"[\"“”]")
#: One quotation, marks included: take it out to leave the writer's own words.
QUOTED = re.compile(r"[\"“”][^\"“”]*[\"“”]")


def inside_quote(text: str, offset: int) -> bool:
    """Whether ``offset`` into a sentence's ``text`` is inside quoted speech (an odd number of
    quote marks before it)."""
    return len(QUOTE_MARK.findall(text, 0, offset)) % 2 == 1


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: a vocabulary written as one readable string
    ("said says told") instead of a list literal of quoted words."""
    return frozenset(text.split())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that "seventeen" is never read as
    "seven" (then alphabetical, so the pattern is the same on every run)."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


#: Speech verbs (every form) that attribute a quote to its speaker: "..., he replied." The
#: segmenter keeps an attribution with its quote, the summarizer knows a quote's speaker by them.
SPEECH_VERBS = word_set(
    """say says said saying tell tells told telling ask asks asked according write
    writes wrote add adds added state states stated explain explains explained tweet tweets
    tweeted announce announces announced report reports reported note notes noted argue argues
    argued claim claims claimed insist insists insisted concede concedes conceded admit admits
    admitted acknowledge acknowledges acknowledged respond responds responded reply replies
    replied recall recalls recalled continue continues continued warn warns warned post posts
    posted read reads declare declares declared testify testifies testified describe describes
    described call calls called urge urges urged vow vows vowed promise promises promised
    confirm confirms confirmed deny denies denied joke jokes joked quip quips quipped shout
    shouts shouted yell yells yelled stress stresses stressed suggest suggests suggested
    predict predicts predicted complain complains complained"""
)


#: Irregular verbs' simple past ("took", "fell"; "-ed" covers the rest): how the stages tell
#: a clause told in the past (a dated caption's blurb, a past clause before a weekday, an
#: aside closed by its verb). Forms that are also the present ("put", "hit", "set", "read")
#: are left out; a stage that wants them adds them.
IRREGULAR_PAST = word_set(
    """became began broke brought came drew drove fell flew fought found gave got grew heard
    held hung kept knew led left lost made met paid ran rose said saw sent shot sold spent
    spoke stood struck threw told took went won wrote"""
)
#: An auxiliary or a verb in the past tense (a regex alternation): a finite verb no noun's
#: plural looks like, so a clause that holds one is a clause, not a list of phrases.
AUXILIARY_OR_PAST = (
    r"is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|"
    rf"[a-z]{{2,}}ed|{alternation(IRREGULAR_PAST)}"
)
#: A relative or "when" clause running to the end of the text searched: it tells of someone or
#: something the sentence mentions ("relatives of people killed when terrorists hijacked four
#: airliners on Sept. 11, 2001", "a herdsman who seized power in 1969").
SUBORDINATE_CLAUSE = re.compile(r"\b(?:when|who|which|whose|whom)\b[^,;:()—–]*$", re.I)


def is_headline(line: str, title: str | None) -> bool:
    """Whether a sentence is the article's title itself, whatever its spacing and closing stop
    (a text may open with its headline; the AllSides set ends its titles with "." too)."""
    return title is not None and _bare(line) == _bare(title)


def _bare(line: str) -> str:
    return " ".join(line.split()).rstrip(".!?")

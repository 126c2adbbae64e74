"""Whether a date dates what its sentence reports, or only a modifier inside it.

"Mr. Biden made his announcement Thursday, 32 years after he began his first campaign in June
1987": June 1987 dates a clause, and the sentence, which reports Thursday's announcement, is no
timeline entry for June 1987. Commas do not show this ("the punishment passed down by the court
on December 15, 1961"; "an April 2011 memo"), a dependency parse does. The date is a modifier
when, in the parse:

* it hangs off a noun before it reaches any verb ("an April 2011 memo", "mapping out 2012",
  "including September 11, 2001 attackers"), unless the noun names an event ("the June 27
  action", "last month's strikes", "a second attack Wednesday"; not one inside another noun's
  phrase when the sentence names another date: "the conversation at their December 2018
  meeting was a highlight of Tuesday night's debate") or is a subject ("the crackdown on March
  1 left dozens injured"): then the date is the date of what the sentence reports; not a
  document's ("The February 2009 document indicates the problem was fixed" reports what it
  says, not February 2009), unless the verb is done in it ("scorned Henry's suspicion in a
  March 13, 2015, email"). A day the parse took for a compound of a title, leaving its
  preposition without an object ("On Saturday Foreign Minister Patricia Espinosa criticised
  ..."), dates the verb;
* its verb sits in a clause that modifies a noun (a relative clause, or a participle after the
  noun: "the punishment passed down ... on December 15, 1961") or in an adverbial clause opened
  by a subordinator ("after he began ... in June 1987"), *and* the sentence names another date
  for what it reports ("... Thursday"; "... approved on May 29, 1962"), or the clause modifies
  a noun and the main verb tells the present ("The parents of eight of the children killed in
  the Dec. 14, 2012, carnage ... have notified Connecticut courts"), or the clause (opened by
  its relative word, or a past participle's) modifies the sentence's object or a noun inside
  another noun's phrase ("postponed a hearing on the matter, scheduled for Thursday", "an
  attorney for ... the rig that exploded on April 20"). Otherwise the clause's
  event is the only dated thing the sentence tells ("It was the second attack in days after
  the SDF reported ... late on Sunday"; "targets attacked on June 27 were ..."; "have been
  searching since Jack escaped on August 25, 2011");
* it sits in the baseline of a comparison ("the hospital had eight more babies this June than it
  did in June 2013", "higher than in 2008", "fell 4 percent, compared to July to September
  2009"): the date is what the news is measured against, never what it reports, with or
  without another date.

A date that heads a chronology's line ("April 25 - Efforts to activate the blowout preventer
fail.") dates that line, whatever the parse hangs it off.

A participle clause without a subordinator ("Launched in November 1940, it ...") describes the
subject and keeps its date; so does reported speech ("..., officials said").

The parse comes from the same spaCy pipeline as NER (`extract.ner.parse`, loaded once),
with its tagger and parser; only the few sentences that could become timeline entries are
parsed. Without spaCy, `modifier_dates` answers None and the timeline keeps its comma
rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from newsfuse.extract.ner import parse
from newsfuse.words import SPEECH_VERBS, word_set

__all__ = ["modifier_dates"]

_SUBORDINATORS = frozenset(
    {"after", "before", "since", "when", "while", "until", "till", "because", "as", "once",
     "although", "though", "whereas", "unless", "if"}
)  # fmt: skip
_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Nouns that name something that happens: a date on them dates an event of the story.
_EVENT_NOUNS = word_set(
    "attack strike airstrike raid bombing blast explosion shooting assault ambush offensive "
    "operation action incident crash collision accident fire earthquake quake storm hurricane "
    "flood election vote referendum primary debate summit meeting talks visit trip speech "
    "address announcement hearing trial verdict ruling sentencing ceremony funeral protest rally "
    "march demonstration riot coup war invasion ceasefire truce launch landing outbreak arrest "
    "killing murder death release escape attempt shutdown "
)
# Nouns that name a writing: a date on one dates the writing, whatever it tells.
_DOCUMENT_NOUNS = word_set(
    "document memo memorandum letter report study paper email cable note record file filing "
    "survey poll assessment analysis review"
)


def modifier_dates(dates: Sequence[tuple[str, int, int, bool]]) -> list[bool] | None:
    """For each ``(sentence text, date start, date end, the sentence names another date)``
    (offsets into the sentence), whether the date only dates a modifier of what the sentence
    reports. None without a parser."""
    texts = list(dict.fromkeys(text for text, _, _, _ in dates))
    parsed = parse(texts)
    if parsed is None:
        return None
    docs = dict(zip(texts, parsed, strict=True))
    return [_is_modifier(docs[text], start, end, other) for text, start, end, other in dates]


# A chronology's line: "April 25 - Efforts to activate the well's blowout preventer fail."
_LIST_ITEM = re.compile(r"\s*[-–—:]\s")


def _is_modifier(doc: Any, start: int, end: int, other_date: bool) -> bool:
    if not doc.text[:start].strip() and _LIST_ITEM.match(doc.text, end):
        return False  # the date heads its line: the parse hangs it off the noun after the dash
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if _in_comparison_baseline(span.root):
        return True
    if _misparsed_adverbial(span):
        return False
    inside = range(span.start, span.end)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.pos_ == "NOUN" and after.head.i in inside:
        # "including September 11, 2001 attackers", which the parse hangs off the date
        return _dates_only_the_noun(after, other_date)
    token = span.root
    while token.pos_ not in _VERBS and token.head.i != token.i:
        token = token.head
        if token.i not in inside and token.pos_ in _NOUNS:
            return _dates_only_the_noun(token, other_date)
    if other_date:
        return _in_modifying_clause(token, adverbial=True)
    # without another date, the clause's event is the only dated thing the sentence tells,
    # unless it describes what the sentence's verb acts on, or its main verb tells the present
    # and the clause describes a noun
    return _describes_an_object(token) or (
        _told_as_now(token) and _in_modifying_clause(token, adverbial=False)
    )


def _dates_only_the_noun(noun: Any, other_date: bool) -> bool:
    """Whether a date on ``noun`` dates only it: "an April 2011 memo"; not "the June 27
    action", nor "the crackdown on March 1 left". An event told inside another noun's phrase
    is what the sentence mentions, not what it reports, when the sentence names another date
    for that: "The different accounts ... of the conversation at their December 2018 meeting
    was a highlight of Tuesday night's debate" (an AllSides brief had dated it December
    2018)."""
    subject = noun.dep_ in _SUBJECTS and not _noun_in(noun.lower_, _DOCUMENT_NOUNS)
    event = _noun_in(noun.lower_, _EVENT_NOUNS) and not (other_date and _in_noun_phrase(noun))
    return not (event or subject or _writing_the_verb_is_done_in(noun))


def _in_noun_phrase(noun: Any) -> bool:
    """Whether ``noun`` is the object of a preposition that hangs off another noun ("the
    conversation at their ... meeting")."""
    return noun.dep_ == "pobj" and noun.head.head.pos_ in _NOUNS


def _in_modifying_clause(verb: Any, adverbial: bool) -> bool:
    """Whether ``verb`` sits in a clause that modifies a noun (a relative clause, a participle
    after the noun) or, with ``adverbial``, in an adverbial clause opened by a subordinator. (A
    present perfect's "since Jack escaped on August 25, 2011" still dates the escape.)"""
    token = verb
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        if (
            adverbial
            and token.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in token.children)
        ):
            return True
        token = token.head
    return False


# The tags of a relative pronoun or adverb ("that", "which", "who", "whose", "where").
_RELATIVE_WORDS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _describes_an_object(verb: Any) -> bool:
    """Whether ``verb`` heads a relative clause (opened by its relative word) or a past
    participle's clause on the sentence's object or on a noun inside another noun's phrase:
    "BP asked that the cases be combined in Houston, as did an attorney for ... the Deepwater
    Horizon drilling rig that exploded on April 20" tells a request of July, "Menendez
    postponed a hearing on the matter, scheduled for Thursday" a postponement of the Tuesday
    before (Timeline17 briefs had dated both by the clause). Not a clause on the subject ("the
    man who attacked the church on Sunday was arrested"), nor on a noun the verb is done in or
    at ("In an interview ... published Thursday night, McHugh accused ...", "got 8 inches of
    snow in the storm that began Friday"), nor an -ing participle, whose day the parse as often
    takes from the verb before it ("a conversation discussing the Senate seat with Obama on
    December 7, 2008")."""
    if verb.dep_ == "relcl":
        opened = any(child.tag_ in _RELATIVE_WORDS for child in verb.children)
    else:
        opened = verb.dep_ == "acl" and verb.tag_ == "VBN"
    noun = verb.head
    return opened and noun.pos_ in _NOUNS and (noun.dep_ == "dobj" or _in_noun_phrase(noun))


def _misparsed_adverbial(span: Any) -> bool:
    """Whether the date is an adverbial the parse took for a compound: "On Saturday Foreign
    Minister Patricia Espinosa criticised China ..." hangs "Saturday" off "Minister" and leaves
    "On" without its object."""
    if span.root.dep_ != "compound" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children)


# Prepositions that make a writing the means of the verb they hang off.
_MEANS = word_set("in via through")


def _writing_the_verb_is_done_in(noun: Any) -> bool:
    """Whether ``noun`` is a writing in which its clause's verb is done: "Wurfel scorned
    Henry's suspicion of city water in a March 13, 2015, email" dates the scorn, not only the
    email ("According to an April 2011 memo, ..." still dates only the memo)."""
    preposition = noun.head
    return (
        _noun_in(noun.lower_, _DOCUMENT_NOUNS)
        and noun.dep_ == "pobj"
        and preposition.lower_ in _MEANS
        and preposition.head.pos_ in _VERBS
    )


def _told_as_now(token: Any) -> bool:
    """Whether the main verb of ``token``'s sentence tells the present, not the day of a clause
    inside it: a present perfect ("The parents of eight of the children killed in the Dec. 14,
    2012, carnage ... have notified Connecticut courts", two years later) or a present other
    than "be" or a speech verb ("the man who attacked the church on Sunday is a former soldier"
    and "police say the gunman who opened fire on Sunday acted alone" tell Sunday)."""
    root = token.sent.root
    perfect = root.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in root.children
    )
    present = root.tag_ in ("VBZ", "VBP") and root.lemma_ != "be"
    return perfect or (present and root.lower_ not in SPEECH_VERBS)


# Words that open what the news is measured against: "higher than in 2008", "fell 4 percent,
# compared to July to September 2009" (a quarter's results against the year before's).
_BASELINES = word_set("than compared versus vs vs.")


def _in_comparison_baseline(token: Any) -> bool:
    """Whether ``token`` hangs, on its way to the root, off a "than", "compared" or "versus"
    (a preposition or participle, or the marker of a clause)."""
    while token.head.i != token.i:
        token = token.head
        if token.lower_ in _BASELINES or any(
            c.dep_ == "mark" and c.lower_ == "than" for c in token.children
        ):
            return True
    return False


def _noun_in(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` or its singular is one of ``nouns``."""
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)

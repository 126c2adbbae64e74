"""A key number worded by its clause: who did what with the amount, from a dependency parse.

A window of words around an amount often starts mid-clause ("come to the rescue of 71
beagles", "signed into law a $484 billion measure"). The parse gives the clause instead: the
amount's verb, its subject, auxiliaries and object, and the phrase that holds the amount ("The
Lehigh County Humane Society has come to the rescue of 71 beagles", "President Donald Trump
signed into law a $484 billion measure"), without what only modifies them: the day it was told
("on Friday"; the period counted stays, "in October"), adverbs, relative and adverbial
clauses, appositions. A short phrase after the verb stays ("... refused to serve in Judge
Aaron Persky's courtroom").

The wording is refused (None: the caller keeps its window of words) wherever the parse gives no
clean clause: no verb above the amount; the amount in a part set off from the clause ("-- a
36% increase from February") or in a phrase fronted before it; a pronoun or no subject; another
number in the clause (which of them would the fact be about? A conversion in brackets after the
amount, "$1.25 bn (£870m)", is the same one, and goes); a gap that is not a whole modifier (the
parse has "Aaron Klein, co-owner of the shuttered Sweet Cakes by Melissa" with "by Melissa"
under Klein); an object whose predicate the parse hangs on the verb as a clause of
its own ("tests showed the virus from 12 of the Mexican patients [was the same ...]"); more than
`MAX_WORDS` words. Without spaCy, always None.

`reads_as_statement` judges the caller's window of words by the same parse: not a subject
without its verb ("The Supreme Court in two cases [Monday ruled ...]"), nor a name it happens to
follow ("[ties to] President Vladimir Putin along with 12 companies").
"""

from __future__ import annotations

import itertools
from typing import Any

from newsfuse.extract.dates import WEEKDAYS
from newsfuse.extract.ner import parse
from newsfuse.words import word_set

__all__ = ["MAX_WORDS", "SUPPOSING", "clause_wording", "reads_as_statement"]

MAX_WORDS = 16
SHORT_PHRASE = 6  # at most this many tokens in a phrase after the verb that stays
_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_AUXILIARIES = frozenset({"aux", "auxpass", "neg"})
# What the verb keeps besides its subject and the amount's phrase.
_CORE = _AUXILIARIES | {"prt", "dobj", "attr", "dative", "oprd", "acomp", "xcomp"}
# What only modifies: dropped from every kept phrase (a conjunct only when it is a verb's; a
# noun phrase, "npadvmod", only when it says the day: "deaths a day" is a rate).
_MODIFIERS = frozenset(
    {"relcl", "acl", "appos", "advcl", "parataxis", "ccomp", "npadvmod", "advmod", "mark", "meta"}
)
_CLAUSE_MODIFIERS = _MODIFIERS - {"npadvmod"}
_PRONOUNS = word_set("it they he she we i you this that these those")
_KEPT_ADVERBS = word_set("not never nearly almost about roughly only")
# The day a report was told: dropped. The period an amount counts stays ("250,000 jobs in
# October", "4.7 million background checks last month").
_DAY_WORDS = word_set(
    f"{' '.join(WEEKDAYS)} today yesterday tonight tomorrow morning afternoon evening night"
)
# Subordinators of a clause that is not told as true: a condition or a time to come.
SUPPOSING = word_set("once if unless until till whether when before")
_DASHES = frozenset({"—", "–", "--"})
# Prepositions that relate their object to what comes before them: a window starting at the
# object reads it as its subject ("ties to | President Vladimir Putin along with ...").
_RELATIONS = word_set("to with of for")
_OPENERS = frozenset({",", "(", *_DASHES})
_CLOSERS = frozenset({",", ")", *_DASHES})


def clause_wording(text: str, start: int, end: int) -> str | None:
    """The clause of ``text`` that states the amount at ``start:end`` (offsets into it),
    reduced to subject, verb and the amount's phrase; None where the parse gives none."""
    parsed = parse([text])
    if parsed is None:
        return None
    doc = parsed[0]
    amount = doc.char_span(start, end, alignment_mode="expand")
    if amount is None or len(amount) == 0:
        return None
    path = {t.i for t in amount}
    verb = amount.root
    while verb.pos_ not in _VERBS and verb.head.i != verb.i:
        if verb.i not in path and verb.dep_ in _MODIFIERS | {"dep", "conj"}:
            return None  # set off from its clause: "-- a 36% increase from February"
        path.add(verb.i)
        verb = verb.head
    if verb.pos_ not in _VERBS:
        return None  # a headline's noun phrase: no clause to give
    holder, complemented = _governing(verb)
    subject = next((c for c in holder.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ in _PRONOUNS or subject.tag_ in ("WDT", "WP"):
        return None  # "is asking $9.65 million": the window says as much
    kept = {verb.i} | _phrase(subject, path) | _subordinators(verb, holder)
    for head in complemented:  # "The Biden administration wants to vaccinate ..."
        kept |= {head.i} | {c.i for c in head.children if c.dep_ in _AUXILIARIES}
    after: list[set[int]] = []
    for child in verb.children:
        if child.i in path and child.dep_ not in _SUBJECTS and child.i < verb.i:
            return None  # a fronted phrase: "In a new study of 103 patients, ... found"
        if child.i in path or child.dep_ in _CORE:
            kept |= _phrase(child, path)
        elif _after_the_verb(child, verb):
            after.append(_phrase(child, path))
    kept -= _conversion(doc, amount)
    within = range(amount.start, amount.end)
    if any(doc[i].pos_ == "NUM" and i not in within for i in kept):
        return None  # "40,000,070 cases and 651,690 deaths": which is the fact's?
    short = set().union(*(p for p in after if len(p) <= SHORT_PHRASE))
    if (text := _words(doc, kept | short)) is not None:
        kept |= short
    elif (text := _words(doc, kept)) is None:
        return None
    if any(_predicate_of_the_object(c) for c in verb.children if c.i > verb.i and c.i not in kept):
        return None  # "tests showed the virus from 12 of the Mexican patients [was the same]"
    said = any(i > verb.i and doc[i].dep_ not in _AUXILIARIES | {"prt"} for i in kept)
    if not said and any(c.i > verb.i and c.dep_ != "punct" for c in verb.children):
        return None  # "A 15 percent tax ... did not contribute [to this week's tax revenue]"
    return text


def _conversion(doc: Any, amount: Any) -> set[int]:
    """The tokens of a bracketed aside right after the amount: its conversion, the same amount
    again ("The oil spill in the Gulf of Mexico has now cost BP $1.25 bn (£870m), as ..." had
    no clause for its second number, and a window of words named the Gulf as what cost BP)."""
    if amount.end >= len(doc) or doc[amount.end].text != "(":
        return set()
    close = next((t.i for t in doc[amount.end :] if t.text == ")"), None)
    return set() if close is None else set(range(amount.end, close + 1))


def _predicate_of_the_object(child: Any) -> bool:
    """A clause the parse hangs on the verb with no subject of its own: the predicate of the
    verb's object ("showed the virus ... was the same genetically as a new strain"), which the
    clause would lose."""
    return child.dep_ == "ccomp" and not any(c.dep_ in _SUBJECTS for c in child.children)


def reads_as_statement(text: str, window: tuple[int, int], amount: tuple[int, int]) -> bool:
    """Whether the words of ``text`` at ``window`` (offsets into it), a window of words around
    the amount at ``amount``, read as a statement of it. A window with a verb does, and so does
    a noun phrase ("President Barack Obama's $47 billion budget request"), but not a subject cut
    from its verb ("The Supreme Court in two cases [Monday ruled ...]") nor a phrase that starts
    at the object of a relation and reaches the amount through a preposition ("[ties to]
    President Vladimir Putin along with 12 companies": the companies are the oligarchs'). True
    without spaCy: the window is all there is."""
    parsed = parse([text])
    if parsed is None:
        return True
    doc = parsed[0]
    words = doc.char_span(*window, alignment_mode="expand")
    stated = doc.char_span(*amount, alignment_mode="expand")
    if words is None or stated is None or len(stated) == 0:
        return True
    if any(t.pos_ in _VERBS for t in words):
        return True  # a clause, or a participle's phrase: "support given to two Saudi hijackers"
    inside = range(words.start, words.end)
    heads = [t for t in words if t.dep_ != "punct" and (t.head.i not in inside or t.head == t)]
    if any(t.dep_ in _SUBJECTS for t in heads):
        return False
    return not any(_related_through(head, stated) for head in heads)


def _related_through(head: Any, stated: Any) -> bool:
    """Whether ``head`` is the object of a relation outside the window (`_RELATIONS`: "ties to
    Putin") and the amount hangs from it through a preposition other than "of" ("along with
    12 companies"; "a total of $3.12 bn" is the total)."""
    if not (head.dep_ == "pobj" and head.head.lower_ in _RELATIONS):
        return False
    token = stated.root
    while token != head and token.head != token:
        token = token.head
        if token.pos_ == "ADP" and token.lower_ != "of" and token not in stated:
            return True
    return False


def _subordinators(verb: Any, holder: Any) -> set[int]:
    """The word that makes the clause a condition or a time to come (`SUPPOSING`): kept, since
    "He was confident Sinema would prevail once the remaining half a million votes are
    counted" is no "the remaining half a million votes are counted" (a Multi-News brief's
    fact). A clause that "while", "after" or "because" opens is still told as true."""
    return {
        child.i
        for head in (verb, holder)
        for child in head.children
        if child.dep_ == "mark" and child.lower_ in SUPPOSING
    }


def _after_the_verb(child: Any, verb: Any) -> bool:
    """A phrase after the verb that may stay: not the day it was told, nor the source
    ("according to the FBI")."""
    return (
        child.dep_ == "prep"
        and child.i > verb.i
        and child.lower_ != "according"
        and not _day(child)
    )


def _governing(verb: Any) -> tuple[Any, list[Any]]:
    """The verb that holds the subject, and the verbs on the way that the amount's verb
    complements: coordinated, "X walked in and handed over ..." gives X's verb alone; a
    complement, "X wants to vaccinate ...", gives "wants" too."""
    complemented = []
    while (
        not any(c.dep_ in _SUBJECTS for c in verb.children)
        and verb.dep_ in ("conj", "xcomp")
        and verb.head.i != verb.i
    ):
        if verb.dep_ == "xcomp":
            complemented.append(verb.head)
        verb = verb.head
    return verb, complemented


def _phrase(token: Any, path: set[int]) -> set[int]:
    """``token``'s subtree without its modifiers (`_MODIFIERS`, time phrases, a verb's
    conjuncts) unless they lead to the amount."""
    kept = {token.i}
    verb = token.pos_ in _VERBS
    for child in token.children:
        if child.i not in path and (
            child.dep_ == "punct"
            or (child.dep_ in ("conj", "cc") and verb)  # not "defense and domestic spending"
            or (child.dep_ == "npadvmod" and verb and _day(child))  # not "deaths a day"
            or (child.dep_ in _CLAUSE_MODIFIERS and not _degree(child))
            or (child.dep_ == "prep" and _day(child))
        ):
            continue
        kept |= _phrase(child, path)
    return kept


def _degree(token: Any) -> bool:
    """An adverb that is part of what it modifies: a degree ("most expensive"), a negation or
    an amount's hedge ("nearly")."""
    return token.dep_ == "advmod" and (
        token.head.pos_ in ("ADJ", "ADV", "NUM") or token.lower_ in _KEPT_ADVERBS
    )


def _day(token: Any) -> bool:
    """A phrase that only says the day: "on Friday", "Thursday morning", "late last night"."""
    return any(t.lower_ in _DAY_WORDS for t in token.subtree)


def _words(doc: Any, kept: set[int]) -> str | None:
    """The kept tokens as the sentence writes them, whole words only ("record-breaking" is one
    word to the parse's three tokens, "sales—and" two words); None when a gap between them is
    not a whole modifier or the clause is longer than `MAX_WORDS`."""
    words: list[list[Any]] = []
    for token in doc:
        glued = words and not doc[token.i - 1].whitespace_
        if glued and token.text not in _DASHES and doc[token.i - 1].text not in _DASHES:
            words[-1].append(token)
        else:
            words.append([token])
    chosen = [i for i, word in enumerate(words) if any(t.i in kept for t in word)]
    for a, b in itertools.pairwise(chosen):
        if b > a + 1 and not _droppable([t for w in words[a + 1 : b] for t in w], words[a]):
            return None
    text = " ".join("".join(t.text_with_ws for t in words[i]).strip() for i in chosen)
    text = text.strip(" ,;:.!?-—–([\"“'‘")
    return text if len(text.split()) <= MAX_WORDS else None


def _droppable(gap: list[Any], before: list[Any]) -> bool:
    """Whether the tokens of ``gap`` are whole modifiers of the clause: every subtree that
    starts in it lies inside it, and an apposition stands between its commas or brackets."""
    if before[-1].text == "," and gap[-1].text not in _CLOSERS:
        return False  # a comma opens it and nothing closes it: the clause does not go on
    if gap[-1].dep_ == "cc" and not any(c.dep_ == "conj" for c in gap[-1].head.children):
        return False  # a coordination the parse broke: "states that have banned or [limited
        # mask requirements]" hangs "requirements" on "states", and "banned or" has no conjunct
    inside = {t.i for t in gap}
    for token in gap:
        if token.head.i in inside:
            continue
        if not {t.i for t in token.subtree} <= inside:
            return False
        if token.dep_ in ("appos", "parataxis") and not (
            (before[-1].text in _OPENERS or gap[0].text in _OPENERS) and gap[-1].text in _CLOSERS
        ):
            return False
    return True

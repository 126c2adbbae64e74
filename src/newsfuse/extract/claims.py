"""Responsibility claims: who claims to have carried out the event.

After an attack, "who did it" is the first question after "how many", and outlets answer it
with different names: a group's own name in translation in one ("The brigades to avenge
al-Muhandis") and transliterated in another ("Tha'ar al-Muhandis"), or two groups claiming the
same attack. A claim is taken only in the three forms news style uses, so a name is never
guessed from a sentence that merely mentions a group:

* an introduced group that claims: "a group calling itself "X" said its members fired 30
  rockets", "an insurgent group known as X has claimed responsibility";
* a named subject that claims: "X claimed responsibility for", "X, a little-known militia,
  took credit";
* the passive: "responsibility was claimed by X".

Negated claims ("responsibility was not immediately claimed", "no group has claimed") and
claims about other attacks ("X, which claimed a 2019 bombing", "previously claimed") are not
claims about this event and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.models import Sentence
from newsfuse.words import word_set

__all__ = ["ResponsibilityClaim", "find_claims"]


@dataclass(frozen=True, slots=True)
class ResponsibilityClaim:
    """A claim of responsibility: ``text[start:end] == name`` is the claimant as written."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    name: str


# A name: quoted ("The brigades to avenge al-Muhandis," with the comma inside the quotes) or a
# run of capitalised words, with the lower-case joints group names use ("Brigades of the
# Martyrs", "Tha'ar al-Muhandis").
_CAP = r"[A-Z][\w'’.-]*"
_JOINT = r"(?:of|for|to|the|and|al|el|bin|ibn|de|du)\b|al-[\w'’-]+"
_RUN = rf"{_CAP}(?:\s+(?:{_JOINT}|{_CAP}))*"
_QUOTED = r"[\"“](?P<quoted>[^\"”\n]{2,80}?)[,.]?[\"”]"
_NAME = rf"(?:{_QUOTED}|(?P<run>{_RUN}))"

_GROUP_NOUN = (
    r"(?:group|militia|organi[sz]ation|faction|outfit|movement|network|collective|cell|gang|"
    r"brigades?|front)"
)
# "a (previously unknown) group calling itself X"
_INTRODUCED = re.compile(
    rf"\b{_GROUP_NOUN},?\s+(?:calling itself|that calls itself|which calls itself|called|"
    rf"known as|named|dubbed)\s+{_NAME}"
)
# What the introduced group must do in the same sentence to be a claimant.
_CLAIM_CUE = re.compile(
    r"\b(?:claim\w*\s+(?:(?:the\s+)?responsibility|credit)|(?:took|takes|take|taken|accept\w*)\s+"
    r"(?:responsibility|credit)|(?:said|says|announced)\s+(?:that\s+)?(?:it|its\s+(?:members|"
    r"fighters|militants|men))\s+(?:had\s+|have\s+)?(?:fired|launched|carried out|attacked|"
    r"targeted|struck|was behind|were behind|shelled|bombed))",
    re.I,
)
# "X (group|militants)? (, ... ,)? (has|have)? claimed responsibility"
_SUBJECT = re.compile(
    rf"{_NAME}(?:\s+(?:group|militants|militia|fighters|insurgents))?"
    r"(?:\s*,[^,.;]{1,80},)?\s+(?:(?:has|have|had|quickly|later|swiftly|also|reportedly|"
    r"purportedly|subsequently)\s+)*(?:claimed|claims|took|takes|accepted|accepts)\s+"
    r"(?:the\s+)?(?:responsibility|credit)"
)
# "responsibility (for the attack) was claimed by X"
_PASSIVE = re.compile(
    rf"\b(?:[Rr]esponsibility|[Cc]redit)\b[^.;]{{0,100}}?\b(?:was|has been|had been|were)\s+"
    rf"claimed\s+by\s+(?:the\s+)?{_NAME}"
)

_NEGATED = re.compile(
    r"\b(?:no|not|nobody|none|neither|never|yet to)\b[^.;]{0,40}\bclaim|"
    r"\bclaim\w*\b[^.;]{0,15}\bnot\b",
    re.I,
)
# A claim about some other attack: an earlier one, a string of them, a dated past one.
_OTHER_ATTACK = re.compile(
    r"\b(?:previously claimed|(?:previous|past|prior|earlier|other|similar|several|many|"
    r"numerous|dozens of|a series of|a string of)\s+(?:\w+\s+)?(?:attacks?|bombings?|"
    r"strikes?|incidents?|assaults?|killings?)|(?:in|a|an|the) (?:19|20)\d\d|"
    r"last (?:year|month|week))\b",
    re.I,
)
# "took credit for the market's rise": credit, unlike responsibility, is claimed for anything;
# it is a claim for the event only in a sentence about an attack.
_CREDIT = re.compile(r"\bcredit\b", re.I)
_ATTACK = re.compile(
    r"\b(?:attack\w*|bomb\w*|blast\w*|shoot\w*|rocket\w*|missile\w*|strike\w*|explosion\w*|"
    r"kill\w*|hack\w*|breach\w*|assault\w*|ambush\w*|raid\w*|massacre\w*|kidnap\w*)\b",
    re.I,
)
# "BP accepts responsibility in part for the disaster": to accept or take responsibility is to
# admit a fault, a claim only for an attack someone carried out, not for an accident or blast.
_ACCEPTED = re.compile(r"\b(?:took|takes|take|taken|accept\w*)\s+(?:\w+\s+)?responsibility", re.I)
_CARRIED_OUT = re.compile(
    r"\b(?:attack\w*|bomb\w*|shoot\w*|shot|rocket\w*|missile\w*|strike\w*|hack\w*|assault\w*|"
    r"ambush\w*|raid\w*|massacre\w*|kidnap\w*|abduct\w*|assassin\w*|beheading\w*)\b",
    re.I,
)
# Words that start a capitalised run without naming anyone.
_NOT_A_NAME = word_set(
    "a an the it he she they we no nobody none this that these those his her its their "
    "police officials authorities"
)


def find_claims(article_id: str, sentences: Sequence[Sentence]) -> list[ResponsibilityClaim]:
    """Every responsibility claim for the article's event, in text order."""
    found: list[ResponsibilityClaim] = []
    for sentence in sentences:
        body = sentence.text
        if "claim" not in body.lower() and not _CLAIM_CUE.search(body):
            continue
        if _NEGATED.search(body) or _OTHER_ATTACK.search(body):
            continue
        if _CREDIT.search(body) and not _ATTACK.search(body):
            continue
        if _ACCEPTED.search(body) and not _CARRIED_OUT.search(body):
            continue
        spans: list[tuple[int, int]] = []
        spans += [_name_span(m) for m in _INTRODUCED.finditer(body) if _CLAIM_CUE.search(body)]
        spans += [_name_span(m) for m in _SUBJECT.finditer(body)]
        spans += [_name_span(m) for m in _PASSIVE.finditer(body)]
        for start, end in sorted(set(spans)):
            start, end = _trim(body, start, end)
            name = body[start:end]
            if (
                start < end
                and _is_name(name)
                and not any(
                    c.sentence_index == sentence.index and c.start <= sentence.start + start < c.end
                    for c in found
                )
            ):
                found.append(
                    ResponsibilityClaim(
                        article_id, sentence.index, sentence.start + start, sentence.start + end,
                        name,
                    )
                )  # fmt: skip
    return found


def _name_span(match: re.Match[str]) -> tuple[int, int]:
    """The name's span; a capitalised run loses a leading "the", a quoted name stays as the
    group writes itself ("The brigades to avenge al-Muhandis")."""
    if match.group("quoted"):
        return match.start("quoted"), match.end("quoted")
    start, end = match.start("run"), match.end("run")
    lead = re.match(r"(?:the|The)\s+", match.group("run"))
    return (start + lead.end() if lead else start), end


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing punctuation from a name span."""
    while end > start and body[end - 1] in ",.;:'’\"”":
        end -= 1
    return start, end


def _is_name(name: str) -> bool:
    """A claimant name has a capitalised word that is not a pronoun or a bare determiner."""
    words = re.findall(r"[\w'’]+", name)
    return bool(words) and any(
        w[:1].isupper() and w.lower() not in _NOT_A_NAME for w in words
    ) and (len(words) > 1 or words[0].lower() not in _NOT_A_NAME)  # fmt: skip

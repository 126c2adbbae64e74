"""Attribution: who says each statement ("Marotto said", "the group claimed", "sources said").

The conflicts stage must tell "14 rockets, according to the coalition spokesman" from "30
rockets, claimed by the group", so every reporting frame in a sentence becomes an
`Attribution`: the cue span as written ("Col. Wayne Marotto, a spokesman for the U.S. mission in
Iraq, said"), the speaker ("Col. Wayne Marotto"), a lemma of the verb, a kind (statement, claim,
denial, report, correction) and whether the speaker is anonymous.

Method: a small heuristic grammar, no tagger. Each sentence is first *masked*: quoted speech
becomes ``_`` (so "said" inside a quote is never a frame, and a quote ends a clause), while a
short quoted name after "calling itself"/"named" becomes ``Q`` (so its comma does not split the
noun phrase). One regular expression then finds reporting verbs and "according to"; for each, the
speaker is read either *before* the verb (the clause's last comma-free segment, skipping
appositives and asides: "Tamar Badawi, a security analyst based in Turkey, said", "U.S.
officials, on condition of anonymity, said") or, when the verb directly follows a comma or a
quote, *after* it ("..., said one source – a security official"; "“...,” wrote Col. X"). A
speaker must look like a noun phrase: at most a dozen words, no finite verb or clause word,
starting with a capital, a determiner or ending in a speaker noun ("officials", "sources").
Sentences without a reporting verb (most) are rejected by one regex search before any work.
The 250 Multi-News validation clusters (690 articles, 19k sentences, 4.4k frames) take about
1 s on top of segmentation.

Decisions (judgement calls, kept in one place):

* **Speaker as written, names preferred.** A role or title before a name is dropped from the
  speaker but kept in the cue: "Operation Inherent Resolve spokesman Col. Wayne Marotto" speaks
  as "Col. Wayne Marotto", "US Army Col. Wayne Marotto" as "Col. Wayne Marotto". Groups keep
  their quoted name ('A previously unknown group calling itself "The brigades to avenge
  al-Muhandis"'). Whitespace is collapsed and a comma inside a closing quote dropped.
* **Pronouns.** "he"/"she" resolve to the most recent *person* speaker earlier in the article
  (a title plus a name, a 2-4 word proper name, or a surname already seen in one): "He first
  said three people were injured" is Wayne Marotto's. A clause-initial "it"/"they" resolves to
  the main speaker of the same or previous sentence when that speaker is not a person ("It
  added a message" after the group's statement; "They said" after the SDF's). Unresolvable
  pronouns stay as written.
* **Kinds**, in precedence order: *correction* ("first/initially/originally/earlier said",
  "revised", "corrected"); *denial* (deny, reject); *claim* (claim, allege, "claimed
  responsibility", and any statement by a militant group: a group announcing its own attack is
  claiming it); *report* (report, a media speaker, "according to media reports"); else
  *statement*.
* **Anonymous** means unnamed: the head is a source/official/diplomat/aide ("Iraqi military
  sources", "one of the officials", "Pentagon officials", "an official who spoke on condition
  of anonymity"), or the sentence says "on condition of anonymity"/"declined to be named"/"not
  authorized to" and the speaker is not a named person.
* **Nesting.** One sentence can carry several frames: "Tamar Badawi ... said an insurgent group
  ... has claimed responsibility" gives Badawi's statement and, ``nested``, the group's claim.
  The *main* frame (`attribution_for`) is a sentence-final frame set off by a comma or quote
  ("..., officials said."), else the first frame; every other frame is ``nested``. Frames in a
  relative clause ("three targets it said were used by ...", "the group he said was
  responsible") are kept (the clause's content is attributed) but always ``nested``, and their
  "it"/"they" is not resolved (its antecedent is rarely the previous speaker).
* **Not frames:** passives ("no damage was reported", "was not immediately claimed"), negated
  verbs ("did not confirm"), nouns and adjectives ("the claims", "the reported attack", "the
  said property"), infinitives ("to say"), "That said,", "added to", anything inside quoted
  speech, and "according to plan/schedule/the law/...".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from newsfuse.models import Article, Sentence
from newsfuse.words import alternation, word_set

__all__ = ["Attribution", "AttributionKind", "attribution_for", "find_attributions"]

AttributionKind = Literal["statement", "claim", "denial", "report", "correction"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reporting frame in a sentence: ``article.text[start:end] == text`` is the cue.

    ``speaker`` is who says it, as written (pronouns resolved); ``verb`` a lemma ("say",
    "claim", "according to"). ``nested`` marks a frame inside another's content or in a relative
    clause; a sentence has at most one frame that is not nested, its main frame (none when its
    only frames are in relative clauses).
    """

    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    speaker: str
    verb: str
    kind: AttributionKind
    anonymous: bool
    nested: bool = False


# --------------------------------------------------------------------------- vocabulary


_LEMMAS = {
    **dict.fromkeys(("said", "says", "say", "saying"), "say"),
    **dict.fromkeys(("told", "tells", "tell"), "tell"),
    **dict.fromkeys(("added", "adds"), "add"),
    **dict.fromkeys(("claimed", "claims", "claim", "claiming"), "claim"),
    **dict.fromkeys(("denied", "denies", "deny", "denying"), "deny"),
    **dict.fromkeys(("rejected", "rejects"), "reject"),
    **dict.fromkeys(("reported", "reports"), "report"),
    **dict.fromkeys(("announced", "announces"), "announce"),
    **dict.fromkeys(("confirmed", "confirms"), "confirm"),
    **dict.fromkeys(("tweeted", "tweets"), "tweet"),
    **dict.fromkeys(("wrote", "writes"), "write"),
    **dict.fromkeys(("stated", "states"), "state"),
    **dict.fromkeys(("insisted", "insists"), "insist"),
    **dict.fromkeys(("acknowledged", "acknowledges"), "acknowledge"),
    **dict.fromkeys(("admitted", "admits"), "admit"),
    **dict.fromkeys(("alleged", "alleges"), "allege"),
    **dict.fromkeys(("warned", "warns"), "warn"),
    "noted": "note",
    "explained": "explain",
    "revised": "revise",
    "corrected": "correct",
}
_PARTICIPLES = frozenset({"saying", "claiming", "denying"})
_BASE_FORMS = frozenset({"say", "tell", "claim", "deny"})  # need a plural or pronoun subject
_VERB = re.compile(rf"\b(?:{alternation(_LEMMAS)})\b|[Aa]ccording\s+to\b")

_BE = word_set("is was were are am be been being")
_AUX = word_set("has have had")
_NEGATION = frozenset({"not", "never", "n't", "didn't", "hasn't", "haven't", "hadn't"})
_CORRECTION_ADVERBS = word_set("first initially originally earlier")
_ADVERBS = (
    word_set(
        "also first initially originally earlier later previously again further separately then "
        "repeatedly publicly privately once since subsequently quickly immediately now still "
        "reportedly recently just already"
    )
    | _NEGATION
)
_DETERMINERS = word_set(
    "the a an his her its their our my your this that these those such any no each every"
)
_QUANTIFIERS = word_set(
    "one two three four five six seven eight nine ten several some many most both all other "
    "another few various multiple two"
)
_PREPOSITIONS = word_set(
    "in on at after before during for from with without by to into of over under since"
)
_PRONOUNS = word_set("he she it they we i you")
_CLAUSE_WORDS = word_set(
    "that which who whom whose when while after before because if although though whereas "
    "where than but so since until whether as how what why"
)
_LEAD_STRIP = _CLAUSE_WORDS | word_set("and or yet then also however meanwhile")
_FRONTED = word_set(
    "earlier later late early on last this meanwhile also however separately now then "
    "yesterday today tonight"
)
_WEEKDAYS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night "
    "week weekend month year"
)
_FINITE = word_set(
    "is was were are am be been being has have had will would can could should shall may might "
    "must do does did"
) | frozenset(_LEMMAS)
_NP_STOP_END = word_set(
    "of for in on at to by with from about into over under the a an and or but also not "
    "that which who than as"
)
# Heads that make a lowercase-initial phrase a plausible speaker ("officials", "state media").
_SPEAKER_NOUNS = word_set(
    """official officials source sources spokesman spokeswoman spokesperson spokespeople
    analyst analysts expert experts police authorities authority officer officers diplomat
    diplomats aide aides insider insiders witness witnesses resident residents people person
    man woman men women group groups militants militant insurgents militia militias rebels
    media agency outlet outlets newspaper report reports statement military army ministry
    government investigators prosecutors lawyers lawyer attorney researchers scientists
    doctors doctor medics critics observers activists lawmakers legislators leaders leader
    commander commanders minister ministers members member representatives representative
    organizers organisers company firm employees workers staff unit forces troops soldiers
    monitor observatory broadcaster television tv channel newspapers sheriff coroner
    spokesmen spokeswomen negotiators mediators administration department office officers
    personnel colleagues friends relatives family neighbors neighbours"""
)
_ANON_HEADS = word_set(
    """source sources official officials officer officers diplomat diplomats aide aides insider
    insiders someone person people"""
)
_ANON_PHRASE = re.compile(
    r"condition\s+of\s+anonymity|on\s+condition\s+(?:that\s+)?(?:he|she|they)\s+not\s+be"
    r"|(?:declined|asked|requested)\s+not\s+to\s+be\s+(?:named|identified)"
    r"|declined\s+to\s+be\s+(?:named|identified)|not\s+(?:authorized|authorised|allowed|"
    r"permitted)\s+to\s+(?:speak|talk|comment|discuss|brief)|requested\s+anonymity"
    r"|speaking\s+anonymously|without\s+being\s+(?:named|identified)"
    r"|did\s+not\s+want\s+to\s+be\s+(?:named|identified)",
    re.IGNORECASE,
)
# Words that turn the capitalised name before a verb into an organisation or place, not a person.
_ORG_WORDS = word_set(
    """forces force ministry department army navy council observatory pentagon group brigade
    brigades house agency office institute command police company inc corp party committee
    association union court government news times post press reuters organization
    organisation state states nations coalition resolve network university centre center
    commission bank fund service guard guards hezbollah military media journal tribune
    herald television radio tv kingdom republic emirates korea arabia africa zealand kong
    lanka york jersey angeles francisco city county province region embassy mission
    democratic foundation trust board authority authorities hospital"""
)
_TITLES = word_set(
    """mr mr. mrs mrs. ms ms. dr dr. col col. gen gen. lt lt. maj maj. capt capt. sgt sgt.
    adm adm. cmdr cmdr. sen sen. rep rep. gov gov. commander colonel general lieutenant
    major captain sergeant admiral president prime minister secretary senator representative
    governor mayor judge sheikh ayatollah pope king queen prince princess chancellor
    ambassador professor prof prof."""
)
_ROLE_NOUNS = word_set(
    """spokesman spokeswoman spokesperson analyst commander chief head director leader
    official officer adviser advisor expert researcher correspondent"""
)
_MILITANT = re.compile(
    r"\b(?:militant|insurgent|militia|brigade|jihadist|rebel|extremist|terrorist)s?\b"
    r"|\bterror group|\bcalling (?:itself|themselves)\b|\bpreviously unknown\b|Islamic State"
    r"|\bISIS\b|\bISIL\b|al-Qaeda|al-Shabab|Boko Haram|Taliban|Hamas|Hezbollah|Houthi",
)
_MEDIA = re.compile(
    r"\b(?:media|newspaper|newspapers|broadcaster|television|TV|agency|outlet|Reuters|AP"
    r"|Associated Press|AFP|BBC|CNN|Times|Post|Journal|News|Tribune|Herald|Telegraph|Guardian)\b"
    r"|\breports?\b"
)
_NOT_ACCORDING_NP = re.compile(
    r"(?:the\s+|a\s+|their\s+|its\s+)?(?:plan|schedule|law|rules?|tradition|custom|protocol"
    r"|script|design|instructions|procedures?|constitution|agreement|terms|size|age|need|"
    r"priority|merit|ability|type|category|rank|order|weight|income|gender|severity)\b",
    re.IGNORECASE,
)
_DOC_NP = re.compile(
    r"(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:statement|report|post|tweet|filing|release|document"
    r"|letter|message|video|transcript)\s+(?:from|by|of|issued\s+by|released\s+by)\s+",
    re.IGNORECASE,
)
# Extensions of a cue after its verb or speaker: "in a statement", "on Twitter", "told Reuters".
_VENUE = re.compile(
    r",?\s+(?:in|on|during|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|tweet|interview|briefing|conference|release|message|video|e-?mail"
    r"|letter|speech|blog|broadcast|call)s?\b(?:\s+post)?|,?\s+on\s+(?:Twitter|Facebook|"
    r"Telegram|Instagram|X)\b"
)
_TOLD_OBJECT = re.compile(
    r"\s+(?:reporters|journalists|lawmakers|parliament|(?:a\s+|an\s+|the\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,4}|the\s+[a-z]+(?:\s+[A-Z][\w.’'-]*){0,3})"
)
_RESPONSIBILITY = re.compile(r"\s+(?:credit|responsibility)\b")
_SEGMENT_BREAK = re.compile(r"[,;:–—]|_+|\s-{1,2}\s")
_WORD = re.compile(r"\S+")
_NAME_QUOTE_BEFORE = re.compile(
    r"(?:calling\s+(?:itself|themselves|himself|herself)|called|named|dubbed|known\s+as"
    r"|so-called)\s*$"
)
_QUOTE_MARK = re.compile(r'[“”"]')
_STRIP = ",;:!?()[]\"“”'’‘"


# --------------------------------------------------------------------------- masking


def _mask(text: str) -> str:
    """``text`` with quoted speech as ``_`` and short quoted names as ``Q`` (same length)."""
    chars = list(text)
    open_at: int | None = None

    def close(lo: int, hi: int) -> None:
        inner = text[lo + 1 : hi]
        name = len(inner.split()) <= 6 and _NAME_QUOTE_BEFORE.search(text, 0, lo)
        fill = "Q" if name else "_"
        chars[lo : hi + 1] = fill * (hi + 1 - lo)

    for quote in _QUOTE_MARK.finditer(text):  # only the marks: a Python loop per char is slow
        i, ch = quote.start(), quote.group()
        if ch == "“":
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if open_at is not None and (not before.isspace() or after.isspace() or after in ".,"):
                close(open_at, i)  # a “ used as a closing mark
                open_at = None
            else:
                open_at = i
        elif ch == "”":
            if open_at is None:
                chars[: i + 1] = "_" * (i + 1)  # closes a quote opened in an earlier sentence
            else:
                close(open_at, i)
                open_at = None
        elif ch == '"':
            if open_at is not None:
                close(open_at, i)
                open_at = None
            elif i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-":
                open_at = i
            else:
                chars[: i + 1] = "_" * (i + 1)
    if open_at is not None:
        chars[open_at:] = "_" * (len(text) - open_at)
    return "".join(chars)


# --------------------------------------------------------------------------- noun phrases


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    raw: str
    low: str


def _tokens(masked: str, lo: int, hi: int) -> list[_Tok]:
    tokens = []
    for match in _WORD.finditer(masked, lo, hi):
        raw = match.group().strip(_STRIP)
        if raw:
            tokens.append(_Tok(match.start(), match.end(), raw, raw.lower()))
    return tokens


def _is_cap(tok: _Tok) -> bool:
    return tok.raw[0].isupper() or (tok.raw[0].isdigit() and tok.low not in _QUANTIFIERS)


def _drop_full_stop(tokens: list[_Tok]) -> None:
    """Trim a sentence-final full stop off the last token ("sources." but not "Col.")."""
    last = tokens[-1] if tokens else None
    # "U.S." and "D-N.Y." keep theirs
    if last and len(last.raw) > 1 and last.raw.endswith(".") and last.raw.count(".") == 1:
        tokens[-1] = _Tok(last.start, last.end - 1, last.raw[:-1], last.low[:-1])


def _np_ok(tokens: Sequence[_Tok]) -> bool:
    """Whether ``tokens`` read as a speaker noun phrase (see the module docstring)."""
    if not tokens or len(tokens) > 12:
        return False
    first, last = tokens[0], tokens[-1]
    if len(tokens) == 1 and first.low in _PRONOUNS:
        return True
    if last.low in _NP_STOP_END or last.low in _PRONOUNS or last.low.endswith("ly"):
        return False
    if last.low in _DETERMINERS or last.low in _QUANTIFIERS or first.low in _PREPOSITIONS:
        return False  # "The other states", "In previously released letters Dunn"
    for tok in tokens:  # "United States" is a name, "states" a verb
        if (
            tok.low in _CLAUSE_WORDS
            or tok.low in _PRONOUNS
            or (tok.raw[0].islower() and tok.low in _FINITE)
        ):
            return False
    if first.low in _DETERMINERS or first.low in _QUANTIFIERS:
        return len(tokens) > 1
    if _is_cap(first):
        return first.raw[0] != "_" and (len(tokens) <= 8 or last.low in _SPEAKER_NOUNS)
    return last.low in _SPEAKER_NOUNS


def _strip_lead(tokens: list[_Tok]) -> list[_Tok]:
    """Drop leading conjunctions and fronted time adverbs ("and", "Earlier on Wednesday")."""
    i = 0
    while i < len(tokens) and (
        tokens[i].low in _LEAD_STRIP or tokens[i].low in _FRONTED or tokens[i].low in _WEEKDAYS
    ):
        i += 1
    return tokens[i:]


def _subject(tokens: list[_Tok]) -> tuple[list[_Tok], list[_Tok], bool] | None:
    """(cue tokens, speaker tokens, relative) for the subject at the end of a clause segment."""
    tokens = _strip_lead(tokens)
    if not tokens:
        return None
    last = tokens[-1]
    if last.low in _PRONOUNS:
        relative = len(tokens) > 1 and tokens[-2].low not in _LEAD_STRIP
        return [last], [last], relative
    who = next((i for i, t in enumerate(tokens) if t.low in ("who", "whom")), None)
    if who and _np_ok(tokens[:who]):  # "an official who spoke on condition of anonymity"
        return tokens, tokens[:who], False
    if _np_ok(tokens):
        return tokens, tokens, False
    for i in range(1, len(tokens)):
        prev = tokens[i - 1].low
        if (prev in _LEAD_STRIP or prev in _FINITE) and _np_ok(tokens[i:]):
            return tokens[i:], tokens[i:], False
    return None


def _segments(masked: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Comma/dash/quote-delimited segments of ``masked[lo:hi]``, in order."""
    spans, pos = [], lo
    for brk in _SEGMENT_BREAK.finditer(masked, lo, hi):
        spans.append((pos, brk.start()))
        pos = brk.end()
    spans.append((pos, hi))
    return spans


def _parenthetical(tokens: list[_Tok]) -> bool:
    """An aside between a subject and its verb: "a spokesman for ...", "on Wednesday"."""
    if not tokens:
        return True
    first = tokens[0]
    return first.raw[0].islower() or first.low in _WEEKDAYS


def _refine(tokens: list[_Tok]) -> list[_Tok]:
    """Drop a role or affiliation before a name: "coalition spokesman Col. Wayne Marotto"."""
    for i in range(len(tokens) - 2, -1, -1):
        if (
            tokens[i].raw[0].islower()
            and tokens[i].low in _ROLE_NOUNS
            and all(_is_cap(t) for t in tokens[i + 1 :])
        ):
            tokens = tokens[i + 1 :]
            break
    if tokens and _is_cap(tokens[0]):
        for i, tok in enumerate(tokens[:-1]):
            if tok.low in _TITLES and all(_is_cap(t) for t in tokens[i:]):
                return tokens[i:]
    return tokens


def _speaker_text(sentence: str, tokens: Sequence[_Tok]) -> str:
    text = " ".join(sentence[tokens[0].start : tokens[-1].end].split())
    text = text.replace(",”", "”").replace(',"', '"').rstrip(",;:–—- ")
    return text


# --------------------------------------------------------------------------- frames


@dataclass(slots=True)
class _Frame:
    start: int  # sentence-relative cue span
    end: int
    speaker: str
    verb: str
    kind: str | None  # a kind forced by the verb or its adverbs
    pronoun: bool
    relative: bool
    final: bool = False  # set off by a comma/quote and ending the sentence
    clause_initial: bool = False
    anonymous: bool = False
    words: list[str] = field(default_factory=list)


def _extend(masked: str, sentence: str, end: int, lemma: str) -> int:
    """Extend a cue over "in a statement", "told Reuters", "claimed responsibility"."""
    end = _extend_raw(masked, sentence, end, lemma)
    if sentence[end - 1 : end] == "." and not sentence[end:].strip():
        end -= 1  # the full stop ending the sentence, not "U.S." in a name
    return end


def _extend_raw(masked: str, sentence: str, end: int, lemma: str) -> int:
    obj = {"tell": _TOLD_OBJECT, "claim": _RESPONSIBILITY}.get(lemma)
    if obj and (m := obj.match(sentence, end)):
        end = m.end()
    if (m := _VENUE.match(masked, end)) and "_" not in m.group():
        end = m.end()
    return end


def _is_final(masked: str, end: int) -> bool:
    rest = [t for t in _tokens(masked, end, len(masked))]
    rest = [t for t in rest if t.low not in _FRONTED and t.low not in _WEEKDAYS]
    return not rest


def _preverbal(
    masked: str, boundary: int, mod_start: int
) -> tuple[int, list[_Tok], bool, bool, bool] | None:
    """(cue start, speaker, relative, set off, clause-initial) for a subject before the verb.

    *Set off*: the subject segment follows a comma or quote ("..., officials said").
    *Clause-initial*: nothing but conjunctions and time adverbs precede it in its segment.
    """
    segments = _segments(masked, boundary, mod_start)
    seg_lo, seg_hi = segments[-1]
    last_tokens = _tokens(masked, seg_lo, seg_hi)
    if last_tokens:
        found = _subject(last_tokens)
        if found is None and last_tokens[0].raw[0].islower() and len(segments) > 1:
            # An appositive missing its closing comma: "Abu Alaa Al-Walae, commander of X said".
            tokens = _strip_lead(_tokens(masked, *segments[-2]))
            if tokens and _is_cap(tokens[0]) and _np_ok(tokens):
                return tokens[0].start, tokens, False, False, True
        if found is None:
            return None
        cue, speaker, relative = found
        lead = _tokens(masked, seg_lo, cue[0].start)
        initial = not relative and all(t.low in _LEAD_STRIP or t.low in _FRONTED for t in lead)
        set_off = seg_lo > boundary and not lead
        return cue[0].start, speaker, relative, set_off, initial
    # The verb follows a comma: skip asides back to the subject ("X, a spokesman, said").
    for skipped, (lo, hi) in enumerate(reversed(segments[:-1])):
        tokens = _tokens(masked, lo, hi)
        if skipped and not _parenthetical(tokens):
            found = _subject(tokens)
            if found is None or found[2] or found[0][0] is not _strip_lead(tokens)[0]:
                return None
            return found[0][0].start, found[1], False, False, True
        if not skipped and _is_person(" ".join(t.raw for t in tokens), set()):
            return tokens[0].start, tokens, False, False, True  # "X's lawyer, Jamie Gorelick, told"
        if not _parenthetical(tokens) or skipped >= 2:
            return None
    return None


def _named_after(
    masked: str, sentence: str, boundary: int, match: re.Match[str], word: str, lemma: str
) -> bool:
    """Whether a verb after a comma has its speaker named right after it (", said Mohamed
    Abdallah of the opposition"): that name speaks, not a subject found by skipping back over
    the clauses before the comma."""
    if not re.search(r",\s*$", masked[boundary : match.start()]):
        return False
    if word in _BASE_FORMS or lemma == "tell":
        return False
    speaker = _inverted(masked, sentence, match.end())
    return bool(speaker) and speaker[0].raw[:1].isupper() and speaker[0].low not in _WEEKDAYS


def _inverted(masked: str, sentence: str, end: int) -> list[_Tok] | None:
    """The speaker after a verb that follows a comma or quote: ", said one source"."""
    stop = _SEGMENT_BREAK.search(masked, end)
    hi = stop.start() if stop else len(masked)
    tokens = _tokens(masked, end, hi)
    for i, tok in enumerate(tokens):
        if tok.low in ("in", "on", "at", "who", "that", "told", "during", "after", "when") or (
            tok.low in ("to", "as", "because", "while", "according")
        ):
            tokens = tokens[:i]
            break
    _drop_full_stop(tokens)
    if not tokens or tokens[0].low in _PRONOUNS or not _np_ok(tokens):
        return None
    after = masked[tokens[-1].end : tokens[-1].end + 2]
    if after.startswith(",") and not any(t.raw[0].isupper() for t in tokens[1:]):
        # "says his personal publicist, Carrie Byalick": the name after the role speaks
        stop = _SEGMENT_BREAK.search(masked, tokens[-1].end + 1)
        name = _tokens(masked, tokens[-1].end + 1, stop.start() if stop else len(masked))
        _drop_full_stop(name)
        if name and _is_person(" ".join(t.raw for t in name), set()):
            return name
    return tokens


def _according(masked: str, sentence: str, match: re.Match[str]) -> _Frame | None:
    """ "according to X": X up to the next comma or clause word."""
    stop = _SEGMENT_BREAK.search(masked, match.end())
    hi = stop.start() if stop else len(masked)
    if _NOT_ACCORDING_NP.match(masked, match.end() + 1, hi):
        return None
    prev = _tokens(masked, max(0, match.start() - 20), match.start())
    if prev and prev[-1].low in ("acted", "act", "went", "go", "going", "vary", "varies", "ranked"):
        return None
    tokens = _tokens(masked, match.end(), hi)
    for i, tok in enumerate(tokens):
        if tok.low in _CLAUSE_WORDS or tok.low in _FINITE:
            tokens = tokens[:i]
            break
    _drop_full_stop(tokens)
    if not tokens or len(tokens) > 14 or not any(c.isalpha() for c in tokens[-1].raw):
        return None
    head = tokens
    if doc := _DOC_NP.match(masked, tokens[0].start, tokens[-1].end):
        rest = [t for t in tokens if t.start >= doc.end()]
        head = rest or tokens
    if not (_is_cap(head[0]) or head[0].low in _DETERMINERS or head[0].low in _QUANTIFIERS) and (
        head[-1].low not in _SPEAKER_NOUNS
    ):
        return None
    if head[-1].low in _NP_STOP_END:
        return None
    end = tokens[-1].end
    text = sentence[tokens[0].start : end]
    kind = "report" if _MEDIA.search(text) else None
    return _Frame(
        match.start(),
        end,
        _speaker_text(sentence, _refine(head)),
        "according to",
        kind,
        pronoun=False,
        relative=False,
        final=_is_final(masked, end) and match.start() > 0,
        words=[t.low for t in head],
    )


def _participle(masked: str, sentence: str, match: re.Match[str], boundary: int) -> _Frame | None:
    """ ", claiming/saying/denying X": the speaker is the subject of the clause it hangs on."""
    before = masked[: match.start()].rstrip()
    if not before.endswith(","):
        return None
    for lo, hi in _segments(masked, boundary, len(before) - 1):
        tokens = _strip_lead(_tokens(masked, lo, hi))
        if not tokens:
            continue
        cut = next((i for i, t in enumerate(tokens) if t.low in _FINITE or t.low.endswith("ed")), 0)
        np = tokens[:1] if tokens[0].low in _PRONOUNS else tokens[:cut]
        if np and ((np[0].low in _PRONOUNS and len(np) == 1) or _np_ok(np)):
            lemma = _LEMMAS[match.group()]
            return _Frame(
                match.start(),
                match.end(),
                _speaker_text(sentence, _refine(np)),
                lemma,
                None,
                pronoun=np[0].low in _PRONOUNS,
                relative=False,
                words=[t.low for t in np],
            )
    return None


def _frames(sentence: str) -> list[_Frame]:
    """Every attribution frame in one sentence, speakers unresolved, in text order."""
    if _VERB.search(sentence) is None:
        return []  # most sentences: skip the masking
    masked = _mask(sentence)
    frames: list[_Frame] = []
    boundary = 0
    if re.match(r"\s*That said\b", masked):
        boundary = masked.index("said") + 4
    for match in _VERB.finditer(masked):
        if match.start() < boundary:
            continue
        word = match.group()
        if word[0] in "Aa" and word.lower().startswith("according"):
            frame = _according(masked, sentence, match)
            if frame:
                frames.append(frame)
            continue
        if word in _PARTICIPLES:
            frame = _participle(masked, sentence, match, boundary)
            if frame:
                frames.append(frame)
            continue
        lemma = _LEMMAS[word]
        before = _tokens(masked, boundary, match.start())
        modifiers: list[_Tok] = []
        while (
            before
            and masked[before[-1].end - 1] != ","  # "McNulty, on Wednesday, said": an aside
            and (
                before[-1].low in _ADVERBS or before[-1].low in _AUX or before[-1].low in _WEEKDAYS
            )
        ):
            modifiers.append(before.pop())  # "has also", "on Friday repeatedly"
            if modifiers[-1].low in _WEEKDAYS:
                while before and (
                    before[-1].low in ("on", "late", "early", "last", "this")
                    or before[-1].low in _WEEKDAYS
                ):
                    modifiers.append(before.pop())
        mod_words = {t.low for t in modifiers}
        if mod_words & _NEGATION or (before and before[-1].low in _BE):
            continue  # negated or passive
        if before and (before[-1].low in _DETERMINERS or before[-1].low == "to"):
            continue  # a noun ("the claims"), adjective ("the reported attack"), infinitive
        if before and not modifiers and before[-1].raw.endswith(("'s", "’s", "s'")):
            continue  # "the group's claims", "Kissane’s alleged path"
        if masked.startswith(" by ", match.end()):
            continue  # a participle with its agent: "first reported by NBC News"
        if word == "added" and masked.startswith(" to ", match.end()):
            continue
        mod_start = modifiers[-1].start if modifiers else match.start()
        correction = (bool(mod_words & _CORRECTION_ADVERBS) and lemma == "say") or bool(
            mod_words & {"initially", "originally"} and lemma == "report"
        )  # "first reported" is a scoop, not a correction
        if lemma in ("correct", "revise") and masked.startswith((" for ", " itself")):
            continue
        kind = "correction" if correction or lemma in ("revise", "correct") else None
        pre = _preverbal(masked, boundary, mod_start)
        if pre is not None and _named_after(masked, sentence, boundary, match, word, lemma):
            pre = None  # "Farther east, ... in recent days, said Mohamed Abdallah"
        if pre is not None:
            cue_start, speaker, relative, set_off, initial = pre
            if word in _BASE_FORMS and not (
                speaker[-1].low in _PRONOUNS or speaker[-1].low.endswith("s")
            ):
                continue
            end = _extend(masked, sentence, match.end(), lemma)
            pronoun = len(speaker) == 1 and speaker[0].low in _PRONOUNS
            frames.append(
                _Frame(
                    cue_start,
                    end,
                    _speaker_text(sentence, _refine(speaker)),
                    lemma,
                    kind,
                    pronoun=pronoun,
                    relative=relative,
                    final=_is_final(masked, end) and set_off,
                    clause_initial=initial,
                    words=[t.low for t in speaker],
                )
            )
            boundary = end
            continue
        if not re.search(r"(?:[,_–—:]|^)\s*$", masked[boundary : match.start()]):
            continue
        speaker = _inverted(masked, sentence, match.end())
        if speaker is None or word in _BASE_FORMS or lemma == "tell":  # told X: X listens
            continue
        end = speaker[-1].end
        tail = _SEGMENT_BREAK.search(masked, end)
        rest = masked[end:].rstrip(" .!?")
        if tail and rest.lstrip()[:1] in ",–—-" and len(rest.split()) <= 15 and "_" not in rest:
            end += len(rest)  # the appositive ending the sentence belongs to the cue
        end = _extend(masked, sentence, end, lemma)
        frames.append(
            _Frame(
                match.start(),
                end,
                _speaker_text(sentence, _refine(speaker)),
                lemma,
                kind,
                pronoun=False,
                relative=False,
                final=_is_final(masked, end) and match.start() > 0,
                words=[t.low for t in speaker],
            )
        )
        boundary = end
    return frames


# --------------------------------------------------------------------------- article level


def _is_person(speaker: str, surnames: set[str]) -> bool:
    """A named person: a title and a name, a 2-4 word proper name, or a surname seen before."""
    words = speaker.split()
    if not words or words[0].lower() in _DETERMINERS or words[0].lower() in _QUANTIFIERS:
        return False
    if any(w.lower().strip(",") in _ORG_WORDS for w in words):
        return False
    lows = [w.lower() for w in words]
    if lows[0] in _TITLES and len(words) > 1 and words[-1][0].isupper():
        return True
    if len(words) == 1:
        return words[0] in surnames
    return len(words) <= 4 and all(
        (w[0].isupper() and any(c.islower() for c in w) and "." not in w)
        or w.lower() in ("al", "bin", "ibn", "de", "van", "von", "el", "da", "der", "la")
        or w.startswith(("al-", "el-"))
        for w in words
    )


def _kind(frame: _Frame, speaker: str, militant_seen: bool) -> AttributionKind:
    if frame.kind == "correction":
        return "correction"
    if frame.verb in ("deny", "reject"):
        return "denial"
    militant = _MILITANT.search(speaker) or (militant_seen and speaker.lower() == "the group")
    if frame.verb in ("claim", "allege") or (
        militant and frame.verb in ("say", "add", "announce", "tweet", "write", "state", "confirm")
    ):
        return "claim"
    if frame.kind == "report" or frame.verb == "report" or _MEDIA.search(speaker):
        return "report"
    return "statement"


def find_attributions(article: Article, sentences: Sequence[Sentence]) -> list[Attribution]:
    """Every attribution frame in ``article``, in text order (see the module docstring)."""
    text = article.text
    found: list[Attribution] = []
    surnames: set[str] = set()
    last_person: str | None = None
    militant_seen = False
    previous: tuple[int, str, bool] | None = None  # (sentence index, main speaker, person)
    for sentence in sentences:
        frames = _frames(text[sentence.start : sentence.end])
        if not frames:
            continue
        mains = [f for f in frames if f.final and not f.relative]
        main = mains[-1] if mains else next((f for f in frames if not f.relative), None)
        anon_phrase = bool(_ANON_PHRASE.search(sentence.text))
        for frame in frames:
            speaker = frame.speaker
            low = speaker.lower()
            if frame.pronoun and low in ("he", "she") and last_person:
                speaker = last_person
            elif (
                frame.pronoun
                and low in ("it", "they")
                and frame.clause_initial
                and previous
                and previous[0] >= sentence.index - 1
                and not previous[2]
            ):
                speaker = previous[1]
            person = _is_person(speaker, surnames)
            if person:
                last_person = speaker
                surnames.add(speaker.split()[-1])
            anonymous = not person and (
                bool(_ANON_HEADS & set(frame.words))
                or (anon_phrase and not (frame.pronoun and speaker == frame.speaker))
            )
            kind = _kind(frame, speaker, militant_seen)
            militant_seen = militant_seen or bool(_MILITANT.search(speaker))
            start, end = sentence.start + frame.start, sentence.start + frame.end
            found.append(
                Attribution(
                    article.id,
                    sentence.index,
                    start,
                    end,
                    text[start:end],
                    speaker,
                    frame.verb,
                    kind,
                    anonymous,
                    nested=frame is not main,
                )
            )
            if frame is main:
                previous = (sentence.index, speaker, person)
    return found


def attribution_for(attributions: Sequence[Attribution], sentence_index: int) -> Attribution | None:
    """The main (not nested) frame of sentence ``sentence_index``, or None.

    ``attributions`` is one article's `find_attributions` output (sorted by sentence).
    """
    i = bisect.bisect_left(attributions, sentence_index, key=lambda a: a.sentence_index)
    first = None
    while i < len(attributions) and attributions[i].sentence_index == sentence_index:
        if not attributions[i].nested:
            return attributions[i]
        first = first or attributions[i]
        i += 1
    return first

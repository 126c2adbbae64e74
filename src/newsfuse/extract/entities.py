"""Entities across a cluster: many surface forms, one canonical entity each.

Reports of one event name the same things differently: "Col. Wayne Marotto", "US Army Colonel
Wayne Marotto", "Mr. Marotto"; "Ain al-Asad Air Base", "Ain Al-Assad", "al-Asad airbase";
"Irbil"/"Erbil"; "Kata’ib"/"Kataib"; "US"/"U.S."/"American"; "Daesh"/"Islamic State".
`canonicalize` groups the mentions `find_entities` (in `ner.py`) returns for all articles of a
cluster. It uses no list of any story's names, so it works on any cluster. Mentions are
grouped in this order:

1. **Display form.** Each mention is normalised: a leading "the", a possessive, trailing
   punctuation and, for persons, titles and what comes before the last one ("US Army Colonel
   Wayne Marotto" -> "Wayne Marotto") are dropped.
2. **Well-known synonyms** (`SYNONYMS`): a small table of globally common alias sets that no
   string method can find ("Daesh" = "ISIS" = "Islamic State"; "US" = "America" = NORP
   "American"; "Burma" = "Myanmar"; "GOP" = "Republican Party"). It holds 20 sets
   and no story's names.
   Beside it, `KNOWN_ORGANISATIONS` names online platforms the model reads as a person or a
   place in most sentences ("Twitter" PERSON, "Facebook" GPE): an entity named so is an ORG.
3. **Transliteration key** (`translit_key`), compared within a label class (persons; groups =
   ORG/NORP; places = GPE/LOC/FAC): lower-cased, diacritics, apostrophes and Arabic articles
   ("al-", "el-", "as-") dropped, doubled letters collapsed ("Assad" -> "asad"), "ou" -> "u",
   "q" -> "k", and a word-initial "e" -> "i" ("Erbil" -> "irbil"); an ORG's "Department of
   X" is keyed as "X Department" (also Ministry, Office, Bureau, Agency). Equal keys merge,
   and so do an organisation's names of three words or more in any order ("Transitional
   National Council" = "National Transitional Council").
4. **Near-equal keys**: rapidfuzz ``ratio`` >= `FUZZY_THRESHOLD` on keys of at least
   `FUZZY_MIN_LENGTH` characters, or equal consonant skeletons of at least four consonants
   with the same number of words and ``ratio`` >= 70 ("Hezbollah"/"Hizballah"). Short keys
   never fuzzy-match, so "Iraq"/"Iran" and "Austria"/"Australia" stay apart.
5. **Facilities.** A facility's *core* is its name minus the head ("Ain al-Asad Air Base" ->
   "ain asad"). Facilities with the same core and the same kind of head merge ("air base",
   "airbase", "Air Force Base" and "airfield" are one kind; "airport" another), and so do
   facilities whose core is a word-suffix of exactly one other's ("al-Asad airbase"). A bare
   name that the model labelled PERSON, ORG or NORP (it cannot tell a base from a person)
   joins the facility whose core it equals or ends ("Ain Al-Assad" PERSON). A GPE keeps its
   own entity: "Erbil" the city is not "Erbil airport"; nor does a bare name the model also
   reads as a place join the facility when it is named more often ("Misrata" beside "a
   Misrata airfield"), nor one the articles write as a place ("in Misrata").
6. **One name, several labels.** The model labels the same name differently from sentence
   to sentence ("Nepal" GPE and PERSON, "Facebook" GPE, ORG and PERSON), so forms with equal
   keys are one entity whatever their labels, after the facility rule: a place (GPE/LOC)
   still never joins a facility ("Erbil" the city stays apart from an "Erbil" that rule 5
   made "Erbil airport"). The label is the one most mentions carry.
7. **Given names and surnames.** Full person names with the same surname and the same given
   name, formal or familiar (`given_names`: "Bill" = "William"), are one person, middle initials
   and "Jr."/"III" aside ("Bill Taylor" = "William W. Taylor III"), unless one sentence writes
   both ("Bobby Goodlatte, the son of Rep. Bob Goodlatte"). A person name that is a
   word-suffix of exactly one longer person name in the cluster joins it ("Marotto" -> "Wayne
   Marotto"); if two people share it ("al-Muhandis": "Abu Mahdi al-Muhandis", "Tha’ar
   al-Muhandis"), it stays alone, still labelled a person. The model often labels a bare surname
   ORG ("Gov. Rick Scott ... filed suit against Snipes": "Snipes" ORG), NORP ("Apkarian") or
   FAC ("Dave Camp ... Camp told reporters": "Camp" FAC), so a one-word ORG, NORP or FAC name
   (not a facility with its head) joins the same way, unless it is an acronym, a word that
   heads organisations' names ("Senate", "Police") or a word of a longer name that is not a
   person's ("Ford" beside "Ford Motor Co." is the company). The entity is then a PERSON,
   however many bare mentions the model called ORG, NORP or FAC. A bare place (GPE/LOC) joins
   a person only when no article writes it as a place ("in Lincoln", "near Houston") and the
   person's name reads as one (`_named_like_people`: not "Erie Pennsylvania" or "Safety
   Check", which the model also calls persons): the model reads many surnames as places
   ("Takei announced ...", "Bannon, a former executive"), while a cluster that names the city
   "Lincoln" almost always puts something in it. Never does a name
   whose mentions the model mostly calls a place, even when rule 6 gave it one PERSON mention:
   in a Crimea cluster, "Ukraine" (GPE throughout) must not become the person the model read
   into a video caption, "JUST WATCHED Ukraine". Last, a one-word person name that starts
   exactly one longer person name and ends none is that person by first name ("Megan" ->
   "Megan Rapinoe"), as written or else in its formal form ("Tim" -> "Timothy Dale Poole").
   A name of two words or more that starts exactly one organisation's name, whose other words
   are heads ("Goldman Sachs Group"), is that organisation; a place ("New Orleans") or a
   person's name is not, unless it is a school's short name the model misread ("Wayne State"
   PERSON).
   An organisation named without its country ("Supreme Court", "Foreign Ministry") is the one
   named with it ("U.S. Supreme Court", "Russian Foreign Ministry") when every longer name
   ending so names the same country, whose spellings are one ("U.S. Senate" = "United States
   Senate", even beside "Alabama Senate"); a party or a city is no country ("Republican
   Congress", "Iowa Republican Party").
8. **Acronyms** join the longer name the articles define them for in brackets ("Minerals
   Management Service (MMS)"), else the one longer name of a compatible label whose initials
   they spell and that is defined as no other acronym ("BP" is not "blowout preventer (BOP)")
   ("SDF" -> "Syrian Democratic Forces"; also with "of", "DOJ" -> "Department of Justice",
   before a name's last "and", "CDC" -> "Centers for Disease Control and Prevention", and a
   department's portfolio alone, "HHS" -> "Department of Health and Human Services"), again
   only when unambiguous.

Never merged: different keys that are merely similar and short ("Iraq"/"Iran"), a name and a
longer name that contains it other than as above ("Syria"/"Syrian Democratic Forces",
"Baghdad"/"Baghdad Green Zone"), or different label classes outside rules 2, 5, 6 and 7.

The display ``name`` is a full form (a facility with its head, a person with more than one
word, a synonym set's own name when seen) with the most support: the mentions whose keys it
contains, then its own count. ``aliases`` are the other display forms seen, sorted.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from newsfuse.clean.lines import ends_with_abbreviation
from newsfuse.extract.given_names import formal_given_name
from newsfuse.extract.ner import (
    ORG_HEADS,
    TITLES,
    EntityMention,
    find_entities,
    find_entities_many,
    lower_case_words,
)
from newsfuse.extract.us_states import abbreviated_state
from newsfuse.words import word_set

__all__ = [
    "ADJECTIVE",
    "FUZZY_MIN_LENGTH",
    "FUZZY_THRESHOLD",
    "GENERATIONS",
    "KNOWN_ORGANISATIONS",
    "SYNONYMS",
    "CanonicalEntity",
    "EntityMention",
    "canonicalize",
    "display_form",
    "find_entities",
    "find_entities_many",
    "translit_key",
]

#: rapidfuzz ``ratio`` (0-100) two transliteration keys need to be one name ...
FUZZY_THRESHOLD = 90
#: ... and the length both keys need: short names differ by one letter ("Iraq"/"Iran").
FUZZY_MIN_LENGTH = 6
#: A surname that ends several full names is the one mentioned this many times as often as
#: all the others together: the story's "Dunn" is Michael Dunn, named four times, not his
#: parents, named once each.
DOMINANT = 3

#: Cross-language and conventional synonyms no string similarity can find: (name, label,
#: aliases). Kept small and global; acronyms (all capitals) match case-sensitively.
SYNONYMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "United States",
        "GPE",
        ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "American"),
    ),
    ("United Kingdom", "GPE", ("UK", "U.K.", "Britain", "Great Britain", "British")),
    (
        "Islamic State",
        "ORG",
        (
            "IS",
            "ISIS",
            "ISIL",
            "Daesh",
            "Da’esh",
            "Daish",
            "Islamic State group",
            "Islamic State of Iraq and Syria",
            "Islamic State of Iraq and the Levant",
            "Islamic State in Iraq and Syria",
        ),
    ),
    ("al-Qaeda", "ORG", ("al-Qaida", "al Qaeda", "al Qaida", "Al-Qaeda", "Al Qaeda", "AQ")),
    ("United Nations", "ORG", ("UN", "U.N.")),
    ("European Union", "ORG", ("EU", "E.U.")),
    ("NATO", "ORG", ("Nato", "North Atlantic Treaty Organization")),
    ("United Arab Emirates", "GPE", ("UAE", "U.A.E.", "Emirates")),
    ("Soviet Union", "GPE", ("USSR", "U.S.S.R.")),
    ("Russia", "GPE", ("Russian Federation",)),
    ("Myanmar", "GPE", ("Burma",)),
    ("Kyiv", "GPE", ("Kiev",)),
    ("Turkey", "GPE", ("Türkiye", "Turkiye")),
    ("Czech Republic", "GPE", ("Czechia",)),
    ("Ivory Coast", "GPE", ("Côte d’Ivoire", "Cote d’Ivoire")),
    ("Democratic Republic of the Congo", "GPE", ("DRC", "DR Congo", "Congo-Kinshasa")),
    # a pandemic, which the model reads as an organisation
    ("COVID-19", "EVENT", ("COVID", "Covid", "Covid-19", "COVID19", "Covid19")),
    # the two US parties' members, as the model reads them ("Democrat", "Democratic" NORP) ...
    ("Democrats", "NORP", ("Democrat", "Democratic", "Dems")),
    ("Republicans", "NORP", ("Republican",)),
    # ... and the parties themselves, which act ("the GOP blocked the bill")
    ("Republican Party", "ORG", ("GOP", "G.O.P.", "Grand Old Party")),
)

#: Online platforms and companies the small model reads as a person or a place ("Twitter"
#: PERSON, "Facebook" and "Wikipedia" GPE) in most of the sentences that name them, so no vote
#: of its labels can right them. Global and small, like `SYNONYMS`; no story's names.
KNOWN_ORGANISATIONS: tuple[str, ...] = (
    "Twitter",
    "Facebook",
    "Instagram",
    "YouTube",
    "Reddit",
    "Wikipedia",
    "TikTok",
    "Snapchat",
    "LinkedIn",
    "WhatsApp",
    "Telegram",
    "Google",
    "Tumblr",
    "Pinterest",
    "Netflix",
    "Spotify",
    "Uber",
    "Airbnb",
    "Yahoo",
    "eBay",
    "PayPal",
    "Microsoft",
)

_CLASS = {
    "PERSON": "person",
    "ORG": "group",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "EVENT": "event",
}
_PLACES = frozenset({"GPE", "LOC"})  # places, as opposed to facilities
_NOT_A_FACILITY = _PLACES | {"NORP"}  # labels whose bare name never joins a facility
#: Generational suffixes ("Jr.", "III"), lower-cased: they end a person's name but are none.
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: An adjective of a place or people ("American", "British", "Iraqi", "Arabic", "Puerto
#: Rican", "South African"); not a name ending in "-an" ("Iran", "Michigan"), nor an ocean.
#: Two words only with the demonym endings: "New Delhi" and "Abu Dhabi" are places.
ADJECTIVE = re.compile(
    r"(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:ian|can|ean|ish|ese)$(?<!Ocean)|[A-Z][a-z]+(?:ic|i)$"
)
# ties: a person before a building the model named without a head ("Bradley Cooper" FAC once)
_LABEL_ORDER = ("PERSON", "FAC", "ORG", "GPE", "LOC", "NORP", "EVENT")
_APOS = "'’‘ʼʿʾ`"
# Facility heads by kind: names with the same core and kind are one facility.
_HEAD_KINDS = (
    ("airbase", r"(?:air\s*force\s+|military\s+|air\s*)?(?:base|field)|airbase|airfield"),
    ("airport", r"(?:international\s+)?airport"),
    ("embassy", r"embassy"),
    ("consulate", r"consulate"),
    ("field", r"(?:oil|gas)\s*field"),
    ("naval", r"naval\s+base"),
    ("plant", r"(?:power|nuclear)\s+plant"),
    ("refinery", r"refinery"),
    ("rig", r"(?:oil\s+|drilling\s+)?(?:rig|platform)"),
    ("other", r"dam|bridge|stadium|prison|hospital|palace|camp"),
)
_HEAD = re.compile(
    r"\s+(?:" + "|".join(f"(?P<{kind}>{rx})" for kind, rx in _HEAD_KINDS) + r")$", re.I
)
_CONNECTORS = frozenset({"of", "the", "for", "and", "in", "on", "al", "el", "de"})


@dataclass(frozen=True)
class CanonicalEntity:
    """One entity of a cluster: its best display ``name``, other forms and every mention."""

    name: str
    label: str
    aliases: tuple[str, ...]
    mentions: tuple[EntityMention, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        """The articles that mention it, sorted (the brief's ``sources``)."""
        return tuple(sorted({m.article_id for m in self.mentions}))


# --------------------------------------------------------------------------- normalisation


def display_form(surface: str, label: str) -> str:
    """The form shown to readers: no leading "the" (but "The Hill"), possessive, trailing
    punctuation, titles."""
    form = " ".join(surface.split())
    # "The Hill" keeps its "The"; a person never has one ("The Obama [administration]")
    if label == "PERSON" or not re.fullmatch(r"The [A-Z][\w'’.&-]*", form):
        form = re.sub(r"^(?:the|The|THE)\s+", "", form)
    form = re.sub(rf"[{_APOS}]s?$", "", form)
    form = form.rstrip(',;:!?"”') if not re.search(r"\b[A-Z]\.$", form) else form
    form = form.rstrip(".") if not re.search(r"(?:^|[\s.])[A-Za-z]\.$|\b[JS]r\.$", form) else form
    if label == "PERSON":
        words = form.split()
        titled = [
            i
            for i, w in enumerate(words[:-1])
            if w.lower().strip(".") in TITLES
            and any(_generation(after) is None for after in words[i + 1 :])  # "King Jr."
        ]
        if titled:
            rest = words[titled[-1] + 1 :]
            if all(w[:1].isupper() or re.match(r"(?:al|el|bin|ibn|de|van|von)\b", w) for w in rest):
                form = " ".join(rest)
    return form or surface


def _generation(word: str) -> str | None:
    """ "Jr." -> "jr": a generational suffix, which ends a person's name but is not one."""
    folded = word.lower().rstrip(".,")
    return folded if folded in GENERATIONS else None


def translit_key(name: str) -> str:
    """A spelling-insensitive key: "Ain Al-Assad" and "Ain al-Asad" -> "ain asad"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(f"[{_APOS}]", "", text).replace(".", "")
    # Arabic article: "al-", "el-", "ul-" and the assimilated "as-", "ash-", "ad-", ...
    text = re.sub(r"\b(?:al|el|ul|a[dnrstz]|ash|ath|adh)[-‐](?=\w)", " ", text)
    words = [w for w in re.split(r"[\s\-‐–/]+", text) if w]
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    words = [w for w in words if w not in {"al", "el"}] or words
    return " ".join(_word_key(w) for w in words)


def _word_key(word: str) -> str:
    word = re.sub(r"(.)\1+", r"\1", word).replace("ou", "u").replace("q", "k")
    return "i" + word[1:] if word.startswith("e") and len(word) > 3 else word


_KNOWN_ORGANISATION_KEYS = frozenset(map(translit_key, KNOWN_ORGANISATIONS))


def _skeleton(key: str) -> str:
    """First letter of each word plus its consonants but "h": "hezbolah" -> "hzbl". Arabic
    names are transliterated with and without an "h" ("Gaddafi", "Gadhafi"; "Muammar",
    "Mohammar") and with "g", "k" or "q" for one letter ("Gaddafi", "Kadhafi", "Qaddafi")."""
    return " ".join(
        _FIRST_LETTER.get(w[0], w[0]) + re.sub(r"[aeiouyh]", "", w[1:]) for w in key.split()
    )


_FIRST_LETTER = {"g": "k", "q": "k"}


def _fold(surface: str) -> str:
    """Lookup form for `SYNONYMS`: acronyms keep their case, other names are lower-cased."""
    text = unicodedata.normalize("NFKD", surface)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(f"[{_APOS}]", "’", " ".join(text.split()))
    bare = text.replace(".", "")
    return bare if bare.isupper() else bare.lower()


_SYNONYM_INDEX = {
    _fold(alias): index
    for index, (name, _, aliases) in enumerate(SYNONYMS)
    for alias in (name, *aliases)
}


# --------------------------------------------------------------------------- grouping


class _Groups:
    """Union-find over display forms (indices), keeping the smallest index as root."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> dict[int, list[int]]:
        groups: dict[int, list[int]] = defaultdict(list)
        for item in range(len(self.parent)):
            groups[self.find(item)].append(item)
        return groups


@dataclass
class _Form:
    """A distinct (display form, label) with what the rules compare."""

    text: str
    label: str
    key: str
    count: int
    synonym: int | None
    core: str | None = None  # facilities: the key without the head
    kind: str | None = None  # facilities: which kind of head
    person: _PersonName | None = None  # persons named by more than one word
    articles: frozenset[str] = frozenset()  # the articles that write it


@dataclass(frozen=True)
class _PersonName:
    """A full person name in parts: "Bill H.W. Taylor III" -> william, hw, (), taylor, iii;
    "Robert Wright Lee IV" -> robert, w, (wright,), lee, iv."""

    given: str  # formal: "Bill" -> "william"
    initials: str  # the first letter of each middle name or initial, lower-cased
    middle: tuple[str, ...]  # middle names, as keys
    surname: str
    generation: str

    def differs_from(self, other: _PersonName) -> bool:
        """Both state middle initials, a middle name or a "Jr.", and they differ:
        "George W. Bush" / "George H.W. Bush", "Abu Bakr" / "Abu Mohammed al-Baghdadi", and
        an initial against a middle name: "Robert E. Lee" / "Robert Wright Lee IV"."""
        return any(
            mine and theirs and mine != theirs
            for mine, theirs in (
                (self.initials, other.initials),
                (self.middle, other.middle),
                (self.generation, other.generation),
            )
        )


def _person_name(text: str) -> _PersonName | None:
    words = text.split()  # not the key, which folds "Bill" to "bil" and "III" to "i"
    generation = _generation(words[-1]) or ""
    if generation:
        words.pop()
    if len(words) < 2 or len(words[0]) < 3:  # "Jr." or "J. Smith" alone: no given name
        return None
    given, *others = words
    given = given.lower().rstrip(".")
    initials = "".join(
        w.replace(".", "") if _INITIALS.match(w) else _first_letter(w) for w in others[:-1]
    ).lower()
    middle = tuple(translit_key(w) for w in others[:-1] if not _INITIALS.match(w))
    return _PersonName(
        formal_given_name(given), initials, middle, translit_key(others[-1]), generation
    )


_INITIALS = re.compile(r"^(?:[A-Z]\.?)+$")


def _first_letter(word: str) -> str:
    """ "Wright" -> "W"; a nickname's quotation mark is no letter (" 'Tip' " -> "T")."""
    return next((c for c in word if c.isalpha()), "")


def canonicalize(
    mentions: Sequence[EntityMention], texts: Mapping[str, str] | None = None
) -> list[CanonicalEntity]:
    """Group the mentions of a cluster into entities, most mentioned first (see module doc).

    ``texts`` (article id -> text) shows where a bare place is written as one ("in Lincoln");
    without it, no bare place may be a person's name."""
    by_form: dict[tuple[str, str], list[EntityMention]] = defaultdict(list)
    for mention in mentions:
        by_form[(display_form(mention.text, mention.label), mention.label)].append(mention)
    keys = sorted(by_form)
    forms = [_make_form(text, label, by_form[(text, label)]) for text, label in keys]
    groups = _Groups(len(forms))
    placed = _placed_people(forms, [by_form[key] for key in keys], texts)
    _merge_synonyms_and_keys(forms, groups)
    _merge_fuzzy(forms, groups)
    _merge_facilities(forms, groups, placed)
    _merge_labels(forms, groups)
    # the last words of full person names ("Trump" of "Donald Trump")
    surnames = {f.key.split()[-1] for f in forms if f.label == "PERSON" and " " in f.key}
    _merge_given_names(forms, groups, [by_form[key] for key in keys], texts)
    _merge_short_org_names(forms, groups, surnames)
    _merge_national_names(forms, groups)
    _merge_company_names(forms, groups, surnames)
    _merge_place_heads(forms, groups)
    unplaced = _unplaced(forms, [by_form[key] for key in keys], texts, surnames)
    bare_names = _bare_names(forms, unplaced)
    _merge_suffixes(forms, groups, bare_names)
    _merge_given_names_alone(forms, groups)
    _merge_acronyms(forms, groups, texts)
    # a surname that two people share and neither dominates stays apart from both, yet it
    # names a person ("Trump" ORG beside "Donald Trump" and "Ivanka Trump", named as often)
    read_as_surname = {forms[i].key for i in bare_names if forms[i].key in surnames}
    unplaced_keys = {forms[i].key for i in unplaced}
    entities = [
        _entity(
            [forms[i] for i in members],
            [m for i in members for m in by_form[keys[i]]],
            read_as_surname,
            unplaced_keys,
            placed,
        )
        for members in groups.members().values()
    ]
    return sorted(entities, key=lambda e: (-len(e.mentions), e.name, e.label))


# "Department of Justice" is the "Justice Department": both get the key "justice department".
_OF_FORM = re.compile(r"^(department|ministry|office|bureau|agency) of (?:the )?(.+)$")


def _make_form(text: str, label: str, mentions: Sequence[EntityMention] = ()) -> _Form:
    # a state as AP abbreviates it, read as a place ("R-Ky.", "Menasha, Wis."), is the state
    state = abbreviated_state(text) if label in _PLACES else None
    key = translit_key(state or text)
    if label == "ORG" and (of_form := _OF_FORM.match(key)):
        key = f"{of_form[2]} {of_form[1]}"
    form = _Form(text, label, key, len(mentions), _SYNONYM_INDEX.get(_fold(text)))
    form.articles = frozenset(m.article_id for m in mentions)
    if label == "PERSON":
        form.person = _person_name(text)
    if (head := _HEAD.search(text)) and label in {"FAC", "GPE", "LOC", "ORG"}:
        core = translit_key(text[: head.start()])
        if core:
            form.core, form.kind = core, head.lastgroup
    return form


def _compatible(a: _Form, b: _Form) -> bool:
    return _CLASS.get(a.label) == _CLASS.get(b.label)


_WORD_ORDER_FREE = 3  # an organisation's name of this many words is one in any word order


def _merge_synonyms_and_keys(forms: list[_Form], groups: _Groups) -> None:
    """Equal keys in one label class; an organisation's name of `_WORD_ORDER_FREE` words or more
    in any order ("Transitional National Council" = "National Transitional Council")."""
    first_by: dict[object, int] = {}
    for index, form in enumerate(forms):
        key = form.key
        if form.label == "ORG" and len(words := key.split()) >= _WORD_ORDER_FREE:
            key = " ".join(sorted(words))
        ident = ("syn", form.synonym) if form.synonym is not None else (_CLASS[form.label], key)
        if form.core is not None and form.synonym is None:
            ident = ("fac", form.core, form.kind)
        if ident in first_by:
            groups.union(first_by[ident], index)
        else:
            first_by[ident] = index


def _merge_fuzzy(forms: list[_Form], groups: _Groups) -> None:
    """Near-equal keys in one label class; rapidfuzz ``cdist`` scores all pairs in C."""
    by_class: dict[str, list[int]] = defaultdict(list)
    for index, form in enumerate(forms):
        if form.synonym is None and form.core is None:
            by_class[_CLASS[form.label]].append(index)
    for members in by_class.values():
        if len(members) < 2:
            continue
        keys = [forms[i].key for i in members]
        scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=70, workers=1)
        for a, b in zip(*np.nonzero(np.triu(scores, k=1)), strict=True):
            i, j = members[a], members[b]
            one, other = forms[i].person, forms[j].person
            if (
                one
                and other
                and (one.given, one.surname) == (other.given, other.surname)
                and not (one.middle and other.middle and one.middle != other.middle)
            ):
                continue  # no spelling variant: rule 7 decides ("George W." / "H.W. Bush")
            if _near(forms[i].key, forms[j].key, float(scores[a, b])):
                groups.union(i, j)


def _near(a: str, b: str, ratio: float) -> bool:
    """Spelling variants: a high ratio on long keys, or one consonant skeleton (ratio >= 70)."""
    if a == b:
        return False
    if min(len(a), len(b)) >= FUZZY_MIN_LENGTH and ratio >= FUZZY_THRESHOLD:
        return True
    skeleton = _skeleton(a)
    return (
        a.count(" ") == b.count(" ")
        and len(skeleton.replace(" ", "")) >= 4
        and skeleton == _skeleton(b)
    )


def _ends_with(longer: str, shorter: str) -> bool:
    """Whether ``shorter``'s words end ``longer``'s (a proper word-suffix)."""
    long_words, short_words = longer.split(), shorter.split()
    return len(long_words) > len(short_words) and long_words[-len(short_words) :] == short_words


def _merge_facilities(forms: list[_Form], groups: _Groups, placed: Set[tuple[str, str]]) -> None:
    """Facilities of one kind whose cores end alike, and a bare name that names one; not a
    nationality, nor a "person" the articles write as a place (``placed``), nor a name the
    model also reads as a place and that is named more often than its facility: "Misrata" (4
    times) is the city beside "a Misrata airfield" (once), while "Belbek" (twice) is the
    "Belbek air base" (10 times)."""
    bare_counts: Counter[str] = Counter()
    for f in forms:
        if f.core is None:
            bare_counts[f.key] += f.count
    place_keys = {f.key for f in forms if f.label in _PLACES}
    facilities = [i for i, f in enumerate(forms) if f.core is not None and f.synonym is None]
    # Facility to facility: a core that ends exactly one other core of the same kind.
    for i in facilities:
        a = forms[i]
        longer = {
            groups.find(j)
            for j in facilities
            if forms[j].kind == a.kind and _ends_with(forms[j].core or "", a.core or "")
        }
        if len(longer) == 1:
            groups.union(i, longer.pop())
    # A bare name the model could not place (PERSON/ORG) joins the facility it names; a
    # nationality is no name of an embassy ("Libyan" beside "Libyan Embassy").
    for index, form in enumerate(forms):
        if form.core is not None or form.synonym is not None or form.label in _NOT_A_FACILITY:
            continue
        if (form.text, form.label) in placed:
            continue
        named = [
            j
            for j in facilities
            if forms[j].core == form.key or _ends_with(forms[j].core or "", form.key)
        ]
        targets = {groups.find(j) for j in named}
        if form.key in place_keys and bare_counts[form.key] > sum(forms[j].count for j in named):
            continue
        if len(targets) == 1:
            groups.union(index, targets.pop())


def _merge_labels(forms: list[_Form], groups: _Groups) -> None:
    """Equal keys under different labels are one name; a place never joins a facility."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for index, form in enumerate(forms):
        if form.synonym is None:
            by_key[form.key].append(index)
    facilities = [i for i, f in enumerate(forms) if f.core is not None]
    for same in by_key.values():
        if len(same) < 2:
            continue
        facility_groups = {groups.find(i) for i in facilities}
        places = [i for i in same if forms[i].label in _PLACES]
        others = [i for i in same if forms[i].label not in _PLACES]
        if any(groups.find(i) in facility_groups for i in others):
            for members in (places, others):  # the place stays out of the facility
                for i in members[1:]:
                    groups.union(members[0], i)
        else:
            for i in same[1:]:
                groups.union(same[0], i)


def _merge_given_names(
    forms: list[_Form],
    groups: _Groups,
    mentions: Sequence[Sequence[EntityMention]],
    texts: Mapping[str, str] | None,
) -> None:
    """Full person names with one surname and one given name, formal or familiar, are one
    person: "Bill Taylor" = "William W. Taylor III". Middle names and "Jr." may be missing
    from some forms; where two forms state different ones (`_PersonName.differs_from`), those
    are different people, and only forms written alike merge. So are a "Jr." and the name
    without it when one article writes both: the son and the father ("Donald Trump Jr." met
    the Russians; "Donald Trump" won); and two spellings of the given name that one sentence
    writes side by side ("Bobby Goodlatte, the son of Rep. Bob Goodlatte"). ``mentions``: each
    form's mentions; ``texts``: the articles' (without them, no sentence is read)."""
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, form in enumerate(forms):
        if form.person is not None and form.synonym is None:
            by_name[(form.person.given, form.person.surname)].append(index)
    for same in by_name.values():
        names = [forms[i].person for i in same]
        parts = [same]
        if any(a.differs_from(b) for a in names for b in names if a and b):
            parts = [[i for i in same if forms[i].person == names[0]]]
        elif texts is not None and _in_one_sentence(
            [forms[i] for i in same], [mentions[i] for i in same], texts
        ):
            first = forms[same[0]].text.split()[0]
            parts = [[i for i in same if forms[i].text.split()[0] == first]]
        elif _father_and_son([forms[i] for i in same]):
            parts = [
                [i for i in same if (person := forms[i].person) and person.generation in _SON],
                [i for i in same if (person := forms[i].person) and person.generation not in _SON],
            ]
        for part in parts:
            for index in part[1:]:
                groups.union(part[0], index)


_SON = frozenset({"jr", "sr"})  # a "III" is seldom news beside his grandfather
_SENTENCE_CHARS = 300  # two names further apart than this are in two sentences


def _father_and_son(forms: list[_Form]) -> bool:
    """Whether an article writes the name both with and without "Jr." (or "Sr.")."""
    suffixed = {a for f in forms if f.person and f.person.generation in _SON for a in f.articles}
    return any(f.articles & suffixed for f in forms if f.person and f.person.generation not in _SON)


def _in_one_sentence(
    forms: Sequence[_Form], mentions: Sequence[Sequence[EntityMention]], texts: Mapping[str, str]
) -> bool:
    """Whether one sentence writes two of ``forms`` with differently spelt given names: nobody
    names one person twice in a sentence. ("... written by William Lee. You know him as ...
    Will Lee has written ..." names him in two.)"""
    pairs = itertools.combinations(zip(forms, mentions, strict=True), 2)
    for (a, a_mentions), (b, b_mentions) in pairs:
        if a.text.split()[0] == b.text.split()[0]:
            continue
        for m in a_mentions:
            for n in b_mentions:
                if m.article_id != n.article_id:
                    continue
                first, second = sorted((m, n), key=lambda mention: mention.start)
                if second.start - first.end > _SENTENCE_CHARS:
                    continue
                between = texts[m.article_id][first.end : second.start]
                if not any(
                    stop.group() != "." or not ends_with_abbreviation(between[: stop.end()])
                    for stop in _SENTENCE_STOP.finditer(between)
                ):
                    return True
    return False


# A sentence's end between two names: a full stop, "!" or "?" before a space, or a line break;
# not the full stop of a title ("... Chairman Rep. Bob Goodlatte").
_SENTENCE_STOP = re.compile(r"[.!?](?=[\"'”’)]*\s)|\n")


# What a one-word name may leave off its organisation's full name: the school or the company
# ("Stanford" is Stanford University, "Boeing" the Boeing Co.), not a department or a force
# ("Delphi" is the town, not its Delphi Police Department).
_SHORTENED_TO_ONE_WORD = frozenset(
    {"university", "college", "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc"}
)


def _merge_short_org_names(forms: list[_Form], groups: _Groups, surnames: Set[str]) -> None:
    """A name joins the one organisation it starts when the rest of that name is only heads
    ("Goldman Sachs" -> "Goldman Sachs Group"; a one-word name only before a school's or a
    company's head, `_SHORTENED_TO_ONE_WORD`). A place never does ("New Orleans", "New Orleans
    Police Department"), nor does a person's name ("Donald Trump", "Donald Trump Foundation"),
    unless the model only misread a school's short name as one ("Wayne State" PERSON -> "Wayne
    State University"). A surname (``surnames``) is no short name either ("Trump" of "Trump
    University")."""
    starting: dict[str, set[int]] = {}
    for j, form in enumerate(forms):
        words = form.text.split()
        if form.label != "ORG" or form.synonym is not None:
            continue
        for k in range(len(words) - 1, 0, -1):
            short = translit_key(" ".join(words[:k]))
            heads = ORG_HEADS if k > 1 else _SHORTENED_TO_ONE_WORD
            if all(w.lower().strip(".,") in heads for w in words[k:]) and not (
                k == 1 and short in surnames
            ):
                starting.setdefault(short, set()).add(j)
    # judged by everything the name has already joined: "New Orleans" ORG once is still the
    # city, not its "New Orleans Police Department"
    other_kinds = {
        groups.find(i) for i, f in enumerate(forms) if not (f.label == "ORG" or _misread_school(f))
    }
    for index, form in enumerate(forms):
        if groups.find(index) in other_kinds:
            continue
        targets = {groups.find(j) for j in starting.get(form.key, ())}
        if form.synonym is None and len(targets) == 1:
            groups.union(index, targets.pop())


_PARTY_WORDS = word_set(
    "republican democratic democrat conservative liberal labour labor progressive libertarian "
    "socialist communist green"
)


def _merge_national_names(forms: list[_Form], groups: _Groups) -> None:
    """An organisation named without its country ("Supreme Court", "Labor Department") is the
    one named with it ("U.S. Supreme Court", "United States Supreme Court", "US Department of
    Labor", "Russian Foreign Ministry") when every longer name ending so names the same
    country: beside "Wisconsin Supreme Court" or "Russian Navy" too, a bare "Supreme Court" or
    "Navy" may be either. A country is a place of `SYNONYMS` ("U.S." = "United States") or a
    nationality (NORP) of the cluster, not a party ("Republican Congress" is no name of
    Congress); a city or state is not one ("Iowa Republican Party" is not the Republican
    Party)."""
    nations = {
        _fold(f.text) for f in forms if f.label == "NORP" and f.key.rstrip("s") not in _PARTY_WORDS
    } | {alias for alias, index in _SYNONYM_INDEX.items() if SYNONYMS[index][1] == "GPE"}
    orgs = [i for i, f in enumerate(forms) if f.label == "ORG" and f.synonym is None]
    national: dict[str, list[tuple[object, int]]] = defaultdict(list)  # bare key -> (nation, j)
    for j in orgs:
        words = forms[j].text.split()
        for k in (1, 2):
            if k < len(words) and (nation := _fold(" ".join(words[:k]))) in nations:
                bare = _make_form(" ".join(words[k:]), "ORG").key
                national[bare].append((_SYNONYM_INDEX.get(nation, nation), j))
    for named in national.values():  # "U.S. Senate" = "United States Senate", whatever else
        first_of: dict[object, int] = {}
        for nation, j in named:
            groups.union(first_of.setdefault(nation, j), j)
    ending_with: dict[str, set[int]] = defaultdict(set)
    for j in orgs:
        words = forms[j].key.split()
        for k in range(1, len(words)):
            ending_with[" ".join(words[k:])].add(j)
    for i in orgs:
        named = national.get(forms[i].key, [])
        countries = {nation for nation, _ in named}
        others = ending_with.get(forms[i].key, set()) - {j for _, j in named}
        if len(countries) == 1 and not others:
            for _, j in named:
                groups.union(i, j)


def _merge_place_heads(forms: list[_Form], groups: _Groups) -> None:
    """A one-word place that heads exactly one "<it> of <name>" place and ends no other place's
    name is that place: "the Gulf" of a BP spill story beside "Gulf of Mexico"; beside
    "Persian Gulf" too, it may be either."""
    places = [i for i, f in enumerate(forms) if f.label in _PLACES and f.synonym is None]
    headed: dict[str, set[int]] = defaultdict(set)  # "gulf" -> groups of "gulf of ..."
    ending: set[str] = set()  # last words of longer places' names
    for j in places:
        words = forms[j].key.split()
        if len(words) > 2 and words[1] == "of":
            headed[words[0]].add(groups.find(j))
        if len(words) > 1:
            ending.add(words[-1])
    for i in places:
        head = forms[i].key
        if " " not in head and len(headed[head]) == 1 and head not in ending:
            groups.union(next(iter(headed[head])), i)


# The legal form ending a company's name: "Halliburton Co.", "Transocean Ltd", "BP Plc".
_CORPORATE_SUFFIXES = frozenset({"co", "inc", "corp", "corporation", "ltd", "plc", "llc"})


def _company(form: _Form) -> bool:
    """An organisation's name that ends in a legal form: a company, whatever else names it."""
    words = form.key.split()
    return form.label == "ORG" and len(words) > 1 and words[-1] in _CORPORATE_SUFFIXES


def _merge_company_names(forms: list[_Form], groups: _Groups, surnames: Set[str]) -> None:
    """A company named without its legal form is the company: "Halliburton" (which the model
    reads as a place 74 times in one cluster) and "Transocean" (a nationality) beside
    "Halliburton Co." and "Transocean Ltd". Not a person, nor a person's surname ("Dell"
    beside "Michael Dell" may be him), nor when two companies' names would fit."""
    companies: dict[str, set[int]] = defaultdict(set)
    for j, form in enumerate(forms):
        if _company(form):
            companies[form.key.rsplit(" ", 1)[0]].add(groups.find(j))
    for i, form in enumerate(forms):
        if form.label == "PERSON" or form.key in surnames or form.synonym is not None:
            continue  # "Thomas Kinkade" is the painter beside "Thomas Kinkade Co."
        targets = companies.get(form.key, set())
        if len(targets) == 1:
            groups.union(targets.pop(), i)


_SCHOOL_SHORT_NAMES = frozenset({"state", "tech"})  # "Penn State", "Georgia Tech": no surnames


def _misread_school(form: _Form) -> bool:
    """A school's short name the model read as a person ("Wayne State" PERSON)."""
    words = form.key.split()
    return form.label == "PERSON" and len(words) > 1 and words[-1] in _SCHOOL_SHORT_NAMES


def _merge_suffixes(forms: list[_Form], groups: _Groups, bare_names: list[int]) -> None:
    """A surname (or shorter name) joins the one longer person name it ends, or of several the
    one that `DOMINANT`-ly outnumbers the rest; so does one of the ``bare_names``
    (`_bare_names`) the model read as a group or a building.

    Longer names are indexed by their proper word-suffixes, so this is linear in the number of
    names (a pairwise scan took 20 s on a 300-article folder)."""
    persons = [i for i, f in enumerate(forms) if f.label == "PERSON" and f.synonym is None]
    ending_with: dict[tuple[str, ...], list[int]] = {}
    for j in persons:
        words = tuple(forms[j].key.split())
        for k in range(1, len(words)):
            ending_with.setdefault(words[-k:], []).append(j)
    # a name the model mostly calls a place (rule 6 may have joined many "Ukraine" GPE and one
    # "Ukraine" PERSON) is a place, even if it ends a misread name ("JUST WATCHED Ukraine")
    mentions: Counter[int] = Counter()
    in_places: Counter[int] = Counter()
    bare = set(bare_names)
    for index, form in enumerate(forms):
        mentions[groups.find(index)] += form.count
        placed = form.label in _PLACES and index not in bare
        in_places[groups.find(index)] += form.count if placed else 0
    # longest first: "Joe Biden" joins a longer form of him before "Biden" looks for one
    for i in sorted(persons + bare_names, key=lambda i: -len(forms[i].key.split())):
        if _generation(forms[i].text):
            continue  # "Jr." read alone ends names, but is none
        if 2 * in_places[groups.find(i)] >= mentions[groups.find(i)]:
            continue
        own = groups.find(i)
        longer = ending_with.get(tuple(forms[i].key.split()), [])
        if any(groups.find(j) == own for j in longer):
            continue  # its group already holds a longer name that it ends
        # a surname written as one name writes it ("Assad": Bashar al-Assad, not Riad al-Asaad)
        # picks that name over those its transliteration key only folds to it
        written = [j for j in longer if _writes_last(forms[j].text, forms[i].text)]
        targets = sorted(
            {groups.find(j) for j in written or longer}, key=lambda t: (-mentions[t], t)
        )
        if targets and mentions[targets[0]] >= DOMINANT * sum(mentions[t] for t in targets[1:]):
            total = mentions[own] + mentions[targets[0]]
            placed = in_places[own] + in_places[targets[0]]
            groups.union(i, targets[0])
            mentions[groups.find(i)], in_places[groups.find(i)] = total, placed


def _writes_last(name: str, shorter: str) -> bool:
    """Whether ``name`` ends in the words of ``shorter`` as written, an Arabic article aside
    ("Bashar al-Assad" ends in "Assad")."""
    words, short = name.lower().split(), shorter.lower().split()
    if len(words) <= len(short):
        return False
    ending = words[-len(short) :]
    ending[0] = re.sub(r"^(?:al|el|ad|an|ar|as|ash|at|az)[-‐]", "", ending[0])
    return ending == short


def _bare_names(forms: list[_Form], unplaced: Set[int]) -> list[int]:
    """One-word names the model read as a group ("Apkarian" NORP), a building ("Camp" FAC) or
    a place the articles never write as one (``unplaced``) that may be a person's surname: no
    acronym, no word that heads organisations' names ("Senate" beside a headline read as a
    name), no word of a longer name that is not a person's."""
    person_keys = {f.key for f in forms if f.label == "PERSON"}
    in_other_names = {  # not "Tulsi Gabbard" ORG beside "Tulsi Gabbard" PERSON: one name
        word
        for f in forms
        if f.label != "PERSON" and " " in f.key and f.key not in person_keys
        for word in f.key.split()
    }
    return [
        i
        for i, f in enumerate(forms)
        if (f.label in {"ORG", "FAC", "NORP"} or i in unplaced)
        and " " not in f.text  # one written word, a hyphenated one too ("Ben-Zvi")
        and f.synonym is None
        and f.core is None
        and not _is_acronym(f.text)
        and f.key not in in_other_names
        and f.key not in ORG_HEADS
    ]


# Wording that puts a name on the map: "in Lincoln", "near Houston", "across Ukraine". Not
# "to", "from", "at", "into" or "around", which people take as often ("wrote to Obama", "lashed
# out at Trump", "runs into Gosling", "those around Bannon").
_LOCATIVE = re.compile(r"\b(?:in|near|outside|across|throughout|inside)\s+(?:the\s+)?$", re.I)


# Words that put a name where something happens: "in Misrata", "the town of al-Brega",
# "east of Brega", "nearby Bin Jawad", "rebels entered Zawiyah", "forces have left al-Brega".
_PLACE_CUE = re.compile(
    r"\b(?:in|near|nearby|outside|inside|outskirts\s+of"
    r"|(?:towns?|city|cities|villages?|port|region|province|district|oasis)\s+of"
    r"|(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of"
    r"|entered|captured|seized|recaptured|retook|shelled|reached|left)\s+(?P<the>the\s+)?$",
    re.I,
)
_LOWER_WORD = re.compile(r"\s+[a-z]")  # "in the Harding family": a name used as a modifier
_PLACE_CUE_SHARE = 0.5  # of a "person"'s mentions, and at least two


def _placed_people(
    forms: list[_Form], mentions: list[list[EntityMention]], texts: Mapping[str, str] | None
) -> frozenset[tuple[str, str]]:
    """(text, label) of the "people" the articles write as places: most mentions after a
    place cue (`_PLACE_CUE`), none a possessive ("in John Smith's house"). The model calls
    towns it does not know people ("Misrata", "al-Brega", "Ben Gardane" in Timeline17's Libya
    stories)."""
    if texts is None:
        return frozenset()
    placed = set()
    for i, form in enumerate(forms):
        if form.label != "PERSON":
            continue
        cued = 0
        for m in mentions[i]:
            text = texts[m.article_id]
            if text.startswith(("'s", "’s"), m.end):
                break
            cue = _PLACE_CUE.search(text, max(0, m.start - 24), m.start)
            cued += bool(cue and not (cue["the"] and _LOWER_WORD.match(text, m.end)))
        else:
            if cued >= max(2, _PLACE_CUE_SHARE * len(mentions[i])):
                placed.add((form.text, form.label))
    return frozenset(placed)


def _unplaced(
    forms: list[_Form],
    mentions: list[list[EntityMention]],
    texts: Mapping[str, str] | None,
    surnames: Set[str],
) -> set[int]:
    """One-word places (GPE, LOC) that end a person's name (`_named_like_people`) and that no
    article writes as a place: no mention after "in", "near", ... (rule 7). ``surnames``: the
    last words of full person names."""
    if texts is None:
        return set()
    places = [i for i, f in enumerate(forms) if f.label in _PLACES and f.key in surnames]
    if not places:  # most clusters: no need to read the texts
        return set()
    named = {forms[j].key.split()[-1] for j in _named_like_people(forms, texts, surnames)}
    return {
        i
        for i in places
        if forms[i].key in named
        and not any(
            _LOCATIVE.search(texts[m.article_id], max(0, m.start - 16), m.start)
            for m in mentions[i]
        )
    }


# A word of a person's name: capitalised ("O'Brien", "McCain", "Ki-moon"), an initial, or a
# particle ("bin", "van", "al-").
_NAME_WORD = re.compile(
    rf"(?:[A-Z][a-z]+(?:[{_APOS}-]?[A-Z]?[a-z]+)*|[A-Z]\.|(?:al|el|bin|ibn|van|von|de|da|del|la|le)"
    rf"(?:-[A-Z][a-z]+)?|Jr\.?|Sr\.?|I{{2,3}}|IV)"
)
# Words that open a place's name, not a person's: "Mount Everest", "Lake Erie", "Fort Hood".
_PLACE_OPENERS = word_set(
    "mount mt lake fort port cape bay gulf isle river sea north south east west new saint st "
    "san santa los las"
)


def _named_like_people(
    forms: list[_Form], texts: Mapping[str, str], surnames: Set[str]
) -> list[int]:
    """Person names of two words or more that read as someone's name. The model also calls a
    product, a show or a caption a person ("Oculus Rift", "Safety Check", "IT'S COLD OUTSIDE
    Alaska", "Erie Pennsylvania", "Trump Ukraine"); their first word is then a word the articles
    write in lower case, another entity's name or another person's surname (``surnames``), or a
    place's opener, or some word is not shaped like a name's."""
    other_names = {f.key for f in forms if f.label != "PERSON"} | surnames
    lower = frozenset().union(*map(lower_case_words, texts.values()))
    return [
        j
        for j, f in enumerate(forms)
        if f.label == "PERSON"
        and " " in f.key
        and all(_NAME_WORD.fullmatch(w) for w in f.text.split())
        and f.key.split()[0] not in other_names
        and (first := f.text.split()[0].lower()) not in _PLACE_OPENERS
        and first not in lower
    ]


def _merge_given_names_alone(forms: list[_Form], groups: _Groups) -> None:
    """A one-word person name that starts exactly one longer person name, and ends none, is
    that person by first name, as written or else formal ("Megan" -> "Megan Rapinoe", "Tim" ->
    "Timothy Dale Poole"); beside "Scott Walker" and "Rick Scott", "Scott" is Rick Scott's
    surname (`_merge_suffixes`)."""
    persons = [i for i, f in enumerate(forms) if f.label == "PERSON" and f.synonym is None]
    starting: dict[str, set[int]] = defaultdict(set)  # first name as written, as a key
    formally: dict[str, set[int]] = defaultdict(set)  # formal first name ("Tim": "timothy")
    ending: set[str] = set()
    for j in persons:
        if (person := forms[j].person) is not None:
            words = forms[j].key.split()
            starting[words[0]].add(groups.find(j))
            formally[person.given].add(groups.find(j))
            ending.add(words[-1])
    for i in persons:
        key = forms[i].key
        if " " in key or key in ending:
            continue
        targets = starting.get(key, set()) - {groups.find(i)}
        if not targets:  # only then by the formal name: "Bobby" is Bobby Goodlatte, not Bob
            given = formal_given_name(forms[i].text.lower().rstrip("."))
            targets = formally.get(given, set()) - {groups.find(i)}
        if len(targets) == 1:
            groups.union(i, targets.pop())


# A department named by its portfolio: "Department of Health and Human Services", "Health and
# Human Services Department".
_PORTFOLIO = re.compile(
    r"(?:(?:U\.S\.|US|the)\s+)?(?:Department|Ministry) of (?:the )?(?P<of>.+)"
    r"|(?P<named>.+?) Department"
)


def _spellings(text: str) -> set[str]:
    """The acronyms a longer name may go by: its initials without connectors ("SDF", "NASA"),
    with "of" ("DOJ" for "Department of Justice", "ROK") and, for a name with "and", those of
    the part before it ("CDC" for "Centers for Disease Control and Prevention"), and, for a
    department, those of its portfolio ("HHS" for "Department of Health and Human Services",
    "VA" for "Department of Veterans Affairs")."""
    words = [w for w in re.split(r"[\s\-‐]+", text) if w]
    spellings = {_initials(words, _CONNECTORS), _initials(words, _CONNECTORS - {"of"})}
    if "and" in words:
        last_and = len(words) - 1 - words[::-1].index("and")
        spellings.add(_initials(words[:last_and], _CONNECTORS))
    if portfolio := _PORTFOLIO.fullmatch(text):
        spellings.add(_initials((portfolio["of"] or portfolio["named"]).split(), _CONNECTORS))
    return spellings - {""}


def _initials(words: list[str], skipped: frozenset[str]) -> str:
    kept = [w for w in words if w.lower() not in skipped]
    return "".join(w[0] for w in kept if w[0].isalpha()).upper() if len(kept) > 1 else ""


def _is_acronym(text: str) -> bool:
    bare = _bare_acronym(text)
    return 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()


def _bare_acronym(text: str) -> str:
    """ "U.S." -> "US", "J&J" -> "JJ" (spelling "Johnson & Johnson")."""
    return text.replace(".", "").replace("&", "")


def _merge_acronyms(forms: list[_Form], groups: _Groups, texts: Mapping[str, str] | None) -> None:
    """An acronym joins the longer name the articles define it for ("Minerals Management
    Service (MMS)"), else the one longer name of a compatible label whose initials it spells
    and that is defined as no other acronym ("BP" is not "blowout preventer (BOP)")."""
    defined = _defined_acronyms(forms, texts or {})
    spelling: dict[str, list[int]] = {}  # initials -> the longer names they spell
    for j, other in enumerate(forms):
        for initials in _spellings(other.text):
            spelling.setdefault(initials, []).append(j)
    for index, form in enumerate(forms):
        bare = _bare_acronym(form.text)
        if form.synonym is not None or not _is_acronym(form.text):
            continue
        targets = {groups.find(j) for j, acronyms in defined.items() if bare in acronyms}
        if not targets:
            targets = {
                groups.find(j)
                for j in spelling.get(bare, [])
                if j != index and _compatible(form, forms[j]) and not defined.get(j)
            }
        if len(targets) == 1:
            groups.union(index, targets.pop())


# An acronym in brackets, as a report defines it after the name: "Minerals Management Service
# (MMS)", "the blowout preventer (BOP)".
_BRACKETED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z&.]{1,7})\s*\)")
_DEFINITION_WORDS = 8  # the longest name a bracketed acronym is read as defining


def _defined_acronyms(forms: list[_Form], texts: Mapping[str, str]) -> dict[int, set[str]]:
    """The acronyms the articles define for each longer name (form index), by writing it in
    brackets right after the name, in any case."""
    by_text = {f.text.lower(): i for i, f in enumerate(forms) if " " in f.text}
    defined: dict[int, set[str]] = defaultdict(set)
    for text in texts.values():
        for match in _BRACKETED_ACRONYM.finditer(text):
            if not _is_acronym(match[1]):
                continue
            words = text[max(0, match.start() - 120) : match.start()].lower().split()
            for k in range(min(len(words), _DEFINITION_WORDS), 1, -1):
                if (j := by_text.get(" ".join(words[-k:]))) is not None:
                    defined[j].add(_bare_acronym(match[1]))
                    break
    return defined


# --------------------------------------------------------------------------- naming


def _surname_in(form: _Form, forms: list[_Form]) -> bool:
    """Whether ``form`` is one written word ("Ben-Zvi" too) that ends a longer person name
    among ``forms``."""
    return " " not in form.text and any(
        other.label == "PERSON" and _ends_with(other.key, form.key) for other in forms
    )


def _entity(
    forms: list[_Form],
    mentions: list[EntityMention],
    read_as_surname: Set[str],
    unplaced: Set[str],
    placed: Set[tuple[str, str]],
) -> CanonicalEntity:
    """One entity from its forms; a bare name votes as the person it names, whether it joined
    that person or not (``read_as_surname``: keys of surnames two people share), and so does a
    place never written as one (``unplaced``) once it has joined a person; a "person" written
    as a place (``placed``: text and label, `_placed_people`) votes as a place."""
    synonyms = {f.synonym for f in forms if f.synonym is not None}
    synonym = SYNONYMS[min(synonyms)] if synonyms else None
    if synonym is not None:
        label = synonym[1]
    elif any(f.core is not None for f in forms):
        label = "FAC"
    elif any(f.key in _KNOWN_ORGANISATION_KEYS or _company(f) for f in forms):
        label = "ORG"
    else:
        votes: Counter[str] = Counter()
        for form in forms:  # a bare surname votes as the person it names (rule 7)
            surname = (form.label not in _PLACES or form.key in unplaced) and (
                _surname_in(form, forms) or form.key in read_as_surname
            )
            if _misread_school(form):
                votes["ORG"] += form.count  # "Wayne State" read as a person
            elif (form.text, form.label) in placed and not surname:
                votes["GPE"] += form.count
            else:
                votes["PERSON" if surname else form.label] += form.count
        label = min(votes, key=lambda lab: (-votes[lab], _LABEL_ORDER.index(lab)))

    spelled_out = any(not _is_acronym(f.text) for f in forms)
    keys = {f.key for f in forms}

    def full(form: _Form) -> bool:
        if label == "FAC":
            return form.core is not None
        if label in _PLACES and ADJECTIVE.match(form.text):
            return False  # a place is named by its name: "U.S.", not "American"
        if label == "PERSON":
            return " " in form.text
        if _company(form) and form.key.rsplit(" ", 1)[0] in keys:
            return False  # "Facebook", as reports name it, over "Facebook Inc"
        return not (spelled_out and _is_acronym(form.text))

    def support(form: _Form) -> tuple[int, int]:
        """Mentions it contains: by key, then spelled exactly so (the commonest spelling)."""
        words, lowered = f" {form.key} ", form.text.lower()
        by_key = sum(f.count for f in forms if f" {f.key} " in words)
        return by_key, sum(f.count for f in forms if f.text.lower() in lowered)

    texts = {f.text for f in forms}
    if synonym is not None:  # "United States" however the sources write it ("America", "US")
        name = synonym[0]
    else:
        best = min(
            forms,
            key=lambda f: (
                not full(f),
                f.text.isupper() and not _is_acronym(f.text),  # a dateline's "WASHINGTON"
                [-n for n in support(f)],
                -f.count,
                -sum(w[:1].isupper() for w in f.text.split()),  # "Air Base" over "air base"
                f.text,
            ),
        )
        name = (abbreviated_state(best.text) if label in _PLACES else None) or best.text
    ordered = sorted(mentions, key=lambda m: (m.article_id, m.start, m.end))
    return CanonicalEntity(name, label, tuple(sorted(texts - {name})), tuple(ordered))

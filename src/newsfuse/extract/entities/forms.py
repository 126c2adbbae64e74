"""The vocabulary entity grouping works in: display forms, spelling keys, the known synonyms
and the union-find the merge rules share (`newsfuse.extract.entities`)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.extract.given_names import formal_given_name
from newsfuse.extract.ner import (
    TITLES,
    EntityMention,
    appeals_circuit,
)
from newsfuse.extract.us_states import abbreviated_state

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
    (
        "al-Qaeda",
        "ORG",
        ("al-Qaida", "al Qaeda", "al Qaida", "Al-Qaeda", "Al Qaeda", "AQ", "Qaeda", "Qaida"),
    ),
    ("United Nations", "ORG", ("UN", "U.N.")),
    # a ministry and its building, which reports use for each other ("Pentagon policy on
    # transgender personnel" and "The Department of Defense declared ...", one AllSides story)
    ("Department of Defense", "ORG", ("Pentagon", "Defense Department", "DoD", "DOD")),
    ("European Union", "ORG", ("EU", "E.U.")),
    ("NATO", "ORG", ("Nato", "North Atlantic Treaty Organization")),
    ("United Arab Emirates", "GPE", ("UAE", "U.A.E.", "Emirates")),
    ("Soviet Union", "GPE", ("USSR", "U.S.S.R.")),
    ("Russia", "GPE", ("Russian Federation",)),
    ("Myanmar", "GPE", ("Burma",)),
    # the capital by its district ("in Washington, D.C., shouted down Sen. Ted Cruz")
    (
        "Washington, D.C.",
        "GPE",
        ("D.C.", "Washington D.C.", "Washington DC", "District of Columbia"),
    ),
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
    # Britain's Conservatives by their old name ("Tory MP Karen Vecchio" beside "the
    # Conservatives": a Multi-News brief listed them apart)
    ("Conservatives", "NORP", ("Conservative", "Tory", "Tories")),
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


CLASS = {
    "PERSON": "person",
    "ORG": "group",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "EVENT": "event",
}


PLACES = frozenset({"GPE", "LOC"})  # places, as opposed to facilities


NOT_A_FACILITY = PLACES | {"NORP"}  # labels whose bare name never joins a facility


#: Generational suffixes ("Jr.", "III"), lower-cased: they end a person's name but are none.
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


#: An adjective of a place or people ("American", "British", "Iraqi", "Arabic", "Puerto
#: Rican", "South African"); not a name ending in "-an" ("Iran", "Michigan"), nor an ocean.
#: Two words only with the demonym endings: "New Delhi" and "Abu Dhabi" are places.
ADJECTIVE = re.compile(
    r"(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:ian|can|ean|ish|ese)$(?<!Ocean)|[A-Z][a-z]+(?:ic|i)$"
)


# ties: a person before a building the model named without a head ("Bradley Cooper" FAC once)
LABEL_ORDER = ("PERSON", "FAC", "ORG", "GPE", "LOC", "NORP", "EVENT")


APOS = "'’‘ʼʿʾ`"


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


CONNECTORS = frozenset({"of", "the", "for", "and", "in", "on", "al", "el", "de"})


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


def display_form(surface: str, label: str) -> str:
    """The form shown to readers: no leading "the" (but "The Hill"), possessive, trailing
    punctuation, titles, an editor's brackets ("[population biologist Joel] Cohen")."""
    form = " ".join(re.sub(r"[\[\]]", "", surface).split())
    # "The Hill" keeps its "The"; a person never has one ("The Obama [administration]")
    if label == "PERSON" or not re.fullmatch(r"The [A-Z][\w'’.&-]*", form):
        form = re.sub(r"^(?:the|The|THE)\s+", "", form)
    form = re.sub(rf"[{APOS}]s?$", "", form)
    form = form.rstrip(',;:!?"”') if not re.search(r"\b[A-Z]\.$", form) else form
    form = form.rstrip(".") if not re.search(r"(?:^|[\s.])[A-Za-z]\.$|\b[JS]r\.$", form) else form
    if label == "PERSON":
        words = form.split()
        titled = [
            i
            for i, w in enumerate(words[:-1])
            if w.lower().strip(".") in TITLES
            and any(generation_of(after) is None for after in words[i + 1 :])  # "King Jr."
        ]
        if titled:
            rest = words[titled[-1] + 1 :]
            if all(w[:1].isupper() or re.match(r"(?:al|el|bin|ibn|de|van|von)\b", w) for w in rest):
                form = " ".join(rest)
    return form or surface


def generation_of(word: str) -> str | None:
    """ "Jr." -> "jr": a generational suffix, which ends a person's name but is not one."""
    folded = word.lower().rstrip(".,")
    return folded if folded in GENERATIONS else None


WEB_SUFFIX = re.compile(r"\.(?:com|org|net|gov|edu|io|co\.uk)$")  # a website's domain


ROMAN_NUMERAL = re.compile(r"[ivx]{2,4}")  # a lower-cased word; not "i", "v" or "x" alone


def translit_key(name: str) -> str:
    """A spelling-insensitive key: "Ain Al-Assad" and "Ain al-Asad" -> "ain asad"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = WEB_SUFFIX.sub("", text)  # "Americablog.com" is "AmericaBlog"
    text = re.sub(f"[{APOS}]", "", text).replace(".", "").replace(",", "")
    # Arabic article: "al-", "el-", "ul-" and the assimilated "as-", "ash-", "ad-", ...
    text = re.sub(r"\b(?:al|el|ul|a[dnrstz]|ash|ath|adh)[-‐](?=\w)", " ", text)
    words = [w for w in re.split(r"[\s\-‐–/]+", text) if w]
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    words = [w for w in words if w not in {"al", "el"}] or words
    return " ".join(_word_key(w) for w in words)


def _word_key(word: str) -> str:
    if ROMAN_NUMERAL.fullmatch(word):
        return word  # "Development Driller II" and "III" are two rigs
    word = re.sub(r"(.)\1+", r"\1", word).replace("ou", "u").replace("q", "k")
    return "i" + word[1:] if word.startswith("e") and len(word) > 3 else word


KNOWN_ORGANISATION_KEYS = frozenset(map(translit_key, KNOWN_ORGANISATIONS))


def consonant_skeleton(key: str) -> str:
    """First letter of each word plus its consonants but "h": "hezbolah" -> "hzbl". Arabic
    names are transliterated with and without an "h" ("Gaddafi", "Gadhafi"; "Muammar",
    "Mohammar") and with "g", "k" or "q" for one letter ("Gaddafi", "Kadhafi", "Qaddafi")."""
    return " ".join(
        _FIRST_LETTER.get(w[0], w[0]) + re.sub(r"[aeiouyh]", "", w[1:]) for w in key.split()
    )


_FIRST_LETTER = {"g": "k", "q": "k"}


def fold(surface: str) -> str:
    """Lookup form for `SYNONYMS`: acronyms keep their case, other names are lower-cased."""
    text = unicodedata.normalize("NFKD", surface)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(f"[{APOS}]", "’", " ".join(text.split()))
    bare = text.replace(".", "")
    return bare if bare.isupper() else bare.lower()


SYNONYM_INDEX = {
    fold(alias): index
    for index, (name, _, aliases) in enumerate(SYNONYMS)
    for alias in (name, *aliases)
}


class Groups:
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


# A ship's prefix: "USS Fitzgerald", "HMS Dragon", "MV Sewol".
VESSEL = re.compile(r"^(?:USS|USNS|USCGC|HMS|HMCS|HMAS|INS|MV|M/V|MS|SS|RMS)\s+(?=[A-Z])")


@dataclass
class Form:
    """A distinct (display form, label) with what the rules compare."""

    text: str
    label: str
    key: str
    count: int
    synonym: int | None
    core: str | None = None  # facilities: the key without the head
    kind: str | None = None  # facilities: which kind of head
    person: PersonName | None = None  # persons named by more than one word
    articles: frozenset[str] = frozenset()  # the articles that write it


@dataclass(frozen=True)
class PersonName:
    """A full person name in parts: "Bill H.W. Taylor III" -> william, hw, (), taylor, iii;
    "Robert Wright Lee IV" -> robert, w, (wright,), lee, iv."""

    given: str  # formal: "Bill" -> "william"
    initials: str  # the first letter of each middle name or initial, lower-cased
    middle: tuple[str, ...]  # middle names, as keys
    surname: str
    generation: str

    def differs_from(self, other: PersonName) -> bool:
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


def _person_name(text: str) -> PersonName | None:
    words = text.split()  # not the key, which folds "Bill" to "bil" and "III" to "i"
    generation = generation_of(words[-1]) or ""
    if generation:
        words.pop()
    first = words[0] if len(words) > 1 else ""
    if (
        not first[1:2].islower()
        or _INITIALS.match(first)
        or first.lower().rstrip(".") in _SHORT_TITLES
    ):
        return None  # "Jr." or "J. Smith" alone, "Dr Smith": no given name ("Ed Markey" has)
    given, *others = words
    given = given.lower().rstrip(".")
    # a nickname is no middle name: "Robert (Bob) Dudley" is Bob Dudley, "Thomas 'Tip' O'Neill"
    # may be Thomas P. O'Neill
    others = [w for w in others[:-1] if not NICKNAME.match(w)] + others[-1:]
    initials = "".join(
        w.replace(".", "") if _INITIALS.match(w) else _first_letter(w) for w in others[:-1]
    ).lower()
    middle = tuple(translit_key(w) for w in others[:-1] if not _INITIALS.match(w))
    return PersonName(
        formal_given_name(given), initials, middle, translit_key(others[-1]), generation
    )


_INITIALS = re.compile(r"^(?:[A-Z]\.?)+$")
_SHORT_TITLES = frozenset({"mr", "mrs", "ms", "dr", "st", "sr", "jr", "mt", "ft", "lt"})


def _first_letter(word: str) -> str:
    """ "Wright" -> "W"; "O'Neill" -> "O"."""
    return next((c for c in word if c.isalpha()), "")


# a word in brackets or quotation marks of its own inside a full name
NICKNAME = re.compile(r"""^(?:\(.+\)|["'“‘].+["'”’])$""")


# "Department of Justice" is the "Justice Department": both get the key "justice department".
_OF_FORM = re.compile(r"^(department|ministry|office|bureau|agency) of (?:the )?(.+)$")


#: A named storm's kind, which changes as it grows or fades: "Tropical Storm Alex" became
#: "Hurricane Alex"; reports also call it "Alex".
STORM = re.compile(
    r"(?:Hurricane|Tropical Storm|Tropical Depression|Typhoon|Super Typhoon|Cyclone|Storm)\s+"
    r"(?=[A-Z])"
)


#: An observed day named after a plural's possessive, which reports also write without its
#: "Day": "April Fools' Day" and "April Fools" (the model's PERSON) are one holiday.
HOLIDAY = re.compile(rf"s[{APOS}][ \t]+Day$")


# A people named in the plural ("Americans", "Romans"; not "Swiss").
_PLURAL_PEOPLE = re.compile(r"(?:[A-Z][a-z]+ )?[A-Z][a-z]*[^\Ws]s")


def singular_people(text: str, label: str) -> str | None:
    """ "Romans" NORP -> "Roman": a people is one in the singular and the plural (a Multi-News
    brief listed both apart). Not a synonym's: "Americans" beside the United States, whose
    names hold "American", stays a people, as the event's place counts an entity's mentions
    in the leads, and the Americans of a story are seldom where it happens (merged, they moved
    16 dev briefs' place to the United States, from "Manhattan", "California", "Cuba", ...)."""
    return text[:-1] if label == "NORP" and _PLURAL_PEOPLE.fullmatch(text) else None


def make_form(text: str, label: str, mentions: Sequence[EntityMention] = ()) -> Form:
    # a state as AP abbreviates it, read as a place ("R-Ky.", "Menasha, Wis."), is the state
    state = abbreviated_state(text) if label in PLACES else None
    key = translit_key(state or text)
    if label == "ORG" and (of_form := _OF_FORM.match(key)):
        key = f"{of_form[2]} {of_form[1]}"
    if label == "ORG" and (circuit := appeals_circuit(text)):
        key = f"{circuit} circuit court appeals"  # "2nd US Circuit Court of Appeals", either way
    if storm := STORM.match(text):  # "Hurricane Alex" and "Tropical Storm Alex" are "Alex"
        key = translit_key(text[storm.end() :]) or key
    if label == "EVENT" and (holiday := HOLIDAY.search(text)):  # "April Fools' Day"
        key = translit_key(text[: holiday.start() + 1])
    form = Form(text, label, key, len(mentions), SYNONYM_INDEX.get(fold(text)))
    form.articles = frozenset(m.article_id for m in mentions)
    if label == "PERSON":
        form.person = _person_name(text)
    if (head := _HEAD.search(text)) and label in {"FAC", "GPE", "LOC", "ORG"}:
        core = translit_key(text[: head.start()])
        if core:
            form.core, form.kind = core, head.lastgroup
    return form


def same_class(a: Form, b: Form) -> bool:
    return CLASS.get(a.label) == CLASS.get(b.label)


def ends_with(longer: str, shorter: str) -> bool:
    """Whether ``shorter``'s words end ``longer``'s (a proper word-suffix)."""
    long_words, short_words = longer.split(), shorter.split()
    return len(long_words) > len(short_words) and long_words[-len(short_words) :] == short_words


# The legal form ending a company's name: "Halliburton Co.", "Transocean Ltd", "BP Plc".
_CORPORATE_SUFFIXES = frozenset({"co", "inc", "corp", "corporation", "ltd", "plc", "llc"})


def is_company(form: Form) -> bool:
    """An organisation's name that ends in a legal form: a company, whatever else names it."""
    words = form.key.split()
    return form.label == "ORG" and len(words) > 1 and words[-1] in _CORPORATE_SUFFIXES


_SCHOOL_SHORT_NAMES = frozenset({"state", "tech"})  # "Penn State", "Georgia Tech": no surnames


def misread_school(form: Form) -> bool:
    """A school's short name the model read as a person ("Wayne State" PERSON)."""
    words = form.key.split()
    return form.label == "PERSON" and len(words) > 1 and words[-1] in _SCHOOL_SHORT_NAMES


def is_acronym(text: str) -> bool:
    bare = bare_acronym(text)
    return 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()


def bare_acronym(text: str) -> str:
    """ "U.S." -> "US", "J&J" -> "JJ" (spelling "Johnson & Johnson")."""
    return text.replace(".", "").replace("&", "")

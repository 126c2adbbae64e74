"""Merge rules 7 and 8 of `newsfuse.extract.entities` for organisations: short and national
names, companies without their legal form, and acronyms."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set

from newsfuse.extract.entities.forms import (
    CONNECTORS,
    SYNONYM_INDEX,
    SYNONYMS,
    VESSEL,
    Form,
    Groups,
    bare_acronym,
    fold,
    is_acronym,
    is_company,
    make_form,
    misread_school,
    same_class,
    translit_key,
)
from newsfuse.extract.ner import (
    ORG_HEADS,
    EntityMention,
    quoted_whole,
)
from newsfuse.extract.us_states import US_STATES
from newsfuse.words import alternation, word_set

# What a one-word name may leave off its organisation's full name: the school or the company
# ("Stanford" is Stanford University, "Boeing" the Boeing Co., "Mariner" the Mariner Energy
# of a Timeline17 brief, where both had been event actors), not a department or a force
# ("Delphi" is the town, not its Delphi Police Department). A cruise line too: "Pullmantur"
# is Pullmantur Cruises (a Timeline17 brief listed both).
_SHORTENED_TO_ONE_WORD = frozenset(
    {"university", "college", "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc"}
    | {"group", "holdings", "energy", "oil", "petroleum", "airlines", "motors", "capital"}
    | {"cruises"}
)


def merge_short_org_names(forms: list[Form], groups: Groups, surnames: Set[str]) -> None:
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
    # city, not its "New Orleans Police Department"; "Tesla" NORP once is still the company
    as_org: Counter[int] = Counter()
    for i, f in enumerate(forms):
        as_org[groups.find(i)] += f.count if f.label == "ORG" or misread_school(f) else -f.count
    other_kinds = {group for group, balance in as_org.items() if balance <= 0}
    for index, form in enumerate(forms):
        if groups.find(index) in other_kinds:
            continue
        targets = {groups.find(j) for j in starting.get(form.key, ())}
        if form.synonym is None and len(targets) == 1:
            groups.union(index, targets.pop())


def merge_vessel_names(forms: list[Form], groups: Groups, surnames: Set[str]) -> None:
    """A ship's name without its prefix is the ship: "the Fitzgerald had left the US naval
    base" (read as a person beside "USS Fitzgerald" in a Multi-News brief); not a person's
    surname (``surnames``: "F. Scott Fitzgerald" beside the USS Fitzgerald)."""
    ships: dict[str, set[int]] = defaultdict(set)
    for j, form in enumerate(forms):
        if form.synonym is None and (prefix := VESSEL.match(form.text)):
            ships[translit_key(form.text[prefix.end() :])].add(j)
    for index, form in enumerate(forms):
        targets = {groups.find(j) for j in ships.get(form.key, ())} - {groups.find(index)}
        if form.synonym is None and form.key not in surnames and len(targets) == 1:
            groups.union(index, targets.pop())


def merge_org_suffixes(forms: list[Form], groups: Groups) -> None:
    """An organisation's name of two words or more that ends exactly one longer organisation's
    name after its "and", on a word that heads organisations, is that organisation: "Wildlife
    Service" in "the Fish and Wildlife Service" is the "U.S. Fish and Wildlife Service" (a
    model splits a name at its "and"). Beside two longer names it may be either and stays
    apart; a name ending a longer one elsewhere may be page junk's ("Courtesy of the State
    Department") or another's ("ABC News/Washington Post")."""
    orgs = [i for i, f in enumerate(forms) if f.label == "ORG" and f.synonym is None]
    for i in orgs:
        words = forms[i].key.split()
        if len(words) < 2 or words[-1] not in ORG_HEADS:
            continue
        longer = {
            groups.find(j)
            for j in orgs
            if len(forms[j].key.split()) > len(words)
            and forms[j].key.endswith(" and " + forms[i].key)
        } - {groups.find(i)}
        if len(longer) == 1:
            groups.union(i, longer.pop())


_PARTY_WORDS = word_set(
    "republican democratic democrat conservative liberal labour labor progressive libertarian "
    "socialist communist green"
)


def merge_national_names(forms: list[Form], groups: Groups) -> None:
    """An organisation named without its country ("Supreme Court", "Labor Department") is the
    one named with it ("U.S. Supreme Court", "United States Supreme Court", "US Department of
    Labor", "Russian Foreign Ministry") when every longer name ending so names the same
    country: beside "Wisconsin Supreme Court" or "Russian Navy" too, a bare "Supreme Court" or
    "Navy" may be either. A country is a place of `SYNONYMS` ("U.S." = "United States") or a
    nationality (NORP) of the cluster, not a party ("Republican Congress" is no name of
    Congress); a city or state is not one ("Iowa Republican Party" is not the Republican
    Party)."""
    nations = {
        fold(f.text) for f in forms if f.label == "NORP" and f.key.rstrip("s") not in _PARTY_WORDS
    } | {alias for alias, index in SYNONYM_INDEX.items() if SYNONYMS[index][1] == "GPE"}
    orgs = [i for i, f in enumerate(forms) if f.label == "ORG" and f.synonym is None]
    national: dict[str, list[tuple[object, int]]] = defaultdict(list)  # bare key -> (nation, j)
    for j in orgs:
        words = forms[j].text.split()
        for k in (1, 2):
            if k < len(words) and (nation := fold(" ".join(words[:k]))) in nations:
                bare = make_form(" ".join(words[k:]), "ORG").key
                national[bare].append((SYNONYM_INDEX.get(nation, nation), j))
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


def merge_names_before_of(
    forms: list[Form],
    groups: Groups,
    mentions: Sequence[Sequence[EntityMention]],
    texts: Mapping[str, str] | None,
) -> None:
    """An organisation's name that opens exactly one longer organisation's name shaped
    "<head> of <field>" is that organisation: "House" and "U.S. House" are the "House of
    Representatives" (a Multi-News brief listed "House" and "House of Representatives" apart).
    Beside "House of Commons" and "House of Lords" it may be either and stays apart; a longer
    phrase after "of" names no body ("State" is not the "State of the Union"). Nor is a
    state's chamber the bare name's (`_a_states_body`: beside "the state House of Delegates"
    a Goodlatte story's "House" is Congress's). (A department's key is "<portfolio>
    department", so "Department" opens none.) ``mentions``: each form's; ``texts``: the
    articles' (without them, no chamber is a state's)."""
    orgs = [i for i, f in enumerate(forms) if f.label == "ORG" and f.synonym is None]
    opening: dict[str, set[int]] = defaultdict(set)  # the key before " of " -> longer names
    for j in orgs:
        before, of, field = forms[j].key.partition(" of ")
        if of and " " not in field and "," not in forms[j].text:
            opening[before].add(j)
    for i in orgs:
        longer = opening.get(forms[i].key, set())
        targets = {groups.find(j) for j in longer}
        if (
            len(targets) == 1
            and groups.find(i) not in targets
            and not any(_a_states_body(mentions[j], texts or {}) for j in longer)
        ):
            groups.union(i, targets.pop())


# "state" or a US state's name right before a body's name: "the state House of Delegates",
# "Virginia's House of Delegates".
_STATE_BEFORE = re.compile(
    rf"(?<![\w-])(?:state|{alternation(map(re.escape, US_STATES))})(?:['’]s)?[ \t]+$"
)


def _a_states_body(mentions: Sequence[EntityMention], texts: Mapping[str, str]) -> bool:
    """Whether an article writes the body as a US state's (`_STATE_BEFORE`)."""
    return any(
        _STATE_BEFORE.search(texts[m.article_id], max(0, m.start - 24), m.start)
        for m in mentions
        if m.article_id in texts
    )


def merge_company_names(forms: list[Form], groups: Groups, surnames: Set[str]) -> None:
    """A company named without its legal form is the company: "Halliburton" (which the model
    reads as a place 74 times in one cluster) and "Transocean" (a nationality) beside
    "Halliburton Co." and "Transocean Ltd". Not a person, nor a person's surname ("Dell"
    beside "Michael Dell" may be him), nor when two companies' names would fit."""
    companies: dict[str, set[int]] = defaultdict(set)
    for j, form in enumerate(forms):
        if is_company(form):
            companies[form.key.rsplit(" ", 1)[0]].add(groups.find(j))
    for i, form in enumerate(forms):
        if form.label == "PERSON" or form.key in surnames or form.synonym is not None:
            continue  # "Thomas Kinkade" is the painter beside "Thomas Kinkade Co."
        targets = companies.get(form.key, set())
        if len(targets) == 1:
            groups.union(targets.pop(), i)


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
    "VA" for "Department of Veterans Affairs"); each also without a country before the name
    ("CDC" for "U.S. Centers for Disease Control and Prevention")."""
    words = text.split()
    for k in (1, 2):
        if k < len(words) - 1 and _is_country(" ".join(words[:k])):
            return _spellings(" ".join(words[k:])) | _spellings_as_written(text)
    return _spellings_as_written(text)


def _is_country(name: str) -> bool:
    """ "U.S.", "United States", "Britain": a country of `SYNONYMS`."""
    index = SYNONYM_INDEX.get(fold(name))
    return index is not None and SYNONYMS[index][1] == "GPE"


def _spellings_as_written(text: str) -> set[str]:
    """`_spellings` of ``text`` with all its words."""
    words = [w for w in re.split(r"[\s\-‐]+", text) if w]
    spellings = {_initials(words, CONNECTORS), _initials(words, CONNECTORS - {"of"})}
    if "and" in words:
        last_and = len(words) - 1 - words[::-1].index("and")
        spellings.add(_initials(words[:last_and], CONNECTORS))
    if portfolio := _PORTFOLIO.fullmatch(text):
        spellings.add(_initials((portfolio["of"] or portfolio["named"]).split(), CONNECTORS))
    return spellings - {""}


def _initials(words: list[str], skipped: frozenset[str]) -> str:
    """The first letters of ``words`` but ``skipped``; an acronym among them gives all of its
    letters ("BGC Partners" is "BGCP", never "BP")."""
    kept = [w for w in words if w.lower() not in skipped and w[0].isalpha()]
    if len(kept) < 2:
        return ""
    return "".join(w if is_acronym(w) and w.isalpha() else w[0] for w in kept).upper()


def merge_acronyms(
    forms: list[Form],
    groups: Groups,
    mentions: list[list[EntityMention]],
    texts: Mapping[str, str] | None,
) -> None:
    """An acronym joins the longer name the articles define it for ("Minerals Management
    Service (MMS)"), else the one longer name of a compatible label whose initials it spells
    and that is defined as no other acronym ("BP" is not "blowout preventer (BOP)"), nor only
    ever quoted (``mentions``, by form: a motto, `_only_quoted`)."""
    defined = _defined_acronyms(forms, texts or {})
    spelling: dict[str, list[int]] = {}  # initials -> the longer names they spell
    for j, other in enumerate(forms):
        if _only_quoted(mentions[j], texts or {}):
            continue
        for initials in _spellings(other.text):
            spelling.setdefault(initials, []).append(j)
    for index, form in enumerate(forms):
        bare = bare_acronym(form.text)
        if form.synonym is not None or not is_acronym(form.text):
            continue
        targets = {groups.find(j) for j, acronyms in defined.items() if bare in acronyms}
        if not targets:
            targets = {
                groups.find(j)
                for j in spelling.get(bare, [])
                if j != index and same_class(form, forms[j]) and not defined.get(j)
            }
        if len(targets) == 1:
            groups.union(index, targets.pop())


def _only_quoted(mentions: list[EntityMention], texts: Mapping[str, str]) -> bool:
    """Whether the articles write a name only in quotation marks of its own: a motto or a
    slogan, not what an acronym stands for ("an agency whose motto is 'Fidelity, Bravery and
    Integrity'", which a Multi-News brief made the FBI's name)."""
    return bool(mentions) and all(
        m.article_id in texts
        # the model's span may take the closing mark in: "Integrity'"
        and quoted_whole(texts[m.article_id], m.start, m.start + len(m.text.rstrip(_CLOSING)))
        for m in mentions
    )


_CLOSING = "\"”’'"


# An acronym in brackets, as a report defines it after the name: "Minerals Management Service
# (MMS)", "the blowout preventer (BOP)".
# "(CDC)", and the apposition ", or CDC" (a Timeline17 report: "the U.S. Centres for Disease
# Control and Prevention, or CDC").
_BRACKETED_ACRONYM = re.compile(
    r"\(\s*(?P<bracketed>[A-Z][A-Za-z&.]{1,7})\s*\)|,[ \t]+or[ \t]+(?P<or>[A-Z][A-Z&.]{1,7})\b"
)


_DEFINITION_WORDS = 8  # the longest name a bracketed acronym is read as defining


def common_acronyms(texts: Mapping[str, str]) -> set[str]:
    """Acronyms the articles define for a thing, not a name: "the blowout preventer (BOP)",
    "remotely operated vehicles (ROVs)". The words before the brackets are in lower case
    and their initials spell the acronym; it names no one, whatever the model reads."""
    found: set[str] = set()
    for text in texts.values():
        for match in _BRACKETED_ACRONYM.finditer(text):
            acronym = bare_acronym(match["bracketed"] or match["or"]).rstrip("s")
            if not is_acronym(acronym):
                continue
            words = re.split(r"[\s-]+", text[max(0, match.start() - 80) : match.start()].strip())
            if any(_spells(words[-k:], acronym) for k in range(2, len(acronym) + 1)):
                found.add(acronym)
    return found


# A possessive determiner, which makes what follows it a common noun: "contact your GP" ...
_OWNER_BEFORE = re.compile(r"\b(?:my|your|his|her|its|our|their)\s+$", re.I)
# ... when it ends the phrase; before a noun, the acronym is a name ("our CES portal")
_PHRASE_END = re.compile(r"[.,;:!?)]|\s*$|\s+(?:if|and|or|to|for|who|when|with|about|as)\b")


def owned_acronyms(mentions: Sequence[EntityMention], texts: Mapping[str, str]) -> set[str]:
    """Acronyms the articles write only after a possessive determiner, ending the phrase: a
    kind of person or thing, not a name ("contact their GP", which a BBC brief joined to the
    patient Graeme Pacitti, whose initials it spells; "looking at their DNA")."""
    owned: dict[str, bool] = {}
    for m in mentions:
        acronym = bare_acronym(m.text)
        if is_acronym(m.text) and m.article_id in texts:
            text = texts[m.article_id]
            common = bool(
                _OWNER_BEFORE.search(text, max(0, m.start - 8), m.start)
                and _PHRASE_END.match(text, m.end)
            )
            owned[acronym] = owned.get(acronym, True) and common
    return {acronym for acronym, only in owned.items() if only}


def _spells(words: list[str], acronym: str) -> bool:
    """Whether lower-case ``words`` spell ``acronym``: their initials are its first and last
    letters and come in its order ("blowout preventer" spells "BOP")."""
    if not words or not all(w[:1].islower() for w in words):
        return False
    initials = iter(acronym.lower())
    return (
        words[0][0] == acronym[0].lower()
        and words[-1][0] == acronym[-1].lower()
        and all(w[0] in initials for w in words)
    )


def _defined_acronyms(forms: list[Form], texts: Mapping[str, str]) -> dict[int, set[str]]:
    """The acronyms the articles define for each longer name (form index), by writing it in
    brackets right after the name, in any case, or after ", or"."""
    by_text = {f.text.lower(): i for i, f in enumerate(forms) if " " in f.text}
    defined: dict[int, set[str]] = defaultdict(set)
    for text in texts.values():
        for match in _BRACKETED_ACRONYM.finditer(text):
            acronym = match["bracketed"] or match["or"]
            if not is_acronym(acronym):
                continue
            words = text[max(0, match.start() - 120) : match.start()].lower().split()
            for k in range(min(len(words), _DEFINITION_WORDS), 1, -1):
                if (j := by_text.get(" ".join(words[-k:]))) is not None:
                    if _initial_in(words[-k:], bare_acronym(acronym)):
                        defined[j].add(bare_acronym(acronym))
                    break
    return defined


def _initial_in(words: list[str], acronym: str) -> bool:
    """Whether some word of a name starts with a letter of the acronym in brackets after it, as
    even a translated name's does ("World Organisation for Animal Health (OIE)"); an outlet's
    dateline tag or a state's is none ("United Arab Emirates (CNN)", "Robert Menendez (N.J.)")."""
    letters = set(acronym.lower())
    return any(part[:1] in letters for word in words for part in re.split(r"[-‐]", word))

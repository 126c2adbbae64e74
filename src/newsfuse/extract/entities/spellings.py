"""Merge rules 2-6 of `newsfuse.extract.entities`: one name however it is spelt, whatever the
model labelled it, and facilities by their core."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set

import numpy as np
from rapidfuzz import fuzz, process

from newsfuse.extract.entities.forms import (
    CLASS,
    NOT_A_FACILITY,
    PLACES,
    ROMAN_NUMERAL,
    Form,
    Groups,
    bare_acronym,
    consonant_skeleton,
    ends_with,
    is_acronym,
    singular_people,
    translit_key,
)
from newsfuse.extract.entities.people import in_one_sentence
from newsfuse.extract.ner import EntityMention

#: rapidfuzz ``ratio`` (0-100) two transliteration keys need to be one name ...
FUZZY_THRESHOLD = 90


#: ... and the length both keys need: short names differ by one letter ("Iraq"/"Iran").
FUZZY_MIN_LENGTH = 6


_WORD_ORDER_FREE = 3  # an organisation's name of this many words is one in any word order


def merge_synonyms_and_keys(forms: list[Form], groups: Groups) -> None:
    """Equal keys in one label class; an organisation's name of `_WORD_ORDER_FREE` words or more
    in any order ("Transitional National Council" = "National Transitional Council"); a people
    in the plural and the singular ("Romans" = "Roman"; not "Feds" and the "Fed" ORG)."""
    first_by: dict[object, int] = {}
    peoples = {f.key: i for i, f in enumerate(forms) if f.label == "NORP" and f.synonym is None}
    for index, form in enumerate(forms):
        singular = singular_people(form.text, form.label)
        if singular is not None and (one := peoples.get(translit_key(singular))) is not None:
            groups.union(one, index)
        key = form.key
        if form.label == "ORG" and len(words := key.split()) >= _WORD_ORDER_FREE:
            key = " ".join(sorted(words))
        ident = ("syn", form.synonym) if form.synonym is not None else (CLASS[form.label], key)
        if form.core is not None and form.synonym is None:
            ident = ("fac", form.core, form.kind)
        if ident in first_by:
            groups.union(first_by[ident], index)
        else:
            first_by[ident] = index


def merge_fuzzy(
    forms: list[Form],
    groups: Groups,
    mentions: Sequence[Sequence[EntityMention]],
    texts: Mapping[str, str] | None,
) -> None:
    """Near-equal keys in one label class; rapidfuzz ``cdist`` scores all pairs in C. Two
    people one sentence names side by side are two, however alike their names, and no third
    spelling joins them ("Khaleda el-Kweldi, a 6-year-old girl, was killed, along with Khalid
    el-Kweldi" beside their father "Khaled el-Kweldi"); ``mentions``: each form's, ``texts``:
    the articles' (without them, no sentence is read)."""
    by_class: dict[str, list[int]] = defaultdict(list)
    for index, form in enumerate(forms):
        if form.synonym is None and form.core is None:
            by_class[CLASS[form.label]].append(index)
    near: list[tuple[int, int]] = []
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
            if _other_acronyms(forms[i].text, forms[j].text):
                continue  # "LDS Church" and "RLDS Church" are two churches
            people = (forms[i].label == "NORP") != (forms[j].label == "NORP")
            if _near(forms[i].key, forms[j].key, float(scores[a, b]), skeleton=not people):
                near.append((i, j))
    apart = [
        (i, j)
        for i, j in near
        if texts is not None
        and forms[i].person is not None
        and forms[j].person is not None
        and in_one_sentence([forms[i], forms[j]], [mentions[i], mentions[j]], texts)
    ] + _his_and_hers(forms)
    for i, j in near:
        joined = {groups.find(i), groups.find(j)}
        if not any({groups.find(x), groups.find(y)} == joined for x, y in apart):
            groups.union(i, j)


def _his_and_hers(forms: list[Form]) -> list[tuple[int, int]]:
    """Pairs of full names, one surname, whose given names are a man's and a woman's form of
    one name: "Khaled el-Kweldi" (a Gaddafi aide) and "Khaleda el-Kweldi" (a girl killed in his
    house), "Said" and "Saida"; a Timeline17 brief had made them one person."""
    by_surname: dict[str, list[int]] = defaultdict(list)
    for index, form in enumerate(forms):
        if form.person is not None:
            by_surname[form.person.surname].append(index)
    pairs = []
    for same in by_surname.values():
        for i, j in itertools.combinations(same, 2):
            first, second = sorted((forms[i].text.split()[0], forms[j].text.split()[0]), key=len)
            if second.lower() in (first.lower() + "a", first.lower() + "ah"):
                pairs.append((i, j))
    return pairs


def _other_acronyms(name: str, other: str) -> bool:
    """Whether both names hold acronyms and not the same: one added letter makes another
    acronym, not a spelling variant ("LDS Church", "RLDS Church"). One without any may be the
    other's name in full ("U.S. State Department", "State Department")."""
    mine, theirs = ([bare_acronym(w) for w in n.split() if is_acronym(w)] for n in (name, other))
    return bool(mine and theirs and mine != theirs)


_NUMERAL = re.compile(rf"\b(?:\d+|{ROMAN_NUMERAL.pattern})\b")  # on keys, lower-cased


def _near(a: str, b: str, ratio: float, skeleton: bool = True) -> bool:
    """Spelling variants: a high ratio on long keys, or (``skeleton``: not for a people beside
    a name, "Briton" and "Barton") one consonant skeleton (ratio >= 70); never names numbered
    apart ("Development Driller II" and "III" are two rigs)."""
    if a == b or _NUMERAL.findall(a) != _NUMERAL.findall(b):
        return False
    if min(len(a), len(b)) >= FUZZY_MIN_LENGTH and ratio >= FUZZY_THRESHOLD:
        return True
    consonants = consonant_skeleton(a)
    return (
        skeleton
        and a.count(" ") == b.count(" ")
        and len(consonants.replace(" ", "")) >= 4
        and consonants == consonant_skeleton(b)
    )


_OWNED = frozenset({"rig", "refinery", "plant", "field"})  # kinds a company's name heads


def merge_facilities(forms: list[Form], groups: Groups, placed: Set[tuple[str, str]]) -> None:
    """Facilities of one kind whose cores end alike, and a bare name that names one; not a
    nationality, nor a "person" the articles write as a place (``placed``), nor a name the
    model also reads as a place, or a company's beside its rig, refinery, plant or field, that
    is named more often than its facility: "Misrata" (4 times) is the city beside "a Misrata
    airfield" (once) and "BP" the company beside "the BP oil rig", while "Belbek" (twice) is
    the "Belbek air base" (10 times) and "Midway" its airport."""
    bare_counts: Counter[str] = Counter()
    for f in forms:
        if f.core is None:
            bare_counts[f.key] += f.count
    place_keys = {f.key for f in forms if f.label in PLACES}
    facilities = [i for i, f in enumerate(forms) if f.core is not None and f.synonym is None]
    # Facility to facility: a core that ends exactly one other core of the same kind.
    for i in facilities:
        a = forms[i]
        longer = {
            groups.find(j)
            for j in facilities
            if forms[j].kind == a.kind and ends_with(forms[j].core or "", a.core or "")
        }
        if len(longer) == 1:
            groups.union(i, longer.pop())
    # A bare name the model could not place (PERSON/ORG) joins the facility it names; a
    # nationality is no name of an embassy ("Libyan" beside "Libyan Embassy").
    for index, form in enumerate(forms):
        if form.core is not None or form.synonym is not None or form.label in NOT_A_FACILITY:
            continue
        if (form.text, form.label) in placed:
            continue
        named = [
            j
            for j in facilities
            if forms[j].core == form.key or ends_with(forms[j].core or "", form.key)
        ]
        targets = {groups.find(j) for j in named}
        named_more = bare_counts[form.key] > sum(forms[j].count for j in named)
        owned = form.label == "ORG" and all(forms[j].kind in _OWNED for j in named)
        if named_more and (form.key in place_keys or owned):
            continue  # the city the facility is named after, or the company that owns it
        if len(targets) == 1:
            groups.union(index, targets.pop())


def merge_labels(forms: list[Form], groups: Groups) -> None:
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
        places = [i for i in same if forms[i].label in PLACES]
        others = [i for i in same if forms[i].label not in PLACES]
        if any(groups.find(i) in facility_groups for i in others):
            for members in (places, others):  # the place stays out of the facility
                for i in members[1:]:
                    groups.union(members[0], i)
        else:
            for i in same[1:]:
                groups.union(same[0], i)


def merge_place_heads(forms: list[Form], groups: Groups) -> None:
    """A one-word place that heads exactly one "<it> of <name>" place, and ends no other
    place's name named a third as often, is that place: "the Gulf" of a BP spill story beside
    "Gulf of Mexico" (named 27 times; "Persian Gulf" once in passing); beside a "Persian Gulf"
    named as often, it may be either."""
    places = [i for i, f in enumerate(forms) if f.label in PLACES and f.synonym is None]
    headed: dict[str, set[int]] = defaultdict(set)  # "gulf" -> groups of "gulf of ..."
    headed_count: Counter[str] = Counter()  # "gulf" -> mentions of "gulf of ..." places
    ending: Counter[str] = Counter()  # last words of longer places' names -> their mentions
    for j in places:
        words = forms[j].key.split()
        if len(words) > 2 and words[1] == "of":
            headed[words[0]].add(groups.find(j))
            headed_count[words[0]] += forms[j].count
        if len(words) > 1:
            ending[words[-1]] += forms[j].count
    for i in places:
        head = forms[i].key
        if (
            " " not in head
            and len(headed[head]) == 1
            and headed_count[head] >= _DOMINANT * ending[head]
        ):
            groups.union(next(iter(headed[head])), i)


_DOMINANT = 3  # how many times as often the "of" place is named as others ending in its head


def merge_places_in_regions(forms: list[Form], groups: Groups) -> None:
    """A place written with its region ("Washington, D.C.", "Springfield, Illinois") is the
    place the articles also write alone ("driven from Washington restaurant"), not the region:
    an AllSides brief listed "Washington" and "Washington, D.C" apart."""
    places = {f.key: i for i, f in enumerate(forms) if f.label in PLACES and f.synonym is None}
    for index, form in enumerate(forms):
        head, comma, _ = form.text.partition(",")
        if form.label in PLACES and comma and (alone := places.get(translit_key(head))) is not None:
            groups.union(alone, index)

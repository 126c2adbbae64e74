"""Merge rule 7 of `newsfuse.extract.entities` for people: given names and surnames, bare
surnames the model misread, and names the articles write as places."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace

from newsfuse.clean.lines import ends_with_abbreviation
from newsfuse.extract.countries import COUNTRIES
from newsfuse.extract.entities.forms import (
    ADJECTIVE,
    APOS,
    NICKNAME,
    PLACES,
    STORM,
    Form,
    Groups,
    PersonName,
    generation_of,
    is_acronym,
)
from newsfuse.extract.given_names import formal_given_name
from newsfuse.extract.ner import (
    ORG_HEADS,
    TITLES,
    EntityMention,
    labels_a_line,
    lower_case_words,
)
from newsfuse.extract.us_states import AP_ABBREVIATIONS, US_STATES
from newsfuse.words import alternation, word_set

#: A surname that ends several full names is the one mentioned this many times as often as
#: all the others together: the story's "Dunn" is Michael Dunn, named four times, not his
#: parents, named once each.
DOMINANT = 3


def merge_given_names(
    forms: list[Form],
    groups: Groups,
    mentions: Sequence[Sequence[EntityMention]],
    texts: Mapping[str, str] | None,
) -> None:
    """Full person names with one surname and one given name, formal or familiar, are one
    person: "Bill Taylor" = "William W. Taylor III". Middle names and "Jr." may be missing
    from some forms; where two forms state different ones (`PersonName.differs_from`), those
    are different people, and only forms written alike merge. So are a "Jr." and the name
    without it when one article writes both alike apart from the suffix, or beside a word of
    kinship: the son and the father ("Donald Trump Jr." met the Russians; "Donald Trump" won;
    `_father_and_son`), as are they in any articles when one calls the son "Trump Jr."
    (`_surnames_called_junior`); and two spellings of the given name that one sentence
    writes side by side ("Bobby Goodlatte, the son of Rep. Bob Goodlatte"); and a "III" that
    an article introduces as someone's son and the name without it (`_son_by_number`).
    ``mentions``: each form's mentions; ``texts``: the articles' (without them, no sentence is
    read)."""
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, form in enumerate(forms):
        if form.person is not None and form.synonym is None:
            by_name[(form.person.given, form.person.surname)].append(index)
    juniors = _surnames_called_junior(forms)
    for (_, surname), same in by_name.items():
        names = [forms[i].person for i in same]
        parts = [same]
        if any(a.differs_from(b) for a in names for b in names if a and b):
            parts = [[i for i in same if forms[i].person == names[0]]]
        elif texts is not None and in_one_sentence(
            [forms[i] for i in same], [mentions[i] for i in same], texts
        ):
            first = forms[same[0]].text.split()[0]
            parts = [[i for i in same if forms[i].text.split()[0] == first]]
        elif (
            surname in juniors
            or _father_and_son([forms[i] for i in same], [mentions[i] for i in same], texts or {})
            or _son_by_number([forms[i] for i in same], [mentions[i] for i in same], texts or {})
        ):
            parts = [
                [i for i in same if (person := forms[i].person) and person.generation],
                [i for i in same if (person := forms[i].person) and not person.generation],
            ]
        for part in parts:
            for index in part[1:]:
                groups.union(part[0], index)


def merge_reversed_names(
    forms: list[Form],
    groups: Groups,
    mentions: Sequence[Sequence[EntityMention]],
    texts: Mapping[str, str] | None,
) -> None:
    """Two-word person names written in both orders are one person when some mention of each
    follows the same role ("government spokesman Musa Ibrahim" and "a spokesman for Gadhafi,
    Ibrahim Musa": CNN reversed the name in a Timeline17 Libya story). Without a shared role
    the two orders may be two people ("Ali Hassan", "Hassan Ali")."""
    if texts is None:
        return
    two_words = {
        tuple(f.text.split()): i
        for i, f in enumerate(forms)
        if f.label == "PERSON" and f.synonym is None and len(f.text.split()) == 2
    }
    for (first, last), index in two_words.items():
        other = two_words.get((last, first))
        if (
            other is not None
            and index < other
            and _roles_before(mentions[index], texts) & _roles_before(mentions[other], texts)
        ):
            groups.union(index, other)


# A role right before a name, or before "for ...," and the name: "government spokesman Musa
# Ibrahim", "a spokesman for Gadhafi, Ibrahim Musa".
_ROLE_BEFORE = re.compile(r"\b(?P<role>[a-z]+)(?:[ \t]+for[ \t]+[^,.;:\"“”]{1,40},)?[ \t]+$")
# Titles any two people share are no role: "Mr", "Dr".
_ROLES = TITLES - word_set("mr mrs ms miss dr prof sir dame lord lady rev")


def _roles_before(mentions: Sequence[EntityMention], texts: Mapping[str, str]) -> set[str]:
    """The roles (`_ROLES`) written right before a name's mentions."""
    found = (
        _ROLE_BEFORE.search(texts[m.article_id], max(0, m.start - 60), m.start) for m in mentions
    )
    return {match["role"] for match in found if match and match["role"] in _ROLES}


_SON = frozenset({"jr", "sr"})  # a "III" is seldom news beside his grandfather


_SENTENCE_CHARS = 300  # two names further apart than this are in two sentences


def _father_and_son(
    forms: list[Form], mentions: Sequence[Sequence[EntityMention]], texts: Mapping[str, str]
) -> bool:
    """Whether an article writes the name both with and without "Jr." (or "Sr.") as two men:
    the two alike apart from the suffix ("Donald Trump Jr." beside "Donald Trump"), or
    a word of kinship near the suffixed one ("Don Trump Jr., the president's son"). Otherwise a
    formal name and a familiar one are one man: NYT style writes "Joseph R. Biden Jr." in the
    body and "Joe Biden" in the deck (a Multi-News brief listed both)."""
    plain = [f for f in forms if f.person and f.person.generation not in _SON]
    for form, form_mentions in zip(forms, mentions, strict=True):
        if not (form.person and form.person.generation in _SON):
            continue
        for other in plain:
            if not other.articles & form.articles:
                continue
            if _alike_but_the_generation(form.person, other.person) or any(
                _KINSHIP.search(
                    texts[m.article_id], max(0, m.start - _KIN_CHARS), m.end + _KIN_CHARS
                )
                for m in form_mentions
                if m.article_id in other.articles and m.article_id in texts
            ):
                return True
    return False


def _surnames_called_junior(forms: list[Form]) -> set[str]:
    """The surnames some article writes with "Jr." (or "Sr.") alone: the suffix then tells the
    son from the father ("Trump Jr.'s private meeting" beside another report's "President
    Donald Trump", whom a Multi-News brief made Donald Trump Jr.). No one writes "Biden Jr."
    to tell "Joseph R. Biden Jr." from "Joe Biden"."""
    return {
        words[0]
        for f in forms
        if f.label == "PERSON" and len(words := f.key.split()) == 2 and words[1] in _SON
    }


# A word of kinship near a "Jr." or "Sr.": "his son Hunter", "Trump's eldest son", "his father".
_KINSHIP = re.compile(r"\b(?:sons?|father|dad|namesake|Sr\b\.?)", re.I)
_KIN_CHARS = 60  # a clause around the name


def _alike_but_the_generation(name: PersonName, other: PersonName | None) -> bool:
    """Whether two names differ in their generation alone: "Don Trump Jr." and "Donald Trump"
    (the model cut "Donald Trump, Jr." there), not "Joseph R. Biden Jr." and "Joe Biden"."""
    return other is not None and replace(other, generation=name.generation) == name


# A name introduced as someone's son: "Smith's son Joseph Smith III", "his son, John Doe II".
_SON_BEFORE = re.compile(r"\b(?:son|grandson)\b,?[ \t]+$")


def _son_by_number(
    forms: list[Form], mentions: Sequence[Sequence[EntityMention]], texts: Mapping[str, str]
) -> bool:
    """Whether an article introduces a numbered name as someone's son ("Smith's son Joseph
    Smith III", beside the founder Joseph Smith, whom a Multi-News brief made him): a "III"
    is otherwise its bearer without the number ("Robert S. Mueller III" = "Robert Mueller")."""
    return any(
        _SON_BEFORE.search(texts[m.article_id], max(0, m.start - 20), m.start)
        for form, form_mentions in zip(forms, mentions, strict=True)
        if form.person and form.person.generation and form.person.generation not in _SON
        for m in form_mentions
        if m.article_id in texts
    )


def in_one_sentence(
    forms: Sequence[Form], mentions: Sequence[Sequence[EntityMention]], texts: Mapping[str, str]
) -> bool:
    """Whether one sentence writes two of ``forms`` with differently spelt given names: nobody
    names one person twice in a sentence. ("... written by William Lee. You know him as ...
    Will Lee has written ..." names him in two.)"""
    pairs = itertools.combinations(zip(forms, mentions, strict=True), 2)
    for (a, a_mentions), (b, b_mentions) in pairs:
        if _given_names(a.text) & _given_names(b.text):
            continue  # "Bob Dudley ... Robert (Bob) Dudley" gives his nickname
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


def _given_names(name: str) -> set[str]:
    """A full name's first word and the nicknames it gives: "Robert (Bob) Dudley" -> Robert,
    Bob."""
    words = name.split()
    return {words[0]} | {w.strip("()\"'“”‘’") for w in words[1:-1] if NICKNAME.match(w)}


# A sentence's end between two names: a full stop, "!" or "?" before a space, or a line break;
# not the full stop of a title ("... Chairman Rep. Bob Goodlatte").
_SENTENCE_STOP = re.compile(r"[.!?](?=[\"'”’)]*\s)|\n")


def merge_suffixes(
    forms: list[Form],
    groups: Groups,
    bare_names: list[int],
    offices: Sequence[frozenset[str]],
) -> None:
    """A surname (or shorter name) joins the one longer person name it ends (a saint's ends
    none: `_SAINT`), or of several the one that `DOMINANT`-ly outnumbers the rest or is the
    only one named alone where the surname is written (`_named_alone`); so does one of the
    ``bare_names`` (`find_bare_names`) the model read as a group or a building. A name written
    with an office never joins one written only with others (``offices``: each form's,
    `offices_of`): "President Biden" is not "first lady Jill Biden", however alone she is in
    the cluster. First, though, a one-word name resolves inside the articles that write it:
    the one longer name it starts or ends there is its own ("Ahmed" beside "Ahmed Almegaryaf"
    in one report is not the "Osama Ahmed" of another, as a Timeline17 brief had it).

    Longer names are indexed by their proper word-suffixes, so this is linear in the number of
    names (a pairwise scan took 20 s on a 300-article folder)."""
    persons = [i for i, f in enumerate(forms) if f.label == "PERSON" and f.synonym is None]
    ending_with: dict[tuple[str, ...], list[int]] = {}
    ended_or_started: dict[str, list[int]] = defaultdict(list)  # by the first and last words
    for j in persons:
        if _SAINT.match(forms[j].text):
            continue  # "St Francis" (of Assisi) is not the "Francis" of "Pope Francis"
        words = tuple(forms[j].key.split())
        for k in range(1, len(words)):
            ending_with.setdefault(words[-k:], []).append(j)
        if len(words) > 1 and not STORM.match(forms[j].text):
            for word in {words[0], words[-1]}:
                ended_or_started[word].append(j)
    # a name the model mostly calls a place (rule 6 may have joined many "Ukraine" GPE and one
    # "Ukraine" PERSON) is a place, even if it ends a misread name ("JUST WATCHED Ukraine")
    mentions: Counter[int] = Counter()
    in_places: Counter[int] = Counter()
    held: dict[int, frozenset[str]] = defaultdict(frozenset)  # a group's offices
    written_in: dict[int, frozenset[str]] = defaultdict(frozenset)  # a group's articles
    bare = set(bare_names)
    for index, form in enumerate(forms):
        mentions[groups.find(index)] += form.count
        placed = form.label in PLACES and index not in bare
        in_places[groups.find(index)] += form.count if placed else 0
        held[groups.find(index)] |= offices[index]
        written_in[groups.find(index)] |= form.articles
    storms = _storm_groups(forms, groups)
    # longest first: "Joe Biden" joins a longer form of him before "Biden" looks for one
    for i in sorted(persons + bare_names, key=lambda i: -len(forms[i].key.split())):
        if generation_of(forms[i].text):
            continue  # "Jr." read alone ends names, but is none
        if 2 * in_places[groups.find(i)] >= mentions[groups.find(i)]:
            continue
        own = groups.find(i)
        if own in storms:
            continue  # "Alex" beside "Hurricane Alex" is the storm, not Alex Smith
        in_article = {
            groups.find(j)
            for j in ended_or_started.get(forms[i].key, [])
            if forms[j].articles & written_in[own]
            and _starts_or_ends(forms[j].text, forms[i].text)
            and not _other_offices(held[own], held[groups.find(j)])
        }
        if len(in_article) == 1:
            longer = [j for j in ended_or_started[forms[i].key] if groups.find(j) in in_article]
        else:
            longer = ending_with.get(tuple(forms[i].key.split()), [])
        if any(groups.find(j) == own for j in longer):
            continue  # its group already holds a longer name that it ends
        # "President Biden" is not "first lady Jill Biden": a name written with other offices
        longer = [j for j in longer if not _other_offices(held[own], held[groups.find(j)])]
        # a surname written as one name writes it ("Assad": Bashar al-Assad, not Riad al-Asaad)
        # picks that name over those its transliteration key only folds to it
        written = [j for j in longer if _writes_last(forms[j].text, forms[i].text)]
        targets = sorted(
            {groups.find(j) for j in written or longer}, key=lambda t: (-mentions[t], t)
        )
        if targets and (
            mentions[targets[0]] >= DOMINANT * sum(mentions[t] for t in targets[1:])
            or _named_alone(targets, mentions, written_in, written_in[own])
        ):
            total = mentions[own] + mentions[targets[0]]
            placed = in_places[own] + in_places[targets[0]]
            both = held[own] | held[targets[0]]
            articles = written_in[own] | written_in[targets[0]]
            groups.union(i, targets[0])
            mentions[groups.find(i)], in_places[groups.find(i)] = total, placed
            held[groups.find(i)], written_in[groups.find(i)] = both, articles


# A saint named by the given name: "St Francis", "Saint Benedict", "St. Peter".
_SAINT = re.compile(r"(?:St|Saint)\.?\s")


def _named_alone(
    targets: list[int],
    mentions: Mapping[int, int],
    written_in: Mapping[int, frozenset[str]],
    articles: frozenset[str],
) -> bool:
    """Whether the most mentioned of ``targets`` (sorted so), named more than each other, is
    the only one named in full by some of the ``articles`` that write the surname, and no
    other is: their "Dunn" is Michael Dunn (4 mentions), the only Dunn two articles name,
    though a third names his parents too (once each)."""
    if len(targets) < 2 or mentions[targets[0]] <= mentions[targets[1]]:
        return False
    alone = set()
    for article in articles:
        naming = [t for t in targets if article in written_in[t]]
        if len(naming) == 1:
            alone.add(naming[0])
    return alone == {targets[0]}


def _other_offices(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two names are each written with an office, and never with the same one."""
    return bool(mine and theirs and not mine & theirs)


# An office written right before a name: "President", "Vice President", "first lady", "Sen.".
_OFFICE_BEFORE = re.compile(
    r"(?:\b(?P<rank>[Ff]irst|[Ss]econd|[Vv]ice|[Pp]rime|[Dd]eputy)[ \t]+)?"
    r"\b(?P<office>[A-Za-z]+)\.?[ \t]+$"
)
# Offices one holds alone, by election, appointment or birth; not a rank and a command that go
# together ("Brigadier General Abdulsalam Alhasi" is "Commander Alhasi"), nor a courtesy title.
_OFFICES = word_set(
    "president lady gentleman minister king queen prince princess pope senator representative "
    "governor mayor speaker judge justice ambassador chancellor premier"
)
# An office's abbreviation: "Sen. Tammy Duckworth" and "Senator Duckworth" name one office.
_OFFICE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative"}


def offices_of(
    mentions: Sequence[Sequence[EntityMention]], texts: Mapping[str, str] | None
) -> list[frozenset[str]]:
    """The offices each form's mentions are written with ("President Biden": president; "first
    lady Jill Biden": first lady), abbreviations spelt out; none without ``texts``."""
    if texts is None:
        return [frozenset() for _ in mentions]
    found = []
    for form_mentions in mentions:
        offices = set()
        for m in form_mentions:
            before = _OFFICE_BEFORE.search(texts[m.article_id], max(0, m.start - 30), m.start)
            word = before["office"].lower() if before else ""
            word = _OFFICE_ABBREVIATIONS.get(word, word)
            if word in _OFFICES:
                offices.add(f"{before['rank'].lower()} {word}" if before["rank"] else word)
        found.append(frozenset(offices))
    return found


def _starts_or_ends(name: str, word: str) -> bool:
    """Whether ``name`` starts or ends with ``word`` as written: one article spells one person
    one way, so its "the prophet Mohammed" is not its "Mohamed ElBaradei"."""
    return name.split()[0].lower() == word.lower() or _writes_last(name, word)


def _writes_last(name: str, shorter: str) -> bool:
    """Whether ``name`` ends in the words of ``shorter`` as written, an Arabic article aside
    ("Bashar al-Assad" ends in "Assad")."""
    words, short = name.lower().split(), shorter.lower().split()
    if len(words) <= len(short):
        return False
    ending = words[-len(short) :]
    ending[0] = re.sub(r"^(?:al|el|ad|an|ar|as|ash|at|az)[-‐]", "", ending[0])
    return ending == short


def find_bare_names(forms: list[Form], unplaced: Set[int]) -> list[int]:
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
        and not is_acronym(f.text)
        and f.key not in in_other_names
        and f.key not in ORG_HEADS
    ]


# A word for a tribe after a name: the name is the tribe's ("Obeidi tribesmen").
_TRIBE_AFTER = re.compile(r"\s+(?:tribe|tribes|tribesmen|tribal)\b")


def tribe_names(
    forms: list[Form], mentions: list[list[EntityMention]], texts: Mapping[str, str] | None
) -> set[int]:
    """One-word names the articles only write before a word for a tribe: the tribe, not a
    member named after it ("Obeidi tribesmen", "Younis' Obeidi tribe" beside "Suleiman
    Mahmoud al-Obeidi", in a Timeline17 Libya story). Not "clan" or "family", which name a
    family ("the Kardashian clan")."""
    if texts is None:
        return set()
    return {
        i
        for i, form in enumerate(forms)
        if " " not in form.text
        and mentions[i]
        and all(_TRIBE_AFTER.match(texts[m.article_id], m.end) for m in mentions[i])
    }


# Wording that puts a name on the map: "in Lincoln", "near Houston", "across Ukraine". Not
# "to", "from", "at", "into" or "around", which people take as often ("wrote to Obama", "lashed
# out at Trump", "runs into Gosling", "those around Bannon").
_LOCATIVE = re.compile(r"\b(?:in|near|outside|across|throughout|inside)\s+(?:the\s+)?$", re.I)


# Words that put a name where something happens: "in Misrata", "the town of al-Brega",
# "east of Brega", "nearby Bin Jawad", "rebels entered Zawiyah", "forces have left al-Brega",
# "the people of Bani Walid", "the desert outpost of Sabha", "neighbouring Niger".
_PLACE_CUE = re.compile(
    r"\b(?:in|near|nearby|outside|inside|outskirts\s+of"
    r"|(?:towns?|city|cities|villages?|port|region|province|district|oasis|outpost|enclave"
    r"|stronghold|capital|people|residents|parts|streets|centre|center|edge|heart)\s+of"
    r"|(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of|neighbou?ring|birthplace"
    r"|enter|entered|captured|seized|recaptured|retook|shelled|reached|left)\s+(?P<the>the\s+)?$",
    re.I,
)


_LOWER_WORD = re.compile(r"\s+[a-z]")  # "in the Harding family": a name used as a modifier


# Wording that says outright that a name is a place, where one such mention is enough: "the
# town of Ras Lanuf", "the ports of Dos Bocas and Cayo Arcas", "rebel-held Misrata",
# "al-Brega, a town", "the Ras Jdir border post" (Timeline17's Libya and Gulf stories), "found
# floating in Køge Bay off Copenhagen" (a Multi-News story; the model's ORG everywhere).
_PLACE_NOUN = (
    r"towns?|city|cities|villages?|ports?|provinces?|regions?|districts?|oasis|outposts?"
    r"|enclaves?|suburbs?|neighbou?rhoods?"
)
_NAMED_PLACE_BEFORE = re.compile(
    rf"(?:\b(?:{_PLACE_NOUN}|oil\s+hubs?)\s+of\s+(?:the\s+)?"  # not "the hub of BP and ..."
    r"|\b(?:[A-Z]\w*|coast|shore|waters|islands?|sea|bay|miles|km|kilometres|kilometers)"
    r"\s+off\s+)$"  # "Køge Bay off Copenhagen", not a verb's "tick off Comey"
)
_HELD_BEFORE = re.compile(r"\b[A-Za-z]+-(?:held|controlled|occupied|besieged)\s+(?:the\s+)?$")
# ... and after it: "Surman, 70 km (45 miles) west of Tripoli", "Surman is west of Tripoli",
# "Dafniya, between Tripoli and Misrata", "the Dafniya area" (a Timeline17 Libya story); "Wall,
# from Trelleborg in southern Sweden" (a Multi-News story).
_NAMED_PLACE_AFTER = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_PLACE_NOUN})\b"
    r"|\s+(?:border\s+(?:post|crossing)|frontier\s+post|crossing|area)\b"
    r"|,?\s+in\s+(?:(?:north|south)(?:east|west)?ern|eastern|western|central)\s+[A-Z]"
    r"|,?\s+(?:is\s+)?(?:just\s+|about\s+|some\s+)?(?:\d[\d,.]*\s*(?:km|kilometers|kilometres"
    r"|miles)\s+(?:\([^)]{0,20}\)\s+)?)?(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of\s+[A-Z]"
    r"|,\s+between\s+[A-Z]\w+\s+and\s+[A-Z]"
)
# ... and a US state or a country after a comma, the commonest way US and UK news place a town,
# which says so of the name whatever the model read it as there ("in Newtown, Connecticut" GPE
# places "Newtown plans no public ceremonies" ORG; "in Sandy Hook, Connecticut" ORG places "Sandy
# Hook" PERSON: a Multi-News brief), when a punctuation mark ends the state; not a possessive
# or a word after it ("Kemp, Georgia's secretary of state", "After Trump, Connecticut lawmakers
# vote").
_IN_A_STATE_OR_COUNTRY = re.compile(
    rf",[ \t]+(?:(?:{alternation(map(re.escape, US_STATES | COUNTRIES))})"
    rf"(?=[ \t]*[,.;:!?)\n]|$)|(?:{'|'.join(map(re.escape, AP_ABBREVIATIONS))})(?!\w))"
)
# ... and, for a group's name, a court named after its seat: "a Copenhagen court" (the model's
# ORG); not a person's ("the Zimmerman court case").
_COURT_AFTER = re.compile(r"\s+(?:district\s+|city\s+|regional\s+)?court\b")
# ... unless some mention reads as a person's: a title before it, a verb of speech after it
# (a few, not `newsfuse.words.SPEECH_VERBS`, whose "continued", "called" or "reported" follow
# places too: "Ras Lanuf continued to burn"); not one whose subject follows it, after a comma
# ("... the city of Misrata, said the International Organization for Migration": a Timeline17
# brief's "Misrata" PERSON).
_PERSON_AFTER = re.compile(
    r"(?:,\s+(?:said|says|told|added|asked|wrote)\b(?!\s+(?:the|an?|[A-Z])))"
    r"|\s+(?:said|says|told|added|asked|wrote)\b"
)


_PLACE_CUE_SHARE = 0.5  # of a "person"'s mentions, and at least two
# A place cue counts for a people's name only where no noun follows it: "inside Garyan,",
# "north of Garyan, and" (a Libyan town the model read as a people); not "in Shiite areas",
# "in German Nazi war crimes", "in the Ottoman-era genocide".
_PHRASE_ENDS = re.compile(r"[ \t]*(?:[,.;:!?)\"”’]|$)|[ \t]+(?:and|or|but)\b")


def placed_people(
    forms: list[Form], mentions: list[list[EntityMention]], texts: Mapping[str, str] | None
) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """(text, label) of the "people" the articles write as places: half their mentions or more
    and at least two after a place cue (`_PLACE_CUE`), a possessive never counting ("in John
    Smith's house"), or one mention that says outright it is a place (`_NAMED_PLACE_BEFORE`,
    `_NAMED_PLACE_AFTER`) and none read as a person's (a title before it, a verb of speech
    after it), or one mention of the name under any label before a US state or a country
    (`_IN_A_STATE_OR_COUNTRY`); and of those written after a place cue at least twice, however
    often as people.
    The model calls towns it does not know people ("Misrata", "al-Brega", "Ben Gardane" in
    Timeline17's Libya stories), or groups ("the central coastal city of Misrata" ORG, "Surman,
    70 km west of Tripoli" ORG, "the Surman area" NORP): a one-word group's name (no acronym,
    no people's adjective) is a place by the outright wording alone ("in Congress" and
    "state-controlled Gazprom" say nothing), in half the mentions of a people's name; a
    people's name is one by place cues too, where no noun follows (`_PHRASE_ENDS`: "the town
    of Garyan and ...", "inside Garyan," NORP)."""
    if texts is None:
        return frozenset(), frozenset()
    placed, sometimes = set(), set()
    in_a_state = {
        form.key
        for form, form_mentions in zip(forms, mentions, strict=True)
        if any(_IN_A_STATE_OR_COUNTRY.match(texts[m.article_id], m.end) for m in form_mentions)
    }
    for i, form in enumerate(forms):
        person = form.label == "PERSON"
        if not (person or _group_word(form)):
            continue
        cued = named = 0
        as_person = False
        for m in mentions[i]:
            text = texts[m.article_id]
            if text.startswith(("'s", "’s"), m.end):
                continue  # "in John Smith's house" puts the house, not him, on the map
            cue = _PLACE_CUE.search(text, max(0, m.start - 24), m.start)
            cued += bool(cue) and (
                (person and not (cue["the"] and _LOWER_WORD.match(text, m.end)))
                or (form.label == "NORP" and bool(_PHRASE_ENDS.match(text, m.end)))
            )
            named += bool(
                _NAMED_PLACE_BEFORE.search(text, max(0, m.start - 30), m.start)
                or (person and _HELD_BEFORE.search(text, max(0, m.start - 30), m.start))
                or _NAMED_PLACE_AFTER.match(text, m.end)
                or (not person and _COURT_AFTER.match(text, m.end))
            )
            as_person = as_person or bool(
                _PERSON_AFTER.match(text, m.end) or ends_with_abbreviation(text[: m.start].rstrip())
            )
        if cued >= 2:
            sometimes.add((form.text, form.label))
        # a people's name comes before nouns ("the Libyan frontier post of Ghat"): most must say
        outright = named >= (_PLACE_CUE_SHARE * len(mentions[i]) if form.label == "NORP" else 1)
        outright |= form.label != "NORP" and form.key in in_a_state
        if cued >= max(2, _PLACE_CUE_SHARE * len(mentions[i])) or (outright and not as_person):
            placed.add((form.text, form.label))
    return frozenset(placed), frozenset(sometimes)


def _group_word(form: Form) -> bool:
    """A one-word ORG or NORP that may be a place the model misread: no acronym ("OPEC"), no
    people's adjective ("Libyan")."""
    return (
        form.label in {"ORG", "NORP"}
        and " " not in form.text
        and not is_acronym(form.text)
        and not ADJECTIVE.match(form.text)
    )


def unplaced_bare_places(
    forms: list[Form],
    mentions: list[list[EntityMention]],
    texts: Mapping[str, str] | None,
    surnames: Set[str],
) -> set[int]:
    """One-word places (GPE, LOC) that end a person's name (`_named_like_people`), or open one
    the model mostly reads as a person's and are no country or US state ("Sureshbhai, who does
    not speak English" GPE beside "Sureshbhai Patel"), and that no article writes as a place:
    no mention after "in", "near", ... (rule 7). ``surnames``: the last words of full person
    names. A name whose last word the texts write in lower case is no one's ("Metropolitan
    Railway" PERSON)."""
    if texts is None:
        return set()
    opening = _opened_names(forms)
    # what the model mostly reads as something else is no person a place may open: "Miami" is
    # not the "Miami Heat" it read as a facility four times in seven (a Multi-News brief)
    people = _mostly_people(forms)
    opening_people = _opened_names([f for f in forms if f.key in people])
    places = [
        i
        for i, f in enumerate(forms)
        if f.label in PLACES
        and (f.key in surnames or (f.key in opening_people and not _country_or_state(f.text)))
    ]
    if not places:  # most clusters: no need to read the texts
        return set()
    lower = frozenset().union(*map(lower_case_words, texts.values()))
    given = {first for first, lasts in opening_people.items() if lasts - lower}
    named = {forms[j].key.split()[-1] for j in _named_like_people(forms, lower, opening, surnames)}
    return {
        i
        for i in places
        if (forms[i].key in named or forms[i].key in given)
        and not any(
            _LOCATIVE.search(texts[m.article_id], max(0, m.start - 16), m.start)
            for m in mentions[i]
        )
    }


def _mostly_people(forms: list[Form]) -> set[str]:
    """The keys of the names the model reads as a person's in half their mentions or more."""
    as_person: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for f in forms:
        every[f.key] += f.count
        as_person[f.key] += f.count if f.label == "PERSON" else 0
    return {key for key, count in as_person.items() if 2 * count >= every[key]}


def _country_or_state(name: str) -> bool:
    """ "Ghana", "Georgia": a place whatever person's name it opens ("Ghana SWAT" PERSON)."""
    return name in COUNTRIES or name in US_STATES


# A word of a person's name: capitalised ("O'Brien", "McCain", "Ki-moon"), an initial, or a
# particle ("bin", "van", "al-").
_NAME_WORD = re.compile(
    rf"(?:[A-Z][a-z]+(?:[{APOS}-]?[A-Z]?[a-z]+)*|[A-Z]\.|(?:al|el|bin|ibn|van|von|de|da|del|la|le)"
    rf"(?:-[A-Z][a-z]+)?|Jr\.?|Sr\.?|I{{2,3}}|IV)"
)


# Words that open a place's name, not a person's: "Mount Everest", "Lake Erie", "Fort Hood".
_PLACE_OPENERS = word_set(
    "mount mt lake fort port cape bay gulf isle river sea north south east west new saint st "
    "san santa los las"
)


def _opened_names(forms: list[Form]) -> dict[str, set[str]]:
    """Each first word of a person's name of two words or more -> the last words after it
    (``opened[given]``, the surnames it opens)."""
    opened: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        if f.label == "PERSON" and " " in f.key:
            opened[f.key.split()[0]].add(f.key.split()[-1])
    return opened


def _named_like_people(
    forms: list[Form], lower: Set[str], opened: Mapping[str, set[str]], surnames: Set[str]
) -> list[int]:
    """Person names of two words or more that read as someone's name. The model also calls a
    product, a show or a caption a person ("Oculus Rift", "Safety Check", "IT'S COLD OUTSIDE
    Alaska", "Erie Pennsylvania", "Trump Ukraine"); their first word is then a word the articles
    write in lower case (``lower``), another entity's name or another person's surname
    (``surnames``), or a place's opener, or some word is not shaped like a name's. A surname
    that also opens another person's name (``opened``: `_opened_names`) is a given name too
    ("Ali Tarhouni" beside "Khatim Ali" and "Ali Belhadj", in a Timeline17 Libya story)."""
    other_names = {f.key for f in forms if f.label != "PERSON"}
    return [
        j
        for j, f in enumerate(forms)
        if f.label == "PERSON"
        and " " in f.key
        and all(_NAME_WORD.fullmatch(w) for w in f.text.split())
        and (given := f.key.split()[0]) not in other_names
        and (given not in surnames or len(opened[given]) > 1)
        and (first := f.text.split()[0].lower()) not in _PLACE_OPENERS
        and first not in lower
    ]


def merge_given_names_alone(forms: list[Form], groups: Groups) -> None:
    """A one-word person name that starts exactly one longer person name, and ends none, is
    that person by first name, as written or else formal ("Megan" -> "Megan Rapinoe", "Tim" ->
    "Timothy Dale Poole"); beside "Scott Walker" and "Rick Scott", "Scott" is Rick Scott's
    surname (`merge_suffixes`). Written, not keyed: a spelling that only the key folds to the
    first name is another's ("the prophet Mohammed" is not "Mohamed ElBaradei")."""
    persons = [i for i, f in enumerate(forms) if f.label == "PERSON" and f.synonym is None]
    starting: dict[str, set[int]] = defaultdict(set)  # first name as written, lower-cased
    formally: dict[str, set[int]] = defaultdict(set)  # formal first name ("Tim": "timothy")
    ending: set[str] = set()
    for j in persons:
        if (person := forms[j].person) is not None:
            starting[forms[j].text.split()[0].lower()].add(groups.find(j))
            formally[person.given].add(groups.find(j))
            ending.add(forms[j].key.split()[-1])
    storms = _storm_groups(forms, groups)
    for i in persons:
        key = forms[i].key
        if " " in key or key in ending or groups.find(i) in storms:
            continue  # "Alex" beside "Hurricane Alex" is the storm, not Alex Smith
        targets = starting.get(forms[i].text.lower(), set())
        if not targets:  # only then by the formal name: "Bobby" is Bobby Goodlatte, not Bob
            given = formal_given_name(forms[i].text.lower().rstrip("."))
            targets = formally.get(given, set())
        if groups.find(i) in targets:
            continue  # it joined the one its own article names ("Paul": Paul Ryan, not Manafort)
        if len(targets) == 1:
            groups.union(i, next(iter(targets)))


def merge_leading_names(forms: list[Form], groups: Groups) -> None:
    """A person name of two words or more whose words, as written, open exactly one longer
    person name written in one of its articles is that person, when the longer name's last
    word is written alone as a person's and the shorter's is not: a two-word given name ("mom
    Mona Lisa Harding told Matt Lauer ... Mona Lisa said", "Harding" beside; a Multi-News
    brief split her in two, the surname read as "Lisa"). Not a name the model ran on ("Michael
    Kors Holdings", "George Takei April": "Kors" and "Takei" are the surnames), nor across
    articles ("John Paul" may be the pope beside "John Paul Jones"), nor a name and its "Jr."
    (`merge_given_names` tells father from son)."""
    persons = [i for i, f in enumerate(forms) if f.label == "PERSON" and f.synonym is None]
    alone = {forms[i].key for i in persons if " " not in forms[i].key}
    opening: dict[tuple[str, ...], list[int]] = defaultdict(list)  # leading words -> names
    for j in persons:
        words = tuple(forms[j].text.lower().split())
        if forms[j].key.split()[-1] not in alone:
            continue
        for k in range(2, len(words)):
            if not all(generation_of(w) for w in words[k:]):
                opening[words[:k]].append(j)
    for i in persons:
        if forms[i].key.split()[-1] in alone:
            continue  # a full name already: "Kip Harding" beside "Harding"
        targets = {
            groups.find(j)
            for j in opening.get(tuple(forms[i].text.lower().split()), [])
            if forms[j].articles & forms[i].articles
        }
        if len(targets) == 1:
            groups.union(i, targets.pop())


def _storm_groups(forms: list[Form], groups: Groups) -> set[int]:
    """The groups that hold a named storm ("Hurricane Alex", keyed "alex" like a bare "Alex")."""
    return {groups.find(i) for i, f in enumerate(forms) if STORM.match(f.text)}


def labels_lines_only(mentions: Sequence[EntityMention], texts: Mapping[str, str]) -> bool:
    """Whether every mention of a person labels the line it opens (`ner.labels_a_line`), once
    an article: a columnist's teaser or an op-ed's author, no one in the story (a Guardian
    comment page listed Natalie Hanman among its event's actors). A transcript labels its
    speaker's every turn ("BLITZER: ... BLITZER: ..."), and the speaker is in the story."""
    per_article = Counter(m.article_id for m in mentions)
    return max(per_article.values(), default=0) == 1 and all(
        m.article_id in texts and labels_a_line(texts[m.article_id], m.start, m.end)
        for m in mentions
    )


def without_fused_surnames(mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """Mentions without the people's surnames the model fused into a group's name: two
    surnames joined by a hyphen name a contest, no group ("Cagle-Kemp fight" ORG: the race
    between Casey Cagle and Brian Kemp), and a surname before another organisation's name of
    two words or more is cut off it ("Trump Supreme Court pick" ORG beside "Supreme Court").
    A people's adjective is no surname, whatever the model read ("Western Australian" PERSON
    beside the "Australian National Health and Medical Research Council")."""
    surnames = {
        m.text.split()[-1]
        for m in mentions
        if m.label == "PERSON" and " " in m.text and not ADJECTIVE.match(m.text.split()[-1])
    }
    organisations = {m.text for m in mentions if m.label == "ORG"}
    kept = []
    for m in mentions:
        if m.label != "PERSON":
            pair = re.split(r"[-‐]", m.text)
            if len(pair) == 2 and all(part in surnames for part in pair):
                continue
            first, _, rest = m.text.partition(" ")
            if m.label == "ORG" and first in surnames and " " in rest and rest in organisations:
                m = replace(m, start=m.end - len(rest), text=rest)
        kept.append(m)
    return kept

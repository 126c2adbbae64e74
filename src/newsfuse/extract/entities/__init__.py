"""Entities across a cluster: many surface forms, one canonical entity each.

Reports of one event name the same things differently: "Col. Wayne Marotto", "US Army Colonel
Wayne Marotto", "Mr. Marotto"; "Ain al-Asad Air Base", "Ain Al-Assad", "al-Asad airbase";
"Irbil"/"Erbil"; "Kata’ib"/"Kataib"; "US"/"U.S."/"American"; "Daesh"/"Islamic State".
`canonicalize` groups the mentions `find_entities` (in `ner.py`) returns for all articles of a
cluster. It uses no list of any story's names, so it works on any cluster. Mentions are
grouped in this order:

1. **Display form.** A PERSON or ORG name that some article writes as a disease or a pathogen
   ("Legionnaires’ disease", "tested for Legionella"; `ner.named_conditions`) is dropped
   wherever the model read it as a person or a group. Each mention is normalised: a leading
   "the", a possessive, trailing punctuation and, for persons, titles and what comes before
   the last one ("US Army Colonel Wayne Marotto" -> "Wayne Marotto") are dropped. Two
   people's surnames hyphenated name no group ("Cagle-Kemp fight" ORG), and a surname before
   another organisation's name is no part of it ("Trump Supreme Court pick" ORG).
2. **Well-known synonyms** (`SYNONYMS`): a small table of globally common alias sets that no
   string method can find ("Daesh" = "ISIS" = "Islamic State"; "US" = "America" = NORP
   "American"; "Burma" = "Myanmar"; "GOP" = "Republican Party"). It holds 23 sets
   and no story's names.
   Beside it, `KNOWN_ORGANISATIONS` names online platforms the model reads as a person or a
   place in most sentences ("Twitter" PERSON, "Facebook" GPE): an entity named so is an ORG.
3. **Transliteration key** (`translit_key`), compared within a label class (persons; groups =
   ORG/NORP; places = GPE/LOC/FAC): lower-cased, diacritics, apostrophes and Arabic articles
   ("al-", "el-", "as-") dropped, doubled letters collapsed ("Assad" -> "asad"), "ou" -> "u",
   "q" -> "k", and a word-initial "e" -> "i" ("Erbil" -> "irbil"); an ORG's "Department of
   X" is keyed as "X Department" (also Ministry, Office, Bureau, Agency), and a federal
   appeals court by its circuit ("2nd US Circuit Court of Appeals" = "U.S. Court of Appeals
   for the Second Circuit"; not the 9th Circuit). Equal keys merge,
   and so do an organisation's names of three words or more in any order ("Transitional
   National Council" = "National Transitional Council"), and a people in the plural and the
   singular ("Romans" = "Roman"; not "Americans", which stays apart from the United States:
   the event's place counts the mentions of a place's people).
4. **Near-equal keys**: rapidfuzz ``ratio`` >= `FUZZY_THRESHOLD` on keys of at least
   `FUZZY_MIN_LENGTH` characters, or equal consonant skeletons of at least four consonants
   with the same number of words and ``ratio`` >= 70 ("Hezbollah"/"Hizballah"), but not a
   people beside a name ("Briton"/"Barton"). Short keys never fuzzy-match, so "Iraq"/"Iran"
   and "Austria"/"Australia" stay apart, nor do names numbered apart ("Development Driller
   II"/"III": a Roman numeral keeps its letters in the key).
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
   made "Erbil airport"). The label is the one most mentions carry; a one-word name that
   ends no person's name and is read as a place as often as a person is the place ("Sabha").
   A "person", or a one-word "group", that the articles write outright as a place, or whose
   name any mention writes before a US state or a country ("in Newtown, Connecticut"), votes as
   one ("the central coastal city of Misrata" ORG, "Surman, 70 km west of Tripoli" ORG, "the
   Surman area" NORP, "the eastern oil hub of Brega" PERSON; `people.placed_people`).
   A named storm is one event however strong it is and whatever the model calls its bare name
   ("Tropical Storm Alex" = "Hurricane Alex" = "Alex"). A place written with its region
   ("Washington, D.C.", "Springfield, Illinois") is the place the articles write alone
   ("Washington"), not the region.
7. **Given names and surnames.** Full person names with the same surname and the same given
   name, formal or familiar (`given_names`: "Bill" = "William"), are one person, middle initials
   and "Jr."/"III" aside ("Bill Taylor" = "William W. Taylor III"), unless one sentence writes
   both ("Bobby Goodlatte, the son of Rep. Bob Goodlatte"), an article writes a "Jr." beside
   the name written alike without it or near a word of kinship ("Donald Trump Jr." and "Donald
   Trump"; not "Joseph R. Biden Jr." and "Joe Biden") or any article calls the son by his
   surname and suffix alone ("Trump Jr."), or an article introduces the "III"
   as someone's son ("Smith's son Joseph Smith III" is not Joseph Smith). Two-word names written
   in both orders after the same role are one person ("spokesman Musa Ibrahim", "a spokesman
   for Gadhafi, Ibrahim Musa"; `people.merge_reversed_names`). A person name that is a
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
   person's name reads as one (`people._named_like_people`: not "Erie Pennsylvania" or "Safety
   Check", which the model also calls persons): the model reads many surnames as places
   ("Takei announced ...", "Bannon, a former executive"), while a cluster that names the city
   "Lincoln" almost always puts something in it. So does a bare place that opens a person's
   name, unless it is a country or a US state ("Sureshbhai, who does not speak English" GPE is
   Sureshbhai Patel; "Ghana" is no "Ghana SWAT") or the model reads that name as something
   else in most mentions ("Miami" is no "Miami Heat", a facility to the model four times in
   seven). A first word that ends another person's name
   still reads as a given name when it opens two people's names ("Ali Tarhouni" beside "Ali
   Belhadj" and "Khatim Ali"). Nor does a one-word name join a person when the articles only
   write it before a word for a tribe ("Obeidi tribesmen": the tribe). Never does a name
   whose mentions the model mostly calls a place, even when rule 6 gave it one PERSON mention:
   in a Crimea cluster, "Ukraine" (GPE throughout) must not become the person the model read
   into a video caption, "JUST WATCHED Ukraine". Last, a one-word person name that starts
   exactly one longer person name and ends none is that person by first name ("Megan" ->
   "Megan Rapinoe"), as written or else in its formal form ("Tim" -> "Timothy Dale Poole"),
   never by a spelling only the key folds to it ("the prophet Mohammed" is not "Mohamed
   ElBaradei"). Before all that, a one-word name that starts or ends exactly one longer person
   name written in its own articles is that person ("Ahmed" beside "Ahmed Almegaryaf" in one
   report is not another report's "Osama Ahmed"); and a name of two words or more that opens
   exactly one longer person name in one of its articles is that person ("Mona Lisa" ->
   "Mona Lisa Harding").
   A ship's name without its prefix ("the Fitzgerald", read as a person) is the ship ("USS
   Fitzgerald"), and takes its label, unless it is a person's surname.
   A surname written with an office ("President Biden") joins no name that the articles write
   only with other offices ("first lady Jill Biden"); a rank, a command or a courtesy title is
   none ("Brigadier General Abdulsalam Alhasi" is "Commander Alhasi"; "Mr.").
   A surname that ends several names joins the one named three times as often as the rest
   together, or the one named most that some articles writing the surname name alone, when
   they name no other so ("Dunn" is Michael Dunn, beside parents one article names once).
   A name of two words or more that starts exactly one organisation's name, whose other words
   are heads ("Goldman Sachs Group"), is that organisation; a place ("New Orleans") or a
   person's name is not, unless it is a school's short name the model misread ("Wayne State"
   PERSON).
   A name of two words or more that ends exactly one organisation's name after its "and"
   ("Wildlife Service", "U.S. Fish and Wildlife Service": the model split it) is that one.
   An organisation named without its country ("Supreme Court", "Foreign Ministry") is the one
   named with it ("U.S. Supreme Court", "Russian Foreign Ministry") when every longer name
   ending so names the same country, whose spellings are one ("U.S. Senate" = "United States
   Senate", even beside "Alabama Senate"); a party or a city is no country ("Republican
   Congress", "Iowa Republican Party").
   A name that opens exactly one longer organisation's name before its "of" is that one
   ("House", "U.S. House" -> "House of Representatives"; not beside "House of Commons" and
   "House of Lords"), unless an article writes that one as a US state's ("the state House of
   Delegates").
8. **Acronyms** an article defines for a thing in lower case ("the blowout preventer (BOP)",
   "remotely operated vehicles (ROVs)") or writes only after a possessive ("contact your GP")
   name nothing and are dropped. The others join the
   longer name the articles define them for in brackets ("Minerals Management Service
   (MMS)"), else the one longer name of a compatible label whose initials they spell and that
   is defined as no other acronym ("BP" is not "blowout preventer (BOP)"; an acronym inside
   the name gives all its letters, so "BP" is not "BGC Partners") ("SDF" -> "Syrian
   Democratic Forces"; also with "of", "DOJ" -> "Department of Justice", before a name's last
   "and", "CDC" -> "Centers for Disease Control and Prevention", and a department's portfolio
   alone, "HHS" -> "Department of Health and Human Services"), again only when unambiguous.
   A name the articles write only in quotation marks of its own spells no acronym: it is a
   motto or a slogan ("an agency whose motto is 'Fidelity, Bravery and Integrity'" is no
   name of the FBI).

A person whose every mention labels a line it opens, once an article, is a column's or an
op-ed's author, no one in the story, and no entity ("Natalie Hanman: Harman's equality bill
...", "Horowitz: New polls show ..."; `people.labels_lines_only`).

Never merged: different keys that are merely similar and short ("Iraq"/"Iran"), a name and a
longer name that contains it other than as above ("Syria"/"Syrian Democratic Forces",
"Baghdad"/"Baghdad Green Zone"), or different label classes outside rules 2, 5, 6 and 7.

The display ``name`` is a full form (a facility with its head, a person with more than one
word, a synonym set's own name when seen) with the most support: the mentions whose keys it
contains, then its own count. A website's domain ("BP.com") is never the name beside another
form, and an acronym is a full form unless something other than its company's legal name
("BP Plc") spells it out. ``aliases`` are the other display forms seen, sorted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from newsfuse.extract.entities.forms import (
    ADJECTIVE,
    GENERATIONS,
    KNOWN_ORGANISATIONS,
    SYNONYMS,
    CanonicalEntity,
    Groups,
    bare_acronym,
    display_form,
    make_form,
    translit_key,
)
from newsfuse.extract.entities.naming import build_entity
from newsfuse.extract.entities.organisations import (
    common_acronyms,
    merge_acronyms,
    merge_company_names,
    merge_names_before_of,
    merge_national_names,
    merge_org_suffixes,
    merge_short_org_names,
    merge_vessel_names,
    owned_acronyms,
)
from newsfuse.extract.entities.people import (
    find_bare_names,
    labels_lines_only,
    merge_given_names,
    merge_given_names_alone,
    merge_leading_names,
    merge_reversed_names,
    merge_suffixes,
    offices_of,
    placed_people,
    tribe_names,
    unplaced_bare_places,
    without_fused_surnames,
)
from newsfuse.extract.entities.spellings import (
    FUZZY_MIN_LENGTH,
    FUZZY_THRESHOLD,
    merge_facilities,
    merge_fuzzy,
    merge_labels,
    merge_place_heads,
    merge_places_in_regions,
    merge_synonyms_and_keys,
)
from newsfuse.extract.ner import (
    EntityMention,
    find_entities,
    find_entities_many,
    named_conditions,
)

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


def canonicalize(
    mentions: Sequence[EntityMention], texts: Mapping[str, str] | None = None
) -> list[CanonicalEntity]:
    """Group the mentions of a cluster into entities, most mentioned first (see module doc).

    ``texts`` (article id -> text) shows where a bare place is written as one ("in Lincoln");
    without it, no bare place may be a person's name."""
    # "blowout preventer (BOP)", "contact your GP": no names
    things = common_acronyms(texts or {}) | owned_acronyms(mentions, texts or {})
    conditions = named_conditions(mentions, texts or {})  # "Legionnaires’ disease"
    mentions = without_fused_surnames(mentions)  # "Cagle-Kemp fight", "Trump Supreme Court"
    by_form: dict[tuple[str, str], list[EntityMention]] = defaultdict(list)
    for mention in mentions:
        if bare_acronym(mention.text).rstrip("s") in things or (
            mention.label in {"PERSON", "ORG"} and mention.text in conditions
        ):
            continue
        by_form[(display_form(mention.text, mention.label), mention.label)].append(mention)
    keys = sorted(by_form)
    forms = [make_form(text, label, by_form[(text, label)]) for text, label in keys]
    groups = Groups(len(forms))
    placed, sometimes_placed = placed_people(forms, [by_form[key] for key in keys], texts)
    merge_synonyms_and_keys(forms, groups)
    merge_fuzzy(forms, groups, [by_form[key] for key in keys], texts)
    merge_facilities(forms, groups, placed)
    merge_labels(forms, groups)
    # the last words of full person names ("Trump" of "Donald Trump")
    surnames = {f.key.split()[-1] for f in forms if f.label == "PERSON" and " " in f.key}
    merge_given_names(forms, groups, [by_form[key] for key in keys], texts)
    merge_reversed_names(forms, groups, [by_form[key] for key in keys], texts)
    merge_short_org_names(forms, groups, surnames)
    merge_national_names(forms, groups)
    merge_names_before_of(forms, groups, [by_form[key] for key in keys], texts)
    merge_org_suffixes(forms, groups)
    merge_company_names(forms, groups, surnames)
    merge_place_heads(forms, groups)
    merge_places_in_regions(forms, groups)
    unplaced = unplaced_bare_places(forms, [by_form[key] for key in keys], texts, surnames)
    tribes = tribe_names(forms, [by_form[key] for key in keys], texts)
    bare_names = [i for i in find_bare_names(forms, unplaced) if i not in tribes]
    merge_suffixes(forms, groups, bare_names, offices_of([by_form[key] for key in keys], texts))
    merge_leading_names(forms, groups)
    merge_given_names_alone(forms, groups)
    merge_vessel_names(forms, groups, surnames)
    merge_acronyms(forms, groups, [by_form[key] for key in keys], texts)
    # a surname that two people share and neither dominates stays apart from both, yet it
    # names a person ("Trump" ORG beside "Donald Trump" and "Ivanka Trump", named as often)
    read_as_surname = {forms[i].key for i in bare_names if forms[i].key in surnames}
    unplaced_keys = {forms[i].key for i in unplaced}
    entities = [
        build_entity(
            [forms[i] for i in members],
            [m for i in members for m in by_form[keys[i]]],
            read_as_surname,
            unplaced_keys,
            placed,
            sometimes_placed,
            surnames,
        )
        for members in groups.members().values()
    ]
    # "Natalie Hanman: Harman's equality bill ...": a column's author, no one in the story
    entities = [
        e
        for e in entities
        if not (e.label == "PERSON" and texts and labels_lines_only(e.mentions, texts))
    ]
    return sorted(entities, key=lambda e: (-len(e.mentions), e.name, e.label))

"""One canonical entity from its merged forms: its label by vote and its display name
(`newsfuse.extract.entities`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Set

from newsfuse.extract.entities.forms import (
    ADJECTIVE,
    HOLIDAY,
    KNOWN_ORGANISATION_KEYS,
    LABEL_ORDER,
    PLACES,
    STORM,
    SYNONYMS,
    VESSEL,
    WEB_SUFFIX,
    CanonicalEntity,
    Form,
    ends_with,
    is_acronym,
    is_company,
    misread_school,
)
from newsfuse.extract.ner import (
    EntityMention,
)
from newsfuse.extract.us_states import abbreviated_state


def _surname_in(form: Form, forms: list[Form]) -> bool:
    """Whether ``form`` is one written word ("Ben-Zvi" too) that ends a longer person name
    among ``forms``, or starts it ("Nolan" ORG, a boy that his article names "Nolan Brandy")."""
    return " " not in form.text and any(
        other.label == "PERSON"
        and (ends_with(other.key, form.key) or other.key.startswith(f"{form.key} "))
        for other in forms
    )


_PLACE_SHARE = 0.6  # of a bare name's person votes, for a name put on the map to be a place


def build_entity(
    forms: list[Form],
    mentions: list[EntityMention],
    read_as_surname: Set[str],
    unplaced: Set[str],
    placed: Set[tuple[str, str]],
    sometimes_placed: Set[tuple[str, str]],
    surnames: Set[str],
) -> CanonicalEntity:
    """One entity from its forms; a bare name votes as the person it names, whether it joined
    that person or not (``read_as_surname``: keys of surnames two people share), and so does a
    place never written as one (``unplaced``) once it has joined a person; a "person" written
    as a place (``placed``: text and label, `placed_people`) votes as a place. ``surnames``:
    the last words of the cluster's full person names; ``sometimes_placed``: "people" written
    as places at least twice."""
    synonyms = {f.synonym for f in forms if f.synonym is not None}
    synonym = SYNONYMS[min(synonyms)] if synonyms else None
    if synonym is not None:
        label = synonym[1]
    elif any(f.core is not None for f in forms):
        label = "FAC"
    elif any(STORM.match(f.text) for f in forms):
        label = "EVENT"  # a named storm, whatever the model read its bare name as
    elif any(f.label == "EVENT" and HOLIDAY.search(f.text) for f in forms):
        label = "EVENT"  # "April Fools' Day", whatever the model read "April Fools" as
    elif ships := [f for f in forms if VESSEL.match(f.text)]:
        label = max(ships, key=lambda f: f.count).label  # "the Fitzgerald" read as a person
    elif any(f.key in KNOWN_ORGANISATION_KEYS or is_company(f) for f in forms):
        label = "ORG"
    else:
        votes: Counter[str] = Counter()
        read_as_person = False
        for form in forms:  # a bare surname votes as the person it names (rule 7)
            surname = (form.label not in PLACES or form.key in unplaced) and (
                _surname_in(form, forms) or form.key in read_as_surname
            )
            read_as_person |= surname
            if misread_school(form):
                votes["ORG"] += form.count  # "Wayne State" read as a person
            elif (form.text, form.label) in placed and not surname:
                votes["GPE"] += form.count
            else:
                votes["PERSON" if surname else form.label] += form.count
        # a one-word name that ends no person's name, read as a place as often as a person, is
        # the place: people are introduced by their full names ("Sabha" GPE 4 times, PERSON 4);
        # so is one read as a place three times for every five as a person that the articles
        # put on the map ("Misrata" PERSON 29, GPE 26, twice or more after "in")
        bare = not read_as_person and all(" " not in f.key and f.key not in surnames for f in forms)
        top = max(votes.values())
        place_votes = max(votes[place] for place in PLACES)
        on_the_map = any((f.text, "PERSON") in sometimes_placed for f in forms)
        if (
            bare
            and votes["PERSON"] == top
            and (place_votes == top or (on_the_map and place_votes >= _PLACE_SHARE * top))
        ):
            votes["PERSON"] = place_votes - 1
        label = min(votes, key=lambda lab: (-votes[lab], LABEL_ORDER.index(lab)))

    keys = {f.key for f in forms}
    # a website's domain names its owner only when nothing else does: "BP" over "BP.com", which
    # a Timeline17 brief showed as BP's name (the acronym, spelled out as no more than "BP
    # Plc", being no full form then)
    others = [f for f in forms if not WEB_SUFFIX.search(f.text.lower())]
    spelled_out = any(
        not is_acronym(f.text) and not (is_company(f) and f.key.rsplit(" ", 1)[0] in keys)
        for f in others
    )

    def full(form: Form) -> bool:
        if others and form not in others:
            return False
        if label == "FAC":
            return form.core is not None
        if label in PLACES and ADJECTIVE.match(form.text):
            return False  # a place is named by its name: "U.S.", not "American"
        if label == "PERSON":
            return " " in form.text
        if is_company(form) and form.key.rsplit(" ", 1)[0] in keys:
            return False  # "Facebook", as reports name it, over "Facebook Inc"
        return not (spelled_out and is_acronym(form.text))

    def support(form: Form) -> tuple[int, int]:
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
                bool(WEB_SUFFIX.search(f.text.lower())),  # "Billboard" over "Billboard.com"
                f.text.isupper() and not is_acronym(f.text),  # a dateline's "WASHINGTON"
                [-n for n in support(f)],
                -f.count,
                -sum(w[:1].isupper() for w in f.text.split()),  # "Air Base" over "air base"
                f.text,
            ),
        )
        name = (abbreviated_state(best.text) if label in PLACES else None) or best.text
    ordered = sorted(mentions, key=lambda m: (m.article_id, m.start, m.end))
    return CanonicalEntity(name, label, tuple(sorted(texts - {name})), tuple(ordered))

"""Where entity canonicalisation leaves one name split over several entities.

    python scripts/entity_splits.py multinews ../shared/data/multinews/validation.jsonl
    python scripts/entity_splits.py allsides ../shared/data/allsides [--show 20] [--ner rules]

Runs the brief's own stages on every cluster of a dev set (`prepare_articles`, entity
mentions with the chosen backend, `canonicalize`) and counts two kinds of split that a reader
of the brief's "Who and where" sees as duplicates:

* **same name**: two entities of one cluster whose names or aliases have the same
  transliteration key ("Nepal" GPE and "Nepal" PERSON as two entries);
* **bare surname**: a one-word entity that is the last word of exactly one longer person name
  of the cluster, yet stands alone ("Snipes" ORG beside "Brenda Snipes");
* **first name**: the same for the first word ("Megan" beside "Megan Rapinoe");
* **given name**: two person entities with one surname and one given name, formal or familiar
  ("Bill Taylor" beside "William W. Taylor III");
* **country**: an organisation named with a country or nationality beside one named without it
  ("U.S. Supreme Court" beside "Supreme Court"), the country being one of `SYNONYMS`' places
  or a NORP entity of the cluster.

Some splits are right (a city and its airport; "Trump" when two Trumps are named, which
counts under neither kind), so the counts are what to read, not a score to drive to zero.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from newsfuse.evaluate.datasets import load_raw
from newsfuse.extract.entities import (
    GENERATIONS,
    SYNONYMS,
    CanonicalEntity,
    canonicalize,
    translit_key,
)
from newsfuse.extract.given_names import formal_given_name
from newsfuse.extract.ner import find_entities_many
from newsfuse.pipeline import prepare_articles


def same_name_splits(entities: list[CanonicalEntity]) -> list[list[CanonicalEntity]]:
    """Groups of two or more entities that share a name's transliteration key."""
    by_key: dict[str, dict[int, CanonicalEntity]] = defaultdict(dict)
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            by_key[translit_key(name)][id(entity)] = entity
    return [list(group.values()) for group in by_key.values() if len(group) > 1]


def bare_names(entities: list[CanonicalEntity], position: int) -> list[tuple[CanonicalEntity, str]]:
    """One-word entities that are the word at ``position`` (-1: last, 0: first) of exactly
    one longer person name, with that name."""
    full_names: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.label == "PERSON":
            for name in (entity.name, *entity.aliases):
                words = name.split()
                if len(words) > 1:
                    full_names[translit_key(words[position])].add(entity.name)
    found = []
    for entity in entities:
        key = translit_key(entity.name)
        if " " not in entity.name and len(full_names.get(key, ())) == 1:
            (person,) = full_names[key]
            if person != entity.name:
                found.append((entity, person))
    return found


def given_name_splits(entities: list[CanonicalEntity]) -> list[list[CanonicalEntity]]:
    """Person entities sharing a surname and a formal given name ("Bill"/"William")."""
    by_name: dict[tuple[str, str], dict[int, CanonicalEntity]] = defaultdict(dict)
    for entity in entities:
        if entity.label != "PERSON":
            continue
        for name in (entity.name, *entity.aliases):
            words = [w for w in name.split() if w.rstrip(".").lower() not in GENERATIONS]
            if len(words) > 1:
                given = formal_given_name(words[0].lower().rstrip("."))
                by_name[(given, translit_key(words[-1]))][id(entity)] = entity
    return [list(group.values()) for group in by_name.values() if len(group) > 1]


def country_splits(entities: list[CanonicalEntity]) -> list[list[CanonicalEntity]]:
    """Pairs of organisations, one named "<country> <the other's name>"."""
    countries = {
        name
        for entity in entities
        if entity.label == "NORP"
        for name in (entity.name, *entity.aliases)
    } | {name for place, label, aliases in SYNONYMS if label == "GPE" for name in (place, *aliases)}
    orgs = [e for e in entities if e.label == "ORG"]
    named = {translit_key(n): e for e in orgs for n in (e.name, *e.aliases)}
    pairs: dict[tuple[int, int], list[CanonicalEntity]] = {}
    for entity in orgs:
        for name in (entity.name, *entity.aliases):
            words = name.split()
            for k in (1, 2):
                other = named.get(translit_key(" ".join(words[k:])))
                if (
                    k < len(words)
                    and " ".join(words[:k]) in countries
                    and other is not None
                    and other is not entity
                ):
                    pairs[(id(entity), id(other))] = [entity, other]
    return list(pairs.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", choices=["multinews", "allsides"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--show", type=int, default=10)
    parser.add_argument("--ner", choices=["spacy", "rules"], default=None)
    args = parser.parse_args()

    clusters = 0
    affected: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for raw in load_raw(args.dataset, args.path):
        prepared = prepare_articles(raw.articles)
        found = find_entities_many(
            [(a, prepared.sentences[a.id]) for a in prepared.articles], backend=args.ner
        )
        entities = canonicalize(
            [m for mentions in found for m in mentions],
            {a.id: a.text for a in prepared.articles},
        )
        clusters += 1
        groups = {
            "same name": same_name_splits(entities),
            "given name": given_name_splits(entities),
            "country": country_splits(entities),
        }
        bare = {"bare surname": bare_names(entities, -1), "first name": bare_names(entities, 0)}
        for kind, items in [*groups.items(), *bare.items()]:
            kinds[kind] += len(items)
            affected[kind] += bool(items)
        for kind, found_groups in groups.items():
            for group in found_groups:
                shown = ", ".join(f"{e.name} {e.label} ({len(e.mentions)})" for e in group)
                examples[kind].append(f"{raw.id}: {shown}")
        for kind, pairs in bare.items():
            for entity, person in pairs:
                examples[kind].append(
                    f"{raw.id}: {entity.name} {entity.label} ({len(entity.mentions)}) "
                    f"beside {person}"
                )
    print(f"{args.dataset}: {clusters} clusters")
    for kind in ("same name", "bare surname", "first name", "given name", "country"):
        print(f"  {kind}: {kinds[kind]} splits in {affected[kind]} clusters")
        for line in examples[kind][: args.show]:
            print(f"    {line}")


if __name__ == "__main__":
    main()

"""Who claimed the event: responsibility claims grouped by claimant across sources.

Two claims name the same claimant when their names are one entity of the cluster (the
canonicaliser already merges "ISIS" / "Islamic State", "Asad" / "Assad") or share a
distinctive word: a group's name translated in one report and transliterated in another keeps
its namesake ("The brigades to avenge al-Muhandis" / "Tha'ar al-Muhandis" both carry
"Muhandis"). Words that many group names share ("Islamic", "Army", "Front", "Brigades") are not
distinctive: "Islamic State" and "Islamic Jihad" are two claimants.

One claimant is a fact ("responsibility claimed by ...", with every spelling the sources use);
two or more are a conflict of kind "entity": the sources disagree about who says they did it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.extract import Extraction
from newsfuse.extract.claims import ResponsibilityClaim
from newsfuse.extract.entities import CanonicalEntity, translit_key
from newsfuse.reconcile.answers import Answer
from newsfuse.words import word_set

__all__ = ["Claimant", "claimants"]

# Words of group names too common to identify one group.
_GENERIC = word_set(
    "islamic islam state army front brigade brigades battalion battalions movement liberation "
    "party popular national revolutionary jihad jihadi forces force group groups people peoples "
    "democratic union council resistance martyrs martyr united republic republican holy "
    "mujahideen guard guards organization organisation committee league alliance network "
    "avenge revenge free defenders defense defence sons soldiers"
)


@dataclass(frozen=True)
class Claimant(Answer):
    """One claimant (``statements``: its claims): the name most sources use, and its other
    spellings."""

    name: str
    aliases: tuple[str, ...]

    @property
    def value(self) -> str:
        return self.name


def claimants(extraction: Extraction) -> list[Claimant]:
    """The cluster's claimants, most articles first (ties: the first claim in input order)."""
    claims = [c for found in extraction.claims.values() for c in found]
    groups: list[list[ResponsibilityClaim]] = []
    keys: list[set[str]] = []
    for claim in claims:
        own = _keys(claim, extraction.canonical)
        home = next((i for i, k in enumerate(keys) if k & own), None)
        if home is None:
            groups.append([claim])
            keys.append(own)
        else:
            groups[home].append(claim)
            keys[home] |= own
    found = [_claimant(group, extraction.canonical) for group in groups]
    return sorted(found, key=lambda c: -len(c.article_ids))


def _keys(claim: ResponsibilityClaim, canonical: Sequence[CanonicalEntity]) -> set[str]:
    """What identifies a claimant: its entity, its transliteration key, its distinctive words."""
    keys = {f"key:{translit_key(claim.name)}"}
    entity = _entity_of(claim, canonical)
    if entity is not None:
        keys.add(f"entity:{entity.name}")
    for word in translit_key(claim.name).split():
        if len(word) >= 4 and word not in _GENERIC:
            keys.add(f"word:{word}")
    return keys


def _entity_of(
    claim: ResponsibilityClaim, canonical: Sequence[CanonicalEntity]
) -> CanonicalEntity | None:
    """The canonical entity a claim's name is: a mention covering the name, or a spelling."""
    folded = claim.name.casefold()
    for entity in canonical:
        if entity.label not in ("ORG", "NORP", "PERSON"):
            continue
        for m in entity.mentions:
            if m.article_id == claim.article_id and m.start <= claim.start and claim.end <= m.end:
                return entity
        if any(form.casefold() == folded for form in (entity.name, *entity.aliases)):
            return entity
    return None


def _claimant(group: list[ResponsibilityClaim], canonical: Sequence[CanonicalEntity]) -> Claimant:
    """A group's display name: its organisation entity's name when the sources use it ("Islamic
    State" for "ISIS"), else the spelling most articles use, the first one on a tie."""
    spellings: dict[str, set[str]] = {}
    for claim in group:
        spellings.setdefault(claim.name, set()).add(claim.article_id)
    organisations = {
        e.name for c in group if (e := _entity_of(c, canonical)) and e.label in ("ORG", "NORP")
    }
    ranked = sorted(spellings, key=lambda form: -len(spellings[form]))  # stable: first on ties
    name = next((form for form in ranked if form in organisations), ranked[0])
    aliases = tuple(sorted(f for f in spellings if f != name))
    return Claimant(statements=tuple(group), name=name, aliases=aliases)

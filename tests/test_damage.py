"""Damage: outright statements only, and only those about the main event can disagree."""

from __future__ import annotations

import json

import pytest

import newsfuse
from newsfuse.extract.damage import find_damage
from newsfuse.models import Article
from newsfuse.segment import split_sentences

from .conftest import DEMO
from .test_reconcile import _reconcile, _source


def _damage(text: str) -> list[tuple[bool, str | None]]:
    article = Article(id="a", origin="a", raw_text=text, text=text)
    return [(m.damaged, m.what) for m in find_damage("a", split_sentences(article))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Rockets landed on the base and nearby, reportedly damaging homes and a mosque.",
            [(True, "homes and a mosque")],
        ),
        ("Several buildings were destroyed in the quake.", [(True, "Several buildings")]),
        ("There was damage to the runway.", [(True, "the runway")]),
        ("The statement said the attack caused no damage.", [(False, None)]),
        ("However, the attack did not hamper any structure.", [(False, None)]),
        ("No damage was reported.", [(False, None)]),
        # too vague, hypothetical, or both at once: no side is taken
        ("She confirmed the incident and the damages caused by the rocket attack.", []),
        ("The storm could damage homes along the coast.", []),
        ("An attack is a threat, potentially damaging critical infrastructure.", []),
        ("There was no damage to the base, but two homes were destroyed.", []),
        # a denial with a word between (a Timeline17 stream brief had "damaged: the hospital")
        ("There was no apparent damage to the hospital, officials said.", [(False, None)]),
        ("No buildings were damaged in the blast.", [(False, None)]),
        # what someone thought, or an accusation (Timeline17 stream briefs' "damaged: own
        # house", "damaged: the nation's infrastructure")
        ("When the blast came, he initially thought his own house had been hit.", []),
        (
            "Gadhafi spoke, accusing the coalition of killing civilians and destroying the "
            "nation's infrastructure.",
            [],
        ),
    ],
)
def test_damage_is_taken_only_when_stated_outright(text: str, found: list) -> None:
    assert _damage(text) == found


def test_seed_damage_conflict_leaves_out_the_side_attacks() -> None:
    brief = json.loads(newsfuse.brief(DEMO).to_json())
    conflict = next(c for c in brief["conflicts"] if c["question"] == "damage caused")
    sides = {v["value"]: v["sources"] for v in conflict["variants"]}
    # S5: "reportedly damaging homes and a mosque"; S1: "the attack did not hamper any
    # structure". The "no damage" lines about the Irbil and Omar oil field drone attacks (S1,
    # S3, S4) are about other attacks and take no side.
    assert sides == {
        "damaged: homes and a mosque": [_source(brief, "004")],
        "no damage": [_source(brief, "000")],
    }
    assert conflict["kind"] == "claim"


def test_no_damage_at_another_place_or_time_is_not_the_events() -> None:
    result = _reconcile(
        "Rockets hit the Ain al-Asad air base in Iraq on Wednesday, damaging two hangars.",
        "Rockets hit the Ain al-Asad air base in Iraq on Wednesday. On Tuesday, a drone attack "
        "on Erbil airport was reported. The attack caused no damage.",
        "Rockets hit the Ain al-Asad air base in Iraq on Wednesday. A drone was shot down in "
        "eastern Syria and no damage was reported.",
    )
    assert not [c for c in result.conflicts if c.question == "damage caused"]
    assert [f.statement for f in result.facts if "damage" in f.statement] == [
        "damaged: two hangars"
    ]

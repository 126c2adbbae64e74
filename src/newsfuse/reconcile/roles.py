"""What a counted quantity is *about*: its role in the sentence ("two injured", "14 fired").

Two reports can only disagree about the same question. "14 rockets" and "2 rockets" are not a
conflict if one is about rockets fired at the base and the other about rockets shot down, and
"two" and "nine" people are not a conflict if one counts the injured and the other the dead.
The role is the nearest cue word around the quantity, within its sentence: reporters put the
verb right next to the count ("two people were injured", "killing three", "fired 30 rockets").

Prison terms ("sentenced to 10 years") are a role too: outlets misreport them, and a term that is
only faced or sought is left out. So are sums of money paid, owed or offered (a fine, a
settlement, bail, a reward, a ransom), again only when handed down, not when sought or possible.

Only roles listed here can open a conflict; a count without one ("hundreds of troops are
stationed") is reported as a fact at most. Precision over recall: a false conflict costs a
reader's trust, a missed one costs a line.
"""

from __future__ import annotations

import re

from newsfuse.extract.quantities import PERSON_KINDS, Quantity
from newsfuse.models import Sentence

# Units that are fired (a weapon role); people units come from the quantity extractor.
WEAPONS = frozenset({"rocket", "drone", "shell", "mortar", "grenade", "bomb", "round", "shot"})

_CUES: dict[str, re.Pattern[str]] = {
    "killed": re.compile(r"\b(?:kill\w*|dead|died|dies|death\w*|lives|fatalit\w*|slain)\b", re.I),
    "injured": re.compile(
        r"\b(?:injur\w*|wound\w*|hurt|concussion\w*|hospitali[sz]ed|casualt\w*)\b", re.I
    ),
    "arrested": re.compile(r"\b(?:arrest\w*|detain\w*|custody)\b", re.I),
    "missing": re.compile(r"\bmissing\b", re.I),
    "sentenced": re.compile(r"\bsentenc\w*\b", re.I),
    "fired": re.compile(
        r"\b(?:fire[sd]?|firing|launch\w*|landed|land|hit|struck|strikes?|target\w*|barrage|"
        r"attack\w*|rain\w*)\b",
        re.I,
    ),
}
PEOPLE_ROLES = ("killed", "injured", "arrested", "missing")

# Sums of money with a role that outlets report and misreport: what was paid, owed or offered.
CURRENCIES = frozenset({"USD", "EUR", "GBP", "JPY", "AUD", "CAD", "HKD"})
_MONEY_CUES: dict[str, re.Pattern[str]] = {
    "fine": re.compile(r"\b(?:fine[ds]?|fining|penalt(?:y|ies))\b", re.I),
    "settlement": re.compile(r"\bsettle(?:s|d|ment|ments)?\b", re.I),
    # "bond" alone is also a security or a name ("Bond"): only as set or posted bail
    "bail": re.compile(
        r"\b[Bb]ail\b|\b(?:set|sets|posted|post|posts|posting|held on|released on)\b"
        r"[^.;]{0,30}\bbond\b|\bbond (?:was |is |had been )?set\b"
    ),
    "reward": re.compile(r"\breward\b", re.I),
    "ransom": re.compile(r"\bransom\b", re.I),
}

# Prison terms: "sentenced to 10 years". A term someone only faces, could get or is asked for
# ("faces up to 20 years", "prosecutors sought 15 years") is no sentence handed down.
TERMS = frozenset({"year", "month"})
_POTENTIAL = re.compile(
    r"\b(?:fac(?:e|es|ed|ing)|could|would|might|maximum|up to|seek\w*|sought|ask\w*|"
    r"recommend\w*|request\w*|if convicted)\b",
    re.I,
)

# How far from the quantity (in characters) a cue word still counts as its verb.
WINDOW = 70


# "Others" counts whatever the sentence counted before it: people, unless that was animals
# ("killing one dog and injuring five others").
_ANIMALS = re.compile(
    r"\b(?:dogs?|pupp(?:y|ies)|cats?|horses?|cows?|cattle|sheep|pigs?|goats?|birds?|"
    r"animals?|pets?|livestock|dolphins?|whales?|elephants?|camels?)\b",
    re.I,
)


def _counts_people(quantity: Quantity, sentence: Sentence) -> bool:
    if quantity.unit in PERSON_KINDS:
        return True
    before = sentence.text[: quantity.start - sentence.start]
    return quantity.unit is None and quantity.unit_text == "others" and not _ANIMALS.search(before)


def role_of(quantity: Quantity, sentence: Sentence) -> str | None:
    """The role of ``quantity`` in ``sentence``, or None when no cue is near enough."""
    if _counts_people(quantity, sentence):
        roles = PEOPLE_ROLES
    elif quantity.unit in WEAPONS:
        roles = ("fired",)
    elif quantity.unit in TERMS and not _POTENTIAL.search(sentence.text):
        roles = ("sentenced",)
    elif quantity.unit in CURRENCIES and not _POTENTIAL.search(sentence.text):
        roles = tuple(_MONEY_CUES)
    else:
        return None
    q_start = quantity.start - sentence.start
    q_end = quantity.end - sentence.start
    best: tuple[int, str] | None = None
    for role in roles:
        for match in (_CUES.get(role) or _MONEY_CUES[role]).finditer(sentence.text):
            if match.start() >= q_end:
                distance = match.start() - q_end
            elif match.end() <= q_start:
                distance = q_start - match.end()
            else:
                continue  # the cue is inside the quantity phrase itself
            if distance <= WINDOW and (best is None or distance < best[0]):
                best = (distance, role)
    return best[1] if best else None

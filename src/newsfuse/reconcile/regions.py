"""The first-level region (state, province) of the event's place, when the articles write it.

News writes a place's region right after it: "Newtown, Connecticut", "Urbandale, Iowa", "a
base in Anbar province", "Ramadi, the capital of Anbar province" is left alone (no gazetteer
can be had offline, and a guess would be worse than a blank). Two forms are read:

* ``<place>, <US state>``: the 50 states and the District of Columbia, written out or as AP
  style abbreviates them ("Montgomery, Ala."), the one region list newsfuse carries (US
  datelines write the state this way in nearly every report); the country is then the
  United States;
* ``<place> in <Name> province`` (or governorate, region, state, prefecture, oblast): the
  region's own word says what it is.

The region most articles give wins; none given, it stays None. A US state is itself no
place in a region, but it is in the United States.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from newsfuse.extract.entities import CanonicalEntity
from newsfuse.extract.us_states import AP_ABBREVIATIONS, US_STATES

__all__ = ["admin_region"]

_STATE_NAME = "|".join(
    [*sorted(US_STATES, key=len, reverse=True), *map(re.escape, AP_ABBREVIATIONS)]
)
# "Newtown, Connecticut" but not "Idaho, Iowa, Utah" (a list) or "Washington, New York Times"
_STATE_AFTER = re.compile(
    rf",\s+({_STATE_NAME})(?!\w)(?!\s+(?:City|Times|Post|Avenue|Street)|,?\s+(?:and\s+)?"
    rf"(?:{_STATE_NAME})(?!\w))"
)
_REGION_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s+){1,3})"
    r"([Pp]rovince|[Gg]overnorate|[Rr]egion|[Ss]tate|[Pp]refecture|[Oo]blast)\b"
)
UNITED_STATES = "United States"


def admin_region(
    place: CanonicalEntity,
    texts: dict[str, str],
    lead_end: dict[str, int],
    datelines: Mapping[str, str] | None = None,
) -> tuple[str | None, str | None]:
    """(the region the articles' leads write after the place, the country that implies or None).

    ``datelines`` (article id -> the dateline cleaning lifted, "ALLENTOWN, Pa.") count as
    leads too: a report datelined from the place gives its state there."""
    if place.name == UNITED_STATES:
        return None, None
    if place.name in US_STATES:
        # a state has no region ("Iowa, Wisconsin and Illinois" is a list, not a place in a
        # state) but its country ("Georgia" in a story of Fulton County's ballots)
        return None, UNITED_STATES
    said: dict[str, set[tuple[str, str | None]]] = {}  # article -> the regions it writes
    for article_id, dateline in (datelines or {}).items():
        city, _, region = dateline.partition(",")
        state = _STATE_AFTER.match(f", {region.strip()}")
        if state and city.strip().lower() == place.name.lower():
            name = AP_ABBREVIATIONS.get(state.group(1), state.group(1))
            said.setdefault(article_id, set()).add((name, UNITED_STATES))
    for m in place.mentions:
        if m.end > lead_end.get(m.article_id, 0):
            continue
        after = texts[m.article_id][m.end : m.end + 80]
        if state := _STATE_AFTER.match(after):
            name = AP_ABBREVIATIONS.get(state.group(1), state.group(1))
            said.setdefault(m.article_id, set()).add((name, UNITED_STATES))
        elif region := _REGION_AFTER.match(after):
            name = f"{region.group(1).strip()} {region.group(2).lower()}"
            said.setdefault(m.article_id, set()).add((name, None))
    votes = Counter(found for regions in said.values() for found in regions)
    if not votes:
        return None, None
    (region_name, country), _ = max(votes.items(), key=lambda item: (item[1], item[0][0]))
    return region_name, country

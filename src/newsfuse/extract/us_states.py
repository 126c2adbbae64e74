"""The US states: their names, and their abbreviations in AP style ("Montgomery, Ala.").

US news writes a state after a city or a legislator ("Menasha, Wis.", "Sen. Rand Paul,
R-Ky."); the event's region (`newsfuse.reconcile.regions`) and the entity list
(`newsfuse.extract.entities`: "Ky" read as a place is Kentucky) both read them. The one region
list newsfuse carries: no gazetteer can be had offline.
"""

from __future__ import annotations

__all__ = ["AP_ABBREVIATIONS", "US_STATES", "abbreviated_state"]

_US_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|"
    "Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia"
)
US_STATES = frozenset(_US_STATE_NAMES.split("|"))
# The states as AP style abbreviates them after a city ("Montgomery, Ala.", "Menasha, Wis.").
# (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah are not abbreviated.)
AP_ABBREVIATIONS = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
    "D.C.": "District of Columbia",
}


# "D.C." is written as a place of its own ("in D.C."); the others follow a city or a name.
_STATE_OF = {
    abbreviation.rstrip("."): state
    for abbreviation, state in AP_ABBREVIATIONS.items()
    if state != "District of Columbia"
}


def abbreviated_state(text: str) -> str | None:
    """The state an AP abbreviation names, with or without its full stop ("Ky" -> "Kentucky");
    None for anything else, and for "D.C.", which stays as written."""
    return _STATE_OF.get(text.rstrip("."))

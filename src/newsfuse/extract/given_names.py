"""Common English given names and their familiar forms ("Bill" = "William").

Reports name one person formally and familiarly in one cluster ("William W. Taylor III" and
"Bill Taylor", "Deborah Wasserman Schultz" and "Debbie Wasserman Schultz"); no string
similarity finds that. The table is small and global, like `entities.SYNONYMS`: it holds no
story's names. Spelling variants count as familiar forms ("Steven" of "Stephen"). A familiar
form shared by two formal names ("Alex": Alexander, Alexandra) is left out, so it joins neither.
"""

from __future__ import annotations

_FAMILIAR: dict[str, tuple[str, ...]] = {
    "abraham": ("abe",),
    "alexander": ("alex",),
    "alexandra": ("alex",),
    "andrew": ("andy", "drew"),
    "anthony": ("tony",),
    "benjamin": ("ben",),
    "catherine": ("cathy", "kathy", "kate", "katie", "katherine", "kathryn"),
    "charles": ("chuck", "charlie"),
    "christopher": ("chris",),
    "daniel": ("dan", "danny"),
    "david": ("dave",),
    "deborah": ("debbie", "deb", "debra"),
    "donald": ("don",),
    "douglas": ("doug",),
    "edward": ("ed", "eddie", "ted"),
    "elizabeth": ("liz", "beth", "betsy"),
    "frederick": ("fred",),
    "gerald": ("jerry",),
    "gregory": ("greg",),
    "james": ("jim", "jimmy", "jamie"),
    "jeffrey": ("jeff",),
    "jennifer": ("jen", "jenny"),
    "jonathan": ("jon",),
    "joseph": ("joe", "joey"),
    "joshua": ("josh",),
    "kenneth": ("ken", "kenny"),
    "lawrence": ("larry",),
    "margaret": ("maggie", "peggy"),
    "matthew": ("matt",),
    "michael": ("mike",),
    "nicholas": ("nick",),
    "peter": ("pete",),
    "philip": ("phil",),
    "raymond": ("ray",),
    "rebecca": ("becky",),
    "richard": ("rick", "dick", "rich"),
    "robert": ("bob", "rob", "bobby", "bert"),
    "ronald": ("ron",),
    "samuel": ("sam",),
    "stephen": ("steve", "steven"),
    "susan": ("sue",),
    "theodore": ("ted", "teddy"),
    "thomas": ("tom", "tommy"),
    "timothy": ("tim",),
    "victoria": ("vicky",),
    "william": ("bill", "billy", "will", "willie"),
    "zachary": ("zach",),
}


def _formal_forms() -> dict[str, str]:
    owners: dict[str, set[str]] = {}
    for formal, familiar in _FAMILIAR.items():
        for name in familiar:
            owners.setdefault(name, set()).add(formal)
    # "alex" (alexander, alexandra) and "ted" (edward, theodore) are left out.
    return {name: formal.pop() for name, formal in owners.items() if len(formal) == 1}


_FORMAL = _formal_forms()


def formal_given_name(word: str) -> str:
    """The formal given name ``word`` (lower case) is a familiar form of, or ``word`` itself."""
    return _FORMAL.get(word, word)

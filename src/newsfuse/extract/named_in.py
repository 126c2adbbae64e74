"""Which articles write an entity's name, whether or not the recogniser marked it there.

The small spaCy model misses many mentions (a company it tags once in four sentences, a
sentence it never reads past `ner.MODEL_SENTENCES`), so an entity's recognised mentions
understate the sources that name it: "Facebook [S2, S3]" where S1 and S4 write "Facebook"
too. A source is credited with an entity when it writes one of the entity's names as a whole
name: case and word boundaries as written, not inside a longer capitalised name ("House" in
"White House", "Trump" in "Trump Jr.", "Iowa" in "University of Iowa"; a capitalised function
word before it, "In Washington", is no name). A name two entities share credits neither.

A person is also named by their surname alone ("Pelosi weighs ..."), unless another entity
has that name: the model often misses a surname that opens a sentence or a headline. A
one-word name the texts also write in lower case names no one (`names_written`).

The sources credited decide which entities a brief lists (`pipeline`); their names and labels,
and everything counted from the recognised mentions, stay as they were.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from newsfuse.embed.stopwords import STOP_WORDS
from newsfuse.extract.dates import WEEKDAYS
from newsfuse.extract.entities import GENERATIONS, CanonicalEntity
from newsfuse.extract.ner import TITLES
from newsfuse.words import word_set

__all__ = ["articles_naming", "full_name", "names_written"]

_WORD_BEFORE = re.compile(r"([\w'’.-]+)[ \t]+$")
_CAPITAL_AFTER = re.compile(r"(?:['’]s?)?[ \t]+[A-Z]")  # "Trump Jr.", "Martha’s Vineyard"
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_NAME_JOINS = frozenset({"of", "de", "for", "on"})
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
# A name ends where no word, hyphen or inner apostrophe goes on; a possessive ends it too
# ("Obama’s health law", "the Democrats’ plan").
_NAME_END = r"(?![\w-])(?!['’](?!s\b)\w)"


def names_written(
    entities: Sequence[CanonicalEntity], lower_case: frozenset[str]
) -> list[list[str]]:
    """Each entity's names to look for, and a person's surname where no other entity has that
    name. A one-word name the texts also write in lower case (``lower_case``,
    `ner.lower_case_words`) is left out: "Price" or "Millions" opening a sentence, or "Well,
    ...", names no one; "US" still does."""
    surnames = [_surname(e) for e in entities]
    taken = Counter(n for e in entities for n in {e.name, *e.aliases})
    taken.update(n for n in surnames if n)
    written = []
    for entity, surname in zip(entities, surnames, strict=True):
        names = [entity.name, *entity.aliases]
        if surname and surname not in names and taken[surname] == 1:
            names.append(surname)
        written.append([n for n in names if not _ordinary_word(n, lower_case)])
    return written


def _ordinary_word(name: str, lower_case: frozenset[str]) -> bool:
    """A one-word name the texts also write in lower case, or a bare "Jr." or "III"."""
    if name.lower().rstrip(".") in GENERATIONS:
        return True
    return " " not in name and not name.isupper() and name.lower() in lower_case


# A word of a person's name as news writes it: "Cardona", "O’Neill", "DeWine", "Sevä", "J.",
# "III" (not "JASON", "Janet]", "“Tex″", "U.D.A.U.F.L.", "Wednesday").
_NAME_WORD = re.compile(r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*\.?")
# Words that open a headline's question, not a name ("Will Trump ...?").
_QUESTION_OPENERS = word_set(
    "will can could would should may might must did does do is are was has have why how what "
    "when where who"
)


def full_name(entity: CanonicalEntity, lower_case: frozenset[str]) -> bool:
    """Whether a person's one recognised mention is worth listing: given name and surname
    written as names, mostly words the texts never write in lower case ("Miguel Cardona";
    not "Nice Guy", "Tammy Duckworth Wednesday", "Will Trump")."""
    words = entity.name.split()
    if entity.label != "PERSON" or len(words) < 2 or words[0].lower() in _QUESTION_OPENERS:
        return False
    if not all(map(_name_word, words)):
        return False
    return 2 * sum(w.lower() in lower_case for w in words) <= len(words)


def _name_word(word: str) -> bool:
    lower = word.lower()
    if lower.rstrip(".") in GENERATIONS:
        return True
    shouted = len(word) > 2 and word.rstrip(".").isupper()
    return bool(_NAME_WORD.fullmatch(word)) and not shouted and lower not in WEEKDAYS


def _surname(entity: CanonicalEntity) -> str | None:
    words = [w for w in entity.name.split() if w.lower().strip(".") not in GENERATIONS]
    if entity.label != "PERSON" or len(words) < 2 or not words[-1][:1].isupper():
        return None
    return words[-1].rstrip(",") if len(words[-1]) > 2 else None


def articles_naming(names: Sequence[Sequence[str]], texts: Mapping[str, str]) -> list[set[str]]:
    """For each entity's names, the ids of the articles (``texts``: id -> text) that write
    one of them as a whole name."""
    owner: dict[str, int | None] = {}
    for index, entity_names in enumerate(names):
        for name in entity_names:
            owner[name] = index if owner.get(name, index) == index else None
    written = sorted((n for n, i in owner.items() if i is not None), key=len, reverse=True)
    found: list[set[str]] = [set() for _ in names]
    if not written:
        return found
    pattern = re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, written))}){_NAME_END}")
    for article_id, text in texts.items():
        for match in pattern.finditer(text):
            if _inside_a_longer_name(text, match.start(), match.end()):
                continue
            index = owner[match.group()]
            if index is not None:
                found[index].add(article_id)
    return found


def _inside_a_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word other than a function word or a title runs on into the name
    from before ("White House"; not "In Washington", "President Obama", nor the end of a
    sentence before it) or after ("Trump Jr.")."""
    if _CAPITAL_AFTER.match(text, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if word[-1] in ".!?" and not _INITIALS.fullmatch(word):
        return False  # "... said Tuesday. Facebook is"; not "U.S. Senate"
    if word in _NAME_JOINS:  # "University of Iowa", "Bank of America"
        return bool(_NAME_BEFORE.search(text, max(0, before.start() - 40), before.start()))
    lower = word.lower()
    return word[:1].isupper() and lower not in STOP_WORDS and lower.rstrip(".") not in TITLES

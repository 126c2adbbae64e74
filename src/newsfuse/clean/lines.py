"""Paragraph-shape helpers: repairing broken line wraps and recognising headings and headlines.

Scraped and machine-translated copy often breaks a sentence over several "paragraphs", most
visibly after an abbreviation (``"targeting a U.S.\\n\\n\\n\\nAir Force base."``). These helpers
decide, from the end of one paragraph and the start of the next, whether they are one sentence.
"""

from __future__ import annotations

import re

from newsfuse.words import word_set

# Abbreviations that always precede a name or a number, so they can never end a sentence.
TITLES = word_set(
    "Mr. Mrs. Ms. Dr. Prof. Rev. Sen. Rep. Gov. Pres. Gen. Col. Lt. Maj. Capt. Cmdr. Adm. "
    "Sgt. Cpl. Pvt. Brig. Gens. Mt. Ft. Hon. Amb. Supt. Insp. Det. Atty."
)
# Abbreviations that precede a number ("Jan. 5", "No. 3").
BEFORE_NUMBER = word_set("Jan. Feb. Mar. Apr. Aug. Sep. Sept. Oct. Nov. Dec. No. Nos. ")
# Words that start a new sentence, so "... U.S.\n\nThe next paragraph" is not joined.
SENTENCE_STARTERS = word_set(
    "The A An This That These Those He She It They We I You His Her Its Their Our My There "
    "Here In On At But And Or So Yet However Meanwhile After Before When While If As Some "
    "Many Most One Two Three Four Five Officials Still Also According Since Despite Although "
    "Though Last Earlier Later Then Now Today Yesterday Both Each Every No Not What Who Why How"
)

_INITIALISM = re.compile(r"(?:^|[\s(\"“])(?:[A-Z]\.){2,}$")  # U.S.  U.N.  D.C.
# An initialism a paragraph break cut in two: "their Brent/U." | "S. spread positions".
_CUT_INITIALISM_END = re.compile(r"(?:^|[^\w.])[A-Z]\.$")
_CUT_INITIALISM_REST = re.compile(r"[A-Z]\.(?:[A-Z]\.)*(?:\s+[a-z]|[,;:])")
# A state's or a district's initialism after its city's comma, closing a paragraph of a full
# clause, ends a sentence: "Nunes was met by nearly 300 angry protesters on Friday when he
# arrived back in California from Washington, D.C." | "Takei added on Saturday, ..." are two
# paragraphs (joined, Takei's Saturday had been dated as Friday's). A country's initialism
# goes on to name its army or officials: "... in western Iraq, U.S." | "Army Colonel ... said."
_PLACE_INITIALISM_END = re.compile(r"\w, (?:D\.C|N\.[YJCHMD]|S\.[CD]|R\.I)\.$")
_CLAUSE_WORDS = 6  # a paragraph this long before the place is no cut-off fragment
# A list item's number: "12. “Sad Beautiful Tragic”".
_LIST_NUMBER = re.compile(r"\d{1,3}\.\s")
_CLOSERS = "\"'”’)]»"
_TERMINAL = ".!?…:;"
_GLUE_PUNCT = ",;:)]}."


def last_word(text: str) -> str:
    """The final whitespace-separated token of ``text``."""
    return text.rsplit(None, 1)[-1] if text.strip() else ""


def ends_with_abbreviation(text: str) -> bool:
    """True when the final ``.`` of ``text`` belongs to an abbreviation, not a sentence end."""
    word = last_word(text)
    return word in TITLES or word in BEFORE_NUMBER or bool(_INITIALISM.search(text))


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation (closing quotes ignored)."""
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _TERMINAL


def continues(prev: str, nxt: str) -> bool:
    """Whether paragraph ``nxt`` is the rest of the sentence that ``prev`` broke off."""
    if not prev or not nxt:
        return False
    first = nxt[0]
    if first in _GLUE_PUNCT or _cut_initialism(prev, nxt):
        return True
    word = last_word(prev)
    if word in TITLES:
        return True
    if word in BEFORE_NUMBER:  # "No." + "12. “Sad Beautiful Tragic”" is a list's next item
        return first.isdigit() and not _LIST_NUMBER.match(nxt)
    if ends_with_abbreviation(prev):
        next_word = nxt.split(None, 1)[0].rstrip(",;:")
        starts_anew = next_word in SENTENCE_STARTERS or _ends_on_place(prev)
        return first.islower() or (first.isupper() and not starts_anew)
    return first.islower() and not ends_sentence(prev)


def _ends_on_place(text: str) -> bool:
    """A paragraph of a full clause that ends on a state's initialism ("..., D.C.")."""
    return bool(_PLACE_INITIALISM_END.search(text)) and len(text.split()) >= _CLAUSE_WORDS


def _cut_initialism(prev: str, nxt: str) -> bool:
    return bool(_CUT_INITIALISM_END.search(prev) and _CUT_INITIALISM_REST.match(nxt))


def glue(prev: str, nxt: str) -> str:
    """Join two halves of a broken sentence: ``"base." + ", injuring"`` -> ``"base, injuring"``,
    ``"Brent/U." + "S. spread"`` -> ``"Brent/U.S. spread"``."""
    if _cut_initialism(prev, nxt):
        return prev + nxt
    if nxt[0] in _GLUE_PUNCT:
        if nxt[0] in ",;:" and prev.endswith(".") and not ends_with_abbreviation(prev):
            prev = prev[:-1]
        return prev + nxt
    return f"{prev} {nxt}"


def join_wrapped(paragraphs: list[str]) -> list[str]:
    """Merge every paragraph that `continues` the one before it (greedy, so idempotent)."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and continues(out[-1], paragraph):
            out[-1] = glue(out[-1], paragraph)
        else:
            out.append(paragraph)
    return out


def is_heading(paragraph: str, max_words: int = 12) -> bool:
    """A short paragraph without sentence-final punctuation: a subhead or title, not a sentence.

    Examples: ``"Pentagon confirms injuries of the US soldier"``, ``"CLIMBING"``.
    """
    return (
        len(paragraph.split()) <= max_words
        and not ends_sentence(paragraph)
        and not paragraph[:1].islower()
    )


# Lines at a page's top that are no headline: one that introduces what follows
# ("PHILADELPHIA |", "Updated:"), a byline ("By ...") and a site's breadcrumb trail
# ("English >> World", "Home » News").
_OPEN_END = re.compile(r"[|:\-–—]$")
_BYLINE = re.compile(r"by\s", re.IGNORECASE)
_BREADCRUMB = re.compile(r"\s(?:>>|»|›)\s")
# A heading that ends as a caption's credit ("Collin Rose (Photo: Wayne State University)"),
# a share button's note ("Click to email this to a friend (Opens in new window)") or a
# letter's salutation ("To our community,") is no headline either.
_CREDIT_OR_SALUTATION_END = re.compile(r"[,)\]]$")


def is_page_top_label(line: str) -> bool:
    """Whether a line above an article's body labels the page rather than heading the story:
    it introduces what follows, is a byline or a breadcrumb trail."""
    return bool(_OPEN_END.search(line) or _BYLINE.match(line) or _BREADCRUMB.search(line))


def opening_headline(text: str) -> str | None:
    """The headline a cleaned text opens with, or None: a first paragraph of two words or
    more, more text below it, that the segmenter skips as a heading (`is_heading`), opens
    with a word and is no page label (`is_page_top_label`), caption credit or salutation.

    The cleaning can reveal it: a Multi-News document opens "<caption> | Manuel Balce
    Ceneta/AP Photo Goodlatte's son donates to Democrat running to replace him", and only
    the headline is left of that line. A headline may end on a quotation ("Sen. Kirsten
    Gillibrand: 'I Will Help Hillary Get Elected'").
    """
    first, blank, rest = text.partition("\n\n")
    if not (blank and rest.strip()) or len(first.split()) < 2:
        return None
    if not (first[:1].isalnum() or first[:1] in "\"'“‘"):  # "/ Updated By Sarah Fitzpatrick"
        return None
    if not is_heading(first) or is_page_top_label(first):
        return None
    return None if _CREDIT_OR_SALUTATION_END.search(first) else first

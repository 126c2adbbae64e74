"""The catalogue of cleaning rules, in the order `clean_text` applies them.

Each rule is small and named, says why it exists, and quotes a real fragment it removes or
repairs (from the seed articles or Multi-News scrapes). A rule works on the list of paragraphs
(non-empty lines) and returns what it kept, what it removed and any metadata it lifted out.
Line rules only remove a line that *is* junk (a credit, a footer, a button); when unsure they
keep it, because dropping article content is worse than leaving a little noise.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import ftfy

from newsfuse.clean.lines import SENTENCE_STARTERS, ends_sentence, is_heading, join_wrapped
from newsfuse.clean.page import (
    READERS_ASKED,
    READERS_QUESTION,
    STAMP_MONTH,
    STAMP_TIME,
    STAMP_WEEKDAY,
    live_blog_times,
    page_top,
    reader_comments,
)
from newsfuse.clean.tokens import detokenise_lines, is_pretokenised, rejoin_split_tickers
from newsfuse.clean.transcript import transcript_turns
from newsfuse.words import IRREGULAR_PAST, alternation, word_set


@dataclass(frozen=True)
class Outcome:
    """What one rule did to the paragraphs."""

    paragraphs: list[str]
    removed: list[str] = field(default_factory=list)
    lifted: dict[str, str] = field(default_factory=dict)

    @classmethod
    def without(cls, paragraphs: list[str], gone: set[int]) -> Outcome:
        """The paragraphs less those at the indices in ``gone``, which are the removed ones."""
        return cls(
            [line for i, line in enumerate(paragraphs) if i not in gone],
            [paragraphs[i] for i in sorted(gone)],
        )


@dataclass(frozen=True)
class Rule:
    """A named cleaning step: ``apply(paragraphs) -> Outcome``."""

    name: str
    why: str
    example: str
    apply: Callable[[list[str]], Outcome]


LineEdit = tuple[str, str, dict[str, str]]  # (kept text, removed text, lifted metadata)
LineRule = Callable[[str], LineEdit | None]  # None: the line is left alone


def per_line(edit: LineRule) -> Callable[[list[str]], Outcome]:
    """Lift a one-line edit to a rule over all paragraphs; an empty kept text drops the line."""

    def apply(paragraphs: list[str]) -> Outcome:
        kept: list[str] = []
        removed: list[str] = []
        lifted: dict[str, str] = {}
        for paragraph in paragraphs:
            result = edit(paragraph)
            if result is None:
                kept.append(paragraph)
                continue
            new, gone, meta = result
            if new:
                kept.append(new)
            if gone:
                removed.append(gone)
            for key, value in meta.items():
                lifted.setdefault(key, value)
        return Outcome(kept, removed, lifted)

    return apply


def first_of(*edits: LineRule) -> LineRule:
    """The first of ``edits`` that changes a line."""

    def edit(line: str) -> LineEdit | None:
        return next((done for rule in edits if (done := rule(line)) is not None), None)

    return edit


def drop_matching(pattern: str, max_words: int = 60, flags: int = re.IGNORECASE) -> LineRule:
    """Drop a line matching ``pattern`` (searched) unless it is long enough to be real prose."""
    regex = re.compile(pattern, flags)

    def edit(line: str) -> LineEdit | None:
        if len(line.split()) <= max_words and regex.search(line):
            return "", line, {}
        return None

    return edit


# --------------------------------------------------------------------------- repairs


# What a broken HTML decoder leaves of "AT&amp;T": "AT&T;" (Multi-News has it in every
# such name: "AT&T;", "R&B;", "Q&A;"; "AT&T.;" at a sentence's end). No HTML entity is a
# capital letter's name.
_ENTITY_REMNANT = re.compile(r"(?<=[A-Z])&([A-Z][A-Za-z]{0,9}[.,!?]?);")


# A wire's two-character quotation marks written against their words, outside Treebank text
# (whose marks stand apart, spaced, and `treebank_tokens` reads them): a TODAY page's
# "It's not really a pushing environment,'' said Rosannah" read as a quote with no speaker.
# "''" after a digit is inches ("a 12'' pipe"), and stays.
_TWO_CHARACTER_QUOTE = re.compile(
    r"(?:^|(?<=[\s(\[]))(?:``|'')(?=\w)|(?<=[^\W\d_]|[,.!?;:])''(?=[\s,.;:!?)\]]|$)"
)


# Apostrophes a decoder dropped, leaving a contraction's or a possessive's ending alone after a
# space, as some of Timeline17's CNN and Reuters pages have them: "time is not on Gadhafi s
# side", "I don t imagine", "we re talking" (in evidence quotes a reader sees). A lone "s" is
# no English word but in a unit ("km s−1") or "s/he"; the other endings are only read after
# the words they contract with. A word ending in "s" takes no "'s" ("RMSF is s currently").
_LOST_APOSTROPHE = re.compile(
    r"\b(?P<word>[A-Za-z]{2,}|I) (?P<ending>s|t|re|ll|ve|m|d)(?=[\s,.;:!?)\]\"”]|$)"
)
_CONTRACTS_WITH = {
    "t": word_set(
        "don doesn didn isn aren wasn weren hasn haven hadn can won couldn wouldn shouldn "
        "mustn needn ain"
    ),
    "re": word_set("we you they who what"),
    "ll": word_set("i you we they he she it that there who"),
    "ve": word_set("i you we they could would should might must"),
    "m": word_set("i"),
    "d": word_set("i you we they he she"),
}


def _apostrophe_restored(match: re.Match[str]) -> str:
    word, ending = match["word"], match["ending"]
    if ending == "s":  # a possessive or "it's": any word but one ending in "s"
        return match.group() if word.endswith("s") else f"{word}'s"
    return f"{word}'{ending}" if word.lower() in _CONTRACTS_WITH[ending] else match.group()


def _fix_encoding(line: str) -> LineEdit | None:
    fixed = _ENTITY_REMNANT.sub(r"&\1", ftfy.fix_text(line, uncurl_quotes=False))
    fixed = _TWO_CHARACTER_QUOTE.sub('"', fixed)
    fixed = _LOST_APOSTROPHE.sub(_apostrophe_restored, fixed)
    return None if fixed == line else (fixed, "", {})


def _treebank_tokens(paragraphs: list[str]) -> Outcome:
    if not is_pretokenised(paragraphs):
        return Outcome(paragraphs)
    lines = rejoin_split_tickers("\n".join(paragraphs)).split("\n")
    return Outcome(detokenise_lines(lines))


# A stock ticker or exchange listing after a company's name: "BP Plc (BP.L)", "Cameron
# International Corp (CAM.N)", "Cathay Pacific (0293.HK)", "(NASDAQ:GMCR)", Reuters' older
# "(BP.L: Quote, Profile)", and without brackets on a main exchange's suffix, "Jimmy Choo
# CHOO.L".
_TICKER = re.compile(
    r"\s*\((?:(?:[A-Z]{1,6}[a-z]?|\d{3,6})\.[A-Z]{1,3}(?::[^()]*)?"
    r"|(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|OTC)\s*:\s*[A-Z]{1,6}(?:\.[A-Z]{1,3})?)\)"
    r"|(?<=[a-z])\s+[A-Z]{2,6}[a-z]?\.(?:N|O|L|PA|MI|DE|AS|TO|HK|T|AX|SI|KS|SS|SZ|MX)(?=\.?(?:[\s,;:]|$))"
)


def _stock_tickers(line: str) -> LineEdit | None:
    removed = " ".join(m.strip() for m in _TICKER.findall(line))
    return (_TICKER.sub("", line), removed, {}) if removed else None


# Zero-width characters and soft hyphens; bidirectional marks and overrides, which can make a
# quote display in another order than it reads in the source (English text needs none).
_INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_SPACES = re.compile(r"\s+")
# A space before a comma or a full stop: "Wayne Marotto , Spokesman", "companies with 100 or
# more employees . Workers must ..."; not before an ellipsis spaced out (". . .").
_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<=\w) (?=[,;](?:\s|$)|\.(?:\s(?!\.)|$))")


# Brackets a scrape emptied of their link or name: "has been the black leopard ()."
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")
# Paragraphs a scrape glued with no space: "LAPD officials said.Smith and Johnson were ...",
# "... his red shoes.\"Tavin was ...", "... when paralyzed).Patel", "... by his
# compassion.\"(Olivera) comes in", "... Department.(Aakash)", "... told him.\"I had" (glued
# so, five sentences between unbalanced quotation marks had made one); not an address
# ("Daniel.Miller@THR.com"), an initialism ("U.S.Army") or a web address ("www.CNN.com").
_GLUED_SENTENCES = re.compile(
    r"(?<=[a-z][a-z)][.!?])([\"”]?)(?=\(?[A-Z][a-z]|I['’\s])(?![\w.]{0,64}@)"
)


def _unglue(match: re.Match[str]) -> str:
    """A space after the full stop, and after a quotation mark that closes a quote (an odd
    number of straight marks up to it, or a closing curly one); before one that opens."""
    mark = match[1]
    if mark == '"' and match.string.count('"', 0, match.start()) % 2 == 0:
        return " " + mark
    return mark + " "


# A list's marker before a paragraph: "- Law enforcement officials announced Tuesday ..."
_LIST_MARKER = re.compile(r"^\s*-\s+(?=[A-Z0-9\"“‘'(])")


def _normalise_whitespace(line: str) -> LineEdit | None:
    tidy = _LIST_MARKER.sub("", _EMPTY_BRACKETS.sub("", _INVISIBLE.sub("", line)))
    tidy = _GLUED_SENTENCES.sub(_unglue, tidy)
    tidy = _SPACE_BEFORE_PUNCTUATION.sub("", _SPACES.sub(" ", tidy).strip())
    return None if tidy == line and tidy else (tidy, "", {})


# A Wikipedia page's markup: a section's "[ edit ]" link ("Scriptures [ edit ]") and the
# footnote numbers glued to the words they cite ("approximately 250,000.[2]",
# "scripture,[11][12]"). Not a bracket a space sets off ("option [1]").
_WIKI_MARKUP = re.compile(r"\s*\[\s?edit\s?\]$|(?<=[^\s\[])(?:\[(?:\d{1,3}|citation needed)\])+")


def _wiki_markup(line: str) -> LineEdit | None:
    marks = _WIKI_MARKUP.findall(line)
    return (_WIKI_MARKUP.sub("", line), " ".join(m.strip() for m in marks), {}) if marks else None


# --------------------------------------------------------------------------- headers and credits

_SOURCE_DATELINE = re.compile(
    r"^\d{4}/\d{2}/\d{2}\s*\|\s*\d{1,2}:\d{2}\s*[-–—]\s*Source:\s*(?P<source>.+)$"
)


def _source_dateline(line: str) -> LineEdit | None:
    match = _SOURCE_DATELINE.match(line)
    return ("", line, {"source": match["source"]}) if match else None


#: Photo agencies and wires as they appear in picture credits (a regex group); the summary's
#: sentence-level caption check (`newsfuse.summarize.quality`) uses it too.
AGENCY = (
    r"(?:Getty Images|AFP|AP|Reuters|EPA|Shutterstock|Bloomberg|Corbis|Redux|"
    r"The New York Times|Associated Press)"
)
_PICTURE_LABEL = r"(?:Photo|Image|Photograph|Picture)s?"
_SHORT_CREDIT = r"(?:[\w'’.-]+\s?){1,4}(?:/[\w'’.&-]+)?"
_CREDIT_LINE = re.compile(
    r"^(?:Image copyright|Image caption|Photo credit|Enlarge this image|toggle caption|"
    r"Photo|Image|Photograph|Picture|Source)\b\s*:?\s*(?:$|.*\b" + AGENCY + r"\b)"
    r"|^(?=[^.!?]*(?:\s\|\s|/|\svia\s))[^.!?]*\b" + AGENCY + r"\b[^.!?]*\.?$"
    # a label and a short credit, no agency in it: "Picture: Contributed", "Photo: John Smith",
    # an agency no list holds: "Photo: Bax Lindhardt/Scanpix", in brackets or lower case:
    # "(Credit: CNET)", "Image: google", "Image: screenshot/netflix"
    rf"|^(?:{_PICTURE_LABEL}\s*:\s*{_SHORT_CREDIT}"
    rf"|\((?:{_PICTURE_LABEL}|Credit)\s*:\s*{_SHORT_CREDIT}\))$"
    # a name alone in brackets on its line, no label: "(Sprayable Energy)" under its picture
    r"|^\((?:[A-Z][\w'’.&-]*\s?){1,4}\)$"
)
# ... or a line that opens as a picture's or a video's label, BBC's among them: "Media playback
# is unsupported on your device Media caption BBC Economics Editor Kamal Ahmed ...", NPR's
# with a credit no list holds: "toggle caption Pew Research Center/NPR"
_CREDIT_PREFIX = re.compile(
    r"^(?:Image copyright|Image caption|Enlarge this image|toggle caption|Media caption|"
    r"Media playback is unsupported on your device)\b"
)
# A credit's names: "Dr. Oliver J. T. O'Grady", "Image courtesy El Molto"
_CREDIT_WORD = r"(?:[A-Z][\w'’.,-]*|courtesy|of|via|and|for|/)"
_CREDIT_NAMES = rf"{_CREDIT_WORD}(?:\s{_CREDIT_WORD}){{0,8}}"
# A caption ending in its credit: "... (AP Photo/Reed Saxon)", "... Michael Nagle/Getty Images"
_CREDIT_TAIL = re.compile(
    r"(?:\(AP Photo[^()]*\)|\((?:Photo by|[^()]*/)[^()]*\b" + AGENCY + r"\b[^()]*\)"
    r"|\b(?:Photo|Photographer|Credit|Image)s?:?\s[^.]*\b" + AGENCY + r"\b[^.]*"
    r"|\bPhoto(?:graph)? by:?\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
    r"|\b[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*)*/" + AGENCY + r"(?:\s(?:via\s)?" + AGENCY + r")*"
    # Getty's and The Washington Post's, whatever the outlet: "(Photo by Melina Mara/The
    # Washington Post)"
    r"|\((?:Photo|Image)s? by [^()/]{3,60}/[^()]{2,60}\)"
    # a bare web address after the caption's sentence: "Tory MP Karen Vecchio says she will
    # oppose ... (parl.gc.ca)"
    r"|(?<=[.!?]\s)\((?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,6}\)"
    # a photographer and the outlet a wire list cannot hold: "(Katherine Frey/The Washington
    # Post)", "(Jabin Botsford/Getty Images for Vogue)"
    r"|\((?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’.-]*\s?/\s?(?:The\s)?[A-Z][\w'’.&-]*"
    r"(?:\s(?:[A-Z][\w'’.&-]*|for|of|via))*\)"
    # Gannett's (the USA Today network's), whatever the outlet: "... lacked the expertise to do
    # so. (Photo: Karen Bouffard / The Detroit News)Buy Photo", "Collin Rose (Photo: Wayne State
    # University)"
    r"|\(Photo:\s[^()]{1,80}\)(?:\s?Buy Photo)?"
    # a social network's or a stock library's: "... six stories below. (via Facebook)",
    # "... discusses with Tanya Rivero. Photo: iStock"
    r"|\(via (?:Facebook|Twitter|Instagram|YouTube|[A-Z][\w.]*\.com)\)"
    r"|\bPhoto:\s(?:iStock|Shutterstock|Getty|Thinkstock|Corbis)\b[^.]*"
    # Yahoo's cut AP caption: "... Pope Francis traveled Saturday to this hilltown south of
    # Rome to have lunch with his "brother" and predecessor... (Associated Press)"
    r"|(?:\.\.\.|…)\s?\((?:Associated Press|AP)\)"
    # a photographer and an agency no list holds after the caption's last sentence: "Police
    # scanning the submarine for clues. Photo: Johan Nilsson/TT"
    r"|(?<=[.!?]\s)Photo:\s(?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’.-]*\s?/\s?[A-Z][\w'’.&-]*"
    # Reuters' credit after the caption's last sentence, its photographer's or a handout's:
    # "... India, December 8, 2018. REUTERS/Amit Dave", "... Reliance Industries/Handout via
    # REUTERS", "... March 15, 2016. REUTERS/Arnd Wiegmann/File Photo"
    r"|(?<=[.!?]\s)(?:REUTERS/(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*(?:/File Photo)?"
    r"|(?:[A-Z][\w'’.&-]*\s){0,3}[A-Z][\w'’.&-]*/Handout via REUTERS)$"
    # a credit after the caption's last sentence, names only: "... underneath a parking lot.
    # Credit: Dr. Oliver J. T. O'Grady", "... short tails. Credit: Copyright Davide Bonadonna,
    # Milan, Italy", "Credit: Image courtesy El Molto" (not "Credit: Moody's said ...")
    r"|(?:^|(?<=[.!?][\"”’']\s)|(?<=[.!?]\s))Credit:\s" + _CREDIT_NAMES + r")\.?$"
)


# The button Gannett's pages and The Washington Post's galleries set on a caption: "Buy Photo
# Genesee County health official Jim Henry was among those calling for ...", "... Morry Gash/AP
# Buy Photo Wait 1 second to continue." (it had opened a brief as its title). Prose writes no
# "Buy Photo" in capitals.
_BUY_PHOTO = re.compile(r"\bBuy Photo\b")


def is_credit(line: str) -> bool:
    """A line that only credits a photo: ``"Ayman Henna | AFP | Getty Images"``."""
    return (len(line.split()) <= 12 and bool(_CREDIT_LINE.search(line))) or bool(
        _CREDIT_PREFIX.match(line)
    )


_CAPTION_START = re.compile(
    r"^(?:FILE\s*[-–—]\s*In this\b"
    r"|(?:A|An|This|The)\s+(?:\w+\s+){0,2}(?:picture|photo|photograph|image)\s+"
    r"(?:taken|released|provided)\b.*\bshows\b"
    r"|Here(?:'s|’s| is) a (?:photo|picture|photograph) of\b"
    # where the picture comes from: "Image from the Sprayable Energy campaign. If this is
    # relatable, consider an EKG."
    rf"|{_PICTURE_LABEL} (?:from|courtesy of)\b"
    # Getty's caption, place and day in capitals: "WASHINGTON, DC - JUNE 18: Former
    # Congresswoman Gabby Giffords throws out the first pitch ..."
    rf"|(?-i:[A-Z][A-Z.'’-]*(?:,?\s[A-Z][A-Z.'’-]*){{0,4}} - (?i:{STAMP_MONTH}) \d{{1,2}}:\s))",
    re.IGNORECASE,
)
# AP's caption dates its picture in full, weekday first, in the present tense: "U.S. Sen. John
# McCain, R-Ariz., speaks during a town hall, Tuesday, Feb. 19, 2013, in Sun Lakes, Ariz.";
# "In this Saturday, July 1, 2017, photo, people line up ..."; a video's blurb ends "(Published
# Friday, June 27, 2014)". A story's sentence names such a day in the past tense, if at all.
_WEEKDAY_DATE = rf"{STAMP_WEEKDAY},\s{STAMP_MONTH}\s\d{{1,2}},\s(?:19|20)\d\d\b"
_DATED_CAPTION = re.compile(rf"^(?P<before>.{{10,400}}?),?\s(?:on\s)?{_WEEKDAY_DATE}")
_IN_THIS_PHOTO = re.compile(rf"^In this (?:file )?(?:{_WEEKDAY_DATE},?\s)?(?:file )?photo\b", re.I)
_PUBLISHED_TAIL = re.compile(rf"\(Published {_WEEKDAY_DATE}\)$")
# A finite verb a story's sentence would use: a past (a participle, "drenched in oil", "snow
# covered cars", is a caption's too, so only a verb with its object: "oil covered the sea").
# Not "left": a caption places its people ("Sen. Bill Nelson, left, ...").
_PAST_NOT_POSITION = IRREGULAR_PAST - {"left"}
_PAST_TENSE = re.compile(
    rf"\b(?:says|was|were|had|has|have|{alternation(_PAST_NOT_POSITION)}"
    r"|[a-z]{2,}ed (?:the|a|an|his|her|its|their|up|off|out|down))\b"
)


def _dated_caption(line: str) -> bool:
    """An AP caption, or a video's blurb (see `_WEEKDAY_DATE`)."""
    if _IN_THIS_PHOTO.match(line) or _PUBLISHED_TAIL.search(line.rstrip()):
        return True
    caption = _DATED_CAPTION.match(line)
    return caption is not None and not _PAST_TENSE.search(caption["before"])


# No caption is longer; on a 20,000-character line `_CREDIT_TAIL` took seconds (quadratic).
_MAX_CAPTION_CHARS = 1_500
_CAPTION_GRAMMAR = re.compile(r"\b(?:is|are) (?:seen|pictured|shown)\b|\bshows\b|\bpictured\b")


# The day an AP caption dates its picture, weekday first ("... at the Capitol in Washington,
# Tuesday, Feb. 6, 2018. (AP Photo/J. Scott Applewhite)"), or a video's blurb its video ("...
# (Published Friday, June 27, 2014)"). The caption goes, but an undated page ran that day or
# soon after, so the day is lifted first into metadata['photo_date'] (`extract.dates` reads the
# page's weekdays from it). Not a file photo's ("FILE - In this Feb. 11, 2007, file photo") nor
# "In this Saturday, July 1, 2017, photo", AP's mark for a picture of another day than the
# story's (a Monday's story on pot sales).
_FILE_PHOTO = re.compile(r"\bfile\b", re.IGNORECASE)


def _photo_date(paragraphs: list[str]) -> Outcome:
    """The first dated caption's "Tuesday, Feb. 6, 2018", lifted; the text is left as it is."""
    for line in paragraphs:
        if (
            len(line) <= _MAX_CAPTION_CHARS
            and not _IN_THIS_PHOTO.match(line)
            and not _FILE_PHOTO.search(line)
            and _dated_caption(line)
            and (date := re.search(_WEEKDAY_DATE, line))
        ):
            return Outcome(paragraphs, lifted={"photo_date": date.group()})
    return Outcome(paragraphs)


# The Guardian's picture credit, which a scrape glues to the story's next words:
# "Photograph: Larry Downing/Reuters BP is to hive off ...", "Photograph: AP A Scottish ...",
# "Photograph: Carl de Souza/AFP/Getty Images Two new cases ...". Its caption is the line
# above it. The credit is agencies and photographers' names joined by "/", with at least one
# agency; a photographer's name ending it is taken as two words.
_PHOTO_AGENCY = (
    r"(?:AP|AFP|PA|EPA|Reuters|REUTERS|Getty Images|Rex Features|Rex|Corbis|Zuma|KPA|Bloomberg"
    r"|Sipa|Alamy|Xinhua|ANSA|Action Images|Allsport|Guardian|Observer)"
)
_PHOTO_NAME = r"[A-Z][\w.'’-]*(?:\s(?:[A-Z][\w.'’-]*|de|da|van|von|del|la|le|for|of|and)){0,4}"
_PHOTOGRAPH_CREDIT = re.compile(
    rf"^Photograph\s?:\s?(?:(?:{_PHOTO_NAME}/)*{_PHOTO_AGENCY}"
    rf"(?:/{_PHOTO_AGENCY})*(?:/[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?)(?=\s|$)\s*"
)
# The agency's copyright glued before the story's words: "(AP) AP2010 Executives from ...".
_AGENCY_COPYRIGHT = re.compile(r"^(?:\(AP\)\s*)?(?:©\s*)?AP\s?(?:19|20)\d\d\s+(?=[A-Z])")


# A caption and its photographer's credit after a bar, glued before the story's headline:
# "Senate Minority Leader Chuck Schumer and ... walk to the Senate floor Wednesday. | John
# Shinkle/POLITICO Congressional leaders reach budget deal ..." (it opened a Multi-News summary).
_CAPTION_THEN_CREDIT = re.compile(
    r"^[^|]{10,400}?[.!?]\s\|\s(?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’.-]*\s?/\s?"
    rf"(?:{AGENCY}(?:\sPhoto)?|[A-Z][A-Z.&]+)\s+(?=[A-Z])"
)


# A picture's agency credit a scrape glued before the story's words, as Fox News's pages have
# them: "AP Anadarko Petroleum Corp., which owns ...", "AP Photo/Dave Martin The largest ...",
# "Reuters Rep. Joe Barton's apology ..." (not "AP reported ...", nor the EPA's "EPA
# Administrator ...").
_AGENCY_BEFORE = re.compile(
    r"^(?:AP|AFP|Reuters|REUTERS)(?: Photo(?:/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?)? (?=[A-Z])"
)


def _photo_credit(line: str) -> LineEdit | None:
    """A credit line dropped, or The Guardian's credit (or an agency's) cut from the start of
    the story's words."""
    match = (
        _PHOTOGRAPH_CREDIT.match(line)
        or _AGENCY_COPYRIGHT.match(line)
        or _AGENCY_BEFORE.match(line)
        or _CAPTION_THEN_CREDIT.match(line)
    )
    if match and line[match.end() :]:
        return line[match.end() :], match.group().strip(), {}
    return ("", line, {}) if is_credit(line) else None


# A photo gallery scraped as one paragraph, each caption closed by its counter: CNN's "Photos:
# The search for MH370 ... Hide Caption 1 of 43 Photos: ... Hide Caption 43 of 43" (9,700
# characters, too long for a caption rule; its captions' dates and "239 people on board" read
# as the story's). The counter is page furniture no prose writes, so the paragraph goes however
# long it runs.
_GALLERY_COUNTER = re.compile(r"\bHide Caption \d+ of \d+\b")


def _photo_gallery(line: str) -> LineEdit | None:
    return ("", line, {}) if _GALLERY_COUNTER.search(line) else None


def _is_agency_photo_credit(line: str) -> bool:
    """A line opening with an agency's picture credit glued to the story, as Fox News's pages
    have it ("AP Photo/Dave Martin As much as 1 million times ..."): the line above it is the
    picture's caption ("Oil that leaked ... swirls through the currents in the Gulf of
    Mexico.", which had opened a summary and made the event an explosion)."""
    credit = _AGENCY_BEFORE.match(line)
    return credit is not None and " Photo" in credit.group()


# Reuters' caption ends on the picture's place and its full date, with no weekday and often no
# comma: "A woman kneels with her children in front of bells which were being rung outside of
# St. Rose of Lima Church ... in Newtown, Connecticut December 14, 2014." (it dated a brief's
# shooting two years late), "... in this evidence photo released by the Connecticut State
# Police, December 27, 2013.". A story's sentence may end so too ("The trial opens in Hartford
# January 5, 2015."), so only one standing above the story's dateline, where the pictures
# are, counts.
_PLACE_AND_DATE_END = re.compile(
    rf"\b[A-Z][\w.'’-]*,?\s{STAMP_MONTH}\s\d{{1,2}},\s(?:19|20)\d\d\.$"
)
_DATELINE_LINES = 8  # the top lines a dateline is looked for in


def _wire_captions(paragraphs: list[str]) -> set[int]:
    """The lines above the story's dateline that end on a place and a full date; a line that
    only has a dateline's shape counts ("DUBAI A Bahraini court ...", under a caption of
    Budaiya, west of Manama: the line does not name Dubai again)."""
    top = paragraphs[:_DATELINE_LINES]
    opens = (i for i, line in enumerate(top) if _dateline(line) or _UNDASHED_DATELINE.match(line))
    start = next(opens, 0)
    return {i for i in range(start) if _PLACE_AND_DATE_END.search(paragraphs[i])}


# The Guardian's first picture stands over the story: its "Photograph: ..." credit, glued to
# the story's first words, on one of the page's top lines has only the page's headline,
# standfirst and the picture's caption above it, which Timeline17 cuts over lines: "Protesters
# yesterday outside a BP station in Florida." / "The company, and its chief executive Tony
# Hayward, have been much criticised over its response to the spill." / "Photograph: Dave
# Martin/AP The oil spill ..." (the caption's first sentence had opened a source).
_TOP_PICTURE_LINES = 3


def _above_top_picture(paragraphs: list[str]) -> int:
    """How many lines stand above a Guardian picture credit on the page's top lines."""
    top = paragraphs[:_TOP_PICTURE_LINES]
    return next((i for i, line in enumerate(top) if _PHOTOGRAPH_CREDIT.match(line)), 0)


# CNN's pages glue a picture's caption to the byline, in a picture's present tense and ending on
# the day it was taken: "February 04, 2011 | By Michael Martinez, CNN An Egyptian army soldier
# tries to keep order during clashes between pro and anti government demonstrators Thursday."
# (it opened a summary and dated a timeline entry), "... toward a target on Libya's coast on
# Saturday.". A story's first sentence tells its day in the past tense ("President Obama
# condemned the attacks ... Friday"), a preview's with a plan ("The trial opens Monday.").
_PICTURE_DAY_END = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,\s[A-Z][a-z]+\.?\s\d{1,2})?\.$"
)
_PLANNED = re.compile(
    r"\b(?:will|would|could|should|may|might|set|due|expected|scheduled|plans?|begins?"
    r"|starts?|opens?|ends?|closes?)\b"
)


def _caption_of_a_day(line: str) -> bool:
    """One sentence telling, in the present tense, what a picture of a named day shows."""
    return bool(
        _PICTURE_DAY_END.search(line)
        and not re.search(r"[.!?][\"”’']?\s+[A-Z]", line)
        and not _PAST_TENSE.search(line)
        and not _PLANNED.search(line)
    )


def _caption_after_byline(line: str) -> tuple[str, str] | None:
    """A caption (`_caption_of_a_day`) glued after a byline: (the byline, left for the byline
    rule; the caption), else None."""
    glued = _GLUED_BYLINE.match(line)
    if glued and _caption_of_a_day(caption := line[glued.end() :]):
        return glued.group().strip(), caption
    return None


def _photo_caption(paragraphs: list[str]) -> Outcome:
    """Captions: AFP/AP caption openings, Reuters' above the dateline, captions ending in a
    credit or carrying a "Buy Photo" button, caption-grammar lines sitting right above a
    credit or a byline (where the photo was in the page) or a picture's day glued after a
    byline, any line above The Guardian's "Photograph: ..." credit or an agency's "AP
    Photo/..." one, and all the lines above The Guardian's credit on the page's top lines."""
    kept: list[str] = []
    removed: list[str] = []
    wire_captions = _wire_captions(paragraphs)
    page_top_lines = _above_top_picture(paragraphs)
    for i, line in enumerate(paragraphs):
        after = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        above_credit = is_credit(after) or is_byline(after)
        if after_byline := _caption_after_byline(line):
            byline, caption = after_byline
            kept.append(byline)
            removed.append(caption)
        elif (
            len(line) <= _MAX_CAPTION_CHARS
            and not is_credit(line)
            and (
                i in wire_captions
                or i < page_top_lines
                or _CAPTION_START.match(line)
                or _dated_caption(line)
                or _CREDIT_TAIL.search(line)
                or _BUY_PHOTO.search(line)
                or (above_credit and _CAPTION_GRAMMAR.search(line))
                or _PHOTOGRAPH_CREDIT.match(after)
                or _is_agency_photo_credit(after)
            )
        ):
            removed.append(line)
        else:
            kept.append(line)
    return Outcome(kept, removed)


_NAME = r"[A-Z][\w'’.-]*"
_NAME_RUN = rf"{_NAME}(?:\s+(?:{_NAME}|and|&|de|da|del|der|van|von|al|bin|la|le))*"
# A byline, its date before it as CNN's pages have it: "February 04, 2011 | By Michael Martinez,
# CNN"
_BYLINE_DATE = r"[A-Z][a-z]+\.? \d{1,2}, \d{4}"
_BYLINE = re.compile(
    rf"^(?:{_BYLINE_DATE}\s*\|\s*)?By\s+(?P<names>{_NAME_RUN}(?:,\s+{_NAME_RUN})*?)"
    r"(?:,\s+[^.]{1,80})?$"
)
_NOT_A_NAME = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|The|This|Then|Now)\b"
)


def is_byline(line: str) -> bool:
    """``"By Ahmed Rasheed and Suleiman Al-Khalidi"`` but not ``"By Wednesday afternoon, ..."``."""
    match = _BYLINE.match(line)
    return bool(match) and len(line.split()) <= 16 and not _NOT_A_NAME.match(match["names"])


# A byline glued to the words after it, as CNN's pages have it: a contributor's "By Julian E.
# Zelizer, Special to CNN An anti-government protester chants ...", "By Bruce Feiler, Special
# to CNN | March 29, 2010 This Saturday, ...", or the date first: "March 31, 2011 | By Fawaz A.
# Gerges, Special to CNN Almost two weeks of ..." (its date had dated the column's first
# sentence); or a staff one, the outlet's initials alone: "February 04, 2011 | By Michael
# Martinez, CNN An Egyptian army soldier ..." (it had opened the summary and the timeline).
# Not "CNN's Senior State Department Producer", whose title has no end to find, nor "By Jamie
# Robertson Presenter, BBC World News With its chief executive ...", whose outlet runs on.
_OUTLET_GOES_ON = r"(?:News|World|International|Radio|Television|TV|Online|Sport|Sports|Business)"
_BYLINE_OUTLET = (
    rf"(?:Special to [A-Z][\w.]*|[A-Z]{{2,5}}(?=\s+[A-Z\"“])(?!\s+{_OUTLET_GOES_ON}\b))"
)
_GLUED_BYLINE = re.compile(
    rf"^(?:{_BYLINE_DATE}\s*\|\s*)?By\s+(?P<names>{_NAME_RUN})\s*(?:,|--?|[—–])\s*"
    rf"{_BYLINE_OUTLET}(?:\s*\|\s*{_BYLINE_DATE})?\s+(?=\S)"
)


def _byline(line: str) -> LineEdit | None:
    # A whole line first: "By Dominic Casciani, BBC Home Affairs correspondent" is no glued one.
    if is_byline(line):
        match = _BYLINE.match(line)
        assert match is not None
        return "", line, {"byline": match["names"]}
    glued = _GLUED_BYLINE.match(line)
    if glued and not _NOT_A_NAME.match(glued["names"]):
        return line[glued.end() :], glued.group().strip(), {"byline": glued["names"]}
    return None


_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’/ -]{1,40}?(?:,\s+[A-Z][\w.' ]{1,20}?){0,2})?\s*"
    r"(?:\((?P<agency>[A-Z][\w. ]{0,20})\)\s*)?"
    r"(?:(?P<dash>[—–]|--)\s*|(?P<hyphen>-)\s+)(?=[^\s—–-])"  # "WASHINGTON—The ..." too
)
# CNN glues its dateline to the first word, with no dash: "Washington (CNN)The Supreme Court";
# or it writes the city in title case: "Tripoli, Libya (CNN) -- Rebels said".
_GLUED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’ ,-]{1,40}?)?\s*\((?P<agency>CNN(?: [A-Z]\w+)?)\)\s*"
    r"(?:(?:--|[—–])\s*)?(?=[A-Z\"“‘'])"
)


# A dateline on a line of its own, set off by a separator: "PHILADELPHIA |", "NEW YORK —".
# (At most three words, one separator: not "ALSO FOR YOUR RADAR -", "ORIGINAL POST-----".)
_DATELINE_ALONE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’]{1,20}(?:-[A-Z]{1,20})?(?: [A-Z][A-Z.'’]{1,20}(?:-[A-Z]{1,20})?)"
    r"{0,2}(?:, [A-Z][\w.']{1,10})?) ?[|—–-]$"
)


_DATELINE_ALONE_CHARS = 60


# A wire's dateline whose "(Reuters) -" a data set cut (Multi-News): the place in capitals,
# then its state abbreviated ("NEWTOWN, Conn. Parents of almost half the young children killed
# ...": no sentence opens so), or an article opening the story, where the line names the place
# again ("PARIS An Algerian man suspected of ... has been arrested in Paris"; USA Today's video
# label "CLOSE The Dow Jones industrial average plunged ..." is no place).
_UNDASHED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){0,2})"
    r"(?:(?P<region>, (?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.) (?=[A-Z][a-z])| (?=(?:The|A|An) [A-Z]))"
)
# The Detroit News writes its dateline's city in title case, before a spaced dash: "Flint —
# Sixteen months after it was identified as a likely source of a deadly Legionnaires’
# outbreak, Flint’s water supply ...". A sentence may open on a place and a dash of its own
# ("Syria — a country at war since 2011 — is ..."), so only a dash before a capital, none
# after it on the line, and a place the line names again.
_TITLE_CASE_DATELINE = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:—|--) (?=[A-Z])")


def _names_a_place(dateline: re.Match[str], line: str) -> bool:
    if dateline.groupdict().get("region"):
        return True
    dashed_again = re.search(r"—|--", line[dateline.end() :])
    return not dashed_again and _reads_as_a_place(dateline["place"], line)


def _undashed_dateline(line: str) -> LineEdit | None:
    match = _UNDASHED_DATELINE.match(line) or _TITLE_CASE_DATELINE.match(line)
    if match is None or not _names_a_place(match, line):
        return None
    dateline = match.group().strip()
    return line[match.end() :], dateline, _lifted(dateline.rstrip(" —-"), None)


def _dateline(line: str) -> LineEdit | None:
    if len(line) <= _DATELINE_ALONE_CHARS and (alone := _DATELINE_ALONE.match(line)):
        return "", line, _lifted(alone["place"].strip(), None)
    if undashed := _undashed_dateline(line):
        return undashed
    match = _DATELINE.match(line)
    if match is None and (match := _GLUED_DATELINE.match(line)) is not None:
        place = (match["place"] or "").strip()
        return line[match.end() :], match.group().strip(), _lifted(place, match["agency"])
    if not match:
        return None
    if not (match["place"] or match["agency"]):
        return _bare_dash(line, match)
    place = (match["place"] or "").strip()
    if place and not re.search(r"[A-Z]{3,}", place.split(",")[0]):
        return None
    if match["hyphen"] and not match["agency"] and not _reads_as_a_place(place, line):
        return None  # "VFX - $ 10,000 goes to ...", "ACA - Skepticism ..." are no datelines
    return line[match.end() :], match.group().strip(), _lifted(place, match["agency"])


# What a data set left of a dateline it took the place from, before the story's first sentence:
# "— The girls walk up and down the bar-lined street in Ho Chi Minh City ..." (Multi-News; the
# sentence had read as a fragment). A quote's or a tweet's signature ("— Abraham Lincoln",
# "— Name (@handle) June 20, 2017") is no sentence, and keeps its dash.
_MIN_SENTENCE_WORDS = 6


def _bare_dash(line: str, dash: re.Match[str]) -> LineEdit | None:
    rest = line[dash.end() :]
    if dash["hyphen"] or len(rest.split()) < _MIN_SENTENCE_WORDS or not ends_sentence(rest):
        return None
    return (rest, dash.group().strip(), {}) if rest[:1].isupper() else None


def _reads_as_a_place(place: str, line: str) -> bool:
    """Whether a dateline set off by a mere hyphen names a place: a city with its state or
    country ("ALLENTOWN, Pa. -") or one the story goes on to name ("DETROIT - ... in Detroit");
    a newsletter's "INDUSTRY REACTS - " or "ACA - " does neither."""
    city, _, region = place.partition(",")
    named = re.search(rf"\b{re.escape(city.strip().title())}\b", line[len(place) :])
    return bool(region.strip()) or named is not None


def _lifted(place: str, agency: str | None) -> dict[str, str]:
    return {k: v for k, v in (("dateline", place), ("agency", agency)) if v}


# A newspaper's lead-in in capitals, the body's first words before its first word in lower
# case: "A CAR park in a Highland town has been confirmed ..." (it made "CAR" an organisation).
_CAPITALS_LEAD = re.compile(r"^(?:[A-Z][A-Z'’-]*\s){0,4}[A-Z][A-Z'’-]*(?=\s[a-z])")
_BODY_START_LINES = 3  # a headline or two may stand above the body


def _capitals_lead_in(paragraphs: list[str]) -> Outcome:
    """The lead-in's words in the case the story writes them elsewhere (`_as_written`), so
    that "A CAR park" reads "A car park" and "A BP spokesman" stays."""
    top = paragraphs[:_BODY_START_LINES]
    body = next((i for i, line in enumerate(top) if not is_heading(line)), None)
    lead = _CAPITALS_LEAD.match(paragraphs[body]) if body is not None else None
    if body is None or lead is None:
        return Outcome(paragraphs)
    elsewhere = "\n".join(
        [*paragraphs[:body], paragraphs[body][lead.end() :], *paragraphs[body + 1 :]]
    )
    words = lead.group().split()
    cased = [_as_written(word, elsewhere, first=not i) for i, word in enumerate(words)]
    if cased == words:
        return Outcome(paragraphs)
    line = " ".join(cased) + paragraphs[body][lead.end() :]
    return Outcome([*paragraphs[:body], line, *paragraphs[body + 1 :]])


def _as_written(word: str, text: str, first: bool) -> str:
    """``word`` (in capitals) as ``text`` writes it elsewhere: in capitals (an acronym), else in
    lower case, else capitalised (a name: "THE OBAMA administration"); as it is when the text
    has it in none. The lead-in's first word opens a sentence ("THE", "AN"); a word of two
    letters changes only there ("US" stays, though "told us" writes it in lower case)."""
    if _writes(word, text):
        return word
    if first and word.title() in SENTENCE_STARTERS:
        return word.title()
    if len(word) > 2:
        for form in (word.lower(), word.title()):
            if _writes(form, text):
                return form.title() if first else form
    return word


def _writes(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text) is not None


_INPUTS_FROM = re.compile(
    r"^\(?\s*(?:With (?:inputs?|reporting) from|Inputs from)\s+(?P<agency>[^)]+?)\s*\)?\.?$",
    re.IGNORECASE,
)


def _agency_credit(line: str) -> LineEdit | None:
    match = _INPUTS_FROM.match(line)
    return ("", line, {"agency": match["agency"]}) if match else None


_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE_OR_PHONE = rf"(?:{_EMAIL}|@\w+|twitter\.com|\d{{3}}[-.]\d{{3}}[-.]\d{{4}})"


# ... also a link or button named below: "To listen to the full interview with Kurtzer, click
# the audio link below:".
_CLICK = re.compile(
    r"\bclick (?:here|below|(?:on )?the [\w ]{0,20}?(?:link|button|icon|player) below)\b"
    # ... or a link's label that says so: "See PDF with full results, charts and tables here."
    r"|(?:^|(?<=[.!?]\s))(?:see|read|view|download)\b[^.!?]{0,80}\bhere[.!]?$",
    re.IGNORECASE,
)


def _clicks(line: str) -> LineEdit | None:
    """Drop "click here" (or "below") sentences and parentheticals, keep the rest of the line."""
    if not _CLICK.search(line):
        return None
    asides = re.compile(r"\s*\((?:click here|watch)[^)]*\)", re.IGNORECASE)
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“(])", asides.sub("", line))
    kept = [s for s in sentences if not _CLICK.search(s)]
    gone = [a.strip() for a in asides.findall(line)]
    gone += [s for s in sentences if _CLICK.search(s)]
    return " ".join(kept), " ".join(gone), {}  # not line.replace(kept, ""): kept may recur


_AD_PREFIX = re.compile(
    r"^(?:Photo\s+)?(?:Advertisement\s*)?(?:Continue reading the main story|"
    r"Story continued below|Story continues below(?: advertisement)?)\s*",
    re.IGNORECASE,
)


# A politics site's hover card, scraped inline after a linked name: the full name again, its
# surname glued to the first of the person's related headlines, and "MORE" ("Donald Trump
# Donald John TrumpTrump Jr. getting 0k to speak at UNT ... MORE panned ..."). The glued
# surname (the link's own) and the closing "MORE" together tell it from prose.
_HOVER_CARD = re.compile(
    r"(?<![\w'’.-])(?P<link>(?:[A-Z][\w'’.-]{0,30}[ \t]+){0,3}"
    r"(?P<surname>[A-Z][\w'’-]{0,30}[a-z][\w'’-]{0,30}))"
    r"(?P<card>[ \t]+(?:[(\"“]?[A-Z][\w'’.)\"”-]{0,30}[ \t]+){0,3}(?P=surname)(?=[A-Z])"
    r".{0,400}?[ \t]MORE)"
    r"(?![\w:])"
)


def _hover_card(line: str) -> LineEdit | None:
    if "MORE" not in line:
        return None
    gone: list[str] = []

    def keep_the_link(match: re.Match[str]) -> str:
        gone.append(match["card"].strip())
        return match["link"]

    kept = _HOVER_CARD.sub(keep_the_link, line)
    return (kept, " ".join(gone), {}) if gone else None


def _advertisement(line: str) -> LineEdit | None:
    if re.fullmatch(r"(?:Photo\s+)?Advertisement", line, re.IGNORECASE):
        return "", line, {}
    match = _AD_PREFIX.match(line)
    return (line[match.end() :], match.group().strip(), {}) if match else None


_SHARE_WORDS = word_set(
    "share shares sharing tweet pin email print facebook twitter pinterest linkedin whatsapp "
    "reddit copy link comments comment on this article story play save via"
)


def _is_share_bar(line: str) -> bool:
    words = [w.strip(":|•,").lower() for w in line.split()]
    return (
        0 < len(words) <= 10
        and any(w in _SHARE_WORDS for w in words)
        and all(w in _SHARE_WORDS or re.fullmatch(r"[\d.,]+k?", w) for w in words)
    )


# The Guardian's share bar over a picture or a video, glued to its caption: "Facebook Twitter
# Pinterest UBC researchers test effects of THC on rats", "Facebook Twitter Pinterest
# Photograph: Kevin Winter/Getty Images". Three share words open it; a caption is short.
_MEDIA_SHARE_WORDS = 3
_CAPTION_WORDS = 30


def _is_media_share_bar(line: str) -> bool:
    words = line.split()
    opening = next(
        (i for i, word in enumerate(words) if word.strip(":|•,").lower() not in _SHARE_WORDS),
        len(words),
    )
    return opening >= _MEDIA_SHARE_WORDS and len(words) - opening <= _CAPTION_WORDS


# An outlet's invitation to follow it or share the story: "Follow us ...", "Join us on
# Facebook Like us and you'll find top breaking news in your Facebook newsfeed.", "Like us at
# facebook.com/foxnewslatino", "Read or Share this story: http://usat.ly/...".
_FOLLOW_US = re.compile(
    r"(?i)^(?:follow us\b|(?:join|like) us (?:on|at):? (?:https?://)?(?:www\.)?"
    r"(?:facebook|twitter|instagram)\b"
    # a video page's link to its channel: "See more http://www.collegehumor.com"
    r"|see more:? https?://\S+$"
    r"|read or share this story:"
    # the e-mail-a-friend widget: "Message: * A friend wanted you to see this item from
    # WRAL.com: http://wr.al/13gnP"
    r"|(?:message:\W*)?a friend wanted you to see this\b)"
)


def _share_buttons(line: str) -> LineEdit | None:
    if _is_share_bar(line) or _is_media_share_bar(line) or _FOLLOW_US.match(line):
        return "", line, {}
    return None


_CRAWL_DESCRIPTION = re.compile(
    r"^(?:web wide crawl with initial seedlist|this crawl was run at a level"
    r"|these crawls are part of an effort to archive pages"
    r"|this is a set of web collections curated by|crawl of outlinks from)",
    re.IGNORECASE,
)


# The end of a programme's listing ("... BBC One, Monday, 21 June at 2030 BST Then available in
# the UK via the link below") and invitations to watch or follow elsewhere.
_PROMO_END = re.compile(r"^.{0,200}?\bvia the link below\b[\s.:]*", re.IGNORECASE)
_PROMO = re.compile(
    r"^(?:you can (?:follow|watch|listen to|see)\b.*\b(?:website|online|live|radio|channel)\b"
    r"|tune in to\b|follow (?:live updates|the latest|our live coverage)\b"
    r"|this is a rush transcript\b|.{0,120}\bthis is a rush transcript from\b"
    # CNN's header, the show's segments and air time before it: "Protesters Call for "March
    # of Million"; Interview with ... Aired January 31, 2011 - 23:00 ET THIS IS A RUSH TRANSCRIPT."
    r"|.*\bthis is a rush transcript\W*$"
    r"|npr transcripts are created\b|.{0,200}\b(?:this|the) (?:text|copy) may not be in its final"
    r"|explore (?:all )?(?:of )?our\b.{0,80}\b(?:graphics|coverage|photos|videos)\b)",
    re.IGNORECASE,
)
# An invitation glued before the story's words: "Follow live updates here BP revealed ...".
_FOLLOW_HERE = re.compile(
    r"^follow (?:live updates|the latest|our live coverage) here\s+(?=[A-Z])", re.I
)


def _broadcast_promo(line: str) -> LineEdit | None:
    if (end := _PROMO_END.match(line) or _FOLLOW_HERE.match(line)) is not None:
        return line[end.end() :], end.group().strip(), {}
    if len(line.split()) <= 60 and _PROMO.match(line):
        return "", line, {}
    return None


# A link to another story in brackets after a paragraph's last sentence, as LiveScience sets
# them: '... "the field of the assembly." [Fierce Fighters: 7 Secrets of Viking Culture]'.
_TRAILING_LINK = re.compile(
    r"(?<=[.!?\"”’'])\s+(?:\[[A-Z][^\[\]]{2,100}\]"
    # ... or labels a scrape left of links it lost: "... thank you for your support.Video:Link
    # to Articles:"
    r"|(?:(?:Video|Photos?|Links? to [A-Z]\w*)\s?:\s?)+)$"
)


def _trailing_link(line: str) -> LineEdit | None:
    link = _TRAILING_LINK.search(line)
    return (line[: link.start()], link.group().strip(), {}) if link else None


# Where the reporters were, under the story: "Nicole Winfield reported from Vatican City.",
# "CNN's Ivan Watson reported from the Libya-Tunisia border and Moni Basu reported from
# Atlanta."
_REPORTER_PLACE = (
    r"(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*\sreported from\s(?:the\s)?"
    r"[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|and|of|border|area|region))*"
)
_REPORTED_FROM = drop_matching(
    rf"^{_REPORTER_PLACE}(?:,?\s(?:and|while)\s{_REPORTER_PLACE})*\.$", max_words=40, flags=0
)
_STAFF_CREDIT = drop_matching(
    r"\bcontributed (?:reporting )?(?:to|for) this (?:report|story|article)|^contributing:"
)
# A wire's credits, however many reporters they name and whatever the page glued after them
# ("(Reporting by Mohammed Abbas, Christian Lowe ... in Tripoli, ...; Editing by Mark
# Heinrich) An ultra-low latency infrastructure for electronic trading ...").
# ... also one that names its editors only, in brackets ("(Editing by Vicki Allen and Laura
# MacInnis) We welcome comments that advance the story ...").
_WIRE_CREDITS = drop_matching(
    r"^\(?(?:additional )?reporting by\b[^()]*?\bediting by\b|^\((?:editing|writing) by\b[^()]*\)",
    max_words=200,
)
# A wire's bracketed credit that Timeline17's sentence splitter cut over lines: "(Reporting by
# Chris Baltimore." / "Additional reporting by Tom Bergin in London, ..." / "Editing by Robert
# MacMillan) We welcome comments that advance the story ...".
_CREDIT_OPENS = re.compile(r"^\((?:additional )?(?:reporting|writing) by\b[^()]*$", re.IGNORECASE)
_CREDIT_CLOSES = re.compile(r"^[^()]*\b(?:editing|writing) by\b[^()]*\)", re.IGNORECASE)
_CREDIT_LINES = 4  # the credit's lines at most


def _rejoin_split_credit(paragraphs: list[str]) -> list[str]:
    """The lines of a credit cut over lines joined, for `_WIRE_CREDITS` to take as one."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        end = i + 1
        if _CREDIT_OPENS.match(paragraphs[i]):
            tail = paragraphs[i + 1 : i + _CREDIT_LINES]
            closes = next((k for k, line in enumerate(tail) if _CREDIT_CLOSES.match(line)), None)
            inside = tail[:closes] if closes is not None else []
            if closes is not None and not any(mark in line for line in inside for mark in "()"):
                end = i + closes + 2
        out.append(" ".join(paragraphs[i:end]))
        i = end
    return out


def _contributor_note(paragraphs: list[str]) -> Outcome:
    edit = first_of(_WIRE_CREDITS, _credit_after_the_story, _STAFF_CREDIT, _REPORTED_FROM)
    return per_line(edit)(_rejoin_split_credit(paragraphs))


# ... or the credit in brackets after the story's last words on its line, and what a scrape
# kept after it (Reuters' "(Reporting By Yasmine Saleh; Writing by Christian Lowe)", then its
# products' blurbs: "An ultra-low latency infrastructure for electronic trading ...").
_CREDIT_IN_BRACKETS = re.compile(
    r"\((?:additional )?reporting by\b[^()]*\b(?:editing|writing) by\b[^()]*\)", re.I
)
_MIN_STORY_WORDS = 6


def _credit_after_the_story(line: str) -> LineEdit | None:
    """Cut the bracketed credit and all after it; the line goes whole when no prose stands
    before the credit ("(ID: nLB679804) ($1 = 0.7336 euro) (Reporting by ...)", a table's
    lead-in ending on ":")."""
    credit = _CREDIT_IN_BRACKETS.search(line)
    return None if credit is None else _cut_from(line, credit.start())


def _cut_from(line: str, start: int) -> LineEdit:
    """The line up to ``start`` kept, the rest removed; all of it removed when what stands
    before ``start`` is no prose, only brackets or a lead-in ending on ":"."""
    before = line[:start].rstrip()
    prose = re.sub(r"\([^()]*\)", "", before).strip()
    if len(prose.split()) < _MIN_STORY_WORDS or prose.endswith(":"):
        before = ""
    return before, line[len(before) :].strip(), {}


# Reuters' blurb for its products under a story ("An ultra-low latency infrastructure for
# electronic trading and data distribution A connected approach to governance, ..."), also
# glued after the page's last words: "(Transcript) An ultra-low latency ...", "(Reporting by
# Niluksi Koswanage) An ultra-low latency ...".
_PRODUCTS_BLURB = re.compile(r"\bAn ultra-low latency infrastructure for electronic trading\b")


def _products_blurb(line: str) -> LineEdit | None:
    blurb = _PRODUCTS_BLURB.search(line)
    return None if blurb is None else _cut_from(line, blurb.start())


# Sign-in and registration widgets, a registration form's terms, a site's edition picker and
# its feedback buttons (CNN iReport's pages).
_ACCOUNT_PROMPT = re.compile(
    r"^(?:sign in using your\b|welcome back\. please sign in|why are we asking this\?"
    r"|already have an account\?|thank you for registering!"
    r"|we have sent a confirmation email to\b|we look forward to seeing you on\b"
    r"|enter your e-?mail address below\b|by clicking on \W*sign up\b"
    r"|(?:\(learn more\) )?for our international users, please be aware\b"
    r"|in addition to being subject to our privacy policy\b"
    r"|by registering for this service\b|please create a screen name\b"
    r"|this screen name will be associated\b|it can ?not be changed once you make\b"
    r"|select one with \d+-\d+ characters\b|you've selected the [\w.]+ edition\b"
    r"|would you like to make this your default edition\b"
    r"|what do you think of this story\?|select one of the options below\b"
    r"|your feedback will help tell\b"
    r"|if you'd like, you can explain your choice in the comments\b"
    r"|sign up be sure to fill in\b|choose an option below\b"
    r"|share your (?:images|photos|pictures|videos)\b"
    # a CAPTCHA's prompt: "You must enter the characters with black color that stand out from
    # the other characters" (it had been a source's title)
    r"|(?:you must |please )?(?:enter|type) the characters\b)",
    re.IGNORECASE,
)
_EDITION_BUTTONS = re.compile(r"^YES \| NO\s+")  # the edition picker's buttons before the story


def _account_prompt(line: str) -> LineEdit | None:
    if len(line.split()) <= 60 and _ACCOUNT_PROMPT.search(line):
        return "", line, {}
    if buttons := _EDITION_BUTTONS.match(line):
        return line[buttons.end() :], buttons.group().strip(), {}
    return None


# A label over a list of other stories' headlines or over a fact box: the LA Times' "ALSO:"
# ("Crowds flood Vatican City for dual papal canonization" / "U.S., allies to add sanctions
# against Russia over Ukraine" / ...), the Tampa Bay Times' "READ MORE", the BBC's "MH370 -
# Facts at a glance 8 March: Malaysia Airlines ... flight carrying 239 people disappears" over
# its dated items. The label alone went before, its list read as the story's sentences.
_LINKS_LABEL = r"(?:also|more|read more|see also|related(?: stories| articles| links| coverage)?)"
_LIST_LABEL = re.compile(
    rf"^(?:{_LINKS_LABEL}"
    r"|story highlights"
    # a video's credits, as YouTube's description lists them: "CAST" / "Sinbad" / "James -
    # Bradley Bundlie" / "CREW" / "Director - Ryan Anthony Martin & Royce Adkins" / ...
    r"|cast|crew|credits)\s*:?$"
    # ... an outlet's or a blog's own ("More from TIME on population:" over "What Condoms Have
    # to Do With Climate Change"; "More from Morning Mix:"), never a live blog's "More from
    # Terry Macalister: While BP chairman says ..." with the words on its line
    r"|^more from [\w.&'’ -]{1,50}:$"
    # ... a box's label glued to its first item, which ends no sentence (not CNN's "At a
    # glance: Nations facing unrest Saudi Arabia ... the protest, it said.")
    r"|^(?:[\w ]{1,30} [-–—] )?(?:facts )?at a glance\b(?!.*[.!?][\"”’']?$)",
    re.IGNORECASE,
)
# A list item is a headline: no sentence-final punctuation; the BBC's items run to 30 words.
_LIST_ITEM_WORDS = 40
# ... or, under a links label that closes the page, a few teasers of one short sentence each:
# "RELATED" / "John B. Judis on the real lesson of the health care victory." / "Michelle
# Cottle describes the Republican implosion." (The New Republic; both had stayed as the
# column's last words). Headlines among them, or more lines, are a list and the story's end.
_CLOSING_LINKS_LABEL = re.compile(rf"^{_LINKS_LABEL}\s*:?$", re.IGNORECASE)
_CLOSING_TEASERS = 4
_TEASER_WORDS = 20
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?][\"”’']?\s+[A-Z]")


def _teasers_close_page(label: str, items: list[str]) -> bool:
    """Whether ``items``, the page's last lines under ``label``, are its links' teasers."""
    return (
        bool(_CLOSING_LINKS_LABEL.match(label))
        and 0 < len(items) <= _CLOSING_TEASERS
        and all(
            len(item.split()) <= _TEASER_WORDS
            and ends_sentence(item)
            and not _SENTENCE_BREAK.search(item)
            for item in items
        )
    )


def _listed_links(paragraphs: list[str]) -> Outcome:
    """A list's label and the run of headline-like lines under it, or all the lines under it
    when they close the page and each is a short teaser."""
    kept: list[str] = []
    removed: list[str] = []
    in_list = closes_page = False
    for i, line in enumerate(paragraphs):
        if _LIST_LABEL.match(line):
            in_list = True
            closes_page = _teasers_close_page(line, paragraphs[i + 1 :])
        elif not (in_list and (closes_page or is_heading(line, _LIST_ITEM_WORDS))):
            in_list = False
        (removed if in_list else kept).append(line)
    return Outcome(kept, removed)


# A story's highlights listed under its lead or headline with no label, as a local TV site
# has them: "Body of missing 2-year-old boy found in wooded area near Lake Avenue, McMullen
# Road" / "Charisse Stinson, 21, charged with 1st degree murder" / "Investigation ongoing"
# (the first had made "Lake Avenue" the event's place). Three to six headline-like lines in a
# row from the page's second or third line, with the story after them; not a list that the
# line above introduces ("The candidates:").
_HIGHLIGHTS = range(3, 7)  # lines; a longer run is a list or a song's lyrics, and stays
_HIGHLIGHT_WORDS = 15


def _story_highlights(paragraphs: list[str]) -> Outcome:
    def headline_like(i: int) -> bool:
        return i < len(paragraphs) and is_heading(paragraphs[i], _HIGHLIGHT_WORDS)

    start = next((i for i in (1, 2) if headline_like(i)), None)
    if start is None or paragraphs[start - 1].endswith(":"):
        return Outcome(paragraphs)
    end = start
    while headline_like(end):
        end += 1
    if end - start not in _HIGHLIGHTS or end == len(paragraphs):
        return Outcome(paragraphs)
    return Outcome([*paragraphs[:start], *paragraphs[end:]], paragraphs[start:end])


# A site's list of its most read stories, as CNN puts one in a blog page: "The five most
# popular stories on CNN.com in the past 24 hours, according to NewsPulse: 'Dangerous storm' to
# rip through Midwest: Several major ..." over more teasers, each a headline, a colon and its
# standfirst ("Why Nicole Kidman kept baby Faith a secret: Actress Nicole Kidman says ...").
_POPULAR_LABEL = re.compile(
    r"^the (?:\w+ )?most (?:popular|read|viewed|shared|e-?mailed) (?:stories|articles)\b.{0,80}:",
    re.IGNORECASE,
)
_TEASER = re.compile(r"^[^.!?:]{5,120}: [\"“'‘]?[A-Z]")


def _popular_stories(paragraphs: list[str]) -> Outcome:
    """A most-read list's label and the run of teasers under it."""
    kept: list[str] = []
    removed: list[str] = []
    in_list = False
    for line in paragraphs:
        in_list = bool(_POPULAR_LABEL.match(line) or (in_list and _TEASER.match(line)))
        (removed if in_list else kept).append(line)
    return Outcome(kept, removed)


# A call for readers' pictures and stories, with the question that heads it: "Are you in
# Egypt? Send your story to CNN's iReport.", "Share your snow images with CNN iReport."; the
# outlet or its section is named (a plea in a story, "Share your food with the neighbours", is not).
_READERS_CALL = re.compile(
    r"^(?:send|share|submit|upload) (?:us )?your\b[^.!?]{0,60}\b(?:to|with|via) "
    r"(?-i:(?:CNN(?:'s|’s)? )?(?:via )?i?[A-Z][\w.]*(?:'s|’s)?(?: [A-Z][\w.]*)?)[.!]?$",
    re.IGNORECASE,
)


# ... or to play the outlet's quiz, with its button under it: "Do you have what it takes?" /
# "Test your knowledge of the Seven Kingdoms with Vanity Fair's Game of Unknowns." / "Make your
# predictions" (closing a page on a Game of Thrones record, Multi-News). A quiz or game is
# named, so a sentence about a test ("Test your smoke alarms, the fire service said.") stays.
_QUIZ_TEASER = re.compile(
    r"^(?:test|check|put) your (?:knowledge|smarts|wits|skills)\b[^.!?]{0,100}"
    r"\b(?:quiz|game|trivia)\b[^.!?]{0,40}[.!]?$"
    r"|^take (?:our|the) [^.!?]{0,40}\bquiz\b[^.!?]{0,60}[.!]?$",
    re.IGNORECASE,
)
_QUIZ_BUTTON = re.compile(
    r"^(?:make|take|play|start|begin|enter) (?:your|the|our|it|now)\b[\w ]{0,20}$", re.I
)


def _readers_call(paragraphs: list[str]) -> Outcome:
    """A call for readers' material or to play a quiz, the question to readers right above
    it, and a quiz's button right under it."""
    gone: set[int] = set()
    for i, line in enumerate(paragraphs):
        if _READERS_CALL.match(line) or _QUIZ_TEASER.match(line):
            gone.add(i)
            if i and READERS_QUESTION.match(paragraphs[i - 1]):
                gone.add(i - 1)
            after = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
            if _QUIZ_TEASER.match(line) and _QUIZ_BUTTON.match(after):
                gone.add(i + 1)
    return Outcome.without(paragraphs, gone)


# A blog's standing tagline over each post: its self-description, "Comic Riffs is a blog
# devoted to the comics fan." (it had become a brief's title and first summary sentence),
# and the invitation after it in the blog's voice, "Come in, sit down and put your feet up as
# we celebrate, contemplate, eviscerate and pontificate on cartoons." Not "This is a blog
# post" nor "It is a blog that ...": the tagline opens with the blog's name.
_BLOG_SELF_DESCRIPTION = re.compile(
    r"^(?!(?:This|That|It|There)\b)(?:[A-Z][\w'’.&-]*\s){1,4}is (?:a|an|the) "
    r"(?:[\w-]+\s){0,3}blog\b[^.!?]*[.!?]?$"
)
_BLOG_VOICE = re.compile(r"\b(?:we|us|our)\b", re.IGNORECASE)


def _blog_tagline(paragraphs: list[str]) -> Outcome:
    """A blog's self-description, and the line after it when it speaks in the blog's voice
    ("we") in the present, as an invitation does."""
    gone: set[int] = set()
    for i, line in enumerate(paragraphs):
        if (
            len(line.split()) <= 30
            and _BLOG_SELF_DESCRIPTION.match(line)
            and not _PAST_TENSE.search(line)  # "... is a blog that the senator wrote for."
        ):
            gone.add(i)
            after = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
            if _BLOG_VOICE.search(after) and not _PAST_TENSE.search(after):
                gone.add(i + 1)
    return Outcome.without(paragraphs, gone)


# A correction notice ("This story has been corrected to show Gomes lived in Raynham, not
# Rayham.": its misspelling read as a name), also behind a stray token a scrape left ("cents
# This article was amended on 18 June 2010.", a bullet mangled). Under the story, the short
# lines after it spell the correction out, as Timeline17 cuts The Guardian's over lines: "The
# original referred to New Orleans as Louisiana's capital." / "This has been corrected." (the
# original's error read as news).
_CORRECTION_NOTICE = re.compile(
    r"^(?:[a-z]+ |\W+ ?)?[Tt]his (?:story|article|report|post) (?:has been|was) "
    r"(?:corrected|amended)\b"
)
# An update notice, alone on its line: "This post has been updated.", "This story was edited
# at 5:48 p.m. to correct quote from Bentley's letter ...", "Update, November 11, 12:03 PT:
# adds Apple statement.", "Updated: We've added new reports to the article."; not a live
# blog's "UPDATE: The death toll has risen to 12.", which is news.
_UPDATE_NOTICE = re.compile(
    r"^(?:[a-z]+ |\W+ ?)?[Tt]his (?:story|article|report|post) (?:has been|was) "
    r"(?:updated|edited)\b"
    r"|^Update[ds]?\b.{0,40}?:\s?(?:adds|added|(?i:we(?:'|’)ve added|we have added)|"
    r"(?i:this) (?:story|article|report|post)\b)"
)
_NOTICE_WORDS_AT_MOST = 40
_NOTICE_TAIL_LINES = 3  # the lines that may spell a correction out under its notice


def _correction_notice(paragraphs: list[str]) -> Outcome:
    """Every correction or update notice, and the last correction's short lines to the end of
    the page."""
    short = [len(line.split()) <= _NOTICE_WORDS_AT_MOST for line in paragraphs]
    notices = [
        i for i, line in enumerate(paragraphs) if short[i] and _CORRECTION_NOTICE.match(line)
    ]
    updates = [i for i, line in enumerate(paragraphs) if short[i] and _UPDATE_NOTICE.match(line)]
    gone = set(notices + updates)
    last = notices[-1] if notices else 0
    if last and len(paragraphs) - last - 1 <= _NOTICE_TAIL_LINES and all(short[last:]):
        gone.update(range(last, len(paragraphs)))  # under the story, not over it
    return Outcome.without(paragraphs, gone)


# An editor's note over a story ("Editor's note: Nancy Grace's new show on HLN, ... is
# dedicated to finding 50 people in 50 days.") speaks for the page, not the report.
_EDITORS_NOTE = drop_matching(r"^editor(?:'|’)?s(?:'|’)? note\s*:", max_words=80)


# What an outlet says about its own reporting, products and corrections rather than the news:
# CNN's fixed verification notes in its Libya stories ("CNN could not confirm reports for many
# areas in Libya.", "CNN has interviewed numerous witnesses by phone."), on a line of their
# own, which repeated on every page had looked like a finding several sources supported; The
# Guardian's ebook promotion and its live widget, with the readers' posts glued after it
# ("Find out more and buy the ebook on Kindle from Amazon UK ...", "... Auto update every minute
# On | Off MatthewWells: Friend turns on TV ..."); a correction box ("The following correction
# was printed in the Observer's For the record column, Sunday 20 June 2010 We reported below
# that ..."). A sentence that says who else could not confirm a report ("Police could not
# confirm ...") is news, and stays: only a newsroom's name opens the note, and a line that goes
# on after a comma ("..., but officials said 12 died.") is left alone. Nor does a caveat on
# the claim before it go, which names that claim ("CNN could not independently confirm the
# report.", "... verify her story.", "... al-Obeidy's story."): it qualifies the claim, and
# without it the "18 journalists" it doubted read as established; the fixed note names none.
_NEWSROOM = (
    rf"(?:CNN|NPR|(?:the )?BBC(?: News)?|(?:NBC|ABC|CBS|Fox|Sky) News|Al Jazeera|{AGENCY}"
    r"|The (?:New York |Washington |Los Angeles )?(?:Times|Post)|The Guardian|The Observer)"
)
_PUBLISHER_NOTE = drop_matching(
    rf"^{_NEWSROOM} (?:could not|cannot|can not|can't|was unable to|has not been able to)"
    r"(?: independently)? (?:confirm|verify)\b"
    r"(?! (?:the|that|this|these|those|his|her|its|their|it|them)\b| [\w-]+ ?['’]s?\s)"
    r"[^.!?,;]*\.$"
    rf"|^{_NEWSROOM} has interviewed (?:\w+ )?witnesses by (?:tele)?phone\.$"
    r"|^find out more and buy the ebook\b|\bauto update every minute on \| off\b"
    r"|^the following correction was printed in the (?:guardian|observer)(?:'s|’s)? ",
    max_words=200,
)


# The Guardian's print footer, with whatever its page glued after it (a live blog's "Auto
# update every minute On | Off" and readers' posts).
_PRINT_FOOTER = drop_matching(
    r"^a version appeared (?:on p\d+ of the\b|in the (?:guardian|observer) on \d)", max_words=200
)


# The time a listed story was updated, as CNN stamps each item of a topic page: "updated: Thu
# Jun 16 2011 19:15:00".
_ITEM_STAMP = re.compile(
    r"\bupdated\s*:\s*(?:mon|tue|wed|thu|fri|sat|sun)\s+[a-z]{3}\s+\d{1,2}\s+\d{4}"
    r"\s+\d{1,2}:\d{2}",
    re.IGNORECASE,
)
# ... and as a blog's index page opens each post's teaser: "May 10, 2010 20:07 UTC With BP's
# spilled oil shimmering off the U.S. Gulf Coast, ..."
_POST_STAMP = re.compile(
    rf"{STAMP_MONTH}\s\d{{1,2}}\s?,\s?\d{{4}},?\s(?:at\s)?\d{{1,2}}:\d{{2}}\s?(?:UTC|GMT)\b"
)
# ... or, unstamped, as a section front ends each teaser with a link to its story: The
# Guardian's "Comment is free" front, "... monuments to an era of corporate wealth now gone
# Continue reading ... Paul Collier: Aid programs can go badly awry ..." (its columnists'
# unrelated teasers had made an H1N1 brief an election in the United States). Not the New
# York Times' "Continue reading the main story" between a story's own paragraphs.
_TEASER_LINK = re.compile(r"\bContinue reading\s?(?:\.\.\.|…)")
_INDEX_PAGE_STAMPS = 3  # a story page lists a teaser or two beside it; Timeline17's six
# topic pages list 9 to 36 stamped items, over two years of news, and its six Reuters blog
# index pages 3 or 4 posts over weeks


def _index_page(paragraphs: list[str]) -> Outcome:
    """Everything, when the page is a list of stamped stories (a topic page or a blog's index)
    or of teasers each linked to its story (a section front), not one story: its items'
    weekdays would resolve against one page date a year off (a Reuters blog post's "a new poll
    released on Monday", stamped May 10, was dated May 31, the index page's date), and each
    item's story is another."""
    stamps = sum(
        len(_ITEM_STAMP.findall(p)) + bool(_POST_STAMP.match(p)) + len(_TEASER_LINK.findall(p))
        for p in paragraphs
    )
    return Outcome([], list(paragraphs)) if stamps >= _INDEX_PAGE_STAMPS else Outcome(paragraphs)


def _web_archive_page(paragraphs: list[str]) -> Outcome:
    """Everything, when the first paragraph describes a web crawl (the archive's own page)."""
    if paragraphs and _CRAWL_DESCRIPTION.search(paragraphs[0]):
        return Outcome([], list(paragraphs))
    return Outcome(paragraphs)


# A site's "not found" notice, as its own short paragraph: "Sorry, the page you requested
# could not be found.", "Page Not Found", "Error 404".
_NOT_FOUND = re.compile(
    r"\b(?:page|story|article|content)\b[^.]{0,40}\b(?:could not be found|cannot be found|"
    r"can't be found|was not found|no longer exists|does not exist)\b|"
    r"\b(?:page not found|error 404|404 error|404 not found)\b",
    re.IGNORECASE,
)
_NOTICE_WORDS = 25  # a notice is a line of its own, not a sentence inside a story
_ERROR_PAGE_WORDS = 250  # ... on a page too short to be an article around it


def _error_page(paragraphs: list[str]) -> Outcome:
    """Everything, when a short page says it could not be found: the rest is the site's
    guidance ("If you are trying to reach a page from a bookmark ...")."""
    if sum(len(p.split()) for p in paragraphs) > _ERROR_PAGE_WORDS:
        return Outcome(paragraphs)
    if any(len(p.split()) <= _NOTICE_WORDS and _NOT_FOUND.search(p) for p in paragraphs):
        return Outcome([], list(paragraphs))
    return Outcome(paragraphs)


# A picture's credit of a word or two on its own line, the same under every picture: "Today"
# seven times over a TODAY show page's story (Multi-News). A heading is not repeated so.
_REPEATED_LABEL_WORDS = 2
_REPEATS = 3


def _repeated_label(paragraphs: list[str]) -> Outcome:
    """Every copy of a short unpunctuated line the page repeats three times or more."""
    short = [p for p in paragraphs if len(p.split()) <= _REPEATED_LABEL_WORDS and is_heading(p)]
    repeated = {p for p in short if short.count(p) >= _REPEATS}
    if not repeated:
        return Outcome(paragraphs)
    kept = [p for p in paragraphs if p not in repeated]
    return Outcome(kept, [p for p in paragraphs if p in repeated])


# An invitation to comment closing a paragraph, with the questions to readers before it: "...
# seems to be a problem still. Are you experiencing the same problems? Do you have other
# problems? Tell us in the comments."
_COMMENTS_CALL = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:{READERS_ASKED}\s)*(?:Tell us|Let us know)\b[^.!?]{{0,40}}"
    r"\bin the comments\b[^.!?]*[.!]?$"
)


def _comments_call(line: str) -> LineEdit | None:
    call = _COMMENTS_CALL.search(line)
    return None if call is None else _cut_from(line, call.start())


_TWEET = drop_matching(
    # a Twitter widget's row: "ie/11BX93W 7:01 pm ET February 11, 2013 RETWEET ..."
    r"\bRETWEET\b|"
    r"pic\.twitter\.com/\w+|[—–-]\s*[^—()]{1,60}\(@\w{1,15}\)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2},\s+\d{4}$",
    max_words=80,
    flags=0,
)
# A paragraph's last sentence, which may introduce what follows it ("... to this:").
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?][\"”’']\s)|(?<=[.!?]\s))[^.!?]*:$")


def _tweet_embeds(paragraphs: list[str]) -> Outcome:
    """Embedded tweets, and the sentence that introduced one with a colon: without the tweet
    it is an orphan lead-in ("The president took to Twitter after watching segments on Fox
    News, ... to this:" had stood alone as a source's text)."""
    kept: list[str] = []
    removed: list[str] = []
    for line in paragraphs:
        if _TWEET(line) is None:
            kept.append(line)
            continue
        removed.append(line)
        if kept and (lead_in := _LAST_SENTENCE.search(kept[-1])):
            rest, gone, _ = _cut_from(kept.pop(), lead_in.start())
            kept.extend([rest] if rest else [])
            removed.insert(-1, gone)
    return Outcome(kept, removed)


# --------------------------------------------------------------------------- the catalogue

RULES: tuple[Rule, ...] = (
    Rule(
        "fix_encoding",
        "Mojibake from double-decoded UTF-8 (ftfy) and half-decoded HTML entities break "
        "quotes, names and matching.",
        "Iraqâ€™s → Iraq’s",
        per_line(_fix_encoding),
    ),
    Rule(
        "treebank_tokens",
        "Research corpora (Timeline17) store articles as Penn Treebank tokens; quotes, "
        "brackets, amounts and datelines are only recognised as printed.",
        "Gaddafi 's forces -LRB- Reuters -RRB- said `` no '' . → Gaddafi's forces (Reuters) "
        'said "no".',
        _treebank_tokens,
    ),
    Rule(
        "normalise_whitespace",
        "Zero-width characters, non-breaking spaces, runs of spaces, brackets a scrape "
        "emptied and sentences it glued ('said.Smith') break offsets, search and sentences.",
        "Wayne Marotto , Spokesman → Wayne Marotto, Spokesman; the black leopard (). → the "
        "black leopard.",
        per_line(_normalise_whitespace),
    ),
    Rule(
        "wiki_markup",
        "A Wikipedia page's '[ edit ]' links and footnote numbers are markup: they glue to the "
        "headings and words they follow ('250,000.[2]').",
        "Scriptures [ edit ] → Scriptures; approximately 250,000.[2] → approximately 250,000.",
        per_line(_wiki_markup),
    ),
    Rule(
        "transcript_turns",
        "A broadcast transcript's speaker labels glue to the turn's first sentence and read as "
        "names; its production cues are not speech.",
        "CANDY CROWLEY, HOST: It took 18 days to remove a dictator. (CROSSTALK) → It took 18 "
        "days to remove a dictator.",
        lambda paragraphs: Outcome(*transcript_turns(paragraphs)),
    ),
    Rule(
        "stock_tickers",
        "A wire's stock ticker after a company's name is for traders' terminals; its full stop "
        "ends a sentence in the middle and its letters read as a company.",
        "London-based BP (BP.L) (BP.N) exploded → London-based BP exploded",
        per_line(_stock_tickers),
    ),
    Rule(
        "source_dateline",
        "A scraper's timestamp header is not article text; its source is kept as metadata.",
        "2021/07/08 | 05:32 - Source: Iraq News",
        per_line(_source_dateline),
    ),
    Rule(
        "photo_date",
        "An undated page's weekdays need its day; the day an AP caption gives its picture, "
        "which the caption rules drop, is lifted into metadata['photo_date'] (no text goes).",
        "..., at the Capitol in Washington, Tuesday, Feb. 6, 2018. (AP Photo/J. Scott "
        "Applewhite) → photo_date: Tuesday, Feb. 6, 2018",
        _photo_date,
    ),
    Rule(
        "index_page",
        "A page of three or more stories, each stamped with the time it was updated or "
        "posted, is a topic page or a blog's index, not a report: all of it goes (its items' "
        "weekdays resolved against one page date had dated a year of news to one week).",
        "updated: Sun Jul 29 2012 08:01:00 Since the start of the Arab spring ... updated: Tue "
        "Dec 13 2011 11:22:00 Excerpt from the CNNI year-end special ... updated: ...",
        _index_page,
    ),
    Rule(
        "stamped_teaser",
        "Another story's headline and teaser with the time its page was updated, as CNN lists "
        "them beside a story: it dated the other story's news as this one's.",
        "Gadhafi's son floats possibility of elections updated: Thu Jun 16 2011 19:15:00 "
        "Elections watched by international observers could take place in Libya ...",
        per_line(drop_matching(_ITEM_STAMP.pattern, max_words=120)),
    ),
    Rule(
        "page_top",
        "A story begins at its dateline or after the page's timestamp; what a scrape glued "
        "before either on its line (a headline, a standfirst, highlights) and the top lines "
        "above are the page's.",
        "Full Article India struggles with Libya evacuation NEW DELHI | Wed Mar 2, 2011 3:06 "
        "pm IST NEW DELHI (Reuters) - India's government ... → NEW DELHI (Reuters) - India's "
        "government ...",
        lambda paragraphs: Outcome(*page_top(paragraphs, is_byline)),
    ),
    Rule(
        "photo_gallery",
        "A photo gallery scraped as one paragraph, each caption closed by its counter ('Hide "
        "Caption 1 of 43'): its captions' dates and numbers read as the story's.",
        "Photos: The search for MH370 Photos: The search for MH370 Two years after Malaysia "
        "Airlines Flight 370 went missing, ... Hide Caption 1 of 43 Photos: ... Hide Caption 43 "
        "of 43",
        per_line(_photo_gallery),
    ),
    Rule(
        "photo_caption",
        "Photo captions describe a picture, not the event, and read as out-of-place sentences.",
        "Smoke is seen in Baghdad, Anbar Province, Iraq, on July 7, 2021, after rocket attacks.",
        _photo_caption,
    ),
    Rule(
        "photo_credit",
        "Photographer/agency credit lines are not sentences, nor is The Guardian's credit "
        "glued to the story's next words.",
        "Ayman Henna | AFP | Getty Images",
        per_line(_photo_credit),
    ),
    Rule(
        "byline",
        "The author line is metadata, not content; it is lifted into metadata['byline'].",
        "By Ahmed Rasheed and Suleiman Al-Khalidi",
        per_line(_byline),
    ),
    Rule(
        "live_blog_time",
        "A live blog entry's time is the page's, not the story's; read as a sentence's start "
        "it dates nothing and opens summaries.",
        "3.40 pm: The White House has announced ... → The White House has announced ...",
        lambda paragraphs: Outcome(*live_blog_times(paragraphs)),
    ),
    Rule(
        "dateline",
        "A leading 'PLACE (Agency) –', or a line 'PHILADELPHIA |' of its own, belongs to the "
        "byline, not the first sentence.",
        "BAGHDAD / AMMAN (Reuters) – Iraqi and Syrian U.S.",
        per_line(_dateline),
    ),
    Rule(
        "capitals_lead_in",
        "A newspaper sets its story's first words in capitals; read so, an ordinary word is "
        "an acronym ('CAR' an organisation). Each takes the case the story writes it in "
        "elsewhere; an acronym it writes in capitals stays.",
        "A CAR park in a Highland town has been confirmed ... → A car park in a Highland town "
        "has been confirmed ...",
        _capitals_lead_in,
    ),
    Rule(
        "agency_credit",
        "'(With inputs from AP)' credits a wire service; lifted into metadata['agency'].",
        "(With inputs from AP)",
        per_line(_agency_credit),
    ),
    Rule(
        "contributor_note",
        "Staff credits at the end of a story, and where its reporters were ('Nicole Winfield "
        "reported from Vatican City.'), are not part of the report.",
        "• Ben Wolfgang contributed to this report.",
        _contributor_note,
    ),
    Rule(
        "contact_footer",
        "How to reach or follow the reporter is page furniture.",
        "• Mike Glenn can be reached at mglenn@washingtontimes.com.",
        per_line(
            drop_matching(
                rf"^[•·*–—-]?\s*(?:{_EMAIL}\W*$|.*\bcan be reached at\b"
                r"|(?:Follow|Contact|E-?mail|Write to|Reach|Send|Have a tip|To contact)\b.*"
                rf"{_HANDLE_OR_PHONE}|Follow [\w.' ]+ on (?:Twitter|Facebook|Instagram)\b"
                r"|Call [\w&.' ]{0,30}\b(?:reporter|editor|writer|columnist|correspondent)\b"
                # the reporter's handle under the story: "Twitter: @JulieMakLAT"
                r"|(?:Twitter|Instagram)\s*:?\s*@\w+\s*$"
                # ... or the reporter's profile: "I am Senior Correspondent, Saudi Arabia,
                # covering from the Saudi capital Riyadh ...", "I have also reported for
                # Reuters from Kuwait, Yemen and Iraq."
                r"|[\"“]?I am (?:the |a |an )?(?-i:(?:[A-Z][\w-]* ){0,3}"
                r"(?:Correspondent|Bureau Chief|Editor|Reporter))\b[^.]{0,80}\bcovering\b"
                rf"|I have (?:also )?reported for {AGENCY} from\b)",
                max_words=45,
            )
        ),
    ),
    Rule(
        "comment_policy",
        "Comment-section boilerplate is not part of the article.",
        "Please read our comment policy before commenting.",
        per_line(
            first_of(
                _comments_call,
                drop_matching(
                    r"comment policy|^comments? (?:are|is) (?:closed|moderated)"
                    r"|^join the (?:conversation|discussion)\b|^(?:leave|post|add) a comment"
                ),
            )
        ),
    ),
    Rule(
        "advertisement",
        "Ad slots and 'continue reading' markers interrupt the text.",
        "Advertisement Continue reading the main story",
        per_line(_advertisement),
    ),
    Rule(
        "share_buttons",
        "Social-sharing bars are button labels, not text.",
        "share tweet pin email",
        per_line(_share_buttons),
    ),
    Rule(
        "listed_links",
        "A label over a list of other stories' headlines ('ALSO:', 'READ MORE', 'More from "
        "TIME on population:'), over a video's credits ('CAST', 'CREW') or over a fact "
        "box ('Facts at a glance'), with the headline-like lines under it, or the few "
        "one-sentence teasers under it that close the page: they are not this story.",
        "ALSO: / Crowds flood Vatican City for dual papal canonization / U.S., allies to add "
        "sanctions against Russia over Ukraine",
        _listed_links,
    ),
    Rule(
        "story_highlights",
        "A story's highlights, three to six headline-like lines under its lead or headline: "
        "they repeat the story in fragments, and a fragment read as a lead sentence.",
        "Body of missing 2-year-old boy found in wooded area near Lake Avenue, McMullen Road / "
        "Charisse Stinson, 21, charged with 1st degree murder / Investigation ongoing",
        _story_highlights,
    ),
    Rule(
        "correction_notice",
        "A correction or update notice is the outlet's, not the story; the short lines after "
        "a correction under the story spell it out, and the original's error read as news.",
        "cents This article was amended on 18 June 2010. / The original referred to New "
        "Orleans as Louisiana's capital. / This has been corrected.",
        _correction_notice,
    ),
    Rule(
        "page_chrome",
        "Widget labels, page labels, video-player notices, separator rules, developing-story "
        "footers and correction labels scraped from the page.",
        "Please enable Javascript to watch this video",
        per_line(
            first_of(
                _PRINT_FOOTER,
                _products_blurb,
                drop_matching(
                    r"^(?:text size\s*[-+]?|reset|\+|read more|more|also|[-_=#*~•.]{3,}|[—–]{2,}|"
                    r"tweet with a location|add a location to your tweets|more video:?|"
                    r"from wikipedia, the free encyclopedia|"
                    r"rating is available when the video has been rented\.?|"
                    r"the interactive transcript could not be loaded\.?|"
                    r"this feature is not available right now\..*)$"
                    r"|(?:enable|turn on|requires) javascript|^javascript is disabled"
                    r"|^check back (?:later |soon )?for (?:more )?(?:details|updates)\b"
                    r"|^this is a developing story\b|^stay with [\w.]+ for (?:the latest|updates)\b"
                    # a page's label alone on its line: "EXCLUSIVE", "RIP.", the ABC's stamps
                    # without their times, "Updated", "First posted", and TheJournal.ie's with
                    # them, "First published 12.08pm", "Updated 6.15pm" (which had been a title)
                    r"|^(?:exclusive|update|updated|first posted|rip)\.?$"
                    r"|^(?:(?:first|last) )?(?:posted|published|updated):?(?: at)? "
                    rf"{STAMP_TIME}(?: [A-Z]{{2,4}})?$"
                    # a page's tags: "Topics: street-art, visual-art, events, hobart-7000" (the
                    # slug's "hobart" had made Hobart a common word, and no place)
                    r"|^(?:topics|tags|filed under)\s?:\s?[\w'’&-]+(?:\s[\w'’&-]+){0,3}"
                    r"(?:,\s?[\w'’&-]+(?:\s[\w'’&-]+){0,3})*$"
                    # a correction's label (its notice: `_correction_notice`), a book
                    # excerpt's copyright line
                    r"|\ban earlier version of this (?:article|story|post|report)\b"
                    r"|^(?:correction|clarification)\b[^:.]{0,30}:"
                    r"|\bcopyright (?:\(c\)|©)\s*(?:19|20)\d\d\b"
                    r"|^--$"
                    r"|^you can add location information to your tweets\b"
                    r"|^when you tweet with a location, twitter stores\b",
                    max_words=40,
                ),
            )
        ),
    ),
    Rule(
        "video_blurb",
        "A news site's video player ('CLOSE', 'Skip in Skip x Embed x Share', CNN's 'JUST "
        "WATCHED ... Replay More Videos ... MUST WATCH ...') scraped with the blurb and credits "
        "of its video: it describes a clip, often of another day's news, and opened summaries as "
        "'CLOSE Police confirmed ...'.",
        "CLOSE Skip in Skip x Embed x Share A former Massachusetts police officer accused of "
        "making false reports of a bomb threat and a shootout was found dead in his home "
        "Thursday. Video provided by Newsy Newslook",
        per_line(
            drop_matching(
                r"(?-i:^CLOSE\s+[A-Z\"“])|^skip in skip x embed x share\b"
                # CNN's teaser for another video: "JUST WATCHED New sonar device seeks plane
                # underwater Replay More Videos ... MUST WATCH New sonar device ... 01:27"
                r"|(?-i:^JUST WATCHED\b.*\bReplay More Videos\b)"
                # The Guardian's: "Play Video 2:10 UN Security Council steps up sanctions
                # against N Korea – video"
                r"|(?-i:^Play Video \d{1,2}:\d\d\b)"
                # Reuters': its title, length and day before its blurb ("Clinton warns of
                # Libya civil war (1:23) Mar 1 - Secretary of State Hillary Clinton is warning
                # ..."), and its reporter's sign-off ("Jon Decker, Reuters.")
                rf"|(?-i:^.{{0,150}}?\(\d{{1,2}}:\d\d\) {STAMP_MONTH} \d{{1,2}} - )"
                r"|(?-i:^(?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’-]*,\s(?:Reuters|AP|AFP)\.$)",
                max_words=80,
            )
        ),
    ),
    Rule(
        "newsletter_signup",
        "Newsletter and app promotions are advertising for the outlet.",
        "Sign up for KPRC 2 newsletters to get breaking news, sports, entertainment, contests "
        "and more delivered straight to your email inbox.",
        per_line(
            drop_matching(
                r"^[-–—_ ]*(?:sign up|subscribe|newsletter|get (?:the|our|breaking)\b.*\bemail|"
                r"breaking news (?:alerts|emails)|want (?:more )?stories like th(?:ese|is)|"
                r"interested in \?)"
                r"|\b(?:by signing up|thank you for signing up|you agree to receive|"
                r"delivered straight to your|join (?:our|the) (?:mailing|e-?mail) list|"
                r"never miss our|add interest|terms of service and privacy policy)\b",
                max_words=80,
            )
        ),
    ),
    Rule(
        "rights_notice",
        "Copyright and syndication notices are legal boilerplate.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        per_line(
            drop_matching(
                r"^(?:copyright\s*(?:©|\(c\)|\d{4})|©)|all rights reserved"
                r"|may not be (?:published|reproduced|redistributed)"
            )
        ),
    ),
    Rule(
        "tweet_embed",
        "Embedded tweets are reactions pasted into the page, signed '— Name (@handle) date'; "
        "the sentence that introduced one with a colon is an orphan without it.",
        "RIP Prodigy. — ItsTheReal (@itsthereal) June 20, 2017",
        _tweet_embeds,
    ),
    Rule(
        "related_link",
        "Links to other stories ('RELATED: ...', '[Headline]', also after a paragraph's last "
        "sentence) are not this story.",
        "RELATED: Best Places To Live In The World 2016",
        per_line(
            first_of(
                _trailing_link,
                drop_matching(
                    r"^(?:related(?: coverage| stories| content)?|read more(?: about)?|read also|"
                    r"read|more|also|see also|trending(?: news| now)?|watch|video|recommended|"
                    r"photos|our view|other views)"
                    r"\s*(?::|\|)"
                    r"|^\[[^\]]+\]$"
                    # another of the outlet's stories or galleries in brackets: "(Also on
                    # POLITICO: Dems paint GOP as shutdown party)", "(PHOTOS: Oklahoma tornado)"
                    r"|^\((?:also on [^():]{2,30}|photos?|videos?):[^()]*\)$"
                    # a link's arrow closing the line: "For the latest updates on the
                    # sell-off, check Markets Insider»"
                    r"|»$"
                    # a document's link: "Read Gov. Bentley's letter.pdf", "Rocky Mountain
                    # Spotted Fever Fact Sheet (91k.pdf)"
                    r"|\.pdf\b[)\]]?(?:\([\w ]+\))?$"
                    # The Guardian's inline link to another story: "What are the true risks of
                    # taking cannabis? Read more"
                    r"|(?-i:\sRead more)$",
                    max_words=30,
                ),
            )
        ),
    ),
    Rule(
        "related_teaser",
        "A 'Related' label before another story's headline and teaser, with no full stop, is a "
        "link, however long its teaser runs.",
        "Related 'The Case of: JonBenet Ramsey' Pt. 2: Everything We Learned In conclusion of "
        "docuseries, CBS team suggests that Burke Ramsey is the killer – but stop short of "
        "formally accusing him",
        per_line(drop_matching(r"^related\s+(?-i:[A-Z'‘\"“])(?!.*[.!?]['’\"”]?\s*$)")),
    ),
    Rule(
        "broadcast_promo",
        "A programme's listing or an invitation to follow coverage elsewhere advertises the "
        "outlet; glued before the story's words, its air date dated them.",
        "BP - In Deep Water, BBC One, Monday, 21 June at 2030 BST Then available in the UK via "
        'the link below "BP appears to have made ..." → "BP appears to have made ..."',
        per_line(_broadcast_promo),
    ),
    Rule(
        "click_here",
        "'Click here' and 'click below' calls to action point at links and buttons that no "
        "longer exist.",
        "For a full recap of the night’s big winners, click here.",
        per_line(_clicks),
    ),
    Rule(
        "reader_comments",
        "Readers' comments a scrape kept under the article are not the report; from the "
        "comment section's heading or its first comment's signature on, the page is comments, "
        "and so are the lines above it in a reader's register ('???', a lower-case 'i').",
        "February 3, 2011 at 8:05 am | Report abuse | Since as we know ...",
        lambda paragraphs: Outcome(*reader_comments(paragraphs)),
    ),
    Rule(
        "web_archive_page",
        "A page that opens with a crawl's description is the archive's page, not an article: "
        "all of it goes (its data-set facts would otherwise read as sentences).",
        "Web wide crawl with initial seedlist and crawler configuration from March 2011.",
        _web_archive_page,
    ),
    Rule(
        "error_page",
        "A short page that says it could not be found is the site's error page: all of it goes "
        "(its guidance, 'If you are trying to reach a page from a bookmark ...', read as "
        "sentences).",
        "Sorry, the page you requested could not be found.",
        _error_page,
    ),
    Rule(
        "web_archive_notice",
        "Scrapes that hit the Internet Archive got its crawl notice instead of the article.",
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet "
        "Archive.",
        per_line(
            drop_matching(
                r"alexa internet has been donating|wayback machine"
                r"|^this data is currently not publicly accessible"
                r"|^the seed for (?:this crawl|wide)"
                r"|^-+ (?:a ranking of all urls|up to a maximum of)"
                # a list's items, whose "- " marker normalise_whitespace takes
                r"|^(?:-+ )?(?:slash pages from every domain|top ranked pages \(up to a max)"
                r"|^this collection contains collaborative [\w ]*crawls"
                r"|^the warc files associated with this crawl"
            )
        ),
    ),
    Rule(
        "account_prompt",
        "Sign-in and registration widgets, a registration form's terms, an edition picker and "
        "feedback buttons scraped with the page are not the article.",
        "Welcome back. Please sign in",
        per_line(_account_prompt),
    ),
    Rule(
        "hover_card",
        "A politics site's hover card on a linked name (the full name again, the person's "
        "related headlines glued to it, 'MORE') scraped into the sentence: it broke the "
        "sentence and made names such as 'John TrumpTrump Jr.'.",
        "Donald Trump Donald John TrumpTrump Jr. getting 0k to speak at UNT Zuckerberg backed "
        "immigration group pushes Trump to keep DACA MORE panned ... → Donald Trump panned ...",
        per_line(_hover_card),
    ),
    Rule(
        "join_wrapped_lines",
        "Broken line wraps split sentences ('a U.S.' / 'Air Force base.' / ', injuring ...').",
        "targeting a U.S.\n\nAir Force base.\n\n, injuring → targeting a U.S. Air Force base, "
        "injuring",
        lambda paragraphs: Outcome(join_wrapped(paragraphs)),
    ),
    Rule(
        "popular_stories",
        "A site's list of its most read stories ('The five most popular stories on CNN.com "
        "..., according to NewsPulse:') with the teasers under it: other stories.",
        "The five most popular stories on CNN.com in the past 24 hours, according to "
        "NewsPulse: 'Dangerous storm' to rip through Midwest: ... / Why Nicole Kidman kept baby "
        "Faith a secret: Actress Nicole Kidman says ...",
        _popular_stories,
    ),
    Rule(
        "readers_call",
        "A call for readers' pictures and stories, or to play the outlet's quiz, with the "
        "question heading it (and the quiz's button), advertises the outlet's reader section.",
        "Are you in Egypt? / Send your story to CNN's iReport.",
        _readers_call,
    ),
    Rule(
        "blog_tagline",
        "A blog's tagline over each post, its self-description and the invitation in its "
        "voice after it, is the blog's, not the post's.",
        "Comic Riffs is a blog devoted to the comics fan. / Come in, sit down and put your "
        "feet up as we celebrate, contemplate, eviscerate and pontificate on cartoons.",
        _blog_tagline,
    ),
    Rule(
        "editors_note",
        "An editor's note over a story speaks for the page, not the report.",
        "Editor's note: Nancy Grace's new show on HLN, \"Nancy Grace: America's Missing,\" is "
        "dedicated to finding 50 people in 50 days.",
        per_line(_EDITORS_NOTE),
    ),
    Rule(
        "publisher_note",
        "What an outlet says about its own reporting ('CNN could not confirm reports for many "
        "areas in Libya.'), products (an ebook's promotion, a live widget) and corrections is "
        "not the story.",
        "CNN has interviewed numerous witnesses by phone.",
        per_line(_PUBLISHER_NOTE),
    ),
    Rule(
        "repeated_label",
        "A picture's credit of a word or two, on its own line under every picture, is no text.",
        "Today / ... / Today / ... / Today",
        _repeated_label,
    ),
)

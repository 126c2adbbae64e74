"""The page around a story: its top (headline, highlights, timestamp before the dateline), a
live blog's entry times and the readers' comments under it.

Scraped news pages carry the site's layout into the text: Reuters puts another story's headline,
this one's headline and "NEW DELHI | Wed Mar 2, 2011 3:06 pm IST" before "NEW DELHI (Reuters) -";
CNN its highlights before "Tripoli, Libya (CNN) --"; The Guardian a headline, a standfirst and
"Friday 4 June 2010 18.15 BST"; comment sections follow the story. The clean stage's rules
(`newsfuse.clean.rules`) call these to tell the page from the story.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsfuse.words import QUOTE_MARK, QUOTED

__all__ = ["READERS_ASKED", "READERS_QUESTION", "live_blog_times", "page_top", "reader_comments"]

# A wire dateline inside one of the top lines: "... concerns mount NEW DELHI | Wed Mar 2, 2011
# 3:06 pm IST NEW DELHI (Reuters) - India's government ...", "... calls the rebel efforts
# "weak" Tripoli, Libya (CNN) -- Rebels said ...". A place (capitalised words, a region or
# a "June 3" after commas; CNN's may be left out), a wire in brackets, a dash.
_WORD = r"[A-Z][\w.'’/-]{0,24}"
_REGION_OR_DAY = rf"(?:{_WORD}(?: {_WORD}){{0,2}}|[A-Z][a-z]{{2,8}}\.? \d{{1,2}})"
_INLINE_DATELINE = re.compile(
    rf"(?<![\w,/])(?:(?P<place>{_WORD}(?:(?: | ?/ ?){_WORD}){{0,3}}(?:, {_REGION_OR_DAY})*) )?"
    r"\((?:Reuters|CNN|AP|AFP|Associated Press)\) ?(?:--|[-—–]) "
)
# A page's timestamp: Reuters' "Wed Mar 2, 2011 3:06 pm IST", The Washington Post's
# "Thursday, June 3, 2010; 3:26 PM", The Guardian's "Friday 4 June 2010 18.15 BST", CNN's
# "updated: Thu May 03 2012 06:46:00"; a full date, a time, a time zone, then the story.
STAMP_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
STAMP_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_STAMP_DATE = (
    rf"(?:{STAMP_WEEKDAY},? )?"
    rf"(?:\d{{1,2}} {STAMP_MONTH},? \d{{4}}|{STAMP_MONTH} \d{{1,2}},? \d{{4}})"
)
STAMP_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?"
# ... or the BBC's, time first: "18:00 UK time, Saturday, 25 April 2009", "Page last updated
# at 07:41 GMT, Wednesday, 9 June 2010 08:41 UK", or with its help link, "8 September 2010
# Last updated at 15:00 GMT Help".
_TIMESTAMP = re.compile(
    rf"(?<!\w)(?:(?:(?i:updated|posted|published):? )?{_STAMP_DATE},?;? (?:at )?{STAMP_TIME}"
    rf"(?: [A-Z]{{2,4}}\b)?|(?:Page last updated at )?{STAMP_TIME}(?: UK time| [A-Z]{{2,4}}),? "
    rf"{_STAMP_DATE}(?: {STAMP_TIME} UK)?"
    rf"|{_STAMP_DATE} Last updated at {STAMP_TIME} [A-Z]{{2,4}}(?: Help)?)(?= [A-Z\"“(])"
)
# A date and time in a sentence ("the shooting began on March 3, 2011 at 5:30 p.m.") is no
# page's timestamp.
_IN_A_SENTENCE = re.compile(r"\b(?i:on|at|since|until|by|from|before|after|of)\s+$")
# A page's timestamp ends in its time zone, which no place starts with: "... 3:06 pm IST".
_TIME_ZONE = re.compile(r"^(?:[ECMP][SD]T|GMT|BST|IST|CET|CEST|UTC) ")
# The top lines a page's headline, highlights, picture caption and timestamp take, and how
# far into its line a dateline may sit (CNN's highlights run to about 100 words).
_PAGE_TOP_LINES = 4
_PAGE_TOP_CHARS = 1_500


def page_top(
    paragraphs: list[str], is_byline: Callable[[str], bool]
) -> tuple[list[str], list[str]]:
    """A story begins at its dateline or, on a page without one, after the page's timestamp:
    what a scrape glued before either on its line (a headline, a standfirst, CNN's
    highlights, Reuters' "PLACE |") belongs to the page, and so do the top lines above (a
    caption, another story's headline); the timestamp goes too. One that starts its line
    keeps only the story's headline above it (``is_byline``: the byline rule's test, for a
    byline beside it). Returns (kept, removed)."""
    for i, line in enumerate(paragraphs[:_PAGE_TOP_LINES]):
        spans = [  # (start, end) of what the story starts after
            (m.start(), m.end())
            for m in _TIMESTAMP.finditer(line, 0, _PAGE_TOP_CHARS)
            if not _IN_A_SENTENCE.search(line, 0, m.start())
        ][:1]
        if dateline := _INLINE_DATELINE.search(line, 0, _PAGE_TOP_CHARS):
            at = dateline.start() + _place_start(dateline["place"] or "")
            spans.append((at, at))  # the dateline stays, for the dateline rule to lift
        if not spans:
            continue
        start, end = min(spans)
        kept = [line[end:].strip(), *paragraphs[i + 1 :]]
        if line[:start].strip():
            return kept, [*paragraphs[:i], line[:end].strip()]
        # one opening its line: the lines above are the page's but for the story's headline
        above, removed = _headline_above(paragraphs[:i], is_byline)
        if end > start:  # a timestamp, which goes too (a dateline stays: end == start)
            removed.append(line[:end].strip())
        return [*above, *kept], removed
    return paragraphs, []


# The story's own headline is one short line of one sentence; more lines above a dateline or
# timestamp that opens its line, or a longer one, are the page's: CNN's highlights ("By the CNN
# Wire Staff NEW: ..."), a picture's caption, a show's promo ("Watch "AC360" at 10 p.m. ET"),
# a columnist's bio.
_HEADLINE_WORDS = 15
_SECOND_SENTENCE = re.compile(r"[.!?:][\"”’']?\s+[A-Z\"“]")


def _headline_above(
    lines: list[str], is_byline: Callable[[str], bool]
) -> tuple[list[str], list[str]]:
    """(kept, removed) of the lines above where a story starts."""
    written = [line.strip() for line in lines if line.strip() and not is_byline(line.strip())]
    if len(written) > 1 or (
        written
        and (len(written[0].split()) > _HEADLINE_WORDS or _SECOND_SENTENCE.search(written[0]))
    ):
        return [], [line.strip() for line in lines if line.strip()]
    return lines, []


# A live blog's entry opens with its time: "3.40 pm: The White House has announced ...",
# "LIBYA, 11:22 p.m. ET, 6:22 a.m. local: ...".
_LIVE_BLOG_TIME = re.compile(
    r"^(?:[A-Z][A-Z .'-]{1,30}, )?\d{1,2}[.:]\d{2} ?[ap]\.?m\.?(?: [A-Z]{2,4})?"
    r"(?:, \d{1,2}[.:]\d{2} ?[ap]\.?m\.? local)? ?: (?=[A-Z\"“‘'])"
)


# A diary's entries open with times too, but its times are its story: "9:20 am: ... deliver 4
# sprays to the inside of my left wrist", "9:27 am: My eyes pop open" (a reviewer's test of a
# caffeine spray, which took effect in seven minutes). A diary writes in the first person
# singular, outside quotes; a live blog's reporter rarely does (two entries in 23 at most in
# Timeline17's Guardian blogs).
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Mm]yself)\b")


def _in_first_person(entry: str) -> bool:
    return bool(_FIRST_PERSON.search(QUOTED.sub("", entry)))


def live_blog_times(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Each live blog entry's opening time cut from its words, unless half of the entries or
    more are in the first person (a diary's). Returns (paragraphs, the times cut)."""
    stamps = [_LIVE_BLOG_TIME.match(line) for line in paragraphs]
    entries = [line[stamp.end() :] for line, stamp in zip(paragraphs, stamps, strict=True) if stamp]
    if 2 * sum(map(_in_first_person, entries)) >= len(entries):  # none, or a diary
        return paragraphs, []
    kept = [
        line[stamp.end() :] if stamp else line
        for line, stamp in zip(paragraphs, stamps, strict=True)
    ]
    return kept, [stamp.group().strip() for stamp in stamps if stamp]


# A wire's place in capitals after a byline's last name: "... and Armando Tovar MEXICO CITY".
_CAPITALS_PLACE = re.compile(r"(?<= )[A-Z][A-Z.'’/-]+(?: [A-Z][A-Z.'’/-]+)*(?=,|$)")


def _place_start(place: str) -> int:
    """Where the dateline's place starts in what the pattern took for it: after a page's time
    zone ("IST NEW DELHI"), or at the capitals a wire writes it in ("Armando Tovar MEXICO
    CITY, April 24")."""
    if zone := _TIME_ZONE.match(place):
        return zone.end()
    city = place.split(",")[0]
    capitals = _CAPITALS_PLACE.search(city)
    return capitals.start() if capitals and not city[: capitals.start()].isupper() else 0


# Where a page's comment section starts: its heading, "Views expressed in the comments do not
# represent those of Reuters." (also "This discussion is now closed.", CNN's "CNN welcomes a
# lively and courteous discussion"), or else the first comment's signature: "February 3, 2011
# at 8:05 am | Report abuse | Reply" (CNN), "Posted by: wjc1va | June 16, 2010 11:05 PM |
# Report abuse" (The Washington Post), "At 11:07 am on 15 Jun 2009, sensiblegrannie wrote:"
# (a BBC blog).
_COMMENTS_START = re.compile(
    r"\|\s*(?:Report abuse|Reply)\b|^Views expressed in the comments\b"
    r"|\bThis (?:discussion|debate) is now closed\b"
    r"|^We welcome comments (?:on our articles|that advance the story)\b"
    # the BBC's call for readers' stories and the comments it shows: "You can send us your
    # experiences using the form below", "A selection of your comments may be published ..."
    r"|^(?:You can |Please )?(?:[Ss]end|[Tt]ell|[Aa]dd) (?:us )?your (?:comments|experiences|views|"
    r"thoughts|stories)\b.*\bform below\b|\b[Aa] selection of your comments\b"
    r"|^If you are happy to be contacted by a BBC journalist\b"
    r"|\bCNN welcomes a lively and courteous discussion\b"
    # a column's selection of readers' answers: "Interested to know which ones made it on air?"
    r"|^Interested to know which ones made it on air\b"
    r"|^[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2} [ap]m \|"  # "April 8, 2011 at 9:24 am |"
    # a BBC blog's: "At 11:07 am on 15 Jun 2009, sensiblegrannie wrote:"
    r"|^At \d{1,2}:\d{2} ?[ap]m on \d{1,2} [A-Z][a-z]{2,8} \d{4} ?, ?\S+ wrote ?:"
)


# The question that opens a call for readers' comments: "Have you been affected by swine flu?"
READERS_ASKED = r"(?:Have|Are|Were|Do|Did|What do|How do) you\b[^.!?]*\?"
READERS_QUESTION = re.compile(rf"{READERS_ASKED}\s*$")


def reader_comments(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The comment section a scrape kept under the article: from its heading or its first
    comment's signature to the end, with the comments above it in a reader's register
    (`_comments_above`). Returns (kept, removed)."""
    for i, line in enumerate(paragraphs):
        if _COMMENTS_START.search(line):
            if i and READERS_QUESTION.match(paragraphs[i - 1]):
                i -= 1  # "Have you been affected by swine flu?" heads the call
            i = _comments_above(paragraphs, i)
            return paragraphs[:i], paragraphs[i:]
    return paragraphs, []


# A reader writes what an edited story never does, outside quotes: a lower-case "i", "???" or
# "!!!", an "@name" reply, thanks and praise for "this site" (spam), a line in capitals: "The
# start of WW111 ??? I guess I'd have ...", "I would like to thank you for the efforts you've
# put in writing this site." (Timeline17's CNN pages on Egypt).
_READERS_OWN = re.compile(
    r"(?<![\w.'’-])i(?:['’](?:m|ve|ll|d))?(?= )|[?!]{2,}|(?:^| )@\w|\b(?:[Tt]hanks?|[Tt]hank you) "
    r"for\b|\b(?:(?:[Yy]our|[Tt]his) (?:web)?site|[Yy]our (?:blog|post))\b"
)
_SHOUTED_WORDS = 6
# ... and what a story writes in its own voice only when it is an essay or a column: the
# first person, "you", an exclamation ("This guy was a sick even before he committed this act
# -- I guarantee it!"). These mark a reader only on a page whose story does not write them.
_READERS_VOICE = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b|!$")
# A line that tells who said something is the reporter's: "It's said whatever you pray for
# you will get during this prayer, she said."
_ATTRIBUTED = re.compile(r"\b(?:he|she|they|[A-Z][\w'’-]+) (?:said|says|told|added)\b")
# Lines in a reporter's words between a reader's before the comments are taken to have ended:
# a comment runs on in plain sentences ("Their eyes show so much hate.") between its cues.
_COMMENT_GAP = 2


def _comments_above(paragraphs: list[str], marker: int) -> int:
    """Where the comments above a comment section's marker start: CNN prints a comment's words
    above its signature, Reuters' blogs close theirs with "We welcome comments ...", and the
    scrape kept no heading. Walking up from the marker over lines in a reader's register
    (`_READERS_OWN`, or `_READERS_VOICE` where the first third of the page has no such line: it
    is the story's) to where the reporter's prose resumes: more than `_COMMENT_GAP` lines without
    one. A line inside quotation marks is reporting: "I was able to tweet ...", Bohn said."""
    own_words = _own_words(paragraphs[:marker])
    voice_is_readers = not any(_READERS_VOICE.search(words) for words in own_words[: marker // 3])
    start = marker
    for i in range(marker - 1, -1, -1):
        if _in_readers_register(own_words[i], voice_is_readers):
            start = i
        elif start - i > _COMMENT_GAP:
            break
    return start


def _in_readers_register(words: str, voice_is_readers: bool) -> bool:
    """Whether a line's own words (`_own_words`) are a reader's."""
    if _ATTRIBUTED.search(words):
        return False
    shouted = len(words.split()) >= _SHOUTED_WORDS and words.isupper()
    return bool(
        shouted or _READERS_OWN.search(words) or (voice_is_readers and _READERS_VOICE.search(words))
    )


def _own_words(paragraphs: list[str]) -> list[str]:
    """Each paragraph's words outside quotation marks; nothing of one with a quote left open
    or of one under it (a quote running on from the paragraph above)."""
    own: list[str] = []
    open_quote = False
    for line in paragraphs:
        marks = len(QUOTE_MARK.findall(line))
        own.append("" if marks % 2 or (open_quote and not marks) else QUOTED.sub("", line))
        if marks:
            open_quote = marks % 2 == 1
    return own

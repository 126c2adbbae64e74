"""Headers at the top of a plain-text article: a ``date`` line, an outlet dateline, a title.

Recognised, in this order, only at the very start of the text:

1. ``date YYYY-MM-DD`` (also ``date: ...``), the documented folder-of-.txt convention. It may
   be a *prefix* of the first line with the article starting right after it on the same line
   (``date 2021-07-08 At least two members ...``).
2. A dateline filling its whole line: ``2021/07/08 | 05:32 - Source: Iraq News``. Its date is
   used when there was no ``date`` header, its ``Source:`` becomes the outlet, and the line is
   kept in ``metadata["dateline"]``. So is a video page's ``Published on Sep 2, 2008`` (also
   ``Posted``, ``Updated``, ``Uploaded``; the body may follow on its line after two spaces): a
   month's name makes its date unambiguous, and the line is no title.
3. A title: the first line, when it is short (at most 25 words, at least 2), does not end like
   a sentence or on a separator (``PHILADELPHIA |``), is not a byline (``By ...``), a
   breadcrumb trail (``English >> World``) nor a
   line cleaning drops (a video player's "Please enable Javascript to watch this video"), and
   is followed by a blank line and more text.

4. A date line: when nothing above gave the date, the first line among the top four that is
   only a date (``Friday, October 22, 2010``, ``Sunday, July 31, 2011 21:39 EDT``), under a
   headline or a byline, dates the article. It stays in ``text``: a line without a full stop
   is no sentence.

Every rule is conservative: when unsure, the text stays in the article. What is recognised is
removed from the *start* of the text, so ``text`` is always a suffix of ``raw_text``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..clean import clean_text
from ..clean.lines import is_page_top_label
from ..models import Article
from .dates import parse_date

_LEADING_SPACE = re.compile(r"\s*")
_TEXT = re.compile(r"\S")
_DATE_HEADER = re.compile(r"date:?[ \t]+(\d{4}-\d{2}-\d{2})(?![\w-])[ \t]*", re.IGNORECASE)
_DATELINE = re.compile(
    r"(?P<date>\d{4}[/-]\d{1,2}[/-]\d{1,2})"
    r"(?:[ \t]*[|,][ \t]*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ \t]*[-–|][ \t]*Source:[ \t]*(?P<outlet>[^\r\n]*?))?"
    r"[ \t]*(?=\r?\n|\Z)",
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A date as a page prints it ("Sep 2, 2008", "October 22, 2010 at 9:39 pm EDT").
_MONTH_DAY_YEAR = (
    rf"(?P<month>{'|'.join(_MONTHS)})[a-z]*\.?[ \t]+(?P<day>\d{{1,2}}),?[ \t]+(?P<year>\d{{4}})"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?)?"
)
_PUBLISHED_LINE = re.compile(
    rf"(?:Published|Posted|Updated|Uploaded)(?:[ \t]+on)?:?[ \t]+{_MONTH_DAY_YEAR}"
    # the line's end, or two spaces where a scrape joined the next line to it
    r"(?:[ \t]*(?=\r?\n|\Z)|[ \t]{2,}(?=\S))",
    re.IGNORECASE,
)
# A line that is only a date, near the top (rule 4).
_DATE_ONLY_LINE = re.compile(
    rf"^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?{_MONTH_DAY_YEAR}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_DATE_LINE_WITHIN = 4  # lines from the top
_TOP_CHARS = 2_000  # where those lines are looked for
_TITLE = re.compile(r"(?P<title>[^\r\n]+)[ \t]*\r?\n[ \t]*\r?\n")
_SENTENCE_END = re.compile(r"[.!?:;,…\"”’')\]]$")
_MAX_TITLE_WORDS = 25
# CNN's highlights box: its first bullet stands where the headline would, under this label.
_HIGHLIGHTS_LABEL = re.compile(r"^story\s+highlights\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Header:
    """What the top of a text says about the article, and where its body starts."""

    body_start: int = 0
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def parse_header(raw: str) -> Header:
    """Recognise the headers at the start of ``raw`` (see the module docstring)."""
    pos = _skip_space(raw, 0)
    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    metadata: dict[str, str] = {}
    start = 0

    match = _DATE_HEADER.match(raw, pos)
    if match is not None and (date := parse_date(match[1])) is not None:
        published = date
        start = pos = _skip_space(raw, match.end())

    match = _DATELINE.match(raw, pos)
    if match is not None and (date := parse_date(match["date"])) is not None:
        published = published or date
        outlet = (match["outlet"] or "").strip() or None
        metadata["dateline"] = match[0].strip()
        start = pos = _skip_space(raw, match.end())

    match = _PUBLISHED_LINE.match(raw, pos)
    if match is not None and (date := _month_day_year(match)) is not None:
        published = published or date
        metadata["dateline"] = match[0].strip()
        start = pos = _skip_space(raw, match.end())

    match = _TITLE.match(raw, pos)
    if match is not None and _is_title(match["title"]) and _TEXT.search(raw, match.end()):
        title = _HIGHLIGHTS_LABEL.sub("", match["title"].strip(), count=1)
        start = _skip_space(raw, match.end())

    if published is None:
        published = _date_line(raw, pos)
    return Header(start, title, outlet, published, metadata)


def _date_line(raw: str, pos: int) -> dt.date | None:
    """The date of the first line that is only a date, among the first `_DATE_LINE_WITHIN`
    lines from ``pos`` that hold text."""
    lines = raw[pos : pos + _TOP_CHARS].splitlines()  # not the whole text: a bounded look
    top = "\n".join([line for line in lines if line.strip()][:_DATE_LINE_WITHIN])
    match = _DATE_ONLY_LINE.search(top)
    return _month_day_year(match) if match is not None else None


def _month_day_year(match: re.Match[str]) -> dt.date | None:
    try:
        month = _MONTHS.index(match["month"][:3].lower()) + 1
        return dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None


def _skip_space(text: str, pos: int) -> int:
    """The first non-whitespace position at or after ``pos``."""
    match = _LEADING_SPACE.match(text, pos)
    return match.end() if match is not None else pos


def _is_title(line: str) -> bool:
    """Whether a line standing alone above the body reads like a headline, not a sentence."""
    line = line.strip()
    words = line.split()
    return (
        2 <= len(words) <= _MAX_TITLE_WORDS
        and _SENTENCE_END.search(line) is None
        and not is_page_top_label(line)
        and bool(clean_text(line)[0])  # not page furniture: "Please enable Javascript to ..."
    )


def text_article(raw: str, origin: str, article_id: str | None = None) -> Article:
    """An article from a plain-text body, its headers parsed into fields and cut from ``text``."""
    header = parse_header(raw)
    return Article(
        id=article_id or origin,
        origin=origin,
        raw_text=raw,
        text=raw[header.body_start :],
        title=header.title,
        outlet=header.outlet,
        published=header.published,
        metadata=header.metadata,
    )

"""HTML pages: main text and metadata by trafilatura.

trafilatura is imported inside the function: importing it costs about 0.3 s and most inputs
are plain text or JSON. Dates come only from the page's markup (``extensive_search`` off), not
from htmldate's heuristic scan of the visible text, because a guessed date is worse than none.
``raw_text`` is the extracted main text (the markup is not article content); a first line
repeating the title (the page's ``<h1>``) is cut from ``text`` like a .txt title line.

A page saved as ``.txt`` (or piped to stdin) is recognised by `looks_like_html`: it starts like
an HTML document, or markup tags are dense in it. Read as text, its tags and scripts would
become "sentences"; the reader reads it as HTML instead, with a warning.
"""

from __future__ import annotations

import re

from ..models import Article, Problem
from .dates import parse_date

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_TAG = re.compile(
    r"</?(?:p|div|span|a|br|script|style|table|tr|td|li|ul|ol|h[1-6]|img|meta|link|section|"
    r"article|header|footer|nav|iframe|form|input|button)\b[^<>]{0,1000}>",
    re.I,
)
# Markup that opens on a block element and closes it: a fragment, not text about HTML.
_BLOCK_START = re.compile(
    r"\s*<(p|div|article|section|h[1-6]|ul|ol|table|blockquote)\b[^<>]*>", re.I
)
_SNIFF_CHARS = 65_536
_MIN_TAGS = 10
_WORDS_PER_TAG = 40  # at least one tag per this many words


def looks_like_html(text: str) -> bool:
    """Whether a text of unknown kind is an HTML page or a fragment of markup."""
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    if (block := _BLOCK_START.match(head)) and f"</{block[1].lower()}>" in head.lower():
        return True  # "<p>Just a <b>fragment</b> of HTML ...</p>"
    tags = sum(1 for _ in _TAG.finditer(head))
    return tags >= _MIN_TAGS and tags * _WORDS_PER_TAG >= len(head.split())


def html_article(markup: str, origin: str) -> Article | Problem:
    """The main article of an HTML page, or why there is none."""
    try:
        import trafilatura
    except ImportError as error:
        return Problem(origin, f"HTML support unavailable ({error}), skipped")

    document = trafilatura.bare_extraction(
        markup, with_metadata=True, date_extraction_params=_DATE_PARAMS
    )
    if document is None or not (document.text or "").strip():
        return Problem(origin, "no article text found in HTML, skipped")
    raw = document.text
    title = (document.title or "").strip() or None
    first, _, rest = raw.partition("\n")
    text = rest.lstrip() if title and first.strip() == title and rest.strip() else raw
    return Article(
        id=origin,
        origin=origin,
        raw_text=raw,
        text=text,
        title=title,
        outlet=document.sitename or document.hostname or None,
        url=document.url or None,
        published=parse_date(document.date),
        metadata={"author": document.author} if document.author else {},
    )

"""The segment stage: sentences as character spans of the cleaned article text.

Sentences come from pysbd, run paragraph by paragraph (pysbd is superlinear on long inputs and
must never join text across a paragraph break). Offsets are found by locating each pysbd
segment in the text ourselves, so ``article.text[s.start:s.end] == s.text`` always holds.
Headings (short paragraphs without sentence-final punctuation, e.g. "CLIMBING") are not
sentences and are skipped, so they can never be picked as summary sentences.

Resource bounds (a scraped page can be one 200,000-character line with no full stop):

* A paragraph longer than `LONG_PARAGRAPH` characters is fed to pysbd in pieces of at most
  `CHUNK` characters, cut after a sentence end where there is one (else at a space), because
  pysbd's time per character grows with its input (about 5 us/char up to 2,000 characters,
  20 us/char at 20,000, and a 200,000-character paragraph took 43 s).
* A "sentence" longer than ``settings.max_sentence_chars`` is split at spaces into pieces
  within the limit: no real sentence is that long, and the later stages' regexes and spaCy
  must not see one (a 200,000-character sentence took minutes to extract from).
* Only the first ``settings.max_article_sentences`` sentences of an article are kept.

Each bound that applied is reported once per article as a non-fatal `Problem` by
`segment_article`; `split_sentences` is the same without the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

import pysbd

from newsfuse.clean.lines import ends_with_abbreviation, is_heading
from newsfuse.models import Article, Problem, Sentence
from newsfuse.settings import DEFAULT_SETTINGS, Settings
from newsfuse.words import SPEECH_VERBS, word_set

__all__ = ["Segmented", "segment_article", "split_sentences"]

_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")  # text between blank lines
#: Paragraphs longer than this are segmented in pieces of at most `CHUNK` characters.
LONG_PARAGRAPH = 5_000
CHUNK = 2_000
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


@dataclass
class Segmented:
    """An article's sentences, and the bounds that applied to it (one problem per bound)."""

    sentences: list[Sentence] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def _locate(paragraph: str, segment: str, pos: int) -> tuple[int, int] | None:
    """Where pysbd's ``segment`` lies in ``paragraph`` at or after ``pos``, stripped."""
    stripped = segment.strip()
    if not stripped:
        return None
    start = paragraph.find(stripped, pos)  # pysbd with clean=False returns substrings
    if start >= 0:
        return start, start + len(stripped)
    # Otherwise search whitespace-tolerantly. Rare, so compiling a pattern here does not push
    # pysbd's own patterns out of the `re` module's cache (compiling one per segment did, and
    # made segmenting three times slower).
    found = re.compile(r"\s+".join(map(re.escape, stripped.split()))).search(paragraph, pos)
    return None if found is None else (found.start(), found.end())


def _spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``paragraph``: pysbd's, located by search, stripped,
    with a time's, a month's and a comma's split rejoined (`_rejoined`), a glued quote's
    end split (`_GLUED`) and a section label split off (`_SECTION_LABEL`)."""
    for start, end in _rejoined(paragraph):
        if (label := _SECTION_LABEL.match(paragraph, start, end)) is not None:
            yield start, label.end("label")
            start = label.end()
        for glued in _GLUED.finditer(paragraph, start + 1, end):
            yield start, glued.start()
            start = glued.start()
        yield start, end


# A subhead ends on no function word: a magazine's lead-in in capitals runs on into its
# sentence ("AHEAD OF THE August 2015 Fox News debate, ..." had lost its first three words).
_LEAD_IN_ENDS = word_set("THE OF AN IS TO IN AND FOR ON AT BY WITH ARE WAS FROM")


# A news site's section label before its sentence ("Why it matters: Virtually every poll shows
# ...", "The numbers: Sales at U.S. retailers sank ..."): a heading of its own, not the
# sentence's subject.
_SECTION_LABEL = re.compile(
    r"(?P<label>(?:Why it matters|The big picture|(?:By )?[Tt]he numbers|(?:The )?[Bb]ottom line|"
    r"Driving the news|Between the lines|What['’]s next|What they['’]re saying|The backstory|"
    r"Go deeper|Yes, but|Flashback|The latest|State of play|Reality check|The intrigue|"
    r"Zoom (?:in|out)|Catch up quick|Be smart|Our thought bubble|Of note|Worth noting|"
    r"The other side|What we know|What to watch|Key quote|The context|The details):"
    # ... or a subhead in capitals glued to the next paragraph's sentence ("STILL NO HANDLE ON
    # THE FLOW RATE Allen told reporters ...", "ULTIMATE HOPES IN RELIEF WELL BP executives say
    # ...", "RESTORATION - ANALYSTS' VIEWS * A Reuters poll ...")
    r"|[A-Z][A-Z'’&]+(?:\s+(?:[A-Z][A-Z'’&]*|[-*•])){2,}(?<=[A-Z'’&]{2})"
    + "".join(rf"(?<!\s{word})" for word in sorted(_LEAD_IN_ENDS))
    + r"(?:\s+[-*•])?(?=\s+(?:[A-Z][a-z]|[A-Z][\w'’-]*\s+[a-z]|A\s)))\s+(?=[A-Z\"“])"
)
# A scrape that lost the space between paragraphs glues a quote's end to the next sentence,
# and pysbd sees one sentence: '... let me die."It started in 2011.'
_GLUED = re.compile(r"(?<=[a-z][.!?][\"”])(?=[A-Z][a-z])")


# pysbd can leave a quote's closing mark to the next sentence when the marks differ (“all that
# he knows." | '" The lawyer spoke ...', or '"' alone at the paragraph's end): a mark right
# after a sentence's end and before a space or the end closes it, it never opens.
_STRAY_CLOSING_MARK = re.compile(r"[\"”’](?:\s+|$)")


def _rejoined(paragraph: str) -> Iterator[tuple[int, int]]:
    """pysbd's spans, with its wrong splits (`_wrong_split`) rejoined and a closing quote mark
    it left to the next sentence given back (`_STRAY_CLOSING_MARK`)."""
    previous: tuple[int, int] | None = None
    for start, end in _pysbd_spans(paragraph):
        stray = _STRAY_CLOSING_MARK.match(paragraph, start, end)
        if previous is not None and previous[1] == start and stray:
            previous = (previous[0], start + 1)
            start = stray.end()
            if start >= end:
                continue  # the mark was all there was: the paragraph's last words close on it
        if previous is not None and _wrong_split(paragraph, previous, start):
            previous = (previous[0], end)
            continue
        if previous is not None:
            yield previous
        previous = (start, end)
    if previous is not None:
        yield previous


def _wrong_split(paragraph: str, previous: tuple[int, int], start: int) -> bool:
    """Whether pysbd split a sentence between the span ``previous`` and the one at ``start``:
    after a time that goes on, before a comma, after a month's abbreviation before its day, or
    between a quote and its speaker."""
    return bool(
        (_ENDS_ON_TIME.search(paragraph, *previous) and _TIME_GOES_ON.match(paragraph, start))
        or (_ENDS_ON_QUOTE.search(paragraph, *previous) and _SPEAKER.match(paragraph, start))
        or paragraph.startswith((",", ";"), start)  # "McConnell, R-Ky." | ", smiles as"
        # "... in the Aug. 23-Sept." | "5 issue of The Hollywood Reporter."
        or (_ENDS_ON_MONTH.search(paragraph, *previous) and paragraph[start : start + 1].isdigit())
    )


# pysbd ends a sentence at "a.m."/"p.m." even when the time goes on: "... around 5:30 p.m." |
# "Tuesday, according to police."; "... at 2 p.m." | "ET."; "... as of 5:00 a.m." |
# "California time."; "... about 11 a.m." | "May 29, when they were headed to the beach". A
# weekday's possessive starts a sentence of its own ("2:30 p.m." | "Saturday's storm ...").
_ENDS_ON_TIME = re.compile(r"\b[ap]\.m\.$")
# ... and at a month's abbreviation before its day.
_ENDS_ON_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_TIME_GOES_ON = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!['’]s)"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|Eastern|Central|Pacific|Mountain)\b"
    r"|[A-Z][a-z]+\s+time\b)",
)


# pysbd ends a sentence at a quote's "!" or "?", before the speaker it goes on to name:
# '"No! we are brothers, we pray together!"' | 'Francis told Benedict in a gesture of humility.';
# "“Is he nervous?”" | "Ross asks." A speaker is up to three capitalised words, not a pronoun
# or a clause's opening ("He said liberals ...", "When asked how ...", a new sentence), and a
# verb of speech in the past or present tense ("Deputies say the investigation ..." is news).
_ENDS_ON_QUOTE = re.compile(r"[!?][\"”’']$")
_NOT_SPEAKERS = "He|She|They|It|We|I|You|This|That|There|When|If|As|While|But|And|So|Asked"
_ATTRIBUTING = sorted(
    (
        verb
        for verb in SPEECH_VERBS
        if verb.endswith("ed")
        or (verb.endswith("s") and not verb.endswith("ss"))
        or verb in {"said", "told", "wrote"}
    ),
    key=lambda verb: (-len(verb), verb),
)
_SPEAKER = re.compile(
    rf"(?!(?:{_NOT_SPEAKERS})\b)(?:[A-Z][\w.'’-]*\s+){{1,3}}(?:{'|'.join(_ATTRIBUTING)})\b"
)


def _pysbd_spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each pysbd sentence in ``paragraph``, located by search, stripped."""
    for base, chunk in _chunks(paragraph):
        pos = 0
        for segment in _segmenter().segment(chunk):
            found = _locate(chunk, segment, pos)
            if found is not None:
                pos = found[1]
                yield base + found[0], base + found[1]


def _chunks(paragraph: str) -> Iterator[tuple[int, str]]:
    """``paragraph`` whole, or in pieces of at most `CHUNK` characters when it is long."""
    if len(paragraph) <= LONG_PARAGRAPH:
        yield 0, paragraph
        return
    start = 0
    while len(paragraph) - start > CHUNK:
        end = _cut(paragraph, start, start + CHUNK)
        yield start, paragraph[start:end]
        start = end
    yield start, paragraph[start:]


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece of ``text[start:limit]``: after its last sentence end (not an
    abbreviation), else after its last space, else at ``limit``; never before its middle."""
    floor = start + (limit - start) // 2
    for match in reversed(list(_SENTENCE_END.finditer(text, floor, limit))):
        if not ends_with_abbreviation(text[max(start, match.start() - 40) : match.start() + 1]):
            return match.end()
    space = max(text.rfind(" ", floor, limit), text.rfind("\n", floor, limit))
    return space + 1 if space > floor else limit


def _pieces(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` as stripped spans of at most ``limit`` characters, cut at spaces."""
    while end - start > limit:
        cut = _cut(text, start, start + limit)
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def segment_article(article: Article, settings: Settings = DEFAULT_SETTINGS) -> Segmented:
    """Split ``article.text`` into sentences with offsets into it, never across paragraphs,
    within the settings' sentence bounds; each bound that applied is one problem."""
    text = article.text
    max_chars, max_sentences = settings.max_sentence_chars, settings.max_article_sentences
    result = Segmented()
    sentences = result.sentences
    split = 0
    truncated = False
    for match in _PARAGRAPH.finditer(text):
        paragraph = match.group().strip()
        if not paragraph or is_heading(paragraph):
            continue
        base = match.start() + match.group().index(paragraph)
        for start, end in _spans(paragraph):
            pieces = [(start, end)]
            if end - start > max_chars:
                split += 1
                pieces = list(_pieces(paragraph, start, end, max_chars))
            for a, b in pieces:
                if len(sentences) >= max_sentences:
                    truncated = True
                    break
                sentence = Sentence(article.id, len(sentences), base + a, base + b, paragraph[a:b])
                sentences.append(sentence)
            if truncated:
                break
        if truncated:
            break
    if split:
        result.problems.append(
            Problem(
                article.origin,
                f"{split} sentence(s) longer than max_sentence_chars ({max_chars:,}) "
                "split at spaces",
                False,
            )
        )
    if truncated:
        result.problems.append(
            Problem(
                article.origin,
                f"more than max_article_sentences ({max_sentences:,}) sentences; "
                "only the first ones used",
                False,
            )
        )
    return result


def split_sentences(article: Article, settings: Settings = DEFAULT_SETTINGS) -> list[Sentence]:
    """Split ``article.text`` into sentences with offsets into it, never across paragraphs."""
    return segment_article(article, settings).sentences

"""The segment stage: sentences as character spans of the cleaned article text.

Sentences come from pysbd, run paragraph by paragraph (pysbd is superlinear on long inputs and
must never join text across a paragraph break). Offsets are found by locating each pysbd
segment in the text ourselves, so ``article.text[s.start:s.end] == s.text`` always holds.
Headings (short paragraphs without sentence-final punctuation, e.g. "CLIMBING") are not
sentences and are skipped, so they can never be picked as summary sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import pysbd

from newsfuse.clean.lines import is_heading
from newsfuse.models import Article, Sentence

__all__ = ["split_sentences"]

_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")  # text between blank lines


@cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def _spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each pysbd sentence in ``paragraph``, located by search, stripped."""
    pos = 0
    for segment in _segmenter().segment(paragraph):
        words = segment.split()
        if not words:
            continue
        # pysbd with clean=False returns substrings, but search whitespace-tolerantly anyway.
        found = re.compile(r"\s+".join(map(re.escape, words))).search(paragraph, pos)
        if found is None:
            continue
        pos = found.end()
        yield found.start(), found.end()


def split_sentences(article: Article) -> list[Sentence]:
    """Split ``article.text`` into sentences with offsets into it, never across paragraphs."""
    text = article.text
    sentences: list[Sentence] = []
    for match in _PARAGRAPH.finditer(text):
        paragraph = match.group().strip()
        if not paragraph or is_heading(paragraph):
            continue
        base = match.start() + match.group().index(paragraph)
        for start, end in _spans(paragraph):
            sentences.append(
                Sentence(article.id, len(sentences), base + start, base + end, paragraph[start:end])
            )
    return sentences

"""Which articles are independent reports: the unit a fact's support counts.

Support says how many independent sources state a fact, so two things must not count twice:

* two articles of one outlet (the same ``outlet``): one newsroom, one report. The words show
  it too, outlet known or not: two articles that share `SHARED_SENTENCES` sentences word for
  word (of `MIN_SHARED_WORDS` words or more, quotes aside: two reporters quote one statement
  alike) come from one newsroom or one wire, whoever ran them. Timeline17's Reuters updates of one
  story, a day apart, repeat a dozen paragraphs each and had "said Ziad el Khafiefy, 20" as
  an age two sources gave;
* a near-identical copy (a wire story carried by another site, or re-scraped with a different
  footer): the same reporting, whoever published it. A copy is what `newsfuse.dedup` calls
  one, the definition the stream uses too: word 5-shingle Jaccard of at least 0.8 (exact here,
  estimated from MinHash signatures in the stream);
* a version that repeats another: 80 % or more of the shorter text's word 5-shingles are the
  longer one's (`CONTAINED`), the shorter holding at least `MIN_CONTAINED_SHINGLES` of them.
  A story updated through the day (a chronology with new entries at its end, a wire story
  with three paragraphs added) is one report however far it grew: Timeline17's CNN Libya
  chronology, one day apart, repeated its first 22 sentences word for word and had every fact
  "supported" twice. The stream does not collapse such versions (the later one has news of its
  own and stays in the event); a brief only counts their shared reporting once.

Copies are found in input order: a copy belongs to the earlier article it copies most closely,
itself an original. The copy stays a source of its own (its id, its evidence, its differences:
a wire update that changes a count still disagrees with its earlier version); it only adds no
support.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import numpy as np

from newsfuse.dedup import THRESHOLD, shingle_keys, words
from newsfuse.models import Article, Sentence
from newsfuse.words import QUOTE_MARK

SHARED_SENTENCES = 3
MIN_SHARED_WORDS = 10

CONTAINED = 0.8  # share of the shorter text's shingles the longer one holds
MIN_CONTAINED_SHINGLES = 20  # about 25 words: a headline or a quoted line is no report


def find_copies(articles: Sequence[Article]) -> dict[str, str]:
    """Each copy's article id (a near-identical copy, or a version repeating an earlier
    article or repeated by it), mapped to the id of the earlier article it copies most
    closely (an original, never another copy).

    A brief holds few articles, so every article is compared with every earlier one, with the
    exact Jaccard and containment of their shingles (`newsfuse.dedup.shingle_keys`), not the
    stream's MinHash estimate and LSH index: its 5 bands of 11 rows find a pair at Jaccard 0.86
    with probability 1 - (1 - 0.86**11)**5, about two in three."""
    if len(articles) < 2:
        return {}
    keys = shingle_keys([a.text for a in articles])
    copies: dict[str, str] = {}
    for i in range(1, len(articles)):
        shared = [len(np.intersect1d(keys[j], keys[i], assume_unique=True)) for j in range(i)]
        similarity = [n / (len(keys[j]) + len(keys[i]) - n) for j, n in enumerate(shared)]
        best = int(np.argmax(similarity))
        if similarity[best] < THRESHOLD:
            contained = [_contained(n, len(keys[j]), len(keys[i])) for j, n in enumerate(shared)]
            best = int(np.argmax(contained))
            if contained[best] < CONTAINED:
                continue
        original = articles[best].id
        copies[articles[i].id] = copies.get(original, original)
    return copies


def _contained(shared: int, size: int, other_size: int) -> float:
    """The share of the smaller of two shingle sets that ``shared`` shingles make (0 when it is
    too small to tell)."""
    smaller = min(size, other_size)
    return shared / smaller if smaller >= MIN_CONTAINED_SHINGLES else 0.0


def independent_reports(
    articles: Sequence[Article],
    copies: Mapping[str, str],
    sentences: Mapping[str, Sequence[Sentence]],
) -> dict[str, str]:
    """Each article id's report key: its outlet (its own id when unknown), or, for a copy, its
    original's key; articles sharing a newsroom's sentences take the earlier one's key."""
    own = {a.id: a.outlet or a.id for a in articles}
    key = {a.id: own[copies.get(a.id, a.id)] for a in articles}
    told = [_own_sentences(sentences.get(a.id, ())) for a in articles]
    for i, j in itertools.combinations(range(len(articles)), 2):
        if len(told[i] & told[j]) >= SHARED_SENTENCES:
            earlier, later = key[articles[i].id], key[articles[j].id]
            key = {a: earlier if k == later else k for a, k in key.items()}
    return key


def _own_sentences(sentences: Sequence[Sentence]) -> set[str]:
    """The article's long sentences that quote no one, normalised (case, punctuation)."""
    return {
        " ".join(words(s.text))
        for s in sentences
        if len(s.text.split()) >= MIN_SHARED_WORDS and not QUOTE_MARK.search(s.text)
    }

"""Peer summarizers that newsfuse is compared with, and the one budget rule every system obeys.

Each peer ranks the cluster's sentences (the same cleaned `Sentence` units newsfuse sees) and
`fill` turns a ranking into a summary of exactly the word budget: sentences are taken in rank
order and the last one is cut at the budget word, as in the published baselines and the data
README's reference figures. The output lists the chosen sentences in cluster (document) order,
which is how sumy returns its picks; ROUGE-1/2/Lsum do not depend on that order.

* ``lead``: first sentences round-robin over the articles (1st of each, then 2nd of each, ...).
* ``lexrank`` / ``textrank``: sumy 0.13.0 with sumy's English Snowball stemmer and stop words.
  sumy's own `Tokenizer` needs NLTK's punkt data, which cannot be installed here, so
  `SumyTokenizer` supplies what sumy asks of a tokenizer: ``to_sentences`` (pysbd) and
  ``to_words`` (a regex equal to sumy's word filter, applied to every run of letters). The
  sentences themselves are passed to sumy ready-made, so ``to_sentences`` is only a fallback.
* ``random``: a shuffle seeded by the cluster id, so a cluster gets the same pick whatever
  ``--limit`` or order it is run in.
"""

from __future__ import annotations

import random as _random
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import numpy as np
import pysbd

from newsfuse.evaluate.datasets import EvalCluster

__all__ = ["PEERS", "SumyTokenizer", "fill", "lead", "lexrank", "random", "textrank"]

Ranker = Callable[[EvalCluster], list[int]]

RANDOM_SEED = 13


def fill(sentences: Sequence[str], ranking: Sequence[int], budget: int) -> list[str]:
    """Take sentences in ``ranking`` order up to ``budget`` words, the last one cut at the budget
    word; return them in their original (cluster) order."""
    taken: dict[int, str] = {}
    used = 0
    for i in ranking:
        if used >= budget:
            break
        words = sentences[i].split()[: budget - used]
        if words:
            taken[i] = " ".join(words)
            used += len(words)
    return [taken[i] for i in sorted(taken)]


def lead(cluster: EvalCluster) -> list[int]:
    """Sentence indices round-robin over the articles: every article's 1st, then 2nd, ..."""
    order = {a.id: k for k, a in enumerate(cluster.articles)}
    return sorted(
        range(len(cluster.sentences)),
        key=lambda i: (
            cluster.sentences[i].index,
            order.get(cluster.sentences[i].article_id, len(order)),
        ),
    )


def random(cluster: EvalCluster, seed: int = RANDOM_SEED) -> list[int]:
    """Sentence indices shuffled by a generator seeded with ``seed`` and the cluster id."""
    ranking = list(range(len(cluster.sentences)))
    _random.Random(f"{seed}:{cluster.id}").shuffle(ranking)
    return ranking


class SumyTokenizer:
    """A sumy tokenizer without NLTK data: pysbd sentences, sumy-compatible words.

    sumy calls ``to_words(sentence)`` for every sentence (LexRank, TextRank) and
    ``to_sentences(paragraph)`` when it parses text itself; ``language`` is informational.
    Words are what sumy's own tokenizer keeps after NLTK tokenisation: tokens that start with
    a letter and continue with letters, apostrophes or hyphens (no numbers, no punctuation).
    """

    language = "english"
    _WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """pysbd sentences of ``paragraph``, stripped."""
        return tuple(s.strip() for s in _segmenter().segment(paragraph) if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """The words of ``sentence`` (see the class docstring)."""
        return tuple(self._WORD.findall(sentence))


@cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


@cache
def _sumy_summarizer(kind: str) -> Any:
    """A sumy summarizer with sumy's English stemmer and stop words (built once)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[kind](
        Stemmer("english")
    )
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def _sumy_document(cluster: EvalCluster) -> Any:
    """The cluster as a sumy document: one paragraph per article, our sentences as they are."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = SumyTokenizer()
    paragraphs: dict[str, list[Any]] = {}
    for s in cluster.sentences:
        paragraphs.setdefault(s.article_id, []).append(SumySentence(s.text, tokenizer))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs.values()])


def _sumy_ranking(kind: str, cluster: EvalCluster) -> list[int]:
    """Sentence indices by sumy's rating, best first (ties in document order, as sumy sorts).

    sumy returns only its top-N in document order, so the full ranking is read from the
    ``sentences_count`` callable sumy applies to its rating-sorted list.
    """
    if not cluster.sentences:
        return []
    ranked: list[Any] = []

    def keep_all(infos: list[Any]) -> list[Any]:
        ranked.extend(infos)
        return infos

    with np.errstate(divide="ignore", invalid="ignore"):  # sumy's LexRank on 0-word sentences
        _sumy_summarizer(kind)(_sumy_document(cluster), keep_all)
    # the document's sentences are ours, in order, provided sumy kept every one of them
    return [info.order for info in ranked]


def lexrank(cluster: EvalCluster) -> list[int]:
    """Sentence indices ranked by sumy's LexRank (threshold 0.1, stemmed, stop words out)."""
    return _sumy_ranking("lexrank", cluster)


def textrank(cluster: EvalCluster) -> list[int]:
    """Sentence indices ranked by sumy's TextRank (damping 0.85, stemmed, stop words out)."""
    return _sumy_ranking("textrank", cluster)


PEERS: dict[str, Ranker] = {
    "lead": lead,
    "lexrank": lexrank,
    "textrank": textrank,
    "random": random,
}

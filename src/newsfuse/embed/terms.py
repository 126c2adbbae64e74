"""Text → comparable terms: the normalisation every lexical similarity in newsfuse shares.

Paraphrases across outlets differ in inflection ("rockets"/"rocket", "injured"/"injures") and
in how numbers are written ("two"/"2", "a dozen"/"12"); a plain bag of words sees different
tokens. `terms` lower-cases, writes small number words as digits, drops stop words and
possessives, and stems with the Snowball English stemmer (PyStemmer, C, ~0.4 µs a word).
"""

from __future__ import annotations

import functools
import itertools
import re

import Stemmer

from newsfuse.embed.stopwords import STOP_WORDS as _FUNCTION_WORDS
from newsfuse.extract.numbers import ONES, TEENS, TENS

# Single number words written as digits ("two" -> "2"); compounds ("twenty-five") are split
# by the tokenizer and are rare in the claims that matter.
NUMBER_WORDS = {word: str(value) for word, value in (ONES | TEENS | TENS).items()} | {"dozen": "12"}

# Number words are kept (as digits): counts are often the content that matters most.
STOP_WORDS = _FUNCTION_WORDS - NUMBER_WORDS.keys()
_TOKEN = re.compile(r"[^\W_]+(?:[.,][0-9]+)*")
_STEMMER = Stemmer.Stemmer("english")


def terms(text: str) -> list[str]:
    """Content terms of ``text`` in order: stemmed words and numbers (digits, no separators)."""
    return list(_terms(text))


@functools.lru_cache(maxsize=1 << 16)
def _terms(text: str) -> tuple[str, ...]:
    """`terms`, remembered: a summary reads each sentence's terms several times (its vectors,
    its containment, its concepts), and so do the citation check and the clusterer."""
    tokens = _TOKEN.findall(text.lower())
    found = list(map(_TERM_OF.get, tokens))  # the common case: every token seen before
    if None in found:
        if len(_TERM_OF) > _TERM_OF_LIMIT:
            _TERM_OF.clear()
        for i, term in enumerate(found):
            if term is None:
                found[i] = _TERM_OF[tokens[i]] = _term(tokens[i])
    return tuple(filter(None, found))


# Each token's term ("" when it is dropped), remembered across texts: news reuses a small
# vocabulary, so once a token has been seen a dict lookup replaces its tests and its stemming.
# Cleared when it grows past `_TERM_OF_LIMIT` tokens, so a server's memory stays bounded.
_TERM_OF: dict[str, str] = {}
_TERM_OF_LIMIT = 1 << 20


def _term(token: str) -> str:
    """One lower-cased token's term, stemmed: a number word as digits, a number without
    separators, a content word; "" for a stop word or a single letter."""
    if token in NUMBER_WORDS:
        kept = NUMBER_WORDS[token]
    elif token[0].isdigit():
        kept = token.replace(",", "")
    elif token in STOP_WORDS or len(token) < 2:
        return ""
    else:
        kept = token
    return _STEMMER.stemWord(kept)


def terms_and_bigrams(text: str) -> list[str]:
    """`terms` plus adjacent term pairs: pairs catch names ("air base") and copied wire phrasing."""
    unigrams = terms(text)
    return unigrams + [f"{a} {b}" for a, b in itertools.pairwise(unigrams)]

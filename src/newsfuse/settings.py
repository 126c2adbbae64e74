"""All tunable options in one place, so every stage reads the same knobs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class Settings:
    """Options for one run.

    words:          summary length budget in words (the last sentence may not be cut, so the
                    summary stops before the sentence that would exceed it).
    embedder:       "tfidf" (default; fast, no model) or "minilm" (neural, optional extra).
    ner:            entity backend: None (spaCy when installed, else rules; or $NEWSFUSE_NER),
                    "spacy", or "rules" (no model, fast, noisier).
    max_file_bytes: inputs larger than this are read only up to the limit, with a warning.
    max_article_chars: an article's text is truncated to this many characters, with a warning.
    max_articles:   a run uses at most this many articles; later inputs are not read (warning).
    max_run_chars:  a run uses at most this many characters of article text in all; the input
                    that would pass it and all later inputs are not read (warning).
    max_sentence_chars: a "sentence" longer than this is split at spaces (segment, warning).
    max_article_sentences: only an article's first this many sentences are used (warning).
    max_run_sentences: articles are used in order until their sentences pass this; the rest
                    are skipped (warning). The summary's memory grows with its square
                    (about 1.3 GB at 10,000 sentences).
    """

    words: int = 120
    embedder: Literal["tfidf", "minilm"] = "tfidf"
    ner: Literal["spacy", "rules"] | None = None
    max_file_bytes: int = 64 * 1024 * 1024
    max_article_chars: int = 200_000
    max_articles: int = 2_000
    max_run_chars: int = 5_000_000
    max_sentence_chars: int = 2_000
    max_article_sentences: int = 2_000
    max_run_sentences: int = 10_000


DEFAULT_SETTINGS = Settings()

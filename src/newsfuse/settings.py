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
    """

    words: int = 120
    embedder: Literal["tfidf", "minilm"] = "tfidf"
    ner: Literal["spacy", "rules"] | None = None
    max_file_bytes: int = 64 * 1024 * 1024
    max_article_chars: int = 200_000


DEFAULT_SETTINGS = Settings()

"""Reading order for the picked sentences.

News text runs from the essentials to background, so the picks are ordered by where they sit
in their own article (position normalised by the article's length, so a long and a short
report interleave sensibly), ties broken by the article's place in the input and then by the
sentence index.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.models import Sentence


def reading_order(
    picks: Sequence[Sentence], article_rank: dict[str, int], article_len: dict[str, int]
) -> list[Sentence]:
    """``picks`` sorted into reading order (deterministic)."""

    def key(s: Sentence) -> tuple[float, int, int]:
        return (s.index / max(article_len[s.article_id], 1), article_rank[s.article_id], s.index)

    return sorted(picks, key=key)

"""Reading order for the picked sentences.

News text runs from the essentials to background, so a pick's place is where the sources put
that content: the mean relative position (index / article length) of the pick and of the
sentences in other articles that state the same thing. Content every outlet leads with comes
first even if the copy we quote sits lower in its own article. Ties go to the article's place
in the input, then the sentence index, so the order is deterministic. A pick that leans on the
sentence before it in its article (``follows``) comes right after that sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsfuse.models import Sentence

Pick = tuple[Sentence, tuple[Sentence, ...]]  # a summary sentence and its supporting sentences


def reading_order(
    picks: Sequence[Pick],
    article_rank: dict[str, int],
    article_len: dict[str, int],
    follows: Mapping[Sentence, Sentence] | None = None,
) -> list[Pick]:
    """``picks`` sorted into reading order; ``follows`` maps a pick to the picked sentence it
    must come right after (the sentence before it in its article)."""
    follows = follows or {}

    def relative(s: Sentence) -> float:
        return s.index / max(article_len[s.article_id], 1)

    def place(pick: Pick) -> float:
        sentence, support = pick
        positions = [relative(s) for s in (sentence, *support)]
        return sum(positions) / len(positions)

    placed = {pick[0]: place(pick) for pick in picks}

    def key(pick: Pick) -> tuple[float, int, int]:
        sentence = anchor = pick[0]
        while anchor in follows:  # two such quotes in a row follow the first one's sentence
            anchor = follows[anchor]
        return (placed[anchor], article_rank[sentence.article_id], sentence.index)

    return sorted(picks, key=key)

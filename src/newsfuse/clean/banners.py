"""A site's banner: the line a crawl found at the top of several of one run's pages.

An outlet prints its breaking-news banner or top story above every page it serves, so a crawl
of its pages on one day opens each of them with the same line, whatever story follows: 58 of
Timeline17's CNN pages on Egypt open "2 men charged in death of Chicago teen who performed in
inauguration event.", 25 of its Reuters pages on Libya "U.S. Northeast digs out from blizzard,
tornado strikes in South.". Within one page the banner cannot be told from a headline or a
lead; across a run's pages it can: the same first paragraph over different stories. Read as
the story's, it was a finding four "sources" supported, opened the summary and made Chicago
the place of an Egyptian protest.

Copies of one story (a wire text several sites carry, an updated version of a page) open with
the same line too, and keep it: they go on with the same paragraph, or with the same story
told again (`SAME_STORY`).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from newsfuse.clean.lines import opening_headline
from newsfuse.dedup import words
from newsfuse.models import Article

__all__ = ["SAME_STORY", "drop_shared_banners", "shared_banners"]

#: Two pages tell the same story when at least this share of the words of what follows their
#: first paragraph is common to both (word-set Jaccard). An edited wire story's versions share
#: 0.73 of them ("Oil from BP's out-of-control Gulf of Mexico oil spill could ..."), pages of
#: different stories under one banner 0.01 to 0.2.
SAME_STORY = 0.5


def shared_banners(texts: Sequence[str]) -> set[str]:
    """The first paragraphs (of cleaned ``texts``) that open two pages going on to different
    stories: a different next paragraph and a different story after it."""
    rests_by_top: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        top, _, rest = text.partition("\n\n")
        if rest.strip():
            rests_by_top[top].append(rest)
    return {
        top for top, rests in rests_by_top.items() if len(rests) > 1 and _different_stories(rests)
    }


def _different_stories(rests: list[str]) -> bool:
    vocabularies = [(rest.partition("\n\n")[0], set(words(rest))) for rest in rests]
    return any(
        next_a != next_b and _jaccard(words_a, words_b) < SAME_STORY
        for (next_a, words_a), (next_b, words_b) in combinations(vocabularies, 2)
    )


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def drop_shared_banners(articles: Sequence[Article]) -> list[Article]:
    """``articles`` (cleaned) without the banner their pages share (`shared_banners`); an
    article titled with the banner (`clean_article` gives one without a title its opening
    headline) takes the headline its text now opens with."""
    banners = shared_banners([article.text for article in articles])
    if not banners:
        return list(articles)
    return [_without_banner(article, banners) for article in articles]


def _without_banner(article: Article, banners: set[str]) -> Article:
    top, _, rest = article.text.partition("\n\n")
    if top not in banners or not rest.strip():
        return article
    title = opening_headline(rest) if article.title == top else article.title
    return dataclasses.replace(article, text=rest, title=title)

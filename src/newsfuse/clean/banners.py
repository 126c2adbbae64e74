"""A site's banner: the line a crawl found at the top of several of one run's pages.

An outlet prints its breaking-news banner or top story above every page it serves, so a crawl
of its pages on one day opens each of them with the same line, whatever story follows: 58 of
Timeline17's CNN pages on Egypt open "2 men charged in death of Chicago teen who performed in
inauguration event.", 25 of its Reuters pages on Libya "U.S. Northeast digs out from blizzard,
tornado strikes in South.". Within one page the banner cannot be told from a headline or a
lead; across a run's pages it can: the same first paragraph over different stories. Read as
the story's, it was a finding four "sources" supported, opened the summary and made Chicago
the place of an Egyptian protest.

A scrape may glue the banner to the story's first sentence, as the BBC's run-in picture
caption over its pages on the oil spill: "The leak was capped in the middle of July The oil
spill in the Gulf of Mexico ... has so far cost BP ...", "The leak was capped in the middle of
July BP has made an initial deposit ..." (it was a brief's title and dated August's cost to
July). The words two pages of different stories open with, up to where a new sentence starts
in each, are that banner (`shared_openings`).

The same holds at the bottom of a page: the site's promo closing its pages, the BBC's "The pun
- ancient artform, or the lowest form of wit?" under its stories on the oil spill
(`shared_footers`).

Copies of one story (a wire text several sites carry, an updated version of a page) open with
the same line too, and keep it: they go on with the same paragraph, or with the same story
told again (`SAME_STORY`).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from newsfuse.clean.lines import SENTENCE_STARTERS, opening_headline
from newsfuse.dedup import words
from newsfuse.models import Article

__all__ = [
    "SAME_STORY",
    "drop_shared_banners",
    "shared_banners",
    "shared_footers",
    "shared_openings",
]

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


def shared_footers(texts: Sequence[str]) -> set[str]:
    """The last paragraphs (of cleaned ``texts``) that close two pages of different stories:
    `shared_banners` of the pages read from the bottom up."""
    return shared_banners(["\n\n".join(reversed(text.split("\n\n"))) for text in texts])


#: A glued banner is a short clause: at least this many words (fewer are a story's common
#: opening, "The U.S. Navy"), at most `_MAX_OPENING_WORDS`.
_MIN_OPENING_WORDS = 4
_MAX_OPENING_WORDS = 30


def shared_openings(texts: Sequence[str]) -> set[str]:
    """The words (of cleaned ``texts``) two first paragraphs open with, up to a capitalised
    word in each, when the pages go on to different stories (`_different_stories`)."""
    by_start: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for text in texts:
        by_start[tuple(text.split(" ", _MIN_OPENING_WORDS)[:_MIN_OPENING_WORDS])].append(text)
    found: set[str] = set()
    for same_start in by_start.values():
        for a, b in combinations(same_start, 2):
            opening = _glued_opening(a.partition("\n\n")[0], b.partition("\n\n")[0])
            rests = [a[len(opening) :], b[len(opening) :]]
            if opening and _different_stories(rests):
                found.add(opening)
    return found


def _glued_opening(top_a: str, top_b: str) -> str:
    """The words two paragraphs open with, when both go on with a capitalised word and one
    of them with a word that starts sentences (`SENTENCE_STARTERS`)."""
    words_a, words_b = top_a.split(" "), top_b.split(" ")
    shared = 0
    for word_a, word_b in zip(words_a, words_b, strict=False):
        if word_a != word_b:
            break
        shared += 1
    if not _MIN_OPENING_WORDS <= shared <= _MAX_OPENING_WORDS:
        return ""
    if shared == min(len(words_a), len(words_b)):
        return ""  # one paragraph is all of the other's opening: a whole banner's line
    next_words = (words_a[shared], words_b[shared])
    starts_anew = all(word[:1].isupper() for word in next_words) and any(
        word in SENTENCE_STARTERS for word in next_words
    )  # not a name running on: "Trump says summit with North" | "Korea ‘may ..." | "Korea's"
    return " ".join(words_a[:shared]) if starts_anew else ""


def _opens(top: str, opening: str) -> bool:
    """Whether ``top`` opens with ``opening`` glued to a capitalised word."""
    return top.startswith(f"{opening} ") and top[len(opening) + 1 : len(opening) + 2].isupper()


def _different_stories(rests: list[str]) -> bool:
    vocabularies = [(rest.partition("\n\n")[0], set(words(rest))) for rest in rests]
    return any(
        next_a != next_b and _jaccard(words_a, words_b) < SAME_STORY
        for (next_a, words_a), (next_b, words_b) in combinations(vocabularies, 2)
    )


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def drop_shared_banners(articles: Sequence[Article]) -> list[Article]:
    """``articles`` (cleaned) without the banner their pages share (`shared_banners`), or the
    one glued to their first sentences (`shared_openings`), and without the footer they share
    (`shared_footers`); an article titled with its first paragraph (`clean_article` gives one
    without a title its opening headline) takes the headline its text now opens with."""
    texts = [article.text for article in articles]
    banners = shared_banners(texts)
    openings = shared_openings(texts)
    footers = shared_footers(texts)
    if not banners and not openings and not footers:
        return list(articles)
    return [_without_footer(_without_banner(a, banners, openings), footers) for a in articles]


def _without_footer(article: Article, footers: set[str]) -> Article:
    rest, _, bottom = article.text.rpartition("\n\n")
    if bottom not in footers or not rest.strip():
        return article
    return dataclasses.replace(article, text=rest)


def _without_banner(article: Article, banners: set[str], openings: set[str]) -> Article:
    top, _, rest = article.text.partition("\n\n")
    opening = next((o for o in openings if _opens(top, o)), None)
    if opening is not None:
        rest = article.text[len(opening) + 1 :]
    elif top not in banners or not rest.strip():
        return article
    title = opening_headline(rest) if article.title == top else article.title
    return dataclasses.replace(article, text=rest, title=title)

"""newsfuse: many news reports of one event in, one source-attributed brief out.

    >>> import newsfuse
    >>> b = newsfuse.brief("examples/ain-al-asad")
    >>> b.summary[0].sources
    ['S1', 'S2', 'S4']

The stage functions are importable on their own: `newsfuse.ingest.read_inputs`,
`newsfuse.clean.clean_article`, `newsfuse.segment.split_sentences`,
`newsfuse.summarize.summarize`, and `newsfuse.pipeline.build_brief` composes them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from os import PathLike

from newsfuse.errors import NoUsableInput
from newsfuse.models import Article, Brief
from newsfuse.settings import DEFAULT_SETTINGS, Settings

__version__ = "0.1.0"
__all__ = ["Article", "Brief", "NoUsableInput", "Settings", "brief"]


def brief(
    inputs: str | PathLike[str] | Article | Iterable[str | PathLike[str] | Article],
    *,
    words: int | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Brief:
    """Build a brief from paths (files, folders, globs) and/or `Article` objects.

    Unusable inputs are skipped and listed in ``Brief.warnings``; if nothing usable remains,
    `NoUsableInput` is raised with the reasons. An article you have as text is
    ``Article.from_text(text, title=..., published=...)``.
    """
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import build_brief

    if isinstance(inputs, str | PathLike | Article):
        inputs = [inputs]
    items = list(inputs)
    if words is not None:
        settings = dataclasses.replace(settings, words=words)
    articles = [item for item in items if isinstance(item, Article)]
    paths = [str(item) for item in items if not isinstance(item, Article)]
    problems = []
    if paths:
        result = read_inputs(paths, settings)
        articles += result.articles
        problems = result.problems
    return build_brief(articles, settings, problems)

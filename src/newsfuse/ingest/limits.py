"""Per-run bounds on what a run takes in, and duplicate warnings that stay readable.

`RunBudget` admits articles in input order until ``settings.max_articles`` articles or
``settings.max_run_chars`` characters of text are used. The first article that does not fit
is reported in one line, and it and everything after it is skipped: the first inputs win, the
same ones on every run, and a reader stops reading as soon as the budget is spent, so a folder
of a million files or a 10 GB JSON Lines dump costs no more than the budget.

`Duplicates` reports exact duplicates of one article one by one only for the first
`DUPLICATE_LINES`; the rest are counted in a single line that is updated in place, so 10,000
copies of one story give four warning lines, not 9,999. (`ingest.iter_inputs`, a stream,
yields every `Duplicate`; `read_inputs` and the pipeline collapse them.)
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Article, Problem
from ..settings import Settings

#: Duplicates of one article named one line each; the rest are counted in one line.
DUPLICATE_LINES = 3


class RunBudget:
    """Admits articles while the run's article and character budgets last."""

    def __init__(self, settings: Settings, problems: list[Problem]) -> None:
        self.max_articles = settings.max_articles
        self.max_chars = settings.max_run_chars
        self.problems = problems
        self.articles = 0
        self.chars = 0
        self.spent = False

    def admit(self, article: Article) -> bool:
        """Whether ``article`` fits (it is then counted). The first one that does not is
        reported in one line; every later one is refused silently."""
        if self.spent:
            return False
        if self.articles >= self.max_articles:
            limit = f"max_articles ({self.max_articles:,})"
        elif self.chars + len(article.text) > self.max_chars:
            limit = f"max_run_chars ({self.max_chars:,} characters)"
        else:
            self.articles += 1
            self.chars += len(article.text)
            return True
        self.spent = True
        message = f"run limit {limit} reached; this and all later inputs skipped"
        self.problems.append(Problem(article.origin, message))
        return False


@dataclass(frozen=True, slots=True)
class Duplicate(Problem):
    """An input skipped as an exact copy of ``first`` (the origin of the article kept)."""

    first: str = ""


class Duplicates:
    """One warning line per duplicate for the first few copies of an article, then one line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self._seen: dict[str, tuple[int, int, str]] = {}  # first -> (copies, line index, 4th)

    def skip(self, origin: str, first: str) -> None:
        """Report ``origin`` as a duplicate of ``first`` (appended to, or counted in, problems)."""
        copies, index, hidden = self._seen.get(first, (0, -1, origin))
        copies += 1
        if copies <= DUPLICATE_LINES:
            self.problems.append(Problem(origin, f"duplicate of {first}, skipped"))
        else:
            if index < 0:
                index, hidden = len(self.problems), origin
                self.problems.append(Problem(origin, ""))
            more = copies - DUPLICATE_LINES - 1
            label = f"{hidden} and {more:,} more" if more else hidden
            self.problems[index] = Problem(label, f"duplicate(s) of {first}, skipped")
        self._seen[first] = (copies, index, hidden)

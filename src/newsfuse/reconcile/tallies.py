"""Vote tallies several reports lead with: "passed 220-211", "a 5-4 decision".

A tally is two counts joined by a hyphen, a dash or "to", with a vote word beside it ("voted",
"vote", "passed", "decision", "ruling", "majority", ...): the House's "220 to 211" and "220-211"
are one tally. Like a key number (`key_numbers`), it is a fact when two independent reports
state it in their leads, and it never opens a conflict: two tallies in two reports are as often
two votes (a committee's and the floor's) as a disagreement. A year range ("2016-2017") is no
tally, nor a score without a vote word ("won 3-1"), nor counts that rise ("needs 10 to 12
votes" is a range; a tally gives the winning side first).

The statement is the tally's clause (`clause.clause_wording`: "The House voted 220-211"), else
"vote of 220-211".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.models import Sentence
from newsfuse.reconcile.clause import clause_wording
from newsfuse.reconcile.event import LEAD_SENTENCES
from newsfuse.reconcile.key_numbers import is_title

__all__ = ["MAX_TALLIES", "Tally", "vote_tallies"]

_VOTE_WORDS = (
    r"votes?|voted|voting|margin|decision|ruling|majority|passed|approved|confirmed|rejected|split"
)
_COUNTS = r"\b(?P<a>\d{1,3})\s*(?:-|–|—|\bto\b)\s*(?P<b>\d{1,3})\b"
# the counts, then a vote word ("a 5-4 decision"), or a vote word, then the counts ("passed
# 220-211")
_TALLIES = (
    re.compile(rf"{_COUNTS}(?=[^.;]{{0,40}}\b(?:{_VOTE_WORDS})\b)"),
    re.compile(rf"\b(?:{_VOTE_WORDS})\b[^.;]{{0,40}}?{_COUNTS}"),
)
MAX_TALLIES = 2  # a committee's vote and the floor's
_RANGE_BEFORE = re.compile(r"\b(?:from|between|ages?|aged)\s+$", re.I)


@dataclass(frozen=True)
class Tally:
    """One vote tally as the reports that lead with it state it (one sentence per report)."""

    statement: str
    value: str
    stated: tuple[Sentence, ...]


def vote_tallies(
    sentences: dict[str, list[Sentence]],
    report_of: dict[str, str],
    titles: dict[str, str | None],
) -> list[Tally]:
    """The tallies at least two independent reports state in their leads, most reports first,
    at most `MAX_TALLIES`. A report's prose states its tally before its headline (``titles``
    holds each article's)."""
    seen: dict[str, dict[str, tuple[Sentence, int, int]]] = {}  # value -> report -> where
    for article_id, lead in sentences.items():
        for sentence in lead[:LEAD_SENTENCES]:
            for start, end, value in _tallies_in(sentence.text):
                stated = seen.setdefault(value, {})
                report = report_of[article_id]
                if report not in stated or is_title(stated[report][0], titles):
                    stated[report] = (sentence, start, end)
    kept = sorted(
        ((value, stated) for value, stated in seen.items() if len(stated) >= 2),
        key=lambda item: (-len(item[1]), min(s.index for s, _, _ in item[1].values())),
    )
    return [_worded(value, list(stated.values()), titles) for value, stated in kept][:MAX_TALLIES]


def _tallies_in(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` states a tally, and its value ("220-211")."""
    found = {}
    for pattern in _TALLIES:
        for match in pattern.finditer(text):
            won, lost = int(match["a"]), int(match["b"])
            if won < lost or _RANGE_BEFORE.search(text, 0, match.start("a")):
                continue  # "10 to 12 votes", "from 18 to 21"
            found[match.start("a")] = (match.start("a"), match.end("b"), f"{won}-{lost}")
    return list(found.values())


def _worded(
    value: str, stated: Sequence[tuple[Sentence, int, int]], titles: dict[str, str | None]
) -> Tally:
    """The tally worded by the clause of its first prose sentence that gives one."""
    for sentence, start, end in sorted(stated, key=lambda where: is_title(where[0], titles)):
        if (clause := clause_wording(sentence.text, start, end)) is not None:
            return Tally(clause, value, tuple(s for s, _, _ in stated))
    return Tally(f"vote of {value}", value, tuple(s for s, _, _ in stated))

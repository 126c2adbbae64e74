"""The lead alternative: one article's opening, when it covers the story clearly better.

Reporters put the essentials first, so the opening sentences of the most representative report
are often a better summary than sentences drawn from several articles: they read as one text (a
sentence may lean on the one before it, and enters only right after it), and they were written
to say what happened. `summarize` therefore builds two candidates, its MMR picks and the best
article lead, and keeps the lead only when it covers at least `LEAD_MARGIN` times as much of
what the articles *share*.

What the articles share is measured in **concepts**: adjacent pairs of content terms
(`newsfuse.embed.terms`), each weighted by how many independent reports use it (the articles of
one newsroom are one report: three factboxes repeating one background paragraph share it with
nobody); with two or more reports, a pair only one report uses weighs nothing. Pairs are the
unit of Gillick and Favre's (2009) concept-coverage summarizer and of ROUGE-2. The margin
favours the MMR picks, which are chosen sentence by sentence for centrality and support; the
lead must be clearly better to replace them. On the development sets, choosing this way raised
ROUGE-2 on both (see BENCHMARKS.md). With `MANY_REPORTS` independent reports or more, one
report's opening no longer stands for them all, and the picks stay when they draw on several.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Collection, Sequence

import numpy as np

from newsfuse.summarize.quality import LEANS_BACK

# The lead replaces the MMR picks only when it covers this many times their shared concepts.
LEAD_MARGIN = 1.1
# From this many independent reports on, no one report's opening replaces picks drawn from
# several of them (`stands_for_the_reports`).
MANY_REPORTS = 4
# The sentence-quality problems (`newsfuse.summarize.quality.problems`) an opening tolerates:
# those its own earlier sentences resolve (the sentence before says who "he" is, or whose words
# a bare quote are). Every other problem (a fragment, a headline with no full stop, a run-on
# scrape, page furniture) keeps the sentence out of the lead.
RESOLVED_IN_CONTEXT = frozenset({"needs context", "unattributed quote", LEANS_BACK})


def fits_an_opening(found: set[str] | None) -> bool:
    """Whether a sentence with these `problems` (None: an empty one) may stand in an opening."""
    return found is not None and found <= RESOLVED_IN_CONTEXT


def concepts(sentence_terms: Sequence[Sequence[str]]) -> list[set[str]]:
    """Each sentence's adjacent content-term pairs."""
    return [{f"{a} {b}" for a, b in itertools.pairwise(ts)} for ts in sentence_terms]


def concept_weights(sentence_concepts: Sequence[set[str]], report_of: np.ndarray) -> Counter[str]:
    """How many reports (or articles: ``report_of`` numbers each sentence's) use each concept;
    only concepts two or more share count, unless there is a single one (then every concept
    weighs 1)."""
    per_report: dict[int, set[str]] = {}
    for found, report in zip(sentence_concepts, report_of.tolist(), strict=True):
        per_report.setdefault(report, set()).update(found)
    weights: Counter[str] = Counter()
    for found in per_report.values():
        weights.update(found)
    if len(per_report) < 2:
        return weights
    return Counter({concept: n for concept, n in weights.items() if n >= 2})


def stands_for_the_reports(picked: Sequence[int], report_of: np.ndarray) -> bool:
    """Whether one report's opening may stand for the reports (``report_of`` numbers each
    sentence's) in place of ``picked``: not once there are `MANY_REPORTS` and the picks draw
    on two or more. Concepts only a few of many reports share are thin evidence that one
    opening covers the story: a roundup of April Fools' pranks won over picks from seven of
    nine reports with 29 concepts against 25 and told a prank as news, and a drug maker's
    opening (14 against 11, on pairs such as "chief executive") left out the WHO's pandemic
    declaration that three other reports led with. On the Multi-News dev set every such lead
    scored lower ROUGE-2 than the picks it replaced, at the brief's budget and the eval's."""
    reports = np.unique(report_of)
    return len(reports) < MANY_REPORTS or len(np.unique(report_of[list(picked)])) < 2


def coverage(
    picks: Collection[int], sentence_concepts: Sequence[set[str]], weights: Counter[str]
) -> int:
    """The summed weight of the distinct concepts the picked sentences use."""
    covered: set[str] = set().union(*(sentence_concepts[i] for i in picks))
    return sum(weights[concept] for concept in covered)


def article_leads(
    article_of: np.ndarray,
    lengths: np.ndarray,
    usable: np.ndarray,
    budget: int,
    opens: np.ndarray | None = None,
    repeats: np.ndarray | None = None,
    after: np.ndarray | None = None,
) -> list[list[int]]:
    """Each article's lead: its ``usable`` sentences from the top, in order, until the next one
    would overrun ``budget`` words (the others are passed over). The first must be one that
    ``opens`` allows (default: any usable one): "He said ..." cannot start a summary. A
    sentence that ``repeats[i, j]`` an earlier one of the lead is passed over too: a headline
    and a first sentence often say the same, and a page may repeat a caption word for word.
    A sentence that leans on another (``after[i]`` >= 0, as `newsfuse.summarize.select`
    takes it) comes only right after that one: passing over the question "Why would Trump be
    interested in Dublin?" leaves the next sentence's "He ..." with no one to name."""
    opens = usable if opens is None else opens
    leads: list[list[int]] = []
    for article in range(int(article_of.max()) + 1 if len(article_of) else 0):
        lead: list[int] = []
        left = budget
        for i in np.flatnonzero(article_of == article).tolist():
            if not usable[i] or lengths[i] <= 0 or not (lead or opens[i]):
                continue
            if repeats is not None and lead and repeats[i, lead].any():
                continue
            if after is not None and after[i] >= 0 and not (lead and lead[-1] == after[i]):
                continue
            if lengths[i] > left:
                break
            lead.append(i)
            left -= int(lengths[i])
        leads.append(lead)
    return leads


def better_lead(
    picked: Sequence[int],
    sentence_terms: Sequence[Sequence[str]],
    article_of: np.ndarray,
    lengths: np.ndarray,
    usable: np.ndarray,
    budget: int,
    margin: float = LEAD_MARGIN,
    opens: np.ndarray | None = None,
    repeats: np.ndarray | None = None,
    report_of: np.ndarray | None = None,
    after: np.ndarray | None = None,
) -> list[int] | None:
    """The best-covering article lead (`article_leads`) if it covers ``margin`` times what
    ``picked`` covers and may stand for the reports (`stands_for_the_reports`), else None.
    Ties between leads go to the earlier article. A concept weighs the number of reports
    (``report_of``, default: articles) that use it."""
    report_of = article_of if report_of is None else report_of
    if not stands_for_the_reports(picked, report_of):
        return None
    sentence_concepts = concepts(sentence_terms)
    weights = concept_weights(sentence_concepts, report_of)
    found = article_leads(article_of, lengths, usable, budget, opens, repeats, after)
    leads = [lead for lead in found if lead]
    if not leads:
        return None
    scores = [coverage(lead, sentence_concepts, weights) for lead in leads]
    best = int(np.argmax(scores))
    if scores[best] > margin * coverage(picked, sentence_concepts, weights):
        return leads[best]
    return None

"""Date selection on Timeline17: are the most-mentioned dates the ones journalists put on timelines?

Usage::

    .venv/bin/python scripts/timeline_dates_eval.py [--data ../shared/data/timeline17]
                                                    [--count mentions|articles]

For each topic folder, every article (``articles.jsonl``: ``{"id", "time", "text"}``, text
pre-tokenised, one sentence a line) goes through `newsfuse.extract.dates.find_dates` anchored on
its own ``time``. The system predicts, for each gold timeline (``timelines.jsonl``), the k most
frequently mentioned day-precision dates (k = the gold timeline's length; ``--count articles``
counts each date once per article). The baseline predicts the k most frequent publication
dates. Both are scored with date precision/recall/F1 (exact day match) against each gold
timeline and averaged over the folder's timelines; the last row is the mean over folders.
Ties in frequency go to the earlier date (deterministic).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from newsfuse.extract.dates import find_dates
from newsfuse.models import Article, Sentence

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeline17"


def _sentences(article: Article) -> list[Sentence]:
    """One sentence a line, as the corpus is distributed."""
    return [
        Sentence(article.id, index, match.start(), match.end(), match.group())
        for index, match in enumerate(re.finditer(r"[^\n]*\S[^\n]*", article.text))
    ]


def _top(counts: Counter[dt.date], k: int) -> set[dt.date]:
    return {day for day, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]}


def _prf(predicted: set[dt.date], gold: set[dt.date]) -> tuple[float, float, float]:
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def _timelines(path: Path) -> list[list[list]]:
    """Gold timelines: one JSON timeline a line (a line holding a list of them also works)."""
    timelines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            value = json.loads(line)
            timelines.extend([value] if isinstance(value[0][0], str) else value)
    return timelines


def evaluate_folder(folder: Path, count: str) -> tuple[dict[str, tuple[float, ...]], int, float]:
    """Mean (P, R, F1) of system and baseline over the folder's gold timelines."""
    mentioned: Counter[dt.date] = Counter()
    published: Counter[dt.date] = Counter()
    seconds = 0.0
    with (folder / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            day = dt.date.fromisoformat(record["time"])
            text = record["text"]
            article = Article(str(record["id"]), str(folder), text, text, published=day)
            started = time.perf_counter()
            mentions = find_dates(article, _sentences(article), day)
            seconds += time.perf_counter() - started
            days = [m.date for m in mentions if m.precision == "day"]
            mentioned.update(set(days) if count == "articles" else days)
            published[day] += 1
    timelines = _timelines(folder / "timelines.jsonl")
    scores: dict[str, list[tuple[float, float, float]]] = {"system": [], "baseline": []}
    for timeline in timelines:
        gold = {dt.date.fromisoformat(entry[0]) for entry in timeline}
        scores["system"].append(_prf(_top(mentioned, len(gold)), gold))
        scores["baseline"].append(_prf(_top(published, len(gold)), gold))
    means = {
        name: tuple(statistics.fmean(column) for column in zip(*rows, strict=True))
        for name, rows in scores.items()
    }
    return means, len(timelines), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--count", choices=["mentions", "articles"], default="mentions")
    args = parser.parse_args()
    folders = sorted(path for path in args.data.iterdir() if (path / "articles.jsonl").exists())
    header = f"{'folder':24} {'TLs':>3}  {'system P/R/F1':>20}  {'baseline P/R/F1':>20}"
    print(header, "-" * len(header), sep="\n")
    rows = []
    total_seconds = 0.0
    for folder in folders:
        means, timelines, seconds = evaluate_folder(folder, args.count)
        total_seconds += seconds
        rows.append(means)
        system, baseline = (" / ".join(f"{100 * v:5.1f}" for v in means[n]) for n in means)
        print(f"{folder.name:24} {timelines:>3}  {system:>20}  {baseline:>20}")
    mean = {
        name: tuple(statistics.fmean(row[name][i] for row in rows) for i in range(3))
        for name in ("system", "baseline")
    }
    system, baseline = (" / ".join(f"{100 * v:5.1f}" for v in mean[n]) for n in mean)
    print("-" * len(header))
    print(f"{'mean over folders':24} {'':>3}  {system:>20}  {baseline:>20}")
    print(f"\nfind_dates: {total_seconds:.2f} s over all folders (count={args.count})")


if __name__ == "__main__":
    main()

"""Where event clustering goes wrong on a labelled stream: split true events and impure ones.

    python scripts/cluster_errors.py multinews ../shared/data/multinews [--show 20]

Runs the same shuffled stream as ``newsfuse eval --dataset clustering`` (local engine, fresh
store) and prints BCubed, the number of true events split over several predicted events and
of predicted events mixing several true ones, then the first ``--show`` of each with every
article's predicted event, title and opening words: what the error analysis in
BENCHMARKS.md reads.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from newsfuse.evaluate.clustering import SEED, bcubed, labelled_stream, predict_events
from newsfuse.models import Article


def _line(label: str, article: Article) -> str:
    opening = " ".join(article.text.split())[:110]
    return f"    {label[-16:]:>16} | {(article.title or '')[:50]:50} | {opening}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", choices=("multinews", "allsides"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--show", type=int, default=10)
    args = parser.parse_args()

    articles, truth = labelled_stream(args.dataset, args.path, seed=SEED)
    events, _ = predict_events(articles)
    predicted = {a.id: event for a, event in zip(articles, events, strict=True)}
    print(bcubed([predicted[a.id] for a in articles], [truth[a.id] for a in articles]))

    by_truth: dict[str, list[Article]] = defaultdict(list)
    by_event: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_truth[truth[article.id]].append(article)
        by_event[predicted[article.id]].append(article)
    split = [g for g, members in by_truth.items() if len({predicted[a.id] for a in members}) > 1]
    impure = [e for e, members in by_event.items() if len({truth[a.id] for a in members}) > 1]
    print(f"{len(split)} true events split, {len(impure)} predicted events impure")
    for name in split[: args.show]:
        print(f"split {name}:")
        print("\n".join(_line(predicted[a.id], a) for a in by_truth[name]))
    for event in impure[: args.show]:
        print(f"impure {event}:")
        print("\n".join(_line(truth[a.id], a) for a in by_event[event]))


if __name__ == "__main__":
    main()

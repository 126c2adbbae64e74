"""Where event clustering goes wrong on a labelled stream: split true events and impure ones.

    python scripts/cluster_errors.py multinews ../shared/data/multinews [--show 20]
    python scripts/cluster_errors.py multinews ../shared/data/multinews --ceiling

Runs the same shuffled stream as ``newsfuse eval --dataset clustering`` (local engine, fresh
store) and prints BCubed, the number of true events split over several predicted events and
of predicted events mixing several true ones, then the first ``--show`` of each with every
article's predicted event, title and opening words: what the error analysis in
BENCHMARKS.md reads.

``--ceiling`` instead asks how far the assignment's similarity can go at all: it links every
two articles *of the same true event* whose cosine (the assignment's own IDF-weighted term
vectors, `newsfuse.cluster.features`, IDF over the whole stream) reaches a threshold, and
scores the connected components. No wrong link is ever made, so precision is 1; the recall is
the most that any method could reach if it needs that cosine to see that two reports belong
together. Each line also counts the articles that some article of *another* event is that
close to: the wrong links a method working at that cosine must avoid. Articles the stream
skips (emptied by cleaning) stay alone, as in the evaluation.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from newsfuse.cluster import DEFAULT_CONFIG, Idf, term_matrix
from newsfuse.evaluate.clustering import SEED, bcubed, labelled_stream, predict_events
from newsfuse.models import Article
from newsfuse.stream.stages import Prepared, prepare

CEILING_THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25)


def _line(label: str, article: Article) -> str:
    opening = " ".join(article.text.split())[:110]
    return f"    {label[-16:]:>16} | {(article.title or '')[:50]:50} | {opening}"


def print_ceiling(articles: list[Article], truth: dict[str, str]) -> None:
    """BCubed of linking same-event pairs whose cosine reaches each threshold (see above)."""
    prepared = [prepare(a) for a in articles]
    kept = [p for p in prepared if isinstance(p, Prepared)]
    vectors = [p.features.vector for p in kept]
    idf = Idf(DEFAULT_CONFIG.hash_bits)
    idf.update(vectors)
    rows = term_matrix([idf.weigh(v) for v in vectors], len(idf.df))
    cosine = (rows @ rows.T).toarray()
    np.fill_diagonal(cosine, 0.0)
    labels = np.array([truth[p.article.id] for p in kept])
    same_event = labels[:, None] == labels[None, :]
    kept_ids = {p.article.id for p in kept}
    skipped = [a for a in articles if a.id not in kept_ids]
    true = [*labels.tolist(), *(truth[a.id] for a in skipped)]
    print(f"{len(kept)} articles kept, {len(skipped)} skipped (each its own event)")
    for threshold in CEILING_THRESHOLDS:
        _, components = connected_components(
            sparse.csr_matrix(same_event & (cosine >= threshold)), directed=False
        )
        predicted = [*components.tolist(), *(f"skipped:{a.id}" for a in skipped)]
        scores = bcubed(predicted, true)
        tempted = int(((cosine >= threshold) & ~same_event).any(axis=1).sum())
        print(
            f"links at cosine >= {threshold:.2f}: precision {scores['precision']:.3f} "
            f"recall {scores['recall']:.3f} F1 {scores['f1']:.3f}; "
            f"{tempted} articles have another event's article that close"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", choices=("multinews", "allsides"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--show", type=int, default=10)
    parser.add_argument("--ceiling", action="store_true", help="the similarity's ceiling only")
    args = parser.parse_args()

    articles, truth = labelled_stream(args.dataset, args.path, seed=SEED)
    if args.ceiling:
        print_ceiling(articles, truth)
        return
    assigned, _ = predict_events(articles)
    predicted = {a.id: assigned.get(a.id, f"unassigned:{a.id}") for a in articles}
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

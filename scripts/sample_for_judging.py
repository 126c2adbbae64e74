"""Print a deterministic sample of newsfuse's conflicts and timeline entries for judging by hand.

Runs `newsfuse.pipeline.build_brief` on every Multi-News validation cluster and every AllSides
validation cluster in ../shared/data, collects every conflict and every timeline entry with its
cluster id, and prints: every conflict, then timeline entries drawn with random.Random(2026) up
to 20 items in all, each with the source text around its evidence. A last, separately labelled
part gives the conflicts of the seed cluster (examples/ain-al-asad).

    .venv/bin/python scripts/sample_for_judging.py                 # the sample (a few minutes)
    .venv/bin/python scripts/sample_for_judging.py --full ID S3    # one whole cleaned article

The articles are passed as the dataset loaders build them (`build_brief(list(cluster.articles))`).
For a timeline entry, which carries no offsets, the sentences of each cited source that hold a
mention of the entry's date (same date and precision, as the timeline stage groups them) are
found again with the same clean, segment and extract stages.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import newsfuse
from newsfuse.clean import clean_article
from newsfuse.evaluate.datasets import load_allsides, load_multinews
from newsfuse.extract import extract
from newsfuse.pipeline import build_brief
from newsfuse.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]
DATA = Path("/work/shared/data")
if not DATA.is_dir():
    DATA = ROOT.parent / "shared" / "data"
SEED_CLUSTER = ROOT / "examples" / "ain-al-asad"
SAMPLE_SIZE = 20
SEED = 2026
CONTEXT = 300  # characters of source text shown either side of a piece of evidence


def clusters():
    """(cluster id, articles) for every Multi-News and AllSides validation cluster, in order."""
    for cluster in load_multinews(DATA / "multinews" / "validation.jsonl"):
        yield f"multinews:{cluster.id}", list(cluster.articles)
    for cluster in load_allsides(DATA / "allsides"):
        yield f"allsides:{cluster.id}", list(cluster.articles)


def around(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    lo, hi = max(0, start - width), min(len(text), end + width)
    return (
        ("…" if lo else "")
        + " ".join(text[lo:start].split())
        + " >>>"
        + " ".join(text[start:end].split())
        + "<<< "
        + " ".join(text[end:hi].split())
        + ("…" if hi < len(text) else "")
    )


def print_conflict(n: int, cluster_id: str, brief, conflict) -> None:
    texts = {s.id: s.text for s in brief.sources}
    print(f"\n### [{n}] {cluster_id} · CONFLICT {conflict.id}")
    print(f"question: {conflict.question!r}  kind: {conflict.kind}")
    for v in conflict.variants:
        print(f"  variant value={v.value!r} sources={v.sources} attributed_to={v.attributed_to!r}")
        for e in v.evidence:
            print(f"    evidence {e.source} [{e.start}:{e.end}]: {e.quote!r}")
            print(f"      context: {around(texts[e.source], e.start, e.end)}")


def print_timeline(n: int, cluster_id: str, articles, brief, entry) -> None:
    print(f"\n### [{n}] {cluster_id} · TIMELINE {entry.date.isoformat()} ({entry.precision})")
    print(f"text: {entry.text!r}")
    print(f"sources: {entry.sources}")
    # Find the date mentions again: the same stages build_brief ran, on the same articles.
    cleaned = [a for a in (clean_article(a) for a in articles) if a.text.strip()]
    sentences = {a.id: split_sentences(a) for a in cleaned}
    extraction = extract(cleaned, sentences)
    by_source = {f"S{i}": a for i, a in enumerate(cleaned, start=1)}
    for sid in entry.sources:
        article = by_source[sid]
        print(f"  {sid}: published={article.published} title={article.title!r}")
        shown = set()
        for m in extraction.dates.get(article.id, []):
            if m.date != entry.date or m.precision != entry.precision:
                continue
            sentence = next((s for s in sentences[article.id] if s.start <= m.start < s.end), None)
            if sentence is None or sentence.index in shown:
                continue
            shown.add(sentence.index)
            print(
                f"    date mention {m.text!r} (relative={m.relative}) in sentence: "
                f"{sentence.text!r}"
            )
            print(f"      context: {around(article.text, sentence.start, sentence.end)}")


def full(cluster_id: str, source_id: str) -> None:
    for cid, articles in clusters():
        if cid == cluster_id:
            brief = build_brief(articles)
            source = next(s for s in brief.sources if s.id == source_id)
            print(f"{cluster_id} {source_id} published={source.published} title={source.title!r}")
            print(source.text)
            return
    sys.exit(f"no cluster {cluster_id}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--full",
        nargs=2,
        metavar=("CLUSTER", "SOURCE"),
        help="print one whole cleaned article, e.g. multinews:12 S2",
    )
    args = parser.parse_args()
    if args.full:
        full(*args.full)
        return

    started = time.perf_counter()
    conflicts, timeline = [], []
    n_clusters = 0
    kept_articles = {}
    failures = []
    for cluster_id, articles in clusters():
        n_clusters += 1
        try:
            brief = build_brief(articles)
        except Exception as err:  # the requirement is "without error": count failures
            failures.append(f"{cluster_id}: {type(err).__name__}: {err}")
            continue
        for c in brief.conflicts:
            conflicts.append((cluster_id, brief, c))
            kept_articles[cluster_id] = articles
        for t in brief.timeline:
            timeline.append((cluster_id, brief, t))
            kept_articles[cluster_id] = articles

    print("# newsfuse: conflicts and timeline entries sampled for judging")
    print(
        f"clusters run: {n_clusters}; failures: {len(failures)}; "
        f"conflicts: {len(conflicts)}; timeline entries: {len(timeline)}; "
        f"seconds: {time.perf_counter() - started:.0f}"
    )
    for f in failures:
        print(f"FAILED {f}")

    rng = random.Random(SEED)
    k = max(0, min(len(timeline), SAMPLE_SIZE - len(conflicts)))
    drawn = sorted(rng.sample(range(len(timeline)), k))

    print(
        f"\n## Part 1: every dataset conflict ({len(conflicts)}) and "
        f"{k} timeline entries drawn with random.Random({SEED})"
    )
    n = 0
    for cluster_id, brief, c in conflicts:
        n += 1
        print_conflict(n, cluster_id, brief, c)
    for i in drawn:
        cluster_id, brief, t = timeline[i]
        n += 1
        print_timeline(n, cluster_id, kept_articles[cluster_id], brief, t)

    seed = newsfuse.brief(str(SEED_CLUSTER))
    print(f"\n## Part 2: the seed cluster ({SEED_CLUSTER.name}): {len(seed.conflicts)} conflicts")
    for c in seed.conflicts:
        n += 1
        print_conflict(n, f"seed:{SEED_CLUSTER.name}", seed, c)


if __name__ == "__main__":
    main()

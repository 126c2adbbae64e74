"""The brief's title against the AllSides editors' own headline for each roundup.

    python scripts/headline_eval.py ../shared/data/allsides [--limit N]

AllSides writes a neutral headline for each roundup of three outlets (left, centre, right), and
each outlet's article comes with its own headline. The brief's title is one of the outlets'
headlines (`reconcile.event`), so the question is which one. This prints ROUGE-1/2 F1
(`rouge-score`, stemming on, mean x 100) of the brief's title against the editors' headline,
beside the same for each outlet position taken blindly (the first, second or third headline).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from rouge_score import rouge_scorer

import newsfuse
from newsfuse.evaluate.datasets import load_raw

_TITLE = re.compile(r"TITLE=>\s*(.*?)\s*ARTICLE=>", re.S)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="the AllSides folder (val.source, val.target)")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()

    target = args.path / "val.target" if args.path.is_dir() else args.path.with_suffix(".target")
    lines = target.read_text(encoding="utf-8").splitlines()
    editors = [match[1] if (match := _TITLE.search(line)) else "" for line in lines]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    totals: dict[str, list[float]] = {}
    for raw, reference in zip(load_raw("allsides", args.path, args.limit), editors, strict=False):
        titles = {"newsfuse": newsfuse.brief(list(raw.articles)).event.title or ""}
        for position, name in enumerate(("first outlet", "second outlet", "third outlet")):
            if position < len(raw.articles):
                titles[name] = raw.articles[position].title or ""
        for name, title in titles.items():
            scores = scorer.score(reference, title)
            total = totals.setdefault(name, [0.0, 0.0, 0])
            total[0] += scores["rouge1"].fmeasure
            total[1] += scores["rouge2"].fmeasure
            total[2] += 1
    print(f"{'title':14} {'R1 F':>6} {'R2 F':>6} clusters")
    for name, (r1, r2, n) in totals.items():
        print(f"{name:14} {100 * r1 / n:6.2f} {100 * r2 / n:6.2f} {int(n)}")


if __name__ == "__main__":
    main()

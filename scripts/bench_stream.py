"""Throughput and peak memory of `newsfuse cluster` (issue 5), local vs Dask.

    python scripts/bench_stream.py timeline17            # ~2,900 articles: local, dask-1, dask-2
    python scripts/bench_stream.py synthetic --n 100000  # the 100k stream (one engine)
    python scripts/bench_stream.py stages --n 500        # where take-in time goes, per stage
    python scripts/bench_stream.py growth --n 5000 --engines local,dask-2
                                          # RSS every 1,000 articles (this process + workers)

Each run is a fresh `newsfuse cluster --store` process on a fresh store; peak memory is the
largest sum of resident set sizes over the process *tree* (the CLI plus Dask's scheduler
thread and worker processes), sampled every 0.2 s with psutil. Articles/s counts articles
read. The phase split (take in / assign / briefs) is the run's own "timings:" line.

**The synthetic stream** (``out/stream-<n>.jsonl``, written once and reused) is built from the
Timeline17 articles by perturbation, deterministically (seeded): the corpus is replayed
``ceil(n / (1.3 * 2,900))`` times; replay ``k`` shifts every date by ``k * 20`` days (so
replays overlap in time, as several stories run at once) plus a jitter of 0-2 days. Each
article becomes a *rewrite* (a third of its lines dropped, two neighbouring lines swapped,
an outlet of 40, a dateline), and 30 % of them also get a *syndicated copy* the same or the
next day (the rewrite under another outlet, its last line replaced by a "Distributed by"
credit: a near-identical copy, never an exact one, so the dedup stage has to estimate).
The lines are written in publication order, like a feed, and cut at n.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "timeline17"
CLI = [str(Path(sys.executable).parent / "newsfuse")]


def originals() -> list[dict]:
    rows = []
    for path in sorted(DATA.glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record.get("text") and record.get("time"):
                    record["folder"] = path.parent.name
                    rows.append(record)
    return rows


def synthetic(n: int, out: Path) -> Path:
    """Write the n-article synthetic stream (once); see the module docstring."""
    if out.exists():
        return out
    base = originals()
    replays = math.ceil(n / (1.3 * len(base)))
    rng = random.Random(5)
    plan = []
    for k in range(replays):
        for index, record in enumerate(base):
            day = dt.date.fromisoformat(record["time"]) + dt.timedelta(
                days=20 * k + rng.randint(0, 2)
            )
            plan.append((day, k, index, "rewrite"))
            if rng.random() < 0.3:
                plan.append((day + dt.timedelta(days=rng.randint(0, 1)), k, index, "copy"))
    plan.sort()
    plan = plan[:n]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".partial")
    with tmp.open("w", encoding="utf-8") as sink:
        for day, k, index, kind in plan:
            record = base[index]
            local = random.Random(f"{k}/{index}")  # the same rewrite for its copy
            lines = [x for x in record["text"].split("\n") if x.strip()]
            kept = [x for x in lines if local.random() > 1 / 3] or lines[:1]
            if len(kept) > 3:
                i = local.randrange(len(kept) - 1)
                kept[i], kept[i + 1] = kept[i + 1], kept[i]
            outlet = f"outlet{local.randrange(40)}"
            kept[0] = f"{day.strftime('%B %d')} ({outlet}) -- {kept[0]}"  # a dateline
            if kind == "copy":
                outlet = f"outlet{random.Random(f'{k}/{index}/copy').randrange(40, 80)}"
                kept = [*kept[:-1], f"Distributed by {outlet}."] if len(kept) > 3 else kept
                kept = kept if len(kept) > 3 else [*kept, f"Distributed by {outlet}."]
            sink.write(
                json.dumps(
                    {
                        "id": f"syn{k}-{record['folder']}-{record['id']}-{kind}",
                        "time": day.isoformat(),
                        "outlet": outlet,
                        "text": "\n".join(kept),
                    }
                )
                + "\n"
            )
    tmp.replace(out)
    return out


def measure(args: list[str], label: str) -> dict:
    """Run one `newsfuse cluster` process; wall time and the process tree's peak RSS."""
    env = dict(os.environ)
    start = time.perf_counter()
    process = subprocess.Popen(
        [*CLI, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(process.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in tree if p.is_running())
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - start
    summary = [line for line in err.splitlines() if " read, " in line or "timings" in line]
    if process.returncode != 0:
        print(err[-3000:], file=sys.stderr)
    return {
        "label": label,
        "rc": process.returncode,
        "wall_s": wall,
        "peak_rss_mb": peak / 2**20,
        "report": summary,
    }


def stage_costs(n: int) -> dict:
    """Milliseconds per article of each per-article stage, on the first n Timeline17
    articles (the same calls `newsfuse.stream.stages.prepare` makes, timed one by one)."""
    import dataclasses

    from newsfuse.clean import clean_article
    from newsfuse.cluster import features
    from newsfuse.dedup import signature
    from newsfuse.extract.entities import translit_key
    from newsfuse.extract.ner import find_entities_many
    from newsfuse.ingest import iter_inputs
    from newsfuse.segment import split_sentences
    from newsfuse.stream import stream_settings
    from newsfuse.stream.stages import LEAD_CHARS, _body

    costs: dict[str, float] = {}

    def timed(stage, call):
        start = time.perf_counter()
        value = call()
        costs[stage] = costs.get(stage, 0.0) + time.perf_counter() - start
        return value

    items = iter_inputs([str(DATA)], stream_settings())
    done = 0
    while done < n:
        article = timed("ingest", lambda: next(items))
        if not hasattr(article, "raw_text"):
            continue
        cleaned = timed("clean", lambda a=article: clean_article(a))
        lead = dataclasses.replace(cleaned, text=cleaned.text[:LEAD_CHARS])
        sentences = timed("segment (lead)", lambda lead=lead: split_sentences(lead))
        mentions = timed(
            "extract (rules NER, lead)",
            lambda lead=lead, s=sentences: find_entities_many([(lead, s)], backend="rules")[0],
        )
        keys = {translit_key(m.text) for m in mentions}
        timed("embed (terms)", lambda c=cleaned, k=keys: features(c.title or "", _body(c), k))
        timed("sign (MinHash)", lambda c=cleaned: signature(c.text))
        done += 1
    return {stage: 1000 * seconds / n for stage, seconds in costs.items()}


def memory_growth(path: Path, engine: str) -> list[dict]:
    """RSS of this process and of its children (Dask workers) after every 1,000 articles taken
    in, running `cluster_paths` here, so the sampling sees where memory is held."""
    from newsfuse.store import Store
    from newsfuse.stream import StreamOptions, cluster_paths

    me = psutil.Process()
    rows: list[dict] = []
    taken = 0

    def progress(k: int) -> None:
        nonlocal taken
        taken += k
        if taken // 1000 > len(rows):
            children = sum(c.memory_info().rss for c in me.children(recursive=True))
            rows.append(
                {
                    "articles": taken,
                    "main_mb": round(me.memory_info().rss / 2**20),
                    "children_mb": round(children / 2**20),
                }
            )

    options = StreamOptions(briefs="none")
    if engine.startswith("dask"):
        options = StreamOptions(engine="dask", workers=int(engine.split("-")[1]), briefs="none")
    with (
        tempfile.TemporaryDirectory(prefix="newsfuse-bench-", dir=ROOT / "out") as folder,
        Store(Path(folder) / "bench.db") as store,
    ):
        cluster_paths([str(path)], store, options, progress=progress)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("timeline17", "synthetic", "stages", "growth"))
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--engines", default="local,dask-1,dask-2")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    if args.what == "stages":
        costs = stage_costs(min(args.n, 2900))
        print(json.dumps({"ms_per_article": costs, "total_ms": sum(costs.values())}, indent=2))
        return
    if args.what == "growth":
        path = synthetic(args.n, ROOT / "out" / f"stream-{args.n}.jsonl")
        growth = {e: memory_growth(path, e) for e in args.engines.split(",")}
        print(json.dumps(growth, indent=1))
        if args.json:
            args.json.write_text(json.dumps(growth, indent=2) + "\n", encoding="utf-8")
        return
    if args.what == "timeline17":
        inputs, count = (
            [str(DATA)],
            sum(1 for p in DATA.glob("*/articles.jsonl") for _ in p.open(encoding="utf-8")),
        )
    else:
        path = synthetic(args.n, ROOT / "out" / f"stream-{args.n}.jsonl")
        inputs, count = [str(path)], args.n
    results = []
    for engine in args.engines.split(","):
        with tempfile.TemporaryDirectory(prefix="newsfuse-bench-", dir=ROOT / "out") as folder:
            cli = ["cluster", *inputs, "--store", f"{folder}/bench.db", "-q", "--briefs", "none"]
            if engine.startswith("dask"):
                cli += ["--engine", "dask", "--workers", engine.split("-")[1]]
            result = measure(cli, engine)
            result["articles"] = count
            result["articles_per_s"] = count / result["wall_s"]
            result["store_mb"] = Path(f"{folder}/bench.db").stat().st_size / 2**20
            results.append(result)
            print(json.dumps(result), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

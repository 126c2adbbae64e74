"""Crash safety of `newsfuse cluster --store` (issue 7): kill -9 at random moments, re-run, check.

    python scripts/kill_loop.py                  # 20 kills (make killloop)
    python scripts/kill_loop.py --kills 3 --json out/killloop.json

The input is a fixed slice of Timeline17 (``--articles`` lines, default 600, from four
folders), split into ``--kills`` JSONL files, as if a feed delivered one file after another.
First one clean, uninterrupted run over all files gives the expected article ids. Then, on a
fresh store, for k = 1 .. ``--kills``: start ``newsfuse cluster`` on files 1..k (so every run
has new work: the new file, plus whatever the killed runs before left) and SIGKILL it after a
random delay (seeded, uniform between 0.5 s and the time the run would need: start-up plus
the clean run's seconds per article times the articles not yet stored), so kills land in
start-up, take-in, assignment and brief writing alike; every second kill instead waits for
the run's first assignment commit and strikes 0-1 s later, inside the assignment phase. Runs
use small partitions and windows (20 and 50 articles), so each has many transactions to be
killed in. After each
kill the store must be consistent (`Store.check`: event sizes, dates and copies agree with
the assignments; every article is either pending or assigned once) and hold no article twice
(ids are keys; no two stored articles have the same text). A last run without a kill must
then end with exactly the expected articles, every one assigned once, and the store
consistent. The events are compared with the clean run's too (reported, not required: a kill
during assignment moves the window boundaries and so the IDF snapshot a few articles see).
Exit status 0 only if every check passed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsfuse.store import assigned_count

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "timeline17"
FOLDERS = ("H1N1_guardian", "H1N1_bbc", "bpoil_bbc", "LibyaWar_reuters")
CLI = [str(Path(sys.executable).parent / "newsfuse")]


def make_input(folder: Path, articles: int, parts: int) -> list[Path]:
    """The first ``articles`` Timeline17 lines of `FOLDERS` (ids made unique by folder), in
    ``parts`` files."""
    rows = []
    for name in FOLDERS:
        with (DATA / name / "articles.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record.get("text"):
                    record["id"] = f"{name}/{record['id']}"
                    rows.append(json.dumps(record))
    rows = rows[:articles]
    paths = []
    for k in range(parts):
        path = folder / f"part{k + 1:02d}.jsonl"
        path.write_text(
            "".join(r + "\n" for r in rows[k * len(rows) // parts : (k + 1) * len(rows) // parts]),
            encoding="utf-8",
        )
        paths.append(path)
    return paths


#: Small partitions and windows: many take-in and assignment transactions per run to land in.
SMALL = ["--partition-size", "20", "--window", "50"]


def run(
    store: Path, inputs: list[Path], kill_after: float | None, in_assignment: bool = False
) -> tuple[int, float]:
    """One `newsfuse cluster` run, SIGKILLed after ``kill_after`` seconds if still running;
    with ``in_assignment``, ``kill_after`` seconds after its first assignment commit instead."""
    start = time.perf_counter()
    before = max(0, assigned_count(store))
    process = subprocess.Popen(
        [*CLI, "cluster", *map(str, inputs), "--store", str(store), "-q", *SMALL],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if in_assignment:
        while process.poll() is None and assigned_count(store) <= before:
            time.sleep(0.05)
        if process.poll() is None:
            time.sleep(kill_after or 0.0)
    else:
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=kill_after)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return process.returncode, time.perf_counter() - start


def inspect(store: Path) -> dict:
    """What a checker sees in a store, read with plain SQL besides `Store.check`."""
    from newsfuse.store import Store

    with Store(store) as opened:
        problems = opened.check()
    db = sqlite3.connect(store)
    try:
        ids = [r[0] for r in db.execute("SELECT id FROM articles")]
        hashes = db.execute(
            "SELECT count(*), count(DISTINCT content_hash) FROM articles"
        ).fetchone()
        assigned = db.execute("SELECT count(*) FROM assignments").fetchone()[0]
        distinct_assigned = db.execute(
            "SELECT count(DISTINCT article_id) FROM assignments"
        ).fetchone()[0]
        events = {
            tuple(sorted(r[0].split("\x1f")))
            for r in db.execute(
                "SELECT group_concat(article_id, char(31)) FROM assignments GROUP BY event_id"
            )
        }
    finally:
        db.close()
    if hashes[0] != hashes[1]:
        problems.append(f"{hashes[0] - hashes[1]} article text(s) stored twice")
    if assigned != distinct_assigned:
        problems.append("an article is assigned twice")
    return {
        "ids": ids,
        "assigned": assigned,
        "problems": problems,
        "events": events,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="newsfuse-kill-") as folder:
        inputs = make_input(Path(folder), args.articles, args.kills)
        clean_store = Path(folder) / "clean.db"
        rc, clean_seconds = run(clean_store, inputs, None)
        if rc != 0:
            print(f"clean run failed (exit {rc})", file=sys.stderr)
            return 1
        clean = inspect(clean_store)
        expected = set(clean["ids"])
        _, startup = run(clean_store, inputs, None)  # nothing new: start-up and reading only
        per_article = max(0.0, clean_seconds - startup) / max(1, len(expected))
        print(
            f"clean run: {len(expected)} articles, {clean_seconds:.1f} s "
            f"(start-up {startup:.1f} s)",
            flush=True,
        )

        store = Path(folder) / "killed.db"
        log = []
        failures = 0
        stored = 0
        for kill in range(1, args.kills + 1):
            given = inputs[:kill]
            lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in given)
            in_assignment = kill % 2 == 0
            if in_assignment:  # kill within the assignment phase, after its first commit
                delay = rng.uniform(0.0, 1.0)
            else:
                delay = rng.uniform(0.5, startup + per_article * max(1, lines - stored))
            rc, _ = run(store, given, delay, in_assignment)
            state = inspect(store) if store.exists() else {"ids": [], "assigned": 0, "problems": []}
            extra = set(state["ids"]) - expected
            problems = list(state["problems"])
            if extra:
                problems.append(f"{len(extra)} article(s) that the clean run does not have")
            if len(state["ids"]) != len(set(state["ids"])):
                problems.append("an article id stored twice")
            failures += bool(problems)
            stored = len(state["ids"])
            entry = {
                "kill": kill,
                "phase": "assignment" if in_assignment else "any",
                "after_s": round(delay, 2),
                "killed": rc == -signal.SIGKILL,
                "stored": len(state["ids"]),
                "assigned": state["assigned"],
                "problems": problems,
            }
            log.append(entry)
            print(json.dumps(entry), flush=True)

        rc, _ = run(store, inputs, None)
        final = inspect(store)
        problems = list(final["problems"])
        if rc != 0:
            problems.append(f"final run exited {rc}")
        if set(final["ids"]) != expected:
            missing = len(expected - set(final["ids"]))
            extra = len(set(final["ids"]) - expected)
            problems.append(f"final store: {missing} article(s) lost, {extra} extra")
        if final["assigned"] != len(expected):
            problems.append(f"final store: {final['assigned']} of {len(expected)} assigned")
        same_events = final["events"] == clean["events"]
        summary = {
            "kills": args.kills,
            "killed_mid_run": sum(e["killed"] for e in log),
            "articles": len(expected),
            "lost": len(expected - set(final["ids"])),
            "duplicated": len(final["ids"]) - len(set(final["ids"])),
            "checks_failed": failures + bool(problems),
            "final_problems": problems,
            "events_identical_to_clean_run": same_events,
            "clean_run_s": round(clean_seconds, 1),
        }
        print(json.dumps(summary), flush=True)
        if args.json:
            args.json.write_text(json.dumps({"summary": summary, "kills": log}, indent=2) + "\n")
        return 0 if summary["checks_failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

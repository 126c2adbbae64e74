"""`make bench`: time the demo brief cold and warm on this machine.

cold: a fresh `newsfuse brief examples/ain-al-asad --json FILE -q` process, end to end
      (interpreter start, imports, ingest, every stage, writing JSON); 5 runs.
warm: `newsfuse.brief()` called again in a process that has already built one brief
      (imports done, caches filled): the cost a server or notebook pays per brief; 20 runs,
      with the default entity backend (spaCy) and with the model-free rules backend.
Goal from the issue: cold < 5 s, warm < 0.5 s on 2 cores.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsfuse.settings import DEFAULT_SETTINGS, Settings

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "ain-al-asad"
NEWSFUSE = Path(sys.executable).with_name("newsfuse")


def _cold_runs(n: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(n):
            start = time.perf_counter()
            subprocess.run(
                [str(NEWSFUSE), "brief", str(DEMO), "--json", f"{tmp}/b.json", "-q"], check=True
            )
            times.append(time.perf_counter() - start)
    return times


def _warm_runs(n: int, settings: Settings = DEFAULT_SETTINGS) -> list[float]:
    import newsfuse

    newsfuse.brief(DEMO, settings=settings)
    times = []
    for _ in range(n):
        start = time.perf_counter()
        newsfuse.brief(DEMO, settings=settings)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    cold = _cold_runs(5)
    warm = _warm_runs(20)
    warm_rules = _warm_runs(20, Settings(ner="rules"))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}"
    print(f"machine: {machine}")
    print(
        f"demo brief, cold CLI process: first {cold[0]:.2f} s, "
        f"median {statistics.median(cold):.2f} s (5 runs)"
    )
    print(
        f"demo brief, warm in-process: median {statistics.median(warm) * 1000:.0f} ms, "
        f"max {max(warm) * 1000:.0f} ms (20 runs)"
    )
    print(
        f"demo brief, warm, --ner rules: median {statistics.median(warm_rules) * 1000:.0f} ms, "
        f"max {max(warm_rules) * 1000:.0f} ms (20 runs; spaCy NER is the difference)"
    )


if __name__ == "__main__":
    main()

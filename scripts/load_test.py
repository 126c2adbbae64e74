"""`make bench-web`: a bounded load test of `newsfuse serve` on loopback.

Starts `newsfuse serve` in its own process (a temporary briefs database, loopback, a free
port), waits for it to answer, then runs ``--clients`` concurrent clients (asyncio + httpx)
that together send ``--requests`` ``POST /api/briefs`` requests, each the five demo articles,
so every request builds a real brief. Meanwhile a probe asks ``GET /api/health`` every 200 ms:
its latency shows whether the event loop stays responsive while briefs are being built.

Prints requests/s, p50/p95/p99/max latency, the count of 5xx answers, other failures, and the
probe's latency; exits 1 if there was any 5xx or failed request. Figures: BENCHMARKS.md.

    python scripts/load_test.py --clients 20 --requests 500
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "ain-al-asad"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def start_server(port: int, db: Path, args: argparse.Namespace) -> subprocess.Popen:
    command = [
        sys.executable,
        "-c",
        "from newsfuse.cli import main; main()",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--db",
        str(db),
        "--workers",
        str(args.workers),
    ]
    if args.ner:
        command += ["--ner", args.ner]
    log = open(db.with_suffix(".log"), "wb")  # noqa: SIM115  (closed with the process)
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)


async def wait_ready(client: httpx.AsyncClient, server: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            if (await client.get("/api/health")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.2)
    raise SystemExit("the server did not start in time")


async def run(args: argparse.Namespace, base: str) -> dict:
    body = {
        "articles": [{"text": p.read_text(encoding="utf-8")} for p in sorted(DEMO.glob("*.txt"))]
    }
    limits = httpx.Limits(
        max_connections=args.clients + 2, max_keepalive_connections=args.clients + 2
    )
    async with httpx.AsyncClient(base_url=base, timeout=300, limits=limits) as client:
        for _ in range(2):  # warm-up, not counted
            (await client.post("/api/briefs", json=body)).raise_for_status()

        latencies: list[float] = []
        statuses: dict[int, int] = {}
        errors: list[str] = []
        probe: list[float] = []
        remaining = args.requests
        done = asyncio.Event()

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                start = time.perf_counter()
                try:
                    response = await client.post("/api/briefs", json=body)
                except httpx.HTTPError as err:
                    errors.append(repr(err))
                    continue
                latencies.append(time.perf_counter() - start)
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

        async def health_probe() -> None:
            while not done.is_set():
                start = time.perf_counter()
                try:
                    await client.get("/api/health")
                    probe.append(time.perf_counter() - start)
                except httpx.HTTPError as err:
                    errors.append(f"health: {err!r}")
                await asyncio.sleep(0.2)

        began = time.perf_counter()
        prober = asyncio.create_task(health_probe())
        await asyncio.gather(*(worker() for _ in range(args.clients)))
        wall = time.perf_counter() - began
        done.set()
        await prober

    ok = statuses.get(201, 0)
    return {
        "requests": args.requests,
        "clients": args.clients,
        "server_workers": args.workers,
        "ner": args.ner or "default (spaCy)",
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "wall_s": round(wall, 2),
        "requests_per_s": round(len(latencies) / wall, 2),
        "p50_ms": round(percentile(latencies, 50) * 1000),
        "p95_ms": round(percentile(latencies, 95) * 1000),
        "p99_ms": round(percentile(latencies, 99) * 1000),
        "max_ms": round(max(latencies, default=float("nan")) * 1000),
        "status_counts": {str(k): v for k, v in sorted(statuses.items())},
        "ok_201": ok,
        "http_5xx": sum(v for k, v in statuses.items() if k >= 500),
        "failed": len(errors) + sum(v for k, v in statuses.items() if k != 201),
        "errors": errors[:5],
        "health_p50_ms": round(percentile(probe, 50) * 1000, 1),
        "health_p95_ms": round(percentile(probe, 95) * 1000, 1),
        "health_probes": len(probe),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--workers", type=int, default=4, help="briefs the server builds at once")
    parser.add_argument("--ner", choices=("spacy", "rules"), default=None)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()

    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "briefs.db"
        server = start_server(port, db, args)
        base = f"http://127.0.0.1:{port}"
        try:

            async def go() -> dict:
                async with httpx.AsyncClient(base_url=base, timeout=5) as probe:
                    await wait_ready(probe, server, timeout=120)
                return await run(args, base)

            result = asyncio.run(go())
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()

    print(
        f"{result['requests']} POST /api/briefs (demo cluster, 5 articles) from "
        f"{result['clients']} clients, server building {result['server_workers']} at once, "
        f"NER {result['ner']}, {result['cpus']} CPUs"
    )
    print(
        f"  {result['requests_per_s']} req/s over {result['wall_s']} s; latency p50 "
        f"{result['p50_ms']} ms, p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms, "
        f"max {result['max_ms']} ms"
    )
    print(
        f"  statuses {result['status_counts']}; 5xx: {result['http_5xx']}; "
        f"failed: {result['failed']}"
    )
    print(
        f"  GET /api/health under load: p50 {result['health_p50_ms']} ms, "
        f"p95 {result['health_p95_ms']} ms ({result['health_probes']} probes)"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 1 if result["http_5xx"] or result["failed"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

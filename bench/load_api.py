"""Load on `khronika serve`, loopback only: readers on the timeline, search and entity pages,
first alone, then while other clients post long texts to `/api/analyze`. Analysis must not
slow the reads: zero errors (a 503 with Retry-After to an analysis client is the queue doing
its job, counted apart) and read p95 under analysis load within 2x of the p95 without it.

    python bench/load_api.py --db sqlite:///store.db --readers 200 --analyzers 10 --seconds 60
    python bench/bench_api.py --docs 100000 --db /tmp/api.db --seconds 1 --endpoints timeline
    python bench/load_api.py --db sqlite:////tmp/api.db --workers 2   # the 100k store above
    python bench/load_api.py --docs 200 --readers 20 --analyzers 4 --seconds 20   # builds a store

Every request goes to 127.0.0.1 and every loop is bounded in time and count; the server is
started and stopped here. With no --db, a temporary store is built from `--docs` benchmark
corpus documents (`corpus.py`) with the full pipeline."""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
MAX_REQUESTS = 2_000_000        # a hard bound on requests per phase, whatever the time


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(docs: int) -> str:
    sys.path.insert(0, str(HERE))
    from corpus import corpus
    from khronika.document import parse_date
    from khronika.ingest.readers import RawDoc
    from khronika.store import Store
    path = Path(tempfile.mkdtemp(prefix="khronika-load-")) / "store.db"
    url = f"sqlite:///{path}"
    store = Store(url)
    for d in corpus(docs, seed=5):
        store.add_document(RawDoc(text=d["text"], id=d["id"], date=parse_date(d.get("date")),
                                  title=d.get("title"), source="bench"))
    store.close()
    return url


def read_paths(base: str) -> list[str]:
    ents = httpx.get(base + "/api/entities?limit=50", timeout=30).json()["items"]
    keys = [e["id"] for e in ents] or ["ukraine"]
    words = ["Київ", "переговори", "санкції", "Умєров", "обмін", "НАТО", "удар"]
    paths = ["/api/timeline?limit=50", "/api/timeline?type=CONSULT,AGREE&limit=20", "/timeline"]
    paths += [f"/api/search?q={w}" for w in words] + [f"/search?q={w}" for w in words]
    paths += [f"/api/entities/{k}" for k in keys[:20]] + [f"/entities/{k}" for k in keys[:20]]
    return paths


async def reader(client, paths, stop, lat, errors, rng):
    n = 0
    while time.monotonic() < stop and n < MAX_REQUESTS:
        path = rng.choice(paths)
        t0 = time.perf_counter()
        try:
            r = await client.get(path)
            if r.status_code >= 400 and r.status_code != 404:
                errors.append(f"{r.status_code} {path}")
        except httpx.HTTPError as exc:
            errors.append(f"{type(exc).__name__} {path}")
        lat.append(time.perf_counter() - t0)
        n += 1


async def analyzer(client, text, stop, counts):
    while time.monotonic() < stop:
        try:
            r = await client.post("/api/analyze", json={"text": text, "date": "2025-06-01"},
                                  timeout=300)
        except httpx.HTTPError as exc:
            counts["error"] += 1
            counts.setdefault("why", []).append(type(exc).__name__)
            await asyncio.sleep(1)
            continue
        if r.status_code == 503:
            counts["busy"] += 1
            await asyncio.sleep(min(float(r.headers.get("retry-after", "1")), 2.0))
        elif r.status_code == 200:
            counts["ok"] += 1
        else:
            counts["error"] += 1


async def phase(base, paths, readers, analyzers, seconds, text):
    lat: list[float] = []
    errors: list[str] = []
    counts = {"ok": 0, "busy": 0, "error": 0}
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=readers + analyzers + 10)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        tasks = [reader(client, paths, stop, lat, errors, random.Random(k)) for k in range(readers)]
        tasks += [analyzer(client, text, stop, counts) for _ in range(analyzers)]
        await asyncio.gather(*tasks)
    lat.sort()
    p = (lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000) if lat else (lambda q: 0)
    return {"reads": len(lat), "p50": p(0.50), "p95": p(0.95), "errors": errors, "analyses": counts,
            "rps": len(lat) / seconds}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an existing store (else one is built from --docs documents)")
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--readers", type=int, default=200)
    ap.add_argument("--analyzers", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--chars", type=int, default=200_000)
    ap.add_argument("--workers", type=int, default=1, help="server worker processes")
    args = ap.parse_args(argv)
    args.seconds = min(args.seconds, 600)                      # bounded, whatever is asked
    db = args.db or build_store(args.docs)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, KHRONIKA_DB=db)
    server = subprocess.Popen([sys.executable, "-m", "khronika.cli", "serve", "--host", "127.0.0.1",
                               "--port", str(port), "--workers", str(args.workers)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            print("the server did not start", file=sys.stderr)
            return 2
        paths = read_paths(base)
        sys.path.insert(0, str(HERE))
        from bench_long import long_text
        text = long_text(args.chars)
        asyncio.run(phase(base, paths, 5, 0, 3, text))                 # warm-up
        alone = asyncio.run(phase(base, paths, args.readers, 0, args.seconds, text))
        loaded = asyncio.run(phase(base, paths, args.readers, args.analyzers, args.seconds, text))
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
    for name, r in (("reads alone", alone), ("reads + analysis", loaded)):
        print(f"{name:17} {r['reads']:7,} reads {r['rps']:7.1f}/s p50 {r['p50']:7.1f} ms "
              f"p95 {r['p95']:7.1f} ms errors {len(r['errors'])}"
              + (f" analyses {r['analyses']}" if r['analyses']['ok'] + r['analyses']['busy'] else ""))
        for e in sorted(set(r["errors"]))[:5]:
            print("   ", e)
    ratio = loaded["p95"] / alone["p95"] if alone["p95"] else float("inf")
    print(f"read p95 under analysis load / alone: {ratio:.2f}x (target <= 2x); "
          f"{args.readers} readers, {args.analyzers} analysis clients x {args.chars:,} chars, "
          f"{args.seconds:.0f} s each phase, {args.workers} server worker(s); a shared 2-core machine")
    return 0 if not alone["errors"] and not loaded["errors"] and loaded["analyses"]["error"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

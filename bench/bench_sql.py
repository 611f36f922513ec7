"""What a read request costs apart from the machine's load: SQL statements per request, the
plan SQLite chose for each, and CPU per request, for the API's query kinds (bench_api.py's
request mix) run one at a time in this process through the ASGI app.

    python bench/bench_sql.py --db /tmp/api.db                 # a store bench_api.py made
    python bench/bench_sql.py --db /tmp/ingested.db --store-entities --plans

On a shared machine a latency under 50 clients is mostly the others' queue; the number of
statements, their plans and the CPU a request takes are the code's. The read cache is off
(`KHRONIKA_OPT_API_CACHE_SECONDS=0`) so every request reaches the store, and each request
is a new one (no repeated page totals), unless `--count-seconds` is given.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] if values else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="SQLite file")
    ap.add_argument("--requests", type=int, default=200, help="per query kind")
    ap.add_argument("--endpoints", default="timeline,search,entity")
    ap.add_argument("--store-entities", action="store_true",
                    help="ask about the store's most mentioned entities (see bench_api.py)")
    ap.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN of each statement")
    ap.add_argument("--count-seconds", type=float, default=0.0,
                    help="reuse page totals this long (the server's read-cache TTL); 0: count each")
    args = ap.parse_args()

    os.environ["KHRONIKA_DB"] = f"sqlite:///{args.db}"
    os.environ["KHRONIKA_OPT_API_CACHE_SECONDS"] = "0"
    import bench_api
    from sqlalchemy import event, text
    from starlette.testclient import TestClient

    from khronika.api.app import create_app

    if args.store_entities:
        bench_api.PEOPLE, bench_api.PLACE_IDS = bench_api.store_entities(os.environ["KHRONIKA_DB"])
    app = create_app()
    client = TestClient(app)
    assert client.get("/api/health").status_code == 200
    store = app.state.store_holder.get()
    store.count_seconds = args.count_seconds
    seen: list[tuple[str, object]] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _record(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    for endpoint in [e.strip() for e in args.endpoints.split(",") if e.strip()]:
        rnd = random.Random(11)
        for _ in range(5):                                   # warm: morphology, pages
            path, params = bench_api.requests_for(rnd, endpoint)
            client.get(path, params=params)
        counts, cpu, wall, shapes = [], [], [], {}
        for _ in range(args.requests):
            path, params = bench_api.requests_for(rnd, endpoint)
            seen.clear()
            c0, t0 = time.process_time(), time.perf_counter()
            r = client.get(path, params=params)
            cpu.append((time.process_time() - c0) * 1000)
            wall.append((time.perf_counter() - t0) * 1000)
            if r.status_code != 200:
                print(f"  {r.status_code} {path} {params}: {r.text[:200]}")
            counts.append(len(seen))
            for statement, parameters in seen:
                key = re.sub(r"\s+", " ", statement)
                shapes.setdefault(key, [0, parameters])[0] += 1
        print(f"{endpoint:9} statements/request mean {statistics.fmean(counts):.2f} max {max(counts)}; "
              f"CPU ms p50 {pct(cpu, .5):.2f} p95 {pct(cpu, .95):.2f}; wall ms p50 {pct(wall, .5):.2f} "
              f"p95 {pct(wall, .95):.2f} (in-process client included)")
        for key, (n, parameters) in sorted(shapes.items(), key=lambda kv: -kv[1][0]):
            print(f"   {n:5} x {key[:160]}")
            if args.plans:
                with store.engine.connect() as c:
                    raw = c.connection.dbapi_connection
                    try:
                        plan = raw.execute("EXPLAIN QUERY PLAN " + key, parameters).fetchall()
                    except Exception as exc:       # noqa: BLE001 - a statement EXPLAIN refuses
                        plan = [(0, 0, 0, f"(no plan: {exc})")]
                for row in plan:
                    print(f"           {row[-1]}")
    del text
    return 0


if __name__ == "__main__":
    sys.exit(main())

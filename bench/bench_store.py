"""Store benchmark: ingest rate (documents/s, one process, full analysis) into SQLite and
PostgreSQL, database size per 10,000 documents, and timeline / search latency (p50, p95) over
a store of synthetic chronicle events bulk-inserted directly (default 1,000,000).

    .venv/bin/python bench/bench_store.py                       # SQLite, 1,000,000 events
    .venv/bin/python bench/bench_store.py --docs 0 --keep /tmp/store-1m.db   # build once, reuse
    .venv/bin/python bench/bench_store.py --events 100000 --docs 100 --pg postgresql://...

PostgreSQL is measured when --pg or KHRONIKA_TEST_PG is given (each run in its own schema,
dropped afterwards).
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import corpus  # noqa: E402
from pgschema import pg_schema  # noqa: E402

from khronika.ingest.readers import RawDoc  # noqa: E402
from khronika.store import Store  # noqa: E402
from khronika.store.search import pg_tsvector  # noqa: E402
from khronika.store.textindex import word_terms  # noqa: E402

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
STATUSES = ["occurred"] * 6 + ["planned"] * 2 + ["ongoing", "negated"]
# a Zipf-like vocabulary of evidence words, so searches meet common and rare terms
WORDS = ("переговори зустріч президент міністр делегація безпека гарантії обмін полонені "
         "санкції допомога енергетика атака ракети дрони фронт коаліція партнери декларація "
         "посередник Умєров Зеленський Фідан Макрон Лубінець Анкара Женева Париж Київ Туреччина "
         "Франція Емірати Україна Росія парламент уряд рада угода меморандум візит заява").split()


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def db_size(store: Store, path: Path | None, schema: str | None) -> int:
    if path is not None:
        from sqlalchemy import text
        with store.engine.connect() as c:
            c.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    from sqlalchemy import text
    with store.engine.connect() as c:
        return int(c.execute(text(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :s AND c.relkind IN ('r','m')"),
            {"s": schema}).scalar())


# ---- ingest --------------------------------------------------------------------------------

def bench_ingest(store: Store, n_docs: int, path: Path | None, schema: str | None) -> dict:
    docs = corpus(n_docs, seed=11)
    store.migrate()
    empty = db_size(store, path, schema)
    store.pipeline()                    # build the pipeline outside the timing
    raws = [RawDoc(text=d["text"], id=d["id"], date=dt.date.fromisoformat(d["date"]),
                   title=d["title"], source=d["id"]) for d in docs]
    store.add_document(raws[0])         # warm caches (morphology, lingua)
    t0 = time.perf_counter()
    rep = store.ingest([], items=raws[1:])
    elapsed = time.perf_counter() - t0
    # the analysis alone on the same documents, to tell the store's share of the time
    from khronika.analysis import analyze_raw
    t1 = time.perf_counter()
    for r in raws[1:]:
        analyze_raw(r, store.pipeline())
    analysis = time.perf_counter() - t1
    size = db_size(store, path, schema) - empty
    words = sum(len(r.text.split()) for r in raws)
    return {"docs": len(raws), "added": rep.added + 1, "seconds": round(elapsed, 2),
            "docs_per_s": round((len(raws) - 1) / elapsed, 2),
            "analysis_s_per_doc": round(analysis / (len(raws) - 1), 3),
            "store_s_per_doc": round((elapsed - analysis) / (len(raws) - 1), 3),
            "mb_per_10k_docs": round(size / len(raws) * 10_000 / 1e6, 1),
            "avg_words": round(words / len(raws))}


# ---- synthetic chronicle -------------------------------------------------------------------

def synthetic_rows(n: int, n_entities: int, seed: int = 5):
    rng = random.Random(seed)
    start = dt.date(2016, 1, 1)
    ents = [f"ent-{i}" for i in range(n_entities)]
    cum_words = list(itertools.accumulate(1.0 / (i + 1) ** 0.8 for i in range(len(WORDS))))
    cum_ents = list(itertools.accumulate(1.0 / (i + 1) ** 0.7 for i in range(n_entities)))
    terms = {w: " ".join(word_terms(w)) for w in WORDS}      # what index_text gives, per word
    for i in range(n):
        d = start + dt.timedelta(days=rng.randrange(3650))
        people = list(dict.fromkeys(rng.choices(ents, cum_weights=cum_ents, k=rng.randint(1, 3))))
        words = rng.choices(WORDS, cum_weights=cum_words, k=12)
        yield (f"sx-{i}", rng.choice(TYPES), None, rng.choice(STATUSES), d, d, people[:1],
               people[1:], " ".join(words), " ".join(terms[w] for w in words))


def bulk_insert(store: Store, n: int, n_entities: int = 5000, batch: int = 20_000) -> float:
    """Rows straight into chronicle_events, chronicle_entities and the search index."""
    import json
    t0 = time.perf_counter()
    now = dt.datetime(2026, 1, 1)
    eng = store.engine
    raw = eng.raw_connection()
    try:
        cur = raw.cursor()
        pg = eng.dialect.name == "postgresql"
        if pg:
            cur.execute("SET synchronous_commit TO OFF")
        rows = synthetic_rows(n, n_entities)
        while True:
            chunk = [r for _, r in zip(range(batch), rows)]
            if not chunk:
                break
            ev, links, search = [], [], []
            for (eid, typ, mode, status, d, d2, actors, recips, summary, body) in chunk:
                # span: the writer's class of the date range (a day: class 0)
                ev.append((eid, typ, mode, status, d, d2, None, None, json.dumps(actors),
                           json.dumps(recips), None, 0.7, 1, summary, "synthetic", now, 0))
                links += [(eid, a, "actor", d) for a in actors] + [(eid, r, "recipient", d) for r in recips]
                search.append(("event", eid, "synthetic", body))
            if pg:
                with cur.copy("COPY chronicle_events (id, type, mode, status, date, date_end, time_value, "
                              "time_mod, actors, recipients, place, confidence, n_sources, summary, "
                              "first_doc, updated_at, span) FROM STDIN") as cp:
                    for r in ev:
                        cp.write_row(r)
                with cur.copy("COPY chronicle_entities (event_id, entity_id, role, date) FROM STDIN") as cp:
                    for r in links:
                        cp.write_row(r)
                with cur.copy("COPY search_index (kind, ref_id, doc_id, body, tsv) FROM STDIN") as cp:
                    for r in search:
                        cp.write_row((*r, pg_tsvector(r[3])))
            else:
                cur.executemany("INSERT INTO chronicle_events (id, type, mode, status, date, date_end, "
                                "time_value, time_mod, actors, recipients, place, confidence, n_sources, "
                                "summary, first_doc, updated_at, span) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                [(*r[:4], r[4].isoformat(), r[5].isoformat(), *r[6:15],
                                  r[15].isoformat(sep=" "), r[16]) for r in ev])
                cur.executemany("INSERT OR IGNORE INTO chronicle_entities (event_id, entity_id, role, date) "
                                "VALUES (?,?,?,?)", [(*r[:3], r[3].isoformat()) for r in links])
                cur.executemany("INSERT INTO search_fts (kind, ref_id, doc_id, body) VALUES (?,?,?,?)",
                                search)
            raw.commit()
        if pg:
            cur.execute("ANALYZE")
        else:
            cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
    return time.perf_counter() - t0


def _page(item):
    from khronika.store import Page
    return Page([item], 1 if item else 0, 1, 0)


def time_queries(store: Store, runs: int, n_entities: int) -> dict:
    rng = random.Random(3)
    # entity keys resolve through the entities table: register a slice of the synthetic ones
    from khronika.store.models import EntityRow
    from khronika.store.textindex import name_key
    with store.session() as s, s.begin():
        for i in range(n_entities):
            s.merge(EntityRow(id=f"ent-{i}", name=f"Entity {i}", name_uk=None, type="PER",
                              search_key=name_key(f"ent-{i}")))

    def measure(label, fn):
        fn()                                   # warm
        times, cpu = [], []
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            page = fn()
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        # on a shared, loaded machine the wall time is mostly waiting for a core: the CPU time
        # of the query (SQLite runs in this process) says what it costs
        return label, {"p50_ms": round(pct(times, 0.5), 1), "p95_ms": round(pct(times, 0.95), 1),
                       "cpu_p50_ms": round(pct(cpu, 0.5), 1), "cpu_p95_ms": round(pct(cpu, 0.95), 1),
                       "last_total": page.total}

    def year():
        y = rng.randrange(2016, 2026)
        return f"{y}-01-01", f"{y}-12-31"

    def month():
        first = dt.date(rng.randrange(2016, 2026), rng.randrange(1, 13), 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return first.isoformat(), last.isoformat()

    def month_page(first, last):
        """The web calendar's month: every announced event whose range meets it."""
        return store.events(status="planned", date_from=first, date_to=last, limit=500, spanning=True)

    out = dict([
        measure("timeline (no filter, first 100)", lambda: store.timeline(limit=100)),
        measure("timeline type+year", lambda: store.timeline(type=rng.choice(TYPES), date_from=year()[0],
                                                             date_to=year()[0][:4] + "-12-31")),
        measure("timeline entity (frequent)", lambda: store.timeline(entity=f"ent-{rng.randrange(20)}")),
        measure("timeline entity (any)", lambda: store.timeline(entity=f"ent-{rng.randrange(n_entities)}")),
        measure("calendar from a date", lambda: store.calendar(date_from="2025-06-01", limit=100)),
        measure("calendar month (web page)", lambda: month_page(*month())),
        measure("search rare word", lambda: store.search(rng.choice(WORDS[-12:]))),
        measure("search two words", lambda: store.search(rng.choice(WORDS[20:30]) + " " + rng.choice(WORDS[-10:]))),
        measure("search common word", lambda: store.search(rng.choice(WORDS[:3]))),
        measure("quotes (first page)", lambda: store.quotes(limit=50)),
        measure("entity page (frequent)", lambda: _page(store.entity(f"ent-{rng.randrange(20)}"))),
        measure("entities list", lambda: store.entities(limit=50)),
    ])
    return out


def run_backend(name: str, url: str, args, path: Path | None, schema: str | None) -> None:
    print(f"== {name} ==", flush=True)
    store = Store(url)
    store.migrate()
    if args.docs:
        ing = bench_ingest(store, args.docs, path, schema)
        print(f"ingest: {ing['docs']} docs (~{ing['avg_words']} words each), {ing['docs_per_s']} docs/s "
              f"single process, {ing['seconds']} s (analysis {ing['analysis_s_per_doc']} s/doc, store "
              f"{ing['store_s_per_doc']} s/doc); size {ing['mb_per_10k_docs']} MB per 10,000 docs", flush=True)
    from sqlalchemy import text
    with store.engine.connect() as c:
        have = c.execute(text("SELECT COUNT(*) FROM chronicle_events WHERE first_doc = 'synthetic'")).scalar()
    if have >= args.events:
        print(f"reusing {have:,} synthetic events already in the store", flush=True)
    else:
        t = bulk_insert(store, args.events)
        print(f"bulk insert: {args.events:,} synthetic events in {t:.1f} s "
              f"({args.events / t:,.0f} events/s); store size now {db_size(store, path, schema) / 1e6:.0f} MB",
              flush=True)
    for label, r in time_queries(store, args.runs, args.entities).items():
        print(f"  {label:34s} p50 {r['p50_ms']:7.1f} ms   p95 {r['p95_ms']:7.1f} ms   CPU p50 "
              f"{r['cpu_p50_ms']:6.1f} ms  p95 {r['cpu_p95_ms']:6.1f} ms   (total {r['last_total']:,})",
              flush=True)
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000, help="synthetic chronicle events")
    ap.add_argument("--docs", type=int, default=200, help="documents analysed and ingested (0: none)")
    ap.add_argument("--entities", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=40, help="timed runs per query")
    ap.add_argument("--pg", default=os.environ.get("KHRONIKA_TEST_PG"), help="PostgreSQL URL")
    ap.add_argument("--no-sqlite", action="store_true")
    ap.add_argument("--keep", type=Path, default=None,
                    help="SQLite file to build once and reuse (the 1M-event store takes minutes)")
    ap.add_argument("--no-embeddings", action="store_true")
    args = ap.parse_args()
    if args.no_embeddings:
        os.environ["KHRONIKA_OPT_CHRONICLE_EMBEDDINGS"] = "false"
    if not args.no_sqlite:
        if args.keep:
            run_backend("SQLite", f"sqlite:///{args.keep}", args, args.keep, None)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "bench.db"
                run_backend("SQLite", f"sqlite:///{path}", args, path, None)
    if args.pg:
        url, drop, schema = pg_schema(args.pg)
        try:
            run_backend("PostgreSQL", url, args, None, schema)
        finally:
            drop()


if __name__ == "__main__":
    main()

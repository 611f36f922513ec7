"""Proof that a change to how the chronicle is built leaves it the same: compare the chronicle
tables of two SQLite stores made from the same documents (e.g. `bench_ingest.py --keep`
before and after a change).

    python bench/compare_chronicle.py /tmp/before.db /tmp/after.db

Compared: every chronicle event (all its columns but `updated_at`, the time it was written),
its entity links, its history (but the time `at`), and which chronicle event each report
went to. The stored evidence embeddings are compared where both stores hold one (they must
be the same bytes); how many each store holds is printed, as a lazy store holds fewer. Exit
status 1 when anything differs, with the first differences printed.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys

TABLES = {
    "chronicle_events": ("SELECT * FROM chronicle_events ORDER BY id", {"updated_at"}),
    "chronicle_entities": ("SELECT * FROM chronicle_entities ORDER BY event_id, entity_id, role",
                           set()),
    "chronicle_history": ("SELECT event_id, doc_id, change FROM chronicle_history "
                          "ORDER BY event_id, id", set()),
    "report -> event": ("SELECT doc_id, local_id, chronicle_id FROM doc_events "
                        "ORDER BY doc_id, local_id", set()),
}


def rows(db: str, query: str, skip: set[str]) -> list[tuple]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        cur = con.execute(query)
        names = [d[0] for d in cur.description]
        keep = [i for i, n in enumerate(names) if n not in skip]
        return [tuple(_plain(r[i]) for i in keep) for r in cur.fetchall()]
    finally:
        con.close()


def _plain(v):
    """JSON columns compared by value, not by their text's key order."""
    if isinstance(v, str) and v[:1] in "[{":
        try:
            return json.dumps(json.loads(v), sort_keys=True, ensure_ascii=False)
        except ValueError:
            return v
    return v


def embeddings(db: str) -> dict[tuple, bytes]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {(d, l): e for d, l, e in con.execute(
            "SELECT doc_id, local_id, embedding FROM doc_events WHERE embedding IS NOT NULL")}
    finally:
        con.close()


def compare(a: str, b: str, show: int = 5) -> bool:
    same = True
    for name, (query, skip) in TABLES.items():
        ra, rb = rows(a, query, skip), rows(b, query, skip)
        if ra == rb:
            print(f"{name}: {len(ra)} rows, identical")
            continue
        same = False
        sa, sb = set(ra), set(rb)
        print(f"{name}: {len(ra)} vs {len(rb)} rows, {len(sa - sb)} only in the first, "
              f"{len(sb - sa)} only in the second")
        for r in sorted(sa - sb, key=repr)[:show]:
            print("  -", r)
        for r in sorted(sb - sa, key=repr)[:show]:
            print("  +", r)
    ea, eb = embeddings(a), embeddings(b)
    both = ea.keys() & eb.keys()
    differ = sum(1 for k in both if ea[k] != eb[k])
    print(f"stored evidence embeddings: {len(ea)} in the first, {len(eb)} in the second, "
          f"{len(both)} in both, {differ} of those differ")
    return same and not differ


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("first")
    ap.add_argument("second")
    args = ap.parse_args()
    ok = compare(args.first, args.second)
    print("same chronicle" if ok else "chronicles differ")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

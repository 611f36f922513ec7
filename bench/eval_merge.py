"""Cross-document merging on a small corpus of reports (tests/data/chronicle/): runs the full
pipeline on every document, merges the events into a chronicle and prints pairwise
precision / recall / F1 of the clustering against the gold, plus the events layer's speed.

    .venv/bin/python bench/eval_merge.py [--threshold 0.6] [--no-embeddings] [--verbose]
    .venv/bin/python bench/eval_merge.py --store 1000 [--squeeze 10] [--cut 64] \
        [--analyses /tmp/analysed.jsonl] [--dump chronicle.json]

`--store N` measures the store's merging instead: the first N documents of the realistic
corpus (`corpus.py`), their analyses replayed from the cache FILE of `bench_ingest.py
--parent` (made there once), go through `khronika ingest` into a fresh SQLite store. It
prints where the winning candidate stood in the candidate ranking (p50/p90/max over the
reports that joined an event: with a cut of C candidates, a winner at position >= C is lost)
and the merge's CPU per document (`merge_events`) over the first and the last tenth.
`--squeeze K` moves the dates K times closer: the candidate density of a store K times
larger. `--cut C` sets the cut (`CANDIDATE_CUT`); `--dump` writes the chronicle to compare.

Pairs are counted over the gold items the system found (a system event matches a gold item
when the type agrees and its evidence or trigger overlaps the item's snippet); missed items
and extra system events are reported separately.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "chronicle"


def overlaps(span: dict, lo: int, hi: int) -> bool:
    return span["start"] < hi and lo < span["end"]


def _pct(xs: list, q: float):
    return sorted(xs)[min(len(xs) - 1, int(q * len(xs)))] if xs else None


def store_merge(n: int, analyses: Path, squeeze: int = 1, cut: int | None = None,
                dump: Path | None = None) -> None:
    """The store's merging of `n` replayed documents: winner positions and merge CPU."""
    import tempfile

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_ingest import parent_only, write_corpus

    from khronika.store import chronicle_merge as merging, writer
    if cut is not None:
        merging.CANDIDATE_CUT = cut
    positions: list[int] = []
    counts: list[int] = []
    best, candidates = merging._best, merging._candidates

    spent = [0.0]           # CPU in finding and comparing candidates

    def seen_candidates(*a, **kw):
        t = time.process_time()
        out = candidates(*a, **kw)
        spent[0] += time.process_time() - t
        counts.append(len(out[0]) if isinstance(out, tuple) else len(out))
        return out

    def found_best(ch, session, record, row, cands, *bounds):
        t = time.process_time()
        match = best(ch, session, record, row, cands, *bounds)
        spent[0] += time.process_time() - t
        if match is not None:
            positions.append(next(i for i, p in enumerate(cands) if p is match))
        return match
    merging._best, merging._candidates = found_best, seen_candidates
    merge = writer.merge_events
    cpu: list[float] = []

    def timed_merge(*a, **kw):
        t = time.process_time()
        try:
            return merge(*a, **kw)
        finally:
            cpu.append(time.process_time() - t)
    writer.merge_events = timed_merge
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        write_corpus(n, src, 0, squeeze)
        r = parent_only(src, analyses, f"sqlite:///{Path(tmp) / 'merge.db'}", dump=dump,
                        squeeze=squeeze)
    tenth = max(1, len(cpu) // 10)
    print(f"load average {os.getloadavg()[0]:.1f}; {r['docs']} documents (dates squeezed "
          f"{squeeze}x), cut {merging.CANDIDATE_CUT}: {r['events']} event reports in "
          f"{r['chronicle_events']} chronicle events, near-dup {r['duplicates']}")
    print(f"candidates per report p50 {_pct(counts, .5)} p90 {_pct(counts, .9)} max "
          f"{max(counts, default=0)}; winner position (0 = first) over {len(positions)} joins: "
          f"p50 {_pct(positions, .5)} p90 {_pct(positions, .9)} max {max(positions, default=0)}")
    print(f"merge CPU per document: all {sum(cpu) / max(1, len(cpu)) * 1000:.1f} ms, first "
          f"tenth {sum(cpu[:tenth]) / tenth * 1000:.1f} ms, last tenth "
          f"{sum(cpu[-tenth:]) / tenth * 1000:.1f} ms, of which candidates found and compared "
          f"{spent[0] / max(1, len(cpu)) * 1000:.1f} ms; parent CPU {r['cpu_ms']} ms/doc")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=0.6)
    ap.add_argument("--no-embeddings", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--store", type=int, default=0, metavar="N",
                    help="the store's merging of N replayed corpus documents")
    ap.add_argument("--analyses", type=Path, default=Path("/tmp/analysed.jsonl"), metavar="FILE")
    ap.add_argument("--squeeze", type=int, default=1, metavar="K")
    ap.add_argument("--cut", type=int, default=None, metavar="C")
    ap.add_argument("--dump", type=Path, default=None, metavar="JSON")
    args = ap.parse_args()
    if args.no_embeddings:
        os.environ["KHRONIKA_OPT_CHRONICLE_EMBEDDINGS"] = "false"
    if args.store:
        store_merge(args.store, args.analyses, args.squeeze, args.cut, args.dump)
        return 0

    from khronika.chronicle import merge_records, records_from_output
    from khronika.document import Document, parse_date
    from khronika.pipeline import Pipeline
    from khronika.settings import Settings

    docs = [json.loads(line) for line in (DATA / "docs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))["items"]
    pipe = Pipeline(Settings())
    print(f"pipeline: {', '.join(pipe.names)}" + (f" (skipped: {', '.join(pipe.skipped)})" if pipe.skipped else ""))
    outputs = {}
    for d in docs:
        doc = Document(text=d["text"], id=d["id"], date=parse_date(d.get("date")))
        pipe(doc)
        outputs[d["id"]] = doc.to_json()

    records = [r for out in outputs.values() for r in records_from_output(out)]
    t0 = time.perf_counter()
    chronicle = merge_records(records, threshold=args.threshold)
    merge_s = time.perf_counter() - t0
    cluster_of = {}
    for ev in chronicle:
        for r in ev.sources:
            cluster_of[(r.doc_id, r.event["id"])] = ev.id

    # gold item -> system event
    found: dict[int, tuple[str, str]] = {}
    used = set()
    for gi, g in enumerate(gold):
        text = next(d["text"] for d in docs if d["id"] == g["doc"])
        lo = text.index(g["snippet"])
        hi = lo + len(g["snippet"])
        for ev in outputs[g["doc"]]["events"]:
            key = (g["doc"], ev["id"])
            if key in used or ev["type"] != g["type"]:
                continue
            if overlaps(ev["trigger"], lo, hi) or overlaps(ev["evidence"], lo, hi):
                found[gi] = key
                used.add(key)
                break
    missed = [g for gi, g in enumerate(gold) if gi not in found]
    extra = [(k, e) for k in outputs for e in outputs[k]["events"] if (k, e["id"]) not in used]

    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(found), 2):
        same_gold = gold[a]["cluster"] == gold[b]["cluster"]
        same_sys = cluster_of[found[a]] == cluster_of[found[b]]
        tp += same_gold and same_sys
        fp += same_sys and not same_gold
        fn += same_gold and not same_sys
    # gold pairs whose items were not found at all count as missed links
    all_gold_pairs = sum(gold[a]["cluster"] == gold[b]["cluster"]
                         for a, b in itertools.combinations(range(len(gold)), 2))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    r_all = tp / all_gold_pairs if all_gold_pairs else 1.0
    print(f"documents: {len(docs)}  system events: {len(records)}  chronicle events: {len(chronicle)}")
    print(f"gold items found: {len(found)}/{len(gold)}  extra system events: {len(extra)}")
    print(f"pairwise (found items): P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})")
    print(f"pairwise recall over all gold pairs: {r_all:.3f} ({tp}/{all_gold_pairs})")
    print(f"merge time: {merge_s * 1000:.1f} ms, embeddings: {'off' if args.no_embeddings else 'on'}")
    for g in missed:
        print(f"  missed: {g['doc']} {g['type']} «{g['snippet']}»")
    if args.verbose:
        for k, e in extra:
            print(f"  extra: {k} {e['type']} {e['status']} «{e['evidence']['text'][:70]}»")
        for ev in chronicle:
            print(f"  {ev.id} {ev.type} {ev.status} {ev.time} {sorted(ev.participants())} <- "
                  + ", ".join(f"{s.doc_id}:{s.event['id']}" for s in ev.sources))

    # speed of the events layer alone, on the same documents repeated
    from khronika.extract.events import EventExtractor
    ex = EventExtractor(Settings())
    prepared = []
    for d in docs:
        doc = Document(text=d["text"], id=d["id"], date=parse_date(d.get("date")))
        pipe(doc)
        prepared.append(doc)
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 1.0:
        for doc in prepared:
            doc.events = []
            ex(doc)
            n += 1
    el = time.perf_counter() - t0
    print(f"events layer: {n / el:.0f} docs/s on these short documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())

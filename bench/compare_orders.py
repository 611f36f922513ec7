"""Does a document's analysis depend on what its process analysed before it? An ingest with
workers hands each worker process whichever chunks it is free for, so the documents a worker
met before one differ from run to run; the chronicle is the same only if each document's
output is. The same documents are analysed (as `khronika ingest` analyses them) in one
process in input order, in one process in reverse order under another PYTHONHASHSEED, and
split by chunks over several fresh processes; the documents whose output differs are
printed with the fields that differ, the first of them in input order first.

    python bench/compare_orders.py                        # 300 corpus documents (bench_ingest's)
    python bench/compare_orders.py --input FILE.jsonl     # documents of your own
    python bench/compare_orders.py --docs 600 --parts 3 --chunk 8

Issue 14 part S24: run on bench_ingest's 300 documents and resistinua 1-100, nothing
differed (a count of event reports that moved between two ingests was the code moving
between them)."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# analyses the documents on stdin (one JSON a line, with their input position) in the order
# given, as the ingest's analysis stage does; prints "position<TAB>output" lines
CODE = """
import json, sys
from khronika.document import parse_date
from khronika.ingest.readers import RawDoc
from khronika.ingest.stages import _analyse_one
from khronika.pipeline import get_pipeline
from khronika.settings import Settings
settings = Settings.from_env()
pipeline = get_pipeline(settings)
for line in sys.stdin:
    n, d = json.loads(line)
    raw = RawDoc(text=d["text"], id=d.get("id"), date=parse_date(d.get("date")),
                 title=d.get("title"), url=d.get("url"))
    out = _analyse_one(raw, pipeline, settings)
    body = out.doc if out.doc is not None else {"error": out.error}
    print(str(n) + "\\t" + json.dumps(body, ensure_ascii=False, sort_keys=True), flush=True)
"""


def start(items: list[tuple[int, dict]], seed: str):
    """A process analysing `items`, which reads them from a file and writes to one (through
    pipes, a process whose outputs are not read yet would wait): (process, its output)."""
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = tempfile.TemporaryFile("w+", encoding="utf-8")
    with tempfile.TemporaryFile("w+", encoding="utf-8") as f:
        f.write("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items))
        f.seek(0)
        proc = subprocess.Popen([sys.executable, "-c", CODE], env=env, text=True, stdin=f,
                                stdout=out)
    return proc, out


def collect(started) -> dict[int, str]:
    proc, out = started
    if proc.wait() != 0:
        raise SystemExit("an analysing process failed")
    out.seek(0)
    found = {}
    for line in out:
        n, _, body = line.rstrip("\n").partition("\t")
        found[int(n)] = body
    out.close()
    return found


def differing_fields(a: str, b: str) -> list[str]:
    ja, jb = json.loads(a), json.loads(b)
    return sorted(k for k in set(ja) | set(jb) if ja.get(k) != jb.get(k))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="corpus documents (bench_ingest's)")
    ap.add_argument("--input", type=Path, help="a JSONL file of documents instead")
    ap.add_argument("--parts", type=int, default=2, help="worker-like processes")
    ap.add_argument("--chunk", type=int, default=8, help="documents a chunk (the ingest's)")
    args = ap.parse_args(argv)
    if args.input:
        docs = [json.loads(line) for line in args.input.open(encoding="utf-8") if line.strip()]
    else:
        sys.path.insert(0, str(HERE))
        from corpus import corpus
        docs = corpus(args.docs, seed=11)
    items = list(enumerate(docs))
    parts = [[x for x in items if (x[0] // args.chunk) % args.parts == k]
             for k in range(args.parts)]
    # every run at once: on a loaded machine they share its cores anyway
    procs = {"in order": [start(items, "0")], "reversed": [start(items[::-1], "1")],
             f"{args.parts} processes": [start(p, str(2 + k)) for k, p in enumerate(parts)]}
    runs = {name: {k: v for p in ps for k, v in collect(p).items()} for name, ps in procs.items()}
    base = runs.pop("in order")
    bad = 0
    for name, run in runs.items():
        differ = [n for n in sorted(base) if run.get(n) != base[n]]
        bad += len(differ)
        for n in differ[:20]:
            fields = differing_fields(base[n], run[n]) if n in run else ["missing"]
            print(f"{name}: document {n} ({docs[n].get('id')}) differs in {', '.join(fields)}")
        print(f"{name}: {len(differ)} of {len(docs)} documents differ from one process in order")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

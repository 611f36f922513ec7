"""Proof that a speed change changes no output: analyse a fixed set of texts, write one JSON
line per document, and compare two such files.

    python bench/compare_output.py --out /tmp/before.jsonl                 # on the old code
    python bench/compare_output.py --out /tmp/after.jsonl --compare /tmp/before.jsonl

The set: the gold seeds and gold-dev texts, every line of resistinua-2022 (the held-out lines
101-120 too: only their output is compared, never printed), a sample of the ner-uk-2.0-dev
texts (every --ner-step-th file, sentences joined into paragraphs) and the first --bench
documents of the benchmark corpus. Texts under ../shared that are absent are skipped.
Only the ids of documents whose output differs and the differing top-level keys are printed.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import SHARED as SHARED_DATA, _detok, corpus  # noqa: E402

SHARED = SHARED_DATA.parent      # KHRONIKA_SHARED or ../shared, as the corpus reads it


def texts(ner_step: int, bench: int, statements_upto: int | None = None) -> list[dict]:
    docs: list[dict] = []
    for folder in ("gold", "gold-dev"):
        for p in sorted((SHARED / folder).glob("*.json")):
            d = json.loads(p.read_text(encoding="utf-8"))
            if isinstance(d, dict) and "text" in d:
                docs.append({"id": f"{folder}/{p.stem}", "text": d["text"], "date": d.get("date")})
    statements = SHARED / "data" / "resistinua-2022" / "statements.jsonl"
    if statements.is_file():
        with statements.open(encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if statements_upto is not None and i > statements_upto:
                    break       # lines past it are never read (the held-out lines 101-120)
                if line.strip():
                    d = json.loads(line)
                    docs.append({"id": f"resistinua/{i}", "text": d.get("text") or "",
                                 "date": d.get("date")})
    ner = SHARED / "data" / "ner-uk-2.0-dev"
    if ner.is_dir():
        for p in sorted(ner.rglob("*.txt"))[::ner_step]:
            lines = [_detok(x) for x in p.read_text(encoding="utf-8", errors="replace").splitlines()
                     if x.strip()]
            paras = [" ".join(lines[i:i + 4]) for i in range(0, len(lines), 4)]
            docs.append({"id": f"ner-uk/{p.relative_to(ner)}", "text": "\n".join(paras), "date": None})
    for d in corpus(bench) if bench else []:
        docs.append({"id": d["id"], "text": d["text"], "date": d["date"]})
    return docs


def analyse_all(docs: list[dict], preload: bool = False) -> list[dict]:
    from khronika.pipeline import analyze, get_pipeline
    if preload:
        get_pipeline().preload()
    out = []
    for d in docs:
        res = analyze(d["text"], d["date"], id=d["id"]).to_json()
        out.append({"id": d["id"], "out": json.dumps(res, ensure_ascii=False, sort_keys=True)})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--compare", help="an earlier --out file to compare with")
    ap.add_argument("--ner-step", type=int, default=6)
    ap.add_argument("--bench", type=int, default=200, help="benchmark corpus documents")
    ap.add_argument("--statements-upto", type=int, default=None,
                    help="read resistinua-2022 only up to this line (100: leaves the held-out lines unread)")
    ap.add_argument("--preload", action="store_true",
                    help="call Pipeline.preload first (as bench_core does)")
    a = ap.parse_args(argv)
    rows = analyse_all(texts(a.ner_step, a.bench, a.statements_upto), a.preload)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} documents analysed -> {a.out}")
    if not a.compare:
        return 0
    with open(a.compare, encoding="utf-8") as f:
        old = {r["id"]: r["out"] for r in map(json.loads, f)}
    differ = 0
    for r in rows:
        if r["id"] not in old:
            print(f"{r['id']}: not in {a.compare}")
            differ += 1
        elif old[r["id"]] != r["out"]:
            ja, jb = json.loads(old[r["id"]]), json.loads(r["out"])
            keys = sorted(k for k in set(ja) | set(jb) if ja.get(k) != jb.get(k))
            print(f"{r['id']}: differs in {', '.join(keys)}")
            differ += 1
    missing = set(old) - {r["id"] for r in rows}
    print(f"{differ} of {len(rows)} documents differ; {len(missing)} only in {a.compare}")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())

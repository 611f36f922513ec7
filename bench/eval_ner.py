"""Held-out figures of the NER model: P/R/F1 per type (exact spans) and words/s of predict.

    taskset -c 0 .venv/bin/python bench/eval_ner.py [--data ../shared/data/ner-uk-2.0-dev]
        [--model khronika/models/ner_uk/model.crfsuite] [--holdout 0.2] [--seed 0]
    .venv/bin/python bench/eval_ner.py [--pipeline] [--errors FILE]

The split is the one `khronika train-ner` uses, so with the shipped model (trained on the
other 80%) the figures are on documents it never saw. Speed is measured twice: a cold pass
(every word's features and pymorphy3 parses computed for the first time) and a warm pass
(caches full, as in a long-running pipeline where frequent words repeat).

`--pipeline` scores what a user gets instead: the entities of `khronika analyze` (the model
plus the gazetteer, the post-rules, the guards and coreference) on the same held-out
documents, PER/ORG/LOC only (the pipeline keeps few MISC names, and gold MISC is a grab-bag).
The rules around the model are tuned on other texts; this is the figure that tells whether
they help or hurt on genres nobody tuned them on. Each document is analysed as of a date of
its collection (Brown-UK 2016, Nashi Groshi 2018), so knowledge-base links are resolved then.
`--errors FILE` writes every missed and spurious span with its sentence, for reading; for
the model alone each wrong span also gets its kind (`evaluate.error_kinds`: type, border,
border+type, spurious, missed), counted per type on stdout.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khronika.ner import MODEL_DIR  # noqa: E402
from khronika.ner.corpus import doc_ids, load_doc, split  # noqa: E402
from khronika.ner.evaluate import error_kinds, format_table, score  # noqa: E402
from khronika.ner.model import MODEL_FILE, NerModel  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "ner-uk-2.0-dev"))
    ap.add_argument("--model", default=str(MODEL_DIR / MODEL_FILE))
    ap.add_argument("--holdout", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--pipeline", action="store_true",
                    help="score khronika analyze's PER/ORG/LOC entities instead of the model")
    ap.add_argument("--errors", help="write missed/spurious spans here")
    args = ap.parse_args()
    ids = doc_ids(Path(args.data))
    if not ids:
        sys.exit(f"no NER-UK documents under {args.data}")
    _, held = split([i for i, _ in ids], args.holdout, args.seed)
    if args.pipeline:
        return pipeline_figures(Path(args.data), sorted(held), args.errors)
    golds = [load_doc(i, stem) for i, stem in ids if i in held]
    n_words = sum(1 for g in golds for t in g.doc.tokens if t.is_word)
    model = NerModel(args.model)
    print(f"model {args.model}\nheld out: {len(golds)} documents, {n_words} words "
          f"(seed {args.seed}, holdout {args.holdout}); cpus allowed: {len(os.sched_getaffinity(0))}")
    rates = []
    for _ in range(2):
        t0, c0 = time.perf_counter(), time.process_time()
        pairs = [(model.predict(g.doc), g.spans) for g in golds]
        rates.append((n_words / (time.perf_counter() - t0), n_words / (time.process_time() - c0)))
    print(format_table(score(pairs)))
    if args.errors:
        model_errors(golds, pairs, args.errors)
    # CPU time is the figure to quote on a shared machine; wall time shows contention.
    for name, (wall, cpu) in zip(("cold", "warm"), rates):
        print(f"predict words/s {name}: {cpu:,.0f} per CPU-second ({wall:,.0f} wall)")


def _context(text: str, a: int, b: int) -> str:
    left = text.rfind("\n", 0, a) + 1
    right = text.find("\n", b)
    right = len(text) if right < 0 else right
    return (text[max(left, a - 60):a] + "[" + text[a:b] + "]"
            + text[b:min(right, b + 60)]).replace("\n", " / ")


def model_errors(golds, pairs, path: str) -> None:
    """Every wrong span of the model by kind, as TSV (document, kind, type, span text, gold
    type and text it is set against, context); the counts per kind and type to stdout."""
    from collections import Counter
    counts: Counter = Counter()
    lines = []
    for g, (pred, gold) in zip(golds, pairs):
        text = g.doc.text
        for kind, (a, b, t), other in error_kinds(pred, gold):
            counts[kind, t] += 1
            vs = f"{other[2]} {text[other[0]:other[1]]}" if other else ""
            lines.append("\t".join((g.id, kind, t, text[a:b], vs, _context(text, a, b))))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds = ("type", "border", "border+type", "spurious", "missed")
    print("errors  " + " ".join(f"{k:>11}" for k in kinds))
    for t in ("PER", "ORG", "LOC", "MISC"):
        print(f"{t:7} " + " ".join(f"{counts[k, t]:11d}" for k in kinds))


DATES = {"bruk": "2016-06-01", "ng": "2018-06-01"}     # a date of each part's collection
PIPELINE_TYPES = ("PER", "ORG", "LOC")


def pipeline_figures(data: Path, held: list[str], errors: str | None) -> None:
    from khronika.ner.corpus import read_ann
    from khronika.pipeline import analyze
    pairs, lines = [], []
    t0 = time.process_time()
    for doc_id in held:
        stem = data / doc_id
        text = stem.with_suffix(".txt").read_text(encoding="utf-8")
        gold = {s for s in read_ann(stem.with_suffix(".ann")) if s[2] in PIPELINE_TYPES}
        d = analyze(text, DATES.get(doc_id.split("/")[0]), id=doc_id).to_json()
        pred = {(m["start"], m["end"], e["type"]) for e in d["entities"]
                if e["type"] in PIPELINE_TYPES for m in e["mentions"]}
        pairs.append((pred, gold))
        for sign, spans in (("-", gold - pred), ("+", pred - gold)):
            for a, b, t in sorted(spans):
                lines.append("\t".join((doc_id, sign, t, text[a:b], _context(text, a, b))))
    scores = score(pairs)
    del scores["MISC"]
    print(f"khronika analyze entities on {len(held)} held-out documents "
          f"({time.process_time() - t0:.0f} CPU s)")
    print(format_table(scores))
    if errors:
        Path(errors).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

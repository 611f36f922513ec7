"""Held-out figures of the NER model: P/R/F1 per type (exact spans) and words/s of predict.

    taskset -c 0 .venv/bin/python bench/eval_ner.py [--data ../shared/data/ner-uk-2.0-dev]
        [--model khronika/models/ner_uk/model.crfsuite] [--holdout 0.2] [--seed 0]

The split is the one `khronika train-ner` uses, so with the shipped model (trained on the
other 80%) the figures are on documents it never saw. Speed is measured twice: a cold pass
(every word's features and pymorphy3 parses computed for the first time) and a warm pass
(caches full, as in a long-running pipeline where frequent words repeat).
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
from khronika.ner.evaluate import format_table, score  # noqa: E402
from khronika.ner.model import MODEL_FILE, NerModel  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "ner-uk-2.0-dev"))
    ap.add_argument("--model", default=str(MODEL_DIR / MODEL_FILE))
    ap.add_argument("--holdout", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    ids = doc_ids(Path(args.data))
    if not ids:
        sys.exit(f"no NER-UK documents under {args.data}")
    _, held = split([i for i, _ in ids], args.holdout, args.seed)
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
    # CPU time is the figure to quote on a shared machine; wall time shows contention.
    for name, (wall, cpu) in zip(("cold", "warm"), rates):
        print(f"predict words/s {name}: {cpu:,.0f} per CPU-second ({wall:,.0f} wall)")


if __name__ == "__main__":
    main()

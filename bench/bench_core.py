"""Speed and memory of khronika's text layer (and, with --layers, of more of the pipeline).

    python bench/bench_core.py                          # the full pipeline, 2,000 documents
    python bench/bench_core.py --layers segment,morph   # part of it
    python bench/bench_core.py --docs 5000
    python bench/bench_core.py --default-gc             # CPython's collector threshold
    python bench/bench_core.py --tokenizer-again        # the tokenizer-only pass once more, last

Prints the per-process costs (imports, building the pipeline, `Pipeline.preload`: what the
first documents would otherwise load, and the first document) apart, then documents/s, words/s,
peak RSS and, in the same run over the same realistic corpus
(`corpus.py`), the words/s of a tokenizer-only pass (tokenize-uk alone) and the ratio of the
two times, wall clock and CPU (target: full pipeline <= 2x the tokenizer-only pass); per layer
the wall and CPU seconds (on a shared machine compare the CPU figures). Pin to one core for the one-core figure:
`taskset -c 0 python bench/bench_core.py`. Both passes run with the collector threshold that
`khronika analyze` sets (`collect_less_often`), or with CPython's default (`--default-gc`).

The tokenizer-only pass is tokenize-uk's public API as it ships (sentences of the whole text,
then the words of each), warmed on a short text first (its first call loads the sentence
rules), in the same process and on the same texts, before the pipeline is built. The pipeline
pass then runs with the knowledge base and the models in memory; `--tokenizer-again` runs the
tokenizer-only pass once more after it, in that same larger process, and prints that ratio too.
"""
from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

_c0 = time.process_time()
import tokenize_uk  # noqa: E402

from corpus import corpus  # noqa: E402
from khronika.document import Document  # noqa: E402
from khronika.pipeline import Pipeline, collect_less_often  # noqa: E402
from khronika.settings import DEFAULT_PIPELINE, Settings  # noqa: E402

import_cpu = time.process_time() - _c0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--layers", default="all",
                    help="comma-separated components, or 'all' for the default pipeline")
    ap.add_argument("--default-gc", action="store_true",
                    help="keep CPython's collector threshold instead of the one `khronika analyze` sets")
    ap.add_argument("--tokenizer-again", action="store_true",
                    help="run the tokenizer-only pass again after the pipeline (same process, its heap grown)")
    a = ap.parse_args()
    layers = DEFAULT_PIPELINE if a.layers == "all" else tuple(x for x in a.layers.split(",") if x)
    if not a.default_gc:
        collect_less_often()    # as the CLI's analyze and ingest do, for both passes alike
    docs = corpus(a.docs)
    words = sum(len(d["text"].split()) for d in docs)
    print(f"corpus: {len(docs)} documents, {words:,} words (whitespace), cores visible: {len(os.sched_getaffinity(0))}, "
          f"gc thresholds {gc.get_threshold()}")

    def tokenizer_only() -> tuple[float, float, int]:
        t0, c0 = time.perf_counter(), time.process_time()
        n_tok = 0
        for d in docs:
            for _, s, e in tokenize_uk.tokenize_sents_with_spans(d["text"]):
                n_tok += len(tokenize_uk.tokenize_words_with_spans(d["text"][s:e]))
        return time.perf_counter() - t0, time.process_time() - c0, n_tok

    for _, s, e in tokenize_uk.tokenize_sents_with_spans("Warm-up. Перше речення."):   # loads the rules
        tokenize_uk.tokenize_words_with_spans("Перше речення.")
    tok_s, tok_cpu, n_tok = tokenizer_only()
    print(f"tokenize-uk only: {len(docs) / tok_s:,.0f} docs/s, {words / tok_s:,.0f} words/s ({n_tok:,} tokens), "
          f"{tok_cpu:.2f} s CPU")

    c0 = time.process_time()
    pipeline = Pipeline(Settings(pipeline=layers))
    build_cpu = time.process_time() - c0
    if pipeline.skipped:
        print(f"(components not available yet, skipped: {', '.join(pipeline.skipped)})")
    loaded = pipeline.preload()     # what the first documents would load: per process, not per document
    c0 = time.process_time()
    pipeline(Document(text=docs[0]["text"], date=None))          # warm up outside the clock
    print(f"per process, CPU: import {import_cpu:.2f} s, pipeline built {build_cpu:.2f} s, preload "
          f"{sum(loaded.values()):.2f} s ({', '.join(f'{k} {v:.2f}' for k, v in loaded.items())}), "
          f"first document {time.process_time() - c0:.2f} s")
    pipeline.timings.clear()
    cpu: dict[str, float] = {}      # per layer, CPU seconds: on a shared machine wall time is noise

    def cpu_timed(name, run):
        def timed(doc):
            c = time.process_time()
            run(doc)
            cpu[name] = cpu.get(name, 0.0) + time.process_time() - c
        return timed
    pipeline.components = [(info, cpu_timed(info.name, run)) for info, run in pipeline.components]
    t0, c0 = time.perf_counter(), time.process_time()
    for d in docs:
        pipeline(Document(text=d["text"], id=d["id"], date=d["date"]))
    run_s, run_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"pipeline [{', '.join(pipeline.names)}]: {len(docs) / run_s:,.1f} docs/s, {words / run_s:,.0f} words/s, "
          f"{run_cpu:.2f} s CPU")
    print(f"ratio pipeline / tokenizer-only time: {run_s / tok_s:.2f} wall, {run_cpu / tok_cpu:.2f} CPU (target <= 2)")
    for name, secs in pipeline.timings.items():
        print(f"  {name:10s} {secs:7.2f} s  {len(docs) / secs if secs else float('inf'):10,.0f} docs/s"
              f"  {cpu.get(name, 0.0):7.2f} s CPU")
    if a.tokenizer_again:
        from khronika.extract.words import stock
        with stock():       # as it ships: without khronika's compiled and gated patterns
            again_s, again_cpu, _ = tokenizer_only()
        print(f"tokenize-uk only, again after the pipeline: {again_cpu:.2f} s CPU; ratio pipeline / this "
              f"pass: {run_s / again_s:.2f} wall, {run_cpu / again_cpu:.2f} CPU")
    print(f"peak RSS: {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()

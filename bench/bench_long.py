"""Time of `khronika analyze` on one long paragraphed document, per character: it must stay
flat (within 2x) from 100k to 2M characters, so a document at the size cap finishes in
seconds, not minutes.

    python bench/bench_long.py                        # 100k, 500k, 2M characters
    python bench/bench_long.py --sizes 255000,510000 --profile quotes,events

Prints per size the seconds, microseconds per character and each layer's share; `--profile`
prints the functions that took the most time in those layers (cProfile) at the largest size.
The text is benchmark corpus documents (`corpus.py`) joined as paragraphs, so it has the
quotes, names, times and events that news has."""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402
from khronika.document import Document  # noqa: E402
from khronika.pipeline import Pipeline, collect_less_often  # noqa: E402
from khronika.settings import Settings  # noqa: E402


def long_text(chars: int) -> str:
    parts, size, n = [], 0, 64
    while size < chars:
        for doc in corpus(n, seed=n):
            parts.append(doc["text"])
            size += len(doc["text"]) + 2
            if size >= chars:
                break
        n *= 2
    return "\n\n".join(parts)[:chars]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,500000,2000000")
    ap.add_argument("--profile", default="", help="layers to profile at the largest size")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    collect_less_often()        # as `khronika analyze` does
    pipe = Pipeline(Settings(max_chars=max(sizes)))
    # warm up on news, not one sentence: models some layers load on first need (the language
    # detector) would otherwise be timed in the smallest size and flatter the ratio
    pipe(Document(text=long_text(20_000), date="2025-01-01"))
    rows = []
    for size in sizes:
        text = long_text(size)
        pipe.timings.clear()
        prof = cProfile.Profile() if args.profile and size == max(sizes) else None
        t0, c0 = time.perf_counter(), time.process_time()
        if prof:
            prof.enable()
        doc = pipe(Document(text=text, id="long", date="2025-06-01"))
        if prof:
            prof.disable()
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        layers = ", ".join(f"{k} {v:.1f}s" for k, v in pipe.timings.items())
        rows.append((size, took, cpu))
        print(f"{size:>9,} chars {took:7.2f} s {took / size * 1e6:6.1f} us/char, CPU {cpu:7.2f} s "
              f"{cpu / size * 1e6:6.1f} us/char ({len(doc.events)} events, {len(doc.quotes)} quotes) "
              f"[{layers}]", flush=True)
        if prof:
            out = io.StringIO()
            stats = pstats.Stats(prof, stream=out).sort_stats("cumulative")
            stats.print_stats(*[f"extract/{layer}" for layer in args.profile.split(",")][:1], 25)
            print(out.getvalue())
    per = [t / s for s, t, _ in rows]
    per_cpu = [c / s for s, _, c in rows]
    print(f"time per character, largest/smallest: {per[-1] / per[0]:.2f}x wall, "
          f"{per_cpu[-1] / per_cpu[0]:.2f}x CPU (target <= 2x); figures from a shared 2-core machine")
    return 0


if __name__ == "__main__":
    sys.exit(main())

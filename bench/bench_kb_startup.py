"""Start-up of the knowledge base and the pipeline, and peak RSS of `khronika analyze`.

    .venv/bin/python bench/bench_kb_startup.py [--runs 3]

Each figure is taken in a fresh process: the KB load (from the compiled index cache; the
first run compiles it if the data changed), the whole default pipeline built and run on one
short document, and `khronika analyze` on one document with its peak RSS. On a shared machine
read the best of the runs.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Президент України Володимир Зеленський у вівторок зустрівся з прем'єр-міністром "
        "Великої Британії у Києві. У селі Мирне Херсонської області відновили світло.")

KB = "import time; t=time.perf_counter(); from khronika.kb import get_kb; k=get_kb(); " \
     "print(time.perf_counter()-t, len(k.entities), len(k.index))"
PIPE = ("import time; t=time.perf_counter(); from khronika.pipeline import analyze; "
        f"analyze({TEXT!r}, '2024-05-01'); print(time.perf_counter()-t)")


def child(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        sys.exit(out.stderr)
    return out.stdout.split()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    t0 = time.perf_counter()
    first = child(KB)           # compiles the index when the cache is missing or stale
    print(f"first KB load (compiles when the data changed): {time.perf_counter() - t0:.2f} s wall, "
          f"{len(first) > 1 and first[1]} entities, {len(first) > 2 and first[2]} index keys")
    kb = [float(child(KB)[0]) for _ in range(a.runs)]
    pipe = [float(child(PIPE)[0]) for _ in range(a.runs)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write(json.dumps({"id": "b", "date": "2024-05-01", "text": TEXT}, ensure_ascii=False) + "\n")
    t0 = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "khronika"), "analyze", "--input", f.name],
                   capture_output=True, check=True)
    wall = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"KB load from cache: best {min(kb):.2f} s of {a.runs}")
    print(f"import + pipeline + one document: best {min(pipe):.2f} s of {a.runs}")
    print(f"khronika analyze, one document: {wall:.2f} s wall; peak RSS of the children {rss:.0f} MB")


if __name__ == "__main__":
    main()

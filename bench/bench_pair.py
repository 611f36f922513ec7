"""Two versions of the code timed side by side: `bench_core.py` of an older commit and of
this tree, started together, round after round, with the per-layer CPU seconds of each and
their difference.

    python bench/bench_pair.py f3dc877                   # that commit against this tree
    python bench/bench_pair.py f3dc877 --new f78f9ed     # two commits
    python bench/bench_pair.py HEAD~5 --docs 1000 --rounds 3

Why: on this shared 2-core machine the CPU seconds of one run move with the load of the
others (bench_core's pipeline gave 25.3 s at load ~3 and 30.1 s at load ~14 on the same
code, the ratio to the tokenizer-only pass 3.5 and 4.0), so two runs made one after the
other differ by more than most changes do. Two runs made at the same time share the load:
their difference is the code's (a layer whose code is the same still moves by up to
0.2 s in 2,000 documents, the whole pipeline by ~1%).

Each commit is checked out in a git worktree under the system's temporary folder
(`khronika-bench-pair/COMMIT`, removed afterwards) and run with the same interpreter, with
that worktree first on PYTHONPATH, so the installed dependencies are the same and only
khronika's code differs. Both run this tree's `bench/bench_core.py` and so time the same
corpus (`corpus.py` reads the texts beside this tree, `../shared`, and varies names from
this tree's knowledge base: a worktree elsewhere would make another corpus), once on two
documents before the rounds: the compiled knowledge base is cached per data folder and
content, and a process that compiles it has parsed thousands of names by the time it is
timed (its morph layer looked five times cheaper, and lazily built tables fell in the timed
layers). The folder stays the same for a commit, so its cache serves the next comparison.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_TOTAL = re.compile(r"^pipeline \[.*\]: .* ([\d.]+) s CPU$")
_LAYER = re.compile(r"^  (\w+)\s+[\d.]+ s\s+[\d,]+ docs/s\s+([\d.]+) s CPU$")
_TOKENIZER = re.compile(r"^tokenize-uk only: .* ([\d.]+) s CPU$")


def parse(output: str) -> dict[str, float]:
    """CPU seconds of a bench_core run: the pipeline, each layer, the tokenizer-only pass."""
    out: dict[str, float] = {}
    for line in output.splitlines():
        if m := _TOTAL.match(line):
            out["pipeline"] = float(m[1])
        elif m := _LAYER.match(line):
            out[m[1]] = float(m[2])
        elif m := _TOKENIZER.match(line):
            out.setdefault("tokenizer", float(m[1]))
    return out


def _worktree(commit: str) -> Path:
    sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", commit + "^{commit}"],
                         check=True, capture_output=True, text=True).stdout.strip()
    path = Path(tempfile.gettempdir()) / "khronika-bench-pair" / sha[:12]
    if path.exists():           # left by a stopped run
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(path)],
                       capture_output=True)
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), sha],
                   check=True, capture_output=True)
    return path


def _start(tree: Path, docs: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(tree))
    return subprocess.Popen([sys.executable, str(ROOT / "bench" / "bench_core.py"), "--docs", str(docs)],
                            cwd=tempfile.gettempdir(), env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old", help="the commit to compare with")
    ap.add_argument("--new", help="a commit (default: this working tree as it is)")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    trees = [_worktree(a.old)]
    trees.append(_worktree(a.new) if a.new else ROOT)
    try:
        for t in trees:             # caches built outside the rounds (see above)
            _start(t, 2).communicate()
        runs: list[list[dict[str, float]]] = [[], []]
        for r in range(a.rounds):
            procs = [_start(t, a.docs) for t in trees]
            for k, p in enumerate(procs):
                got = parse(p.communicate()[0])
                if "pipeline" not in got:
                    sys.exit(f"{trees[k]}: bench_core gave no figures")
                runs[k].append(got)
            print(f"round {r + 1}: pipeline {runs[0][-1]['pipeline']:.2f} -> {runs[1][-1]['pipeline']:.2f} s CPU",
                  flush=True)
    finally:
        for t in trees:
            if t != ROOT:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(t)],
                               capture_output=True)
    names = [k for k in runs[1][0] if all(k in x for x in runs[0] + runs[1])]
    print(f"median of {a.rounds} rounds, CPU seconds, {a.docs} documents: {a.old} -> {a.new or 'this tree'}")
    for name in names:
        old = statistics.median(x[name] for x in runs[0])
        new = statistics.median(x[name] for x in runs[1])
        print(f"  {name:10s} {old:8.2f} {new:8.2f}  {new - old:+7.2f}  {100 * (new - old) / old if old else 0:+6.1f}%")


if __name__ == "__main__":
    main()

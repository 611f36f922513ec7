"""Entity spans and types on sentences of other media genres (bench/data/genre_entities.txt).

    .venv/bin/python bench/eval_genre_entities.py [--errors] [--date 2025-06-01]

The gold and the dev texts are mostly addresses and statements; the hidden texts are news of
every genre, where long bodies, companies, courts, units and people outside the knowledge
base carry most of the names. The sentences here were written for this bench (none copied);
each is one document, each entity marked [span|TYPE]. A system mention counts when its span
and type are both exact, as the project's scorer counts them.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench" / "data" / "genre_entities.txt"
MARK = re.compile(r"\[([^\[\]|]+)\|(PER|ORG|LOC|MISC)\]")


def parse(line: str) -> tuple[str, set[tuple[int, int, str]]]:
    """The plain text of a marked line and its gold mentions (start, end, type)."""
    text, gold, pos = [], set(), 0
    for m in MARK.finditer(line):
        text.append(line[pos:m.start()])
        start = sum(map(len, text))
        text.append(m.group(1))
        gold.add((start, start + len(m.group(1)), m.group(2)))
        pos = m.end()
    text.append(line[pos:])
    return "".join(text), gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--date", default="2025-06-01")
    args = ap.parse_args()
    from khronika.pipeline import analyze
    tp = n_sys = n_gold = 0
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, gold = parse(line)
        d = analyze(text, args.date).to_json()
        found = {(m["start"], m["end"], e["type"]) for e in d["entities"] for m in e["mentions"]}
        tp += len(found & gold)
        n_sys += len(found)
        n_gold += len(gold)
        if args.errors and found != gold:
            print("##", text)
            for s, e, t in sorted(gold - found):
                print(f"  - {t} {text[s:e]!r}")
            for s, e, t in sorted(found - gold):
                print(f"  + {t} {text[s:e]!r}")
    p, r = tp / max(n_sys, 1), tp / max(n_gold, 1)
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"genre entities: right {tp} of {n_gold} gold, {n_sys} found; "
          f"p={p:.4f} r={r:.4f} f1={f:.4f}")


if __name__ == "__main__":
    main()

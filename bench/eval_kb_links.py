"""How many people in real text the knowledge base knows: over a JSON Lines corpus (default
the 120 resistinua statements), the share of person entities (one per document) linked to the
KB and the share with a Wikidata id (over all of them, and over those the text names: an
address's author known only from its title is listed with no mention), and the most frequent
unlinked names.

    .venv/bin/python bench/eval_kb_links.py [--data FILE] [--lines 1-120] [--top 25]
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khronika.kb import get_kb  # noqa: E402
from khronika.pipeline import analyze  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "resistinua-2022" / "statements.jsonl"))
    ap.add_argument("--lines", default="1-120")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--types", default="PER")
    a = ap.parse_args()
    lo, hi = (int(x) for x in a.lines.split("-"))
    rows = [json.loads(x) for x in Path(a.data).read_text(encoding="utf-8").splitlines()[lo - 1:hi]]
    kb = get_kb()
    counts = {t: collections.Counter() for t in a.types.split(",")}
    unlinked = {t: collections.Counter() for t in counts}
    for r in rows:
        doc = analyze(r["text"], r.get("date"), id=r.get("id"))
        for e in doc.to_json()["entities"]:
            t = e["type"]
            if t not in counts:
                continue
            counts[t]["all"] += 1
            linked = e["kb"] if "kb" in e else e["id"] in kb.entities
            counts[t]["kb"] += bool(linked)
            counts[t]["wikidata"] += bool(e.get("wikidata"))
            if e["mentions"]:       # named in the text, not only an author or a role's holder
                counts[t]["named"] += 1
                counts[t]["named_kb"] += bool(linked)
                counts[t]["named_wikidata"] += bool(e.get("wikidata"))
            if not linked:
                unlinked[t][e["name_uk"]] += 1
    for t, c in counts.items():
        n = c["all"] or 1
        print(f"{t}: {c['all']} entities in {len(rows)} documents; linked to the KB {c['kb']} "
              f"({c['kb'] / n:.1%}); with a Wikidata id {c['wikidata']} ({c['wikidata'] / n:.1%})")
        m = c["named"] or 1
        print(f"  named in the text: {c['named']}; linked {c['named_kb']} ({c['named_kb'] / m:.1%}); "
              f"with a Wikidata id {c['named_wikidata']} ({c['named_wikidata'] / m:.1%})")
        print("  most frequent outside the KB: " + ", ".join(f"{k} {v}" for k, v in unlinked[t].most_common(a.top)))


if __name__ == "__main__":
    main()

"""Item 6 of issue 11: output is byte-identical whatever PYTHONHASHSEED is. "Сторони
підписали угоду" takes its parties from the meeting before; they were copied out of a set, so
their order followed the process's string hashes. The wider check over the benchmark corpus is
`bench/fuzz_hashseed.py`."""
from __future__ import annotations

import os
import subprocess
import sys

TEXT = ("Президент України Володимир Зеленський зустрівся з президентом Франції Емманюелем "
        "Макроном у Парижі. Сторони підписали угоду про безпеку.")
CODE = ("import json\nfrom khronika.pipeline import analyze\n"
        f"print(json.dumps(analyze({TEXT!r}, '2025-01-01').to_json(), ensure_ascii=False, "
        "sort_keys=True))\n")


def test_parties_keep_the_order_of_the_meeting_before():
    from khronika.pipeline import analyze
    doc = analyze(TEXT, "2025-01-01")
    meet = next(e for e in doc.events if e.type == "CONSULT")
    deal = next(e for e in doc.events if e.type == "AGREE")
    people = [x for x in meet.actors + meet.recipients if doc.entities[x].type == "PER"]
    assert len(people) == 2
    assert [x for x in deal.actors if x in people] == people


def test_output_is_the_same_under_any_hash_seed():
    outs = set()
    for seed in ("0", "1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        res = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True,
                             text=True, check=True)
        outs.add(res.stdout)
    assert len(outs) == 1

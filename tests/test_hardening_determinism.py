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


LOOKUP = ("from khronika.pipeline import analyze\n"
          "from khronika.extract.events.lexicon.compiled import Lexicon, Trigger\n"
          "from khronika.extract.events.triggers.finder import SentenceView, TriggerFinder, lemma_of\n"
          "doc = analyze('Зустрічі тривали.', '2025-01-01')\n"
          "t = doc.tokens[0]\n"
          "assert lemma_of(t) != t.norm, (lemma_of(t), t.norm)\n"
          "one = lambda ty, w: Trigger(ty, (frozenset([w]),), 1.0)\n"
          "lex = Lexicon(by_lemma={lemma_of(t): [one('BY_LEMMA', lemma_of(t))], t.norm: [one('BY_FORM', t.norm)]})\n"
          "found = TriggerFinder(lex).matches_at(doc, SentenceView(doc, 0, lex), 0)\n"
          "print([tr.type for tr, _ in found])\n")


def test_a_word_whose_lemma_and_form_both_trigger_lists_the_lemma_first_under_any_seed():
    """The trigger finder looked a word up by {lemma, form}, a set: which entry came first
    (and so which event a word gave) followed the process's string hashes."""
    outs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        res = subprocess.run([sys.executable, "-c", LOOKUP], env=env, capture_output=True,
                             text=True, check=True)
        outs.add(res.stdout.strip())
    assert outs == {"['BY_LEMMA', 'BY_FORM']"}

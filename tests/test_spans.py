"""The span lookups that replaced per-token scans of every quote give the scans' answers."""
from __future__ import annotations

import random

from khronika.spans import Cover


def test_cover_answers_as_a_scan_of_every_span():
    rng = random.Random(7)
    for _ in range(500):
        spans = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randint(0, 40)
            spans.append((s, s + rng.randint(0, 12)))     # empty, nested and overlapping spans
        cover = Cover(spans)
        for pos in range(-1, 55):
            assert (pos in cover) == any(s <= pos < e for s, e in spans), (spans, pos)


def test_cover_of_nothing_holds_nothing():
    assert 0 not in Cover([])


def test_first_holding_finds_what_a_scan_finds():
    from types import SimpleNamespace

    from khronika.spans import FirstHolding

    rng = random.Random(11)
    for _ in range(500):
        items = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randint(0, 40)
            items.append(SimpleNamespace(start=s, end=s + rng.randint(0, 12)))
        if rng.random() < 0.7:
            items.sort(key=lambda x: x.start)       # a layer's order; any other is scanned
        finder = FirstHolding(items)
        for pos in range(-1, 55):
            assert finder.find(pos) is next((x for x in items if x.start <= pos < x.end), None)

"""Entities of part E24 (issue 12): causes read on real text no rule was tuned on, each tested
with sentences written for the test (a compass region, ...)."""
from __future__ import annotations

from entity_helpers import Analysed

A = Analysed("2024-03-12")


def test_capitalised_compass_region_is_one_place():
    """'Східна Європа', 'Західна Україна' are regions of their own (knowledge-base places), so
    the whole name is one mention, not 'Європі' or 'Україні' alone; lower case stays the
    continent or the country."""
    text = ("Волонтери з Західної України везуть допомогу, а уряди у Східній Європі "
            "посилюють кордони; у західній Україні йдуть дощі.")
    got = {m["text"]: e["id"] for e in A.named(text) for m in e["mentions"]}
    assert got["Західної України"] == "western-ukraine"
    assert got["Східній Європі"] == "eastern-europe"
    assert got["Україні"] == "ukraine"
    assert "Європі" not in got


def test_oblast_abbreviated_is_the_oblast():
    """'обл.' shortens 'область' in addresses and lists: 'Луганська обл.' is the oblast, not
    the city of Luhansk its adjective alone names, and no unlinked local place."""
    text = "Склад у місті Сватове (Луганська обл.) згорів, а завод у Полтавській обл. працює."
    got = {m["text"]: e["id"] for e in A.named(text) for m in e["mentions"]}
    assert got["Луганська обл."] == "luhansk-oblast"
    assert got["Полтавській обл."] == "poltava-oblast"

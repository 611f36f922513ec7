"""A gift or a sanction told again for another party with its verb left out after a dash is a
second happening with that party as its giver; a dash that gives nothing adds none. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build

for _key, _en, _uk in (("estonia", "Estonia", "Естонія"), ("latvia", "Latvia", "Латвія"),
                       ("canada", "Canada", "Канада"), ("norway", "Norway", "Норвегія"),
                       ("poland", "Poland", "Польща"), ("ukraine", "Ukraine", "Україна")):
    ENTS.setdefault(_key, (_en, _uk, "LOC", None))


def _givers(doc, type_):
    return [sorted(e.actors) for e in doc.events if e.type == type_]


def test_a_party_and_a_dash_after_a_gift_give_a_gift_of_their_own(core_pipeline):
    doc = build(core_pipeline, "Естонія передала Україні дві гаубиці, а Латвія — 40 генераторів.",
                names=[("Естонія", "estonia"), ("Україні", "ukraine"), ("Латвія", "latvia")])
    assert _givers(doc, "AID") == [["estonia"], ["latvia"]]
    assert doc.events[1].mode == "humanitarian"
    assert all(e.recipients == ["ukraine"] for e in doc.events)


def test_a_comma_opens_the_gap_as_well(core_pipeline):
    doc = build(core_pipeline, "Норвегія надала Україні кошти на газ, Польща — вантажівки.",
                names=[("Норвегія", "norway"), ("Україні", "ukraine"), ("Польща", "poland")])
    assert _givers(doc, "AID") == [["norway"], ["poland"]]


def test_a_sanction_for_another_party_after_a_dash(core_pipeline):
    doc = build(core_pipeline, "Норвегія запровадила санкції проти банків, а Канада — проти судноплавних компаній.",
                names=[("Норвегія", "norway"), ("Канада", "canada")])
    assert _givers(doc, "SANCTION") == [["norway"], ["canada"]]


@pytest.mark.parametrize("text", [
    "Естонія передала Україні гаубиці, а Латвія — наш надійний сусід.",
    "Естонія передала Україні гаубиці, а Латвія — це окрема історія.",
    "Естонія передала Україні гаубиці, а Латвія — ні.",
])
def test_a_dash_that_gives_nothing_is_no_gift(core_pipeline, text):
    doc = build(core_pipeline, text, names=[("Естонія", "estonia"), ("Україні", "ukraine"), ("Латвія", "latvia")])
    assert _givers(doc, "AID") == [["estonia"]]


def test_a_dative_after_the_conjunction_is_another_receiver_not_a_giver(core_pipeline):
    doc = build(core_pipeline, "Естонія передала Латвії гаубиці, а Україні — генератори.",
                names=[("Естонія", "estonia"), ("Латвії", "latvia"), ("Україні", "ukraine")])
    assert _givers(doc, "AID") == [["estonia"]]


def test_a_gift_told_by_several_words_gives_one_gap_copy(core_pipeline):
    doc = build(core_pipeline, "Естонія надала новий пакет оборонної допомоги, а Латвія — 30 генераторів для лікарень.",
                names=[("Естонія", "estonia"), ("Латвія", "latvia")])
    assert _givers(doc, "AID") == [["estonia"], ["latvia"]]
    assert doc.events[1].mode == "humanitarian"

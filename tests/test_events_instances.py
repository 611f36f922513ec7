"""One of several happenings singled out in a verbless sentence of its own ("Готуємо сім угод.
Зокрема щодо угоди з Норвегією.") is one more happening of that kind with its own partner and
the status of the one it is picked out of; a noun of another kind after "зокрема" stays a
topic. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

ENTS.setdefault("norway", ("Norway", "Норвегія", "LOC", "Q20"))
ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))


def test_an_agreement_singled_out_with_its_partner(core_pipeline):
    text = "Україна готує п'ять нових оборонних угод. Зокрема щодо оборонної угоди з Норвегією."
    doc = build(core_pipeline, text, names=[("Україна", "ukraine"), ("Норвегією", "norway")])
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert len(agree) == 2
    assert agree[1].status == "planned" and "norway" in agree[1].recipients


def test_a_happening_of_another_kind_after_zokrema_stays_a_topic(core_pipeline):
    text = "Україна готує п'ять нових оборонних угод. Зокрема щодо постачання ракет з Німеччини."
    doc = build(core_pipeline, text, names=[("Україна", "ukraine"), ("Німеччини", "germany")])
    assert [e.type for e in doc.events] == ["AGREE"]


def test_without_the_marker_the_noun_is_only_a_topic(core_pipeline):
    text = "Україна готує п'ять нових оборонних угод. Щодо оборонної угоди з Норвегією – питання відкрите."
    doc = build(core_pipeline, text, names=[("Україна", "ukraine"), ("Норвегією", "norway")])
    assert [e.type for e in doc.events] == ["AGREE"]

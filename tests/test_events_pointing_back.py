"""Events merging and sides: a demonstrative noun points back at the happening told, and a
plural role word names several sides. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import build, of_type


def test_this_agreement_carried_out_later_is_the_one_told(core_pipeline):
    doc = build(core_pipeline, "Україна і Польща домовилися про обмін даними. Цю домовленість буде виконано завтра.",
                names=[("Україна", "ukraine"), ("Польща", "poland")], timexes=[("завтра", "2026-01-11", None)])
    evs = of_type(doc, "AGREE")
    assert len(evs) == 1, [(e.status, e.trigger.text) for e in evs]
    assert evs[0].status == "occurred" and evs[0].time is None
    # "наступна зустріч" is another happening, and "такі санкції" of another giver another one
    doc = build(core_pipeline, "Вчора відбулася зустріч делегацій. Наступна зустріч відбудеться завтра.",
                timexes=[("Вчора", "2026-01-09", None), ("завтра", "2026-01-11", None)])
    assert len(of_type(doc, "CONSULT")) == 2
    # a demonstrative mention that agrees in time and status still gives the event its date
    doc = build(core_pipeline, "Готується саміт НАТО. Цей саміт відбудеться завтра.",
                names=[("НАТО", "nato")], timexes=[("завтра", "2026-01-11", None)])
    evs = of_type(doc, "CONSULT")
    assert len(evs) == 1 and evs[0].time and evs[0].time["value"] == "2026-01-11"


def test_plural_heads_of_state_are_no_home_side(core_pipeline):
    doc = build(core_pipeline, "Президенти домовилися про обмін полоненими.")
    assert of_type(doc, "AGREE") and all("ukraine" not in e.actors for e in of_type(doc, "AGREE"))
    doc = build(core_pipeline, "Делегації провели переговори.")
    assert all("ukraine" not in e.actors for e in of_type(doc, "CONSULT"))
    # one delegation, unnamed, is the home side's
    doc = build(core_pipeline, "Делегація провела переговори.")
    assert any("ukraine" in e.actors for e in of_type(doc, "CONSULT"))

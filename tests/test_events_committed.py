"""What parties agree or bind themselves to give or impose ("погодилися надати", "домовилися
запровадити") is a planned happening of its own, not only the agreement's content; what talks
were about or what was refused stays content. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("japan", ("Japan", "Японія", "LOC", "Q17"))
ENTS.setdefault("iran", ("Iran", "Іран", "LOC", "Q794"))


def test_aid_agreed_on_is_planned(core_pipeline):
    doc = build(core_pipeline, "Партнери погодилися надати Україні ще три системи ППО.",
                names=[("Україні", "ukraine")])
    aid = [e for e in doc.events if e.type == "AID"]
    assert [(e.status, e.recipients) for e in aid] == [("planned", ["ukraine"])]
    assert any(e.type == "AGREE" for e in doc.events)


def test_aid_a_state_binds_itself_to_is_planned(core_pipeline):
    doc = build(core_pipeline, "Японія зобов'язалася виділити Україні 200 мільйонів доларів.",
                names=[("Японія", "japan"), ("Україні", "ukraine")])
    [ev] = [e for e in doc.events if e.type == "AID"]
    assert ev.status == "planned" and ev.actors == ["japan"] and ev.recipients == ["ukraine"]


def test_sanctions_agreed_on_are_planned(core_pipeline):
    doc = build(core_pipeline, "Міністри домовилися запровадити нові санкції проти Ірану.",
                names=[("Ірану", "iran")])
    [ev] = [e for e in doc.events if e.type == "SANCTION"]
    assert ev.status == "planned" and ev.recipients == ["iran"]


def test_what_talks_were_about_or_what_was_refused_stays_content(core_pipeline):
    doc = build(core_pipeline, "Сторони домовилися про постачання зброї.")
    assert [e.type for e in doc.events] == ["AGREE"]
    doc = build(core_pipeline, "Німеччина відмовилася передати Україні ракети.",
                names=[("Німеччина", "germany"), ("Україні", "ukraine")])
    assert [e.type for e in doc.events] == ["REJECT"]

"""Who gave, when a passive participle or a relative clause names the giver (issue 16): "гаубиці,
передані Норвегією" (the instrumental after a participle of giving is the giver, whatever verb
carries the aid), "надана Японією система" (the participle alone tells the giving), "зброя, яку
Словаччина надала" (the giver between the relative pronoun and its verb). Sentences written for
these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, typed

from khronika.extract.events.lexicon.compiled import lexicon

ENTS.setdefault("armed-forces", ("Armed Forces of Ukraine", "Збройні сили України", "ORG", "Q1278364"))
ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("japan", ("Japan", "Японія", "LOC", "Q17"))
ENTS.setdefault("norway", ("Norway", "Норвегія", "LOC", "Q20"))
ENTS.setdefault("denmark", ("Denmark", "Данія", "LOC", "Q35"))
ENTS.setdefault("slovakia", ("Slovakia", "Словаччина", "LOC", "Q214"))


aid = typed("AID")


def test_the_participles_of_giving_are_data():
    assert {"наданий", "переданий", "виділений"} <= lexicon().word_list("giving_participles")


def test_the_participles_agent_gives_what_the_subject_receives(core_pipeline):
    doc = build(core_pipeline, "Україна отримала гаубиці, передані Норвегією.",
                names=[("Україна", "ukraine"), ("Норвегією", "norway")])
    [ev] = aid(doc)
    assert ev.actors == ["norway"] and ev.recipients == ["ukraine"]
    doc = build(core_pipeline, "Наші військові отримали надані Німеччиною танки.",
                names=[("Німеччиною", "germany")], refs=[("Наші", "ukraine", "pronoun")])
    [ev] = aid(doc)
    assert ev.actors == ["germany"] and "germany" not in ev.recipients
    doc = build(core_pipeline, "Минулого тижня ЗСУ отримали винищувачі, передані Данією та Норвегією.",
                names=[("ЗСУ", "armed-forces"), ("Данією", "denmark"), ("Норвегією", "norway")])
    [ev] = aid(doc)
    assert ev.actors == ["denmark", "norway"] and ev.recipients == ["armed-forces"]


def test_a_participle_with_its_giver_tells_the_giving(core_pipeline):
    doc = build(core_pipeline, "Надана Японією система ППО вже прикриває місто.",
                names=[("Японією", "japan")])
    [ev] = aid(doc)
    assert ev.actors == ["japan"]
    doc = build(core_pipeline, "Кошти, виділені Німеччиною Україні, підуть на відбудову шкіл.",
                names=[("Німеччиною", "germany"), ("Україні", "ukraine")])
    [ev] = aid(doc)
    assert ev.actors == ["germany"] and ev.recipients == ["ukraine"]
    # a participle of another verb, or one with no giver after it, tells no giving
    doc = build(core_pipeline, "Рішення, ухвалене Норвегією, стосується рибальства.",
                names=[("Норвегією", "norway")])
    assert aid(doc) == []
    doc = build(core_pipeline, "Передані танки вже на фронті.")
    assert aid(doc) == []


def test_the_giver_in_a_participle_takes_no_part_in_another_act(core_pipeline):
    doc = build(core_pipeline, "Гаубиці, передані Норвегією, обстріляли позиції окупантів.",
                names=[("Норвегією", "norway")])
    assert all("norway" not in e.actors + e.recipients for e in doc.events if e.type != "AID")


def test_the_giver_may_stand_between_the_relative_pronoun_and_the_verb(core_pipeline):
    doc = build(core_pipeline, "Зброя, яку Словаччина надала Україні, вже на фронті.",
                names=[("Словаччина", "slovakia"), ("Україні", "ukraine")])
    [ev] = aid(doc)
    assert ev.actors == ["slovakia"] and ev.recipients == ["ukraine"]
    doc = build(core_pipeline, "Снаряди, які Норвегія вже передала нашим захисникам, допомагають тримати фронт.",
                names=[("Норвегія", "norway")])
    [ev] = aid(doc)
    assert ev.actors == ["norway"]

"""A happening named by the head noun of a heading (before a colon that opens the sentence, or
the document's first line with no verb) is anchored as a verb would anchor it; the same noun in
running text still needs a predicate. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build, sorted_types as _types


@pytest.mark.parametrize("text, type_", [
    ("Напад на Вугледар: загарбники кинули в бій танки.", "ASSAULT"),
    ("Засідання уряду: міністри розглянули бюджет.", "CONSULT"),
    ("Кредит від сусідів: кошти підуть на ремонт мостів.", "AID"),
    ("Конференція з питань енергетики в Берліні\n\nДелегати прибули ще вчора.", "CONSULT"),
])
def test_a_heading_noun_tells_a_happening(core_pipeline, text, type_):
    doc = build(core_pipeline, text)
    assert type_ in _types(doc)


@pytest.mark.parametrize("text, type_", [
    ("Експерти пишуть, що засідання уряду потрібне.", "CONSULT"),
    ("Кредит від сусідів: міф чи реальність?", "AID"),
    ("Читачі питають: а засідання уряду взагалі потрібні?", "CONSULT"),
    ("Уряд довго думав, як запобігти нападу на Вугледар: місто готувалося.", "ASSAULT"),
    ("Засідань уряду замало: потрібні щоденні наради з громадами.", "CONSULT"),
    ("Засідання уряду без журналістів.\n\nТак вирішили міністри.", "CONSULT"),
])
def test_the_noun_in_running_text_or_after_the_colon_needs_a_predicate(core_pipeline, text, type_):
    doc = build(core_pipeline, text)
    assert type_ not in _types(doc)


for _key, _en, _uk in (("sumy", "Sumy", "Суми"), ("iran", "Iran", "Іран"), ("israel", "Israel", "Ізраїль")):
    ENTS.setdefault(_key, (_en, _uk, "LOC", None))


def test_the_adversary_opening_the_story_after_a_heading_strikes(core_pipeline):
    doc = build(core_pipeline, "Атака на Суми: ворог застосував дрони.", names=[("Суми", "sumy")])
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert "russia" in ev.actors and "russia" not in ev.recipients and "sumy" in ev.recipients


def test_a_state_opening_the_story_after_a_heading_strikes(core_pipeline):
    doc = build(core_pipeline, "Атака на Ізраїль: Іран випустив двісті ракет.",
                names=[("Ізраїль", "israel"), ("Іран", "iran")])
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert ev.actors == ["iran"] and "iran" not in ev.recipients


def test_the_adversary_struck_in_the_heading_stays_struck(core_pipeline):
    doc = build(core_pipeline, "Удар по ворожих позиціях: ворог втратив склад.")
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert "russia" not in ev.actors

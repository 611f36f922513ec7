"""Events recall per PLOVER type on the ways news of other genres state them: court and police
news (an investigation opened, a claim refused), withdrawals and concessions, joint ventures,
deployments, support held in the present, people going out to protest, energy equipment given.
Each form with a near miss that names no happening. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, types_and_statuses as _types

ENTS.setdefault("lithuania", ("Lithuania", "Литва", "LOC", "Q37"))
ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("hungary", ("Hungary", "Угорщина", "LOC", "Q28"))
ENTS.setdefault("kherson", ("Kherson", "Херсон", "LOC", "Q2072"))
ENTS.setdefault("israel", ("Israel", "Ізраїль", "LOC", "Q801"))


def test_an_investigation_opened_is_an_accusation(core_pipeline):
    for text in ("Поліція відкрила кримінальне провадження за фактом вибуху.",
                 "Слідчі розпочали досудове розслідування щодо загибелі двох працівників.",
                 "Правоохоронці відкрили кримінальну справу проти директора заводу."):
        doc = build(core_pipeline, text)
        assert ("ACCUSE", "occurred") in _types(doc), text


def test_an_investigation_carried_on_by_a_named_body(core_pipeline):
    doc = build(core_pipeline, "Литва розслідує підпал складу.", names=[("Литва", "lithuania")])
    [ev] = doc.events
    assert ev.type == "ACCUSE" and ev.actors == ["lithuania"]


def test_an_investigation_only_named_or_promised_is_none(core_pipeline):
    for text in ("Журналістське розслідування показало схеми розкрадань.",
                 "Ми маємо розслідувати кожен злочин.",
                 "Ці злочини ми обов'язково розслідуємо.",
                 "В окупованому місті неможливо провести розслідування.",
                 "Після розслідування стало відомо про нові факти.",
                 "Він відкрив власну справу в Житомирі."):
        doc = build(core_pipeline, text)
        assert all(e.type != "ACCUSE" for e in doc.events), text


def test_a_court_refuses_a_claim(core_pipeline):
    doc = build(core_pipeline, "Апеляційний суд відмовив у задоволенні скарги.")
    assert ("REJECT", "occurred") in _types(doc)
    doc = build(core_pipeline, "Суд відмовив адвокатам у доступі до матеріалів.")
    assert all(e.type != "REJECT" for e in doc.events)


def test_support_held_in_the_present(core_pipeline):
    doc = build(core_pipeline, "Німеччина підтримує Україну в боротьбі.",
                names=[("Німеччина", "germany"), ("Україну", "ukraine")])
    [ev] = doc.events
    assert ev.type == "SUPPORT" and ev.actors == ["germany"] and ev.recipients == ["ukraine"]
    for text in ("Він підтримує гарну фізичну форму.", "Німеччина підтримує жорсткішу реакцію на удари.",
                 "Нас підтримує Німеччина."):
        doc = build(core_pipeline, text, names=[("Німеччина", "germany")] if "Німеччина" in text else ())
        assert all(e.type != "SUPPORT" for e in doc.events), text


def test_people_going_out_to_protest(core_pipeline):
    doc = build(core_pipeline, "Десятки тисяч людей вийшли на протести в Ізраїлі.", names=[("Ізраїлі", "israel")])
    [ev] = doc.events
    assert (ev.type, ev.status, ev.place) == ("PROTEST", "occurred", "israel")
    doc = build(core_pipeline, "Люди вийшли на вулиці святкувати.")
    assert doc.events == []


def test_troops_withdrawn_or_falling_back(core_pipeline):
    doc = build(core_pipeline, "Росія вивела свої підрозділи з Херсона.",
                names=[("Росія", "russia"), ("Херсона", "kherson")])
    [ev] = doc.events
    assert (ev.type, ev.mode, ev.status) == ("RETREAT", "withdraw", "occurred") and "russia" in ev.actors
    doc = build(core_pipeline, "Окупанти відступили з лівого берега річки.")
    assert [(e.type, e.mode) for e in doc.events] == [("RETREAT", "withdraw")]


def test_falling_back_as_a_figure_is_none(core_pipeline):
    for text in ("Україна не відступить від своїх принципів.", "Вода відступила з вулиць міста.",
                 "Уряд вивів економіку з кризи."):
        doc = build(core_pipeline, text, names=[("Україна", "ukraine")] if "Україна" in text else ())
        assert all(e.type != "RETREAT" for e in doc.events), text


def test_concessions_and_a_veto_lifted(core_pipeline):
    doc = build(core_pipeline, "Угорщина зняла вето на виділення коштів.", names=[("Угорщина", "hungary")])
    assert ("CONCEDE", "occurred") in _types(doc)
    doc = build(core_pipeline, "Окупанти пішли на поступки.")
    assert ("CONCEDE", "occurred") in _types(doc)
    doc = build(core_pipeline, "Режисер зняв фільм про війну.")
    assert doc.events == []


def test_a_joint_venture_started(core_pipeline):
    doc = build(core_pipeline, "Україна та Німеччина створять спільне підприємство з ремонту танків.",
                names=[("Україна", "ukraine"), ("Німеччина", "germany")])
    assert ("COOPERATE", "planned") in _types(doc)
    doc = build(core_pipeline, "Флоти двох країн провели спільні навчання.")
    assert ("COOPERATE", "occurred") in _types(doc)
    doc = build(core_pipeline, "Наше спільне майбутнє очевидне.")
    assert doc.events == []


def test_forces_deployed_or_moved(core_pipeline):
    doc = build(core_pipeline, "Росія розгорнула нові батальйони біля кордону.", names=[("Росія", "russia")])
    assert ("MOBILIZE", "occurred") in _types(doc)
    doc = build(core_pipeline, "Ворог перекидає техніку на південь.")
    assert ("MOBILIZE", "ongoing") in _types(doc)
    doc = build(core_pipeline, "Армія розгорнула польовий госпіталь.")
    assert doc.events == []


def test_energy_equipment_given_in_the_passive(core_pipeline):
    doc = build(core_pipeline, "Україні було передано 8 енергоблоків.", names=[("Україні", "ukraine")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("AID", "occurred") and ev.recipients == ["ukraine"]


def test_the_receiver_of_a_passive_gift_is_the_dative(core_pipeline):
    doc = build(core_pipeline, "Литві виділено 40 мільйонів євро Німеччиною.",
                names=[("Литві", "lithuania"), ("Німеччиною", "germany")])
    [ev] = doc.events
    assert ev.type == "AID" and ev.actors == ["germany"] and ev.recipients == ["lithuania"]


def test_one_abducted_set_free(core_pipeline):
    doc = build(core_pipeline, "Окупанти звільнили викраденого мера.")
    assert [(e.type, e.mode) for e in doc.events] == [("RETREAT", "release")]

"""Events status as a reader takes it: a negated verb of bringing denies only the result of a
happening, not the happening; a future "бути" before an impersonal form in -но/-то makes it
planned; a relative clause tells a fact whatever condition stands over its sentence; an act in
the infinitive after a verb of ordering is still to come, after a verb of hindering or a
negated verb of letting it did not take place. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import build, statuses


def test_a_negated_outcome_leaves_the_happening_done(core_pipeline):
    for text in ("Переговори делегацій у Женеві не дали результату.",
                 "Зустріч міністрів не принесла прориву.",
                 "Візит прем'єра не приніс жодних домовленостей."):
        doc = build(core_pipeline, text)
        assert statuses(doc, "CONSULT") == ["occurred"], text


def test_a_negated_outcome_in_the_future_denies_no_talks(core_pipeline):
    # (the claims filter may drop a foreseen non-result; if kept, the talks are not negated)
    doc = build(core_pipeline, "Переговори делегацій не дадуть результату.")
    assert "negated" not in statuses(doc, "CONSULT")


def test_a_happening_that_did_not_take_place_stays_negated(core_pipeline):
    for text in ("Зустріч у Варшаві не відбулася.", "Саміт так і не відбувся.",
                 "Переговори не відбулися через позицію делегації."):
        doc = build(core_pipeline, text)
        assert statuses(doc, "CONSULT") == ["negated"], text


def test_future_impersonal_form_is_planned(core_pipeline):
    for text, type_ in (("Громадам буде передано генератори.", "AID"),
                        ("На відбудову шкіл буде виділено кошти.", "AID"),
                        ("Нам буде поставлено нові ракети.", "AID"),
                        ("Громадам буде найближчим часом передано генератори.", "AID"),
                        ("Проти банків агресора буде запроваджено санкції.", "SANCTION"),
                        ("Санкції буде розширено вже наступного тижня.", "SANCTION")):
        doc = build(core_pipeline, text)
        assert statuses(doc, type_) == ["planned"], text


def test_past_or_bare_impersonal_form_stays_occurred(core_pipeline):
    for text, type_ in (("Громадам було передано генератори.", "AID"),
                        ("Вчора громадам передано генератори.", "AID"),
                        ("Санкції було розширено минулого тижня.", "SANCTION")):
        doc = build(core_pipeline, text)
        assert statuses(doc, type_) == ["occurred"], text


def test_a_relative_clause_under_a_condition_tells_a_fact(core_pipeline):
    for text in ("Якби ми мали зброю, якої потребуємо, ми б звільнили південь.",
                 "Якщо нам дадуть те, що ми просимо, ми звільнимо землі."):
        doc = build(core_pipeline, text)
        assert statuses(doc, "REQUEST") == ["occurred"], text


def test_a_content_clause_under_a_condition_stays_conditional(core_pipeline):
    doc = build(core_pipeline, "Якщо він скаже, що ми просимо забагато, ми відповімо.")
    assert statuses(doc, "REQUEST") == ["conditional"]
    doc = build(core_pipeline, "Якщо ворог атакує місто, санкції посиляться.")
    assert set(statuses(doc, "ASSAULT")) == {"conditional"}


def test_an_ordered_act_is_planned(core_pipeline):
    for text in ("Генерал наказав бригаді штурмувати місто.",
                 "Міністр оборони наказав військам атакувати позиції ворога.",
                 "Диктатор наказав армії атакувати столицю."):
        doc = build(core_pipeline, text)
        assert statuses(doc, "ASSAULT") == ["planned"], text


def test_an_act_begun_or_refused_to_be_ordered_keeps_its_status(core_pipeline):
    doc = build(core_pipeline, "Армія почала штурмувати місто.")
    assert statuses(doc, "ASSAULT") == ["occurred"]
    doc = build(core_pipeline, "Генерал не наказував штурмувати місто.")
    assert statuses(doc, "ASSAULT") == ["negated"]


def test_a_hindered_or_not_let_act_is_negated(core_pipeline):
    for text, type_ in (("Окупанти не дали провести евакуацію.", "AID"),
                        ("Обстріли завадили провести евакуацію з міста.", "AID"),
                        ("Делегації не дали провести переговори.", "CONSULT")):
        doc = build(core_pipeline, text)
        assert statuses(doc, type_) == ["negated"], text


def test_an_act_not_hindered_took_place(core_pipeline):
    doc = build(core_pipeline, "Обстріли не завадили провести евакуацію з міста.")
    assert statuses(doc, "AID") == ["occurred"]

"""Events precision: asking for aid is a request, a need word makes what is needed planned,
a person's country takes no part, strikes that are figures of speech are no strikes, and the
one who protests acts. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("kherson", ("Kherson", "Херсон", "LOC", "Q2690"))
ENTS.setdefault("belarus", ("Belarus", "Білорусь", "LOC", "Q184"))


def test_asking_for_an_act_of_aid_is_a_request_not_the_aid(core_pipeline):
    for text in ("Ми хочемо попросити вас передати нам гаубиці.",
                 "Уряд просить надати ще сто генераторів."):
        doc = build(core_pipeline, text)
        assert [(e.type, e.mode) for e in doc.events] == [("REQUEST", "assist")], text
    doc = build(core_pipeline, "Україна попросила Німеччину поставити нам зенітні установки.",
                names=[("Україна", "ukraine"), ("Німеччину", "germany")])
    [ev] = doc.events
    assert ev.type == "REQUEST" and ev.actors == ["ukraine"] and ev.recipients == ["germany"]


def test_asking_without_an_act_of_giving_stays_as_it_was(core_pipeline):
    doc = build(core_pipeline, "Ласкаво просимо надати відгук.")
    assert all(e.type != "REQUEST" for e in doc.events)


def test_a_neuter_need_word_makes_the_sanction_wanted(core_pipeline):
    for text in ("Потрібне повне ембарго на російський газ.", "Необхідне ембарго на російську сталь.",
                 "Потрібні ще жорсткіші санкції."):
        doc = build(core_pipeline, text)
        assert [(e.type, e.status) for e in doc.events] == [("SANCTION", "planned")], text


def test_a_persons_country_is_no_participant(core_pipeline):
    for text in ("Окупанти обстріляли Херсон, поранено громадянина Німеччини.",
                 "Окупанти обстріляли Херсон, загинула жителька Німеччини."):
        doc = build(core_pipeline, text, names=[("Херсон", "kherson"), ("Німеччини", "germany")])
        assert doc.events and all("germany" not in e.actors + e.recipients for e in doc.events), text


def test_strikes_that_are_figures_of_speech_are_no_assault(core_pipeline):
    for text in ("Кремль розгорнув нову інформаційну атаку на Німеччину.",
                 "Це був відчутний економічний удар по агресору.",
                 "Нові санкції стануть болючим ударом по російській армії."):
        doc = build(core_pipeline, text, names=[("Німеччину", "germany")] if "Німеччину" in text else ())
        assert "ASSAULT" not in [e.type for e in doc.events], text


def test_a_real_strike_stays_an_assault(core_pipeline):
    for text in ("Окупанти завдали ракетного удару по Херсону.", "Це був ракетний удар по Херсону."):
        doc = build(core_pipeline, text, names=[("Херсону", "kherson")])
        assert [e.type for e in doc.events] == ["ASSAULT"], text


def test_the_one_who_protests_acts_and_the_dative_receives(core_pipeline):
    doc = build(core_pipeline, "Посольство Німеччини висловило протест Білорусі.",
                names=[("Німеччини", "germany"), ("Білорусі", "belarus")])
    [ev] = doc.events
    assert ev.type == "PROTEST" and ev.recipients == ["belarus"] and "belarus" not in ev.actors

"""Events recall from lexicon data: nominal aid ("надання допомоги", "постачання зброї Україні"),
troops drawn up, blockades of convoys and sieges, a sanction asked for by a need word,
disconnection from payment systems, people wounded. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build, types_and_statuses as got

ENTS.setdefault("united-kingdom", ("United Kingdom", "Велика Британія", "LOC", "Q145"))
ENTS.setdefault("mariupol", ("Mariupol", "Маріуполь", "LOC", "Q156681"))


def test_giving_told_by_a_noun_gives_to_the_dative(core_pipeline):
    doc = build(core_pipeline, "Постачання зброї Україні відновилося.", names=[("Україні", "ukraine")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("AID", "occurred")
    assert ev.recipients == ["ukraine"] and ev.actors == []
    doc = build(core_pipeline, "Велика Британія лідирує у наданні Україні оборонної допомоги.",
                names=[("Велика Британія", "united-kingdom"), ("Україні", "ukraine")])
    assert [e.type for e in doc.events] == ["AID"]
    assert doc.events[0].actors == ["united-kingdom"] and doc.events[0].recipients == ["ukraine"]


def test_care_given_to_people_is_no_aid(core_pipeline):
    doc = build(core_pipeline, "Поновлюємо надання медичної допомоги в громадах.")
    assert [e.type for e in doc.events if e.type == "AID"] == []


def test_a_past_participle_of_giving(core_pipeline):
    doc = build(core_pipeline, "Ви зробили історичний крок, надавши нам зброю.")
    assert [e.type for e in doc.events] == ["AID"]


def test_an_aid_package_being_prepared(core_pipeline):
    doc = build(core_pipeline, "Подякував за підготовку пакета допомоги Україні.", names=[("Україні", "ukraine")])
    assert got(doc) == [("AID", "planned")] and doc.events[0].recipients == ["ukraine"]


@pytest.mark.parametrize("text,status", [
    ("Росія підтягує сили на південь.", "ongoing"),
    ("Росія сконцентрувала десятки тисяч солдатів біля кордону.", "occurred"),
    ("Росія перекидає нові підрозділи на схід.", "ongoing"),
])
def test_troops_drawn_up_are_a_mobilisation(core_pipeline, text, status):
    doc = build(core_pipeline, text, names=[("Росія", "russia")])
    assert got(doc) == [("MOBILIZE", status)] and doc.events[0].actors == ["russia"]


def test_efforts_concentrated_are_no_mobilisation(core_pipeline):
    doc = build(core_pipeline, "Ми сконцентрували всі зусилля на відбудові.")
    assert doc.events == []


@pytest.mark.parametrize("text", [
    "Російські війська заблокували рух нашої колони.",
    "Окупанти блокують доставку продуктів і ліків.",
    "Окупанти тримають в облозі сотні тисяч людей.",
])
def test_blockades_of_convoys_and_sieges_are_coercion(core_pipeline, text):
    doc = build(core_pipeline, text, refs=[("Російські", "russia", "adjective")] if "Російські" in text else ())
    assert [e.type for e in doc.events] == ["COERCE"]
    assert doc.events[0].actors == ["russia"]


def test_a_town_under_siege(core_pipeline):
    doc = build(core_pipeline, "Маріуполь в облозі.", names=[("Маріуполь", "mariupol")])
    [ev] = doc.events
    assert ev.type == "COERCE" and ev.actors == ["russia"] and ev.recipients == ["mariupol"]


@pytest.mark.parametrize("text", [
    "Потрібно обмежити російський експорт нафти.",
    "Потрібно закрити всі порти для російських суден.",
    "Потрібно заморозити активи Росії.",
])
def test_a_sanction_asked_for_by_a_need_word(core_pipeline, text):
    names = [("Росії", "russia")] if "Росії" in text else []
    refs = [(w, "russia", "adjective") for w in text.split() if w.startswith("російськ")]
    doc = build(core_pipeline, text, names=names, refs=refs)
    assert got(doc) == [("REQUEST", "occurred")]
    # who is to be sanctioned is what is asked for, no party to the asking
    assert "russia" not in doc.events[0].actors + doc.events[0].recipients


@pytest.mark.parametrize("text", ["Потрібно закрити питання до кінця тижня.", "Нам потрібно посилити оборону."])
def test_a_need_for_no_sanction_asks_none(core_pipeline, text):
    assert build(core_pipeline, text).events == []


def test_banks_cut_off_are_sanctioned(core_pipeline):
    doc = build(core_pipeline, "Російські банки відключають від глобальної платіжної системи.",
                refs=[("Російські", "russia", "adjective")])
    [ev] = doc.events
    assert ev.type == "SANCTION" and ev.actors == [] and ev.recipients == ["russia"]


def test_people_wounded_were_struck(core_pipeline):
    doc = build(core_pipeline, "Окупанти поранили дівчину 17 років.")
    assert got(doc) == [("ASSAULT", "occurred")] and doc.events[0].actors == ["russia"]
    doc = build(core_pipeline, "Окупанти вбили хлопчика 14 років.")
    assert got(doc) == [("ASSAULT", "occurred")]


def test_agreements_held_or_being_worked_out(core_pipeline):
    doc = build(core_pipeline, "Є домовленості з Польщею на постачання вугілля.", names=[("Польщею", "poland")])
    assert got(doc) == [("AGREE", "occurred")] and doc.events[0].recipients == ["poland"]
    doc = build(core_pipeline, "Маємо домовленості щодо отримання обладнання.")
    assert got(doc) == [("AGREE", "occurred")]
    doc = build(core_pipeline, "Окремо домовляємося про вивезення поранених.")
    assert got(doc) == [("AGREE", "ongoing")]
    doc = build(core_pipeline, "Сторони парафували угоду про гарантії безпеки.")
    assert [e.type for e in doc.events] == ["AGREE"]
    # talks one has to hold are no agreement
    assert build(core_pipeline, "Все ще доводиться про це домовлятися.").events == []


def test_a_party_refused(core_pipeline):
    doc = build(core_pipeline, "Альянс відмовляє Україні у вступі.", names=[("Україні", "ukraine")])
    assert [e.type for e in doc.events] == ["REJECT"] and doc.events[0].recipients == ["ukraine"]


def test_giving_up_the_adversarys_energy_is_a_sanction_on_it(core_pipeline):
    doc = build(core_pipeline, "Польща відмовилася від російської нафти.",
                names=[("Польща", "poland")], refs=[("російської", "russia", "adjective")])
    [ev] = doc.events
    assert ev.type == "SANCTION" and ev.actors == ["poland"] and ev.recipients == ["russia"]
    doc = build(core_pipeline, "Я вдячний вам за відмову від російських енергоносіїв.",
                refs=[("російських", "russia", "adjective")])
    assert [e.type for e in doc.events] == ["SANCTION"] and "russia" not in doc.events[0].actors
    # refusing talks stays a refusal
    doc = build(core_pipeline, "Росія відмовилася від переговорів.", names=[("Росія", "russia")])
    assert [e.type for e in doc.events] == ["REJECT"]


def test_coming_back_from_captivity_is_a_release(core_pipeline):
    doc = build(core_pipeline, "Додому з полону повернулися 150 військових.")
    assert [(e.type, e.mode) for e in doc.events] == [("RETREAT", "release")]
    assert build(core_pipeline, "Військові повернулися на позиції.").events == []


def test_hosting_guests_and_trading_views_are_consultations(core_pipeline):
    doc = build(core_pipeline, "Президент прийняв у Києві делегацію Конгресу.", names=[("Києві", "kyiv")])
    assert [(e.type, e.place) for e in doc.events] == [("CONSULT", "kyiv")]
    doc = build(core_pipeline, "Міністри обмінялися думками щодо ситуації на фронті.")
    assert [e.type for e in doc.events] == ["CONSULT"]
    # a law or refugees received are no guests
    assert "CONSULT" not in [e.type for e in build(core_pipeline, "Парламент прийняв закон про мобілізацію.").events]
    assert "CONSULT" not in [e.type for e in build(core_pipeline, "Польща прийняла мільйони біженців.").events]


def test_a_lawsuit_accuses(core_pipeline):
    doc = build(core_pipeline, "Україна подала позов проти Росії.", names=[("Україна", "ukraine"), ("Росії", "russia")])
    [ev] = doc.events
    assert ev.type == "ACCUSE" and ev.actors == ["ukraine"] and ev.recipients == ["russia"]


def test_a_happening_that_is_its_verbs_subject_is_not_the_speakers(core_pipeline):
    # in a first-person address "Там стартував весняний призов" is someone else's call-up
    text = "Я звертаюся до вас сьогодні. Там стартував весняний призов."
    doc = build(core_pipeline, text)
    mob = [e for e in doc.events if e.type == "MOBILIZE"]
    assert mob and mob[0].actors == []


def test_prisoners_exchanged_by_one_side(core_pipeline):
    doc = build(core_pipeline, "Україна обміняла 90 військовополонених.", names=[("Україна", "ukraine")])
    assert [(e.type, e.mode) for e in doc.events] == [("RETREAT", "release")]
    assert doc.events[0].actors == ["ukraine"]


def test_torture_told_as_done_is_an_assault(core_pipeline):
    doc = build(core_pipeline, "Окупанти катували цивільних.")
    assert got(doc) == [("ASSAULT", "occurred")] and doc.events[0].actors == ["russia"]
    assert build(core_pipeline, "Окупанти катують.").events == []


def test_a_call_told_with_both_sides_as_the_subject(core_pipeline):
    doc = build(core_pipeline, "Україна і Франція поговорили телефоном.",
                names=[("Україна", "ukraine"), ("Франція", "france")])
    [ev] = doc.events
    assert (ev.type, ev.mode) == ("CONSULT", "phone") and set(ev.actors + ev.recipients) == {"ukraine", "france"}

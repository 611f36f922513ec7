"""One happening per visit and the sides of a meeting named in a frame (issue 16, part C30):
guests who just arrived and are then told meeting their host hold the visit's talks, one event
(GUIDELINES: one event per real-world happening); a meeting noun in a frame phrase that names
its own partner ("під час зустрічі з Путіним") meets only that partner, not what the clause's
verb governs; the town a report's dateline names places what the report tells when its sentence
names no place; a capital after its state's people ("делегації Києва та Москви") or in the pair
a meeting is held between stands for its state; an agreement told right after placed talks of
its parties was reached there; talks told by their place alone and then, right after, by who
held them are one happening. Sentences written for these tests; the full pipeline with the shipped knowledge
base."""
from __future__ import annotations

import pytest

from event_helpers import output_events

DAY = "2025-06-25"


events_of = output_events(DAY)


@pytest.mark.parametrize("text,guest,host", [
    ("Лідери ЄС прибули до Києва. Вони провели переговори із Зеленським.", "european-union",
     "volodymyr-zelenskyy"),
    ("Президент Польщі прибув до Києва. Він провів переговори із Зеленським.", "poland",
     "volodymyr-zelenskyy"),
    ("Делегація НАТО прибула до Вільнюса. Вони зустрілися з президентом Литви.", "nato", "lithuania"),
])
def test_guests_meeting_their_host_are_the_visit(text, guest, host):
    got = events_of(text, "CONSULT")
    assert len(got) == 1, got
    assert guest in got[0]["actors"] and host in got[0]["recipients"] and got[0]["place"], got


@pytest.mark.parametrize("text,partner", [
    # near misses: a third state's leader met there, a call from there
    ("Лідери ЄС прибули до Києва. Вони зустрілися з прем'єр-міністром Польщі.", "poland"),
    ("Лідери ЄС прибули до Києва. Вони провели телефонну розмову з президентом Франції.", "france"),
])
def test_guests_meeting_another_than_the_host_stay_apart(text, partner):
    got = events_of(text, "CONSULT")
    assert len(got) == 2, got
    assert any(partner in e["recipients"] and e["mode"] != "visit" for e in got), got


def test_condemned_visit_and_the_meeting_framed_in_it_are_one():
    text = ("Європарламент засудив візит Орбана до Москви. Депутати наголосили, що Орбан не "
            "представляв ЄС під час зустрічі з Путіним.")
    got = events_of(text, "CONSULT")
    assert len(got) == 1, got
    assert "viktor-orban" in got[0]["actors"] and "vladimir-putin" in got[0]["recipients"], got
    assert "european-union" not in got[0]["actors"] + got[0]["recipients"], got


@pytest.mark.parametrize("text,partner,other", [
    ("Орбан не представляв ЄС під час зустрічі з Путіним.", "vladimir-putin", "european-union"),
    ("Під час зустрічі з Путіним Орбан критикував Євросоюз.", "vladimir-putin", "european-union"),
    ("Після переговорів із Шольцом Зеленський подякував Франції.", "olaf-scholz", "france"),
])
def test_framed_meeting_with_its_own_partner_takes_not_the_verbs_object(text, partner, other):
    got = events_of(text, "CONSULT")
    assert len(got) == 1 and partner in got[0]["recipients"], got
    assert other not in got[0]["actors"] + got[0]["recipients"], got


@pytest.mark.parametrize("text,partners", [
    # near misses: no frame, the meeting's own partners
    ("Орбан зустрівся з Путіним і з Сі Цзіньпіном.", {"vladimir-putin", "xi-jinping"}),
    ("Під час зустрічі лідерів ЄС з Зеленським Орбан критикував Україну.", {"volodymyr-zelenskyy"}),
])
def test_meeting_keeps_its_own_partners(text, partners):
    got = events_of(text, "CONSULT")
    assert len(got) == 1 and partners <= set(got[0]["recipients"]), got


@pytest.mark.parametrize("text,type_,town", [
    ("ХЕРСОН. Уночі російські війська обстріляли житлові квартали. Загинули двоє людей.", "ASSAULT", "kherson"),
    ("Одеса, 3 квітня – Росіяни атакували порт ударними дронами.", "ASSAULT", "odesa"),
    ("ЛЬВІВ. Прем'єр-міністр Польщі провів переговори з Денисом Шмигалем.", "CONSULT", "lviv"),
])
def test_dateline_town_places_what_the_report_tells(text, type_, town):
    got = events_of(text, type_)
    assert len(got) == 1 and got[0]["place"] == town, got


@pytest.mark.parametrize("text,type_,place", [
    # near misses: a place of its own, a call, the national desk's capital, a list of towns,
    # a town heading no report
    ("Запоріжжя, 14 березня – Також окупанти атакували дронами Нікополь.", "ASSAULT", "nikopol"),
    ("Одеса, 3 квітня – Зеленський провів телефонну розмову з президентом Франції.", "CONSULT", None),
    ("КИЇВ, 3 квітня (Укрінформ) – Уночі ворог атакував енергетичну інфраструктуру.", "ASSAULT", None),
    ("Херсон. Мелітополь. Бердянськ. Окупанти обстріляли лікарню.", "ASSAULT", None),
    ("Окупанти обстріляли лікарню. Херсон. Уночі ворог атакував енергетичну інфраструктуру.", "ASSAULT", None),
])
def test_no_dateline_place_where_not_told(text, type_, place):
    got = events_of(text, type_)
    assert got and all(e["place"] == place for e in got), got


@pytest.mark.parametrize("text,type_,states", [
    ("Делегації Києва та Москви зустрілися в Стамбулі.", "CONSULT", {"ukraine", "russia"}),
    ("Переговори між Києвом і Москвою відбулися в Стамбулі.", "CONSULT", {"ukraine", "russia"}),
    ("Представники Вашингтона зустрілися з делегацією Москви в Ер-Ріяді.", "CONSULT", {"united-states", "russia"}),
])
def test_capital_after_its_states_people_stands_for_the_state(text, type_, states):
    got = events_of(text, type_)
    assert len(got) == 1 and states <= set(got[0]["actors"] + got[0]["recipients"]), got


@pytest.mark.parametrize("text", [
    # near misses: a capital's mayor and residents are the town's
    "Мер Києва зустрівся з мером Варшави.",
    "Жителі Києва та Москви обговорили війну.",
])
def test_capital_of_a_mayor_or_residents_is_no_state(text):
    got = events_of(text, "CONSULT")
    assert not any("russia" in e["actors"] + e["recipients"] for e in got), got
    assert not any({"ukraine", "poland"} & set(e["actors"]) and "warsaw" in e["recipients"] for e in got), got


@pytest.mark.parametrize("text,town", [
    ("Делегації США та України провели переговори в Джидді. Сторони погодили спільну заяву.", "jeddah"),
    ("У Стамбулі відбувся другий раунд переговорів. Делегації України та Росії домовилися про обмін полоненими.",
     "istanbul"),
    ("Зеленський і Туск провели переговори у Варшаві. Лідери підписали угоду про безпеку.", "warsaw"),
])
def test_agreement_right_after_placed_talks_was_reached_there(text, town):
    got = events_of(text, "AGREE")
    assert len(got) == 1 and got[0]["place"] == town, got


@pytest.mark.parametrize("text,place", [
    # near misses: another pair agrees, a call, a place of its own
    ("Зеленський провів переговори з Туском у Варшаві. Україна та Японія підписали угоду про безпеку.", None),
    ("Зеленський провів телефонну розмову з Туском. Лідери домовилися про зустріч.", None),
    ("Зеленський і Туск провели переговори у Варшаві. У Києві лідери підписали угоду про безпеку.", "kyiv"),
])
def test_agreement_takes_no_place_of_talks_not_its_own(text, place):
    got = events_of(text, "AGREE")
    assert len(got) == 1 and got[0]["place"] == place, got


def test_talks_told_by_place_then_by_parties_are_one():
    got = events_of("У Стамбулі відбувся другий раунд переговорів. Делегації України та Росії провели "
                    "дві години переговорів.", "CONSULT")
    assert len(got) == 1 and got[0]["place"] == "istanbul", got
    assert {"ukraine", "russia"} <= set(got[0]["actors"] + got[0]["recipients"]), got


@pytest.mark.parametrize("text", [
    # near misses: talks told as separate, a call, talks at a gathering
    "У Стамбулі відбулася зустріч делегацій. Українська делегація провела окремі консультації з турецькою стороною.",
    "У Стамбулі відбувся другий раунд переговорів. Зеленський провів телефонну розмову з Ердоганом.",
    "У Стамбулі відбувся саміт. Зеленський зустрівся з Ердоганом.",
])
def test_talks_of_their_own_after_placed_talks_stay_apart(text):
    assert len(events_of(text, "CONSULT")) == 2


@pytest.mark.parametrize("text,actor,partner", [
    ("Переговори з Росією українська делегація провела в Стамбулі.", "ukraine", "russia"),
    ("Зустріч з українською стороною польська делегація провела у Варшаві.", "poland", "ukraine"),
])
def test_fronted_talks_keep_their_subject_after_the_partner(text, actor, partner):
    got = events_of(text, "CONSULT")
    assert len(got) == 1 and actor in got[0]["actors"] and partner in got[0]["recipients"], got


@pytest.mark.parametrize("text,pair", [
    ("Відбулася розмова між Зеленським і Макроном.", {"volodymyr-zelenskyy", "emmanuel-macron"}),
    ("Вчора відбулася розмова між президентами України та Франції.", {"ukraine", "france"}),
])
def test_talk_between_a_named_pair(text, pair):
    got = events_of(text, "CONSULT")
    assert len(got) == 1 and pair <= set(got[0]["actors"] + got[0]["recipients"]), got


def test_talk_between_no_one_named_is_none():
    # near miss: "між нами" names no party
    assert not events_of("Розмова між нами тривала годину.", "CONSULT")

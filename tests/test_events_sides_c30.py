"""One happening per visit and the sides of a meeting named in a frame (issue 16, part C30):
guests who just arrived and are then told meeting their host hold the visit's talks, one event
(GUIDELINES: one event per real-world happening); a meeting noun in a frame phrase that names
its own partner ("під час зустрічі з Путіним") meets only that partner, not what the clause's
verb governs; the town a report's dateline names places what the report tells when its sentence
names no place. Sentences written for these tests; the full pipeline with the shipped knowledge
base."""
from __future__ import annotations

import pytest

from event_helpers import analysed

DAY = "2025-06-25"


def events_of(text: str, type_: str) -> list[dict]:
    return [e for e in analysed(text, DAY).to_json()["events"] if e["type"] == type_]


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

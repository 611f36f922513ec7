"""Which settlement a shared name is: the unit named in its sentence, the towns listed with
it, a unit a sentence away; else the city always taken for a name; else ambiguous."""
from khronika.kb import get_kb
from khronika.textnorm import norm_chars
from entity_helpers import Analysed
from khronika.pipeline import analyze


AT = Analysed("2022-03-20")
places = AT.places


def named(ents, uk):
    return [e for e in ents.values() if norm_chars(e["name_uk"]) == norm_chars(uk)]


def oblast_code(uk):
    return get_kb().lookup(uk)[0].katottg[:4]


def test_a_hand_entry_and_its_codifier_unit_are_one_whatever_the_apostrophe():
    kb = get_kb()
    for name in ("Слов'янськ", "Слов’янськ", "Камʼянське"):
        ents = [e for e in kb.lookup(name) if e.gate == 0]
        assert len(ents) == 1 and ents[0].katottg, name
    ents = places("Вибухи пролунали в Камʼянському. Слов’янськ знову під обстрілом.")
    assert ents["kamianske"]["kb"] and ents["kamianske"]["katottg"]
    assert ents["sloviansk"]["katottg"].startswith(oblast_code("Донецька область"))


def test_the_oblast_named_beside_a_city_name_picks_its_namesake():
    ents = places("Ворог обстріляв Миколаїв на Чернігівщині.")
    town = named(ents, "Миколаїв")
    assert town and town[0]["katottg"].startswith(oblast_code("Чернігівська область"))
    ents = places("Ворог обстріляв Миколаїв.")      # alone: the oblast centre
    assert ents["mykolaiv"]["katottg"].startswith(oblast_code("Миколаївська область"))


def test_a_town_named_as_a_possessive_is_a_place_after_a_preposition():
    ents = places("Окупанти зайшли в Макарів, а потім відступили.")
    assert ents["makariv"]["kb"]
    assert not any(e["type"] == "PER" for e in analyze("Окупанти зайшли в Макарів.", "2022-03-20")
                   .to_json()["entities"])


def test_the_city_before_the_villages_of_its_name_in_the_named_oblast():
    ents = places("Вибухи пролунали у Василівці Запорізької області.")
    town = named(ents, "Василівка")
    assert town and town[0]["kb"]
    assert get_kb().entity(town[0]["id"]).category == "M"


def test_a_list_of_towns_places_its_village_and_outweighs_the_next_sentence():
    ents = places("Бородянку звільнили. З Бервиці, Бучі, Богданівки вивезли людей до Броварів. "
                  "З Лисичанська й Попасної Луганської області вивезли людей до Бахмута.")
    village = named(ents, "Богданівка")
    assert village and village[0]["katottg"].startswith(oblast_code("Київська область"))


def test_a_city_always_taken_for_a_name_is_not_a_village_of_the_oblast_near():
    ents = places("Бої йдуть на Донеччині. Понад чотири тисячі людей виїхали у Запоріжжя.")
    assert "zaporizhzhia" in ents
    ents = places("Люди виїхали з Кривого Рогу та Олександрії.")
    town = named(ents, "Олександрія")
    assert town and town[0]["katottg"].startswith(oblast_code("Кіровоградська область"))


def test_without_a_unit_or_towns_that_place_it_a_village_stays_ambiguous():
    for text in ("Ворог обстріляв Андріївку.", "Обстріляли Харків, Київ та Андріївку."):
        village = named(places(text), "Андріївка")
        assert village and not village[0]["kb"] and "katottg" not in village[0], text


def test_villages_of_the_oblast_its_sentence_names_are_not_a_city_elsewhere():
    ents = places("Обстріляли дорогу між Василівкою та Камʼянським у Запорізькій області.")
    assert "kamianske" not in ents
    village = named(ents, "Кам'янське")
    assert village and (not village[0]["kb"]
                        or village[0]["katottg"].startswith(oblast_code("Запорізька область")))


def test_a_place_outside_the_kb_is_named_by_its_own_paradigm():
    ents = places("Бій перенесли з Харкова у Краків. Люди зібралися в Кракові.")
    town = [e for e in ents.values() if e["id"].startswith("krak")]
    assert [e["name_uk"] for e in town] == ["Краків"]      # not the plural of "крак"
    assert named(places("Усі дізналися назву міста – Герніки."), "Герніка")

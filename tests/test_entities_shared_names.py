"""A name two things share, read by the words around it: a region named as its chief city is
the city when bare; a river is the river after a word of its banks; a name after an inverted
speech verb is the verb's subject; a state body's official name in the shapes news writes it."""
from entity_helpers import Analysed


AT = Analysed("2023-05-21")
ents = AT.by_id


def test_a_region_named_as_its_big_city_is_the_city_when_bare():
    got = ents("Лідери семи держав зібралися у Хіросімі, а потім полетіли до Осаки.")
    cities = {e["name_uk"]: e for e in got.values() if e["type"] == "LOC"}
    assert cities["Хіросіма"]["id"] == "hiroshima" and cities["Осака"]["id"] == "osaka"
    assert "coords" in cities["Хіросіма"] or cities["Хіросіма"]["kb"]
    assert not any(eid.startswith("jp-") for eid in got)


def test_a_small_namesake_city_leaves_the_region_as_it_was():
    got = ents("Після аварії на Фукусімі Японія переглянула енергетичну політику.")
    assert any(e["name_uk"] == "Фукусіма" and e["id"].startswith("jp-") for e in got.values())


def test_a_river_bank_names_the_river_not_the_city():
    got = ents("Окупанти відійшли на лівий берег Дніпра, а в Дніпрі лунали сирени.", "2022-11-11")
    assert got["dnipro-river"]["type"] == "LOC" and got["dnipro"]["type"] == "LOC"
    got = ents("Поблизу гирла Десни рибалки побачили дрон.", "2023-04-02")
    assert "desna-river" in got


def test_a_town_without_a_river_word_stays_the_town():
    got = ents("Вибухи лунали в Дніпрі та Ірпені.", "2023-04-02")
    assert "dnipro" in got and "irpin" in got and "dnipro-river" not in got


def test_a_speaker_after_an_inverted_speech_verb_takes_its_gender():
    got = ents("«Ми відбудуємо школу до осені», – сказала Олександра Махова.")
    assert "oleksandra-makhova" in got and "oleksandr-makhov" not in got
    got = ents("«Ремонт почнемо у червні», – пояснив Олександр Махов.")
    assert "oleksandr-makhov" in got


def test_a_verb_before_a_name_elsewhere_may_take_it_as_its_object():
    got = ents("Учора на вокзалі зустріла Олександра Махова його сестра.")
    assert "oleksandra-makhova" not in got


def test_a_state_service_named_without_the_state_or_the_preposition():
    for text in ("Державна служба надзвичайних ситуацій попередила про грозу.",
                 "Рятувальники Державної служби з надзвичайних ситуацій розібрали завали.",
                 "Про пожежу повідомили в Державній службі з надзвичайних ситуацій України."):
        assert "state-emergency-service-of-ukraine" in ents(text), text
    assert "state-labour-service-of-ukraine" in ents("Інспектори Державної служби з питань праці прийшли на завод.")

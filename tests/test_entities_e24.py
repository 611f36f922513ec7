"""Entities of part E24 (issue 12): causes read on real text no rule was tuned on, each tested
with sentences written for the test (a compass region, ...)."""
from __future__ import annotations

from entity_helpers import Analysed

A = Analysed("2024-03-12")


def test_capitalised_compass_region_is_one_place():
    """'Східна Європа', 'Західна Україна' are regions of their own (knowledge-base places), so
    the whole name is one mention, not 'Європі' or 'Україні' alone; lower case stays the
    continent or the country."""
    text = ("Волонтери з Західної України везуть допомогу, а уряди у Східній Європі "
            "посилюють кордони; у західній Україні йдуть дощі.")
    got = {m["text"]: e["id"] for e in A.named(text) for m in e["mentions"]}
    assert got["Західної України"] == "western-ukraine"
    assert got["Східній Європі"] == "eastern-europe"
    assert got["Україні"] == "ukraine"
    assert "Європі" not in got


def test_oblast_abbreviated_is_the_oblast():
    """'обл.' shortens 'область' in addresses and lists: 'Луганська обл.' is the oblast, not
    the city of Luhansk its adjective alone names, and no unlinked local place."""
    text = "Склад у місті Сватове (Луганська обл.) згорів, а завод у Полтавській обл. працює."
    got = {m["text"]: e["id"] for e in A.named(text) for m in e["mentions"]}
    assert got["Луганська обл."] == "luhansk-oblast"
    assert got["Полтавській обл."] == "poltava-oblast"


def test_sport_clubs_are_bodies():
    """A club's own name ('Динамо', 'Шахтар', 'Реал'; lexicon.yaml club_names) names the club
    in every case, quoted or not: no place and no person; its city after it is part of its
    name ('Реал Мадрид'), not Madrid."""
    text = ("Вчора Шахтар поступився Динамо, а Реал Мадрид купив захисника. "
            "Уболівальники Шахтаря чекали гри з Реалом.")
    typed = {m["text"]: e["type"] for e in A.named(text) for m in e["mentions"]}
    assert typed["Шахтар"] == typed["Динамо"] == typed["Шахтаря"] == "ORG"
    assert typed["Реал Мадрид"] == typed["Реалом"] == "ORG"
    assert "Мадрид" not in typed


def test_thing_named_after_a_person_is_no_person():
    """'план Моргентау', 'доктрина Монро': the surname names a plan or a doctrine, no person
    the text is about; a person the text names in full keeps the mention of their plan, and a
    quoted plan is no body."""
    text = "Уряд порівняв нову допомогу з планом Моргентау, а посол згадав доктрину Монро."
    assert [e for e in A.named(text) if e["type"] == "PER"] == []
    text = "Міністр Олег Петренко представив реформу. План Петренка підтримали депутати."
    people = {m["text"] for e in A.named(text) if e["type"] == "PER" for m in e["mentions"]}
    assert people == {"Олег Петренко", "Петренка"}
    typed = {m["text"]: e["type"] for e in A.named("Донори обговорили «План Моргентау» для країни.")
             for m in e["mentions"]}
    assert typed.get("План Моргентау") in (None, "MISC")


def test_unit_the_codifier_lacks_is_a_local_place():
    """A county or governorate of history and a raion abolished in 2020 are places the
    knowledge base lacks: adjective and unit noun are one local place, in the nominative."""
    text = ("Прадід служив писарем Лубенського повіту Полтавської губернії, "
            "а онук очолював школу в Новомиргородському районі.")
    names = {m["text"]: e["name_uk"] for e in A.named(text) if e["type"] == "LOC"
             for m in e["mentions"]}
    assert names["Лубенського повіту"] == "Лубенський повіт"
    assert names["Полтавської губернії"] == "Полтавська губернія"
    assert names["Новомиргородському районі"] == "Новомиргородський район"


def test_surname_of_two_people_of_the_text_is_no_kb_namesake():
    """Two people the text names in full share a surname; the surname alone after them is one
    of them, never a knowledge-base namesake the text does not name (here a Russian deputy
    minister of defence of 2018): unlinked when nothing tells which."""
    text = ("Фірму заснував Дмитро Іванов разом з Оленою Івановою. "
            "За даними реєстру, Іванова має ще дві компанії.")
    ids = {m["text"]: (e["id"], e["kb"]) for e in A.named(text, "2018-06-01") for m in e["mentions"]}
    assert ids["Іванова"][0] != "timur-ivanov" and not ids["Іванова"][1]


def test_name_quoted_after_its_kind_keeps_its_written_form():
    """A name in quotes after the word of its kind is not inflected ('ТОВ «Кортек»' in any
    case of 'ТОВ'): the entity's name is that form, not a plural the rules guessed for an
    unknown word ('ТОВ «Кортеки»')."""
    text = ("Підряд отримало ТОВ «Кортек», а ТОВ «Стройбуд» і ДП «Полімін» програли. "
            "Суд відмовив ТОВ «Кортек».")
    names = {e["name_uk"] for e in A.named(text, "2018-06-01") if e["type"] == "ORG"}
    assert {"ТОВ «Кортек»", "ТОВ «Стройбуд»", "ДП «Полімін»"} <= names


def test_model_unit_span_is_named_in_the_nominative():
    """An abolished raion the model finds itself is named with the adjective agreeing with
    'район' ('Антрацитівський район', not a feminine adjective before a masculine noun)."""
    text = "До 2020 року село належало до Свердловського району, а школа працювала в Антрацитівському районі."
    names = {e["name_uk"] for e in A.named(text, "2018-06-01") if e["type"] == "LOC"}
    assert "Антрацитівський район" in names


def test_surname_the_model_took_for_a_place_is_a_person():
    """A word the dictionary knows only as a surname is a person when nothing marks a place
    ('Костомаров, Гулак' in a list of people; 'з Зеровим', with someone), while a town after
    its preposition stays a town."""
    text = "До гуртка входили Костомаров, Гулак і Білозерський. Ми їхали до Ковеля разом із Зеровим."
    typed = {m["text"]: e["type"] for e in A.named(text, "2016-06-01") for m in e["mentions"]}
    assert typed.get("Костомаров") == typed.get("Гулак") == "PER"
    assert typed.get("Ковеля") == "LOC"
    assert typed.get("Зеровим") in (None, "PER")


def test_internet_written_with_a_capital_is_no_body():
    """'Інтернет' is a medium, not an organisation, however it is spelt."""
    text = "Школи без доступу до Інтернету отримають ноутбуки, а уроки з'являться в Інтернеті."
    assert [m["text"] for e in A.named(text) for m in e["mentions"]
            if m["text"].startswith("Інтернет")] == []


def test_club_inside_a_longer_span_of_the_model():
    """The model's span around a club: a city adjective before it belongs to the club
    ('Одеське Динамо' is a club, no place), a common noun that only opens the sentence does not
    ('Вболівальники Шахтар Донецьк ...' names the club and its city)."""
    typed = {m["text"]: e["type"] for e in A.named("Одеське Динамо програло вдома, і тренер пішов.")
             for m in e["mentions"]}
    assert typed.get("Одеське Динамо") == "ORG"
    names = [m["text"] for e in A.named("Гравці Динамо Київ вийшли на поле без капітана.")
             for m in e["mentions"]]
    assert "Динамо Київ" in names and not any(n.startswith("Гравці") for n in names)

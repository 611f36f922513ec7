"""Events recall: addresses to people named by what they are ("до студентів", "перед
депутатами"), the gathering whose participants are addressed, a list of talks that goes on in
a verbless line after "Потім –", a visit told as a stay ("перебуває", "гостем Києва став"),
help that arrives, and the evacuation told by the people it brings out. With the words that
look alike and tell none of these. Sentences written for these tests; the full pipeline with
the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import analysed_events, of_type


def events(text: str, date: str = "2024-03-12", type_: str | None = None):
    evs = analysed_events(text, date)
    return evs if type_ is None else of_type(evs, type_)


# 1. addresses and speeches -------------------------------------------------------------

@pytest.mark.parametrize("text, heard", [
    ("Учора Президент звертався до студентів провідних університетів Японії.", "japan"),
    ("Міністр закордонних справ виступив з промовою перед послами країн Євросоюзу.", "european-union"),
    ("Прем'єр-міністр виступить перед законодавцями Канади наступного тижня.", "canada"),
    ("Я звернувся до сенаторів Італії з подякою.", "italy"),
    ("Голова Верховної Ради виголосив промову в Сеймі Литви.", None),
])
def test_an_address_to_people_of_another_side_is_a_meeting(text, heard):
    evs = events(text, type_="CONSULT")
    assert len(evs) == 1, evs
    if heard:
        assert heard in evs[0].recipients, evs[0].recipients


def test_a_guest_addressing_the_home_side_deputies():
    evs = events("Президентка Молдови звернулася до народних депутатів Верховної Ради.", type_="CONSULT")
    assert len(evs) == 1
    assert "moldova" in evs[0].actors and "ukraine" in evs[0].recipients


@pytest.mark.parametrize("text", [
    "Я звернувся до учасників безпекової конференції в Мюнхені.",
    "Сьогодні Прем'єр-міністр виступив перед учасниками економічного форуму.",
])
def test_addressing_the_people_of_a_gathering_takes_part_in_it(text):
    evs = events(text, type_="CONSULT")
    assert len(evs) == 1 and evs[0].status == "occurred"
    assert "ukraine" in evs[0].actors


def test_the_speaker_of_a_summit_address_stays_the_speaker():
    evs = events("Зеленський звернувся до учасників саміту НАТО.", type_="CONSULT")
    assert len(evs) == 1
    assert "volodymyr-zelenskyy" in evs[0].actors and "volodymyr-zelenskyy" not in evs[0].recipients
    assert "nato" in evs[0].recipients


@pytest.mark.parametrize("text", [
    "Депутат виступив за скасування закону.",
    "Фракція виступила проти нового податку.",
    "Ми звернулися до нації з новорічним привітанням.",
    "Ректор звернувся до студентів університету.",
])
def test_no_address_to_another_side(text):
    assert events(text, type_="CONSULT") == []


def test_an_address_with_a_request_stays_the_request():
    evs = events("Міністр звернувся до послів країн G7 з проханням про зброю.")
    assert "CONSULT" not in [e.type for e in evs]


# 2. a list of talks going on in a verbless line ---------------------------------------

@pytest.mark.parametrize("text", [
    "Говорив із прем'єр-міністром Італії. Згодом – з Президентом Франції Макроном.",
    "Розмовляв із канцлером Німеччини. Також — із Прем'єр-міністром Польщі.",
    "Учора Кулеба зустрівся з Ентоні Блінкеном. Потім – з Ллойдом Остіном.",
])
def test_a_verbless_line_after_then_is_one_more_talk(text):
    evs = events(text, type_="CONSULT")
    assert len(evs) == 2, [(e.actors, e.recipients) for e in evs]
    # the partner of the second line is not put on the first talk
    assert evs[1].recipients[0] not in evs[0].recipients


# 3. a visit told as a stay ---------------------------------------------------------------

@pytest.mark.parametrize("text, guest, status", [
    ("У столиці з учорашнього дня перебуває міністр оборони Великої Британії.", "united-kingdom", "ongoing"),
    ("Наступного тижня в Україні перебуватиме канцлер Австрії.", "austria", "planned"),
    ("Гостем Києва став прем'єр-міністр Японії.", "japan", "occurred"),
    ("Президент Фінляндії став гостем Одеси.", "finland", "occurred"),
])
def test_a_foreign_guest_staying_at_home_side_visits(text, guest, status):
    evs = events(text, type_="CONSULT")
    assert len(evs) == 1, evs
    assert evs[0].mode == "visit" and evs[0].status == status
    assert guest in evs[0].actors and "ukraine" in evs[0].recipients


@pytest.mark.parametrize("text", [
    "Путін перебуває в Москві.",
    "У Києві перебуває понад сто громадян Франції.",
    "Посол Франції перебуває в Києві.",
    "Гостем ефіру став міністр закордонних справ Франції.",
])
def test_no_visit_in_a_stay(text):
    assert events(text, type_="CONSULT") == []


# 4. help that arrives ---------------------------------------------------------------------

@pytest.mark.parametrize("text, giver", [
    ("До Львова прибули генератори від уряду Литви.", None),
    ("Вчора в Україну прибули системи ППО від Німеччини.", "germany"),
])
def test_help_that_arrives_is_aid(text, giver):
    evs = events(text)
    assert [e.type for e in evs] == ["AID"], [(e.type, e.mode) for e in evs]
    # what arrives in the home side or one of its towns is given to it
    assert "ukraine" in evs[0].recipients and evs[0].place != "ukraine"
    if giver:
        assert giver in evs[0].actors


@pytest.mark.parametrize("text", [
    "До Польщі прибули нові танки.",
    "В Україну прибула перша партія танків.",
    "До магазину прибули нові товари.",
])
def test_goods_that_arrive_make_no_visit(text):
    assert events(text, type_="CONSULT") == []


def test_tanks_arriving_abroad_are_no_aid():
    assert events("До Польщі прибули нові танки.") == []


# 5. the evacuation told by the people it brings out ---------------------------------------

@pytest.mark.parametrize("text", [
    "Учора до Дніпра прибули ще 300 евакуйованих з Покровська.",
    "Гуманітарним коридором із Сум виїхали понад 500 автомобілів.",
])
def test_people_brought_out_tell_the_evacuation(text):
    evs = events(text)
    assert [(e.type, e.mode) for e in evs] == [("AID", "humanitarian")]


@pytest.mark.parametrize("text", [
    "Мешканці виїхали з міста.",
    "До Києва прибули біженці з Харкова.",
])
def test_people_leaving_are_no_evacuation_told(text):
    assert events(text) == []


# thanks for the chance to address "you", and who "you" are ------------------------------

@pytest.mark.parametrize("text", [
    "Вдячна за можливість звернутися до вас сьогодні.",
    "Ми вдячні за можливість виступити перед вами.",
])
def test_thanks_for_the_chance_to_address_you_is_the_address(text):
    evs = events(text)
    assert [(e.type, e.status) for e in evs] == [("CONSULT", "occurred")]


@pytest.mark.parametrize("text", [
    "Вдячний за можливість звернутися до суду.",
    "Вдячні партнерам, які готові надати зброю.",
])
def test_thanks_that_address_no_one(text):
    assert events(text, type_="CONSULT") == []


def test_the_greeted_are_the_hearers_of_the_address():
    text = ("Шановний пане Президенте!\n\nШановні депутати!\n\nНароде Фінляндії!\n\n"
            "Вдячний за можливість звернутися до вас сьогодні. Ми боремося за свободу.")
    evs = events(text, type_="CONSULT")
    assert len(evs) == 1 and "finland" in evs[0].recipients


def test_a_town_greeted_is_no_hearer():
    text = ("Пані та панове!\n\nМешканці Гельсінкі!\n\nНароде Фінляндії!\n\n"
            "Маю честь звернутися до вас.")
    evs = events(text, type_="CONSULT")
    assert len(evs) == 1 and evs[0].recipients == ["finland"], evs[0].recipients


# more ways a talk is told -------------------------------------------------------------------

def test_briefing_a_foreign_leader_is_a_talk():
    evs = events("Учора поінформував Президента Фінляндії про наслідки атаки на Одесу.", type_="CONSULT")
    assert len(evs) == 1 and "finland" in evs[0].recipients


@pytest.mark.parametrize("text", [
    "Міністр проінформував журналістів про втрати.",
    "Генштаб інформує про ситуацію на фронті.",
])
def test_briefing_no_office_holder_is_no_talk(text):
    assert events(text, type_="CONSULT") == []


def test_a_foreign_leader_on_the_line_with_us():
    evs = events("Учора з нами на зв'язку був прем'єр-міністр Норвегії.", type_="CONSULT")
    assert len(evs) == 1 and "norway" in evs[0].actors and evs[0].status == "occurred"


def test_the_session_taken_part_in_with_the_calqued_verb():
    evs = events("Міністр оборони прийняв участь у засіданні Ради Україна – НАТО.", type_="CONSULT")
    assert len(evs) == 1


def test_a_list_of_roles_with_names_keeps_every_partner():
    # "Наусєдою" reads in the dictionary as a present verb ("наусєдоїти"), which cut the list
    evs = events("Говорив із Президентом Литви Наусєдою, Прем'єр-міністром Ізраїлю Беннетом та "
                 "Прем'єр-міністром Великої Британії Джонсоном.", date="2022-03-20", type_="CONSULT")
    assert len(evs) == 1
    assert {"lithuania", "israel", "united-kingdom"} <= set(evs[0].recipients)


# a visited town fronted, a sudden appearance -----------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Одесу відвідав прем'єр-міністр Греції.", "odesa"),
    ("Харків учора відвідав генеральний секретар НАТО.", "kharkiv"),
])
def test_a_town_fronted_before_the_visit_verb_is_the_place(text, town):
    evs = events(text, type_="CONSULT")
    assert len(evs) == 1 and evs[0].place == town and "ukraine" in evs[0].recipients


def test_the_visitor_state_before_the_verb_is_no_place():
    evs = events("Делегація Польщі відвідала Ірпінь.", type_="CONSULT")
    assert len(evs) == 1 and evs[0].place == "irpin" and "poland" in evs[0].actors


def test_a_sudden_appearance_of_a_foreign_leader_is_a_visit():
    evs = events("Прем'єр-міністр Бельгії несподівано з'явився у Києві.", type_="CONSULT")
    assert len(evs) == 1 and evs[0].mode == "visit" and "belgium" in evs[0].actors

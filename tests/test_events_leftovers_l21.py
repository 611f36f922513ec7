"""Events a reader can trust (issue 16), leftovers the lead found in wire and archive news of
2014-2026: a threat told with "погрозив" and the strikes it names; the subject after a fronted
place ("У Варшаві делегації ..."); a visit with its destination at the head of a long clause
and several foreign guests at once; the people moved out in an evacuation and their body; a
decision to start talks; a thing called a strike ("назвав ... ударом"); an exchange "у форматі
N на N"; the accused who prepared a strike; a quoted name after the noun of its kind. Sentences
written for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import analysed, named_rows


def events(text: str, date: str = "2024-11-21"):
    return named_rows(text, date)


@pytest.mark.parametrize("text", [
    "Лукашенко погрозив ударами по країнах, які розміщують у себе війська НАТО.",
    "Кремль погрозив ударами по містах Європи.",
])
def test_threat_with_pogrozyty_is_a_threat_not_a_strike(text):
    got = events(text)
    assert [e for e in got if e[0] == "THREATEN"]
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_a_finger_shaken_is_no_threat():
    assert not events("Вчителька погрозила пальцем учневі.")


@pytest.mark.parametrize("text,sides", [
    ("У Варшаві делегації Польщі та Литви провели консультації.", {"Польща", "Литва"}),
    ("У Мінську представники Білорусі та Китаю підписали меморандум.", {"Білорусь", "Китай"}),
])
def test_subject_after_a_fronted_place(text, sides):
    got = [e for e in events(text, "2023-04-12") if e[0] in ("CONSULT", "AGREE")]
    assert got and sides <= set(got[0][2] + got[0][3])


def test_several_foreign_guests_visit_the_home_side():
    text = "До Львова у День Незалежності прибули прем'єр-міністри Естонії та Латвії."
    got = [e for e in events(text, "2024-06-11") if e[0] == "CONSULT"]
    assert got and {"Естонія", "Латвія"} <= set(got[0][2]) and "Україна" in got[0][3]


def test_two_foreign_leaders_meeting_at_home_have_no_host():
    got = [e for e in events("Президенти Польщі та Литви зустрілися у Львові.", "2024-06-11")
           if e[0] == "CONSULT"]
    assert got and "Україна" not in got[0][2] + got[0][3]


@pytest.mark.parametrize("text,body", [
    ("Триває евакуація працівників комбінату «Азот».", "Азот"),
    ("Завершилася евакуація захисників «Азовсталі» з території заводу.", "Азовсталь"),
])
def test_the_body_of_the_people_evacuated_is_no_rescuer(text, body):
    got = [e for e in events(text, "2022-05-20") if e[0] == "AID"]
    assert got and body not in got[0][2]


def test_a_decision_to_start_talks_is_planned():
    got = [e for e in events("Рада ЄС ухвалила рішення розпочати переговори з Молдовою.", "2024-06-25")
           if e[0] == "CONSULT"]
    assert got and got[0][1] == "planned"


@pytest.mark.parametrize("text", [
    "Прем'єр Польщі назвав ці вибори ударом по позиціях Росії в регіоні.",
    "У Берліні вважають рішення Угорщини ударом по Україні.",
])
def test_a_thing_called_a_strike_is_no_strike(text):
    assert not [e for e in events(text) if e[0] == "ASSAULT"]


def test_a_declared_persona_non_grata_stays_a_sanction():
    got = events("Латвія оголосила персоною нон грата радника посольства Росії.")
    assert [e for e in got if e[0] == "SANCTION"]


def test_an_exchange_format_is_no_summit():
    got = events("Україна та Росія провели обмін полоненими у форматі 84 на 84.", "2023-08-07")
    assert not [e for e in got if e[0] == "CONSULT"]


def test_the_accused_prepared_the_strike():
    got = [e for e in events("Прем'єр звинуватив Іран у підготовці атак на судна в Червоному морі.")
           if e[0] == "ASSAULT"]
    assert not got or ("Іран" in got[0][2] and "Іран" not in got[0][3])


@pytest.mark.parametrize("text,name", [
    ("Поліція затримала депутата, члена партії «Слуга народу».", "Слуга народу"),
    ("Сторони уклали угоду щодо газопроводу «Турецький потік».", "Турецький потік"),
])
def test_quoted_name_after_its_kind_noun_is_no_party(text, name):
    got = events(text, "2021-07-21")
    assert got and not [e for e in got if name in e[2] or name in e[3]]


def test_quoted_company_after_its_kind_acts():
    got = [e for e in events("Компанія «Нафтогаз» уклала угоду з Литвою.", "2021-07-21") if e[0] == "AGREE"]
    assert got and "Нафтогаз" in got[0][2]


@pytest.mark.parametrize("text", [
    "Того ж дня Канада оголосила про постачання бронемашин.",
    "Того дня Норвегія оголосила про постачання гаубиць.",
])
def test_a_genitive_of_time_heads_no_subject(text):
    got = [e for e in events(text) if e[0] == "AID"]
    assert got and got[0][2] and not got[0][3][:1] == got[0][2][:1]


def test_shelling_that_did_not_lessen_went_on():
    got = [e for e in events("Інтенсивність обстрілів наших позицій з боку російських військ не зменшилася.",
                             "2017-03-02") if e[0] == "ASSAULT"]
    assert got and got[0][1] != "negated"


def test_a_later_office_of_the_partner_names_no_rival_state():
    # in 2017 Tajani led the European Parliament; Italy's ministry came later: the bare head
    # of state is the home one
    got = [e for e in events("Глава держави провів телефонну розмову з Антоніо Таяні.", "2017-02-14")
           if e[0] == "CONSULT"]
    assert got and "Україна" in got[0][2]


def test_readiness_to_help_is_a_plan():
    got = [e for e in events("Ми висловлюємо підтримку Литві і готові надати допомогу для охорони кордону.",
                             "2021-11-15") if e[0] == "AID"]
    assert got and got[0][1] == "planned"


def test_the_author_of_a_statement_on_a_strike_is_not_struck():
    got = [e for e in events("Заява МЗС Молдови у зв'язку з ударом Росії по Ізмаїлу", "2023-09-05")
           if e[0] == "ASSAULT"]
    assert got and not [x for x in got[0][3] if "Міністерство" in x]


def test_duties_raised_against_a_state_are_a_sanction():
    got = [e for e in events("У відповідь Індія підвищила мита на американські товари.", "2025-08-10")
           if e[0] == "SANCTION"]
    assert got and "Індія" in got[0][2]


def test_countermeasures_promised_are_a_threat():
    got = events("Мінськ пообіцяв вжити заходів у відповідь.", "2025-08-10")
    assert [e for e in got if e[0] == "THREATEN"]


@pytest.mark.parametrize("text", [
    "Окупанти обстріляли автостанцію Слов'янська, де були сотні людей, які чекали на евакуацію.",
    "Україна подякувала сотням волонтерів, які передали генератори.",
])
def test_people_counted_before_a_relative_clause_are_its_subject(text):
    got = [e for e in events(text, "2022-04-20") if e[0] == "AID"]
    assert not got or not got[0][2]


def test_a_summit_discussed_gives_the_talk_no_place():
    text = "Сьогодні мав розмову з Прем'єр-міністром Норвегії. Обговорили енергетику, підготовку саміту в Гаазі та санкції."
    doc = analysed(text, "2025-06-10")
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert talks and all(e.place != "the-hague" for e in talks)


def test_a_speech_that_recalls_old_wars_is_no_history_text():
    text = ("Шановні друзі! У 1918 році наша держава вже боролася за свободу. У 1921-му вона впала, "
            "а у 1932 році прийшов голод. Сьогодні ми згадуємо їх. Зараз ми знову воюємо за свободу. Росіяни знову вдарили "
            "ракетами по Одесі. Нині кожен із нас на своєму фронті.")
    got = events(text, "2024-05-20")
    assert [e for e in got if e[0] == "ASSAULT"]


def test_a_fronted_object_before_the_subject_and_its_verb():
    got = [e for e in events("Другий транш Молдова отримала ще в липні.", "2025-09-10") if e[0] == "AID"]
    assert got and "Молдова" not in got[0][2]


def test_the_one_declared_wanted_is_the_recipient():
    got = [e for e in events("Білорусь оголосила в розшук Тихановську.", "2025-05-10") if e[0] == "ACCUSE"]
    assert got and not [x for x in got[0][2] if "Тихановськ" in x]


def test_a_swap_in_a_foreign_story_is_not_ours():
    got = [e for e in events("Ізраїль і ХАМАС погодили перемир'я. Обмін заручниками почнеться в суботу.",
                             "2025-01-16") if e[0] == "RETREAT"]
    assert got and "Україна" not in got[0][2] + got[0][3] and "Росія" not in got[0][2] + got[0][3]

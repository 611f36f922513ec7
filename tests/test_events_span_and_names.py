"""An event's time and place as a reader of the chronicle needs them: a since- or until-phrase
bounds a stretch and dates no happening; a town inside a quoted name or in an office's title is
not where anything happens. Sentences written for these tests; the full pipeline."""
from __future__ import annotations

from event_helpers import on_day, only


events = on_day("2025-03-12")


def test_a_stretch_from_a_start_dates_no_event():
    ev = only(events("Від початку року Росія атакувала Харків понад сто разів."), "ASSAULT")
    assert ev.time is None
    ev = only(events("Від початку повномасштабного вторгнення Росія депортувала тисячі дітей."), "COERCE")
    assert ev.time is None
    ev = only(events("Починаючи з минулого тижня, Росія щоночі атакує Одесу."), "ASSAULT")
    assert ev.time is None


def test_a_deadline_dates_no_event():
    ev = only(events("До кінця місяця Німеччина передасть Україні нову партію зброї."), "AID")
    assert ev.time is None


def test_a_start_day_and_a_range_still_date_the_event():
    ev = only(events("Європейський Союз з 1 січня припинив транзит російського газу."), "SANCTION")
    assert ev.time is not None and ev.time["value"] == "2025-01-01"
    ev = only(events("Кабмін з квітня запровадить нові санкції проти російських компаній."), "SANCTION")
    assert ev.time is not None and ev.time["value"] == "2025-04"
    ev = only(events("У вівторок Литва оголосила нові санкції проти Росії."), "SANCTION")
    assert ev.time is not None and ev.time["value"] == "2025-03-11"


def test_a_town_inside_a_quoted_name_is_not_the_place():
    ev = only(events("Сибіга взяв участь у форумі «Безпека в Мюнхені» у Празі."), "CONSULT")
    assert ev.place == "prague"


def test_the_town_of_an_office_in_a_title_is_not_the_place():
    ev = only(events("Голова Офісу Президента в Києві Андрій Єрмак провів телефонну розмову "
                     "з міністром закордонних справ Естонії."), "CONSULT")
    assert ev.place is None
    # an office named as the venue: the town is where the meeting is
    ev = only(events("Зустріч Сибіги з міністром закордонних справ Естонії відбулася "
                     "в Офісі Президента в Києві."), "CONSULT")
    assert ev.place == "kyiv"


def test_a_visit_verb_names_its_own_destination():
    evs = events("Сибіга зустрівся з Рубіо у Вашингтоні, а 14 березня він відвідає Оттаву.")
    visit = [e for e in evs if e.status == "planned"]
    assert len(visit) == 1 and visit[0].place == "ottawa"


def test_a_town_of_someone_elses_trip_in_a_relative_clause_is_not_the_place():
    evs = events("Зеленський, який 5 березня відвідав Лондон, сьогодні зустрівся "
                 "з прем'єр-міністром Ірландії.")
    today = [e for e in evs if e.time and e.time["value"] == "2025-03-12"]
    assert len(today) == 1 and today[0].place != "london"

"""Time of events and time expressions (issues 17 and 16, part L30), on sentences written for
these tests.

1. A length adjective before a capitalised noun the dictionary knows only as a thing is a
   length of a body's or a gathering's meeting ("у дводенному Саміті НАТО", "п'ятиденної
   Асамблеї"); before a name of a person it stays an age ("11-річний Максим", "5-річний
   Богдан").
2. A clock time in a sentence that told no event dates the moment of its own happening, not
   the act of a doer it did not name in the sentence after ("Транзит припинився о 07:00.
   Прем'єр Словаччини пригрозив ..."); a length told by one adjective ("Дводенний саміт НАТО
   розпочався у вівторок") does not keep the day beside it from dating the next sentence.
3. A weekday in a forecast or a schedule lies ahead: "У п'ятницю синоптики прогнозують" on a
   Monday, "Прогноз погоди. У неділю дощ", "Графік відключень на четвер" on a Friday; a
   forecast "на тиждень" is for this week, not a length.
4. The first unit of a stretch the text does not date is a length ("протягом першої доби"
   P1D, "за перший тиждень" P1W, "у перші дні" PXD); the words of a title in quotation marks
   after the kind of work it names tell no time ("фільм «20 днів у Маріуполі»", "книга «Сім
   днів у травні»").
"""
from __future__ import annotations

import pytest

from event_helpers import analysed, of_type
from timex_cases import found


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


# 1 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,pair", [
    ("Міністри взяли участь у дводенному Саміті НАТО.", ("дводенному", "P2D")),
    ("Делегати п'ятиденної Асамблеї ухвалили резолюцію.", ("п'ятиденної", "P5D")),
    ("Учасники тритижневих Навчань повернулися додому.", ("тритижневих", "P3W")),
])
def test_a_length_before_the_name_of_a_gathering(pipe, text, pair):
    assert pair in found(pipe, text, "2025-03-12")


@pytest.mark.parametrize("text", [
    "Це 11-річний Максим, який втік із дому.",
    "Поруч стояли 10-річна Олена і 5-річний Богдан.",
    "Рятувальники знайшли 7-річного Стармера.",
])
def test_a_length_before_a_persons_name_is_still_an_age(pipe, text):
    assert not any(v.startswith("P") for _, v in found(pipe, text, "2025-03-12"))


# 2 ------------------------------------------------------------------------------------------
def test_a_clock_time_of_another_happening_dates_no_new_doers_act():
    text = ("Транзит газу припинився о 07:00. "
            "Прем'єр Словаччини Роберт Фіцо пригрозив Україні відключенням електроенергії.")
    ev = of_type(analysed(text, "2025-01-02"), "THREATEN")
    assert ev and ev[0].time is None, ev


def test_a_clock_time_still_dates_the_act_of_the_doer_it_told():
    text = "Роберт Фіцо прилетів до Брюсселя о 07:00. Фіцо пригрозив Україні відключенням електроенергії."
    ev = of_type(analysed(text, "2025-01-02"), "THREATEN")
    assert ev and ev[0].time and ev[0].time["value"] == "2025-01-02T07:00", ev


def test_a_day_of_a_happening_still_frames_the_next_sentence():
    text = "Гуманітарні коридори у середу не працювали. Російські військові обстріляли Херсон."
    ev = of_type(analysed(text, "2025-01-02"), "ASSAULT")
    assert ev and ev[0].time and ev[0].time["value"] == "2025-01-01", ev


# 3 ------------------------------------------------------------------------------------------
# 2025-03-10 is a Monday, 2025-03-14 a Friday.
@pytest.mark.parametrize("text,date,pair", [
    ("У п'ятницю синоптики прогнозують сильні дощі.", "2025-03-10", ("п'ятницю", "2025-03-14")),
    ("У суботу відключень світла не прогнозують.", "2025-03-10", ("суботу", "2025-03-15")),
    ("Прогноз погоди. У неділю дощ, до 15 градусів тепла.", "2025-03-10", ("неділю", "2025-03-16")),
    ("Графік відключень на четвер.", "2025-03-14", ("четвер", "2025-03-20")),
    ("Відключення світла у вівторок не плануються.", "2025-03-13", ("вівторок", "2025-03-18")),
])
def test_a_weekday_of_a_forecast_or_a_schedule_lies_ahead(pipe, text, date, pair):
    assert pair in found(pipe, text, date)


@pytest.mark.parametrize("text,date,value", [
    ("У вівторок прем'єр відвідав Варшаву.", "2025-03-14", "2025-03-11"),
    ("Прем'єр у вівторок відвідає Варшаву.", "2025-03-14", "2025-03-18"),
    ("Минулої п'ятниці Росія атакувала Одесу.", "2025-03-12", "2025-03-07"),
    ("Наступного вівторка парламент розгляне законопроєкт.", "2025-03-12", "2025-03-18"),
    ("Цієї середи уряд ухвалив постанову.", "2025-03-14", "2025-03-12"),
    ("Зустріч у понеділок.", "2025-03-12", "2025-03-10"),
])
def test_a_weekday_outside_a_forecast_keeps_its_tense(pipe, text, date, value):
    assert value in {v[:10] for _, v in found(pipe, text, date)}


@pytest.mark.parametrize("text,pair", [
    ("У середу минулого тижня Росія вдарила по Кривому Рогу.", ("середу минулого тижня", "2025-04-02")),
    ("У понеділок наступного тижня міністри зберуться в Люксембурзі.",
     ("понеділок наступного тижня", "2025-04-14")),
    ("Рішення ухвалять не пізніше п'ятниці.", ("п'ятниці", "2025-04-11")),
])
def test_a_weekday_of_a_week_named_after_it(pipe, text, pair):
    assert pair in found(pipe, text, "2025-04-09")


@pytest.mark.parametrize("text,pair", [
    ("Прогноз погоди на тиждень від синоптиків.", ("тиждень", "2025-W29")),
    ("Прогноз на тиждень: до середи спека, з четверга грози.", ("тиждень", "2025-W29")),
])
def test_a_forecast_for_a_unit_is_this_unit(pipe, text, pair):
    assert pair in found(pipe, text, "2025-07-14")


def test_a_term_for_a_unit_is_still_a_length(pipe):
    assert ("тиждень", "P1W") in found(pipe, "Уряд продовжив карантин на тиждень.", "2025-07-14")


# 4 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,pair", [
    ("Протягом першої доби рятувальники евакуювали 300 людей.", ("першої доби", "P1D")),
    ("За перший тиждень волонтери зібрали мільйон гривень.", ("перший тиждень", "P1W")),
    ("Протягом першого року роботи центр прийняв 500 людей.", ("першого року", "P1Y")),
    ("У перші дні після повені рятувальники працювали без відпочинку.", ("перші дні", "PXD")),
])
def test_the_first_unit_of_an_undated_stretch_is_a_length(pipe, text, pair):
    assert pair in found(pipe, text, "2025-03-12")


@pytest.mark.parametrize("text", [
    "У перший день навчання школярі прийшли до класів.",
    "Уряд виконав план у першому кварталі 2024 року.",
])
def test_a_first_day_or_a_dated_first_part_is_no_length(pipe, text):
    assert not any(v.startswith("P1") for _, v in found(pipe, text, "2025-03-12"))


@pytest.mark.parametrize("text", [
    "Режисер показав фільм «20 днів у Маріуполі».",
    "Книга «Сім днів у травні» розповідає про війну.",
    "Серіал «Сто років тому вперед» знімали в Києві.",
    "Роман «1984» вийшов у новому перекладі.",
    "Волонтери запустили збір під назвою «Сто днів до перемоги».",
])
def test_a_title_of_a_work_tells_no_time(pipe, text):
    assert found(pipe, text, "2025-03-12") == set()


def test_a_time_outside_the_title_is_still_read(pipe):
    got = found(pipe, "Фільм «20 днів у Маріуполі» показали 5 березня.", "2025-03-12")
    assert got == {("5 березня", "2025-03-05")}, got


def test_a_clock_time_of_a_strike_dates_no_call_of_another_doer():
    text = ("У п'ятницю вранці ворог обстріляв Харків. Близько 09:30 влучання зафіксовано в "
            "житловому кварталі. Мер міста Ігор Терехов закликав мешканців залишатися в укриттях.")
    ev = of_type(analysed(text, "2025-04-18"), "REQUEST")
    assert ev and (ev[0].time is None or "09:30" not in ev[0].time["value"]), ev


def test_the_first_week_of_a_month_named_is_no_bare_length(pipe):
    got = found(pipe, "За перший тиждень місяця уряд ухвалив 40 постанов.", "2025-04-01")
    assert ("перший тиждень", "P1W") not in got, got


def test_a_length_adjective_does_not_stop_the_story():
    text = "Дводенний Вашингтонський саміт НАТО розпочався у вівторок. Лідери Альянсу ухвалили декларацію."
    ev = of_type(analysed(text, "2024-07-10"), "AGREE")
    assert ev and ev[0].time and ev[0].time["value"] == "2024-07-09", ev


# "Учора о 23:40 ... Уночі ... О 04:15": the night told between a late hour and an early one
# carries the early one past midnight, as the two told one after the other do.
def test_a_night_between_a_late_and_an_early_hour_keeps_the_crossing(pipe):
    text = ("Вчора о 23:40 ворог атакував Київ. Уночі в місті пролунало понад 20 вибухів. "
            "О 04:15 мер оголосив про пожежу в Дарницькому районі.")
    assert ("04:15", "2025-08-29T04:15") in found(pipe, text, "2025-08-29")


def test_an_early_hour_after_the_night_alone_stays_on_its_day(pipe):
    text = "Уночі ворог атакував Київ. О 04:15 мер оголосив про пожежу в Дарницькому районі."
    assert ("04:15", "2025-08-29T04:15") in found(pipe, text, "2025-08-29")


# "Рівно місяць тому": a count back told as exact is that very day, not the month alone.
@pytest.mark.parametrize("text,value", [
    ("Рівно місяць тому Україна і США підписали угоду.", "2025-03-09"),
    ("Рівно три роки тому окупанти обстріляли Харків.", "2022-04-09"),
])
def test_an_exact_count_back_is_that_day(pipe, text, value):
    assert value in {v for _, v in found(pipe, text, "2025-04-09")}


def test_a_count_back_without_exactness_keeps_its_unit(pipe):
    assert ("Місяць тому", "2025-03") in found(pipe, "Місяць тому Україна і США підписали угоду.", "2025-04-09")


def test_an_exact_count_back_in_digits_named_again_by_its_date(pipe):
    text = "Рівно 30 років тому, 5 грудня 1994 року, Україна підписала Будапештський меморандум."
    assert ("30 років тому", "1994-12-05") in found(pipe, text, "2024-12-02")


# "у 18 років", "Йому був сорок один рік": a count of years that is a person's age is no length,
# as "у 15-річному віці" is not.
@pytest.mark.parametrize("text", [
    "Вже у 18 років нападник перейшов до англійського клубу.",
    "Народити в дев'ятнадцять років і в тридцять три роки - це різний досвід.",
    "Йому був сорок один рік. Їй виповнилося 19 років.",
])
def test_a_count_of_years_that_is_an_age_is_no_length(pipe, text):
    assert not any(v.startswith("P") for _, v in found(pipe, text, "2020-06-01"))


@pytest.mark.parametrize("text,pair", [
    ("Йому дали п'ять років ув'язнення.", ("п'ять років", "P5Y")),
    ("Він провів у полоні два роки.", ("два роки", "P2Y")),
    ("У три роки після аварії станцію закрили.", ("три роки", "P3Y")),
])
def test_a_count_of_years_of_a_term_is_still_a_length(pipe, text, pair):
    assert pair in found(pipe, text, "2020-06-01")


# "обрав запобіжний захід на 60 днів, до 18 липня": the end of a term set by the verb of the
# clause before lies ahead, not a year back because that verb is past; a schedule's weekday
# ("Графік руху поїздів змінюється з неділі") lies ahead too.
def test_the_end_of_a_term_set_in_the_clause_before_lies_ahead(pipe):
    text = "Суд обрав підозрюваному запобіжний захід у вигляді тримання під вартою на 60 днів, до 18 липня."
    assert ("18 липня", "2025-07-18") in found(pipe, text, "2025-05-20")


def test_a_past_until_day_of_a_happening_stays_behind(pipe):
    text = "Окупанти утримували місто, до 11 листопада."
    assert ("11 листопада", "2024-11-11") in found(pipe, text, "2025-05-20")


def test_a_schedules_weekday_lies_ahead(pipe):
    got = found(pipe, "Графік руху поїздів змінюється з неділі.", "2025-01-15")
    assert ("неділі", "2025-01-19") in got, got


# A schedule counts its days from the stretch it told: "Першого дня", "Другого дня", "В
# останній день візиту" are days of it ("в останній день" was a length, P1D).
def test_days_of_a_stretch_told(pipe):
    text = ("Візит прем'єра до Японії розпочнеться 20 лютого і триватиме три дні. Другого дня він "
            "виступить у парламенті. В останній день візиту прем'єр відвідає Хіросіму.")
    got = found(pipe, text, "2025-02-06")
    assert ("Другого дня", "2025-02-21") in got and ("останній день", "2025-02-22") in got, got


def test_the_first_day_of_a_range_dates_the_meeting():
    text = ("Заступник міністра перебуватиме в Брюсселі з 10 по 12 лютого. "
            "Першого дня він зустрінеться з єврокомісаркою Кайєю Каллас.")
    ev = of_type(analysed(text, "2025-02-06"), "CONSULT")
    assert ev and ev[-1].time and ev[-1].time["value"] == "2025-02-10", ev


@pytest.mark.parametrize("text,pair", [
    ("Війна, окупанти, обстріли. Першого дня війни окупанти атакували Київ.",
     ("Першого дня війни", "2022-02-24")),
    ("За останню добу ворог 80 разів обстріляв Херсонщину.", ("останню добу", "P1D")),
])
def test_a_day_of_the_war_or_the_last_day_counted_stays(pipe, text, pair):
    assert pair in found(pipe, text, "2025-02-06")


def test_a_first_day_with_no_stretch_told_names_none(pipe):
    assert found(pipe, "У перший день ми не спали.", "2025-02-06") == set()

"""Time of events and time expressions (issues 17 and 16, part L29), on sentences written for
these tests.

1. A length written as one adjective, a number's stem and a unit's ("дводенних переговорів",
   "Тридцятиденне перемир'я", "півторагодинної розмови", "30-денний термін"), is a DURATION;
   the same adjective of a person or of an age is not ("Десятирічна дівчинка", "у 15-річному
   віці").
2. One unit in the genitive after a word of more, less or about ("трохи більше години",
   "менше доби", "близько тижня") is a length of one unit; "близько години ночі" is no length.
3. A live blog whose stamps run newest first ("01:30", "23:40", "21:05") and cross a midnight:
   the entries above the crossing are of the next day, their stamps, their "Уночі" and their
   events alike (the blog is dated by the day it began, as one running oldest first is).
4. A line heading a stretch of days ("Огляд тижня 12–18 червня", "Головне за тиждень: 6-10
   травня"): a weekday under it is that stretch's day, and "Уночі" with no day named is no
   day the text gives, not the report's.
5. "Через рік" told in the past after a season, a quarter or a half of a year ("Навесні 2015
   року ... Через рік") is the year after it, not a length.
6. A season told in the past after a past year written earlier in its sentence is of that year
   ("У 2014 році Росія анексувала Крим, а навесні почала війну": 2014-SP, not last spring).
7. A day word closing an aside ("Як стало відомо сьогодні, 8 червня міністр ...") keeps its
   own day: the date after the comma is the main clause's, not the same day named again.
8. Years of a span written apart: "З 2014 по 2019 рік", "Від 2015 до 2017 року", "(2014 –
   2019)" are two years, the first no longer lost.
9. "На вихідних" after a week or a weekday told ahead ("Наступного тижня ...", "У четвер, 29
   лютого, ...") is that week's weekend.
10. A report's dateline or stamp of another day than the document's, a few days off ("КИЇВ, 9
   червня (Укрінформ) –", "9 червня 2023, 14:30") is the "today" of its text: "Сьогодні",
   "Вчора", "Уночі" are counted from it; an edit's stamp ("Оновлено: 6 травня") is not.
11. "Рівно через рік" ("через місяць") after a day told is that same day a year (a month) on.
12. "свято" after a preposition of time or "напередодні" names again the holiday the text named
   just before ("На День Незалежності ... Напередодні свята", "Після свята"): its day.
13. A date written without its year beside its weekday ("У п'ятницю, 23 лютого, відбудеться
   саміт" published on Saturday the 24th) takes the year, next to the one chosen, in which the
   two agree: that Friday, not next year's 23rd, a Sunday.
14. A sentence that only tells how long the happening just told lasted ("Візит тривав два дні")
   does not end the story: the sentence after it takes the day told two sentences before; a
   length that frames its own sentence ("За місяць війни Росія випустила ...") still does.
"""
from __future__ import annotations

import pytest

from timex_cases import found


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


@pytest.mark.parametrize("text,pair", [
    ("Учасники дводенних переговорів погодили спільну заяву.", ("дводенних", "P2D")),
    ("Тридцятиденне перемир'я почалося у вівторок.", ("Тридцятиденне", "P30D")),
    ("Тритижневий курс навчання завершився.", ("Тритижневий", "P3W")),
    ("Уряд представив п'ятирічний план відбудови.", ("п'ятирічний", "P5Y")),
    ("Після півторагодинної розмови лідери вийшли до журналістів.",
     ("півторагодинної", "PT1.5H")),
    ("Уряд виділив 30-денний термін для перевірки.", ("30-денний", "P30D")),
    ("Оголосили 72-годинне перемир'я.", ("72-годинне", "PT72H")),
])
def test_a_length_written_as_one_adjective(pipe, text, pair):
    assert pair in found(pipe, text, "2023-06-12")


@pytest.mark.parametrize("text", [
    "Десятирічна дівчинка постраждала під час обстрілу.",
    "У 15-річному віці він поїхав до Києва.",
    "Під завалами загинула десятирічна.",
    "Південний фронт тримає оборону.",
])
def test_an_age_or_a_look_alike_is_no_length(pipe, text):
    assert not any(v.startswith("P") for _, v in found(pipe, text, "2023-06-12"))


@pytest.mark.parametrize("text,pair", [
    ("Розмова тривала трохи більше години.", ("години", "PT1H")),
    ("Переговори тривали близько тижня.", ("тижня", "P1W")),
    ("Ремонт мосту триватиме менше доби.", ("доби", "P1D")),
])
def test_one_unit_after_more_less_or_about(pipe, text, pair):
    assert pair in found(pipe, text, "2023-06-12")


def test_an_hour_of_the_night_after_about_is_no_length(pipe):
    got = found(pipe, "Обстріл почався близько години ночі.", "2023-06-12")
    assert not any(v == "PT1H" for _, v in got)


def test_a_length_of_a_thing_does_not_make_a_claim_a_happening():
    from event_helpers import analysed_events
    evs = analysed_events("Слідчі повідомили хлопцям про підозру. За санкцією статті їм загрожує "
                          "трирічне ув'язнення.", "2020-06-01")
    assert not [e for e in evs if e.type == "SANCTION"], [(e.trigger.text, e.type) for e in evs]


BLOG = ("Війна онлайн: 12 червня\n\n01:30\nУночі окупанти атакували Київ дронами.\n\n"
        "23:40\nУ Харкові пролунали вибухи.\n\n21:05\nПрезидент провів нараду зі Ставкою.")


@pytest.mark.parametrize("pair", [
    ("01:30", "2023-06-13T01:30"), ("Уночі", "2023-06-13TNI"), ("23:40", "2023-06-12T23:40"),
    ("21:05", "2023-06-12T21:05"),
])
def test_a_live_blog_newest_first_across_midnight(pipe, pair):
    assert pair in found(pipe, BLOG, "2023-06-12")


def test_a_live_blog_newest_first_with_its_stamps_inline(pipe):
    got = found(pipe, "02:10 Ворог атакував Одесу.\n\n01:30 Уночі окупанти атакували Київ.\n\n"
                "23:40 У Харкові пролунали вибухи.\n\n22:15 Президент провів нараду.", "2023-06-12")
    assert {("02:10", "2023-06-13T02:10"), ("Уночі", "2023-06-13TNI"),
            ("23:40", "2023-06-12T23:40"), ("22:15", "2023-06-12T22:15")} <= got


def test_a_live_blog_newest_first_on_one_day_stays(pipe):
    got = found(pipe, "Онлайн\n\n09:20\nВранці прем'єр зустрівся з послом.\n\n07:45\nУночі "
                "ворог обстріляв Херсон.\n\n06:10\nППО збила 20 дронів.", "2023-06-13")
    assert {("09:20", "2023-06-13T09:20"), ("Уночі", "2023-06-13TNI"),
            ("06:10", "2023-06-13T06:10")} <= got


def test_an_event_of_a_newest_first_blog_takes_its_day():
    from event_helpers import time_of
    assert time_of(BLOG, "2023-06-12", "атакували") in ("2023-06-13TNI", "2023-06-13T01:30")
    assert time_of(BLOG, "2023-06-12", "нараду") == "2023-06-12T21:05"


REVIEW = ("Огляд тижня 12–18 червня\n\nУночі ворог атакував Одесу ракетами. У понеділок "
          "президент відвідав Харків.")


@pytest.mark.parametrize("pair", [("понеділок", "2023-06-12"), ("Уночі", "XXXX-XX-XXTNI")])
def test_times_under_a_stretch_of_days(pipe, pair):
    assert pair in found(pipe, REVIEW, "2023-06-19")


def test_an_event_under_a_stretch_takes_its_weekday():
    from event_helpers import time_of
    assert time_of(REVIEW, "2023-06-19", "відвідав") == "2023-06-12"



@pytest.mark.parametrize("text,pair", [
    ("Навесні 2015 року сторони підписали угоду. Переговори тривали довго. Через рік бойовики "
     "порушили перемир'я.", ("рік", "2016")),
    ("У першому кварталі 2018 року уряд ухвалив реформу. Через рік її скасували.", ("рік", "2019")),
])
def test_a_year_after_a_part_of_a_year_told(pipe, text, pair):
    assert pair in found(pipe, text, "2024-05-20")


def test_a_season_after_a_year_told_in_its_sentence(pipe):
    assert ("навесні", "2014-SP") in found(
        pipe, "У 2014 році Росія анексувала Крим, а навесні почала війну на Донбасі.", "2024-02-20")
    # (a bound of a span frames nothing: "До 2014 року ...")
    assert ("навесні", "2023-SP") in found(
        pipe, "До 2014 року Крим був українським, а навесні Росія його окупувала.", "2024-02-20")


@pytest.mark.parametrize("text,pairs", [
    ("Як стало відомо сьогодні, 8 червня міністр оборони зустрівся з колегою з Британії.",
     {("сьогодні", "2023-06-12"), ("8 червня", "2023-06-08")}),
    ("Як повідомили вчора, 8 червня міністр оборони зустрівся з колегою.",
     {("вчора", "2023-06-11"), ("8 червня", "2023-06-08")}),
])
def test_a_day_word_closing_an_aside_keeps_its_day(pipe, text, pairs):
    assert pairs <= found(pipe, text, "2023-06-12")


def test_a_day_word_named_again_by_its_date_still_takes_it(pipe):
    assert ("Вчора", "2023-06-12") in found(
        pipe, "Вчора, 12 червня, міністр оборони зустрівся з колегою.", "2023-06-14")


@pytest.mark.parametrize("text,pairs", [
    ("З 2014 по 2019 рік Україна провела сто раундів переговорів.",
     {("2014", "2014"), ("2019 рік", "2019")}),
    ("Від 2015 до 2017 року тривала реформа.", {("2015", "2015"), ("2017 року", "2017")}),
    ("Президентство Порошенка (2014 – 2019) запам'яталося безвізом.",
     {("2014", "2014"), ("2019", "2019")}),
])
def test_the_first_year_of_a_span_written_apart(pipe, text, pairs):
    assert pairs <= found(pipe, text, "2024-02-20")


def test_numbers_of_things_are_no_span_of_years(pipe):
    assert found(pipe, "Ціна впала з 2014 до 2010 гривень.", "2024-02-20") == set()


@pytest.mark.parametrize("text,pair", [
    ("Наступного тижня прем'єр відвідає Київ. На вихідних у Львові пройде форум.",
     ("вихідних", "2024-W09-WE")),
    ("У четвер, 29 лютого, президент вирушить до Брюсселя. На вихідних у Львові пройде форум.",
     ("вихідних", "2024-W09-WE")),
    ("Минулого тижня уряд ухвалив рішення. На вихідних у Львові пройшов форум.",
     ("вихідних", "2024-W07-WE")),
])
def test_the_weekend_of_the_week_told(pipe, text, pair):
    assert pair in found(pipe, text, "2024-02-20")


@pytest.mark.parametrize("text,pairs", [
    ("КИЇВ, 9 червня (Укрінформ) – Сьогодні президент провів переговори з прем'єром Польщі. "
     "Вчора ворог атакував Одесу.", {("Сьогодні", "2023-06-09"), ("Вчора", "2023-06-08")}),
    ("Київ, 9 червня. Уночі ворог атакував Одесу.", {("Уночі", "2023-06-09TNI")}),
    ("9 червня 2023, 14:30\nСьогодні президент провів переговори.", {("Сьогодні", "2023-06-09")}),
])
def test_a_dateline_of_another_day_is_the_text_s_today(pipe, text, pairs):
    assert pairs <= found(pipe, text, "2023-06-12")


@pytest.mark.parametrize("text,pair", [
    ("Оновлено: 9 червня\nСьогодні президент провів переговори.", ("Сьогодні", "2023-06-12")),
    # (a date weeks away heads no report of this day)
    ("КИЇВ, 9 травня (Укрінформ) – Сьогодні президент провів переговори.",
     ("Сьогодні", "2023-06-12")),
])
def test_what_lends_the_text_no_today(pipe, text, pair):
    assert pair in found(pipe, text, "2023-06-12")


def test_an_event_under_a_dateline_takes_its_today():
    from event_helpers import time_of
    assert time_of("КИЇВ, 9 червня (Укрінформ) – Сьогодні президент провів переговори з "
                   "прем'єром Польщі.", "2023-06-12", "переговори") == "2023-06-09"


@pytest.mark.parametrize("text,pair", [
    ("Минулого року, 15 березня, окупанти вдарили по Одесі. Рівно через рік ворог повторив атаку.",
     ("рік", "2024-03-15")),
    ("15 січня окупанти вдарили по Одесі. Рівно через місяць ворог повторив атаку.",
     ("місяць", "2024-02-15")),
    # (not exactly: the month it lands in, as before)
    ("15 січня окупанти вдарили по Одесі. Через місяць ворог повторив атаку.", ("місяць", "2024-02")),
])
def test_exactly_a_year_or_a_month_on(pipe, text, pair):
    assert pair in found(pipe, text, "2024-03-20")


FEAST = ("На День Незалежності у Києві відбудеться виставка техніки. Напередодні свята президент "
         "вручить нагороди. Після свята парламент збереться на засідання.")


@pytest.mark.parametrize("pair", [("Напередодні свята", "2024-08-23"), ("свята", "2024-08-24")])
def test_the_holiday_named_again_by_its_noun(pipe, pair):
    assert pair in found(pipe, FEAST, "2024-08-10")


def test_a_holiday_noun_with_no_holiday_named_is_no_day(pipe):
    assert found(pipe, "Напередодні свята президент вручить нагороди.", "2024-08-10") == set()


@pytest.mark.parametrize("text", ["У п'ятницю, 23 лютого, відбудеться саміт.",
                                  "23 лютого, у п'ятницю, відбудеться саміт."])
def test_a_date_beside_its_weekday_takes_the_year_they_agree_in(pipe, text):
    assert {v for _, v in found(pipe, text, "2024-02-24")} == {"2024-02-23"}


def test_a_date_beside_another_weekday_keeps_its_year(pipe):
    assert {v for _, v in found(pipe, "У середу, 23 лютого, відбудеться саміт.",
                                "2024-02-19")} == {"2024-02-23"}


def test_a_length_of_the_happening_told_does_not_stop_the_story():
    from event_helpers import time_of
    assert time_of("Минулого четверга прем'єр-міністр прибув до Варшави. Візит тривав два дні. "
                   "Сторони підписали угоду про постачання зерна.", "2023-06-12",
                   "підписали") == "2023-06-08"


def test_a_length_framing_its_sentence_still_stops_the_story():
    from event_helpers import time_of
    assert time_of("Перші ж години вторгнення означали для нас ракетні удари. За місяць війни Росія "
                   "випустила проти наших міст тисячу ракет. Зробила сотні авіанальотів.",
                   "2022-03-24", "випустила") is None

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

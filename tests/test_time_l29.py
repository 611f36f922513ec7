"""Time of events and time expressions (issues 17 and 16, part L29), on sentences written for
these tests.

1. A length written as one adjective, a number's stem and a unit's ("дводенних переговорів",
   "Тридцятиденне перемир'я", "півторагодинної розмови", "30-денний термін"), is a DURATION;
   the same adjective of a person or of an age is not ("Десятирічна дівчинка", "у 15-річному
   віці").
2. One unit in the genitive after a word of more, less or about ("трохи більше години",
   "менше доби", "близько тижня") is a length of one unit; "близько години ночі" is no length.
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

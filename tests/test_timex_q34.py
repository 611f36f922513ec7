"""Times of daily reports, of regimes, of purposes and of lengths (issue 17, Q34): a clock hour
told after "Протягом минулої доби ..." in a later sentence is the report's own day, the 24 hours
up to the report being no day a story is on (an afternoon or evening told in the past is still
the day before); the hours that bound a curfew or a blackout ("комендантська година з 00:00 до
05:00") recur every day, a SET, while an hour told during one ("О 02:00 під час комендантської
години") stays one time; a verb's past form after "щоб", "аби" ("щоб поставки надійшли в
листопаді") is a purpose, and the month it governs is the nearest; hours and minutes are one
length. Texts written for these tests."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of

DAY = "2026-11-20"


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


@pytest.mark.parametrize("text,surface,value", [
    ("Протягом минулої доби ворог обстріляв Харківщину. О 06:00 окупанти випустили ще три "
     "ракети.", "06:00", "2026-11-20T06:00"),
    ("Минулої доби ворог 40 разів обстріляв громаду. Станом на 08:00 відомо про двох "
     "поранених.", "08:00", "2026-11-20T08:00"),
    ("Минулої доби ворог обстріляв Куп'янськ. Станом на 14:00 відомо про двох поранених.",
     "14:00", "2026-11-20T14:00"),
    # near misses: an hour in the same sentence as the last day; a day told as "вчора"; an
    # evening hour told in the past is the day before, in the last 24 hours
    ("Минулої доби ворог обстріляв Куп'янськ. Близько 23:30 снаряд влучив у будинок.", "23:30",
     "2026-11-19T23:30"),
    ("Минулої доби ворог обстріляв Куп'янськ. Увечері снаряд влучив у будинок.", "Увечері",
     "2026-11-19TEV"),
    ("Протягом минулої доби о 23:00 ворог атакував Суми.", "23:00", "2026-11-19T23:00"),
    ("Вчора ворог обстріляв Харківщину. О 16:00 окупанти випустили ще три ракети.", "16:00",
     "2026-11-19T16:00"),
], ids=["clock-after", "as-of", "as-of-afternoon", "evening-told", "evening-part", "same-sentence",
        "yesterday"])
def test_an_hour_after_the_last_24_hours_is_the_reports(pipe, text, surface, value):
    assert dict(timexes_of(pipe, text, DAY))[surface] == value


@pytest.mark.parametrize("text,want", [
    ("У Києві діє комендантська година з 00:00 до 05:00.",
     [("00:00", "XXXX-XX-XXT00:00"), ("05:00", "XXXX-XX-XXT05:00")]),
    ("З 1 грудня комендантську годину скоротять: вона діятиме з 23:00 до 05:00.",
     [("1 грудня", "2026-12-01"), ("23:00", "XXXX-XX-XXT23:00"), ("05:00", "XXXX-XX-XXT05:00")]),
    ("Світломаскування діє з 22:00. Тривога сьогодні лунала двічі.",
     [("22:00", "XXXX-XX-XXT22:00"), ("сьогодні", "2026-11-20")]),
    # near misses: an hour during the curfew; an hour in the sentence after it; an alert's hours
    ("О 02:00 під час комендантської години патруль затримав чоловіка.",
     [("02:00", "2026-11-20T02:00")]),
    ("Комендантську годину скасували. З 05:00 почне курсувати метро.",
     [("05:00", "2026-11-20T05:00")]),
    ("Повітряна тривога тривала з 02:10 до 03:45.",
     [("02:10", "2026-11-20T02:10"), ("03:45", "2026-11-20T03:45")]),
], ids=["curfew", "curfew-from-day", "blackout", "during", "next-sentence", "alert"])
def test_the_hours_of_a_daily_regime_recur(pipe, text, want):
    assert timexes_of(pipe, text, DAY) == want


@pytest.mark.parametrize("text,value", [
    ("Ми працюємо над тим, щоб перші поставки надійшли в листопаді.", "2026-11"),
    ("Україна хоче, аби делегація приїхала у грудні.", "2026-12"),
    # near misses: a past told as past, before or after a purpose clause
    ("Перші поставки надійшли в листопаді.", "2025-11"),
    ("Він приїхав у листопаді, щоб підписати угоду.", "2025-11"),
], ids=["purpose", "wish", "past", "past-before-purpose"])
def test_a_past_form_after_shchob_is_no_past(pipe, text, value):
    assert [v for _, v in timexes_of(pipe, text, "2026-10-14")] == [value]


@pytest.mark.parametrize("text,want", [
    ("Тривога тривала 1 годину 25 хвилин.", [("1 годину 25 хвилин", "PT1H25M")]),
    ("Тривога тривала дві години 10 хвилин.", [("дві години 10 хвилин", "PT2H10M")]),
    # near misses: minutes of another sentence; minutes of a part after a comma
    ("Засідання тривало 3 години. 20 хвилин пішло на перерву.",
     [("3 години", "PT3H"), ("20 хвилин", "PT20M")]),
    ("Тривога тривала 2 години, 15 хвилин з них – без світла.",
     [("2 години", "PT2H"), ("15 хвилин", "PT15M")]),
], ids=["digits", "words", "next-sentence", "comma"])
def test_hours_and_minutes_are_one_length(pipe, text, want):
    assert timexes_of(pipe, text, DAY) == want

"""Time leftovers of issue 17 (part L24), on sentences written for these tests.

1. "через годину", "через 30 хвилин", "через кілька годин" in a story told in the past run
   from the clock time or the day just told (or stay a length when none was told), never an
   hour after the publication (FUTURE_REF); a count told ahead keeps its reading.
2. A clock time in the line after an announcement ("Семінар відбудеться 9 жовтня.\\n\\n
   Реєстрація о 9:30.") is on the announced day when that day lies ahead of the document; a
   report's own next paragraph and a story in the past keep theirs."""
from __future__ import annotations

import pytest

from timex_cases import found


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


TOLD_HOURS = [
    ("Потяг рушив зі Львова 6 липня о 7:40. Через 45 хвилин він зупинився в полі.",
     "2025-08-10", ("45 хвилин", "2025-07-06T08:25")),
    ("Нарада почалася о 22:30 2 лютого. Через дві години учасники розійшлися.",
     "2025-02-10", ("дві години", "2025-02-03T00:30")),
    ("Катер вийшов у море 19 червня. Через годину зв'язок з ним зник.",
     "2024-12-01", ("годину", "2024-06-19")),
    ("Вранці 11 січня поліція перекрила дорогу. Через кілька годин рух відновили.",
     "2023-01-20", ("кілька годин", "2023-01-11")),
    ("Через хвилину після вибуху спалахнула пожежа, і сусіди викликали рятувальників.",
     "2022-05-05", None),
    ("Лікарі оглянули хворого 4 серпня. Через 2-3 години його виписали.",
     "2024-08-20", ("2-3 години", "2024-08-04")),
    ("Через 20 хвилин делегація залишила зал.",
     "2024-03-03", ("20 хвилин", "PT20M")),
]


@pytest.mark.parametrize("text,date,want", TOLD_HOURS)
def test_hours_after_a_time_told_in_the_past(pipe, text, date, want):
    got = found(pipe, text, date)
    assert not any(v == "FUTURE_REF" for _, v in got), got
    if want is not None:
        assert want in got, got


AHEAD = [
    ("Через годину прем'єр відкриє засідання уряду.", "2025-04-04", ("годину", "FUTURE_REF")),
    ("Зал відкриють 3 квітня о 10:00. Через 15 хвилин почнеться концерт.", "2025-03-20", None),
]


@pytest.mark.parametrize("text,date,want", AHEAD)
def test_hours_told_ahead_keep_their_reading(pipe, text, date, want):
    got = found(pipe, text, date)
    if want is not None:
        assert want in got, got
    assert not any(v.startswith("2025-03-20T") for _, v in got), got


NOTICES = [
    ("Семінар для вчителів відбудеться 9 жовтня в актовій залі.\n\nРеєстрація о 9:30.",
     "2025-10-01", ("9:30", "2025-10-09T09:30")),
    ("Пресконференція міністра запланована на 17 березня о 12:00.\n\nАкредитація з 11:15.",
     "2024-03-12", ("11:15", "2024-03-17T11:15")),
    ("Благодійний ярмарок пройде 30 травня на площі.\nПочаток о 16:00.",
     "2023-05-22", ("16:00", "2023-05-30T16:00")),
]


@pytest.mark.parametrize("text,date,want", NOTICES)
def test_clock_time_in_the_line_after_an_announced_day(pipe, text, date, want):
    assert want in found(pipe, text, date)


REPORTS = [
    # a report's own day told yesterday: the next paragraph's clock time is the report's
    ("Учора о 10:00 мер відкрив школу.\n\nО 14:00 він провів прийом громадян.",
     "2025-10-02", ("14:00", "2025-10-02T14:00")),
    # not the line right after the announced day
    ("Фестиваль пройде 8 серпня.\n\nОрганізатори чекають гостей з усієї області.\n\nВхід з 18:00.",
     "2025-07-30", ("18:00", "2025-07-30T18:00")),
    # a day told in the past does not carry across the break in a report of its own days
    ("Сесія почалася 29 вересня.\n\nО 12:00 депутати проголосували за бюджет.",
     "2025-10-01", ("12:00", "2025-10-01T12:00")),
]


@pytest.mark.parametrize("text,date,want", REPORTS)
def test_other_paragraph_breaks_keep_the_document_day(pipe, text, date, want):
    assert want in found(pipe, text, date)


# 3. Clock times said with a quarter: "чверть на п'яту" is 4:15, "за чверть п'ята" 4:45.
QUARTERS = [
    ("Потяг прибув о чверть на сьому ранку.", "2025-06-02", ("чверть на сьому ранку", "2025-06-02T06:15")),
    ("Нарада розпочнеться о чверть на третю дня.", "2024-11-11", ("чверть на третю дня", "2024-11-11T14:15")),
    ("Ми вийшли з дому за чверть дев'ята.", "2023-03-03", ("за чверть дев'ята", "2023-03-03T08:45")),
    ("Автобус рушить за чверть до шостої вечора.", "2025-01-09",
     ("за чверть до шостої вечора", "2025-01-09T17:45")),
]


@pytest.mark.parametrize("text,date,want", QUARTERS)
def test_quarter_clock_times(pipe, text, date, want):
    assert want in found(pipe, text, date)


NOT_QUARTERS = [
    ("Доповідь тривала чверть години.", "2025-06-02", ("чверть години", "PT15M")),
    ("За чверть століття село спорожніло.", "2025-06-02", ("чверть століття", "P25Y")),
]


@pytest.mark.parametrize("text,date,want", NOT_QUARTERS)
def test_quarters_that_are_lengths(pipe, text, date, want):
    assert want in found(pipe, text, date)


# 4. Bare lengths: one unit after "лише" / "тільки", a unit before its number in words.
LENGTHS = [
    ("Він прожив у тому селі лише місяць.", "2024-02-02", ("місяць", "P1M")),
    ("Відпустка тривала тільки тиждень.", "2024-02-02", ("тиждень", "P1W")),
    ("Автобус стояв на кордоні годин шість.", "2025-05-05", ("годин шість", "PT6H")),
    ("Світла не було днів три.", "2025-05-05", ("днів три", "P3D")),
]


@pytest.mark.parametrize("text,date,want", LENGTHS)
def test_bare_lengths(pipe, text, date, want):
    assert want in found(pipe, text, date)


NOT_LENGTHS = [
    # an offset keeps its reading; digits after a unit are years, not a count; "не лише"
    # names a thing; an age in the genitive and a number counting the noun after it are no
    # length of the unit before them
    ("Лише рік тому тут був пустир.", "2025-05-05", ("рік тому", "2024"), "рік"),
    ("Хроніка охоплює події років 1918-1921.", "2025-05-05", ("1918", "1918"), "років"),
    ("Він знав не лише рік, а й місяць тієї події 2003 року.", "2025-05-05",
     ("2003 року", "2003"), "рік"),
    ("На табло: нуль хвилин тридцять секунд. Сусід на вигляд років тридцяти 2024 року.",
     "2025-05-05", ("2024 року", "2024"), "хвилин тридцять"),
    ("Сусід на вигляд років п'ятдесяти 2024 року.", "2025-05-05", ("2024 року", "2024"),
     "років п'ятдесяти"),
]


@pytest.mark.parametrize("text,date,want,no_span", NOT_LENGTHS)
def test_other_readings_stay(pipe, text, date, want, no_span):
    got = found(pipe, text, date)
    assert want in got, got
    assert not any(span.lower() == no_span for span, _ in got), got

"""Event time in media reports (issue 16, part T16): the dateline or stamp at the head of a report
("КИЇВ, 3 березня (Укрінформ) –", "5 травня 2024, 10:15.") is when it was filed and dates none
of what it tells; a time in a clause or phrase of another happening before or after ("після
того, як 5 травня ворог ударив", "після удару 1 червня") dates that happening, not the main
one. Sentences written for these tests; the full pipeline."""
from __future__ import annotations

import pytest

from event_helpers import time_of


@pytest.mark.parametrize("date,text,trigger", [
    ("2024-04-18", "ОДЕСА, 18 квітня (Укрінформ) – Росіяни вдарили ракетами по порту.", "вдарили"),
    ("2023-09-12", "Київ, 12 вересня /Укрінформ/. Прем'єр-міністр провів зустріч з послом Японії.",
     "зустріч"),
    ("2025-02-03", "Брюссель, 3 лютого 2025 – Рада ЄС запровадила нові санкції проти Росії.",
     "санкції"),
    ("2024-05-05", "5 травня 2024, 10:15. Міністр оборони зустрівся з колегою з Естонії.",
     "зустрівся"),
    ("2023-10-04", "Херсон, 4 жовтня. Укрінформ. Окупанти обстріляли пологовий будинок.",
     "обстріляли"),
    ("2023-10-04", "ХЕРСОН, 4 жовтня 2023 року. Окупанти обстріляли пологовий будинок.",
     "обстріляли"),
])
def test_a_dateline_dates_none_of_what_the_report_tells(date, text, trigger):
    assert time_of(text, date, trigger) is None


def test_a_time_told_after_the_dateline_still_dates_its_event():
    text = "ОДЕСА, 18 квітня (Укрінформ) – Вночі росіяни вдарили ракетами по порту."
    assert time_of(text, "2024-04-18", "вдарили") == "2024-04-18TNI"


def test_a_digest_item_headed_by_its_day_keeps_it():
    assert time_of("9 січня – росіяни вдарили по Одесі ракетами.", "2026-01-12",
                   "вдарили") == "2026-01-09"


@pytest.mark.parametrize("date,text,trigger,value", [
    # the time of a clause of what came before belongs to that clause
    ("2025-06-10", "Прем'єр-міністр провів нараду з енергетиками після того, як 7 травня ворог "
     "атакував ТЕС.", "нараду", None),
    ("2025-06-10", "Міністр відвідав Суми вже після того, як 2 червня росіяни обстріляли місто.",
     "відвідав", None),
    # "коли" shares the time of what happened then
    ("2025-06-10", "Коли 3 червня ворог атакував Суми, мер провів нараду з рятувальниками.",
     "нараду", "2025-06-03"),
    # a day after a noun of what came before dates that noun, the count from it the main clause
    ("2025-06-20", "Через тиждень після обстрілу 2 червня мер відвідав лікарню.", "відвідав",
     "2025-06-09"),
])
def test_a_time_of_another_happening_before_or_after_is_its_own(date, text, trigger, value):
    assert time_of(text, date, trigger) == value

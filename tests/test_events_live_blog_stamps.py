"""Events: a clock stamp of a live blog ("16:00." or a line "16:00") dates what its entry
reports as just done or going on then, never what the entry announces to come; a day line
still dates what is to come that day. Sentences written for these tests; the full pipeline."""
from __future__ import annotations

from event_helpers import analysed_events


def times(text: str, date: str = "2025-11-12") -> dict[str, str | None]:
    return {e.type + ":" + e.status: (e.time or {}).get("value") for e in analysed_events(text, date)}


def test_an_announcement_under_a_stamp_line_is_not_at_the_stamp():
    got = times("10:20\nДрони атакували Чернігів.\n12:40\nПрем'єр Естонії проведе переговори з Зеленським у Києві.")
    assert got == {"ASSAULT:occurred": "2025-11-12T10:20", "CONSULT:planned": None}, got


def test_an_announcement_after_an_inline_stamp_is_not_at_the_stamp():
    got = times("10:20. Дрони атакували Чернігів.\n\n12:40. Міністр оборони Литви відвідає Одесу.")
    assert got == {"ASSAULT:occurred": "2025-11-12T10:20", "CONSULT:planned": None}, got


def test_what_goes_on_under_a_stamp_is_at_the_stamp():
    got = times("08:15. Окупанти продовжують обстрілювати Нікополь.\n\n09:30. Дрони атакували Чернігів.")
    assert got == {"ASSAULT:ongoing": "2025-11-12T08:15", "ASSAULT:occurred": "2025-11-12T09:30"}, got


def test_a_day_line_still_dates_what_is_to_come_that_day():
    got = times("Середа.\nПрем'єр Естонії проведе переговори з Зеленським у Києві.\n"
                "Четвер.\nДрони атакували Чернігів.")
    assert got == {"CONSULT:planned": "2025-11-12", "ASSAULT:occurred": "2025-11-06"}, got

"""Event times of part L25 (issues 16 and 17), on sentences written for these tests; the
full pipeline.

1. The items of a day's schedule ("9:30 – нарада ...; 16:00 – зустріч ...") are told in one
   sentence but are happenings apart, each at its own clock time.
2. When the time nearest a trigger lies on the other side of the report's date (a ceasefire
   agreed today "з 1 березня"), another time of its clause that fits dates it.
3. A day and its clock time after "о" ("18 березня о 10:00") date an event by the clock time.
4. A time told in a relative or contrasted clause ("з яким востаннє бачився в березні", "...,
   а 3 квітня прибув до Харкова") frames no sentence after it: the next sentence's event stays
   undated (a report's content after "повідомив, що" still frames what follows).
5. What goes on in the future ("У понеділок триватимуть консультації") is planned.
6. A happening named by a noun after the past verb that reports it, on a day to come
   ("оголосив про зустріч з виборцями у середу"), is planned at that day; a day to come in
   the phrase after a verb's act ("домовилися про перемир'я з 1 травня") is not its time.
7. A meeting told with no verb at an hour of the report's day ("16:00 – зустріч ...") is an
   item of the day's schedule: planned, not going on.
8. A recurring time the timex layer reads ("Щочетверга уряд проводить засідання") tells a
   habit, no one happening, as "щодня" does."""
from __future__ import annotations

from khronika.pipeline import analyze


def events_of(text: str, date: str):
    return [(e.type, e.trigger.text, (e.time or {}).get("value")) for e in analyze(text, date).events]


def test_schedule_items_are_apart_each_at_its_time():
    evs = events_of("Розклад на четвер: 9:30 – зустріч міністра закордонних справ з послом Канади; "
                    "16:00 – зустріч прем'єр-міністра з делегацією Литви.", "2024-10-14")
    times = sorted(t for ty, _, t in evs if ty == "CONSULT")
    assert times == ["2024-10-17T09:30", "2024-10-17T16:00"], evs


def test_a_day_and_its_clock_time_in_one_sentence_stay_one_event():
    evs = events_of("Сьогодні о 15:00 міністр зустрівся з послом Японії, а потім провів переговори з ним.",
                    "2024-10-14")
    assert len([e for e in evs if e[0] == "CONSULT"]) == 1, evs


def test_another_time_of_the_clause_dates_what_was_done():
    evs = events_of("Учора у Мінську лідери чотирьох країн домовилися про припинення вогню з 1 березня.",
                    "2023-02-20")
    assert ("AGREE", "домовилися", "2023-02-19") in evs, evs


def test_a_clock_time_after_its_day_dates_the_event():
    evs = events_of("Переговори делегацій відбудуться 18 березня о 10:00 у Варшаві.", "2025-03-10")
    assert any(t == "2025-03-18T10:00" for _, _, t in evs), evs


def test_a_contrasted_clause_time_frames_no_next_sentence():
    evs = events_of("Прем'єр-міністр говорив з послом Японії, а 3 квітня прибув до Харкова. "
                    "Він також провів переговори з послом Франції.", "2025-04-07")
    assert [t for ty, trig, t in evs if ty == "CONSULT" and trig == "переговори"] == [None], evs


def test_a_relative_clause_time_frames_no_next_sentence():
    evs = events_of("Міністр зустрівся з колегою з Польщі, з яким востаннє бачився в березні. "
                    "Він також провів переговори з послом Японії.", "2025-04-07")
    assert all(t is None for ty, _, t in evs if ty == "CONSULT"), evs


def test_a_time_opening_the_sentence_still_frames_the_next():
    evs = events_of("Вчора російські війська обстріляли Харків. Вони також атакували дронами Суми.", "2025-04-07")
    assert [t for ty, _, t in evs if ty == "ASSAULT"] == ["2025-04-06", "2025-04-06"], evs


def test_going_on_in_the_future_is_planned():
    from khronika.pipeline import analyze
    evs = analyze("Увесь день у вівторок триватимуть консультації делегацій України та Польщі.", "2024-05-13").events
    assert [e.status for e in evs if e.type == "CONSULT"] == ["planned"]


def test_an_announced_meeting_on_a_day_to_come_is_planned():
    from khronika.pipeline import analyze
    evs = [e for e in analyze("Штаб кандидата оголосив про зустріч з виборцями у середу.", "2019-04-22").events
           if e.type == "CONSULT"]
    assert [(e.status, (e.time or {}).get("value")) for e in evs] == [("planned", "2019-04-24")]



def test_a_verbless_meeting_at_an_hour_of_the_day_is_planned():
    from khronika.pipeline import analyze
    evs = analyze("Програма дня: 12:00 – переговори міністра закордонних справ з послом Канади.", "2024-10-14").events
    assert [(e.status, (e.time or {}).get("value")) for e in evs if e.type == "CONSULT"] == \
        [("planned", "2024-10-14T12:00")]


def test_a_meeting_today_with_no_hour_still_goes_on():
    from khronika.pipeline import analyze
    evs = analyze("Сьогодні – переговори з президентом Франції.", "2024-10-14").events
    assert [e.status for e in evs if e.type == "CONSULT"] == ["ongoing"]


def test_a_recurring_day_tells_a_habit():
    evs = events_of("Щовівторка міністр проводить наради з губернаторами.", "2024-10-14")
    assert not [e for e in evs if e[0] == "CONSULT"], evs

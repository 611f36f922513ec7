"""Event time from the story told before (issue 16, part T15): an event whose sentence names
no time takes the one time the paragraph told just before it, when its past verb tells it as
done by then, or its future verb as planned for a time still to come; a new paragraph, a
sentence turning to another time or to the present, a relative clause and a since-phrase lend
none. Since part L27 only a sentence that goes on with the story takes its time: one that
says so ("Тоді ж", "Після цього") or tells what the same doers did next, or follows a time
told with no happening of its own (it framed the story); a new happening by others, a background fact and a speaker's own words in a quote take none. An event told over a range of days ("з 1 по 3 березня") keeps the range: its first day as
`value`, its last as `end`. Sentences written for these tests, documents of several years; the full pipeline."""
from __future__ import annotations

import pytest

from event_helpers import time_of


@pytest.mark.parametrize("date,text,trigger,value", [
    # a visit's day goes on in the next sentence
    ("2025-03-01", "Вчора Президент прибув до Вашингтона. Він провів зустріч з Трампом.",
     "зустріч", "2025-02-28"),
    ("2024-11-05", "Минулого тижня міністр оборони відвідав Харків. Він зустрівся з командирами бригад.",
     "зустрівся", "2024-W44"),
    # through an undated past sentence to the third
    ("2023-06-10", "8 червня делегація Японії прибула до Києва. Гості поклали квіти до Стіни пам'яті. "
     "Міністри підписали меморандум про співпрацю.", "підписали", "2023-06-08"),
    # a news item on strikes; a summit's report
    ("2022-12-06", "5 грудня ворог випустив по Україні понад 70 ракет. Більшість з них збили сили ППО. "
     "Ракети влучили в енергетичні об'єкти Одеси.", "влучили", "2022-12-05"),
    ("2024-07-11", "Сьогодні у Вашингтоні завершився саміт НАТО. Лідери ухвалили декларацію.",
     "ухвалили", "2024-07-11"),
    ("2025-08-25", "Минулої неділі Україна відзначила День Незалежності. "
     "Президент провів зустріч з міністром оборони Канади.", "зустріч", "2025-08-24"),
    # a quote that tells its own story goes on with it
    ("2024-03-12", "«Вчора ми зустрілися з Дудою. Ми домовилися про нові поставки зброї», – сказав президент.",
     "домовилися", "2024-03-11"),
    # a sentence that says it goes on at that time, whoever acts in it
    ("2024-03-12", "Вчора Росія атакувала Харків ракетами. Тоді ж президент провів нараду з військовими.",
     "нараду", "2024-03-11"),
    ("2024-03-12", "У понеділок Президент прибув до Варшави. Після цього уряд Польщі ухвалив рішення про "
     "новий пакет допомоги.", "пакет допомоги", "2024-03-11"),
    # what is planned for a time to come
    ("2025-05-12", "Наступного тижня відбудеться саміт ЄС. Лідери ухвалять новий пакет санкцій.",
     "санкцій", "2025-W21"),
])
def test_the_story_time_dates_the_next_undated_sentence(date, text, trigger, value):
    assert time_of(text, date, trigger) == value


@pytest.mark.parametrize("date,text,trigger", [
    ("2025-03-01", "Вчора Президент прибув до Вашингтона.\n\nВін провів зустріч з Трампом.", "зустріч"),
    ("2025-03-01", "Вчора Президент прибув до Вашингтона. Нагадаємо, він уже проводив зустріч з Трампом.",
     "зустріч"),
    # the story turns to the present
    ("2025-05-12", "Вчора ворог обстріляв Херсон. Окупанти постійно знищують інфраструктуру. "
     "Росія заблокувала порти.", "заблокувала"),
    # a plan told after a past day: no day of its own
    ("2025-05-12", "Вчора відбулися переговори з Польщею. Ми обговоримо санкції з партнерами.", "обговоримо"),
    ("2026-01-15", "Учора в Давосі Президент зустрівся з канцлером Німеччини. "
     "Сторони підпишуть декларацію про співпрацю.", "підпишуть"),
    # a since-phrase is no day of a happening
    ("2024-04-02", "З 1 березня бригада тримала оборону під Авдіївкою. Ворог обстріляв позиції з артилерії.",
     "обстріляв"),
    # a new happening by other doers, a background fact, a speaker's own words: the time told
    # before governs none of them (GUIDELINES)
    ("2024-03-12", "Вчора Росія атакувала Харків ракетами. Президент провів нараду з військовими.", "нараду"),
    ("2024-03-12", "Вчора президент зустрівся з Дудою. Польща передала Україні 300 танків.", "передала"),
    ("2024-03-12", "Вчора президент зустрівся з Дудою. «Ми домовилися про нові поставки зброї», – сказав він.",
     "домовилися"),
    # a plan after a past week
    ("2023-09-20", "Минулого тижня уряд Канади оголосив про новий пакет допомоги. "
     "Оттава передасть Україні 50 бронемашин.", "передасть"),
])
def test_no_story_time_where_the_story_moved_on(date, text, trigger):
    assert time_of(text, date, trigger) is None


def test_a_relative_clause_tells_of_its_antecedent_not_of_the_day():
    from khronika.pipeline import analyze
    evs = analyze("Сьогодні ракета влучила в лікарню. Це одна з тисяч ракет, які вдарили по нашій землі.",
                  "2025-05-12").events
    assert all(e.time is None for e in evs if e.trigger.text == "вдарили")
    # after a preposition too: the agreement was reached before the exchange it led to
    evs = analyze("Сьогодні відбувся обмін полоненими. Це результат обміну, про який домовились "
                  "у Стамбулі.", "2025-06-10").events
    assert all(e.time is None for e in evs if e.trigger.text == "домовились"), \
        [(e.trigger.text, e.time) for e in evs]


@pytest.mark.parametrize("date,text,trigger,value,end", [
    ("2025-03-05", "З 1 по 3 березня делегація перебувала в Саудівській Аравії, де провела переговори "
     "з американською стороною.", "переговори", "2025-03-01", "2025-03-03"),
    ("2025-03-05", "1-3 березня в Брюсселі тривав саміт ЄС.", "саміт", "2025-03-01", "2025-03-03"),
    ("2023-10-20", "Переговори в Женеві тривали з 2 до 13 жовтня.", "Переговори", "2023-10-02", "2023-10-13"),
])
def test_an_event_told_over_a_range_of_days_keeps_the_range(date, text, trigger, value, end):
    from khronika.pipeline import analyze
    evs = [e for e in analyze(text, date).events if e.trigger.text == trigger]
    assert evs and evs[0].time == {"value": value, "mod": None, "end": end}, [e.time for e in evs]


def test_days_heading_a_report_line_date_what_it_tells_next():
    # "Два дні – ...": the last two days up to the document date
    from khronika.pipeline import analyze
    evs = analyze("Два дні – Харківщина, Сумщина. Зустрівся з командирами бригад.", "2024-05-10").events
    talks = [e for e in evs if e.trigger.text == "Зустрівся"]
    assert talks and talks[0].time == {"value": "2024-05-09", "mod": None, "end": "2024-05-10"}


def test_the_store_reads_an_event_range_to_its_last_day():
    import datetime as dt
    from khronika.chronicle.timerange import time_range
    assert time_range({"value": "2025-03-01", "mod": None, "end": "2025-03-03"}) == \
        (dt.date(2025, 3, 1), dt.date(2025, 3, 3))
    assert time_range({"value": "2025-03", "mod": None}) == (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


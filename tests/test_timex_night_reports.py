"""Times of day in oblast administrations' night reports and the General Staff's summaries
(issue 17, part L23): "Станом на ранок", "на світанку", "надвечір",
"ополудні" are parts of the report's day, "ввечері п'ятниці" of that weekday; "на ранок" a meeting is put off to, or a dawn waited
for, is no time, nor is a saying's "перед світанком". Sentences written for these tests."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


@pytest.mark.parametrize("text,value", [
    ("Станом на ранок у лікарнях залишаються семеро поранених.", "2025-11-26TMO"),
    ("Станом на вечір рятувальники розібрали завали.", "2025-11-26TEV"),
    ("На світанку ворожі дрони атакували Ізюм.", "2025-11-26TMO"),
    ("Надвечір ворог знову обстріляв Куп'янськ.", "2025-11-26TEV"),
    ("Ополудні в Полтаві оголосили тривогу.", "2025-11-26T12:00"),
])
def test_a_part_of_the_reports_day(pipe, text, value):
    assert [v for _, v in timexes_of(pipe, text, "2025-11-26")] == [value]


@pytest.mark.parametrize("text", [
    # negatives: what a thing is put off to, a dawn waited for
    "Нараду перенесли на ранок.",
    "Мешканці чекали світанку в укритті.",
    "Найтемніше завжди перед світанком.",
])
def test_no_time_without_the_word_that_makes_one(pipe, text):
    assert timexes_of(pipe, text, "2025-11-26") == []


@pytest.mark.parametrize("text,want", [
    ("Ввечері п'ятниці окупанти обстріляли Бериславщину.", ("Ввечері п'ятниці", "2025-11-21TEV")),
    ("Вранці понеділка ворожий дрон атакував Сумщину.", ("Вранці понеділка", "2025-11-24TMO")),
    ("Увечері неділі в Полтаві відбудеться концерт.", ("Увечері неділі", "2025-11-30TEV")),
    # negatives: a part of the day alone is the report's day; a night named by its weekday
    # keeps its own reading
    ("Ввечері окупанти обстріляли Бериславщину.", ("Ввечері", "2025-11-26TEV")),
    ("Вночі проти п'ятниці ворог атакував Ізюм.", ("Вночі проти п'ятниці", "2025-11-21TNI")),
])
def test_a_part_of_a_weekday_named_after_it(pipe, text, want):
    assert want in timexes_of(pipe, text, "2025-11-26")

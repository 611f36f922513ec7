"""The year and day a story fixes for time expressions written without them (issue 17, part
T15), on sentences written for these tests, documents of several years and genres: a day,
month or season named bare in a past story takes the year the sentence before opened with
("У 2022 році ... 24 лютого"), or the year told before "тоді"; a famous day named as an era
("з часів 11 вересня") keeps its own year; "80-ті роковини" count an anniversary, no decade;
"цього вечора" is the document's evening even after a night told before it; "наступного
тижня" told in the past is the week after the day told.

A case lists the document date, the text and the (span, value) pairs that must be among its
timexes (others may be found beside them)."""
from __future__ import annotations

import pytest

from timex_cases import found


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


STORY = [
    # memory and history: the year the story opened with
    ("2025-02-25", "У 2022 році все змінилося. 24 лютого о 4 ранку почалися удари по наших містах.",
     [("24 лютого", "2022-02-24"), ("4 ранку", "2022-02-24T04:00")]),
    ("2026-02-24", "Чотири роки тому Росія розпочала повномасштабне вторгнення. Тоді, 24 лютого, "
     "ніхто не знав, що буде далі.", [("24 лютого", "2022-02-24")]),
    ("2025-11-14", "У 2013 році студенти вийшли на Майдан. В ніч на 30 листопада їх жорстоко розігнали.",
     [("ніч на 30 листопада", "2013-11-30TNI")]),
    # regional news, sport, farming: a month or a season of the year told
    ("2024-10-02", "У 2019 році громада отримала кошти на нову школу. У вересні її відкрили для учнів.",
     [("вересні", "2019-09")]),
    ("2023-06-12", "Торік наша команда виборола кубок. Навесні хлопці тренувалися щодня.",
     [("Навесні", "2022-SP")]),
    ("2026-05-10", "У 2023 році фермери зібрали рекордний урожай. Восени ціни на зерно впали.",
     [("Восени", "2023-FA")]),
    # a famous day named as an era
    ("2025-09-12", "Світ не був таким крихким з часів 11 вересня.", [("11 вересня", "2001-09-11")]),
    ("2025-06-30", "Від часу 24 лютого наша армія звільнила сотні населених пунктів.",
     [("24 лютого", "2022-02-24")]),
    # "цього вечора" after "минулої ночі": the document's evening
    ("2026-03-01", "Минулої ночі ворог атакував Одесу дронами. Цього вечора Президент звернувся до громадян.",
     [("Минулої ночі", "2026-02-28TNI"), ("Цього вечора", "2026-03-01TEV")]),
    ("2025-03-12", "Вчора делегації провели зустріч. Цього вечора міністр дав інтерв'ю.",
     [("Цього вечора", "2025-03-12TEV")]),
]

# "наступного тижня / місяця / року" in a past story: the period after the time told
NEXT = [
    ("2025-06-20", "2 березня 2022 року окупанти захопили Херсон. Наступного тижня почалися масові протести.",
     [("Наступного тижня", "2022-W10")]),
    ("2025-06-20", "10 травня делегації провели переговори. Наступного тижня відбувся обмін полоненими.",
     [("Наступного тижня", "2025-W20")]),
    ("2024-01-15", "Завод запустили 12 вересня 2023 року. Наступного місяця він випустив першу партію.",
     [("Наступного місяця", "2023-10")]),
    ("2025-06-20", "Влітку 2023 року почався контрнаступ. Наступного року ворог перейшов у наступ.",
     [("Наступного року", "2024")]),
]

KEPT = [
    # what is to come after a day told: the document's next week (GUIDELINES)
    ("2025-06-20", "15 червня ми провели переговори. Наступного тижня відбудеться новий раунд.",
     [("Наступного тижня", "2025-W26")]),
    # what is to come, a new paragraph, a year summed over or a year inside a clause of its
    # own sentence: the nearest year, as before
    ("2025-02-25", "У 2022 році ми отримали перші системи. 5 березня відбудеться нова зустріч.",
     [("5 березня", "2025-03-05")]),
    ("2024-03-20", "За 2023 рік бюджет виконали на 98 відсотків. 5 березня відбулося засідання комісії.",
     [("5 березня", "2024-03-05")]),
    ("2025-02-25", "У 2014 році Росія анексувала Крим.\n\n24 лютого ми вшанували загиблих.",
     [("24 лютого", "2025-02-24")]),
    ("2025-02-25", "Ще у 2014 році Росія почала війну, а 24 лютого вшанували загиблих.",
     [("24 лютого", "2025-02-24")]),
    ("2026-02-02", "Торік в Україну надійшло 40 мільярдів доларів. У січні надійшов перший транш цього року.",
     [("січні", "2026-01")]),
    ("2025-03-10", "Кабмін ухвалив постанову ще у 2023 році. Нова редакція набула чинності 1 березня.",
     [("1 березня", "2025-03-01")]),
    ("2025-09-12", "Сьогодні 11 вересня, і ми вшановуємо пам'ять загиблих.",
     [("11 вересня", "2025-09-11")]),
    ("2024-06-20", "У 1990-х роках Україна віддала ядерну зброю.", [("1990-х роках", "199")]),
    ("2024-06-20", "Це сталося у 80-ті роки минулого століття.", [("80-ті роки минулого століття", "198")]),
]


@pytest.mark.parametrize("date,text,want", STORY, ids=[c[1][:40] for c in STORY])
def test_a_story_fixes_the_year_of_a_bare_day(pipe, date, text, want):
    got = found(pipe, text, date)
    for span, value in want:
        assert (span, value) in got, (span, value, sorted(got))


@pytest.mark.parametrize("date,text,want", NEXT, ids=[c[1][:40] for c in NEXT])
def test_the_next_period_of_a_past_story_follows_the_time_told(pipe, date, text, want):
    got = found(pipe, text, date)
    for span, value in want:
        assert (span, value) in got, (span, value, sorted(got))


@pytest.mark.parametrize("date,text,want", KEPT, ids=[c[1][:40] for c in KEPT])
def test_nearest_year_where_no_story_fixes_one(pipe, date, text, want):
    got = found(pipe, text, date)
    for span, value in want:
        assert (span, value) in got, (span, value, sorted(got))


@pytest.mark.parametrize("text", [
    "Сьогодні 80-ті роковини депортації кримськотатарського народу.",
    "Минулого тижня відзначали 30-ті роковини заснування університету.",
])
def test_an_anniversary_ordinal_is_no_decade(pipe, text):
    got = found(pipe, text, "2024-05-18")
    assert not any(v in ("198", "193") for _, v in got), sorted(got)


@pytest.mark.parametrize("text", ["Теракти 11 вересня змінили світ.",
                                  "Пам'ятаєте 11 вересня, той жахливий ранок?",
                                  "Згадайте 11 вересня і ті вежі."])
def test_a_famous_day_recalled_keeps_its_year(pipe, text):
    assert ("11 вересня", "2001-09-11") in found(pipe, text, "2022-03-16")


def test_a_day_to_come_is_not_a_famous_one(pipe):
    assert ("11 вересня", "2022-09-11") in found(pipe, "Засідання відбудеться 11 вересня.", "2022-03-16")

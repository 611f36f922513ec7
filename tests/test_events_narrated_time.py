"""Events: the time of a happening as written, never a day the text does not give (issue 16,
part D18). A count "із 24 лютого" runs from that day to now and dates no one happening; an
hour of a day the text recalls is not the document's hour; a year recalled in the sentence
before ("Пам'ятаємо весну 2022 року", "минуло від терактів 2001 року") is the year of the bare
day after it. Sentences written for these tests; the full pipeline."""
from __future__ import annotations

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import analysed as analyzed


def times(text: str, date: str, type_: str) -> list:
    return [e.time["value"] if e.time else None for e in analyzed(text, date).events if e.type == type_]


def test_the_lists_are_data():
    assert "тисяча" in lexicon().word_list("since_count_words")
    from khronika.extract.timex.lexicon import lexicon as timex_lexicon
    assert "пам'ятати" in timex_lexicon().recalling_verbs and "минути" in timex_lexicon().recalling_verbs


def test_a_count_since_a_day_is_no_happening_on_that_day():
    assert times("Із 24 лютого окупанти зруйнували понад 300 закладів культури.", "2022-07-01", "ASSAULT") == [None]
    assert times("З 1 березня окупанти пошкодили тисячі будинків на Київщині.", "2022-05-20", "ASSAULT") == [None]


def test_a_change_from_a_day_keeps_that_day():
    assert times("З 1 січня Україна припинила транзит російського газу.", "2025-01-03", "SANCTION") == ["2025-01-01"]


def test_congratulating_with_a_holiday_is_no_start():
    assert times("Росія «привітала» нас з Різдвом ракетним ударом по Херсону і майже 30 пораненими.",
                 "2023-12-26", "ASSAULT") == ["2023-12-25"]


def test_an_hour_of_a_recalled_morning_is_not_the_documents_hour():
    text = ("Два роки тому все змінилося. Ніхто з нас не забуде той світанок. "
            "О п'ятій годині росіяни вдарили по Броварах.")
    assert times(text, "2024-02-24", "ASSAULT") == [None]


def test_an_hour_of_today_keeps_today():
    assert times("О п'ятій ранку росіяни вдарили по Броварах.", "2024-02-24", "ASSAULT") == ["2024-02-24T05:00"]
    assert times("Учора ворог атакував Суми. О третій годині ночі ракета влучила в лікарню.",
                 "2024-06-12", "ASSAULT")[0] == "2024-06-11"


def test_a_recalled_year_dates_the_bare_day_after_it():
    text = "Пам'ятаємо осінь 2022 року. 10 жовтня росіяни масовано вдарили по енергетиці Києва."
    assert times(text, "2024-10-12", "ASSAULT") == ["2022-10-10"]
    text = "Вісім років минуло від трагедії 2014 року. 17 липня над Донбасом було збито пасажирський літак."
    assert [x.value for x in analyzed(text, "2022-07-20").timexes if x.text == "17 липня"] == ["2014-07-17"]


def test_a_year_of_a_past_act_leaves_the_next_day_alone():
    text = "Уряд ухвалив цю програму ще у 2023 році. Наступні зміни набули чинності 1 березня."
    values = [x.value for x in analyzed(text, "2025-03-05").timexes if x.text == "1 березня"]
    assert values == ["2025-03-01"]


def test_a_famous_day_in_what_is_remembered_keeps_its_year():
    text = "Ми досі пам'ятаємо, як 11 вересня терористи спрямували літаки на вежі в Нью-Йорку."
    assert [x.value for x in analyzed(text, "2023-09-11").timexes if x.text == "11 вересня"] == ["2001-09-11"]
    text = "Кожен з нас пам'ятає, коли 24 лютого почалися вибухи."
    assert [x.value for x in analyzed(text, "2024-02-24").timexes if x.text == "24 лютого"] == ["2022-02-24"]


def test_another_remembered_day_is_the_last_one_gone():
    text = "Я пам'ятаю, як 3 березня ми виїхали до Львова."
    assert [x.value for x in analyzed(text, "2023-09-11").timexes if x.text == "3 березня"] == ["2023-03-03"]


def test_that_morning_after_a_recalled_hour_lends_no_day():
    text = ("Два роки тому, о п'ятій ранку, окупанти почали обстріли Харкова. Я добре пам'ятаю "
            "той ранок. Ракети влучили в Чугуїв і Бориспіль.")
    assert times(text, "2024-02-24", "ASSAULT")[-1] is None


def test_that_evening_after_yesterday_is_yesterdays():
    assert times("Учора ворог атакував Суми. Того вечора ракета влучила в школу.",
                 "2024-06-12", "ASSAULT")[0] == "2024-06-11"


def test_an_hour_with_a_day_of_its_own_keeps_it_after_an_old_story():
    text = ("У 2022 році окупанти зруйнували цей міст. О 10:00 сьогодні його відкрили після "
            "ремонту, а о 12:00 ворог атакував його дронами.")
    assert "2024-06-12T12:00" in times(text, "2024-06-12", "ASSAULT")


def test_a_day_beside_that_day_is_never_the_documents_own():
    text = "Того дня, 24 лютого, нас розбудили вибухи. Російські ракети влучили в Бровари."
    assert times(text, "2024-02-24", "ASSAULT") == ["2022-02-24"]
    text = "Того ранку, 5 березня, окупанти обстріляли Бучу."
    assert times(text, "2023-03-05", "ASSAULT") == ["2022-03-05"]

"""Time phrases around a noun or a number in words (khronika/extract/timex/phrases.py), on
sentences written for these tests: adjectival and demonstrative days, the new week, vague
counts, days of the war, decades, centuries, short years, clock times in words, and the
guards that keep look-alikes out."""
from __future__ import annotations

import pytest

from khronika.document import Document, parse_date


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


def run(pipe, text, date="2025-12-03"):
    doc = pipe(Document(text=text, date=parse_date(date) if date else None))
    return [(t.text, t.type, t.value, t.mod) for t in sorted(doc.timexes, key=lambda t: t.start)]


def values(pipe, text, date="2025-12-03"):
    return [(t[1], t[2]) for t in run(pipe, text, date)]


@pytest.mark.parametrize("text,span,value", [
    ("Сьогоднішній день приніс добрі новини.", "Сьогоднішній день", "2025-12-03"),
    ("Готуємося і на завтрашній день.", "завтрашній день", "2025-12-04"),
    ("Підсумки вчорашнього дня такі.", "вчорашнього дня", "2025-12-02"),
    ("Про сьогоднішнє засідання уряду скажу окремо.", "сьогоднішнє", "2025-12-03"),
    ("Дякую всім за цей день.", "цей день", "2025-12-03"),
    ("Цієї доби рятувальники працювали без перерви.", "Цієї доби", "2025-12-03"),
    ("Минулої доби сили оборони відбили шість атак.", "Минулої доби", "2025-12-02"),
    ("Наступного дня делегація повернулася додому.", "Наступного дня", "2025-12-04"),
])
def test_days_named_by_adjective_or_determiner(pipe, text, span, value):
    got = run(pipe, text)
    assert (span, "DATE", value, None) in got


def test_this_day_after_a_named_day_is_that_day(pipe):
    got = run(pipe, "Позавчора, у цей день, над містом було тихо.")
    assert [g[2] for g in got] == ["2025-12-01", "2025-12-01"]


def test_that_day_takes_the_day_named_before_and_nothing_alone(pipe):
    got = run(pipe, "Переговори пройшли 5 листопада. Того дня сторони підписали меморандум.")
    assert got[-1][:3] == ("Того дня", "DATE", "2025-11-05")
    assert run(pipe, "Того дня ми вперше зустрілися.") == []


def test_every_next_day_is_not_a_date(pipe):
    assert run(pipe, "Кожен наступний день коштує нам дорого.") == []


def test_adjectival_morning_is_a_time(pipe):
    assert values(pipe, "Сьогоднішній ранок почався з тривоги.") == [("TIME", "2025-12-03TMO")]


@pytest.mark.parametrize("date,value", [("2025-12-07", "2025-W50"), ("2025-12-03", "2025-W49")])
def test_new_week_is_the_next_one_at_a_weekend(pipe, date, value):
    got = run(pipe, "Починаємо новий робочий тиждень із зустрічей.", date)
    assert got == [("новий робочий тиждень", "DATE", value, None)]


@pytest.mark.parametrize("text,expected", [
    ("Рятувальники працювали увесь день.", ("DURATION", "P1D")),
    ("За кілька днів ми провели двадцять зустрічей.", ("DURATION", "PXD")),
    ("Відповідь надійшла за декілька хвилин.", ("DURATION", "PTXM")),
    ("Ця проблема існувала десятки років.", ("DURATION", "PXY")),
    ("Протягом місяців ми просили про це.", ("DURATION", "PXM")),
    ("Роками ці села жили без газу.", ("DURATION", "PXY")),
    ("Ще кілька місяців тому це здавалося неможливим.", ("DATE", "PAST_REF")),
    ("Через кілька тижнів буде нове рішення.", ("DATE", "FUTURE_REF")),
    ("Ці громади дружать понад тисячу років.", ("DURATION", "P1000Y")),
])
def test_whole_and_vague_durations(pipe, text, expected):
    assert values(pipe, text) == [expected]


@pytest.mark.parametrize("text,value,mod", [
    ("Завершується 81-й день нашої оборони.", "2022-05-15", None),
    ("Сьогодні сотий день повномасштабної війни.", "2022-06-03", None),
    ("Звернення наприкінці 300-го дня повномасштабного вторгнення.", "2022-12-20", "END"),
    ("Це вже п'ятсот п'ятдесят дев'ятий день війни.", "2023-09-05", None),
    ("З першого дня вторгнення він захищає місто.", "2022-02-24", None),
    ("З перших днів війни громада допомагала армії.", "2022-02-24", None),
    ("Від початку повномасштабного вторгнення зруйновано сотні шкіл.", "2022-02-24", None),
])
def test_days_of_the_war(pipe, text, value, mod):
    got = [g for g in run(pipe, text, "2023-09-05") if g[2] not in ("2023-09-05",) or "день" in g[0]
           or "дня" in g[0]]
    assert (value, mod) in [(g[2], g[3]) for g in got]


def test_war_days_are_not_counts_or_future(pipe):
    # a count of days stays a duration; a day past the document date is no war day
    assert values(pipe, "Минуло 34 дні вторгнення.", "2022-05-01") == [("DURATION", "P34D")]
    assert values(pipe, "Це 400-й день війни.", "2022-05-01") == []
    assert values(pipe, "Це 5-й день війни.", "2021-05-01") == []


@pytest.mark.parametrize("text,value,mod", [
    ("У 1940-х роках тут була фабрика.", "194", None),
    ("Наприкінці 1980-х років почався рух за незалежність.", "198", "END"),
    ("У 90-х роках підприємство закрили.", "199", None),
    ("Найстрашніші війни ХХ століття почалися в Європі.", "19", None),
    ("На початку XXI століття місто відбудували.", "20", "START"),
    ("Це було ще в минулому столітті.", "19", None),
    ("Це сталося у 17-му році.", "2017", None),
    ("Незалежність ми здобули 1991-го.", "1991", None),
    ("У дві тисячі двадцять другому році все змінилося.", "2022", None),
])
def test_decades_centuries_and_years_in_short_or_words(pipe, text, value, mod):
    got = run(pipe, text)
    assert len(got) == 1 and got[0][1:] == ("DATE", value, mod)


@pytest.mark.parametrize("text,value", [
    ("О четвертій годині ранку пролунали вибухи.", "2025-12-03T04:00"),
    ("Об одинадцятій вечора оголосили тривогу.", "2025-12-03T23:00"),
    ("Засідання почнеться о другій дня.", "2025-12-03T14:00"),
    ("Колона вирушила о 5 ранку.", "2025-12-03T05:00"),
])
def test_clock_times_in_words(pipe, text, value):
    assert values(pipe, text) == [("TIME", value)]


def test_year_named_just_before_a_day_is_its_year(pipe):
    got = run(pipe, "Минулого року 14 травня в місті відкрили меморіал.", "2022-05-14")
    assert [g[2] for g in got] == ["2021", "2021-05-14"]


@pytest.mark.parametrize("text,value", [
    ("Бюджет розписали на лютий.", "2026-02"),
    ("До лютого мають завершити ремонт.", "2026-02"),
])
def test_ambiguous_month_after_prepositions(pipe, text, value):
    assert values(pipe, text) == [("DATE", value)]


@pytest.mark.parametrize("text", [
    "Вітаю польських друзів із Днем Конституції Польщі.",
    "Посол привітав нас із Днем незалежності США.",
    "Скоро в Україні буде два Дні Перемоги.",
    "Удари сталися напередодні безумовно важливих днів.",
    "На лютий мороз ніхто не зважав.",
])
def test_look_alikes_are_no_timex(pipe, text):
    got = run(pipe, text)
    assert all(g[1] != "DURATION" for g in got)
    assert all(not g[2].endswith(("-06-28", "-08-24", "-12-02")) and g[2] != "2026-02"
               for g in got)


def test_own_independence_day_stays(pipe):
    assert values(pipe, "Вітаю з Днем Незалежності України!", "2025-08-20") == [("DATE", "2025-08-24")]


@pytest.mark.parametrize("text,value", [
    ("Іде 16-й день нашої визвольної війни.", "2022-03-11"),
    ("Триває п'ята доба повномасштабної війни.", "2022-02-28"),
    ("Ми тримаємося вже 16-й день. Ворог обстрілює наші міста.", "2022-03-11"),
])
def test_war_days_with_any_adjective_a_day_noun_or_none(pipe, text, value):
    assert ("DATE", value) in values(pipe, text, "2022-03-11")


def test_a_bare_ordinal_day_is_a_war_day_only_on_its_own_date(pipe):
    # on another date it is how long something has lasted, not a day of the war
    assert values(pipe, "Ми тримаємося вже 16-й день. Ворог обстрілює місто.", "2022-04-20") \
        == [("DURATION", "P16D")]
    assert values(pipe, "Це був другий день навчань.", "2022-03-11") == []


@pytest.mark.parametrize("text,expected", [
    ("Усе має бути готово до кінця дня.", ("DATE", "2025-12-03")),
    ("Щоранку о 9-й годині вмикаємо сирени.", ("SET", "XXXX-XX-XXT09:00")),
    ("Станом на цей ранок світла немає.", ("TIME", "2025-12-03TMO")),
    ("Ці мости звели десятиліття тому.", ("DATE", "PAST_REF")),
    ("Вони виїхали роки назад.", ("DATE", "PAST_REF")),
    ("За добу рятувальники евакуювали сто людей.", ("DURATION", "P1D")),
    ("Місто тримає оборону вже місяць.", ("DURATION", "P1M")),
    ("Частина громади без світла вже 1,5 доби.", ("DURATION", "P1.5D")),
])
def test_more_everyday_phrases(pipe, text, expected):
    assert values(pipe, text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Порт заблокований з першого дня її вторгнення.", ("DATE", "2022-02-24")),
    ("У перший же день цієї війни снаряди влучили в школу.", ("DATE", "2022-02-24")),
    ("Минув місяць повномасштабної війни.", ("DURATION", "P1M")),
    ("За останню добу зареєстровано сто заявок.", ("DURATION", "P1D")),
    ("Виплати триватимуть протягом 3-х місяців.", ("DURATION", "P3M")),
    ("Станом на цю хвилину відомо про двох поранених.", ("DATE", "PRESENT_REF")),
])
def test_war_possessives_war_lengths_last_units_and_counts_with_suffix(pipe, text, expected):
    assert values(pipe, text, "2022-03-25") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("У ніч на суботу ворог запустив дрони.", ("TIME", "2025-11-15TNI")),
    ("В ніч проти неділі ворог атакував порт.", ("TIME", "2025-11-16TNI")),
    ("До весни маємо відновити енергетику.", ("DATE", "2026-SP")),
])
def test_night_before_a_weekday_and_a_season_after_a_preposition(pipe, text, expected):
    assert values(pipe, text, "2025-11-20") == [expected]


def test_year_range_with_plural_marker(pipe):
    assert values(pipe, "Упродовж 2024–2025 років ми будували укриття.") == [
        ("DATE", "2024"), ("DATE", "2025")]


@pytest.mark.parametrize("text,expected", [
    # a month of the war is the calendar month holding most of it, no length
    ("Триває третій місяць повномасштабної війни.", [("DATE", "2022-05")]),
    ("Цього року буде два Дні Перемоги.", [("DATE", "2025")]),
    ("Ці угоди укладають на десятиліття вперед.", [("DURATION", "P1DE")]),
])
def test_ordinal_months_counted_holidays_and_decades_ahead(pipe, text, expected):
    assert values(pipe, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ремонт триватиме три-п’ять днів.", [("DURATION", "PXD")]),
    ("Відповідь надійде за 2–3 тижні.", [("DURATION", "PXW")]),
    ("Навчання тривають 2-3 місяці, а не два – три роки.", [("DURATION", "PXM"), ("DURATION", "PXY")]),
    ("Через 2-3 тижні міст відкриють.", [("DATE", "FUTURE_REF")]),
    ("Тривогу оголосили 3–4 години тому.", [("DATE", "PAST_REF")]),
    ("Було 5-3 на користь гостей.", []),
    ("Сторінки 2-3 додатка не змінились.", []),
])
def test_count_ranges_are_vague_counts(pipe, text, expected):
    assert values(pipe, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("У другій половині дня відбулася нарада.", [("TIME", "2025-12-03TAF")]),
    ("У першій половині дня штаб працював у Києві.", [("TIME", "2025-12-03TMO")]),
    ("У другій половині матчу гості забили гол.", []),
])
def test_halves_of_the_day(pipe, text, expected):
    assert values(pipe, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Сьогодні Міжнародний день захисту дітей.", [("DATE", "2025-12-03"), ("DATE", "2026-06-01")]),
    ("Вітаю медиків з Міжнародним днем медичної сестри!", [("DATE", "2026-05-12")]),
    ("Вітаю всіх із Днем Європи.", [("DATE", "2026-05-09")]),
    ("Готуємося до Дня Збройних Сил.", [("DATE", "2025-12-06")]),
    ("Всесвітній день здоров'я цього року присвятили лікарям.", [("DATE", "2025-04-07"), ("DATE", "2025")]),
    # another country's constitution day is that country's date (from the data), not 28 June
    ("Польща відзначає День Європи і День Конституції Польщі.",
     [("DATE", "2026-05-09"), ("DATE", "2026-05-03")]),
])
def test_international_and_state_days_of_fixed_date(pipe, text, expected):
    assert values(pipe, text) == expected


def test_time_of_day_dated_by_the_sentence_before(pipe):
    text = ("24 лютого 2022 року Росія почала повномасштабне вторгнення. О четвертій годині ранку "
            "ми почули перші вибухи. Вранці зібрали нараду.\n\nУвечері виступлю зі зверненням.")
    assert values(pipe, text) == [("DATE", "2022-02-24"), ("TIME", "2022-02-24T04:00"),
                                  ("TIME", "2022-02-24TMO"), ("TIME", "2025-12-03TEV")]


@pytest.mark.parametrize("text,expected", [
    ("За роки незалежності країна змінилася.", [("DURATION", "PXY")]),
    ("Після тижнів облоги місто вистояло.", [("DURATION", "PXW")]),
    ("Маріуполь уже тижні в облозі.", [("DURATION", "PXW")]),
    ("Наслідки відчуватимуть через роки.", [("DATE", "FUTURE_REF")]),
    ("Рано-вранці почався обстріл.", [("TIME", "2025-12-03TMO")]),
])
def test_vague_plural_units_and_early_morning(pipe, text, expected):
    assert values(pipe, text) == expected


@pytest.mark.parametrize("text,date,expected", [
    # the war's first day (24 February 2022) starts week 1, month 1 and year 1
    ("Триває третій місяць війни.", "2022-05-10", [("третій місяць війни", "DATE", "2022-05", None)]),
    ("На другому тижні вторгнення ворог змінив тактику.", "2022-06-01",
     [("другому тижні вторгнення", "DATE", "2022-W09", None)]),
    ("Почався другий рік повномасштабної війни.", "2023-03-01",
     [("другий рік повномасштабної війни", "DATE", "2023", None)]),
    # a month of the war still ahead of the document is no date of it
    ("Ми не допустимо, щоб настав десятий місяць війни.", "2022-05-10", []),
])
def test_weeks_months_and_years_of_the_war(pipe, text, date, expected):
    assert run(pipe, text, date) == expected


@pytest.mark.parametrize("text,date,span,value", [
    ("На Великдень ворог обстріляв Одесу.", "2022-04-26", "Великдень", "2022-04-24"),
    ("Великдень цього року припадає на травень.", "2024-03-01", "Великдень", "2024-05-05"),
    ("Трійця 2023 року була тихою.", "2024-03-01", "Трійця 2023 року", "2023-06-04"),
    ("Вербну неділю ми зустріли в укриттях.", "2022-04-20", "Вербну неділю", "2022-04-17"),
    # the Western churches' feast where the clause says so; the Orthodox one next to it
    ("Сьогодні християни західного обряду святкують Великдень.", "2022-04-17", "Великдень", "2022-04-17"),
    ("Католицький Великдень 2023 року припав на квітень.", "2024-03-01", "Великдень 2023 року", "2023-04-09"),
    ("За тиждень ми святкуватимемо Великдень.", "2022-04-17", "Великдень", "2022-04-24"),
])
def test_moveable_feasts_counted_from_orthodox_easter(pipe, text, date, span, value):
    assert (span, "DATE", value, None) in run(pipe, text, date)


def test_orthodox_easter_dates():
    from khronika.extract.timex.calendar import orthodox_easter
    import datetime as dt
    assert [orthodox_easter(y) for y in (1991, 2021, 2022, 2023, 2025)] == [
        dt.date(1991, 4, 7), dt.date(2021, 5, 2), dt.date(2022, 4, 24), dt.date(2023, 4, 16),
        dt.date(2025, 4, 20)]


@pytest.mark.parametrize("text,expected", [
    ("Щоранку ми отримуємо звіти з фронту.", [("Щоранку", "SET", "XXXX-XX-XXTMO", None)]),
    ("Штаб збирається щопонеділка.", [("щопонеділка", "SET", "XXXX-WXX-1", None)]),
    ("Ми чекали місяці й місяці на ці рішення.", [("місяці й місяці", "DURATION", "PXM", None)]),
    ("Роками й роками вони брехали.", [("Роками й роками", "DURATION", "PXY", None)]),
])
def test_sets_and_repeated_units(pipe, text, expected):
    assert run(pipe, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the suffix of an ordinal day after a no-break hyphen or written apart
    ("Указ підписали 9\u2011го травня.", [("9\u2011го травня", "DATE", "2025-05-09", None)]),
    ("Указ підписали 24 -го листопада.", [("24 -го листопада", "DATE", "2025-11-24", None)]),
    ("Зустріч відбулася 9-те листопада.", [("9-те листопада", "DATE", "2025-11-09", None)]),
    # "напередодні" before a named day is the day before it (part L27), not the day before the
    # document's
    ("Напередодні 9-го травня ворог обстріляв Одесу.",
     [("Напередодні 9-го травня", "DATE", "2025-05-08", None)]),
    ("Напередодні Великодня ворог обстріляв Одесу.", [("Напередодні Великодня", "DATE", "2025-04-19", None)]),
])
def test_ordinal_days_and_the_eve_of_a_named_day(pipe, text, expected):
    assert run(pipe, text) == expected


def test_time_of_day_dated_by_the_day_right_after_it(pipe):
    got = run(pipe, "Увечері 5 листопада ворог обстріляв Харків. О 10:00 7 листопада почалося засідання.")
    # one expression with the day it names (issue 17): one time, one value
    assert ("Увечері 5 листопада", "TIME", "2025-11-05TEV", None) in got
    assert ("10:00 7 листопада", "TIME", "2025-11-07T10:00", None) in got
    # with no day named, a clock time takes the document's day, not one paragraphs back
    got = run(pipe, "Увечері 5 листопада ворог обстріляв Харків.\n\nРятувальники працювали всю ніч."
                    "\n\nО 10:00 почалося засідання.")
    assert ("10:00", "TIME", "2025-12-03T10:00", None) in got


@pytest.mark.parametrize("text,date,expected", [
    # "через N років" counted from another time is a length, not a date ahead of the document
    ("Через 75 років після завершення війни все повторилося.", "2022-03-18",
     [("75 років", "DURATION", "P75Y", None)]),
    ("Через 80 років їх убивають вдруге.", "2022-03-18", [("80 років", "DURATION", "P80Y", None)]),
    ("Через 10 років Україна стане членом ЄС.", "2022-03-18", [("10 років", "DATE", "2032", None)]),
    # a future told from the past dates like the past; a month paid for is the nearest one
    ("Вони не знали, що їх буде очікувати після 24 лютого.", "2022-03-18",
     [("24 лютого", "DATE", "2022-02-24", None)]),
    ("Вони вже розпочали виплати пенсій за квітень.", "2022-03-25", [("квітень", "DATE", "2022-04", None)]),
    # the war's first day named as the day of the invasion; all its days are no date
    ("Звичайна політика закінчилась у день вторгнення Росії.", "2022-03-23",
     [("день вторгнення", "DATE", "2022-02-24", None)]),
    ("Сьогодні вперше за всі дні війни запрацював коридор.", "2022-05-01",
     [("Сьогодні", "DATE", "2022-05-01", None)]),
    # short years in a range, this month, a part of the day after "впродовж", every night
    ("Ми пам'ятаємо бої у 14-15-му роках.", "2022-03-01",
     [("14", "DATE", "2014", None), ("15-му роках", "DATE", "2015", None)]),
    ("Увесь цей березень ворог намагається увірватися.", "2022-03-31",
     [("цей березень", "DATE", "2022-03", None)]),
    ("Впродовж ночі окупанти обстрілювали місто.", "2022-04-02",
     [("ночі", "TIME", "2022-04-02TNI", None)]),
    ("Треба боротися кожного дня і кожної ночі.", "2022-04-02",
     [("кожного дня", "SET", "P1D", None), ("кожної ночі", "SET", "XXXX-XX-XXTNI", None)]),
    ("Сьогодні – Прощена неділя.", "2022-03-06",
     [("Сьогодні", "DATE", "2022-03-06", None), ("Прощена неділя", "DATE", "2022-03-06", None)]),
])
def test_lengths_counted_from_elsewhere_and_more_real_phrases(pipe, text, date, expected):
    assert run(pipe, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ближче до вечора ворог знову обстріляв місто.", [("Ближче до вечора", "TIME", "2025-12-03TEV", None)]),
    ("Від самого ранку тривають бої.", [("самого ранку", "TIME", "2025-12-03TMO", None)]),
    ("До самого вечора тривали переговори.", [("самого вечора", "TIME", "2025-12-03TEV", None)]),
    ("З раннього ранку лунали сирени.", [("раннього ранку", "TIME", "2025-12-03TMO", None)]),
    ("Глибокої ночі ворог запустив дрони.", [("Глибокої ночі", "TIME", "2025-12-03TNI", None)]),
    ("Під вечір надійшли добрі новини.", [("вечір", "TIME", "2025-12-03TEV", None)]),
    # no time without the intensifier or the approach: "до вечора" alone stays out as before
    ("Ми говорили до вечора.", []),
])
def test_day_parts_with_intensifiers_and_approach(pipe, text, expected):
    assert run(pipe, text) == expected


@pytest.mark.parametrize("text,date,expected", [
    # written in the war's third week (10-16 March 2022): its ISO week, as "третій тиждень війни"
    ("Уже третій тиждень українці захищають свою землю від окупантів. Війна не зупиняється.",
     "2022-03-12", [("третій тиждень", "DATE", "2022-W10", None)]),
    # in a text not about the war, the same words are how long something has lasted
    ("Уже третій тиждень ціни на пальне ростуть.", "2022-03-12",
     [("третій тиждень", "DURATION", "P3W", None)]),
    ("Третій місяць ми тримаємо оборону від ворога.", "2022-05-01",
     [("Третій місяць", "DATE", "2022-05", None)]),
    # written later, the week is someone else's count; a genitive says whose week it is
    ("Уже третій тиждень ціни ростуть.", "2023-03-12", [("третій тиждень", "DURATION", "P3W", None)]),
    ("Іде третій тиждень. Ворог обстрілює міста, окупанти грабують.", "2023-03-12", []),
    # (the third week of a month is its middle, as the second is: part L27)
    ("Третій тиждень березня видався холодним.", "2022-03-12",
     [("Третій тиждень березня", "DATE", "2022-03", "MID")]),
    # a count in digits is a length, whenever it is written
    ("2 тижні йде наша визвольна війна.", "2022-03-09", [("2 тижні", "DURATION", "P2W", None)]),
])
def test_a_bare_week_or_month_of_the_war_only_within_it(pipe, text, date, expected):
    assert run(pipe, text, date) == expected


@pytest.mark.parametrize("text,date,expected", [
    ("11 вересня 2001 року світ змінився. Після 11 вересня ми зрозуміли, що таке терор.", "2022-03-16",
     ["2001-09-11", "2001-09-11"]),
    ("Я згадую 11 вересня 2001 року. Тоді, 11 вересня, світ побачив зло.", "2022-03-16",
     ["2001-09-11", "2001-09-11"]),
    # told in the future, the same day and month is the next one
    ("24 лютого 2022 року почалася війна. 24 лютого ми вшануємо загиблих.", "2023-02-10",
     ["2022-02-24", "2023-02-24"]),
    # in another paragraph, or after a length of years, the nearest year again
    ("11 вересня 2001 року світ змінився.\n\nЗустріч відбулася 11 вересня.", "2022-09-20",
     ["2001-09-11", "2022-09-11"]),
    ("24 лютого 1920 року заснували партію. Через 102 роки, так само 24 лютого, віддали наказ.",
     "2022-03-20", ["1920-02-24", "P102Y", "2022-02-24"]),
])
def test_a_bare_day_repeating_a_full_date_takes_its_year(pipe, text, date, expected):
    assert [v for _, v in values(pipe, text, date)] == expected


@pytest.mark.parametrize("text,date,expected", [
    # the issue's list, each phrase with its value
    ("Уряд виплатить допомогу до кінця року.", "2026-01-20", [("кінця року", "DATE", "2026", "END")]),
    ("Від початку року ворог випустив тисячу дронів.", "2026-01-20",
     [("початку року", "DATE", "2026", "START")]),
    ("В ніч на 3 лютого ворог атакував Київ.", "2026-02-03", [("ніч на 3 лютого", "TIME", "2026-02-03TNI", None)]),
    # 24 February 2022 is day 1: day 82 is 16 May, said on the 17th after midnight
    ("Завершився 82-й день нашої оборони.", "2022-05-17", [("82-й день нашої оборони", "DATE", "2022-05-16", None)]),
    ("Сьогодні 82-й день. Окупанти обстрілюють Харків.", "2022-05-16",
     [("Сьогодні", "DATE", "2022-05-16", None), ("82-й день", "DATE", "2022-05-16", None)]),
    ("Сьогодні 1-й день війни.", "2022-02-24",
     [("Сьогодні", "DATE", "2022-02-24", None), ("1-й день війни", "DATE", "2022-02-24", None)]),
    # a bare count of days in a text not about the war is a length, even on the war's day
    ("Фестиваль триває вже 82-й день.", "2022-05-16", [("82-й день", "DURATION", "P82D", None)]),
    ("Сьогодні 82-й день марафону читання.", "2022-05-16", [("Сьогодні", "DATE", "2022-05-16", None)]),
])
def test_issue_list_phrases_and_war_day_arithmetic(pipe, text, date, expected):
    assert run(pipe, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    # "днями" is a few days back or ahead, as the verb says; none as a length
    ("Днями ворог обстріляв нафтопровід.", [("Днями", "DATE", "PAST_REF", None)]),
    ("Днями хвиля виплат охопить усі області.", [("Днями", "DATE", "FUTURE_REF", None)]),
    ("Днями й ночами їм не давали виходити.", []),
    # an adjective between a count and its unit
    ("Строк становитиме не більше десяти календарних днів.",
     [("десяти календарних днів", "DURATION", "P10D", None)]),
    ("За два минулих тижні надійшло багато вантажів.", [("два минулих тижні", "DURATION", "P2W", None)]),
])
def test_days_back_or_ahead_and_counts_with_an_adjective(pipe, text, expected):
    assert run(pipe, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Перші ж години вторгнення все змінили.", [("Перші ж години вторгнення", "DATE", "2022-02-24", None)]),
    ("Сьогодні – місяць російському вторгненню.",
     [("Сьогодні", "DATE", "2022-03-24", None), ("місяць російському вторгненню", "DURATION", "P1M", None)]),
])
def test_first_hours_and_the_war_in_the_dative(pipe, text, expected):
    assert run(pipe, text, "2022-03-24") == expected


@pytest.mark.parametrize("text,expected", [
    # a near-future range of days is a vague future
    ("Уряд ухвалить рішення завтра-післязавтра.", [("завтра-післязавтра", "DATE", "FUTURE_REF", None)]),
    # something other than the war running for n units: a length, not a war date
    ("Вже третій день у селі немає води.", [("третій день", "DURATION", "P3D", None)]),
    ("Уже п'яту добу триває страйк.", [("п'яту добу", "DURATION", "P5D", None)]),
    ("Вже третій день війни ми тримаємо оборону.", [("третій день війни", "DATE", "2022-02-26", None)]),
    ("Третій день поспіль іде дощ.", []),
    # "більш як тиждень": the length (the contract has no MORE_THAN mod)
    ("Облога тривала більш як тиждень.", [("тиждень", "DURATION", "P1W", None)]),
    ("Роботи забрали менше ніж місяць.", [("місяць", "DURATION", "P1M", None)]),
    ("Він більш як задоволений.", []),
    # a weekday naming the day just named: that day, not the next of its name
    ("Сьогодні субота. Черги біля магазинів.", [("Сьогодні субота", "DATE", "2022-03-15", None)]),
    ("Завтра – четвер, і засідання відбудеться.", [("Завтра – четвер", "DATE", "2022-03-16", None)]),
    ("Сьогодні суботу згадують усі.", [("Сьогодні", "DATE", "2022-03-15", None)]),
    # the same day of every year
    ("Кожного 11 вересня місто згадує загиблих.", [("Кожного 11 вересня", "SET", "XXXX-09-11", None)]),
    ("Кожного 5-го числа приходить рахунок.", [("Кожного 5-го числа", "SET", "XXXX-XX-05", None)]),
    ("Щороку 11 вересня місто згадує загиблих.", [("Щороку 11 вересня", "SET", "XXXX-09-11", None)]),
    ("Щороку місто згадує загиблих.", [("Щороку", "SET", "P1Y", None)]),
    # an adjective between "кожного" and its unit
    ("Кожного божого дня ми працюємо.", [("Кожного божого дня", "SET", "P1D", None)]),
    ("Кожного робочого тижня звітуємо.", [("Кожного робочого тижня", "SET", "P1W", None)]),
    # a month of the resistance is a length of the war
    ("Місяць героїчного опору.", [("Місяць героїчного опору", "DURATION", "P1M", None)]),
    # one of two neighbouring days: a time ahead or behind, as "завтра-післязавтра"
    ("Рішення ухвалять завтра або післязавтра.", [("завтра або післязавтра", "DATE", "FUTURE_REF", None)]),
    ("Лист надійшов вчора чи позавчора.", [("вчора чи позавчора", "DATE", "PAST_REF", None)]),
    ("Вчора або завтра.", [("Вчора", "DATE", "2022-03-14", None), ("завтра", "DATE", "2022-03-16", None)]),
])
def test_vague_future_running_lengths_more_than_and_yearly_days(pipe, text, expected):
    assert run(pipe, text, "2022-03-15") == expected


@pytest.mark.parametrize("text,span,value", [
    ("Великдень 2023 року припадає на 16 квітня.", "16 квітня", "2023-04-16"),
    ("У 2021 році, 5 березня, уряд ухвалив рішення.", "5 березня", "2021-03-05"),
    ("Ще у 2019 році парламент призначив вибори на 31 березня.", "31 березня", "2019-03-31"),
])
def test_a_bare_day_takes_the_year_named_earlier_in_its_clause(pipe, text, span, value):
    assert (span, "DATE", value, None) in run(pipe, text)


@pytest.mark.parametrize("text", [
    "З 2014 року Росія воює проти України і 24 лютого почала вторгнення.",
    "У 2014 році Росія анексувала Крим, а 24 лютого напала знову.",
    "Від 2015 року до 24 лютого кордон був відкритий.",
    "Звіт за 2024 рік надійшов 24 лютого.",     # the report for a year comes after it
])
def test_a_year_in_another_clause_or_after_a_range_word_dates_no_bare_day(pipe, text):
    assert ("24 лютого", "DATE", "2025-02-24", None) in run(pipe, text)


@pytest.mark.parametrize("text,span,value", [
    ("Ворог вже не перший тиждень обстрілює місто.", "не перший тиждень", "PXW"),
    ("Ми вже не перший день тримаємо оборону.", "не перший день", "PXD"),
    ("Вже не перший місяць триває наступ.", "не перший місяць", "PXM"),
    ("Він не перший рік працює в уряді.", "не перший рік", "PXY"),
    ("Сирени лунають не першу годину.", "не першу годину", "PTXH"),
])
def test_not_the_first_unit_is_a_vague_duration(pipe, text, span, value):
    assert (span, "DURATION", value, None) in run(pipe, text)


def test_not_the_first_time_is_no_duration(pipe):
    assert run(pipe, "Це не перший раз, коли ми просимо про допомогу.") == []


def test_a_weekday_an_asked_or_agreed_act_is_set_for_lies_ahead(pipe):
    # document of Sunday 2025-05-11
    got = dict((t[0], t[2]) for t in run(pipe, "Учора прем'єри домовилися зустрітися у вівторок.", "2025-05-11"))
    assert got["вівторок"] == "2025-05-13"
    got = dict((t[0], t[2]) for t in run(pipe, "Учора уряд закликав припинити вогонь з середи.", "2025-05-11"))
    assert got["середи"] == "2025-05-14"
    # a weekday of what was done that week stays in that week
    got = dict((t[0], t[2]) for t in run(pipe, "Учора міністри зустрілися, а у вівторок підписали угоду.", "2025-05-11"))
    assert got["вівторок"] == "2025-05-06"

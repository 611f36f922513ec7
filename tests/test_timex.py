"""The time-expression layer on sentences written for these tests: spans, types, values and
mods, resolution against the document date, and what must not be a timex."""
from __future__ import annotations

import pytest

from khronika.extract.timex import find_timexes
from khronika.extract.timex.lexicon import lexicon
from khronika.lang.uk import load
from khronika.pipeline import Pipeline
from khronika.settings import Settings


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


def run(pipe, text, date="2026-01-02"):
    from khronika.document import Document, parse_date
    doc = pipe(Document(text=text, date=parse_date(date)))
    return [(t.text, t.type, t.value, t.mod) for t in sorted(doc.timexes, key=lambda t: t.start)]


def test_lexicon_loads_with_all_sections():
    data = load("timex")
    for key in ("months", "ordinals", "cardinals", "weekdays", "units", "named_days", "refs"):
        assert data[key], key
    lex = lexicon()
    assert lex.months["січня"] == 1 and lex.months["грудні"] == 12
    assert lex.ordinals["двадцятого"] == 20 and lex.ordinals["третє"] == 3
    assert lex.weekdays["п'ятницю"] == 5
    assert lex.units["тижні"] == "W"


@pytest.mark.parametrize("text,expected", [
    ("Нарада пройшла 05.01.2026 у столиці.", [("05.01.2026", "DATE", "2026-01-05", None)]),
    ("Угоду підписали 14 березня 2024 року.", [("14 березня 2024 року", "DATE", "2024-03-14", None)]),
    ("Закон ухвалили у 2019 році.", [("2019 році", "DATE", "2019", None)]),
    ("План розраховано на 2027 р.", [("2027 р.", "DATE", "2027", None)]),
    ("Реформу завершили у березні 2025 року.", [("березні 2025", "DATE", "2025-03", None)]),
])
def test_absolute_dates(pipe, text, expected):
    got = run(pipe, text)
    assert [g[1:] for g in got] == [e[1:] for e in expected]
    assert got[0][0].startswith(expected[0][0].split()[0])


def test_day_month_without_year_takes_the_nearest_year(pipe):
    assert run(pipe, "Нарада була 30 грудня.", "2026-01-02")[0][2] == "2025-12-30"
    assert run(pipe, "Саміт відбудеться 10 січня.", "2025-12-28")[0][2] == "2026-01-10"


def test_near_day_keeps_the_nearest_year_whatever_the_tense(pipe):
    # a week ahead with a past-tense verb elsewhere in the sentence stays ahead
    assert run(pipe, "Посол заявив, що 9 січня відбудеться зустріч.", "2026-01-02")[0][2] == "2026-01-09"
    assert run(pipe, "Уряд повідомив про зустріч 9 січня.", "2026-01-02")[0][2] == "2026-01-09"



def test_future_tense_prefers_the_future(pipe):
    # nearest would be last December, but the sentence announces the meeting
    assert run(pipe, "Засідання відбудеться 20 грудня.", "2026-01-02")[0][2] == "2026-12-20"


def test_tense_decides_a_day_far_from_the_document_date(pipe):
    # four months either way: the tense tells which year
    assert run(pipe, "Засідання відбудеться 20 вересня.", "2026-05-16")[0][2] == "2026-09-20"
    assert run(pipe, "Засідання відбулося 20 вересня.", "2026-05-16")[0][2] == "2025-09-20"


@pytest.mark.parametrize("text,value", [
    ("Друге лютого стане днем переговорів.", "2026-02-02"),
    ("До двадцять п'ятого грудня все буде вирішено.", "2026-12-25"),
    ("Наступне засідання відбудеться третього березня.", "2026-03-03"),
    ("Візит розпочнеться 3-го лютого.", "2026-02-03"),
    ("Кінцевий термін подання — п'ятнадцяте січня.", "2026-01-15"),
    ("Дебати пройшли тридцять першого грудня.", "2025-12-31"),
])
def test_dates_in_words(pipe, text, value):
    got = run(pipe, text)
    assert len(got) == 1 and got[0][1:3] == ("DATE", value)


@pytest.mark.parametrize("text,span,value", [
    ("Вчора уряд схвалив бюджет.", "Вчора", "2026-01-01"),
    ("Позавчора мер звітував.", "Позавчора", "2025-12-31"),
    ("Післязавтра почнеться сесія.", "Післязавтра", "2026-01-04"),
    ("Парламент збереться наступного місяця.", "наступного місяця", "2026-02"),
    ("Рада працювала минулого тижня.", "минулого тижня", "2025-W52"),
    ("Ціни зросли в минулому році.", "минулому році", "2025"),
    ("Депутати зберуться на наступному тижні.", "наступному тижні", "2026-W02"),
    ("Місто отримало грант цього року.", "цього року", "2026"),
    ("Гуманітарну місію відкрили два дні тому.", "два дні тому", "2025-12-31"),
    ("Аудит завершать через тиждень.", "тиждень", "2026-W02"),
    ("Результати оголосять через три дні.", "три дні", "2026-01-05"),
    ("Місяць тому пройшла ротація.", "Місяць тому", "2025-12"),
])
def test_relative_expressions(pipe, text, span, value):
    got = run(pipe, text)
    assert got == [(span, "DATE", value, None)]


def test_weekdays_follow_the_tense(pipe):
    # Friday 2026-01-02
    assert run(pipe, "У понеділок делегації зустрінуться.")[0][2] == "2026-01-05"
    assert run(pipe, "У понеділок делегації зустрілися.")[0][2] == "2025-12-29"
    assert run(pipe, "Мінфін звітував минулого четверга.")[0][1:3] == ("DATE", "2026-01-01")
    assert run(pipe, "Зустріч перенесли на наступну середу.")[0][2] == "2026-01-07"


@pytest.mark.parametrize("text,span,value,mod", [
    ("Звіт подадуть наприкінці місяця.", "наприкінці місяця", "2026-01", "END"),
    ("На початку року уряд змінив план.", "початку року", "2026", "START"),
    ("В середині тижня пройде нарада.", "середині тижня", "2026-W01", "MID"),
    ("Ремонт завершать наприкінці наступного тижня.", "наприкінці наступного тижня", "2026-W02", "END"),
    ("Проєкт стартує на початку березня.", "початку березня", "2026-03", "START"),
])
def test_parts_of_periods(pipe, text, span, value, mod):
    assert run(pipe, text) == [(span, "DATE", value, mod)]


def test_end_of_year_takes_the_year_in_context(pipe):
    got = run(pipe, "У 2024 році ціни росли. Під кінець року вони впали.")
    assert got[-1] == ("кінець року", "DATE", "2024", "END")
    got = run(pipe, "Під кінець року податки зростуть.")
    assert got == [("кінець року", "DATE", "2026", "END")]


def test_iso_weeks_on_a_monday(pipe):
    assert run(pipe, "Переговори пройдуть наступного тижня.", "2025-11-24")[0][2] == "2025-W49"
    assert run(pipe, "Звіт буде наприкінці цього тижня.", "2025-11-24")[0][2:] == ("2025-W48", "END")


@pytest.mark.parametrize("text,span,value", [
    ("Влітку відкриють міст.", "Влітку", "2026-SU"),
    ("Взимку енергетики працюють без вихідних.", "Взимку", "2025-WI"),
    ("Навесні почнуть посівну.", "Навесні", "2026-SP"),
    ("Восени пройдуть вибори.", "Восени", "2026-FA"),
])
def test_seasons(pipe, text, span, value):
    assert run(pipe, text) == [(span, "DATE", value, None)]


def test_times_of_day(pipe):
    assert run(pipe, "Брифінг почнеться о 15:00.") == [("15:00", "TIME", "2026-01-02T15:00", None)]
    assert run(pipe, "Вранці рятувальники розібрали завали.") == [("Вранці", "TIME", "2026-01-02TMO", None)]
    assert run(pipe, "Ввечері мер звернувся до мешканців.")[0][2] == "2026-01-02TEV"
    assert run(pipe, "Вночі лунали вибухи.")[0][2] == "2026-01-02TNI"
    got = run(pipe, "Вчора ввечері пролунала тривога.")
    assert got == [("Вчора ввечері", "TIME", "2026-01-01TEV", None)]
    got = run(pipe, "Бригади працюють від ранку, а чергові з ночі.")
    assert [g[2] for g in got] == ["2026-01-02TMO", "2026-01-02TNI"]


@pytest.mark.parametrize("text,expected", [
    ("Сьогодні вранці комісія зібралася знову.", ("Сьогодні вранці", "TIME", "2026-01-02TMO", None)),
    ("Завтра вдень міністри продовжать розмову.", ("Завтра вдень", "TIME", "2026-01-03TAF", None)),
    ("Позавчора вночі дрони атакували склад.", ("Позавчора вночі", "TIME", "2025-12-31TNI", None)),
    ("Учора опівдні почалася евакуація.", ("Учора опівдні", "TIME", "2026-01-01T12:00", None)),
    ("Уночі сьогодні знову лунали вибухи.", ("Уночі сьогодні", "TIME", "2026-01-02TNI", None)),
])
def test_day_word_and_part_of_day_are_one_time(pipe, text, expected):
    """The day word dates the part of the day; they are one TIME, not a DATE and a TIME."""
    assert run(pipe, text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Вчора пізно ввечері пролунали вибухи.", ("Вчора пізно ввечері", "TIME", "2026-01-01TEV", None)),
    ("Сьогодні рано вранці рятувальники вийшли на місце.",
     ("Сьогодні рано вранці", "TIME", "2026-01-02TMO", None)),
    ("Пізно вночі дрони атакували склад.", ("Пізно вночі", "TIME", "2026-01-02TNI", None)),
    ("У вівторок вранці уряд затвердив тарифи.", ("вівторок вранці", "TIME", "2025-12-30TMO", None)),
    ("У середу пізно ввечері пролунали вибухи.", ("середу пізно ввечері", "TIME", "2025-12-31TEV", None)),
])
def test_degree_and_weekday_with_part_of_day_are_one_time(pipe, text, expected):
    """An adverb of degree ("пізно", "рано") belongs to the part of the day it modifies, and a
    weekday dates the part of the day after it as a day word does."""
    assert run(pipe, text) == [expected]


def test_degree_adverb_alone_is_no_time(pipe):
    assert run(pipe, "Рано чи пізно переговори почнуться.") == []


def test_day_word_and_part_of_day_without_a_date_stay_apart(pipe):
    got = run(pipe, "Вчора ввечері пролунала тривога.", date=None)
    assert [g[1] for g in got] == ["DATE", "TIME"] and got[0][2] == "PAST_REF"


def test_time_anchored_to_a_named_day(pipe):
    got = run(pipe, "Збори почнуться 12 січня о 10:30.")
    assert got == [("12 січня", "DATE", "2026-01-12", None), ("10:30", "TIME", "2026-01-12T10:30", None)]


def test_named_days(pipe):
    assert run(pipe, "На Різдво у місті влаштують ярмарок.", "2026-12-01")[0][2] == "2026-12-25"
    assert run(pipe, "До Дня Незалежності відремонтують площу.", "2026-05-10")[0][2] == "2026-08-24"
    assert run(pipe, "Місто зустріне Новий рік без феєрверків.", "2026-12-20")[0][2] == "2027-01-01"
    got = run(pipe, "У новорічну ніч лунали сирени.", "2026-01-02")
    assert got == [("новорічну ніч", "TIME", "2025-12-31TNI", None)]


@pytest.mark.parametrize("text,span,value", [
    ("Ремонт триватиме три дні.", "три дні", "P3D"),
    ("Навчання тривали два тижні.", "два тижні", "P2W"),
    ("Він працював там п'ять років.", "п'ять років", "P5Y"),
    ("Операція тривала 24 години.", "24 години", "PT24H"),
    ("Протягом місяця ціни не змінювались.", "місяця", "P1M"),
    ("Посаду обіймав півроку.", "півроку", "P6M"),
])
def test_durations(pipe, text, span, value):
    assert run(pipe, text) == [(span, "DURATION", value, None)]


@pytest.mark.parametrize("text,span,value", [
    ("Патрулі виїжджають щодня.", "щодня", "P1D"),
    ("Штаб збирається щотижня.", "щотижня", "P1W"),
    ("Генератори вмикають кожного дня.", "кожного дня", "P1D"),
    ("Лікар приймав кожен день.", "кожен день", "P1D"),
])
def test_frequencies(pipe, text, span, value):
    assert run(pipe, text) == [(span, "SET", value, None)]


def test_ranges_emit_both_ends(pipe):
    got = run(pipe, "Форум пройде з 5 по 7 лютого.")
    assert got == [("5", "DATE", "2026-02-05", None), ("7 лютого", "DATE", "2026-02-07", None)]
    got = run(pipe, "Форум пройде 5–7 лютого.")
    assert got == [("5", "DATE", "2026-02-05", None), ("7 лютого", "DATE", "2026-02-07", None)]


@pytest.mark.parametrize("text,value", [
    ("Зараз триває засідання.", "PRESENT_REF"),
    ("Наразі рішення немає.", "PRESENT_REF"),
    ("Раніше міністр це заперечував.", "PAST_REF"),
    ("Незабаром запрацює новий сервіс.", "FUTURE_REF"),
    ("Найближчим часом оголосять конкурс.", "FUTURE_REF"),
])
def test_vague_references(pipe, text, value):
    got = run(pipe, text)
    assert len(got) == 1 and got[0][2] == value


def test_no_document_date_keeps_relative_values(pipe):
    assert run(pipe, "Вчора мер підписав указ.", None)[0][2] == "PAST_REF"
    assert run(pipe, "Завтра мер підпише указ.", None)[0][2] == "FUTURE_REF"
    assert run(pipe, "Сьогодні мер підписує указ.", None)[0][2] == "PRESENT_REF"
    assert run(pipe, "Наступного тижня пройде сесія.", None)[0][2] == "FUTURE_REF"
    assert run(pipe, "Указ підписали 14 березня 2024 року.", None)[0][2] == "2024-03-14"


@pytest.mark.parametrize("text", [
    "Це був важливий день для громади.",
    "Кожен у місті знає цю історію.",
    "Делегації прибули з 15 країн.",
    "Системи ППО захищають небо.",
    "Він прокинувся до ранку без світла.",
    "Мороз був лютий, а вітер сильний.",
    "Вони не прийшли раніше, ніж обіцяли.",
    "Перша зустріч була довгою.",
    "Треба тепер відновити роботу.",
])
def test_no_false_positives(pipe, text):
    assert run(pipe, text) == []


def test_years_as_duration_and_as_date(pipe):
    assert run(pipe, "Починаємо цей рік з реформ.") == [("цей рік", "DATE", "2026", None)]
    assert run(pipe, "Війна триває три роки.") == [("три роки", "DURATION", "P3Y", None)]


def test_find_timexes_does_not_store(pipe):
    from khronika.document import Document, parse_date
    doc = Pipeline(Settings(pipeline=("segment", "morph")))(Document(text="Завтра буде сесія.",
                                                                       date=parse_date("2026-01-02")))
    assert [t.value for t in find_timexes(doc)] == ["2026-01-03"]
    assert doc.timexes == []


def test_tense_is_read_in_the_timex_clause(pipe):
    # the main verb is past, the clause holding the month announces the future
    got = run(pipe, "Міністр сказав, що в лютому делегація планує візит.", "2025-12-04")
    assert got[0][2] == "2026-02"


def test_past_weekday_written_on_that_weekday_is_today(pipe):
    # 2025-12-08 is a Monday
    assert run(pipe, "У понеділок у Львові відкрили школу.", "2025-12-08")[0][2] == "2025-12-08"


def test_short_numeric_date_and_weekend(pipe):
    got = run(pipe, "Нарада відбудеться 12.01 о 10:00.")
    assert got == [("12.01", "DATE", "2026-01-12", None), ("10:00", "TIME", "2026-01-12T10:00", None)]
    assert run(pipe, "Курс склав 41.50 грн.") == []
    assert run(pipe, "На вихідних пройде ярмарок.")[0][1:3] == ("DATE", "2026-W01-WE")


def test_night_with_determiner_and_clock_hour(pipe):
    assert run(pipe, "Минулої ночі ворог атакував місто.") == [
        ("Минулої ночі", "TIME", "2026-01-01TNI", None)]
    assert run(pipe, "Сесія почнеться о 15 годині.") == [("15 годині", "TIME", "2026-01-02T15:00", None)]


def test_new_year_holiday_needs_a_capital_and_no_sentence_start(pipe):
    assert run(pipe, "Новий рік приніс нові виклики.") == [("Новий рік", "DATE", "2026", None)]
    assert run(pipe, "Обміни відновлять у Новому році.", "2025-12-20")[0][1:3] == ("DATE", "2026")
    assert run(pipe, "Діти чекають на Новий рік.", "2025-12-20")[0][2] == "2026-01-01"
    assert run(pipe, "Депутати зберуться після свят у новому році.", "2025-12-20")[0][1:3] == ("DATE", "2026")


def test_year_ranges(pipe):
    got = run(pipe, "У 2024–2025 роках бюджет зріс.")
    assert got == [("2024", "DATE", "2024", None), ("2025 роках", "DATE", "2025", None)]


def test_seed_gold_timex_value_f1(shared_dir):
    """The timex layer alone on the shared gold (measured with the scorer's own functions)."""
    import importlib.util
    import json
    from khronika.document import Document, parse_date
    spec = importlib.util.spec_from_file_location("gold_score", shared_dir / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    pipe = Pipeline(Settings(pipeline=("segment", "morph", "timex")))
    tally = score.Tally()
    for path in sorted((shared_dir / "gold").glob("seed-*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = pipe(Document(text=gold["text"], date=parse_date(gold["date"])))
        score.score_timexes(gold, {"timexes": [t.to_json() for t in doc.timexes]}, tally)
    assert score.figures(tally)["timexes"]["value_f1"] == 1.0


def test_bare_year_and_long_counts(pipe):
    assert run(pipe, "Так було і в 2014.") == [("2014", "DATE", "2014", None)]
    assert run(pipe, "Оборона триває 1000 днів.") == [("1000 днів", "DURATION", "P1000D", None)]
    assert run(pipe, "Це сталося у 2014 відсотків випадків.") == []


def test_more_seasons_weekdays_and_rates(pipe):
    # in January 2026 the current winter is 2025-WI, the last one 2024-WI
    assert run(pipe, "Минулої зими енергосистема вистояла.")[0][2] == "2024-WI"
    assert run(pipe, "Цього літа врожай буде кращим.")[0][2] == "2026-SU"
    got = run(pipe, "У суботу та неділю тривали бої.")
    assert [g[2] for g in got] == ["2025-12-27", "2025-12-28"]
    assert run(pipe, "Бригади працюють двадцять чотири години на добу.") == [
        ("двадцять чотири години", "DURATION", "PT24H", None)]


def test_night_before_a_date(pipe):
    got = run(pipe, "У ніч на 24 грудня ворог атакував енергетику.", "2025-12-24")
    assert got == [("ніч на 24 грудня", "TIME", "2025-12-24TNI", None)]


@pytest.mark.parametrize("text,span,value", [
    ("У першому кварталі 2026 року економіка зросла.", "першому кварталі 2026 року", "2026-Q1"),
    ("У другому півріччі ціни знизяться.", "другому півріччі", "2026-H2"),
    ("У першій половині року було складно.", "першій половині року", "2026-H1"),
])
def test_quarters_and_halves(pipe, text, span, value):
    assert run(pipe, text) == [(span, "DATE", value, None)]


def test_half_of_a_day_is_not_a_half_year(pipe):
    # the morning of the day (TIMEX3 TMO), not the first half of the year
    assert run(pipe, "У першій половині дня світла не було.") == [
        ("першій половині дня", "TIME", "2026-01-02TMO", None)]


def test_time_next_to_an_infinitive_is_not_dated_by_a_past_governor(pipe):
    # the meeting is planned: "домовилися" (past) must not push the autumn into last year
    got = run(pipe, "Міністри домовилися провести наступні консультації восени.", "2025-05-20")
    assert got == [("восени", "DATE", "2025-FA", None)]
    got = run(pipe, "Делегації погодилися зібратися знову 3 червня.", "2025-05-20")
    assert got[0][2] == "2025-06-03"


def test_short_future_form_read_as_infinitive_still_counts_as_future(pipe):
    # "ухвалить" after a past reporting verb: the date is ahead, not a year back
    got = run(pipe, "Речник заявив, що парламент ухвалить закон до 20 березня.", "2026-03-02")
    assert got[0][2] == "2026-03-20"


def test_eve_alone_is_the_day_before_but_not_before_a_genitive(pipe):
    assert run(pipe, "Напередодні ворог атакував Харків.", "2025-10-08") == [
        ("Напередодні", "DATE", "2025-10-07", None)]
    assert run(pipe, "Напередодні виборів партія провела з'їзд.", "2025-10-08") == []
    assert lexicon().eve_words == frozenset({"напередодні"})


@pytest.mark.parametrize("text,expected", [
    ("Меморандум підписали 3 листопада минулого року.", ("3 листопада минулого року", "2024-11-03")),
    ("Форум пройде 5 березня наступного року.", ("5 березня наступного року", "2026-03-05")),
    ("Закон ухвалили у листопаді минулого року.", ("листопаді минулого року", "2024-11")),
])
def test_date_with_a_deictic_year_is_one_expression(pipe, text, expected):
    got = run(pipe, text, "2025-11-12")
    assert [(g[0], g[2]) for g in got] == [expected]


def test_round_the_clock_is_a_daily_set(pipe):
    assert run(pipe, "Ремонтники працюють цілодобово.") == [("цілодобово", "SET", "P1D", None)]


def test_a_noun_read_as_a_future_verb_does_not_date_a_day(pipe):
    # "війну" has a verb reading ("війнути", future): the past verb of the clause decides
    got = run(pipe, "Росія розпочала війну проти України не 24 лютого.", "2022-04-14")
    assert got == [("24 лютого", "DATE", "2022-02-24", None)]


@pytest.mark.parametrize("text,value", [
    ("Перші літаки очікуємо навесні.", "2024-SP"),
    ("Україна сподівається на рішення партнерів у березні.", "2024-03"),
    ("Перші літаки ми отримали навесні.", "2023-SP"),
])
def test_expecting_in_the_present_looks_ahead(pipe, text, value):
    """"Очікуємо", "сподівається" in the present speak of what is to come: a season or a month
    already past in the document's year is next year's."""
    assert [g[2] for g in run(pipe, text, date="2023-09-22")] == [value]


@pytest.mark.parametrize("text,expected", [
    ("Уночі проти неділі дрони атакували склад.", ("Уночі проти неділі", "TIME", "2025-12-28TNI", None)),
    ("Вночі на 2 січня пролунали вибухи.", ("Вночі на 2 січня", "TIME", "2026-01-02TNI", None)),
])
def test_the_night_adverb_before_the_day_it_ends_on(pipe, text, expected):
    """"уночі проти неділі" is "у ніч проти неділі": one TIME, the night ending on that day."""
    assert run(pipe, text) == [expected]

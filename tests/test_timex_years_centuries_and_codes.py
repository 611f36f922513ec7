"""Time expressions on real text of other genres (issue 17, part L22), on sentences written for
these tests: a pair of years joined by a hyphen needs no year marker ("(2001-2005)", "сезон
2019-20") but a number or a code stays none; a date with a two-digit year after a word that
dates it ("від 03.04.12"); "близько року тому"; a century by an ordinal in digits with its
ending ("у 18-му столітті") or in words ("у двадцятому столітті"); the minute of a match ("на 88
хвилині") is no length; "років двадцять тому" is about twenty years ago; "місяць-два" is a
vague count of months; "XVI ст." is a century wherever it stands."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of as run


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


@pytest.mark.parametrize("text,want", [
    ("Він очолював кафедру (2001-2005), а потім поїхав.", [("2001", "2001"), ("2005", "2005")]),
    ("Фонд фінансує програма розвитку 2021-2027 Євросоюзу.", [("2021", "2021"), ("2027", "2027")]),
    ("У фіналі Кубка сезону 2019-20 команда програла.", [("2019", "2019"), ("20", "2020")]),
    ("Ціни на зерно зростали у 2011-13 роках.", [("2011", "2011"), ("13 роках", "2013")]),
])
def test_a_pair_of_years_with_or_without_a_marker(pipe, text, want):
    assert run(pipe, text, "2022-05-04") == want


@pytest.mark.parametrize("text", [
    "Подзвоніть за номером 2001-2005 у будь-який час.",
    "Звіт має шифр UA-2011-2015-PL.",
    "Справа № 2011-2013 лежить в архіві.",
    "Це сталося у 2013-11 році.",
])
def test_a_number_or_a_code_is_no_pair_of_years(pipe, text):
    assert run(pipe, text, "2022-05-04") == []


@pytest.mark.parametrize("text,want", [
    ("Розпорядження від 03.04.12 № 57 скасовано.", [("03.04.12", "2012-04-03")]),
    ("Станом на 30.09.21 боргу не було.", [("30.09.21", "2021-09-30")]),
    ("Наказ від 11.02.98 втратив силу.", [("11.02.98", "1998-02-11")]),
])
def test_a_date_with_a_two_digit_year_after_a_dating_word(pipe, text, want):
    assert run(pipe, text, "2022-05-04") == want


@pytest.mark.parametrize("text", [
    "Шифр проєкту CBC.03.04.12-UA-1 вказано в договорі.",
    "На табло горіло 03.04.12 і більше нічого.",
])
def test_a_triple_of_two_digit_numbers_elsewhere_is_none(pipe, text):
    assert run(pipe, text, "2022-05-04") == []


@pytest.mark.parametrize("text,want", [
    ("Близько року тому ми переїхали до Полтави.", [("року тому", "2021")]),
    ("Біля місяця тому сусіди продали хату.", [("місяця тому", "2022-04")]),
])
def test_about_one_unit_ago(pipe, text, want):
    assert run(pipe, text, "2022-05-04") == want


@pytest.mark.parametrize("text,want", [
    ("Собор збудували у 18-му столітті.", [("18-му столітті", "17")]),
    ("Такі жорна вживали до 20-го сторіччя.", [("20-го сторіччя", "19")]),
    ("У двадцятому столітті село двічі спалили.", [("двадцятому столітті", "19")]),
    ("Ця пісня з двадцять першого століття.", [("двадцять першого століття", "20")]),
])
def test_a_century_by_an_ordinal_in_digits_or_words(pipe, text, want):
    assert run(pipe, text, "2022-05-04") == want


@pytest.mark.parametrize("text,want", [
    ("Нападник влучив у штангу на 88 хвилині.", []),
    # negatives: a length in minutes stays one
    ("Перерва тривала 15 хвилин.", [("15 хвилин", "PT15M")]),
    ("Нападник вийшов на поле на 20 хвилин.", [("20 хвилин", "PT20M")]),
])
def test_the_minute_of_a_match_is_no_length(pipe, text, want):
    assert run(pipe, text, "2022-05-04") == want


@pytest.mark.parametrize("text,want", [
    ("Років двадцять тому на цьому місці стояв млин.", [("Років двадцять тому", "2002")]),
    ("Днів три тому приходив листоноша.", [("Днів три тому", "2022-05-01")]),
    # the same order without "тому" is an approximate length, not a time ago
    ("Минуло років двадцять, а млин стоїть.", [("років двадцять", "P20Y")]),
])
def test_a_unit_before_its_number_and_ago(pipe, text, want):
    assert run(pipe, text, "2022-05-04") == want


@pytest.mark.parametrize("text,want", [
    ("Ремонт закінчать за місяць-два.", [("місяць-два", "PXM")]),
    ("Через тиждень-другий прийдуть морози.", [("тиждень-другий", "FUTURE_REF")]),
    # negative: a length of one word stays one
    ("Ремонт тривав півроку.", [("півроку", "P6M")]),
])
def test_a_unit_and_two_in_one_word_is_a_vague_count(pipe, text, want):
    assert run(pipe, text, "2022-05-04") == want


@pytest.mark.parametrize("text,want", [
    ("Першу церкву тут звели у XVI ст.", [("XVI ст.", "15")]),
    ("У ХІХ ст. містечко мало два ярмарки.", [("ХІХ ст.", "18")]),
    # negative: digits before "ст." and a number after are a law's article, no century
    ("Справу відкрили за ч. 1 ст. 190 КК.", []),
])
def test_a_roman_century_before_its_abbreviation(pipe, text, want):
    assert run(pipe, text, "2022-05-04") == want

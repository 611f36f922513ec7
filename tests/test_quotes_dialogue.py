"""Dialogue attributed by a verb of the manner of speaking (fiction, reportage), and web
interviews whose questions carry no mark (issue 17, found on untuned real text). Every text
here is written for these tests."""
import pytest

from khronika.extract.quotes.lexicon import lexicon

from quote_helpers import NAMES, heads, pipe_fixture, reader


pipe = pipe_fixture(NAMES)
quotes = reader(heads, "2016-06-01")


DIALOGUE = [
    ("Оксана зайшла до бібліотеки й сіла біля вікна.\n\n«Знову ці нескінченні лекції», – "
     "бурмотіла собі під ніс Оксана.", [("Знову", "oksana")]),
    ("Тарас підійшов до неї тихо.\n\n– Оксано, ходімо на каву, – прошепотів Тарас.",
     [("Оксано,", "taras")]),
    ("Тарас і Оксана вийшли з бібліотеки.\n\nВона усміхнулася й підвелася. Тарас продовжив:\n\n"
     "– Я знаю гарне місце біля парку.", [("Я", "taras")]),
]


@pytest.mark.parametrize("text,expected", DIALOGUE)
def test_a_verb_of_manner_attributes_dialogue(pipe, text, expected):
    got = quotes(pipe, text)
    for want in expected:
        assert want in got


def test_a_verb_of_manner_elsewhere_tells_no_words(pipe):
    got = quotes(pipe, "Тарас продовжив роботу над статтею, а Оксана кричала від болю.")
    assert got == []


def test_the_manner_verbs_are_data():
    lex = lexicon()
    assert {"бурмотіти", "прошепотіти", "гукнути"} <= lex.after_quote_verbs & lex.colon_verbs


INTERVIEW = (
    "Ольга Руденко, директорка Харківського зоопарку, понад рік рятувала тварин під обстрілами. "
    "Ми поговорили з нею про відновлення.\n\nСкільки тварин вдалося зберегти?\n\nМайже всіх. "
    "Ми евакуювали понад сто тварин у безпечніші місця.\n\nКоли зоопарк відкриється для "
    "відвідувачів?\n\nСподіваємося, що навесні. Ремонт вольєрів триває.")


def test_answers_after_unmarked_questions_are_the_interviewees(pipe):
    got = quotes(pipe, INTERVIEW, "2025-03-10")
    assert ("Майже", "olha-rudenko") in got and ("Сподіваємося,", "olha-rudenko") in got
    assert not any(w in ("Скільки", "Коли") for w, _ in got)


def test_rhetorical_questions_of_an_essay_are_no_interview(pipe):
    text = ("Місто змінилося за десять років.\n\nЧи помітили це мешканці?\n\nМабуть, не всі. "
            "Зміни відбуваються повільно.\n\nА що буде далі?\n\nПобачимо.")
    assert quotes(pipe, text, "2025-03-10") == []

"""A dash question with no attribution right after a dialogue turn its narrator attributes is
the other party's turn (issue 17, fiction): it is direct speech, it is not the words of the
speaker just named, and the turn after it goes back to that speaker. Every text here is
written for these tests."""
import pytest

from quote_helpers import NAMES, heads, pipe_fixture, reader


pipe = pipe_fixture(NAMES)
quotes = reader(heads, "2019-08-12")


ASKED_BACK = [
    ("— Підемо до річки, — сказала мати. — Там прохолодно.\n\n— А якщо там калюжі?\n\n"
     "Мати лише махнула рукою.", ("А", None)),
    ("— Завтра поїдемо на ярмарок, — мовив дід, застібаючи кожуха.\n\n"
     "— А коней хто напоїть?", ("А", None)),
    ("— Світло дадуть о шостій, — пообіцяв електрик.\n\n— Чому так пізно?", ("Чому", None)),
]


@pytest.mark.parametrize("text,expected", ASKED_BACK)
def test_a_dash_question_after_an_attributed_turn_is_a_turn(pipe, text, expected):
    assert expected in quotes(pipe, text)


def test_the_question_is_not_the_named_speakers_and_the_answer_is(pipe):
    text = ("— Повернуся з міста — навчу, — пообіцяла Оксана Петренко.\n\n"
            "— Ви завтра їдете?\n\n— Так, у четвер.")
    got = quotes(pipe, text)
    assert ("Ви", None) in got
    assert ("Так,", "oksana-petrenko") in got


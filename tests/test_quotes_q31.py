"""Quotes (issue 17, Q31): a body that opens a colon clause with a stance verb ("Міністерство
оборони виступило проти: «...»") speaks the words after the colon, not the speaker before.
Texts written for these tests."""
import pytest

from quote_helpers import FOREIGN, pipe_fixture, reader, spans_or_none


pipe = pipe_fixture(FOREIGN)
quotes = reader(spans_or_none, "2026-11-20")

SPOKE = "Президент Зеленський виступив у Раді. «Ми переможемо», – сказав він.\n\n"


@pytest.mark.parametrize("lead,who", [
    ("Міністерство оборони виступило проти:", "ministry-of-defence-of-ukraine"),
    ("МЗС України виступило за:", "mfa-of-ukraine"),
    ("Національний банк виступив категорично проти:", "national-bank-of-ukraine"),
    # near misses: the body only where the person acts; a second clause with its own
    # subject; a body spoken of; a subject that is no one
    ("У Міністерстві оборони Президент виступив проти:", "volodymyr-zelenskyy"),
    ("Міністерство оборони виступило проти, але Президент наполіг:", "volodymyr-zelenskyy"),
    ("Про рішення Міністерства оборони Президент висловився так:", "volodymyr-zelenskyy"),
    ("Команда виступила проти суперника:", None),
], ids=["ministry", "mfa", "bank", "person-in-body", "second-clause", "body-spoken-of",
        "no-one"])
def test_a_body_opening_a_stance_clause_speaks_after_its_colon(pipe, lead, who):
    text = SPOKE + lead + " «Цей закон шкодить армії»."
    assert quotes(pipe, text)[-1] == ("Цей закон шкодить армії", who)

"""An office named before the body that speaks ("речник Повітряних сил розповів"): the holder
of that office on the document date speaks when the knowledge base knows one, whichever of the
roles the office noun names ("речник": a press secretary or a spokesperson); else the body
speaks for him. Texts written for these tests."""
import pytest

from khronika.document import Document

from quote_helpers import NAMES, pipe_fixture, reader, spans_or_none


pipe = pipe_fixture(NAMES)
quotes = reader(spans_or_none, "2025-03-12")


@pytest.mark.parametrize("text,expected", [
    ("Речник Повітряних сил розповів, що цього тижня росіяни вперше застосували нові дрони.",
     "yurii-ihnat"),
    ("За словами речника Повітряних сил, уночі збито більшість дронів.", "yurii-ihnat"),
    ("«Усі ракети збито над областю», – сказав речник Повітряних сил.", "yurii-ihnat"),
])
def test_a_bodys_spokesman_on_the_date_speaks(pipe, text, expected):
    got = quotes(pipe, text)
    assert len(got) == 1 and got[0][1] == expected


def test_a_woman_in_the_office_is_no_man_the_kb_lists(pipe):
    """"Речниця МЗС": the KB's spokesman is a man, so the ministry speaks for her."""
    got = quotes(pipe, "Речниця МЗС заявила, що посол отримав ноту протесту.")
    assert got == [("посол отримав ноту протесту", "mfa-of-ukraine")]


def test_an_office_with_no_known_holder_leaves_the_body(pipe):
    got = quotes(pipe, "Представник Київради повідомив, що бюджет міста ухвалено.")
    assert got == [("бюджет міста ухвалено", "kyiv-city-council")]


def test_without_a_date_the_body_speaks(pipe):
    doc = pipe(Document("Речник Повітряних сил розповів, що вночі збито всі дрони."))
    assert [q.speaker for q in doc.quotes] == ["ukrainian-air-force"]

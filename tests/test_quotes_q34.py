"""Quotes (issue 17, Q34): an office with its state after the text has named its holder
("Президент Польщі Анджей Дуда прибув ... – наголосив Президент Польщі") is that holder, not
the one the knowledge base has for the document's date. Texts written for these tests."""
import pytest

from quote_helpers import FOREIGN, pipe_fixture, reader, spans_or_none


pipe = pipe_fixture(FOREIGN)
quotes = reader(spans_or_none, "2026-03-10")


@pytest.mark.parametrize("text,who", [
    ("Президент Польщі Анджей Дуда прибув до Києва. Він зустрівся із Зеленським.\n\nПрезидент "
     "Польщі наголосив: «Польща завжди буде поруч з Україною».", "andrzej-duda"),
    ("Президент Польщі Анджей Дуда прибув до Києва. «Польща завжди буде поруч з Україною», – "
     "наголосив Президент Польщі.", "andrzej-duda"),
    ("Президент Польщі Анджей Дуда прибув до Києва. Польський президент наголосив, що Польща "
     "завжди буде поруч.", "andrzej-duda"),
    # near misses: no holder named; a former holder named; another state's office
    ("Президент Польщі прибув до Києва. «Польща завжди буде поруч з Україною», – наголосив "
     "Президент Польщі.", "karol-nawrocki"),
    ("Колишній президент Польщі Анджей Дуда прибув до Києва. «Польща завжди буде поруч з "
     "Україною», – наголосив Президент Польщі.", "karol-nawrocki"),
    ("Президент Польщі Анджей Дуда прибув до Києва. «Литва завжди буде поруч з Україною», – "
     "наголосив Президент Литви.", "gitanas-nauseda"),
], ids=["colon", "after", "adjective", "unnamed", "former", "other-state"])
def test_an_office_after_its_named_holder_is_that_holder(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who

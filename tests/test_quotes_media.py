"""Quotes and speakers in media news of several genres (agency items, regional news,
interviews, press releases relaying a person), end to end: short items written for these
tests."""
import pytest

from khronika.document import Document
from khronika.pipeline import Pipeline
from khronika.settings import Settings


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(pipeline=("segment", "morph", "foreign", "entities", "quotes")))


def quotes(pipe, text, date="2025-11-24"):
    doc = pipe(Document(text, date=date))
    return [(q.kind, q.text.split()[0], q.speaker) for q in doc.quotes]


def test_title_word_ends_the_sentence_before_the_quote(pipe):
    # "ракет" may name a missile in marks ("ракета «Фламінго»"), but not across a full stop
    got = quotes(pipe, "Сибіга говорив про виробництво ракет. «Вони купують деталі в Азії», "
                       "– пояснив Сибіга.")
    assert got == [("direct", "Вони", "andrii-sybiha")]

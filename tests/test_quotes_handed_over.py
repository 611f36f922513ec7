"""'Передати' with a direct object hands a thing over; the 'що' after the receiver opens a
relative clause, not words relayed, so the 'Про це повідомляє X' after the sentence reports the
whole sentence. Without an object, or with a hearer in the dative, it still relays speech.
The pronouns that may stand for that object are data (speech.yaml `object_pronouns`).
Sentences written for these tests."""
from __future__ import annotations

from quote_helpers import MARKS, analysed, pipe_fixture, texts

from khronika.extract.quotes.lexicon import lexicon
from khronika.lang.uk import load

pipe = pipe_fixture(MARKS)


def _indirect(pipe, text):
    return texts(analysed(pipe, text, "2021-05-04").quotes, "indirect")


def test_object_pronouns_are_data():
    assert {"вона", "він", "вони"} <= set(load("speech")["object_pronouns"])
    assert "передати" in load("speech")["object_senses"]
    assert "вона" in lexicon().object_pronouns


def test_handed_over_to_a_body_that_was_founded(pipe):
    quoted = _indirect(pipe, "Районна рада передала її в оренду товариству, що було утворене "
                             "за тиждень до аукціону. Про це повідомляє місцева газета.")
    assert quoted and quoted[0].startswith("Районна рада"), quoted


def test_handed_over_masculine_object(pipe):
    quoted = _indirect(pipe, "Міська лікарня передавала його приватній клініці, яка відкрилася "
                             "торік, без жодного конкурсу. Про це повідомили депутати.")
    assert quoted and quoted[0].startswith("Міська лікарня"), quoted


def test_handed_over_plural_object(pipe):
    quoted = _indirect(pipe, "Митниця передала їх фонду, що опікується переселенцями. "
                             "Про це повідомляє пресслужба митниці.")
    assert not any(q.startswith("опікується") for q in quoted), quoted


def test_relaying_to_a_hearer_is_still_speech(pipe):
    quoted = _indirect(pipe, "Посол передав їм, що уряд готовий до переговорів.")
    assert any(q.startswith("уряд готовий") for q in quoted), quoted


def test_relaying_without_object_is_still_speech(pipe):
    quoted = _indirect(pipe, "Пресслужба передає, що рішення ухвалять у понеділок.")
    assert any(q.startswith("рішення ухвалять") for q in quoted), quoted

"""Morphology: a capitalised word inside a phrase that the dictionary reads both as an odd verb
and as a surname is the surname ("з Президентом Литви Наусєдою"); a verb opening a sentence stays
a verb. Words written for these tests."""
from __future__ import annotations


def tokens(core_pipeline, text):
    import datetime as dt
    from khronika.document import Document
    doc = Document(text=text, id="t", date=dt.date(2022, 3, 20))
    core_pipeline(doc)
    return {t.text: t for t in doc.tokens if t.is_word}


def test_a_surname_inside_a_phrase_is_a_noun(core_pipeline):
    toks = tokens(core_pipeline, "Говорив із Президентом Литви Наусєдою.")
    assert toks["Наусєдою"].pos == "NOUN" and toks["Наусєдою"].case == "ablt"
    assert toks["Говорив"].pos == "VERB"


def test_a_verb_opening_a_sentence_stays_a_verb(core_pipeline):
    toks = tokens(core_pipeline, "Провела переговори з делегацією.")
    assert toks["Провела"].pos == "VERB"

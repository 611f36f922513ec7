"""Events modes: a talk is many-sided when a gathering of many is named, when three parties
take part, or when a party word stands in the plural; a delegation is one side. Sentences
written for these tests."""
from __future__ import annotations

from test_events import build


def modes(doc, type_="CONSULT"):
    return [e.mode for e in doc.events if e.type == type_]


def test_two_delegations_talk_bilaterally(core_pipeline):
    for text in ("Делегація України говорить із делегацією Росії.",
                 "У Стамбулі відбулися прямі переговори делегацій України та Росії."):
        doc = build(core_pipeline, text, names=[("України", "ukraine"), ("Росії", "russia")])
        assert modes(doc) == [None], text


def test_a_party_word_in_the_plural_makes_a_talk_many_sided(core_pipeline):
    doc = build(core_pipeline, "Вчора відбулася зустріч лідерів країн Балтії.")
    assert modes(doc) == ["multilateral"]
    doc = build(core_pipeline, "Вчора відбулася зустріч із лідером країни.")
    assert modes(doc) == [None]

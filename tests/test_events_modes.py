"""Events modes: a talk is many-sided when a gathering of many is named, when three parties
take part, or when a party word stands in the plural; a delegation is one side. Sentences
written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build


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


def test_a_person_and_the_body_named_beside_him_are_one_party(core_pipeline):
    ENTS.setdefault("blackrock", ("BlackRock", "BlackRock", "ORG", None))
    ENTS.setdefault("a-fink", ("A. Fink", "А. Фінк", "PER", None))
    doc = build(core_pipeline, "Президент України провів зустріч із директором BlackRock Аланом Фінком.",
                names=[("України", "ukraine"), ("BlackRock", "blackrock"), ("Аланом Фінком", "a-fink")])
    assert {"blackrock", "a-fink"} <= {x for e in doc.events for x in e.recipients}
    assert modes(doc) == [None]


def test_a_body_and_its_state_are_one_party(core_pipeline):
    ENTS.setdefault("us-congress", ("United States Congress", "Конгрес США", "ORG", "Q11268"))
    doc = build(core_pipeline, "Президент України виступив перед Конгресом Сполучених Штатів.",
                names=[("України", "ukraine"), ("Конгресом", "us-congress"), ("Сполучених Штатів", "united-states")])
    assert modes(doc) == [None]

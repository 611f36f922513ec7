"""A condition told of no one is a rule, no happening (triggers/open_conditions.py): "Якщо на одну з
країн союзу нападуть, інші мають надати їй допомогу" names no party and no place. A condition
with its parties stays, conditional. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import build


@pytest.mark.parametrize("text", [
    "Якщо на одну з країн союзу нападуть, інші мають надати їй допомогу.",
    "У разі, якщо пенсіонери не можуть отримати виплати вдома, гроші передадуть через пошту.",
])
def test_a_condition_of_no_one_is_no_event(core_pipeline, text):
    assert [e.type for e in build(core_pipeline, text).events] == []


def test_a_condition_with_its_parties_stays(core_pipeline):
    doc = build(core_pipeline, "Якщо Росія нападе на Польщу, НАТО надасть їй допомогу.",
                names=[("Росія", "russia"), ("Польщу", "poland"), ("НАТО", "nato")])
    assert sorted((e.type, e.status) for e in doc.events) == [("AID", "conditional"), ("ASSAULT", "conditional")]


def test_a_condition_that_names_a_party_elsewhere_in_its_sentence_stays(core_pipeline):
    """The warning's party stands in the condition, not in the happening warned of."""
    doc = build(core_pipeline, "У разі вторгнення Росії в Польщу Альянс надасть допомогу.",
                names=[("Росії", "russia"), ("Польщу", "poland")])
    assert [(e.type, e.status) for e in doc.events] == [("AID", "conditional")]


def test_a_rule_for_the_citizens_of_the_home_state_is_told_of_no_one(core_pipeline):
    """A law's "громадянин України" names whom the rule is for, no party to a happening."""
    doc = build(core_pipeline, "У разі, якщо громадянин України не отримав допомогу вчасно, "
                               "виплату здійснять наступного місяця.", names=[("України", "ukraine")])
    assert doc.events == []

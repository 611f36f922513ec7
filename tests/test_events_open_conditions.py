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

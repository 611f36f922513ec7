"""Court news told in the steps of a case: a ruling appealed ("оскаржила вирок", "подала
апеляцію"), a motion filed ("звернулася до суду з клопотанням"), a pre-trial investigation
carried on ("здійснює досудове розслідування"); a party to a trial ("сторона захисту") is no
state's side. And the same words that tell none. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import build, sorted_types as _types


@pytest.mark.parametrize("text, type_", [
    ("Обласна прокуратура оскаржила вирок районного суду.", "ACCUSE"),
    ("Фірма подала апеляцію на рішення господарського суду.", "ACCUSE"),
    ("Слідчий звернувся до суду з клопотанням про арешт майна.", "REQUEST"),
    ("Поліція з весни здійснює досудове розслідування за фактом розкрадання.", "ACCUSE"),
])
def test_steps_of_a_case_tell_a_happening(core_pipeline, text, type_):
    assert _types(build(core_pipeline, text)) == [type_]


def test_a_party_to_a_trial_is_no_state(core_pipeline):
    doc = build(core_pipeline, "Адвокат заявив, що сторона захисту оскаржить ухвалу.")
    assert [(e.type, e.actors) for e in doc.events] == [("ACCUSE", [])]


@pytest.mark.parametrize("text", [
    "Суд розглянув клопотання захисту.",
    "Ніхто не оскаржує його внесок у перемогу.",
    "Журналісти провели розслідування щодо маєтків посадовців.",
])
def test_the_same_words_in_other_senses_tell_none(core_pipeline, text):
    assert _types(build(core_pipeline, text)) == []

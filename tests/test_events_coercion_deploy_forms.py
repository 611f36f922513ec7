"""Forms of state coercion and deployment read in Brown-UK essays and press texts the rules were
not tuned on: people driven from their homes ("виселили на Північ"), property expropriated
("експропрійовано", "розкуркулено"), students dispersed ("розігнав студентів"), troops told as
deployed ("угруповання розгорнуті"); and the other senses of the same words. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from event_helpers import build, sorted_types as _types


@pytest.mark.parametrize("text, type_", [
    ("Влада виселила тисячі селян на Північ.", "COERCE"),
    ("Того року було експропрійовано сотні господарств.", "COERCE"),
    ("Спецпідрозділ розігнав студентів біля університету.", "COERCE"),
    ("Нові угруповання розгорнуті вздовж кордону.", "MOBILIZE"),
])
def test_coercion_and_deployment_forms_tell_a_happening(core_pipeline, text, type_):
    assert _types(build(core_pipeline, text)) == [type_]


@pytest.mark.parametrize("text", [
    "Їх виселили з гуртожитку через ремонт.",
    "Польовий шпиталь розгорнутий біля вокзалу.",
    "Розгорнута карта лежала на столі.",
    "Вітер розігнав туман над річкою.",
])
def test_the_same_words_in_other_senses_tell_none(core_pipeline, text):
    assert _types(build(core_pipeline, text)) == []

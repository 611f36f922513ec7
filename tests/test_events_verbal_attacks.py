"""An attack of words is no strike (verbal_attacks.py): the verb's instrument is a noun of
speech ("атакують міністра питаннями") or its subject one whose trade is words ("Критики
атакують уряд"). A strike with a weapon or by an army keeps its event. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from event_helpers import build


@pytest.mark.parametrize("text", [
    "Журналісти атакують міністра питаннями, а він мовчить.",
    "Опозиція атакувала прем'єра критикою.",
    "Критики атакують уряд за повільні реформи.",
    "Рецензенти атакують режисера за надмірний пафос.",
    "Після виступу блогери атакували депутата образливими коментарями.",
])
def test_an_attack_of_words_is_no_strike(core_pipeline, text):
    assert [e.type for e in build(core_pipeline, text).events] == []


@pytest.mark.parametrize("text, names", [
    ("Росія атакувала Харків ударними дронами.", [("Росія", "russia")]),
    ("Окупанти атакують позиції наших військ з кількох напрямків.", []),
    ("Після заяви міністра Росія атакувала Київ ракетами.", [("Росія", "russia"), ("Київ", "kyiv")]),
])
def test_a_strike_with_weapons_stays(core_pipeline, text, names):
    assert [e.type for e in build(core_pipeline, text, names=names).events] == ["ASSAULT"]

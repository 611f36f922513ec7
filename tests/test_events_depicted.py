"""A happening a work depicts or a person recalls is no happening of the report (depicted.py):
"Автор описує, як ...", "Фільм показує, як ...", "ветеран згадує: «...»" across the sentences of
its quote. A politician who tells what happened reports it, and the event stays. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from khronika.document import Quote
from khronika.extract.events import EventExtractor

from event_helpers import build


@pytest.mark.parametrize("text", [
    "Письменник описує, як ворожа армія бомбардувала порт.",
    "Стрічка показує, як окупанти штурмують село на сході.",
    "Дідусь розповідав, як танки атакували їхнє містечко.",
    "У новому романі авторка змальовує, як загарбники обстрілюють переправу.",
])
def test_a_happening_a_work_depicts_is_no_event(core_pipeline, text):
    assert [e.type for e in build(core_pipeline, text).events] == []


def test_a_recollection_quoted_over_two_sentences_is_no_event(core_pipeline):
    text = ("Ветеран згадує: «Тоді ворог бомбардував наш блокпост щоночі. "
            "Ми просили штаб надіслати підкріплення».")
    doc = build(core_pipeline, text)
    q0 = text.index("«")
    doc.quotes.append(Quote(q0, len(text), text[q0:], "direct", None))
    doc.events.clear()
    EventExtractor()(doc)
    assert [e.type for e in doc.events] == []


@pytest.mark.parametrize("text, names", [
    ("Прем'єр розповів, як Росія атакувала Київ уночі.", [("Росія", "russia"), ("Київ", "kyiv")]),
    ("Міністр згадав, що Росія вдарила по Києву.", [("Росія", "russia"), ("Києву", "kyiv")]),
])
def test_a_happening_an_official_tells_stays(core_pipeline, text, names):
    assert [e.type for e in build(core_pipeline, text, names=names).events] == ["ASSAULT"]

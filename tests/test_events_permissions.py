"""A permission given or got is no aid, though what it allows may be ("отримала дозвіл на
постачання зброї"): the verb's own first object decides (`leave` in lang/uk/events.yaml,
first_objects.py). The aid given itself stays aid. The sentences are the test's own."""
from __future__ import annotations

import pytest

from event_helpers import analysed, show

DAY = "2025-06-12"


@pytest.mark.parametrize("text", [
    "Україна отримала згоду союзників на використання ракет по аеродромах.",
    "Фермерське господарство отримало дозвіл на закупівлю техніки для поливу.",
    "Міністерство надало ліцензію на імпорт генераторів приватній фірмі.",
    "Мерія дала погодження на встановлення системи відеоспостереження.",
])
def test_a_permission_given_or_got_is_no_aid(text):
    doc = analysed(text, DAY)
    # (the verb of giving or getting tells no aid; what is allowed may be told as its own act)
    assert not [e for e in doc.events if e.type == "AID" and
                e.trigger.text.lower() in ("отримала", "отримало", "надало", "дала")], show(doc.events)


@pytest.mark.parametrize("text", [
    "Україна отримала від Швеції нові ракети для ППО.",
    "Литва надала Україні генератори та зброю.",
    "Польща дала Україні ще двадцять танків.",
])
def test_aid_given_or_got_stays_aid(text):
    doc = analysed(text, DAY)
    assert [e for e in doc.events if e.type == "AID"], show(doc.events)

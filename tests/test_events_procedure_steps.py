"""What a party "має"/"повинен" do is asked of it only in someone's words (an address in the first
person, a quote, "заявив, що ..."): a report's own "угоду ще має схвалити комітет" tells a step
a procedure requires, nobody's demand (scan.py, need `obliged`). The sentences are the test's own."""
from __future__ import annotations

import pytest

from event_helpers import analysed, show

DAY = "2025-06-12"


@pytest.mark.parametrize("text", [
    "Дві мережі кав'ярень оголосили про злиття. Документи підписали в понеділок. "
    "Антимонопольний комітет ще має схвалити угоду.",
    "Проєкт бюджету вже у депутатів. За регламентом, уряд повинен затвердити розпис до кінця місяця. "
    "Голосування призначено на четвер.",
])
def test_a_step_a_report_says_is_required_is_no_request(text):
    doc = analysed(text, DAY)
    assert "REQUEST" not in [e.type for e in doc.events], show(doc.events)


@pytest.mark.parametrize("text", [
    "Ми не відступимо. Росія повинна вивести війська з нашої землі. Слава Україні!",
    "Прем'єр-міністр наголосив, що Росія повинна повернути депортованих дітей. Він виступав у Женеві. "
    "Зал аплодував.",
])
def test_what_a_speaker_says_a_party_must_do_is_asked_of_it(text):
    doc = analysed(text, DAY)
    assert "REQUEST" in [e.type for e in doc.events], show(doc.events)

"""A plural happening noun with a perfective past verb of holding ("Детективи провели обшуки",
"Слідчі провели арешти") tells those happenings as done, not a kind, even with no party or
date; the imperfective ("проводили обшуки") tells a habit and stays generic. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from event_helpers import build


@pytest.mark.parametrize("text, type_", [
    ("Детективи провели обшуки в кабінеті директора.", "COERCE"),
    ("Слідчі провели арешти.", "COERCE"),
])
def test_plural_happenings_held_are_these(core_pipeline, text, type_):
    assert [e.type for e in build(core_pipeline, text).events] == [type_]


def test_plural_happenings_held_by_habit_stay_generic(core_pipeline):
    assert build(core_pipeline, "Детективи проводили обшуки в кабінетах.").events == []

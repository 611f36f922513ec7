"""A meeting named with the plan once made for it, in a participle set off by commas, and then
told what became of it: the verb after the closing comma decides its status ("Зустріч ...,
запланована на п'ятницю, не відбулася" is negated, not planned). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from event_helpers import build


def statuses(doc):
    return [e.status for e in doc.events if e.type == "CONSULT"]


@pytest.mark.parametrize("text,want", [
    ("Зустріч міністрів у Відні, запланована на п'ятницю, не відбулася.", "negated"),
    ("Переговори делегацій, перенесені на четвер, так і не відбулися.", "negated"),
    ("Переговори, анонсовані на середу, пройшли у Женеві.", "occurred"),
    ("Зустріч радників, призначена на понеділок, зірвалася.", "negated"),
    ("Зустріч міністрів, запланована на п'ятницю, відбудеться у Відні.", "planned"),
])
def test_the_verb_after_the_participle_tells_what_became_of_it(core_pipeline, text, want):
    assert statuses(build(core_pipeline, text, date="2019-10-08")) == [want]


def test_a_verb_that_tells_no_outcome_leaves_the_status_as_read(core_pipeline):
    text = "Зустріч міністрів, проведена в понеділок, дала результат."
    assert statuses(build(core_pipeline, text, date="2019-10-08")) == ["occurred"]

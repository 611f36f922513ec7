"""A sanction or aid named again as the subject of what it will do ("Заборона на ввезення
металу послабить ...") is the decision just told, not a second, planned one
(effect_subjects.py, named_again.py). A decision of another party, or one with no decision
told before, stays its own. Texts written for these tests."""
from __future__ import annotations

from event_helpers import build


def _events(doc):
    return [(e.type, e.status, e.trigger.text) for e in doc.events]


def test_a_ban_named_again_by_its_effect_is_the_ban(core_pipeline):
    text = ("Франція забороняє ввезення російського алюмінію. "
            "Заборона на ввезення металу до Франції послабить російську промисловість.")
    doc = build(core_pipeline, text, names=[("Франція", "france"), ("Франції", "france")])
    assert _events(doc) == [("SANCTION", "ongoing", "забороняє")]


def test_sanctions_of_another_party_stay_apart(core_pipeline):
    text = ("Польща запровадила санкції проти російських банків. "
            "Нові санкції Франції проти Росії послаблять її економіку.")
    doc = build(core_pipeline, text, names=[("Польща", "poland"), ("Франції", "france"), ("Росії", "russia")])
    assert [e.trigger.text for e in doc.events] == ["санкції", "санкції"]

"""Events: whose frozen assets or reserves fund aid gives nothing; the state giving the money
does. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

ENTS.setdefault("japan", ("Japan", "Японія", "LOC", "Q17"))


def aid(doc):
    evs = [e for e in doc.events if e.type == "AID"]
    assert evs, [(e.type, e.actors, e.recipients) for e in doc.events]
    return evs


def test_the_owner_of_funding_assets_is_no_giver(core_pipeline):
    for text, names in (
            ("Японія надасть Україні позику з прибутків від знерухомлених резервів Росії.",
             [("Японія", "japan"), ("Україні", "ukraine"), ("Росії", "russia")]),
            ("Франція передала Україні кошти, отримані з російських заморожених активів.",
             [("Франція", "france"), ("Україні", "ukraine"), ("російських", "russia")])):
        for ev in aid(build(core_pipeline, text, names=names)):
            assert "russia" not in ev.actors + ev.recipients, (text, ev.actors, ev.recipients)
            assert "ukraine" in ev.recipients, (text, ev.actors, ev.recipients)


def test_a_state_named_apart_from_assets_still_gives(core_pipeline):
    doc = build(core_pipeline, "Польща передала Україні кошти з доходів від заморожених активів.",
                names=[("Польща", "poland"), ("Україні", "ukraine")])
    assert any(ev.actors == ["poland"] and ev.recipients == ["ukraine"] for ev in aid(doc))


def test_the_owner_stays_the_one_hit_when_its_assets_are_frozen(core_pipeline):
    doc = build(core_pipeline, "Канада заблокувала активи Росії на 5 мільярдів доларів.",
                names=[("Канада", "canada-j19"), ("Росії", "russia")])
    evs = [e for e in doc.events if e.type == "SANCTION"]
    assert evs and all("russia" in e.recipients for e in evs), [(e.type, e.actors, e.recipients) for e in doc.events]


ENTS.setdefault("canada-j19", ("Canada", "Канада", "LOC", "Q16"))

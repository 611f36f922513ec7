"""A state's adjective on the weapons a strike is made with names where they were made, not a
side (issue 16): "американськими HIMARS" does not make the USA strike or be struck; the
adversary's own weapons ("російськими ракетами") still tell who struck. Sentences written for
these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, typed

ENTS.setdefault("armed-forces", ("Armed Forces of Ukraine", "Збройні сили України", "ORG", "Q1278364"))
ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))


assaults = typed("ASSAULT")


def test_a_supplier_named_on_the_weapons_takes_no_side(core_pipeline):
    doc = build(core_pipeline, "Збройні сили України знищили склад окупантів американськими HIMARS.",
                names=[("Збройні сили України", "armed-forces")],
                refs=[("американськими", "united-states", "adjective")])
    [ev] = assaults(doc)
    assert "united-states" not in ev.actors + ev.recipients and "armed-forces" in ev.actors
    doc = build(core_pipeline, "Українські артилеристи вдарили по переправі німецькими гаубицями.",
                refs=[("Українські", "ukraine", "adjective"), ("німецькими", "germany", "adjective")])
    [ev] = assaults(doc)
    assert ev.actors == ["ukraine"] and "germany" not in ev.recipients


def test_the_adversarys_own_weapons_still_tell_who_struck(core_pipeline):
    doc = build(core_pipeline, "Уночі Харків обстріляли російськими ракетами.",
                names=[("Харків", "kharkiv")], refs=[("російськими", "russia", "adjective")])
    [ev] = assaults(doc)
    assert ev.actors == ["russia"] and "kharkiv" in ev.recipients


def test_a_state_named_as_a_party_too_keeps_its_side(core_pipeline):
    doc = build(core_pipeline, "Німеччина вдарила по складу німецькими ракетами.",
                names=[("Німеччина", "germany")], refs=[("німецькими", "germany", "adjective")])
    [ev] = assaults(doc)
    assert ev.actors == ["germany"]

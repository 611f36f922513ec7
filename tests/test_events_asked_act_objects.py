"""Events: a country adjective inside the object of the act asked for ("заборонити ввезення
російської сталі") or of the act a threat answers ("відповідь на вислання російських
дипломатів") is neither the one asked nor the one threatened. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import build, of_type


def test_an_adjective_in_the_asked_act_is_no_receiver(core_pipeline):
    # "заборонити" is a bare perfective verb to the dictionary, no marked infinitive
    doc = build(core_pipeline, "Прем'єр закликав ЄС заборонити ввезення російської сталі.",
                names=[("ЄС", "eu")], refs=[("російської", "russia", "adjective")])
    evs = of_type(doc, "REQUEST")
    assert evs and all("russia" not in ev.recipients and "eu" in ev.recipients for ev in evs), \
        [(e.actors, e.recipients) for e in evs]


def test_whose_people_a_threat_answers_for_are_not_threatened(core_pipeline):
    doc = build(core_pipeline, "Анкара пообіцяла відповісти на вислання турецьких дипломатів з Франції.",
                refs=[("турецьких", "turkey", "adjective")])
    evs = of_type(doc, "THREATEN")
    assert evs and all("turkey" not in ev.recipients for ev in evs), [(e.actors, e.recipients) for e in evs]


def test_whose_missiles_a_threat_answers_are_threatened(core_pipeline):
    # negative: the deployment of American missiles is the Americans' own act
    doc = build(core_pipeline, "Туреччина пригрозила відповіддю на розміщення американських ракет.",
                names=[("Туреччина", "turkey")], refs=[("американських", "united-states", "adjective")])
    evs = of_type(doc, "THREATEN")
    assert evs and any("united-states" in ev.recipients for ev in evs), [(e.actors, e.recipients) for e in evs]

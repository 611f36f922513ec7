"""Events: a foreign leader or body visiting a third country's town ("Канцлер Німеччини прибув до
Варшави", "делегація ОБСЄ прибула до Кишинева") is met by that country, as a visit of the home
side abroad is; the home side takes no part. Seats of unions and talks with a partner named
stay as they were. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, typed

ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("warsaw", ("Warsaw", "Варшава", "LOC", "Q270"))
ENTS.setdefault("chisinau", ("Chisinau", "Кишинів", "LOC", "Q21197"))
ENTS.setdefault("moldova", ("Moldova", "Молдова", "LOC", "Q217"))
ENTS.setdefault("osce", ("OSCE", "ОБСЄ", "ORG", "Q81299"))
ENTS.setdefault("brussels", ("Brussels", "Брюссель", "LOC", "Q239"))


visits = typed("CONSULT")


def test_a_foreign_visit_to_a_third_country_is_met_by_it(core_pipeline):
    for text, names, host in (
            ("Канцлер Німеччини прибув до Варшави з першим візитом.",
             [("Німеччини", "germany"), ("Варшави", "warsaw")], "poland"),
            ("До Кишинева прибула делегація ОБСЄ.", [("Кишинева", "chisinau"), ("ОБСЄ", "osce")], "moldova")):
        evs = visits(build(core_pipeline, text, names=names))
        assert evs, text
        assert any(host in ev.recipients for ev in evs), (text, [(e.actors, e.recipients) for e in evs])
        assert all("ukraine" not in ev.actors + ev.recipients for ev in evs), text


def test_a_seat_is_no_host(core_pipeline):
    evs = visits(build(core_pipeline, "Канцлер Німеччини прибув до Брюсселя.",
                       names=[("Німеччини", "germany"), ("Брюсселя", "brussels")]))
    assert all(not ev.recipients for ev in evs), [(e.actors, e.recipients) for e in evs]

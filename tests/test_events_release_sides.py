"""Events: a release with no side named but the home side's people freed ("З полону звільнили
12 українських моряків") is the adversary's, who held them; a court's release from custody
("Суд звільнив з-під варти українського блогера") implies no side. Sentences written for these
tests."""
from __future__ import annotations

from event_helpers import build, typed


releases = typed("RETREAT")


def test_home_people_freed_are_freed_by_the_adversary(core_pipeline):
    doc = build(core_pipeline, "З полону звільнили 12 українських моряків.",
                refs=[("українських", "ukraine", "adjective")])
    evs = releases(doc)
    assert evs and all("russia" in ev.actors and "ukraine" in ev.recipients for ev in evs), \
        [(e.actors, e.recipients) for e in evs]


def test_a_release_of_no_named_people_keeps_the_home_side_acting(core_pipeline):
    # negative: "звільнили з полону мера" names no nation freed; the home side secures it
    evs = releases(build(core_pipeline, "Вчора звільнили з полону мера міста."))
    assert evs and all("russia" not in ev.actors for ev in evs), [(e.actors, e.recipients) for e in evs]


def test_a_court_release_from_custody_implies_no_side(core_pipeline):
    for text in ("Суд звільнив з-під варти українського блогера.",
                 "Вчора звільнили з-під варти українського блогера."):
        doc = build(core_pipeline, text, refs=[("українського", "ukraine", "adjective")])
        evs = releases(doc)
        assert evs and all(not ev.recipients and "russia" not in ev.actors for ev in evs), \
            (text, [(e.actors, e.recipients) for e in evs])

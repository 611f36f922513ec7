"""Events: the people a release frees, named by their nation ("20 українців", "українських
захисників"), belong to the state that gets them back: it is the release's receiver. An
adjective on the captivity ("з російського полону") names who held them, not whom they belong to.
Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, typed

ENTS.setdefault("azerbaijan", ("Azerbaijan", "Азербайджан", "LOC", "Q227"))


releases = typed("RETREAT")


def test_the_state_of_the_freed_receives(core_pipeline):
    for text, names, refs in (
            ("Росія звільнила з полону 20 українців.", [("Росія", "russia")],
             [("українців", "ukraine", "demonym")]),
            ("У п'ятницю Росія звільнила з полону 35 українських захисників.", [("Росія", "russia")],
             [("українських", "ukraine", "adjective")]),
            ("Туреччина звільнила з полону трьох польських моряків.", [("Туреччина", "turkey")],
             [("польських", "poland", "adjective")])):
        evs = releases(build(core_pipeline, text, names=names, refs=refs))
        assert evs, text
        want = refs[0][1]
        assert any(want in ev.recipients and want not in ev.actors and names[0][1] in ev.actors for ev in evs), \
            (text, [(e.actors, e.recipients) for e in evs])


def test_the_captors_adjective_is_not_whose_people(core_pipeline):
    text = "Туреччина звільнила з російського полону двох польських моряків."
    evs = releases(build(core_pipeline, text, names=[("Туреччина", "turkey")],
                         refs=[("російського", "russia", "adjective"), ("польських", "poland", "adjective")]))
    assert evs
    for ev in evs:
        assert "poland" in ev.recipients, (ev.actors, ev.recipients)
        assert "russia" not in ev.recipients or "russia" in ev.actors, (ev.actors, ev.recipients)


def test_a_heading_that_only_implies_sides_yields_to_the_release_told(core_pipeline):
    # the heading "Обмін полоненими" implies the home side gives and the adversary gets; the
    # release told after it names the adversary as the one who frees
    text = "Обмін полоненими. У неділю Росія звільнила з полону 40 українських захисників."
    evs = releases(build(core_pipeline, text, names=[("Росія", "russia")],
                         refs=[("українських", "ukraine", "adjective")]))
    assert evs
    assert any("russia" in ev.actors and "russia" not in ev.recipients for ev in evs), \
        [(e.actors, e.recipients) for e in evs]


def test_a_helper_with_no_one_helped_named_takes_part(core_pipeline):
    ENTS.setdefault("vatican", ("Vatican City", "Ватикан", "LOC", "Q237"))
    text = "Ватикан допоміг повернути додому 20 українських дітей."
    evs = releases(build(core_pipeline, text, names=[("Ватикан", "vatican")],
                         refs=[("українських", "ukraine", "adjective")]))
    assert evs
    for ev in evs:
        assert "vatican" not in ev.recipients, (ev.actors, ev.recipients)
        assert "ukraine" in ev.recipients, (ev.actors, ev.recipients)

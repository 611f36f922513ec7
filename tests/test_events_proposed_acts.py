"""Events: an act proposed to someone named in the dative ("запропонувала Євросоюзу заборонити")
is theirs to do; the proposer is not its doer. Offering one's own act, or proposing a meeting,
keeps the proposer. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, of_type

ENTS.setdefault("lithuania", ("Lithuania", "Литва", "LOC", "Q37"))
ENTS.setdefault("czechia", ("Czech Republic", "Чехія", "LOC", "Q213"))
ENTS.setdefault("italy", ("Italy", "Італія", "LOC", "Q38"))


def test_the_one_addressed_does_the_act_proposed(core_pipeline):
    for text, names, refs in (
            ("Литва запропонувала Євросоюзу заборонити імпорт російського газу.",
             [("Литва", "lithuania"), ("Євросоюзу", "eu")], [("російського", "russia", "adjective")]),
            ("Польща пропонує Євросоюзу запровадити ембарго на російське зерно.",
             [("Польща", "poland"), ("Євросоюзу", "eu")], [("російське", "russia", "adjective")])):
        evs = of_type(build(core_pipeline, text, names=names, refs=refs), "SANCTION")
        assert evs, text
        proposer = names[0][1]
        for ev in evs:
            assert proposer not in ev.actors + ev.recipients, (text, ev.actors, ev.recipients)
            assert "eu" not in ev.recipients, (text, ev.actors, ev.recipients)


def test_an_unnamed_addressee_leaves_the_doer_empty(core_pipeline):
    text = "Італія запропонувала партнерам запровадити обмеження на російський алюміній."
    evs = of_type(build(core_pipeline, text, names=[("Італія", "italy")],
                        refs=[("російський", "russia", "adjective")]), "SANCTION")
    assert evs
    assert all("italy" not in ev.actors for ev in evs), [(e.actors, e.recipients) for e in evs]


def test_an_own_offer_and_a_meeting_proposed_keep_the_proposer(core_pipeline):
    evs = of_type(build(core_pipeline, "Чехія запропонувала передати Україні ще 300 тисяч снарядів.",
                        names=[("Чехія", "czechia"), ("Україні", "ukraine")]), "AID")
    assert evs and all("czechia" in ev.actors for ev in evs)
    evs = of_type(build(core_pipeline, "Туреччина запропонувала Україні провести переговори у Стамбулі.",
                        names=[("Туреччина", "turkey"), ("Україні", "ukraine")]), "CONSULT")
    assert all("turkey" in ev.actors + ev.recipients for ev in evs)


def test_sanctions_proposed_to_no_one_named_have_no_doer(core_pipeline):
    # a state proposing sanctions proposes them for the union it belongs to: who imposes them
    # the text does not say
    text = "Франція запропонувала посилити санкції проти Ірану."
    ENTS.setdefault("iran", ("Iran", "Іран", "LOC", "Q794"))
    evs = of_type(build(core_pipeline, text, names=[("Франція", "france"), ("Ірану", "iran")]), "SANCTION")
    assert evs
    for ev in evs:
        assert "france" not in ev.actors, (ev.actors, ev.recipients)
        assert "iran" in ev.recipients, (ev.actors, ev.recipients)

"""Events of a condition: "якщо" opens a clause of its own, so who acts in the main clause after
the comma takes no part in the conditional happening, and a happening of the main clause with
another doer is a second one. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, of_type, rows

ENTS.setdefault("poland", ("Poland", "Польща", "LOC", "Q36"))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("odesa", ("Odesa", "Одеса", "LOC", "Q1874"))


def strikes(doc):
    return rows(of_type(doc, "ASSAULT"), "status", "actors")


def test_the_main_clause_takes_no_part_in_the_condition(core_pipeline):
    doc = build(core_pipeline, "Якщо Росія атакує Харків, ми відповімо.", names=[("Росія", "russia")])
    assert strikes(doc) == [("conditional", ["russia"])]


def test_a_strike_answering_a_strike_is_a_second_happening(core_pipeline):
    doc = build(core_pipeline, "Якщо Росія знову вдарить по енергетиці, Україна завдасть ударів по заводах.",
                names=[("Росія", "russia"), ("Україна", "ukraine")])
    assert sorted(strikes(doc)) == [("conditional", ["russia"]), ("conditional", ["ukraine"])]


def test_a_subject_shared_across_the_comma_stays(core_pipeline):
    doc = build(core_pipeline, "Росія зруйнувала домовленості, завдала удару по Харкову.",
                names=[("Росія", "russia")])
    assert [e.actors for e in doc.events if e.type == "ASSAULT"] == [["russia"]]


def test_a_happening_begun_and_going_on_is_one(core_pipeline):
    doc = build(core_pipeline, "Польща вже відправила й продовжує відправляти нам зброю.", names=[("Польща", "poland")])
    assert [e.type for e in doc.events] == ["AID"]
    doc = build(core_pipeline, "Росія обстріляла Харків і продовжує обстрілювати Одесу.",
                names=[("Росія", "russia"), ("Харків", "kharkiv"), ("Одесу", "odesa")])
    assert [e.recipients for e in doc.events if e.type == "ASSAULT"] == [["kharkiv"], ["odesa"]]

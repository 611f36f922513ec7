"""Events sides: the one a speaker addresses is no subject. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, sides

from khronika.extract.morph import analyse

ENTS.setdefault("europe", ("Europe", "Європа", "LOC", "Q46"))
ENTS.setdefault("volodymyr-zelenskyy", ("Volodymyr Zelenskyy", "Володимир Зеленський", "PER", "Q3874799"))


def test_a_name_addressed_before_a_plea_is_the_one_asked(core_pipeline):
    doc = build(core_pipeline, "НАТО, ви маєте закрити небо над Україною!", names=[("НАТО", "nato")])
    got = sides(doc, "REQUEST")
    assert got and "nato" not in got[0][0] and "nato" in got[0][1], got
    doc = build(core_pipeline, "Європо, дай нам зброю!", names=[("Європо", "europe")])
    got = sides(doc, "REQUEST")
    assert got and "europe" not in got[0][0], got
    # the same name as the subject still acts
    doc = build(core_pipeline, "НАТО закликало Росію вивести війська.", names=[("НАТО", "nato"), ("Росію", "russia")])
    got = sides(doc, "REQUEST")
    assert got and got[0][0] == ["nato"] and "russia" in got[0][1], got


def test_a_role_word_addressed_names_no_party(core_pipeline):
    # "Президенте" addressed in a speech abroad is the host's president: it neither asks nor is
    # the speaker's own
    doc = build(core_pipeline, "Шановний Президенте, ми просимо вас надати нам зброю.",
                refs=[("Президенте", "volodymyr-zelenskyy", "role")])
    got = sides(doc, "REQUEST")
    assert got and all("volodymyr-zelenskyy" not in a + r for a, r in got), got
    # a name that opens a sentence with a comma and no second person is the subject
    doc = build(core_pipeline, "Франція, яка підтримує Україну, запровадила санкції проти Росії.",
                names=[("Франція", "france"), ("Україну", "ukraine"), ("Росії", "russia")])
    got = sides(doc, "SANCTION")
    assert got and "france" in got[0][0], got


def test_an_abbreviation_in_capitals_is_read_as_one():
    # "НАТО" is also the vocative of the first name "Ната"
    assert analyse("НАТО").case == "nomn" and "Abbr" in analyse("НАТО").tags


def test_a_name_after_a_first_person_verb_is_its_object(core_pipeline):
    doc = build(core_pipeline, "Ми закликаємо НАТО закрити небо.", names=[("НАТО", "nato")])
    got = sides(doc, "REQUEST")
    assert got and "nato" not in got[0][0] and "nato" in got[0][1], got
    doc = build(core_pipeline, "І я не звинувачую НАТО.", names=[("НАТО", "nato")])
    got = sides(doc, "ACCUSE")
    assert got and "nato" not in got[0][0], got


def test_one_invited_to_visit_is_the_visitor(core_pipeline):
    ENTS.setdefault("bucha", ("Bucha", "Буча", "LOC", "Q1021436"))
    ENTS.setdefault("angela-merkel", ("Angela Merkel", "Ангела Меркель", "PER", "Q567"))
    doc = build(core_pipeline, "Я запрошую пані Меркель відвідати Бучу.",
                names=[("Меркель", "angela-merkel"), ("Бучу", "bucha")])
    evs = [e for e in doc.events if e.type == "CONSULT"]
    assert evs and evs[0].status == "planned", [(e.status, e.actors) for e in evs]
    assert "angela-merkel" in evs[0].actors and "ukraine" not in evs[0].actors


def test_the_subject_of_the_next_verb_past_a_comma_takes_no_part_in_a_verbless_clause(core_pipeline):
    doc = build(core_pipeline, "Знаючи, що нові удари неминучі, НАТО ухвалило рішення.", names=[("НАТО", "nato")])
    assert all("nato" not in e.actors + e.recipients for e in doc.events if e.type == "ASSAULT"), \
        [(e.type, e.actors, e.recipients) for e in doc.events]

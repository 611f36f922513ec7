"""Events recall A28: a sum of money given by a named party to a named one with "дати"
("Японія дала Україні 2 мільярди доларів") is AID. Near misses give no aid: income with no
giver, a bribe, spending at home in hryvnias, a hint ("дала зрозуміти"), guarantees given.
A group of states named by its Latin abbreviation ("G7 засудила") acts as "НАТО" does.
Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, analysed, build, types

ENTS.setdefault("japan", ("Japan", "Японія", "LOC", "Q17"))
ENTS.setdefault("norway", ("Norway", "Норвегія", "LOC", "Q20"))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))


def test_a_sum_given_to_a_state_is_aid(core_pipeline):
    doc = build(core_pipeline, "Японія дала Україні 2 мільярди доларів.",
                names=[("Японія", "japan"), ("Україні", "ukraine")])
    [ev] = doc.events
    assert (ev.type, ev.status, ev.actors, ev.recipients) == ("AID", "occurred", ["japan"], ["ukraine"])
    doc = build(core_pipeline, "Норвегія дасть Україні ще 500 мільйонів євро.",
                names=[("Норвегія", "norway"), ("Україні", "ukraine")])
    [ev] = doc.events
    assert (ev.type, ev.status, ev.actors, ev.recipients) == ("AID", "planned", ["norway"], ["ukraine"])


def test_income_a_bribe_spending_at_home_or_a_hint_is_no_aid(core_pipeline):
    doc = build(core_pipeline, "Експорт зерна дав Україні 2 мільярди доларів.", names=[("Україні", "ukraine")])
    assert "AID" not in types(doc)
    doc = build(core_pipeline, "Кабмін дав Харкову 100 мільйонів гривень.", names=[("Харкову", "kharkiv")])
    assert "AID" not in types(doc)
    doc = build(core_pipeline, "Японія дала Україні зрозуміти, що мільярд доларів надійде пізніше.",
                names=[("Японія", "japan"), ("Україні", "ukraine")])
    assert "AID" not in types(doc)
    doc = build(core_pipeline, "Японія дала Україні гарантії.", names=[("Японія", "japan"), ("Україні", "ukraine")])
    assert "AID" not in types(doc)


def test_a_groups_latin_abbreviation_can_be_the_subject():
    # "G7" has no case in the dictionary, where "НАТО" has every one: it was never a subject
    doc = analysed("G7 засудила напад Росії на Україну.", "2024-03-02")
    [ev] = [e for e in doc.events if e.type == "ACCUSE"]
    assert ev.actors == ["g7"] and ev.recipients == ["russia"]
    # an object stays an object; a medium's letters are not read as a subject on a guess
    doc = analysed("Зеленський закликав G7 посилити санкції.", "2024-03-02")
    assert all("g7" not in e.actors for e in doc.events)
    doc = analysed("BBC повідомила про удар по Києву.", "2024-03-02")
    assert all("bbc" not in e.actors + e.recipients for e in doc.events)

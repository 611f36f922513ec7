"""A gathering the subject holds ("Провів конгрес, засідання ...", "скликали з'їзд") is a
meeting; and the author's stated whereabouts in an address ("Сьогодні знаходжусь у Харкові")
give the place and day of a meeting he then holds in person, though its sentence names neither
(a talk with a foreign party may have been a call: left alone). Sentences written for these
tests."""
from __future__ import annotations

from event_helpers import ENTS, build

ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("test-chancellor", ("Test Chancellor", "Канцлер", "PER", None))


def test_a_gathering_held_is_a_meeting(core_pipeline):
    doc = build(core_pipeline, "Скликали позачерговий з'їзд лікарів.")
    assert [(e.type, e.status) for e in doc.events] == [("CONSULT", "occurred")]
    doc = build(core_pipeline, "Провели асамблею, засідання міських голів регіону.")
    assert [(e.type, e.status) for e in doc.events] == [("CONSULT", "occurred")]


def test_a_gathering_not_held_by_the_verb_is_none(core_pipeline):
    for text in ("Конгрес провів слухання щодо бюджету.", "Провів реформу освіти.",
                 "Форум став важливою подією для міста."):
        doc = build(core_pipeline, text)
        assert all(e.type != "CONSULT" for e in doc.events), text


def test_the_authors_whereabouts_place_and_date_a_meeting_he_holds(core_pipeline):
    text = "Сьогодні знаходжусь у Харкові.\n\nЗараз – у міській раді. Провів нараду з військовими."
    doc = build(core_pipeline, text, date="2026-01-10", names=[("Харкові", "kharkiv")],
                timexes=[("Сьогодні", "2026-01-10", None)])
    [ev] = doc.events
    assert (ev.type, ev.place) == ("CONSULT", "kharkiv")
    assert ev.time and ev.time["value"] == "2026-01-10"


def test_a_talk_with_a_foreign_party_keeps_no_place(core_pipeline):
    text = "Сьогодні знаходжусь у Харкові.\n\nГоворив з Канцлером Німеччини."
    doc = build(core_pipeline, text, date="2026-01-10",
                names=[("Харкові", "kharkiv"), ("Канцлером", "test-chancellor"), ("Німеччини", "germany")],
                timexes=[("Сьогодні", "2026-01-10", None)])
    [ev] = doc.events
    assert ev.type == "CONSULT" and ev.place is None


def test_whereabouts_on_another_day_date_nothing(core_pipeline):
    text = "Вчора знаходився у Харкові.\n\nПровів нараду з військовими."
    doc = build(core_pipeline, text, date="2026-01-10", names=[("Харкові", "kharkiv")],
                timexes=[("Вчора", "2026-01-09", None)])
    [ev] = doc.events
    assert ev.place is None and ev.time is None

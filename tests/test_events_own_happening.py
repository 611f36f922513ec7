"""Events merging within a document: a mention with a partner of its own that no entity names
("із представниками бізнесу", "до учасників форуму") is another happening, and a party word
that is no subject takes no parties from the event before. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, typed

ENTS.setdefault("poland", ("Poland", "Польща", "LOC", "Q36"))
ENTS.setdefault("andrzej-duda", ("Andrzej Duda", "Анджей Дуда", "PER", "Q9151911"))

NAMES = [("Польщі", "poland"), ("Анджеєм Дудою", "andrzej-duda")]


consults = typed("CONSULT")


def test_a_talk_with_an_unnamed_partner_is_its_own_event(core_pipeline):
    doc = build(core_pipeline, "Сьогодні я провів зустріч із Президентом Польщі Анджеєм Дудою. "
                               "Поспілкувався також із представниками бізнесу.", names=NAMES)
    evs = consults(doc)
    assert len(evs) == 2
    assert "andrzej-duda" not in evs[1].actors + evs[1].recipients


def test_a_repeat_without_a_partner_still_merges(core_pipeline):
    doc = build(core_pipeline, "Сьогодні я провів зустріч із Президентом Польщі Анджеєм Дудою. "
                               "Ця зустріч була дуже змістовною.", names=NAMES)
    assert len(consults(doc)) == 1


def test_an_audience_in_the_genitive_takes_no_parties_from_before(core_pipeline):
    doc = build(core_pipeline, "Сьогодні провів переговори з Президентом Польщі Анджеєм Дудою. "
                               "Завтра відбудеться звернення до учасників форуму.", names=NAMES)
    later = [e for e in consults(doc) if e.status == "planned"]
    # (the post opens with its author's own verb: the address is the author's side's, but the
    # partner of the talks before takes no part in it)
    assert later and not later[0].recipients
    assert not {"andrzej-duda", "poland"} & set(later[0].actors)


def test_a_relative_clause_with_its_own_subject_keeps_the_main_clause_out(core_pipeline):
    ENTS.setdefault("russia", ("Russia", "Росія", "LOC", "Q159"))
    doc = build(core_pipeline, "Школи, які вони обстрілювали, – ми все відбудуємо.")
    strikes = [e for e in doc.events if e.type == "ASSAULT"]
    assert strikes and "ukraine" not in strikes[0].actors
    doc = build(core_pipeline, "Лікарні, які Росія обстрілювала, – ми все відбудуємо.", names=[("Росія", "russia")])
    strikes = [e for e in doc.events if e.type == "ASSAULT"]
    assert strikes and strikes[0].actors == ["russia"]

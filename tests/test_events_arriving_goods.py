"""Events a reader can trust (issue 16), who takes part (part C19): help named as the subject
of a verb of arriving ("Генератори від Литви прибули до Харкова") is a delivery: the one after
"від" gives, the home side receives when it arrives in one of its towns (that town is the
place) or the state it arrives in receives; the goods make no visit. Sentences written for
these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

from event_helpers import on_day


events = on_day("2024-11-20")


def aid(evs):
    found = [e for e in evs if e.type == "AID"]
    assert len(found) == 1, [(e.type, e.trigger.text, e.actors, e.recipients) for e in evs]
    assert not any(e.type == "CONSULT" for e in evs)
    return found[0]


def test_the_goods_as_subject_of_an_arrival_are_a_delivery_from_the_giver():
    ev = aid(events("Трансформатори від Данії вчора надійшли до Житомира."))
    assert ev.actors == ["denmark"] and ev.recipients == ["ukraine"] and ev.place == "zhytomyr"
    ev = aid(events("Медикаменти від Канади прибули до Чернігова."))
    assert ev.actors == ["canada"] and ev.recipients == ["ukraine"] and ev.place == "chernihiv"


def test_a_batch_of_goods_arriving_is_one_too():
    ev = aid(events("Нова партія бронетехніки від Швеції прибула в Україну."))
    assert ev.actors == ["sweden"] and ev.recipients == ["ukraine"] and ev.place is None
    # goods arriving elsewhere with no giver are no aid
    assert not [e for e in events("Нові танки надійшли до Польщі.") if e.type in ("AID", "CONSULT")]


def test_arriving_weapons_make_no_visit():
    ev = aid(events("Перші винищувачі Gripen від Швеції прибули в Україну."))
    assert "sweden" in ev.actors and "ukraine" in ev.recipients
    # the goods after the verb, a report before it
    ev = aid(events("Як повідомили в Міністерстві оборони, до Вінниці прибули нові генератори від Франції."))
    assert ev.actors == ["france"] and ev.recipients == ["ukraine"]


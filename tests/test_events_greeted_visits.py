"""A visit told by its guest and, in the next sentence, by the host who meets or receives the
guest is one happening: the host is the visit's other side (greeted_visits.py). A host who
meets someone else tells another happening. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, typed

ENTS.setdefault("hakan-fidan", ("Hakan Fidan", "Хакан Фідан", "PER", None))
ENTS.setdefault("andrzej-duda", ("Andrzej Duda", "Анджей Дуда", "PER", None))


_consults = typed("CONSULT")


def test_the_host_meeting_the_guest_is_the_visit(core_pipeline):
    text = "Хакан Фідан прибув до Києва з візитом. Андрій Сибіга зустрів Хакана Фідана на вокзалі."
    doc = build(core_pipeline, text, names=[("Хакан Фідан", "hakan-fidan"), ("Києва", "kyiv"),
                                            ("Андрій Сибіга", "andrii-sybiha"), ("Хакана Фідана", "hakan-fidan")])
    events = _consults(doc)
    assert len(events) == 1
    assert "hakan-fidan" in events[0].actors and "andrii-sybiha" in events[0].recipients
    assert events[0].place == "kyiv"


def test_the_host_meeting_the_guest_named_by_a_pronoun_is_the_visit(core_pipeline):
    text = "Хакан Фідан прибув до Києва з візитом. Його зустрів Андрій Сибіга."
    doc = build(core_pipeline, text, names=[("Хакан Фідан", "hakan-fidan"), ("Києва", "kyiv"),
                                            ("Андрій Сибіга", "andrii-sybiha")],
                refs=[("Його", "hakan-fidan", "pronoun")])
    assert len(_consults(doc)) == 1


def test_the_host_meeting_another_guest_is_another_happening(core_pipeline):
    text = "Хакан Фідан прибув до Києва з візитом. Андрій Сибіга зустрів Анджея Дуду."
    doc = build(core_pipeline, text, names=[("Хакан Фідан", "hakan-fidan"), ("Києва", "kyiv"),
                                            ("Андрій Сибіга", "andrii-sybiha"), ("Анджея Дуду", "andrzej-duda")])
    events = _consults(doc)
    assert len(events) == 2

"""Events recall: the opening of an address ("Маю честь звернутися до вас"), a welcome at a
meeting, an address in a foreign parliament told by a participle, contact with one's own
forces. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build, typed

ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("warsaw", ("Warsaw", "Варшава", "LOC", "Q270"))
ENTS.setdefault("test-chancellor", ("Test Chancellor", "Тест Канцлер", "PER", None))
ENTS.setdefault("test-president-pl", ("Test President", "Тест Президент", "PER", None))
ENTS.setdefault("united-kingdom", ("United Kingdom", "Велика Британія", "LOC", "Q145"))


consults = typed("CONSULT")


@pytest.mark.parametrize("text", [
    "Маю велику честь сьогодні звернутися до вас.",
    "Вдячний за честь звернутися до вас.",
    "Дякую за велику честь виступити перед вами.",
    "Це велика честь для мене – звертатися до вас від імені мого народу.",
    "Для мене, як для Президента, велика честь уперше в історії вашого парламенту звернутися до вас.",
    "Радий вітати вас.",
])
def test_the_honour_of_addressing_is_the_address(core_pipeline, text):
    doc = build(core_pipeline, text)
    got = [(e.type, e.status) for e in doc.events]
    assert got == [("CONSULT", "occurred")], got
    # the one honoured speaks: the speaker's side acts
    assert doc.events[0].actors == ["ukraine"]


def test_an_honour_to_come_is_planned(core_pipeline):
    doc = build(core_pipeline, "Буду радий звернутися до вас знову.")
    assert [(e.type, e.status) for e in doc.events] == [("CONSULT", "planned")]


def test_an_honour_with_a_request_is_the_request(core_pipeline):
    doc = build(core_pipeline, "Маю честь звернутися до вас із проханням про зброю.")
    assert [e.type for e in doc.events] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Вітаю вас, пане Спікере!",
    "Вітаю зі святом!",
    "Я вітаю всіх друзів нашої держави!",
    "Радий, що ви нас підтримуєте.",
    "Маю честь бути тут.",
])
def test_a_greeting_or_an_honour_of_nothing_is_no_meeting(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert consults(doc) == []


def test_a_welcome_in_a_town_meets_the_one_welcomed(core_pipeline):
    text = "Президент Польщі вітав у Варшаві канцлера Німеччини."
    doc = build(core_pipeline, text, names=[("Польщі", "poland"), ("Варшаві", "warsaw"), ("Німеччини", "germany")],
                refs=[("Президент Польщі", "test-president-pl", "role"),
                      ("канцлера Німеччини", "test-chancellor", "role")])
    [ev] = consults(doc)
    assert ev.status == "occurred" and ev.place == "warsaw"
    assert "test-president-pl" in ev.actors and "test-chancellor" in ev.recipients
    assert "warsaw" not in ev.actors + ev.recipients


def test_a_welcome_by_the_speaker_in_the_capital(core_pipeline):
    doc = build(core_pipeline, "Радий вітати в Києві канцлера Німеччини.",
                names=[("Києві", "kyiv"), ("Німеччини", "germany")],
                refs=[("канцлера Німеччини", "test-chancellor", "role")])
    [ev] = consults(doc)
    assert ev.status == "occurred" and ev.place == "kyiv"
    assert ev.actors == ["ukraine"] and "test-chancellor" in ev.recipients


def test_a_friend_of_ukraine_is_not_ukraine(core_pipeline):
    # ("друга" reads first as the ordinal "другий")
    text = "Радий вітати в Києві щирого друга України – канцлера Німеччини."
    doc = build(core_pipeline, text, names=[("Києві", "kyiv"), ("України", "ukraine"), ("Німеччини", "germany")],
                refs=[("канцлера Німеччини", "test-chancellor", "role")])
    [ev] = consults(doc)
    assert "ukraine" not in ev.recipients and "test-chancellor" in ev.recipients


def test_an_address_in_a_foreign_parliament_told_by_a_participle(core_pipeline):
    doc = build(core_pipeline, "Виступаючи сьогодні у британському парламенті, я згадав інші важкі часи.",
                refs=[("британському", "united-kingdom", "adjective")])
    [ev] = consults(doc)
    assert "united-kingdom" in ev.recipients and "ukraine" in ev.actors
    # the participle happens when the sentence's verb does
    assert ev.status == "occurred"


def test_contact_with_the_defenders_is_a_consultation(core_pipeline):
    doc = build(core_pipeline, "Сьогодні зв'язався із захисниками Маріуполя.")
    assert [e.type for e in doc.events] == ["CONSULT"]
    doc = build(core_pipeline, "Зв'язок із захисниками відновився.")
    assert consults(doc) == []

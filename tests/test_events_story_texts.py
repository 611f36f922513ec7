"""A story follows a character the knowledge base does not know and calls by one bare word
("Марко"): its "попросив", "домовилися", "зустрілися" are everyday acts, and only an event
with a party the knowledge base knows stays (story_texts.py, grounding.py). A report that
names the same man in full, or names a known state in the story, keeps its events. Texts
written for these tests."""
from __future__ import annotations

from khronika.document import Entity, Mention
from khronika.extract.events import EventExtractor

from event_helpers import build

STORY = ("Марко прокинувся рано і довго дивився у вікно. Марко попросив сусіда допомогти з дровами. "
         "Потім вони домовилися зустрітися біля криниці. Марко чекав там до вечора, але сусід не "
         "прийшов. Увечері Марко зателефонував братові. Брат пообіцяв Маркові приїхати в неділю.")


def _with_person(core_pipeline, text, word, eid, name, kb=False, known=()):
    """The text with every `word` a mention of one person (known to the knowledge base or not)
    and the `known` (surface, id) places the knowledge base knows."""
    doc = build(core_pipeline, text)
    doc.entities[eid] = Entity(eid, name, name, "PER", None, kb)
    start = 0
    while (i := text.find(word, start)) >= 0:
        doc.mentions.append(Mention(i, i + len(word), word, eid, "PER"))
        start = i + len(word)
    for surface, kid in known:
        i = text.index(surface)
        doc.entities[kid] = Entity(kid, surface, surface, "LOC", "Q1", True)
        doc.mentions.append(Mention(i, i + len(surface), surface, kid, "LOC"))
    doc.events.clear()
    EventExtractor()(doc)
    return doc


def test_a_story_of_a_character_called_by_one_word_tells_no_happening(core_pipeline):
    doc = _with_person(core_pipeline, STORY, "Марко", "marko", "Марко")
    assert [(e.type, e.trigger.text) for e in doc.events] == []


def test_a_known_state_in_the_story_keeps_its_event(core_pipeline):
    text = STORY + " Того ж вечора Польща надала селу кредит на новий міст."
    doc = _with_person(core_pipeline, text, "Марко", "marko", "Марко", known=[("Польща", "poland")])
    assert [(e.type, e.actors) for e in doc.events] == [("AID", ["poland"])]


def test_a_man_named_in_full_is_no_character(core_pipeline):
    text = ("Марко Петренко, депутат міської ради, попросив уряд допомогти з ремонтом школи. "
            "Петренко домовився з міністром про зустріч. Марко Петренко також зателефонував "
            "меру. Петренко чекає відповіді до кінця місяця.")
    doc = _with_person(core_pipeline, text, "Петренко", "marko-petrenko", "Марко Петренко")
    assert "REQUEST" in {e.type for e in doc.events}

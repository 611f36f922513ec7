"""Events a reader can trust (issue 16), who takes part when the text tells it away from the
trigger's own words: the subject a sentence leaves out though its object opens it ("Мера
міста викрали" after "Окупанти захопили ..."). Sentences written for these tests; the full
pipeline with the shipped knowledge base."""
from __future__ import annotations


def events(text: str, date: str = "2022-05-15"):
    from khronika.pipeline import analyze
    return analyze(text, date).events


def by_trigger(evs, word):
    found = [e for e in evs if e.trigger.text == word]
    assert len(found) == 1, [(e.type, e.trigger.text, e.actors, e.recipients) for e in evs]
    return found[0]


def test_an_object_opening_the_sentence_leaves_the_subject_before_to_go_on():
    # the capital of "Мера" is the sentence's: a genitive or accusative noun is no subject, nor
    # the genitive after it ("міста" could be a plural nominative)
    ev = by_trigger(events("Окупанти захопили Енергодар. Мера міста викрали."), "викрали")
    assert ev.actors == ["russia"]
    ev = by_trigger(events("Російські війська увійшли до Херсона. Голову громади викрали вночі."), "викрали")
    assert ev.actors == ["russia"]


def test_a_nominative_opening_the_sentence_is_still_its_own_subject():
    evs = events("Окупанти захопили Енергодар. Мешканці міста вийшли на протест.")
    assert not any("russia" in e.actors for e in evs if e.type == "PROTEST")

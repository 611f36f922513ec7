"""Events status: a parenthetical between commas does not hide the negation after it; an
infinitive after an evaluative word in a present, verbless sentence is the act being performed.
Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, statuses

ENTS.setdefault("canada", ("Canada", "Канада", "LOC", "Q16"))


def test_negation_after_a_parenthetical_is_seen(core_pipeline):
    for text in ("Гуманітарні коридори, на жаль, не працювали вчора.",
                 "Гуманітарні коридори, як відомо, не працювали весь тиждень.",
                 "Гуманітарні коридори, втім, не працювали."):
        doc = build(core_pipeline, text)
        assert statuses(doc, "AID") == ["negated"], text


def test_without_negation_the_parenthetical_changes_nothing(core_pipeline):
    doc = build(core_pipeline, "Гуманітарні коридори, на щастя, працювали вчора.")
    assert statuses(doc, "AID") == ["occurred"]


def test_infinitive_after_an_evaluative_word_is_performed(core_pipeline):
    doc = build(core_pipeline, "Це велика честь для мене – виступати в парламенті Канади.",
                names=[("Канади", "canada")])
    assert statuses(doc, "CONSULT") == ["occurred"]


def test_evaluative_word_under_a_future_verb_stays_planned(core_pipeline):
    doc = build(core_pipeline, "Буду радий виступати в парламенті Канади.", names=[("Канади", "canada")])
    assert statuses(doc, "CONSULT") == ["planned"]

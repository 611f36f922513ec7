"""Events: a happening has one place. Mentions placed in two different places stay two events,
even where a chain of mentions in between would join them; a country and a place in it do not
clash. Candidates built here by hand."""
from __future__ import annotations

from khronika.extract.events.merging.merge import Cand, merge


def strike(sent, place=None, recipients=()):
    return Cand("ASSAULT", None, "удар", (sent * 100, sent * 100 + 4), (sent * 100, sent * 100 + 90),
                sent, 0, 1.0, actors=["russia"], recipients=list(recipients), place=place)


def test_strikes_in_two_towns_stay_two_events_through_a_chain():
    # a strike on Odesa, a mention with no place of its own that joins it, then a shelling of
    # Lysychansk naming nobody new: before, the chain made the shelling part of the Odesa strike
    events = merge([strike(0, "odesa", ["odesa"]), strike(1), strike(2, "lysychansk")])
    assert sorted(e.place for e in events) == ["lysychansk", "odesa"]


def test_two_towns_in_one_sentence_are_two_strikes():
    events = merge([strike(0, "odesa"), strike(0, "lysychansk")])
    assert len(events) == 2


def test_a_country_and_a_town_in_it_do_not_clash():
    events = merge([strike(0, "odesa", ["odesa"]), strike(1, "ukraine")])
    assert len(events) == 1 and events[0].place == "odesa"


def test_a_town_and_the_oblast_it_lies_in_do_not_clash():
    # the codifier's hierarchy: Odesa lies in Odesa oblast, Lysychansk does not
    events = merge([strike(0, "odesa", ["odesa"]), strike(1, "odesa-oblast")])
    assert len(events) == 1 and events[0].place == "odesa"
    events = merge([strike(0, "lysychansk"), strike(1, "odesa-oblast")])
    assert len(events) == 2

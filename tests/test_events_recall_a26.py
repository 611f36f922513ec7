"""Events recall on ways of stating a threat and a protest the rules had missed (part A26): a
named party warned of the consequences, a chargé d'affaires summoned to a foreign office
without "у справах". Each form with near misses that name no happening. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build

ENTS.setdefault("iran", ("Iran", "Іран", "LOC", "Q794"))
ENTS.setdefault("lithuania", ("Lithuania", "Литва", "LOC", "Q37"))
ENTS.setdefault("france", ("France", "Франція", "LOC", "Q142"))

NAMES = [("США", "united-states"), ("Іран", "iran"), ("Франція", "france"), ("Росію", "russia"),
         ("Литва", "lithuania"), ("Польща", "poland")]


def _events(core_pipeline, text):
    return build(core_pipeline, text, names=[(s, e) for s, e in NAMES if s in text]).events


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("США попередили Іран про наслідки нових атак.", "THREATEN", "united-states", "iran"),
    ("Франція попередила Росію про серйозні наслідки.", "THREATEN", "france", "russia"),
    ("Польща викликала до МЗС російського повіреного.", "PROTEST", "poland", None),
    ("Литва викликала до міністерства тимчасового повіреного.", "PROTEST", "lithuania", None),
])
def test_a_warning_or_a_summons_is_told(core_pipeline, text, type_, actor, recipient):
    evs = [e for e in _events(core_pipeline, text) if e.type == type_]
    assert evs, text
    assert evs[0].actors[:1] == [actor], (text, evs[0].actors)
    if recipient:
        assert evs[0].recipients == [recipient], (text, evs[0].recipients)


@pytest.mark.parametrize("text, type_", [
    ("Синоптики попередили мешканців про наслідки негоди.", "THREATEN"),
    ("Лікарі попереджають про наслідки спеки.", "THREATEN"),
    ("Вчителі попередили батьків про наслідки пропусків.", "THREATEN"),
    ("Суд викликав повіреного до зали засідань.", "PROTEST"),
    ("Нотаріус викликав повіреного до контори.", "PROTEST"),
])
def test_the_same_words_elsewhere_tell_no_such_happening(core_pipeline, text, type_):
    assert all(e.type != type_ for e in _events(core_pipeline, text)), text

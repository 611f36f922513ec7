"""A rule told of a kind ("Держави часто запроваджують санкції", "МВФ зазвичай вимагає
реформ", "Уряди завжди просять допомоги") is no one happening: the words of a rule
(`rule_adverbs` in events.yaml) tell how often a kind of party does a thing, as "щодня" does,
and in the past too ("Запорожці часто нападали на фортеці"). The same verbs told of a party's act keep their events. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from event_helpers import build


@pytest.mark.parametrize("text", [
    "Держави часто запроваджують санкції проти країн, які порушують міжнародне право.",
    "Великі держави зазвичай надають допомогу своїм союзникам.",
    "Посли рідко зустрічаються з опозицією в таких країнах.",
    "Сусідні країни іноді атакують одна одну через спірні території.",
    "Запорожці часто нападали на фортеці на узбережжі.",
    "Імперія зазвичай бомбардувала непокірні міста взимку.",
])
def test_a_rule_of_a_kind_is_no_happening(core_pipeline, text):
    assert [e.type for e in build(core_pipeline, text).events] == []


@pytest.mark.parametrize("text, names, type_", [
    ("Польща запроваджує санкції проти Росії.", [("Польща", "poland"), ("Росії", "russia")], "SANCTION"),
    ("Франція надає Україні допомогу.", [("Франція", "france"), ("Україні", "ukraine")], "AID"),
    ("Польща знову запроваджує санкції проти Росії.", [("Польща", "poland"), ("Росії", "russia")], "SANCTION"),
    ("Як завжди, Росія вдарила по Києву вночі.", [("Росія", "russia"), ("Києву", "kyiv")], "ASSAULT"),
])
def test_a_partys_act_in_the_present_stays(core_pipeline, text, names, type_):
    assert [e.type for e in build(core_pipeline, text, names=names).events] == [type_]

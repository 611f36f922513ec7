"""Events recall on statecraft told in ways the lexicon missed: congratulations on being
elected (SUPPORT), a defeat conceded (CONCEDE), an ultimatum told as a term given to a party
(THREATEN). Each form with near misses that must give nothing: a feast's greeting, a team's
win, a term given to citizens, money given. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, types

ENTS.setdefault("donald-tusk", ("Donald Tusk", "Дональд Туск", "PER", None))
ENTS.setdefault("friedrich-merz", ("Friedrich Merz", "Фрідріх Мерц", "PER", None))
ENTS.setdefault("viktor-orban", ("Viktor Orban", "Віктор Орбан", "PER", None))
ENTS.setdefault("donald-trump", ("Donald Trump", "Дональд Трамп", "PER", None))
ENTS.setdefault("japan", ("Japan", "Японія", "LOC", "Q17"))


def test_congratulations_on_an_election_are_support(core_pipeline):
    doc = build(core_pipeline, "Дональд Туск привітав Фрідріха Мерца з обранням канцлером.",
                names=[("Дональд Туск", "donald-tusk"), ("Фрідріха Мерца", "friedrich-merz")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("SUPPORT", "occurred")
    assert ev.actors[0] == "donald-tusk" and ev.recipients[0] == "friedrich-merz"
    assert "friedrich-merz" not in ev.actors and "donald-tusk" not in ev.recipients
    doc = build(core_pipeline, "Польща привітала Дональда Трампа з перемогою на виборах.",
                names=[("Польща", "poland"), ("Дональда Трампа", "donald-trump")])
    [ev] = doc.events
    assert ev.type == "SUPPORT" and ev.actors == ["poland"] and ev.recipients[0] == "donald-trump"


def test_a_feast_or_a_teams_win_greets_no_party(core_pipeline):
    doc = build(core_pipeline, "Президент привітав українців з Днем Незалежності.")
    assert doc.events == []
    doc = build(core_pipeline, "Президент привітав збірну України з перемогою над Англією.",
                names=[("України", "ukraine")])
    assert doc.events == []


def test_a_defeat_conceded_by_a_named_party(core_pipeline):
    doc = build(core_pipeline, "Віктор Орбан визнав поразку своєї партії на виборах.",
                names=[("Віктор Орбан", "viktor-orban")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("CONCEDE", "occurred") and ev.actors[0] == "viktor-orban"
    assert ev.recipients == []
    doc = build(core_pipeline, "Тренер визнав поразку заслуженою.")
    assert doc.events == []


def test_a_term_given_to_a_party_is_an_ultimatum(core_pipeline):
    doc = build(core_pipeline, "Дональд Трамп дав Росії 50 днів, щоб погодитися на перемир'я.",
                names=[("Дональд Трамп", "donald-trump"), ("Росії", "russia")])
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert len(threats) == 1 and threats[0].actors[0] == "donald-trump" and threats[0].recipients == ["russia"]
    doc = build(core_pipeline, "Уряд дав громадянам 30 днів на реєстрацію.")
    assert "THREATEN" not in types(doc)
    doc = build(core_pipeline, "Японія дала Україні 2 мільярди доларів.",
                names=[("Японія", "japan"), ("Україні", "ukraine")])
    assert "THREATEN" not in types(doc)

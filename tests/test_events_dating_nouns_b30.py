"""A happening named only to date another act, and a court's sitting (issue 16, part B30):
"Напередодні саміту міністри зустрілися" tells one meeting, not a summit planned by the
ministers' side; "Через два дні після саміту Росія атакувала Київ" gives the summit no Russian
actor. A summit told with its own parties or place stays ("після саміту G7 у Хіросімі",
"напередодні саміту НАТО у Вашингтоні"). "Засідання суду у справі ..." hears a case, no
meeting between parties. Sentences written for these tests; the full pipeline with the shipped
knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import analysed

DAY = "2026-03-10"


def _triggers(text: str) -> list[tuple[str, str]]:
    d = analysed(text, DAY).to_json()
    return [(e["type"], e["trigger"]["text"].lower()) for e in d["events"]]


@pytest.mark.parametrize("text,kept", [
    ("Напередодні саміту міністри зустрілися в Брюсселі.", ("CONSULT", "зустрілися")),
    ("Через два дні після саміту Росія атакувала Київ.", ("ASSAULT", "атакувала")),
    ("Перед переговорами війська обстріляли Харків.", ("ASSAULT", "обстріляли")),
])
def test_a_noun_that_only_dates_an_act_is_no_event(text, kept):
    got = _triggers(text)
    assert kept in got, got
    assert not [t for t in got if t[1] in ("саміту", "переговорами")], got


@pytest.mark.parametrize("text,noun", [
    # near misses: the dating happening told with its own parties keeps its event
    ("Після саміту G7 у Хіросімі Зеленський повернувся до Києва.", "саміту"),
    ("Напередодні саміту НАТО у Вашингтоні Зеленський зустрівся з Байденом.", "саміту"),
    ("Після зустрічі з ним міністр заявив, що позиції зблизилися.", "зустрічі"),
])
def test_a_dating_happening_with_its_own_parties_stays(text, noun):
    assert ("CONSULT", noun) in _triggers(text)


@pytest.mark.parametrize("text", [
    "Засідання суду у справі колишнього міністра відбулося у вівторок.",
    "Судове засідання у справі журналіста перенесли на четвер.",
])
def test_a_court_sitting_is_no_meeting(text):
    assert not [t for t in _triggers(text) if t[0] == "CONSULT"], _triggers(text)


@pytest.mark.parametrize("text", [
    # near misses: a council's and a parliament's sittings stay meetings
    "Засідання Ради безпеки ООН відбулося у вівторок.",
    "Засідання Верховної Ради відбулося у вівторок.",
])
def test_a_council_sitting_stays_a_meeting(text):
    assert ("CONSULT", "засідання") in _triggers(text)

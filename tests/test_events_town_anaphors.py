"""Events a reader can trust (issue 16), whom a strike hits (part C19): a town named once and
then called "місто" / "селище" / "село" ("Полтава пережила важку ніч. Росіяни вдарили по місту")
is the strike's target and place, when exactly one settlement of that kind was named in the
sentence or the one before; two towns, or a region, leave it open. Sentences written for these
tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

from event_helpers import analysed_events, of_type


def strikes(text: str, date: str = "2024-02-10"):
    return of_type(analysed_events(text, date), "ASSAULT")


def test_the_data_names_settlement_nouns_with_their_categories():
    from khronika.extract.events.arguments.town_anaphors import town_nouns
    nouns = town_nouns()
    assert {"M", "K"} <= nouns["місто"] and "C" in nouns["село"]


def test_a_town_called_the_town_is_the_one_struck():
    evs = strikes("Полтава пережила неспокійну ніч. Окупанти вдарили по місту балістичними ракетами.")
    assert len(evs) == 1 and evs[0].recipients == ["poltava"] and evs[0].place == "poltava"
    evs = strikes("У Чернігові оголосили тривогу. Ворог атакував місто ударними дронами.")
    assert len(evs) == 1 and evs[0].recipients == ["chernihiv"] and evs[0].place == "chernihiv"
    # two towns named before, or only a region, leave it open
    evs = strikes("Міністр відвідав Полтаву і Чернігів. Окупанти вдарили по місту ракетами.")
    assert all(e.place is None and not e.recipients for e in evs)
    evs = strikes("Полтавщина пережила неспокійну ніч. Окупанти вдарили по місту ракетами.")
    assert all("poltava" not in e.recipients for e in evs)

"""Events: a name right before "та"/"і" and a second verb is still the first verb's object; the
joined verb shares the first one's subject, so the name is not that verb's subject and is not
left out of both. Sentences written for these tests (sanctions news, a diplomatic note); the
full pipeline with the shipped knowledge base."""
from __future__ import annotations

from event_helpers import analysed_events, of_type, rows


def events(text: str, type_: str, date: str = "2025-12-12"):
    return rows(of_type(analysed_events(text, date), type_), "trigger", "actors", "recipients")


def test_frozen_assets_before_a_joined_sanction_keep_their_owner():
    evs = events("Австралія заморозила активи Росії та запровадила санкції проти Ірану.", "SANCTION")
    assert sorted(r for _, _, rs in evs for r in rs) == ["iran", "russia"]
    assert len(evs) == 2 and all(a == ["australia"] for _, a, _ in evs)


def test_the_owner_stays_with_no_second_target():
    evs = events("Норвегія заблокувала рахунки Білорусі і запровадила мита.", "SANCTION")
    assert [r for _, _, r in evs] == [["belarus"]]


def test_the_object_of_support_before_a_joined_verb():
    evs = events("Естонія підтримала Молдову та засудила Росію.", "SUPPORT")
    assert [r for _, _, r in evs] == [["moldova"]]


def test_the_reverse_order_still_works():
    evs = events("Австралія запровадила санкції проти Ірану та заморозила активи Росії.", "SANCTION")
    assert sorted(r for _, _, rs in evs for r in rs) == ["iran", "russia"]

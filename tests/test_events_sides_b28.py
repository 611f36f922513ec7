"""Who takes part on which side when the subject follows its verb (issue 16, part B28): "прийняв
у Києві Зеленський прем'єр-міністра Польщі" has the host act and the guest, named by a title
in a case the host's name cannot take, received; a surname's adjective reading does not join
the two into one phrase. Sentences written for these tests; the full pipeline with the shipped
knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import named_rows

DAY = "2026-03-10"
HOST = {"Володимир Зеленський", "Україна"}
GUEST = {"Дональд Туск", "Польща"}


def sides_of(text: str, type_: str) -> list[tuple[set, set]]:
    return [(set(e[2]), set(e[3])) for e in named_rows(text, DAY) if e[0] == type_]


@pytest.mark.parametrize("text", [
    "Днями прийняв у Києві Зеленський прем'єр-міністра Польщі Дональда Туска. Вони говорили про безпеку.",
    "Вчора зустрів Зеленський прем'єр-міністра Польщі Дональда Туска. Розмова тривала годину.",
])
def test_subject_after_its_verb_keeps_the_object_received(text):
    got = sides_of(text, "CONSULT")
    assert got == [(HOST, GUEST)], got


@pytest.mark.parametrize("text", [
    # near misses: the usual order, and the guest named before the host
    "Зеленський прийняв у Києві прем'єр-міністра Польщі Дональда Туска. Вони говорили про безпеку.",
    "Днями прийняв у Києві прем'єр-міністра Польщі Дональда Туска Президент Зеленський. Вони говорили про безпеку.",
])
def test_usual_orders_keep_their_sides(text):
    got = sides_of(text, "CONSULT")
    assert got == [(HOST, GUEST)], got


def test_two_subjects_after_the_verb_both_act():
    # a coordinated subject after the verb is not split by the rule
    got = sides_of("Вчора у Варшаві зустрілися Зеленський і Туск. Вони говорили про безпеку.", "CONSULT")
    assert len(got) == 1 and {"Володимир Зеленський", "Дональд Туск"} <= got[0][0] | got[0][1], got


@pytest.mark.parametrize("text", [
    "На випадок нападу Росії Литва готує укриття. Уряд виділив на це кошти. Міністр розповів про плани.",
    "У разі нападу Росії Литва готує укриття. Уряд виділив на це кошти. Міністр розповів про плани.",
    "На випадок атаки Литва готує укриття. Уряд виділив на це кошти. Міністр розповів про плани.",
])
def test_who_prepares_for_a_feared_attack_does_not_attack(text):
    got = [e for e in named_rows(text, DAY) if e[0] == "ASSAULT"]
    assert len(got) == 1 and "Литва" not in got[0][2] + got[0][3], got


def test_attacker_under_a_preposition_keeps_the_attack():
    # near miss: the subject of the verb after the attack is its doer when none is named in it
    got = [e for e in named_rows("Під час атаки на Київ Росія застосувала ракети. Сили ППО збили їх.", DAY)
           if e[0] == "ASSAULT"]
    assert got and "Росія" in got[0][2], got

"""Several parties in one sentence (issue 16, part C34): ground that changes hands ("ЗСУ
звільнили Херсон", "окупанти захопили Бахмут", "звільнення Бучі") happens at the town taken,
which is no party; the side that loses the town receives. Sentences written for these tests;
the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import analysed_of_type

DAY = "2024-03-10"


def events_of(text: str, type_: str, day: str = DAY) -> list:
    return analysed_of_type(text, day, type_)


def parties(e) -> set[str]:
    return set(e.actors) | set(e.recipients)


@pytest.mark.parametrize("text,town,taker,loser", [
    ("ЗСУ звільнили Херсон.", "kherson", "ukraine", "russia"),
    ("Українські війська звільнили Кліщіївку.", "klishchiivka", "ukraine", "russia"),
    ("Окупанти захопили Бахмут.", "bakhmut", "russia", "ukraine"),
    ("Росіяни окупували Мелітополь.", "melitopol", "russia", "ukraine"),
    ("Президент привітав звільнення Бучі.", "bucha", "ukraine", "russia"),
])
def test_the_town_taken_is_the_place_and_the_side_that_loses_it_receives(text, town, taker, loser):
    got = events_of(text, "ASSAULT")
    assert len(got) == 1, got
    e = got[0]
    assert e.place == town and town not in parties(e), e
    assert taker in e.actors and e.recipients == [loser], e


def test_a_village_in_its_region_is_the_place_not_the_region():
    got = events_of("Сили оборони звільнили село Роботине на Запоріжжі.", "ASSAULT")
    assert len(got) == 1 and got[0].place == "robotyne", got
    assert got[0].recipients == ["russia"], got


def test_a_town_under_fire_is_still_struck():
    # near miss: a strike on a town takes nothing; the town hit stays its recipient
    got = events_of("Окупанти обстріляли Херсон.", "ASSAULT")
    assert len(got) == 1 and "kherson" in got[0].recipients, got


@pytest.mark.parametrize("text,town", [
    ("Кремль заявив про удар по Курську, а Київ заперечив.", "kursk"),
    ("Москва повідомила про обстріл Бєлгорода, а Київ заперечив свою причетність.", "belgorod"),
])
def test_a_second_clauses_subject_is_not_struck_with_the_first_clauses_town(text, town):
    got = events_of(text, "ASSAULT")
    assert len(got) == 1, got
    e = got[0]
    assert e.place == town and "kyiv" not in parties(e), e
    # (Kyiv taken for a town struck made the adversary its striker)
    assert "russia" not in e.actors, e


def test_towns_listed_after_a_strike_are_all_struck():
    # near miss: a list of towns with no verb after them are all hit
    got = events_of("Окупанти обстріляли Херсон, а також Нікополь.", "ASSAULT")
    assert got and {"kherson", "nikopol"} <= set(got[0].recipients), got


def test_a_gapped_talk_is_held_in_its_own_town():
    got = events_of("Зеленський зустрівся з Байденом у Вашингтоні, а ввечері – з Трюдо в Оттаві.", "CONSULT")
    assert len(got) == 2, got
    first, second = sorted(got, key=lambda e: e.trigger.start)
    assert "joe-biden" in first.recipients and first.place == "washington-dc", first
    assert second.recipients == ["justin-trudeau", "canada"] and second.place == "ottawa", second


@pytest.mark.parametrize("text,first,second", [
    ("Говорив з Макроном, потім – з Шольцом.", "emmanuel-macron", "olaf-scholz"),
    ("Зеленський поговорив з Шольцом, а ввечері – з Макроном.", "olaf-scholz", "emmanuel-macron"),
])
def test_a_call_told_after_a_dash_is_one_event_per_partner(text, first, second):
    got = events_of(text, "CONSULT")
    persons = sorted(p for e in got for p in e.recipients if p in (first, second))
    assert persons == sorted([first, second]), got
    assert len(got) == 2, got


def test_a_joint_call_stays_one_event():
    # near miss: one talk with two partners the text does not tell apart
    got = events_of("Зеленський провів спільну телефонну розмову з Макроном і Шольцом.", "CONSULT")
    assert len(got) == 1 and {"emmanuel-macron", "olaf-scholz"} <= set(got[0].recipients), got


def test_a_village_the_knowledge_base_lacks_is_the_place_of_its_liberation():
    got = events_of("Сили оборони звільнили Андріївку на Донеччині.", "ASSAULT")
    assert len(got) == 1 and got[0].place == "andriivka" and got[0].recipients == ["russia"], got


def test_another_town_taken_after_a_push_in_its_region_is_another_happening():
    text = ("Наші захисники просуваються на Київщині, повертають контроль над українською "
            "територією.\n\nЗвільнили Ірпінь.")
    got = events_of(text, "ASSAULT", "2022-03-28")
    assert any(e.place == "irpin" and e.recipients == ["russia"] for e in got), got
    assert all("kyiv-oblast" not in parties(e) and "irpin" not in parties(e) for e in got), got


@pytest.mark.parametrize("text", [
    "Сьогодні відбувся обмін полоненими з Росією.",
    "Обмін полоненими: додому повернулися 100 захисників\n\nСьогодні відбувся обмін полоненими з Росією.",
])
def test_a_swap_with_the_adversary_alone_named_is_made_by_the_home_side(text):
    got = events_of(text, "RETREAT")
    assert len(got) == 1, got
    assert "ukraine" in got[0].actors and "russia" in got[0].recipients, got


def test_a_swap_between_two_other_states_takes_no_home_side():
    # near miss: the swap names both its sides, neither of them the home side
    got = events_of("Азербайджан провів обмін полоненими з Вірменією.", "RETREAT")
    assert got and all("ukraine" not in parties(e) for e in got), got


@pytest.mark.parametrize("text", [
    "Москва звинуватила Україну в атаці на Брянськ, однак у Києві відкинули звинувачення.",
    "Росія звинуватила Україну в обстрілі Донецька, але в Генштабі ЗСУ відкинули ці звинувачення.",
])
def test_a_charge_rebuffed_in_the_next_clause_keeps_its_own_sides(text):
    [charge] = events_of(text, "ACCUSE")
    assert charge.actors == ["russia"] and charge.recipients == ["ukraine"] and charge.place is None, charge
    # (the clause that rebuffs it has a verb of its own: the object before the comma is not its)
    assert all("ukraine" not in e.recipients for e in events_of(text, "REJECT")), events_of(text, "REJECT")


def test_a_charge_rebuffed_by_a_named_subject():
    # near miss: the one who rebuffs is named as the subject after the comma
    got = events_of("Білорусь звинуватила Литву в провокації, а Вільнюс відкинув звинувачення.", "REJECT")
    assert got and "lithuania" in got[0].actors, got


@pytest.mark.parametrize("text,rebuffer,accuser", [
    ("Білорусь звинуватила Литву в провокації, а Вільнюс відкинув звинувачення.", "lithuania", "belarus"),
    ("Москва звинуватила Київ у теракті, однак Україна відкинула ці звинувачення.", "ukraine", "russia"),
    # (a body told as a place with an impersonal plural after "але" is the one who rebuffs)
    ("Росія звинуватила Україну в обстрілі Донецька, але в Генштабі ЗСУ відкинули ці звинувачення.",
     "general-staff-of-ukraine", "russia"),
])
def test_a_rebuff_answers_the_one_who_made_the_charge(text, rebuffer, accuser):
    [rebuff] = events_of(text, "REJECT")
    assert rebuffer in rebuff.actors and rebuff.recipients == [accuser], rebuff


@pytest.mark.parametrize("text,doer,partner,town", [
    ("Сибіга зустрівся з Фіданом в Анкарі, а Умєров – з Остіном у Вашингтоні.",
     "rustem-umerov", "lloyd-austin", "washington-dc"),
    ("Зеленський поговорив з Макроном, а Шмигаль – з Трюдо.", "denys-shmyhal", "justin-trudeau", None),
    ("Зеленський зустрівся з Байденом у Вашингтоні, а в Оттаві – з Трюдо.",
     "volodymyr-zelenskyy", "justin-trudeau", "ottawa"),
])
def test_a_gapped_talk_keeps_its_own_subject_and_town(text, doer, partner, town):
    got = events_of(text, "CONSULT")
    [gapped] = [e for e in got if partner in e.recipients]
    assert doer in gapped.actors and gapped.place == town, gapped
    [first] = [e for e in got if e is not gapped]
    # (the gapped talk's own subject takes no part in the first talk)
    assert doer not in parties(first) or first.actors == gapped.actors, got


def test_a_town_taken_in_a_second_clause_is_its_own_happening():
    got = events_of("ЗСУ відбили атаку на Авдіївку, а росіяни захопили Мар'їнку.", "ASSAULT")
    assert any(e.place == "marinka" and e.actors == ["russia"] and e.recipients == ["ukraine"] for e in got), got
    assert len(got) == 2, got

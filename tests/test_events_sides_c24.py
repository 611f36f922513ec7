"""Events a reader can trust (issue 16, C24), who takes part: the home side's own fighters who
repel a strike ("Наші захисники відбили 14 атак") are the side struck, also when the strike is
placed near a home town; states named by a hyphenated compound ("Держави-члени НАТО
закликали ...") are someone who can ask; a name after a plural verb whose fronted object is
held singular by its modifier ("Це рішення підтримали і США") is the subject; the one a
rejected suit is against takes no part in the rejection; whom an act told within a summit is
aimed at is no party to the summit. Sentences written for these tests; the full pipeline with the shipped
knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import on_day, only

events = on_day("2023-03-10")


@pytest.mark.parametrize("text", [
    "Наші захисники відбили 14 атак противника біля Часового Яру.",
    "Наші бійці відбили атаку ворога біля Вугледара.",
    "Наші воїни вчора відбили шість штурмів окупантів поблизу Кремінної.",
])
def test_our_fighters_who_repel_a_strike_are_the_side_struck(text):
    ev = only(events(text), "ASSAULT")
    assert "ukraine" in ev.recipients and "ukraine" not in ev.actors, (ev.actors, ev.recipients)
    assert "russia" in ev.actors, (ev.actors, ev.recipients)


def test_our_fighters_who_attack_are_no_side_struck():
    ev = only(events("Наші воїни атакували позиції ворога біля Бахмута."), "ASSAULT")
    assert "ukraine" not in ev.recipients, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, body, target", [
    ("Держави-члени НАТО закликали Росію вивести війська з Молдови.", "nato", "russia"),
    ("Країни-члени ЄС закликали Іран припинити постачання дронів.", "european-union", "iran"),
])
def test_member_states_named_by_a_hyphenated_compound_can_ask(text, body, target):
    ev = only(events(text), "REQUEST")
    assert body in ev.actors and target in ev.recipients, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, state", [
    ("Це рішення підтримали і США.", "united-states"),
    ("Це звернення підтримали й ОАЕ.", "united-arab-emirates"),
    ("Таке рішення підтримала також Канада.", "canada"),
])
def test_an_indeclinable_name_after_a_fronted_singular_object_is_the_subject(text, state):
    ev = only(events(text), "SUPPORT")
    assert state in ev.actors and state not in ev.recipients, (ev.actors, ev.recipients)


def test_a_plural_fronted_noun_still_leaves_the_name_after_the_verb_its_object():
    ev = only(events("Литва та Латвія підтримали і США."), "SUPPORT")
    assert "united-states" in ev.recipients, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, plaintiff, defendant", [
    ("Міжнародний суд ООН відхилив позов Азербайджану проти Вірменії.", "azerbaijan", "armenia"),
    ("Арбітраж відхилив скаргу Газпрому проти Нафтогазу.", "gazprom", "naftogaz"),
])
def test_the_one_a_rejected_suit_is_against_takes_no_part_in_the_rejection(text, plaintiff, defendant):
    ev = only(events(text), "REJECT")
    assert plaintiff in ev.recipients, (ev.actors, ev.recipients)
    assert defendant not in ev.recipients + ev.actors, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, body, aimed", [
    ("Лідери G7 на зустрічі в Хіросімі засудили Китай за тиск на Тайвань.", "g7", "china"),
    ("Під час саміту у Вільнюсі Туреччина підтримала Швецію.", "turkey", "sweden"),
])
def test_whom_an_act_told_within_a_gathering_is_aimed_at_is_no_party_to_the_gathering(text, body, aimed):
    ev = only(events(text), "CONSULT")
    assert body in ev.actors and aimed not in ev.recipients + ev.actors, (ev.actors, ev.recipients)


def test_the_one_greeted_at_a_meeting_is_still_the_one_met():
    ev = only(events("На зустрічі в Анкарі Ердоган привітав Зеленського."), "CONSULT")
    assert "volodymyr-zelenskyy" in ev.recipients, (ev.actors, ev.recipients)

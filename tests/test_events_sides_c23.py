"""Events a reader can trust (issue 16, C23), who takes part: the body whose gathering someone
attends hosts it and does not act with him; an envoy killed is a blow to his state, not to the
town it happened in; a party's or a firm's "ми" is the body alone; a ministry's statement
published before a colon speaks for that ministry. Sentences written for these tests; the
full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import on_day, only

events = on_day("2023-05-20")


@pytest.mark.parametrize("text, body", [
    ("Прем'єр-міністр Польщі Матеуш Моравецький взяв участь у засіданні Європейської ради.", "european-council"),
    ("Канцлер Німеччини взяв участь у саміті G20 на Балі.", "g20"),
    ("Естонія взяла участь у засіданні Ради безпеки ООН.", "un-security-council"),
])
def test_the_body_whose_gathering_one_attends_is_no_actor(text, body):
    ev = only(events(text), "CONSULT")
    assert body not in ev.actors, (ev.actors, ev.recipients)
    assert body in ev.recipients, (ev.actors, ev.recipients)


def test_a_body_that_holds_its_own_meeting_still_acts():
    ev = only(events("Європейська рада провела засідання у Брюсселі."), "CONSULT")
    assert "european-council" in ev.actors, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, state, town", [
    ("У Бейруті було вбито посла Франції в Лівані.", "france", "beirut"),
    ("Учора в Багдаді застрелили консула Туреччини.", "turkey", "baghdad"),
    ("У Варшаві було поранено дипломата Угорщини.", "hungary", "warsaw"),
])
def test_an_envoy_killed_abroad_is_a_blow_to_his_state_not_to_the_town(text, state, town):
    ev = only(events(text), "ASSAULT")
    assert state in ev.recipients, (ev.actors, ev.recipients, ev.place)
    assert town not in ev.recipients and town not in ev.actors, (ev.actors, ev.recipients)


def test_an_envoy_killed_in_a_home_town_gets_no_guessed_killer():
    ev = only(events("Минулої ночі у Львові вбили консула Грузії."), "ASSAULT")
    assert ev.actors == [] and "georgia" in ev.recipients, (ev.actors, ev.recipients)


def test_a_named_killer_of_an_envoy_stays():
    ev = only(events("Російські диверсанти вбили в Одесі консула Молдови."), "ASSAULT")
    assert "russia" in ev.actors and "moldova" in ev.recipients, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, body", [
    ("Фракція «Голос» заявила, що ми вимагаємо від уряду пояснень щодо закупівель.", None),
    ("Компанія Укренерго заявила: «Ми вимагаємо від підрядника повернути кошти».", "ukrenergo"),
])
def test_a_partys_or_firms_we_is_not_its_country(text, body):
    ev = only(events(text), "REQUEST")
    assert "ukraine" not in ev.actors, (ev.actors, ev.recipients)
    if body:
        assert body in ev.actors, (ev.actors, ev.recipients)


def test_a_ministry_that_published_a_statement_speaks_in_it():
    ev = only(events("МЗС Латвії оприлюднило заяву: «Ми рішуче засуджуємо обстріл Одеси»."), "ACCUSE")
    assert "latvia" in ev.actors and "ukraine" not in ev.actors, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, capital", [
    ("Париж рішуче засудив ракетний удар по Запоріжжю.", "paris"),
    ("Рим засуджує атаку дронів на Одесу.", "rome"),
])
def test_a_capital_that_condemns_a_strike_did_not_make_it(text, capital):
    ev = only(events(text), "ASSAULT")
    assert capital not in ev.actors, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, plaintiff, defendant", [
    ("Арбітраж задовольнив позов Нафтогазу проти Газпрому.", "naftogaz", "gazprom"),
    ("Суд ООН почав провадження за позовом Вірменії проти Азербайджану.", "armenia", "azerbaijan"),
])
def test_whose_suit_it_is_accuses(text, plaintiff, defendant):
    ev = only(events(text), "ACCUSE")
    assert plaintiff in ev.actors and plaintiff not in ev.recipients, (ev.actors, ev.recipients)
    assert defendant in ev.recipients, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text", [
    "Вчора Київ відвідали прем'єр-міністри держав-партнерів України.",
    "Одесу відвідали посли країн – союзників України.",
])
def test_whose_partners_they_are_is_no_visitor(text):
    ev = only(events(text), "CONSULT")
    assert "ukraine" not in ev.actors, (ev.actors, ev.recipients)


def test_whose_partners_they_are_stays_beside_its_own_president():
    ev = only(events("Зеленський провів зустріч із послами держав-союзників України."), "CONSULT")
    assert {"volodymyr-zelenskyy", "ukraine"} <= set(ev.actors), (ev.actors, ev.recipients)
    assert "ukraine" not in ev.recipients, (ev.actors, ev.recipients)


def test_a_quote_whose_speaker_is_unknown_gives_its_we_no_side():
    ev = only(events("Партія «Слуга народу» поширила заяву: «Ми закликаємо уряд посилити контроль за цінами»."),
              "REQUEST")
    assert "ukraine" not in ev.actors, (ev.actors, ev.recipients)

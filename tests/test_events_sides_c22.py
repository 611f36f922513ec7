"""Events a reader can trust (issue 16, C22), who takes part: a town a fight was near is its
place and not a recipient; a role word whose owner is named after it ("армії США") does not
stand for the home side. Sentences written for these tests; the full pipeline with the shipped
knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import by_trigger, of_type, on_day, only

events = on_day("2024-09-12")


@pytest.mark.parametrize("text, town", [
    ("Українські захисники відбили атаку ворога поблизу Вугледара.", "vuhledar"),
    ("Окупанти штурмували позиції наших бійців біля Торецька.", "toretsk"),
    ("Протягом доби ЗСУ відбили сім атак противника в районі Куп'янська.", "kupiansk"),
    ("Учора окупанти атакували під Покровськом.", "pokrovsk"),
])
def test_a_town_a_fight_was_near_is_its_place_not_its_target(text, town):
    ev = only(events(text), "ASSAULT")
    assert ev.place == town, (ev.place, ev.recipients)
    assert town not in ev.recipients and town not in ev.actors, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, town", [
    ("Російська армія вдарила ракетами по Вугледару.", "vuhledar"),
    ("Ворог обстріляв Торецьк і навколишні села.", "toretsk"),
])
def test_a_town_struck_itself_stays_a_recipient(text, town):
    ev = only(events(text), "ASSAULT")
    assert town in ev.recipients, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text", [
    "За даними армії США, бойовики обстріляли торговельне судно.",
    "Як повідомив речник уряду Ізраїлю, бойовики атакували прикордонне поселення.",
    "За інформацією міністра оборони Великої Британії, повстанці атакували конвой.",
])
def test_a_role_word_of_a_named_state_does_not_make_the_home_side_the_striker(text):
    ev = only(events(text), "ASSAULT")
    assert "ukraine" not in ev.actors + ev.recipients, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, sides", [
    ("Президент Литви Гітанас Науседа зустрівся з прем'єр-міністром Польщі Дональдом Туском у "
     "Вільнюсі. Вони домовилися спільно захищати кордон.", {"lithuania", "poland"}),
    ("Канцлер Німеччини провів переговори з Президентом Франції. Вони погодилися посилити "
     "підтримку України.", {"germany", "france"}),
])
def test_they_after_a_meeting_are_both_who_met(text, sides):
    ev = only(events(text), "AGREE")
    assert sides <= set(ev.actors), (ev.actors, ev.recipients)


def test_they_two_sentences_after_a_meeting_stays_unread():
    ev = only(events("Президент Литви зустрівся з прем'єр-міністром Польщі. Розмова тривала годину. "
                     "Вони домовилися спільно захищати кордон."), "AGREE")
    assert not {"lithuania", "poland"} & set(ev.actors + ev.recipients), (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, town", [
    ("Українські безпілотники атакували склад боєприпасів у Брянську.", "bryansk"),
    ("Уночі українські дрони уразили нафтопереробний завод у Рязані.", "ryazan"),
])
def test_a_foreign_city_where_a_strike_hit_is_struck_like_a_home_town(text, town):
    ev = only(events(text), "ASSAULT")
    assert town in ev.recipients and ev.place == town, (ev.actors, ev.recipients, ev.place)


def test_a_visit_to_a_foreign_city_the_knowledge_base_lacks_is_hosted_by_its_state():
    ev = only(events("Прем'єр-міністр Нідерландів прибув до Гданська."), "CONSULT")
    assert "poland" in ev.recipients and ev.place == "gdansk", (ev.actors, ev.recipients, ev.place)


def test_a_city_id_of_several_countries_has_no_state():
    from khronika.extract.events.arguments.states import place_country
    from khronika.kb import world_cities
    assert world_cities.country_by_id()["ryazan"] == "RU"
    assert "victoria" not in world_cities.country_by_id()
    assert place_country()["gdansk"] == "poland" and "victoria" not in place_country()


@pytest.mark.parametrize("text, body", [
    ("Литва передала Збройним силам України генератори.", "armed-forces-of-ukraine"),
    ("Норвегія передала Військово-морським силам України катери.", "ukrainian-navy"),
    ("Канада передала Національній гвардії України бронемашини.", "national-guard-of-ukraine"),
])
def test_a_body_named_by_an_adjective_and_a_plural_noun_in_the_dative_receives(text, body):
    # "Збройним" alone reads first as an instrumental singular; with "силам" it is a dative
    ev = only(events(text), "AID")
    assert body in ev.recipients and body not in ev.actors, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, state, land", [
    ("Румунська протиповітряна оборона збила дрон над Тульчею.", "romania", "tulcea"),
    ("Українські сили ППО збили над Житомирщиною дев'ять ракет, випущених Росією.", "ukraine", "zhytomyr-oblast"),
])
def test_the_land_over_which_a_drone_was_shot_down_is_the_place(text, state, land):
    ev = only(events(text), "ASSAULT")
    assert state in ev.recipients and land not in ev.recipients, (ev.actors, ev.recipients)


def test_bombs_dropped_over_a_town_hit_it():
    ev = only(events("Російські літаки скинули авіабомби над Херсоном."), "ASSAULT")
    assert "kherson" in ev.recipients, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, group, target", [
    ("Хусити атакували американський есмінець у Червоному морі.", "houthis", "united-states"),
    ("Уночі хусити обстріляли грецький танкер.", "houthis", "greece"),
    ("Таліби захопили американську техніку на аеродромі.", "taliban", "united-states"),
])
def test_a_group_named_by_its_members_strikes_and_the_ships_state_is_struck(text, group, target):
    ev = only(events(text), "ASSAULT")
    assert group in ev.actors and target not in ev.actors, (ev.actors, ev.recipients)
    assert target in ev.recipients, (ev.actors, ev.recipients)


def test_a_demonym_subject_makes_the_adjective_after_the_verb_its_object():
    ev = only(events("Росіяни обстріляли литовський автобус на кордоні."), "ASSAULT")
    assert ev.actors == ["russia"] and "lithuania" in ev.recipients, (ev.actors, ev.recipients)


def test_the_copula_is_no_first_person_so_an_article_is_nobodys_statement():
    # "є" is the present of "бути" for every person; two of them do not make an article an
    # address whose subject-less verbs are the home side's
    text = ("Власником фірми є місцевий підприємець. Засновником іншої фірми є його брат. "
            "Третій учасник пропонував виконати роботи дешевше. Однак пропозицію відхилили за "
            "неповний пакет документів.")
    # (a text of firms that speaks of no statecraft keeps no event with no party at all,
    # statecraft_texts.py: the proposal turned down is gone, and with it any side)
    assert all(e.actors == [] and "ukraine" not in e.recipients for e in of_type(events(text), "REJECT"))


def test_an_address_in_the_first_person_still_speaks_for_its_author():
    text = ("Я говорив сьогодні з лідерами партнерів. Ми домовилися про нові кроки. "
            "Провів також переговори з Прем'єр-міністром Канади.")
    ev = by_trigger(events(text, "2023-03-01"), "переговори")
    assert "ukraine" in ev.actors, (ev.actors, ev.recipients)


@pytest.mark.parametrize("text, state", [
    ("Німецький концерн Rheinmetall передав Україні бронемашини.", "germany"),
    ("Турецька компанія Baykar передала Україні безпілотники.", "turkey"),
    ("Американська компанія передала Україні генератори.", "united-states"),
])
def test_a_countrys_company_gives_for_itself_not_for_its_state(text, state):
    ev = only(events(text), "AID")
    assert state not in ev.actors and "ukraine" in ev.recipients, (ev.actors, ev.recipients)


def test_a_countrys_government_still_gives_for_its_state():
    ev = only(events("Американський уряд передав Україні генератори."), "AID")
    assert "united-states" in ev.actors, (ev.actors, ev.recipients)

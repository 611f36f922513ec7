"""Events recall A31 (issue 16): summoned envoys in every form of the phrase, demands whose
object is a noun, first-person statements of a body and acts named by a heading's noun.
Sentences written for these tests; each new behaviour has near misses that give no event or no
wrong side."""
from __future__ import annotations

from event_helpers import analysed, of_type


def _sides(text: str, type_: str, date: str = "2024-05-01"):
    return [(e.status, e.actors, e.recipients) for e in of_type(analysed(text, date), type_)]


# --- a summoned envoy: his state receives, the summoning ministry's state acts ---

def test_the_foreign_office_named_before_the_verb_summons():
    for text, state in (("У МЗС викликали посла Ірану.", "iran"),
                        ("До МЗС України викликано посла Угорщини.", "hungary"),
                        ("На килим до МЗС викликали посла Угорщини.", "hungary")):
        [(status, actors, recipients)] = _sides(text, "PROTEST")
        assert status == "occurred" and actors == ["mfa-of-ukraine"] and recipients == [state], text


def test_the_foreign_office_after_a_passive_summoning_verb_summons():
    [(_, actors, recipients)] = _sides("Посол Ірану був викликаний до МЗС України.", "PROTEST")
    assert actors == ["mfa-of-ukraine"] and recipients == ["iran"]


def test_a_chargé_named_before_the_verb_is_summoned():
    [(_, actors, recipients)] = _sides("Тимчасового повіреного у справах Білорусі викликали до МЗС.", "PROTEST")
    assert actors == ["mfa-of-ukraine"] and recipients == ["belarus"]
    # (an attorney summoned to a court protests nothing)
    assert _sides("Повіреного викликали до суду.", "PROTEST") == []


def test_the_envoy_after_what_he_is_summoned_for_is_summoned():
    for text, state in (("МЗС викликало на розмову посла Угорщини.", "hungary"),
                        ("Міністерство закордонних справ викликало на розмову тимчасового повіреного "
                         "у справах Росії.", "russia")):
        [(_, actors, recipients)] = _sides(text, "PROTEST")
        assert actors == ["mfa-of-ukraine"] and recipients == [state], text


def test_an_envoy_after_the_town_he_is_summoned_in_is_the_verbs_object():
    [(_, actors, recipients)] = _sides("У Варшаві посла Росії викликали до МЗС Польщі.", "PROTEST")
    assert actors == ["mfa-of-poland"] and recipients == ["russia"]


def test_a_third_state_summons_its_own_host_envoy_not_the_one_in_kyiv():
    # the US ambassador in Moscow is not the one the knowledge base records in Kyiv
    [(_, actors, recipients)] = _sides("Росія викликала посла США.", "PROTEST")
    assert actors == ["russia"] and recipients == ["united-states"]
    [(_, actors, recipients)] = _sides("Лавров зустрівся з послом США.", "CONSULT")
    assert recipients == ["united-states"]
    # summoned in Kyiv, the ambassador there is the one
    [(_, _, recipients)] = _sides("Посла США викликали до МЗС України.", "PROTEST")
    assert recipients == ["bridget-brink", "united-states"]


def test_an_envoy_summoned_in_a_town_with_no_summoner_named_is_summoned_by_its_state():
    [(_, actors, recipients)] = _sides("У Будапешті викликали посла України.", "PROTEST")
    assert actors == ["hungary"] and recipients == ["ukraine"]
    # an envoy called home in his own capital is summoned by no other state
    assert all(a == [] for _, a, _ in _sides("У Будапешті посла Угорщини викликали на консультації.", "PROTEST"))


def test_other_summonings_protest_nothing():
    for text in ("Лікарі викликали швидку.", "Посол Ірану викликав занепокоєння.", "Викликали поліцію.",
                 "У МЗС викликали таксі."):
        assert _sides(text, "PROTEST") == [], text


# --- a demand whose object is a noun: its demander acts, the side it is made of receives ---

def test_a_condition_put_forward_is_a_demand_and_its_content_no_happening():
    [(status, actors, recipients)] = _sides("Кремль висунув умову – зняття санкцій.", "REQUEST")
    assert status == "occurred" and actors == ["kremlin"] and recipients == []
    doc = analysed("Кремль висунув Україні умову: виведення військ з Донбасу.", "2024-05-01")
    assert [(e.actors, e.recipients) for e in of_type(doc, "REQUEST")] == [(["kremlin"], ["ukraine"])]
    assert of_type(doc, "RETREAT") == []          # the withdrawal is only what is demanded
    # a name in what is demanded is no party asked
    [(_, actors, recipients)] = _sides("Москва поставила умову: визнання анексії Криму.", "REQUEST")
    assert actors == ["russia"] and recipients == []


def test_insisting_on_an_act_is_demanding_it():
    [(status, actors, recipients)] = _sides("Польща наполягла на відкритті кордону.", "REQUEST")
    assert status == "occurred" and actors == ["poland"] and recipients == []
    # the state people are to be returned from is the one asked
    for text in ("Україна наполягає на поверненні депортованих дітей з Росії.",
                 "Україна вимагає повернення дітей з Росії."):
        [(_, actors, recipients)] = _sides(text, "REQUEST")
        assert actors == ["ukraine"] and recipients == ["russia"], text


def test_the_state_a_demand_is_put_to_is_asked():
    # a name that may be a genitive too, between the verb of putting forward and the demand
    [(_, actors, recipients)] = _sides("Туреччина висунула Швеції вимоги щодо вступу до НАТО.", "REQUEST")
    assert actors == ["turkey"] and recipients == ["sweden"]


def test_a_demand_told_with_no_verb_is_its_owners():
    for text, owner in (("Головна вимога України – повне виведення російських військ.", "ukraine"),
                        ("Умова Кремля: визнання анексії Криму.", "kremlin")):
        [(_, actors, recipients)] = _sides(text, "REQUEST")
        assert actors == [owner] and recipients == [], text
    # a rule's requirement, or requirements defined, demand nothing
    for text in ("Вимога Конституції – проведення виборів.", "Вимоги ЄС – це 7 кроків."):
        assert _sides(text, "REQUEST") == [], text


def test_where_a_demanded_step_would_join_is_no_party_asked():
    [(_, actors, recipients)] = _sides("Угорщина висунула Україні умову для підтримки вступу до ЄС – "
                                       "відновлення прав угорської меншини.", "REQUEST")
    assert actors == ["hungary"] and recipients == ["ukraine"]


def test_the_state_a_protested_supply_goes_to_is_not_protested_against():
    evs = _sides("Тимчасового повіреного у справах Ірану викликали до МЗС. Українська сторона висловила "
                 "рішучий протест у зв'язку з постачанням Росії іранських дронів.", "PROTEST", "2022-10-11")
    assert evs and all("russia" not in actors + recipients for _, actors, recipients in evs)
    # the doer of an act protested is still the one it is aimed at
    [(_, _, recipients)] = _sides("МЗС висловило протест у зв'язку з агресією Росії.", "PROTEST")
    assert recipients == ["russia"]


def test_conditions_and_insistence_that_demand_nothing():
    for text in ("Обвинувачений Петренко наполягав на своїй невинуватості.",
                 "Умови договору передбачають зняття санкцій.",
                 "Організатори поставили умову для учасників конкурсу.",
                 "Лікарі наполягають на вакцинації."):
        assert _sides(text, "REQUEST") == [], text
    # people from a country are still not that state
    assert all("morocco" not in a + r for _, a, r in _sides("Загинули студенти з Марокко.", "ASSAULT"))


# --- a body's statement or post in the first person plural: "ми" is that body ---

def test_we_of_a_body_named_by_the_first_line_is_that_body():
    doc = analysed("Заява МЗС Польщі\n\nМи закликаємо Росію припинити агресію. Ми вислали трьох "
                   "російських дипломатів.", "2024-05-01")
    assert [(e.actors, e.recipients) for e in of_type(doc, "REQUEST")] == [(["mfa-of-poland", "poland"], ["russia"])]
    assert [(e.actors, e.recipients) for e in of_type(doc, "SANCTION")] == [(["mfa-of-poland", "poland"], ["russia"])]


def test_we_as_the_doer_of_an_impersonal_passive():
    [(_, actors, recipients)] = _sides("Заява МЗС України\n\nНами ухвалено рішення про висилку трьох "
                                       "російських дипломатів.", "SANCTION")
    assert actors == ["mfa-of-ukraine", "ukraine"] and recipients == ["russia"]
    # "with us" is no doer
    assert all(a == [] for _, a, _ in _sides("Разом з нами запроваджено санкції проти Ірану.", "SANCTION"))


def test_a_first_line_that_says_more_than_a_body_names_no_author():
    # a heading that tells what the body reported is no signature
    evs = _sides("Генеральний штаб ЗСУ: ворог завдав 5 ракетних ударів\n\nМи закликаємо партнерів надати ППО.",
                 "REQUEST")
    assert [a for _, a, _ in evs] == [["ukraine"]]


# --- an act named by a heading's noun, its parties added by the lead under it ---

def test_a_union_named_in_the_heading_is_its_council_in_the_lead():
    doc = analysed("Нові санкції ЄС проти Росії\n\nРада ЄС ухвалила одинадцятий пакет санкцій проти Росії.",
                   "2023-06-23")
    [e] = of_type(doc, "SANCTION")
    assert set(e.actors) == {"european-union", "council-of-the-european-union"} and e.recipients == ["russia"]


def test_a_side_the_heading_implied_stays_where_the_lead_names_it():
    doc = analysed("Зустріч Єрмака з Салліваном\n\nКерівник Офісу Президента Андрій Єрмак провів телефонну "
                   "розмову з радником з нацбезпеки США Джейком Салліваном. Сторони обговорили посилення ППО.",
                   "2024-08-07")
    [e] = of_type(doc, "CONSULT")
    assert "united-states" in e.recipients and "united-states" not in e.actors
    assert "andriy-yermak" in e.actors and "jake-sullivan" in e.recipients


def test_a_heading_over_another_bodys_act_stays_apart():
    # the lead tells another sanction by another union: no merging by the top body
    doc = analysed("Нові санкції ЄС проти Росії\n\nСША запровадили санкції проти Ірану.", "2023-06-23")
    assert len(of_type(doc, "SANCTION")) == 2

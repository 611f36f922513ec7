"""Who takes part in an event and on which side (issue 16, part C26): the genitive owner of a
strike noun that the dictionary reads first as a dative, a strike named inside another strike's
adjunct, the instrumental doer of an impersonal passive, "з боку" inside the act protested, a
host who invited, delegations after a place or a mediator, a reporter in "як повідомлено",
and an act named only as what someone reacts to.
Sentences written for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import named_rows


def events(text: str, date: str = "2024-05-02"):
    return named_rows(text, date)


def sides_of(text: str, type_: str) -> list[tuple[list, list]]:
    return [(e[2], e[3]) for e in events(text) if e[0] == type_]


@pytest.mark.parametrize("text,actors,recipients", [
    ("Італія засудила удари Ізраїлю по Лівану.", ["Ізраїль"], ["Ліван"]),
    ("Удари Ізраїлю по Газі тривають.", ["Ізраїль"], ["Сектор Гази"]),
])
def test_strike_owner_read_as_dative_strikes(text, actors, recipients):
    got = sides_of(text, "ASSAULT")
    assert len(got) == 1, events(text)
    assert got[0][0] == actors and got[0][1] == recipients, events(text)


def test_strike_in_an_answer_keeps_its_own_target():
    text = "Росія завдала масованого удару по Києву у відповідь на атаку дронів на Москву."
    got = sorted(sides_of(text, "ASSAULT"))
    assert got == [([], ["Москва"]), (["Росія"], ["Київ"])], events(text)


def test_strike_after_the_invasion_named_before_stays_ours():
    text = "За п'ять днів вторгнення по Україні завдали вже 56 ракетних ударів."
    got = sides_of(text, "ASSAULT")
    assert got and all("Україна" in r for _, r in got), events(text)


@pytest.mark.parametrize("text,type_,actor,recipient", [
    ("Сполученими Штатами запроваджено нові санкції проти Росії.", "SANCTION", "США", "Росія"),
    ("Німеччиною ухвалено рішення передати Україні ще одну систему Patriot.", "AID", "Німеччина", "Україна"),
])
def test_instrumental_of_impersonal_passive_acts(text, type_, actor, recipient):
    got = sides_of(text, type_)
    assert len(got) == 1, events(text)
    assert actor in got[0][0] and recipient in got[0][1], events(text)


def test_reporter_in_impersonal_as_clause_is_no_party():
    text = "Як повідомлено Генштабом, ворог атакував Харків."
    got = sides_of(text, "ASSAULT")
    assert got and all("Генеральний штаб ЗСУ" not in a + r for a, r in got), events(text)
    assert all(len(a) == 1 for a, _ in got), events(text)


@pytest.mark.parametrize("text,type_,actor,recipient", [
    ("Польща заявила протест через порушення її повітряного простору з боку Росії.", "PROTEST", "Польща", "Росія"),
    ("Україна відкинула звинувачення з боку Росії.", "REJECT", "Україна", "Росія"),
])
def test_doer_of_the_act_protested_is_aimed_at(text, type_, actor, recipient):
    got = sides_of(text, type_)
    assert got == [([actor], [recipient])], events(text)


@pytest.mark.parametrize("text,host", [
    ("Президент Туреччини Реджеп Тайїп Ердоган прибув до Львова на запрошення Зеленського.",
     "Володимир Зеленський"),
    ("Зеленський прибув до Данії на запрошення прем'єр-міністерки Метте Фредеріксен.", "Метте Фредеріксен"),
])
def test_host_who_invited_receives_the_visit(text, host):
    got = sides_of(text, "CONSULT")
    assert len(got) == 1, events(text)
    assert any(host.split()[-1] in x for x in got[0][1]), events(text)


@pytest.mark.parametrize("text,parties", [
    ("У Саудівській Аравії делегації України та США провели переговори.", {"Україна", "США"}),
    ("У Стамбулі за посередництва Туреччини делегації України та Росії провели перші прямі переговори.",
     {"Україна", "Росія"}),
])
def test_delegations_after_a_place_or_a_mediator_meet(text, parties):
    got = sides_of(text, "CONSULT")
    assert len(got) == 1, events(text)
    assert parties <= set(got[0][0] + got[0][1]) and "Туреччина" not in got[0][0], events(text)


@pytest.mark.parametrize("text", [
    "Україна і Польща домовилися про спільне виробництво зброї. Угорщина висловила занепокоєння через цю угоду.",
    "Україна та Велика Британія підписали угоду про безпекову співпрацю. Москва висловила протест через угоду.",
])
def test_who_reacts_to_an_agreement_is_no_party_to_it(text):
    got = sides_of(text, "AGREE")
    assert got and all(not {"Угорщина", "Росія"} & set(a + r) for a, r in got), events(text)


def test_reaction_words_are_data():
    from khronika.extract.events.lexicon.compiled import lexicon
    lex = lexicon()
    assert "занепокоєння" in lex.word_list("reaction_nouns")
    assert "через" in lex.word_list("reaction_cause_prepositions")


def test_subject_before_a_relative_clause_acts():
    text = "Українські сили, які увійшли до Курської області, атакували російські позиції."
    assert sides_of(text, "ASSAULT") == [(["Україна"], ["Росія"])], events(text)


def test_participle_of_the_strike_names_its_doer():
    text = "Ракетний удар, завданий російськими військами по драмтеатру, забрав життя сотень людей."
    assert [a for a, _ in sides_of(text, "ASSAULT")] == [["Росія"]], events(text)


def test_doer_of_an_act_condemned_through_a_participle_is_aimed_at():
    text = "Генсек ООН засудив так звані референдуми, проведені Росією на окупованих територіях."
    got = sides_of(text, "ACCUSE")
    assert len(got) == 1 and got[0][1] == ["Росія"], events(text)


@pytest.mark.parametrize("text", [
    "Делегацію Японії прийняв у Києві міністр закордонних справ Андрій Сибіга.",
    "Міністр прийняв делегацію Японії.",
])
def test_state_of_a_delegation_received_receives(text):
    got = sides_of(text, "CONSULT")
    assert len(got) == 1 and "Японія" in got[0][1], events(text)


@pytest.mark.parametrize("text", [
    "Україна та Молдова підписали угоду про співпрацю. Через цю угоду Росія висловила протест.",
    "Зеленський провів переговори з Ердоганом. Після переговорів Кремль висловив занепокоєння.",
])
def test_who_reacts_after_or_for_a_happening_is_no_party(text):
    got = [(a, r) for t, _, a, r in events(text) if t in ("AGREE", "CONSULT")]
    assert got and all(not {"Росія", "Кремль"} & set(a + r) for a, r in got), events(text)


@pytest.mark.parametrize("text,asker,giver", [
    ("На прохання Києва Словаччина передала вертольоти.", "Україна", "Словаччина"),
    ("На прохання України Данія передала додаткову партію винищувачів F-16.", "Україна", "Данія"),
])
def test_aid_given_at_a_request_goes_to_the_one_who_asked(text, asker, giver):
    assert sides_of(text, "AID") == [([giver], [asker])], events(text)
    assert sides_of(text, "REQUEST") == [([asker], [giver])], events(text)


def test_rocket_launched_in_a_relative_clause_is_a_strike():
    text = "Ракета, яку Росія випустила по Одесі, влучила в житловий будинок."
    assert sides_of(text, "ASSAULT") == [(["Росія"], ["Одеса"])], events(text)


@pytest.mark.parametrize("text", [
    "Франція засудила бомбардування Лівану Ізраїлем.",
    "Італія засудила удари Ізраїлю по Лівану.",
])
def test_condemnation_is_of_who_struck(text):
    assert sides_of(text, "ASSAULT") == [(["Ізраїль"], ["Ліван"])], events(text)
    assert [r for _, r in sides_of(text, "ACCUSE")] == [["Ізраїль"]], events(text)


def test_target_of_the_sanctions_refused_is_no_party_to_the_refusal():
    text = "Як повідомляє Bloomberg, Туреччина відмовилася приєднатися до санкцій проти Росії."
    assert sides_of(text, "REJECT") == [(["Туреччина"], [])], events(text)


def test_answer_after_a_comma_opens_its_own_clause():
    text = "Росія атакувала енергетику України, у відповідь Польща підняла в повітря винищувачі."
    got = [(a, r) for t, _, a, r in events(text) if t != "ASSAULT"]
    assert got and all("Україна" not in r for _, r in got), events(text)


@pytest.mark.parametrize("text", [
    "Виступаючи в ООН, Зеленський закликав партнерів допомогти.",
    "Виступаючи в Раді безпеки ООН, Зеленський закликав змусити Росію до миру.",
])
def test_subject_after_an_adverbial_participle_in_a_body_asks(text):
    got = sides_of(text, "REQUEST")
    assert len(got) == 1 and "Володимир Зеленський" in got[0][0], events(text)
    assert all("Росія" not in a + r for t, _, a, r in events(text) if t == "CONSULT"), events(text)


@pytest.mark.parametrize("text,struck", [
    ("Генсек ООН Антоніу Гутерреш, який перебував у Києві, потрапив під ракетний обстріл.", "Антоніу Гутерреш"),
    ("Прем'єр Греції прибув до Одеси і потрапив під обстріл.", "Греція"),
])
def test_who_came_under_fire_is_struck(text, struck):
    got = sides_of(text, "ASSAULT")
    assert len(got) == 1 and struck in got[0][1] and struck not in got[0][0], events(text)

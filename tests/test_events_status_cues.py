"""Event status as the clause tells it: an act told in the present with how long it has lasted
goes on; a past form with "б"/"би" is a condition; a readiness to give announces the aid; a
refusal's content is no aid. Sentences written for these tests (an address, war news, diplomatic
news); the full pipeline with the shipped knowledge base."""
from __future__ import annotations

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import on_day, statuses as statuses_in


events = on_day("2024-03-12")


def statuses(text: str, type_: str) -> list[str]:
    return statuses_in(events(text), type_)


def test_the_lists_are_data():
    lex = lexicon()
    assert {"б", "би"} <= lex.word_list("subjunctive_particles")
    assert "хоча" in lex.word_list("subjunctive_excluders") and "хотіти" in lex.word_list("subjunctive_wish_verbs")
    assert "досі" in lex.word_list("duration_words") and "вже" in lex.word_list("already_words")
    assert "надати" in lex.word_list("readiness_act_verbs")
    assert "відмовити" in lex.word_list("framing_verbs")


def test_a_present_act_with_its_duration_goes_on():
    assert statuses("Уже кілька місяців ми домагаємося від партнерів нових систем ППО.", "REQUEST") == ["ongoing"]
    assert statuses("Словаччина вже пів року просить ЄС виділити кошти на ремонт доріг.", "REQUEST") == ["ongoing"]
    assert statuses("Третій тиждень поспіль Угорщина блокує виділення Україні коштів.", "REJECT") == ["ongoing"]
    # told as done, it stays done however often it happened
    assert statuses("Ворог уже вчетверте цього тижня атакував Одесу дронами.", "ASSAULT") == ["occurred"]


def test_the_subjunctive_is_a_condition():
    assert statuses("Союзники мали б передати нам більше снарядів.", "AID") == ["conditional"]
    assert statuses("Ми могли б провести переговори в Стамбулі.", "CONSULT") == ["conditional"]
    assert statuses("Європа могла б давно запровадити ембарго на російський газ.", "SANCTION") == ["conditional"]
    assert statuses("Канада могла б надати нам кредит, якби не вибори.", "AID") == ["conditional"]
    # "хоча б" means "at least", and a plain past verb tells what took place
    assert statuses("Окупанти обстріляли Нікополь, щоб хоча б налякати людей.", "ASSAULT") == ["occurred"]


def test_a_readiness_to_give_announces_the_aid():
    assert statuses("Чехія готова передати Україні ще сто танків.", "AID") == ["planned"]
    assert statuses("Ми готові надати Молдові енергетичну допомогу.", "AID") == ["planned"]
    assert statuses("Естонія готова й надалі передавати Україні боєприпаси.", "AID") == ["planned"]
    # a readiness to talk stays a stance
    assert statuses("Україна готова до переговорів.", "CONSULT") == []


def test_what_is_refused_is_no_aid():
    evs = events("Уряд Словаччини відмовив Україні у наданні кредиту.")
    assert [e.type for e in evs] == ["REJECT"], [(e.type, e.status) for e in evs]


def test_strikes_that_do_not_stop_go_on():
    assert statuses("Атаки на Дніпро не припиняються вже третю добу.", "ASSAULT") == ["ongoing"]
    # stopped, they took place
    assert statuses("Обстріли Сум припинилися.", "ASSAULT") == ["occurred"]

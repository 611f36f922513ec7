"""A first person no author names, in a text that never speaks for a state, is a private one
(triggers/statecraft_texts.py): a blogger's, a memoirist's or a story's "я" and "ми" are no side
of Ukraine, and what they alone did is no event. A text of war, arms or office, one that greets
the nation or calls the state its own, keeps its first person the home side's; so does a lone
sentence, too short to show its genre. The sentences are the test's own."""
from __future__ import annotations

import pytest

from event_helpers import analysed, show

DAY = "2025-06-12"

PRIVATE = [
    "Весна цього року видалася теплою. Позавчора я зустрілася з однокурсницями в парку. "
    "Ми до вечора згадували студентські роки.",
    "Взимку рахунки за опалення були великі. Ми з братом домовилися з хазяїном квартири про розстрочку. "
    "Тепер платимо частинами.",
    "Минулої суботи ми з дітьми відвідали Чернігів. Довго гуляли валом. Діти найбільше запам'ятали морозиво.",
    "Нова робота мені подобається. Я подзвонив бабусі й довго розповідав їй про колег. Вона сміялася.",
    "Це вже третій мій допис про дозвілля. У попередньому я закликала батьків частіше гуляти з дітьми. "
    "Сьогодні пишу про книжки.",
    "Вечір почався невдало. Собака сусіда атакував мене, щойно я відчинив хвіртку. Добре, що штани товсті.",
]


@pytest.mark.parametrize("text", PRIVATE)
def test_a_private_first_person_is_no_side_and_tells_no_event(text):
    doc = analysed(text, DAY)
    assert not doc.events, show(doc.events)


def test_a_private_first_person_with_a_named_party_takes_no_side():
    # (the party named keeps its event; the narrator is not Ukraine)
    doc = analysed("Ранок був дощовий. Я зустрівся з Оксаною Петренко в кав'ярні біля вокзалу. "
                   "Говорили про її нову книжку.", DAY)
    assert all("ukraine" not in e.actors + e.recipients for e in doc.events), show(doc.events)


OFFICIAL = [
    # a text of war or arms: the first person is the state's
    ("Ніч була неспокійна. Ми знову відбили атаки ворога на сході. Ситуація під контролем.", "ASSAULT"),
    ("Тиждень був важкий. Цього тижня ми отримали нові ракети для систем ППО. Дякую всім.", "AID"),
    # it greets the nation
    ("Шановні українці! Сьогодні я зустрівся з волонтерами з Харкова. Вони роблять неймовірне.", "CONSULT"),
    # it calls the state its own
    ("Сьогодні я провів зустріч із представниками громад. Наша держава має швидше відбудовувати школи. "
     "Це головне.", "CONSULT"),
    # it names a state
    ("Ранок почався з дзвінків. Сьогодні я поговорив з Президентом Фінляндії. Розмова була змістовна.", "CONSULT"),
    # a lone sentence shows no genre
    ("Учора ми домовилися з партнерами про нові кроки.", "AGREE"),
]


@pytest.mark.parametrize("text,type_", OFFICIAL)
def test_a_first_person_that_speaks_for_the_state_stays_the_home_side(text, type_):
    doc = analysed(text, DAY)
    evs = [e for e in doc.events if e.type == type_]
    assert evs and "ukraine" in evs[0].actors + evs[0].recipients, show(doc.events)


FIELDS = [
    # trade, sport, science, a campus, private life: events that name no party are none
    "Обидві мережі аптек оголосили про об'єднання. Власники домовилися про спільне управління. "
    "Покупці змін не помітять.",
    "Волейбольний клуб оновив склад. Керівництво провело переговори з трьома гравцями. Сезон стартує у вересні.",
    "Лабораторія отримала нове обладнання від приватного фонду. Дослідники вимагають більше місця. "
    "Перші досліди почнуться взимку.",
    "Мешканці гуртожитку провели збори. Вони вимагають ремонту душових. Адміністрація обіцяє відповісти.",
]


@pytest.mark.parametrize("text", FIELDS)
def test_a_text_of_no_statecraft_keeps_no_event_without_a_party(text):
    doc = analysed(text, DAY)
    assert not [e for e in doc.events if not e.actors and not e.recipients], show(doc.events)


@pytest.mark.parametrize("text,type_", [
    # a text of war or of office keeps its events with no party named
    ("Ніч була неспокійна. Ворог обстріляв околиці міста. Є поранені.", "ASSAULT"),
    ("Сесія тривала до вечора. Депутати вимагають відставки керівника управління. Рішення ухвалять завтра.",
     "REQUEST"),
])
def test_a_text_of_statecraft_keeps_its_events_without_a_party(text, type_):
    doc = analysed(text, DAY)
    assert type_ in [e.type for e in doc.events], show(doc.events)

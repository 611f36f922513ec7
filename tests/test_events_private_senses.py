"""Words of statecraft in the senses of private life, commerce, sport and medicine (senses.py,
`<type>_other_senses` in lang/uk/events.yaml): clubs agreeing a transfer, a marriage agreed, a
stress that strikes the immune system, a regulator's penalty on a bank, a tenant accusing a
landlord, a service sold. The same verbs between parties of public affairs stay events.
The sentences are the test's own."""
from __future__ import annotations

import pytest

from event_helpers import analysed, show

DAY = "2025-06-12"


@pytest.mark.parametrize("text", [
    "Обидва клуби погодилися на трансфер легіонера ще до кінця сезону.",
    "Після трьох років знайомства Марія погодилася вийти заміж за Андрія.",
    "Хронічне недосипання завдає серйозного удару по імунітету.",
    "Регулятор застосував санкції до страховика за порушення правил моніторингу.",
    "Орендар звинуватив орендодавця в тому, що той не повернув заставу.",
    "Фірма надасть лікарні послуги з обслуговування систем вентиляції за 2 мільйони гривень.",
])
def test_a_word_of_statecraft_in_another_field_tells_no_event(text):
    doc = analysed(text, DAY)
    assert not doc.events, show(doc.events)


@pytest.mark.parametrize("text,type_", [
    ("Обидві держави погодилися на обмін полоненими ще до кінця місяця.", "AGREE"),
    ("Російські ракети завдали серйозного удару по енергосистемі Києва.", "ASSAULT"),
    ("Рада ЄС застосувала санкції до російських банків за підтримку агресії.", "SANCTION"),
    ("МЗС України звинуватило Росію в тому, що вона не повернула депортованих дітей.", "ACCUSE"),
    ("Німеччина надасть Україні ще дві системи ППО.", "AID"),
])
def test_the_same_words_between_parties_of_public_affairs_stay(text, type_):
    doc = analysed(text, DAY)
    assert type_ in [e.type for e in doc.events], show(doc.events)

"""A buyer's contract with its supplier (a tender won, works let to a contractor, a deal between
firms named by their legal form), a court settlement or a plea deal is commerce or procedure,
not an agreement between parties of public affairs; a tender's bids turned down are no refusal
between parties. The words of that field are `agree_other_senses` and `reject_other_senses` in
events.yaml (senses.py). Treaties, loans and refusals between states keep their events.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import build, sorted_types as _types


@pytest.mark.parametrize("text", [
    "Міська рада за результатами тендеру уклала угоду з ТОВ «Світанок» на ремонт шкіл.",
    "Обласне управління уклало з підрядником договір на будівництво мосту.",
    "Обвинувачений уклав із прокурором угоду про визнання винуватості.",
    "Сторони спору уклали мирову угоду в суді.",
    "Замовник відхилив пропозицію учасника торгів через помилку в документах.",
])
def test_trade_and_court_deals_are_no_agreement_of_parties(core_pipeline, text):
    assert _types(build(core_pipeline, text)) == []


@pytest.mark.parametrize("text, names, type_", [
    ("Україна та Польща уклали угоду про спільне виробництво снарядів.",
     [("Україна", "ukraine"), ("Польща", "poland")], "AGREE"),
    ("Уряд підписав з Польщею угоду про кредит на суму 500 мільйонів євро.", [("Польщею", "poland")], "AGREE"),
    ("Україна відхилила пропозицію Росії про перемир'я.", [("Україна", "ukraine"), ("Росії", "russia")], "REJECT"),
    ("Уряд підписав з Польщею угоду про фінансування закупівлі зброї.", [("Польщею", "poland")], "AGREE"),
])
def test_agreements_and_refusals_of_states_stay(core_pipeline, text, names, type_):
    assert _types(build(core_pipeline, text, names=names)) == [type_]

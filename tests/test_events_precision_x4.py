"""Events precision (issue 16, X4): wordings read on real text that tell no happening of
statecraft. A rule of conduct in the impersonal ("забороняється надавати"), what a law lets or
forbids anyone to do; beside each, the same act told of a party, which stays. Sentences written
for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

from khronika.extract.events.lexicon import lexicon


def types(text: str, date: str = "2025-03-10") -> list[str]:
    from khronika.pipeline import analyze
    return [e.type for e in analyze(text, date).events]


def test_rule_verbs_are_data():
    assert {"заборонятися", "дозволятися"} <= lexicon().word_list("rule_verbs")


def test_a_rule_of_conduct_is_no_happening():
    assert "AID" not in types("Із понеділка юридичним особам забороняється надавати позики громадянам Росії.")
    assert "AID" not in types("Страховим компаніям дозволяється надавати кредити лише резидентам.")
    assert "ASSAULT" not in types("Військовим не дозволяється обстрілювати житлові квартали.")


def test_the_same_act_of_a_party_stays():
    assert "AID" in types("Німеччина погодилася надати Україні кредит на відновлення енергетики.")
    assert "ASSAULT" in types("Російська армія обстрілювала житлові квартали Харкова.")


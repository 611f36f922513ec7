"""Events in daily war summaries and government orders (issue 16, A24): a tally of strikes of
several kinds is one happening per kind, as GUIDELINES asks one event per real happening.
Sentences written for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import named_rows


def events(text: str, date: str = "2024-03-05"):
    return named_rows(text, date)


@pytest.mark.parametrize("text,kinds", [
    ("За добу противник завдав 25 авіаударів, здійснив 60 обстрілів з артилерії та 9 атак "
     "безпілотниками по позиціях наших військ.", 3),
    ("Ворог наніс 5 ракетних ударів та 40 авіаударів по Донеччині.", 2),
    ("Минулого тижня росіяни здійснили понад 300 атак дронами і 40 обстрілів по прикордонню "
     "Чернігівщини.", 2),
])
def test_a_tally_of_strikes_of_several_kinds_is_one_event_per_kind(text, kinds):
    got = [e for e in events(text) if e[0] == "ASSAULT"]
    assert len(got) == kinds, events(text)
    assert all(e[2] == ["Росія"] for e in got), got


@pytest.mark.parametrize("text", [
    # one kind counted twice, on two towns, or told once: one tally
    "Ворог завдав 20 ударів по Харкову і 10 ударів по Сумах.",
    "За добу окупанти здійснили 45 обстрілів Херсонщини.",
    # a strike and the number of the people it hurt: one happening
    "Росіяни обстріляли Нікополь, поранено трьох людей.",
    # the harm a counted strike did is no kind of strike; a number counts only what follows it
    "Окупанти здійснили 12 обстрілів Нікополя, внаслідок обстрілів пошкоджено будинки.",
    "Понад 300 лікарень зруйновано або пошкоджено внаслідок обстрілів.",
    "Ворог завдав 12 ударів по Харкову, обстріли тривали весь день.",
])
def test_one_kind_of_strike_stays_one_event(text):
    got = [e for e in events(text) if e[0] == "ASSAULT"]
    assert len(got) == 1, events(text)


# ---- sabotage units disarmed ------------------------------------------------------------

@pytest.mark.parametrize("text,doers", [
    ("Бійці ССО знешкодили дві диверсійно-розвідувальні групи ворога на Сумщині.",
     ["Сили спеціальних операцій Збройних сил України", "Україна"]),
    ("Українські прикордонники знешкодили російську ДРГ біля Сум.", ["Україна"]),
])
def test_a_sabotage_unit_disarmed_is_struck_by_who_disarmed_it(text, doers):
    got = [e for e in events(text) if e[0] == "ASSAULT"]
    assert len(got) == 1, events(text)
    assert got[0][1] == "occurred" and got[0][2] == doers and got[0][3] == ["Росія"], got


@pytest.mark.parametrize("text", [
    # mines and a gang are no unit of the adversary
    "Сапери знешкодили 40 вибухонебезпечних предметів на Харківщині.",
    "Поліцейські знешкодили групу шахраїв у Львові.",
    # a plan to disarm a unit reports no strike
    "Прикордонники готуються знешкодити ДРГ, якщо вона перетне кордон.",
])
def test_other_things_disarmed_are_no_strike(text):
    assert not [e for e in events(text) if e[0] == "ASSAULT"], events(text)


# ---- an order and the act it orders -----------------------------------------------------

@pytest.mark.parametrize("text,kind,doers,receivers", [
    ("Доручено Міністерству закордонних справ провести консультації з Угорщиною.", "CONSULT",
     ["Міністерство закордонних справ України"], ["Угорщина"]),
    ("Міністерству енергетики доручено передати Молдові трансформатори.", "AID",
     ["Міністерство енергетики України"], ["Молдова"]),
    ("Президент доручив МЗС запровадити санкції проти Ірану.", "SANCTION",
     ["Міністерство закордонних справ України"], ["Іран"]),
])
def test_an_ordered_act_is_planned_beside_the_order(text, kind, doers, receivers):
    got = events(text)
    assert [e[0] for e in got].count("REQUEST") == 1, got
    act = [e for e in got if e[0] == kind]
    assert len(act) == 1, got
    assert act[0][1] == "planned" and act[0][2] == doers and act[0][3] == receivers, act


@pytest.mark.parametrize("text,kind", [
    # a call on someone to act is no order that binds them: the act stays its content
    ("Депутати закликали уряд передати Україні танки.", "AID"),
    # an order to write a report or a programme names no act of statecraft
    ("Прем'єр доручив міністрам підготувати звіт про роботу.", "CONSULT"),
])
def test_what_is_not_ordered_stays_content(text, kind):
    assert not [e for e in events(text) if e[0] == kind], events(text)


def test_ordered_types_are_data():
    from khronika.extract.events.lexicon.compiled import lexicon
    assert {"consult", "aid", "sanction"} <= set(lexicon().word_list("ordered_types"))

"""Events: the speaker's side is not put on acts the speaker does not do: strikes one is ready
for (a readiness covering "зокрема ..."), strikes remembered or not forgiven (suffered, and
they took place), and a happening under "без" that a counterfactual main clause depends on.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import of_type, on_day

DATE = "2025-09-18"


events = on_day(DATE)


@pytest.mark.parametrize("text", [
    "Ми готові до будь-якого розвитку подій, зокрема до нових атак дронів.",
    "Наша армія готова до всього, у тому числі до масованих обстрілів з півночі.",
    "Енергетики готові до зими, навіть до ракетних ударів по підстанціях.",
])
def test_a_readiness_covers_the_items_named_after_it(text):
    assert not of_type(events(text), "ASSAULT")


def test_a_clause_with_a_verb_after_the_inclusion_word_is_its_own():
    evs = events("Ми готові до перемовин, навіть учора наша делегація провела зустріч з турецькою стороною.")
    assert of_type(evs, "CONSULT")


@pytest.mark.parametrize("text", [
    "Ми ніколи не пробачимо обстрілів наших сіл.",
    "Ми не забудемо обстріл Херсона.",
    "Українці не простять ракетних ударів по лікарнях.",
])
def test_a_strike_not_forgiven_took_place_and_was_suffered(text):
    evs = of_type(events(text), "ASSAULT")
    assert evs, text
    for e in evs:
        assert e.status == "occurred", (text, e.status)
        assert "ukraine" not in e.actors, (text, e.actors)
        assert "russia" in e.actors, (text, e.actors)


def test_a_strike_remembered_with_its_striker_named_or_called_ours_keeps_that_striker():
    evs = of_type(events("Ми ніколи не забудемо удар ЗСУ по Кримському мосту."), "ASSAULT")
    assert evs and evs[0].actors[0] == "armed-forces-of-ukraine" and "ukraine" not in evs[0].recipients
    assert evs[0].status == "occurred"
    evs = of_type(events("Ми пам'ятаємо наш удар по Кримському мосту."), "ASSAULT")
    assert evs and evs[0].actors == ["ukraine"] and evs[0].status == "occurred"


def test_a_strike_made_by_the_home_side_in_first_person_stays_its_own():
    evs = of_type(events("Ми завдали удару по складу ворога."), "ASSAULT")
    assert evs and evs[0].actors == ["ukraine"] and evs[0].status == "occurred"
    evs = of_type(events("Ми не завдавали ударів по цивільних."), "ASSAULT")
    assert evs and evs[0].status == "negated"


@pytest.mark.parametrize("text", [
    "Без санкцій Росія давно б захопила Київ.",
    "Без санкцій агресор уже дійшов би до Дніпра.",
    "Без санкцій ми б програли цю війну.",
])
def test_a_sanction_under_without_in_a_counterfactual_is_a_condition_of_nobody_named(text):
    evs = of_type(events(text), "SANCTION")
    assert evs, text
    for e in evs:
        assert e.status == "conditional", (text, e.status)
        assert not e.actors and not e.recipients, (text, e.actors, e.recipients)


def test_the_sides_inside_the_phrase_under_without_stay():
    evs = of_type(events("Без санкцій Євросоюзу Москва вже б наступала на Одесу."), "SANCTION")
    assert evs and evs[0].actors == ["european-union"] and evs[0].status == "conditional"
    evs = of_type(events("Без жодних переговорів Польща передала нам танки."), "AID")
    assert evs and evs[0].actors == ["poland"] and evs[0].status == "occurred"
    evs = of_type(events("Без допомоги США Україна отримала б менше зброї."), "AID")
    assert evs and all("ukraine" not in e.actors for e in evs) and "united-states" in evs[0].actors


def test_a_meeting_under_without_keeps_the_subject_who_would_hold_it():
    evs = of_type(events("Без переговорів з Путіним Туреччина не зможе бути посередником."), "CONSULT")
    assert evs and evs[0].actors == ["turkey"]


@pytest.mark.parametrize("text, striker", [
    ("Ми готові до будь-якого сценарію, але вчора ворог атакував Харків.", "russia"),
    ("Ми готові до переговорів, але Росія продовжує обстрілювати наші міста.", "russia"),
])
def test_a_subject_after_but_opens_its_own_clause_after_a_verbless_one(text, striker):
    evs = of_type(events(text), "ASSAULT")
    assert evs and evs[0].actors == [striker], (text, evs[0].actors if evs else None)


def test_a_subject_joined_by_as_well_stays_on_the_same_verb():
    evs = of_type(events("Не Польща, а Литва передала нам танки."), "AID")
    assert evs and evs[0].actors == ["lithuania"]
    evs = of_type(events("Президент Польщі, а також прем'єр Литви провели зустріч у Вільнюсі."), "CONSULT")
    assert evs and {"poland", "lithuania"} <= set(evs[0].actors)
    evs = of_type(events("Сили оборони, але не лише вони, відбили атаку на Покровськ."), "ASSAULT")
    assert evs and "defence-forces-of-ukraine" in evs[0].recipients

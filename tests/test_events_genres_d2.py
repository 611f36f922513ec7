"""Events in genres and years the project read least (part D2, issue 16): a joint communiqué
signed, vaccines given, aid sent to a region, a body that convenes, a female chancellor met, what
a protocol provides for, a vaccine "від" a disease, one of the drones that hit, a deed that puts
safety at risk. Each with a near miss that names no happening or another side. Sentences written
for these tests."""
from __future__ import annotations

from event_helpers import analysed_events, on_day

events = on_day("2024-03-01")


def _one(evs, type_):
    found = [e for e in evs if e.type == type_]
    assert len(found) == 1, [(e.type, e.actors, e.recipients) for e in evs]
    return found[0]


def test_a_communique_signed_is_an_agreement():
    ev = _one(events("Сорок держав підписали підсумкове комюніке."), "AGREE")
    assert ev.status == "occurred"


def test_photographs_signed_agree_nothing():
    assert [e for e in events("Учасники підписали фотографії.") if e.type == "AGREE"] == []


def test_vaccine_doses_handed_over_are_aid():
    ev = _one(events("Литва передала Україні 50 тисяч доз вакцини."), "AID")
    assert ev.actors == ["lithuania"] and ev.recipients == ["ukraine"]


def test_a_dose_of_medicine_handed_to_a_patient_is_no_aid():
    assert events("Лікар передав пацієнту дозу ліків.") == []


def test_aid_sent_to_a_region():
    ev = _one(events("Польща направила на Волинь генератори."), "AID")
    assert ev.actors == ["poland"]


def test_missiles_sent_at_a_town_are_no_aid():
    assert [e for e in events("Росія направила ракети на Одесу.") if e.type == "AID"] == []


def test_a_group_that_convenes_meets():
    ev = _one(events("Наступного тижня у Женеві зберуться міністри закордонних справ країн G7."), "CONSULT")
    assert ev.status == "planned" and ev.place == "geneva"


def test_a_body_about_to_act_does_not_convene():
    evs = events("Коаліція збирається запровадити нові обмеження.")
    assert [e for e in evs if e.type == "CONSULT"] == []


def test_a_parliament_that_sat_is_no_meeting_to_come():
    evs = events("Збиралась сьогодні й Верховна Рада.")
    assert [e for e in evs if e.status == "planned"] == []


def test_talks_with_a_female_chancellor_have_her_as_partner():
    ev = _one(analysed_events("Порошенко провів переговори з канцлеркою Німеччини Ангелою Меркель.",
                              "2015-02-19"), "CONSULT")
    assert set(ev.recipients) == {"angela-merkel", "germany"}


def test_what_a_protocol_provides_for_is_still_to_come():
    ev = _one(events("Протокол передбачає обмін усіх полонених."), "RETREAT")
    assert ev.status == "planned"


def test_an_exchange_that_took_place_is_still_occurred():
    ev = _one(events("Учора відбувся обмін полоненими."), "RETREAT")
    assert ev.status == "occurred"


def test_vaccines_against_a_disease_are_not_given_by_it():
    ev = _one(analysed_events("До України прибула нова партія вакцин від COVID-19.", "2021-04-14"), "AID")
    assert ev.actors == [] and ev.recipients == ["ukraine"]


def test_vaccines_from_a_state_are_given_by_it():
    ev = _one(analysed_events("До України прибула нова партія вакцин від Польщі.", "2021-04-14"), "AID")
    assert ev.actors == ["poland"]


def test_one_of_the_drones_that_hit_has_no_reporter_for_a_doer():
    evs = events("Генеральний директор МАГАТЕ Рафаель Гроссі повідомив, що 7 квітня безпілотники "
                 "атакували Запорізьку атомну електростанцію. Один із дронів влучив у купол енергоблоку.")
    assert evs and all("rafael-grossi" not in e.actors for e in evs)


def test_a_deed_that_puts_safety_at_risk_threatens_no_one():
    evs = events("Гроссі закликав сторони утримуватися від дій, що загрожують ядерній безпеці.")
    assert [e for e in evs if e.type == "THREATEN"] == []


def test_a_state_threatening_with_nuclear_arms_still_threatens():
    ev = _one(events("Росія загрожує Європі ядерною зброєю."), "THREATEN")
    assert ev.actors == ["russia"]


def test_the_maker_of_a_vaccine_receives_nothing():
    evs = analysed_events("Минулого тижня Естонія передала Україні 10 тисяч доз вакцини AstraZeneca.", "2021-04-14")
    ev = _one(evs, "AID")
    assert ev.actors == ["estonia"] and ev.recipients == ["ukraine"]


def test_a_fact_checks_heading_tells_no_happening():
    assert events("Фейк: Україна відмовилася від переговорів.") == []


def test_a_refusal_told_plainly_is_one():
    ev = _one(events("Україна відмовилася від переговорів."), "REJECT")
    assert ev.actors == ["ukraine"]


def test_talks_held_under_a_treaty_make_no_agreement():
    evs = events("Україна та ЄС провели консультації відповідно до Угоди про асоціацію.")
    assert [e for e in evs if e.type == "AGREE"] == [] and _one(evs, "CONSULT")


def test_a_treaty_that_comes_into_force_is_still_told():
    _one(events("Угода про асоціацію набула чинності сьогодні."), "AGREE")


def test_a_package_of_measures_signed_is_an_agreement():
    _one(events("Комплекс заходів підписали учасники контактної групи."), "AGREE")


def test_a_decree_on_a_package_of_measures_agrees_nothing():
    evs = events("Президент підписав указ про комплекс заходів з енергозбереження.")
    assert [e for e in evs if e.type == "AGREE"] == []


def test_he_that_provides_for_a_ceasefire_is_the_document():
    evs = analysed_events("Франсуа Олланд прибув до Мінська. Протокол підписали учасники групи. "
                          "Він передбачає припинення вогню.", "2015-02-13")
    ev = _one(evs, "CONCEDE")
    assert "francois-hollande" not in ev.actors and ev.status == "planned"


def test_he_that_holds_talks_is_still_the_man_before():
    evs = analysed_events("Франсуа Олланд прибув до Мінська. Він провів переговори з Порошенком.", "2015-02-13")
    talks = [e for e in evs if e.type == "CONSULT" and "petro-poroshenko" in e.recipients]
    assert len(talks) == 1 and "francois-hollande" in talks[0].actors


def test_an_exchange_being_prepared_is_still_to_come():
    ev = _one(events("Офіс Президента повідомив, що підготовка до наступного обміну вже триває."), "RETREAT")
    assert ev.status == "planned"


def test_an_exchange_that_goes_on_is_not_planned():
    ev = _one(events("Обмін полоненими триває."), "RETREAT")
    assert ev.status == "ongoing"


def test_a_bodys_remit_after_z_is_no_happening():
    evs = events("Андрій Єрмак доповів про роботу міжнародної групи з санкцій.")
    assert [e for e in evs if e.type == "SANCTION"] == []


def test_sanctions_imposed_by_a_group_are_still_sanctions():
    ev = _one(events("Група семи запровадила санкції проти Росії."), "SANCTION")
    assert ev.recipients == ["russia"]


def test_a_sitting_taken_up_as_a_meeting_is_one_happening():
    evs = analysed_events("6 вересня на авіабазі Рамштайн відбулося засідання Контактної групи з питань "
                          "оборони України. Зустріч провів міністр оборони США Ллойд Остін.", "2024-09-07")
    assert len([e for e in evs if e.type == "CONSULT"]) == 1


def test_a_meeting_with_a_partner_of_its_own_after_a_summit_stays_apart():
    evs = analysed_events("У Вашингтоні відбувся саміт НАТО. Зустріч із Джо Байденом тривала годину.", "2024-07-11")
    assert len([e for e in evs if e.type == "CONSULT"]) == 2


def test_the_place_of_a_strike_condemned_is_not_the_condemnations():
    evs = events("Сполучені Штати засуджують ракетний удар Росії по селу Гроза на Харківщині.")
    ev = _one(evs, "ACCUSE")
    assert ev.place is None


def test_the_place_of_talks_is_not_the_place_of_strikes_named_after_them():
    evs = analysed_events("Огляд тижня: переговори в Джидді і нові обстріли", "2025-03-16")
    strike = _one(evs, "ASSAULT")
    assert strike.place is None and "jeddah" not in strike.recipients
    assert _one(evs, "CONSULT").place == "jeddah"

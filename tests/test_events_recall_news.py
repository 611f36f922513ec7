"""Events recall on forms of media news and war reports (not only official addresses): a tranche
counted in its series, financing of purchases, an agreement being worked on, a decision
blocked, an offensive named by its directions, a hit on a target. Each form with a near miss
that names no happening. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, types_and_statuses as got

ENTS.setdefault("norway", ("Norway", "Норвегія", "LOC", "Q20"))
ENTS.setdefault("hungary", ("Hungary", "Угорщина", "LOC", "Q28"))
ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("mariupol", ("Mariupol", "Маріуполь", "LOC", "Q156681"))
ENTS.setdefault("canada", ("Canada", "Канада", "LOC", "Q16"))
ENTS.setdefault("france", ("France", "Франція", "LOC", "Q142"))
ENTS.setdefault("world-bank", ("World Bank", "Світовий банк", "ORG", "Q7164"))


def test_a_tranche_counted_in_its_series_is_aid_without_a_verb(core_pipeline):
    doc = build(core_pipeline, "Наступного тижня – ще один транш від Світового банку.",
                names=[("Світового банку", "world-bank")])
    [ev] = doc.events
    assert (ev.type, ev.mode) == ("AID", "economic") and ev.actors == ["world-bank"]
    doc = build(core_pipeline, "За тиждень – другий транш.")
    assert [e.type for e in doc.events] == ["AID"]


def test_a_tranche_only_defined_is_no_aid(core_pipeline):
    doc = build(core_pipeline, "Транш – це частина кредиту.")
    assert doc.events == []


def test_financing_a_purchase_of_weapons_is_aid(core_pipeline):
    doc = build(core_pipeline, "Норвегія профінансує закупівлю зброї для України.",
                names=[("Норвегія", "norway"), ("України", "ukraine")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("AID", "planned")
    assert ev.actors == ["norway"] and ev.recipients == ["ukraine"]


def test_financing_of_ones_own_is_no_aid(core_pipeline):
    doc = build(core_pipeline, "Партія фінансує свою кампанію.")
    assert doc.events == []


def test_the_country_that_made_the_weapons_takes_no_part(core_pipeline):
    doc = build(core_pipeline, "Німеччина передала Україні американські ракети.",
                names=[("Німеччина", "germany"), ("Україні", "ukraine")],
                refs=[("американські", "united-states", "adjective")])
    [ev] = doc.events
    assert ev.type == "AID" and ev.actors == ["germany"] and ev.recipients == ["ukraine"]


def test_an_agreement_being_worked_on_is_planned(core_pipeline):
    doc = build(core_pipeline, "Працюємо над угодою зі Сполученими Штатами.",
                names=[("Сполученими Штатами", "united-states")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("AGREE", "planned") and "united-states" in ev.recipients + ev.actors


def test_working_on_something_else_is_no_agreement(core_pipeline):
    doc = build(core_pipeline, "Ми працюємо над тим, щоб усі були в безпеці.")
    assert doc.events == []


def test_a_decision_blocked_is_a_refusal(core_pipeline):
    doc = build(core_pipeline, "Угорщина заблокувала відкриття першого переговорного кластера.",
                names=[("Угорщина", "hungary")])
    assert got(doc) == [("REJECT", "occurred")] and doc.events[0].actors == ["hungary"]


def test_an_offensive_named_by_its_directions(core_pipeline):
    doc = build(core_pipeline, "Ворог наступає на Бахмутському, Лиманському та Авдіївському напрямках.")
    [ev] = doc.events
    assert (ev.type, ev.mode, ev.status) == ("ASSAULT", "ground", "ongoing") and ev.actors == ["russia"]


def test_directions_of_an_offensive_shown_on_a_map_are_none(core_pipeline):
    doc = build(core_pipeline, "Показують це на мапі, демонструють напрямки наступу.")
    assert doc.events == []


def test_a_target_hit_by_the_defence_forces(core_pipeline):
    doc = build(core_pipeline, "Сили оборони уразили нафтопереробний завод.")
    assert [(e.type, e.status) for e in doc.events] == [("ASSAULT", "occurred")]


def test_being_struck_by_courage_is_no_strike(core_pipeline):
    doc = build(core_pipeline, "Мене вразила ваша мужність.")
    assert doc.events == []


def test_a_town_blockaded_by_name(core_pipeline):
    doc = build(core_pipeline, "Росія заблокувала Маріуполь.", names=[("Росія", "russia"), ("Маріуполь", "mariupol")])
    [ev] = doc.events
    assert ev.type == "COERCE" and ev.actors == ["russia"] and ev.recipients == ["mariupol"]


def test_blocking_in_a_town_names_no_blockade(core_pipeline):
    doc = build(core_pipeline, "Поліція заблокувала у Маріуполі вулицю.", names=[("Маріуполі", "mariupol")])
    assert [e.type for e in doc.events if e.type == "COERCE"] == []


def test_hostages_held_with_the_object_between(core_pipeline):
    doc = build(core_pipeline, "Російські військові тримали їх у заручниках.",
                refs=[("Російські", "russia", "adjective")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("COERCE", "occurred") and ev.actors == ["russia"]


def test_an_abduction_told_by_its_noun(core_pipeline):
    doc = build(core_pipeline, "Викрадення українських дітей триває.", refs=[("українських", "ukraine", "adjective")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("COERCE", "ongoing")
    assert ev.actors == ["russia"] and ev.recipients == ["ukraine"]


def test_a_sanctions_package_counted_in_its_series(core_pipeline):
    doc = build(core_pipeline, "Кожного тижня – новий санкційний пакет.")
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_support_received_from_a_named_party(core_pipeline):
    doc = build(core_pipeline, "Україна отримала потужну підтримку від Польщі.",
                names=[("Україна", "ukraine"), ("Польщі", "poland")])
    [ev] = doc.events
    assert ev.type == "SUPPORT" and ev.actors == ["poland"] and ev.recipients == ["ukraine"]


def test_entered_into_a_sanctions_list(core_pipeline):
    doc = build(core_pipeline, "Канада внесла до санкційного списку 15 російських компаній.",
                names=[("Канада", "canada")], refs=[("російських", "russia", "adjective")])
    [ev] = doc.events
    assert ev.type == "SANCTION" and ev.actors == ["canada"]


def test_a_charge_served_is_an_accusation(core_pipeline):
    doc = build(core_pipeline, "Прокурори повідомили про підозру російському генералу.",
                refs=[("російському", "russia", "adjective")])
    [ev] = doc.events
    assert ev.type == "ACCUSE" and "russia" in ev.recipients and "russia" not in ev.actors


def test_a_suspicion_voiced_is_no_charge(core_pipeline):
    doc = build(core_pipeline, "У мене є підозра, що він не прийде.")
    assert doc.events == []


def test_war_report_forms_of_ground_assault(core_pipeline):
    doc = build(core_pipeline, "Сили оборони зупинили просування окупантів.")
    [ev] = doc.events
    assert (ev.type, ev.mode) == ("ASSAULT", "ground") and ev.actors == ["russia"]
    doc = build(core_pipeline, "Від початку доби відбулося 120 бойових зіткнень.")
    assert [(e.type, e.status) for e in doc.events] == [("ASSAULT", "occurred")]
    doc = build(core_pipeline, "Ворог здійснив 40 штурмових дій.")
    assert [e.type for e in doc.events] == ["ASSAULT"] and doc.events[0].actors == ["russia"]


def test_progress_of_reforms_is_no_assault(core_pipeline):
    assert build(core_pipeline, "Просування реформ у парламенті гальмується.").events == []
    assert build(core_pipeline, "Україна просувається до членства в ЄС.",
                 names=[("Україна", "ukraine"), ("ЄС", "eu")]).events == []


def test_a_credit_approved_is_aid(core_pipeline):
    doc = build(core_pipeline, "ЄС затвердив кредит для України на 90 мільярдів євро.",
                names=[("ЄС", "eu"), ("України", "ukraine")])
    [ev] = doc.events
    assert (ev.type, ev.mode) == ("AID", "economic") and ev.actors == ["eu"] and ev.recipients == ["ukraine"]


def test_assets_seized_are_a_sanction(core_pipeline):
    doc = build(core_pipeline, "Франція заарештувала яхту російського олігарха.",
                names=[("Франція", "france")], refs=[("російського", "russia", "adjective")])
    assert [e.type for e in doc.events] == ["SANCTION"] and doc.events[0].actors == ["france"]


def test_a_person_arrested_stays_coercion(core_pipeline):
    doc = build(core_pipeline, "Окупанти заарештували волонтера.")
    assert [e.type for e in doc.events] == ["COERCE"]


def test_forced_passports_and_a_foiled_evacuation_are_coercion(core_pipeline):
    doc = build(core_pipeline, "Окупанти примусово паспортизують мешканців захоплених територій.")
    assert [e.type for e in doc.events] == ["COERCE"] and doc.events[0].actors == ["russia"]
    doc = build(core_pipeline, "Росія зірвала евакуацію з Маріуполя.",
                names=[("Росія", "russia"), ("Маріуполя", "mariupol")])
    coerce = [e for e in doc.events if e.type == "COERCE"]
    assert len(coerce) == 1 and coerce[0].actors == ["russia"]


def test_bodies_of_the_fallen_given_back(core_pipeline):
    doc = build(core_pipeline, "Україна повернула тіла 1000 загиблих військових.", names=[("Україна", "ukraine")])
    [ev] = doc.events
    assert (ev.type, ev.mode, ev.status) == ("RETREAT", "release", "occurred") and "ukraine" in ev.actors


def test_readiness_to_use_force_is_a_threat(core_pipeline):
    doc = build(core_pipeline, "Росія заявила про готовність застосувати ядерну зброю.", names=[("Росія", "russia")])
    assert [e.type for e in doc.events] == ["THREATEN"] and doc.events[0].actors == ["russia"]


def test_readiness_to_talk_is_no_threat(core_pipeline):
    doc = build(core_pipeline, "Україна готова до переговорів.", names=[("Україна", "ukraine")])
    assert [e.type for e in doc.events if e.type == "THREATEN"] == []


def test_a_veto_imposed_is_a_refusal(core_pipeline):
    doc = build(core_pipeline, "Угорщина наклала вето на рішення про кредит.", names=[("Угорщина", "hungary")])
    assert [e.type for e in doc.events] == ["REJECT"] and doc.events[0].actors == ["hungary"]


def test_an_indeclinable_surname_is_the_subject_of_a_masculine_verb(core_pipeline):
    ENTS.setdefault("test-lukashenko", ("Test Lukashenko", "Тест Лукашенко", "PER", None))
    doc = build(core_pipeline, "Лукашенко пригрозив застосувати ядерну зброю.", names=[("Лукашенко", "test-lukashenko")])
    [ev] = doc.events
    assert ev.type == "THREATEN" and ev.actors == ["test-lukashenko"] and ev.recipients == []


def test_approving_a_decision_about_loans_is_no_aid(core_pipeline):
    doc = build(core_pipeline, "Затвердили рішення, яким держава компенсуватиме відсотки за кредитами фермерів.")
    assert [e.type for e in doc.events if e.type == "AID"] == []


def test_meetings_with_representatives_after_a_summit_are_their_own(core_pipeline):
    ENTS.setdefault("croatia", ("Croatia", "Хорватія", "LOC", "Q224"))
    ENTS.setdefault("moldova", ("Moldova", "Молдова", "LOC", "Q217"))
    doc = build(core_pipeline, "Ми провели саміт у Женеві. Були хороші зустрічі з представниками Хорватії, Молдови.",
                names=[("Женеві", "geneva"), ("Хорватії", "croatia"), ("Молдови", "moldova")])
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consult) == 2
    assert set(consult[1].recipients) >= {"croatia", "moldova"} and "croatia" not in consult[0].recipients


def test_representatives_taking_part_join_the_meeting_told_before(core_pipeline):
    doc = build(core_pipeline, "Відбулася зустріч лідерів у Женеві. Участь у зустрічі взяли представники Польщі.",
                names=[("Женеві", "geneva"), ("Польщі", "poland")])
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 1

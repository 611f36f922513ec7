"""Events recall on how news of other genres than official addresses tell a happening: an
address to a foreign people or a guest's address to the home parliament, battles told as going
on, harm done to a building, guns by their names, a diplomat expelled or summoned, deported
children brought back. Each form with a near miss that names no happening, and each with its
sides from the grammar. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

ENTS.setdefault("switzerland", ("Switzerland", "Швейцарія", "LOC", "Q39"))
ENTS.setdefault("canada", ("Canada", "Канада", "LOC", "Q16"))
ENTS.setdefault("verkhovna-rada", ("Verkhovna Rada", "Верховна Рада", "ORG", "Q176296"))
ENTS.setdefault("mark-carney", ("Mark Carney", "Марк Карні", "PER", None))
ENTS.setdefault("sievierodonetsk", ("Sievierodonetsk", "Сіверськодонецьк", "LOC", None))
ENTS.setdefault("kharkiv-oblast", ("Kharkiv Oblast", "Харківська область", "LOC", "Q170666"))
ENTS.setdefault("hryhorii-skovoroda", ("Hryhorii Skovoroda", "Григорій Сковорода", "PER", None))
ENTS.setdefault("netherlands", ("Netherlands", "Нідерланди", "LOC", "Q55"))
ENTS.setdefault("hungary", ("Hungary", "Угорщина", "LOC", "Q28"))
ENTS.setdefault("mfa-of-ukraine", ("Ministry of Foreign Affairs of Ukraine", "МЗС України", "ORG", None))
ENTS.setdefault("defence-forces-of-ukraine", ("Defence Forces of Ukraine", "Сили оборони України", "ORG", None))
ENTS.setdefault("lublin", ("Lublin", "Люблін", "LOC", None))


def test_an_address_to_a_foreign_people_is_a_meeting(core_pipeline):
    doc = build(core_pipeline, "Сьогодні звернувся до народу Швейцарії.", names=[("Швейцарії", "switzerland")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("CONSULT", "occurred") and ev.recipients == ["switzerland"]


def test_an_address_to_ones_own_people_is_none(core_pipeline):
    doc = build(core_pipeline, "Сьогодні звернувся до українського народу.",
                refs=[("українського", "ukraine", "adjective")])
    assert doc.events == []


def test_a_foreign_guest_addresses_the_home_parliament(core_pipeline):
    doc = build(core_pipeline, "Прем'єр-міністр Канади Марк Карні виступив у Верховній Раді.",
                names=[("Канади", "canada"), ("Марк Карні", "mark-carney"), ("Верховній Раді", "verkhovna-rada")])
    [ev] = doc.events
    assert ev.type == "CONSULT" and set(ev.actors) == {"canada", "mark-carney"}
    assert set(ev.recipients) == {"verkhovna-rada", "ukraine"} and ev.place is None


def test_the_home_sides_own_speaker_in_its_parliament_meets_no_one(core_pipeline):
    doc = build(core_pipeline, "Президент виступив у Верховній Раді.", names=[("Верховній Раді", "verkhovna-rada")])
    assert doc.events == []


def test_battles_told_as_going_on(core_pipeline):
    doc = build(core_pipeline, "Тривають бої за Сіверськодонецьк.", names=[("Сіверськодонецьк", "sievierodonetsk")])
    [ev] = doc.events
    assert (ev.type, ev.mode, ev.status) == ("ASSAULT", "ground", "ongoing")
    # both sides fight: no attacker is inferred where the text names none
    assert ev.actors == []


def test_fierce_battles_in_a_region_and_the_other_side_after_z(core_pipeline):
    doc = build(core_pipeline, "У Харківській області – запеклі бої з окупантами.",
                names=[("Харківській області", "kharkiv-oblast")])
    [ev] = doc.events
    assert ev.type == "ASSAULT" and ev.place == "kharkiv-oblast" and ev.actors == []
    assert "russia" not in ev.recipients


def test_distinguished_in_battles_in_an_award_is_no_happening(core_pipeline):
    doc = build(core_pipeline, "Нагородив воїнів, які відзначилися в боях.")
    assert [e for e in doc.events if e.type == "ASSAULT"] == []


def test_a_building_destroyed_by_the_occupiers(core_pipeline):
    doc = build(core_pipeline, "Окупанти знищили музей Сковороди на Харківщині.",
                names=[("Сковороди", "hryhorii-skovoroda")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("ASSAULT", "occurred") and ev.actors == ["russia"]
    # the man the museum is named after takes no part
    assert "hryhorii-skovoroda" not in ev.recipients


def test_a_building_burnt_by_a_fire_is_no_strike(core_pipeline):
    doc = build(core_pipeline, "Пожежа знищила склад.")
    assert doc.events == []


def test_the_defence_forces_destroying_a_depot_act(core_pipeline):
    doc = build(core_pipeline, "Сили оборони знищили склад боєприпасів.",
                names=[("Сили оборони", "defence-forces-of-ukraine")])
    [ev] = doc.events
    # (the state a force fights for stands beside it, C21)
    assert ev.type == "ASSAULT" and ev.actors == ["defence-forces-of-ukraine", "ukraine"] and ev.recipients == []


def test_howitzers_by_name_are_aid(core_pipeline):
    doc = build(core_pipeline, "Нідерланди передадуть Україні ще 18 гаубиць.",
                names=[("Нідерланди", "netherlands"), ("Україні", "ukraine")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("AID", "planned")
    assert ev.actors == ["netherlands"] and ev.recipients == ["ukraine"]


def test_a_consul_expelled_and_the_town_he_served_in(core_pipeline):
    doc = build(core_pipeline, "Польща висилає російського консула з Любліна.",
                names=[("Польща", "poland"), ("Любліна", "lublin")], refs=[("російського", "russia", "adjective")])
    [ev] = doc.events
    assert ev.type == "SANCTION" and ev.actors == ["poland"] and ev.recipients == ["russia"]


def test_an_ambassador_summoned_is_a_protest(core_pipeline):
    doc = build(core_pipeline, "МЗС викликало посла Угорщини.",
                names=[("МЗС", "mfa-of-ukraine"), ("Угорщини", "hungary")])
    [ev] = doc.events
    assert ev.type == "PROTEST" and ev.actors == ["mfa-of-ukraine"] and ev.recipients == ["hungary"]


def test_a_witness_summoned_is_none(core_pipeline):
    doc = build(core_pipeline, "Суд викликав свідка.")
    assert doc.events == []


def test_deported_children_brought_back(core_pipeline):
    doc = build(core_pipeline, "Україна повернула 11 депортованих дітей.", names=[("Україна", "ukraine")])
    [ev] = doc.events
    assert (ev.type, ev.mode) == ("RETREAT", "release") and "ukraine" in ev.actors


def test_a_summit_and_the_talks_held_at_it_are_two(core_pipeline):
    doc = build(core_pipeline, "Провели саміт. Були зустрічі з представниками Угорщини та Канади.",
                names=[("Угорщини", "hungary"), ("Канади", "canada")])
    assert [e.trigger.text for e in doc.events] == ["саміт", "зустрічі"]


def test_sanctions_being_worked_on_are_planned(core_pipeline):
    doc = build(core_pipeline, "Працюємо над новими санкційними кроками проти Росії.", names=[("Росії", "russia")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("SANCTION", "planned") and ev.recipients == ["russia"]


def test_working_on_the_harm_of_sanctions_is_none(core_pipeline):
    doc = build(core_pipeline, "Працюємо над тим, як пом'якшити обмеження для бізнесу.")
    assert [e for e in doc.events if e.type == "SANCTION"] == []


def test_forces_built_up_as_the_report_goes(core_pipeline):
    doc = build(core_pipeline, "Окупанти накопичують сили на Запорізькому напрямку.")
    [ev] = doc.events
    assert (ev.type, ev.status) == ("MOBILIZE", "ongoing") and ev.actors == ["russia"]


def test_a_stock_built_over_decades_is_no_build_up(core_pipeline):
    doc = build(core_pipeline, "За десятки років Росія накопичила військові ресурси.", names=[("Росія", "russia")])
    assert doc.events == []


def test_the_doer_of_an_act_noun_in_the_instrumental_acts(core_pipeline):
    doc = build(core_pipeline, "Очікуємо ухвалення Сполученими Штатами пакету підтримки.",
                names=[("Сполученими Штатами", "united-states")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("AID", "planned") and ev.actors == ["united-states"]


def test_the_source_a_line_is_credited_to_takes_no_part(core_pipeline):
    ENTS.setdefault("general-staff", ("General Staff", "Генштаб", "ORG", None))
    doc = build(core_pipeline, "Генштаб: окупанти накопичують сили.", names=[("Генштаб", "general-staff")])
    [ev] = doc.events
    assert ev.type == "MOBILIZE" and ev.actors == ["russia"] and ev.recipients == []


def test_the_speaker_asking_as_he_speaks_is_a_request(core_pipeline):
    doc = build(core_pipeline, "Тому я дуже прошу всіх: будьте уважними.")
    [ev] = doc.events
    assert (ev.type, ev.status) == ("REQUEST", "occurred")


def test_an_apology_a_greeting_and_a_guide_to_the_listener_ask_nothing(core_pipeline):
    for text in ("Прошу вибачення за затримку.", "Ласкаво просимо до Києва.", "Я прошу вас подивитися це відео.", "Прошу вас на власні очі побачити це.",
                 "Ми не просимо багато."):
        assert [e for e in build(core_pipeline, text).events if e.type == "REQUEST"] == [], text


def test_two_askings_in_a_row_are_two_requests(core_pipeline):
    doc = build(core_pipeline, "Я прошу вас не зупинятися. Європа має відмовитися від російської нафти.",
                names=[("Європа", "eu")], refs=[("російської", "russia", "adjective")])
    assert [e.trigger.text for e in doc.events if e.type == "REQUEST"] == ["прошу", "має"]


def test_a_speech_abroad_after_a_topic_pronoun_or_name(core_pipeline):
    ENTS.setdefault("denmark", ("Denmark", "Данія", "LOC", "Q35"))
    doc = build(core_pipeline, "Говорив про це сьогодні у виступі перед парламентом Данії.", names=[("Данії", "denmark")])
    assert [(e.type, e.recipients) for e in doc.events] == [("CONSULT", ["denmark"])]
    doc = build(core_pipeline, "Говорив про Миколаїв у виступі перед парламентом Данії.",
                names=[("Миколаїв", "kyiv"), ("Данії", "denmark")])
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_a_speech_as_the_topic_of_talks_is_none(core_pipeline):
    doc = build(core_pipeline, "Говорили про виступ перед парламентом.")
    assert doc.events == []

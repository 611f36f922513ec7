"""Events layer on hand-built documents: segment + morph run for real, the entity and timex
layers are added by hand so these tests do not depend on them."""
from __future__ import annotations

import pytest

from khronika.extract.events.lexicon.compiled import PLOVER_TYPES, covered_types, lexicon
from khronika.lang.uk import load

from event_helpers import ENTS, build  # noqa: F401 (ENTS and build for files that still import them from here)


def test_every_plover_type_has_triggers():
    assert covered_types() == set(PLOVER_TYPES)
    data = load("events")
    assert set(data["types"]) == set(PLOVER_TYPES)
    assert lexicon().need_words


def test_planned_meeting_with_participants_time_and_place(core_pipeline):
    text = "У понеділок у Женеві відбудеться зустріч делегацій України та США."
    doc = build(core_pipeline, text, "2026-01-08",
                names=[("Женеві", "geneva"), ("України", "ukraine"), ("США", "united-states")],
                timexes=[("понеділок", "2026-01-12", None)])
    assert len(doc.events) == 1
    ev = doc.events[0]
    assert (ev.type, ev.status, ev.place) == ("CONSULT", "planned", "geneva")
    assert {"ukraine", "united-states"} <= set(ev.actors + ev.recipients)
    assert ev.time == {"value": "2026-01-12", "mod": None}
    assert ev.trigger.text == "зустріч" and ev.evidence.text == text
    assert ev.id == "e1" and 0 < ev.confidence <= 1


def test_occurred_negated_conditional(core_pipeline):
    doc = build(core_pipeline, "Учора міністри Франції та Польщі провели переговори.",
                names=[("Франції", "france"), ("Польщі", "poland")])
    assert [(e.type, e.status) for e in doc.events] == [("CONSULT", "occurred")]
    doc = build(core_pipeline, "Зустріч міністрів Франції та Польщі не відбулася.",
                names=[("Франції", "france"), ("Польщі", "poland")])
    assert [(e.type, e.status) for e in doc.events] == [("CONSULT", "negated")]
    doc = build(core_pipeline, "Якщо Росія продовжить атаки, ЄС запровадить нові санкції.",
                names=[("Росія", "russia"), ("ЄС", "eu")])
    kinds = {(e.type, e.status) for e in doc.events}
    assert ("SANCTION", "conditional") in kinds


def test_ongoing_contact_with_partner(core_pipeline):
    doc = build(core_pipeline, "Міністр зараз на зв'язку з американською стороною.",
                refs=[("американською стороною", "united-states", "adjective")])
    assert [(e.type, e.status) for e in doc.events] == [("CONSULT", "ongoing")]
    assert "united-states" in doc.events[0].recipients + doc.events[0].actors


def test_talk_without_partner_is_no_event(core_pipeline):
    doc = build(core_pipeline, "Ми продовжуємо розмову з партнерами.")
    assert doc.events == []


def test_nominal_sentence_with_future_date_is_planned_and_anaphora_merges(core_pipeline):
    text = ("Десяте лютого – зустріч міністрів оборони в Польщі. Це буде перша така зустріч "
            "у Польщі. Дванадцяте лютого – зустріч лідерів у Києві.")
    doc = build(core_pipeline, text, "2026-02-01",
                names=[("Польщі", "poland"), ("Польщі", "poland"), ("Києві", "kyiv")],
                timexes=[("Десяте лютого", "2026-02-10", None), ("Дванадцяте лютого", "2026-02-12", None)])
    assert len(doc.events) == 2, [e.to_json() for e in doc.events]
    first, second = doc.events
    assert first.status == "planned" and first.time["value"] == "2026-02-10"
    assert first.place == "poland" and len(first.mentions) == 1
    assert second.time["value"] == "2026-02-12" and second.place == "kyiv"


def test_repeated_announcement_in_quote_merges(core_pipeline):
    text = ("Міністр заявив, що наступного тижня відбудеться зустріч делегацій України та Франції. "
            "«Буде зустріч делегацій. Ми готові», – сказав він.")
    doc = build(core_pipeline, text, "2026-01-05",
                names=[("України", "ukraine"), ("Франції", "france")],
                timexes=[("наступного тижня", "2026-W03", None)])
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consult) == 1 and consult[0].status == "planned"
    assert any("Буде зустріч" in m.text for m in consult[0].mentions)


def test_distinct_dates_stay_apart(core_pipeline):
    text = "5 березня – зустріч міністрів. 7 березня – зустріч лідерів."
    doc = build(core_pipeline, text, "2026-03-01",
                timexes=[("5 березня", "2026-03-05", None), ("7 березня", "2026-03-07", None)])
    assert [e.time["value"] for e in doc.events] == ["2026-03-05", "2026-03-07"]


def test_assault_actor_from_demonym_and_mode(core_pipeline):
    text = "Вночі росіяни завдали ракетного удару по Києву."
    doc = build(core_pipeline, text, names=[("Києву", "kyiv")], refs=[("росіяни", "russia", "demonym")])
    ev = doc.events[0]
    assert (ev.type, ev.mode, ev.status) == ("ASSAULT", "aerial", "occurred")
    assert "russia" in ev.actors and "kyiv" in ev.recipients


def test_figurative_strike_on_economy_is_sanction(core_pipeline):
    doc = build(core_pipeline, "Головне — удар по російській нафті та фінансах.",
                refs=[("російській", "russia", "adjective")])
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_request_from_need_words(core_pipeline):
    doc = build(core_pipeline, "Україні потрібні ракети для ППО та снаряди.", names=[("Україні", "ukraine")])
    assert [(e.type, e.mode) for e in doc.events] == [("REQUEST", "assist")]
    assert "ukraine" in doc.events[0].actors + doc.events[0].recipients


def test_generic_help_and_purpose_are_no_events(core_pipeline):
    doc = build(core_pipeline, "Дякую всім, хто нам допомагає. Ми працюємо, щоб переговори рухалися.")
    assert doc.events == []
    doc = build(core_pipeline, "Гарантії безпеки залишаються головною темою.")
    assert doc.events == []


def test_prisoner_exchange_is_retreat_release(core_pipeline):
    doc = build(core_pipeline, "Сьогодні відбувся обмін полоненими між Україною та Росією.",
                names=[("Україною", "ukraine"), ("Росією", "russia")],
                timexes=[("Сьогодні", "2026-01-10", None)])
    ev = doc.events[0]
    assert (ev.type, ev.mode, ev.status) == ("RETREAT", "release", "occurred")
    assert {"ukraine", "russia"} <= set(ev.actors + ev.recipients)
    doc = build(core_pipeline, "Сторони домовилися про обмін досвідом.")
    assert all(e.type != "RETREAT" for e in doc.events)


def test_first_person_quote_gives_speaker_and_home(core_pipeline):
    text = "«Ми закликаємо партнерів надати більше систем ППО», – сказав Андрій Сибіга."
    doc = build(core_pipeline, text, names=[("Андрій Сибіга", "andrii-sybiha")],
                quotes=[("Ми закликаємо партнерів надати більше систем ППО", "andrii-sybiha")])
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and {"andrii-sybiha", "ukraine"} <= set(req[0].actors + req[0].recipients)
    assert "ukraine" in doc.entities


@pytest.mark.parametrize("text,type_,status", [
    ("Сторони домовилися про припинення вогню.", "AGREE", "occurred"),
    ("Країни підпишуть угоду про співпрацю наступного місяця.", "AGREE", "planned"),
    ("Парламент Польщі підтримав Україну.", "SUPPORT", "occurred"),
    ("Росія погодилася на поступки лише на словах.", "AGREE", "occurred"),
    ("Армія оголосила перемир'я на великдень.", "CONCEDE", "occurred"),
    ("Польща та Україна співпрацюватимуть у сфері енергетики.", "COOPERATE", "planned"),
    ("Франція передала Україні нову партію снарядів.", "AID", "occurred"),
    ("Міністр закликав партнерів посилити тиск.", "REQUEST", "occurred"),
    ("Україна звинуватила Росію в обстрілі енергетики.", "ACCUSE", "occurred"),
    ("Угорщина відхилила пропозицію ЄС.", "REJECT", "occurred"),
    ("Кремль знову погрожує Польщі.", "THREATEN", "occurred"),
    ("У Тбілісі тисячі людей вийшли на протест.", "PROTEST", "occurred"),
    ("ЄС запровадив нові санкції проти Росії.", "SANCTION", "occurred"),
    ("Білорусь оголосила мобілізацію резервістів.", "MOBILIZE", "occurred"),
    ("Поліція заарештувала активіста.", "COERCE", "occurred"),
    ("Російські війська обстріляли Херсон.", "ASSAULT", "occurred"),
    ("Завтра дрони атакуватимуть склади.", "ASSAULT", "planned"),
])
def test_each_type_and_status(core_pipeline, text, type_, status):
    doc = build(core_pipeline, text)
    got = [(e.type, e.status) for e in doc.events]
    assert (type_, status) in got, got


def test_speaker_does_not_split_a_meeting_from_its_later_mention(core_pipeline):
    text = ("Сьогодні міністр на зустрічах у Туреччині. «Ми дуже стараємось, і це ключова тема "
            "в розмові з Туреччиною», – сказав Андрій Сибіга.")
    doc = build(core_pipeline, text, "2026-01-10",
                names=[("Туреччині", "turkey"), ("Туреччиною", "turkey"), ("Андрій Сибіга", "andrii-sybiha")],
                timexes=[("Сьогодні", "2026-01-10", None)],
                quotes=[("Ми дуже стараємось, і це ключова тема в розмові з Туреччиною", "andrii-sybiha")])
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consult) == 1 and consult[0].place == "turkey"


def test_content_of_request_or_refusal_is_not_an_event(core_pipeline):
    doc = build(core_pipeline, "Міністерство закликало партнерів посилити санкції проти Росії.",
                names=[("Росії", "russia")])
    assert [e.type for e in doc.events] == ["REQUEST"]
    doc = build(core_pipeline, "Уряд Угорщини знову відмовився підтримати новий пакет санкцій.")
    assert [e.type for e in doc.events] == ["REJECT"]


def test_condemned_attack_merges_into_the_attack(core_pipeline):
    text = ("Вночі росіяни атакували Одесу дронами. Міністерство закордонних справ України "
            "засудило атаку.")
    doc = build(core_pipeline, text, names=[("Одесу", "kyiv"), ("України", "ukraine")],
                refs=[("росіяни", "russia", "demonym")])
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assault) == 1 and len(assault[0].mentions) == 1
    assert "ukraine" not in assault[0].actors
    assert any(e.type == "ACCUSE" for e in doc.events)


def test_parties_and_mediators(core_pipeline):
    text = ("Україна та Росія провели обмін полоненими. Обмін відбувся за посередництва Туреччини. "
            "Наступний обмін може відбутися у березні.")
    doc = build(core_pipeline, text, "2026-02-14",
                names=[("Україна", "ukraine"), ("Росія", "russia"), ("Туреччини", "turkey")],
                timexes=[("березні", "2026-03", None)])
    ret = [e for e in doc.events if e.type == "RETREAT"]
    assert len(ret) == 2, [e.to_json() for e in ret]
    assert ret[0].status == "occurred" and len(ret[0].mentions) == 1
    assert ret[1].status == "planned" and ret[1].time["value"] == "2026-03"
    text = "Міністри Франції та Польщі провели переговори. Сторони підписали угоду про співпрацю."
    doc = build(core_pipeline, text, names=[("Франції", "france"), ("Польщі", "poland")])
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree and {"france", "poland"} <= set(agree[0].actors + agree[0].recipients)


def test_figurative_uses_are_no_events(core_pipeline):
    doc = build(core_pipeline, "Скандал завдав удару по репутації міністра.")
    assert doc.events == []
    doc = build(core_pipeline, "Українці готуються до зустрічі весни.")
    assert doc.events == []


def test_relative_clause_gives_the_summit_its_own_status_time_and_place(core_pipeline):
    text = ("Президент провів телефонну розмову з президентом Франції. Лідери обговорили підготовку "
            "до саміту НАТО, який відбудеться у липні в Анкарі.")
    doc = build(core_pipeline, text, "2026-03-05",
                names=[("Франції", "france"), ("НАТО", "nato"), ("Анкарі", "turkey")],
                timexes=[("липні", "2026-07", None)])
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consult) == 2, [e.to_json() for e in consult]
    call, summit = consult
    assert call.mode == "phone" and call.status == "occurred" and call.time is None
    assert summit.status == "planned" and summit.time["value"] == "2026-07" and summit.place == "turkey"


def test_discussed_or_agreed_content_is_framed(core_pipeline):
    doc = build(core_pipeline, "Сторони обговорили повернення українців з російського полону.")
    assert all(e.type != "RETREAT" for e in doc.events)
    doc = build(core_pipeline, "Україна та Росія домовилися про обмін полоненими.",
                names=[("Україна", "ukraine"), ("Росія", "russia")])
    assert [e.type for e in doc.events] == ["AGREE"]


def test_participation_sentence_merges_into_the_meeting(core_pipeline):
    text = ("У понеділок у Києві відбулася зустріч радників. Участь у зустрічі взяли представники "
            "НАТО та ЄС.")
    doc = build(core_pipeline, text, "2026-01-13",
                names=[("Києві", "kyiv"), ("НАТО", "nato"), ("ЄС", "eu")],
                timexes=[("понеділок", "2026-01-12", None)])
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consult) == 1 and {"nato", "eu"} <= set(consult[0].actors + consult[0].recipients)


def test_cancelled_visit_is_negated_and_shelled_city_is_target(core_pipeline):
    doc = build(core_pipeline, "Візит прем'єра Канади до Києва скасували.", names=[("Києва", "kyiv")])
    assert [(e.type, e.mode, e.status, e.place) for e in doc.events] == [("CONSULT", "visit", "negated", "kyiv")]
    doc = build(core_pipeline, "Обстріли Києва не припиняються.", names=[("Києва", "kyiv")])
    assert doc.events and "kyiv" in doc.events[0].recipients and "kyiv" not in doc.events[0].actors
    doc = build(core_pipeline, "Росія може завдати нового удару по енергетиці.", names=[("Росія", "russia")])
    assert [(e.type, e.status) for e in doc.events] == [("ASSAULT", "planned")]


def test_conference_that_takes_place_is_a_planned_meeting(core_pipeline):
    doc = build(core_pipeline, "Наступного тижня в Женеві відбудеться конференція донорів.",
                names=[("Женеві", "geneva")])
    assert [(e.type, e.status) for e in doc.events] == [("CONSULT", "planned")]


def test_receiving_a_tranche_is_economic_aid(core_pipeline):
    doc = build(core_pipeline, "Україна отримала новий транш від ЄС.",
                names=[("Україна", "ukraine"), ("ЄС", "eu")])
    assert [(e.type, e.mode) for e in doc.events] == [("AID", "economic")]


def test_held_exchanges_are_releases_without_captivity_words(core_pipeline):
    doc = build(core_pipeline, "Торік Україна та Росія провели три обміни.",
                names=[("Україна", "ukraine"), ("Росія", "russia")])
    assert [(e.type, e.mode) for e in doc.events] == [("RETREAT", "release")]


def test_launched_drones_are_an_aerial_assault(core_pipeline):
    doc = build(core_pipeline, "Вночі окупанти випустили по Україні понад сто дронів.",
                names=[("Україні", "ukraine")])
    assert [(e.type, e.mode) for e in doc.events] == [("ASSAULT", "aerial")]


def test_readiness_is_no_event_and_shadow_fleet_strike_is_sanction(core_pipeline):
    doc = build(core_pipeline, "Польща готова до повного припинення вогню.", names=[("Польща", "poland")])
    assert doc.events == []
    doc = build(core_pipeline, "Ми вдаримо по тіньовому флоту агресора.")
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_strike_place_is_the_target_town_not_the_country(core_pipeline):
    doc = build(core_pipeline, "Вночі росіяни атакували Київ дронами.",
                names=[("Київ", "kyiv")], refs=[("росіяни", "russia", "demonym")])
    assert [(e.type, e.place) for e in doc.events] == [("ASSAULT", "kyiv")]
    doc = build(core_pipeline, "Вночі росіяни випустили по Україні сто дронів.",
                names=[("Україні", "ukraine")], refs=[("росіяни", "russia", "demonym")])
    assert [(e.type, e.place) for e in doc.events] == [("ASSAULT", None)]


def test_visit_destination_is_the_place(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга прибув до Женеви, де зустрівся з колегами з Франції.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Женеви", "geneva"), ("Франції", "france")])
    assert [e.place for e in doc.events if e.type == "CONSULT"] == ["geneva"]
    doc = build(core_pipeline, "Наступного тижня Андрій Сибіга відвідає Польщу.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Польщу", "poland")])
    assert [e.place for e in doc.events if e.type == "CONSULT"] == ["poland"]


def test_place_anaphor_and_demonstrative_merge_into_the_earlier_event(core_pipeline):
    # (talks there with the host are the visit; with a third state's people, a meeting of
    # their own: test_leftovers_l25)
    doc = build(core_pipeline, "Наступного тижня Андрій Сибіга відвідає Польщу. Там він проведе переговори з "
                               "колегами з Польщі.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Польщу", "poland"), ("Польщі", "poland")])
    assert [e.type for e in doc.events] == ["CONSULT"]
    doc = build(core_pipeline, "Вчора відбувся обмін полоненими з Росією. Дякую всім, хто працював над цим обміном.",
                names=[("Росією", "russia")])
    assert [e.type for e in doc.events] == ["RETREAT"]


def test_ongoing_visit_and_quoted_recap_are_the_same_event(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга прибув до Женеви з візитом. Візит триватиме два дні.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Женеви", "geneva")])
    assert [e.type for e in doc.events] == ["CONSULT"]
    text = "Андрій Сибіга провів телефонну розмову з колегою з Франції. «Ми обговорили санкції проти Росії», – заявив він."
    doc = build(core_pipeline, text,
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Франції", "france"), ("Росії", "russia")],
                quotes=[("«Ми обговорили санкції проти Росії»", "andrii-sybiha")])
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_accusative_object_after_the_verb_is_the_recipient(core_pipeline):
    # (a capital criticised stands for its state)
    doc = build(core_pipeline, "Андрій Сибіга розкритикував Будапешт за повільність.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Будапешт", "budapest")])
    ev = doc.events[0]
    assert ev.type == "ACCUSE" and ev.actors == ["andrii-sybiha", "ukraine"] and ev.recipients == ["hungary"]


def test_receiver_and_giver_of_aid(core_pipeline):
    doc = build(core_pipeline, "Україна отримала новий транш від ЄС.",
                names=[("Україна", "ukraine"), ("ЄС", "eu")])
    ev = doc.events[0]
    assert ev.actors == ["eu"] and ev.recipients == ["ukraine"]

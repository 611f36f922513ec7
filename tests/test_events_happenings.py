"""One happening, one event, and the status a text gives it: thanks that refer back, strikes
told in one sentence, speech acts the text performs. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

ENTS.setdefault("canada", ("Canada", "Канада", "LOC", "Q16"))
ENTS.setdefault("japan", ("Japan", "Японія", "LOC", "Q17"))
ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("odesa", ("Odesa", "Одеса", "LOC", "Q1874"))
ENTS.setdefault("lviv", ("Lviv", "Львів", "LOC", "Q36036"))
ENTS.setdefault("warsaw", ("Warsaw", "Варшава", "LOC", "Q270"))


def test_thanks_for_this_support_is_the_aid_told_before(core_pipeline):
    doc = build(core_pipeline, "Канада виділила Україні кредит. Це важливий сигнал. Я вдячний Канаді за цю підтримку.",
                names=[("Канада", "canada"), ("Україні", "ukraine"), ("Канаді", "canada")])
    assert [e.type for e in doc.events] == ["AID"]
    assert doc.events[0].actors == ["canada"] and doc.events[0].status == "occurred"
    assert any("цю підтримку" in m.text for m in doc.events[0].mentions)


def test_thanks_for_such_sanctions_add_no_event_nor_status(core_pipeline):
    doc = build(core_pipeline, "Японія запровадить нові санкції проти Росії. Дякую за таку підтримку!",
                names=[("Японія", "japan"), ("Росії", "russia")])
    assert [(e.type, e.status) for e in doc.events] == [("SANCTION", "planned")]


def test_thanks_with_nothing_told_before_keep_their_event(core_pipeline):
    doc = build(core_pipeline, "Я вдячний Канаді за цю підтримку.", names=[("Канаді", "canada")])
    assert [e.type for e in doc.events] == ["SUPPORT"]
    assert doc.events[0].actors[0] == "canada"


def test_thanks_for_the_aid_that_a_clause_names_are_not_a_reference(core_pipeline):
    doc = build(core_pipeline, "Канада виділила Україні кредит. Ми вдячні Японії за ту допомогу, яку вона надала.",
                names=[("Канада", "canada"), ("Україні", "ukraine"), ("Японії", "japan")])
    assert len(doc.events) == 2


def test_a_gapped_second_strike_is_its_own_event(core_pipeline):
    doc = build(core_pipeline, "Вранці росіяни вдарили по Харкову, а вночі – по Одесі.",
                names=[("Харкову", "kharkiv"), ("Одесі", "odesa")],
                timexes=[("Вранці", "2026-01-10TMO", None), ("вночі", "2026-01-10TNI", None)])
    got = [(e.place, e.time["value"] if e.time else None) for e in doc.events]
    assert got == [("kharkiv", "2026-01-10TMO"), ("odesa", "2026-01-10TNI")]
    assert all(e.type == "ASSAULT" and e.recipients == [e.place] for e in doc.events)


def test_two_strike_verbs_on_two_towns_are_two_strikes(core_pipeline):
    doc = build(core_pipeline, "Окупанти обстріляли Харків, а потім атакували Одесу.",
                names=[("Харків", "kharkiv"), ("Одесу", "odesa")])
    assert sorted(e.place for e in doc.events) == ["kharkiv", "odesa"]


def test_one_strike_on_two_named_targets_stays_one(core_pipeline):
    doc = build(core_pipeline, "Росія вдарила ракетами по Харкову та Одесі.",
                names=[("Росія", "russia"), ("Харкову", "kharkiv"), ("Одесі", "odesa")])
    assert len(doc.events) == 1


def test_a_first_person_modal_before_a_speech_act_performs_it(core_pipeline):
    for text in ("Хочу закликати партнерів посилити тиск на Росію.",
                 "Ми хочемо звернутися до партнерів із закликом.",
                 "Мушу попросити партнерів про допомогу."):
        doc = build(core_pipeline, text, names=[("Росію", "russia")] if "Росію" in text else ())
        assert doc.events and all(e.status == "occurred" for e in doc.events), text


def test_real_plans_and_past_wishes_stay_planned(core_pipeline):
    for text, names in (("Наступного тижня Президент планує відвідати Варшаву.", [("Варшаву", "warsaw")]),
                        ("Хочу зустрітися з Президентом Польщі.", [("Польщі", "poland")]),
                        ("Я хотів закликати партнерів до рішучості.", [])):
        doc = build(core_pipeline, text, names=names)
        assert doc.events and all(e.status == "planned" for e in doc.events), text


def test_the_same_partners_on_the_same_day_far_apart_are_one_talk(core_pipeline):
    filler = " ".join(["Погода була теплою."] * 10)
    text = f"Сьогодні говорив з Президентом Польщі. {filler} Сьогодні ж після розмови з Президентом Польщі я зібрав нараду."
    doc = build(core_pipeline, text, names=[("Польщі", "poland"), ("Польщі", "poland")],
                timexes=[("Сьогодні", "2026-01-10", None), ("Сьогодні", "2026-01-10", None)])
    talks = [e for e in doc.events if "poland" in e.recipients]
    assert len(talks) == 1 and talks[0].mentions


def test_strikes_that_did_not_stop_went_on(core_pipeline):
    for text in ("Окупанти не припиняли обстрілів Харкова.",
                 "Удари по Харкову не припинялися навіть уночі.",
                 "Через обстріли Харкова нам не вдалося вивезти людей."):
        doc = build(core_pipeline, text, names=[("Харкова" if "Харкова" in text else "Харкову", "kharkiv")])
        got = [e.status for e in doc.events if e.type == "ASSAULT"]
        assert got and "negated" not in got, text


def test_a_strike_or_talk_that_did_not_happen_is_negated(core_pipeline):
    doc = build(core_pipeline, "Росія не атакувала Харків.", names=[("Росія", "russia"), ("Харків", "kharkiv")])
    assert [e.status for e in doc.events] == ["negated"]
    doc = build(core_pipeline, "Зустріч із Президентом Польщі не відбулася.", names=[("Польщі", "poland")])
    assert [e.status for e in doc.events] == ["negated"]


def test_waiting_for_a_chance_to_meet_is_a_plan(core_pipeline):
    doc = build(core_pipeline, "З нетерпінням чекаю нагоди зустрітися з Президентом Польщі.", names=[("Польщі", "poland")])
    assert [e.status for e in doc.events] == ["planned"]


def test_sanctions_called_for_are_not_yet_imposed(core_pipeline):
    for text in ("Ви повинні посилювати санкції проти Росії.",
                 "Потрібні нові санкції проти Росії.",
                 "Підтримайте більші санкції проти Росії."):
        doc = build(core_pipeline, text, names=[("Росії", "russia")])
        got = [e.status for e in doc.events if e.type == "SANCTION"]
        assert got == ["planned"], text


def test_what_goes_on_or_is_begun_is_not_a_wish(core_pipeline):
    for text in ("Росія вже почала отримувати перші санкції.",
                 "Зупиніть обстріли Харкова.",
                 "Окупанти продовжили завдавати ударів по Харкову."):
        doc = build(core_pipeline, text, names=[(n, e) for n, e in (("Росія", "russia"), ("Харкова", "kharkiv"),
                                                                     ("Харкову", "kharkiv")) if n in text])
        assert doc.events and all(e.status != "planned" for e in doc.events), text


def test_a_numeral_read_as_an_imperative_asks_for_nothing(core_pipeline):
    doc = build(core_pipeline, "Тільки за сьогодні здійснені вже три ракетно-бомбові удари.")
    assert [e.status for e in doc.events] == ["occurred"]


def test_a_structure_blown_up_is_a_strike(core_pipeline):
    doc = build(core_pipeline, "Росіяни підірвали греблю на Дніпрі.", refs=[("Росіяни", "russia", "demonym")])
    assert [(e.type, e.actors) for e in doc.events] == [("ASSAULT", ["russia"])]
    doc = build(core_pipeline, "Сапери підірвали міну.")
    assert doc.events == []                      # a mine cleared is no strike


def test_naming_a_strike_a_crime_accuses_and_leaves_the_strike_to_its_maker(core_pipeline):
    ENTS.setdefault("andriy-kostin", ("Andriy Kostin", "Андрій Костін", "PER", None))
    doc = build(core_pipeline, "Андрій Костін назвав підрив греблі екоцидом.",
                names=[("Андрій Костін", "andriy-kostin")])
    by_type = {e.type: e for e in doc.events}
    assert by_type["ACCUSE"].actors == ["andriy-kostin"]
    assert "andriy-kostin" not in by_type["ASSAULT"].actors


def test_a_withdrawal_of_troops_is_a_retreat(core_pipeline):
    doc = build(core_pipeline, "Росія заявила про відведення військ на лівий берег Дніпра.",
                names=[("Росія", "russia")])
    assert [(e.type, e.mode) for e in doc.events] == [("RETREAT", "withdraw")]


def test_work_at_the_site_of_a_strike_goes_on_the_strike_took_place(core_pipeline):
    doc = build(core_pipeline, "Тривають рятувальні роботи на місці удару по Одесі.", names=[("Одесі", "odesa")])
    assert [(e.type, e.status) for e in doc.events] == [("ASSAULT", "occurred")]
    doc = build(core_pipeline, "Тривають обстріли Харкова.", names=[("Харкова", "kharkiv")])
    assert [(e.type, e.status) for e in doc.events] == [("ASSAULT", "ongoing")]


def test_a_person_with_the_state_they_act_for_is_one_party():
    import datetime as dt

    from khronika.extract.events.arguments.roles import party_count
    # Zelenskyy acts for Ukraine, Carney for Canada: two parties, a bilateral meeting
    assert party_count({"volodymyr-zelenskyy", "ukraine", "mark-carney", "canada"}, dt.date(2025, 6, 1)) == 2
    assert party_count({"ukraine", "poland", "lithuania"}, dt.date(2025, 6, 1)) == 3


def test_the_damage_told_after_a_strike_with_many_weapons_is_that_strike(core_pipeline):
    doc = build(core_pipeline, "У ніч проти 5 жовтня росіяни атакували Харків керованими авіабомбами. "
                "Пошкоджено будинок і школу.", date="2024-10-05",
                names=[("Харків", "kharkiv")], refs=[("росіяни", "russia", "demonym")],
                timexes=[("ніч проти 5 жовтня", "2024-10-05TNI", None)])
    assert [(e.type, e.actors) for e in doc.events] == [("ASSAULT", ["russia"])]
    assert any("Пошкоджено" in m.text for m in doc.events[0].mentions)


def test_asking_listeners_to_notice_or_honour_is_no_request(core_pipeline):
    for text in ("Я прошу вас звернути увагу на Маріуполь.",
                 "Я прошу присутніх вшанувати їхню пам'ять хвилиною мовчання."):
        assert [e.type for e in build(core_pipeline, text).events] == [], text
    assert [e.type for e in build(core_pipeline, "Я прошу вас надати нам зброю.").events] == ["REQUEST"]


def test_a_conditional_that_frames_a_count_is_no_condition(core_pipeline):
    doc = build(core_pipeline, "Якщо взяти тільки медичну інфраструктуру, то окупанти знищили 101 лікарню.",
                refs=[("окупанти", "russia", "demonym")])
    assert [(e.type, e.status) for e in doc.events] == [("ASSAULT", "occurred")]

"""Events precision: who a mention is about decides whether it is another happening, and the
verb that carries a strike noun gives its status. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, of_type

ENTS.setdefault("poland", ("Poland", "Польща", "LOC", "Q36"))
ENTS.setdefault("andrzej-duda", ("Andrzej Duda", "Анджей Дуда", "PER", "Q9151911"))
ENTS.setdefault("japan", ("Japan", "Японія", "LOC", "Q17"))
ENTS.setdefault("iran", ("Iran", "Іран", "LOC", "Q794"))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))

DUDA = [("Польщі", "poland"), ("Анджеєм Дудою", "andrzej-duda")]


def test_an_audience_addressed_joins_no_talk_told_before(core_pipeline):
    doc = build(core_pipeline, "Сьогодні я говорив з Президентом Польщі Анджеєм Дудою. "
                               "Потім звернувся до учасників саміту НАТО.",
                names=DUDA + [("НАТО", "nato")])
    duda = [e for e in of_type(doc, "CONSULT") if "poland" in e.recipients]
    assert duda and "nato" not in duda[0].actors + duda[0].recipients
    # who is named as taking part after a meeting still joins it
    doc = build(core_pipeline, "Сьогодні я говорив з Президентом Польщі Анджеєм Дудою. "
                               "Участь у розмові взяли також представники НАТО.",
                names=DUDA + [("НАТО", "nato")])
    evs = of_type(doc, "CONSULT")
    assert len(evs) == 1 and "nato" in evs[0].actors + evs[0].recipients


def test_an_anaphor_with_another_giver_is_another_happening(core_pipeline):
    doc = build(core_pipeline, "США запровадили санкції проти Росії. Японія запровадила такі санкції проти Ірану.",
                names=[("США", "united-states"), ("Росії", "russia"), ("Японія", "japan"), ("Ірану", "iran")])
    evs = of_type(doc, "SANCTION")
    assert len(evs) == 2, [(e.actors, e.recipients) for e in evs]
    assert {tuple(e.actors) for e in evs} == {("united-states",), ("japan",)}
    # the same giver referred back to is the same happening
    doc = build(core_pipeline, "США запровадили санкції проти Росії. США посилили ці санкції вчора.",
                names=[("США", "united-states"), ("Росії", "russia"), ("США", "united-states")])
    assert len(of_type(doc, "SANCTION")) == 1


def test_a_meeting_with_ones_own_command_is_its_own_happening(core_pipeline):
    text = ("Сьогодні я говорив з Президентом Польщі Анджеєм Дудою. Ми обговорили оборонну допомогу. "
            "Потім я провів нараду з командуванням. На нараді обговорили ситуацію на фронті.")
    doc = build(core_pipeline, text, names=DUDA)
    evs = of_type(doc, "CONSULT")
    assert len(evs) == 2, [(e.trigger.text, e.recipients) for e in evs]
    own = [e for e in evs if "poland" not in e.actors + e.recipients]
    assert own and own[0].trigger.text == "нараду"
    doc = build(core_pipeline, "Сьогодні я говорив з Президентом Польщі Анджеєм Дудою. "
                               "Я провів також нараду щодо енергетики.", names=DUDA)
    assert len(of_type(doc, "CONSULT")) == 2


def test_a_role_word_that_cannot_be_the_subject_does_not_act_for_the_home_side(core_pipeline):
    doc = build(core_pipeline, "Вони викрадають представників місцевої влади.")
    assert all("ukraine" not in e.actors for e in doc.events), [(e.type, e.actors) for e in doc.events]
    # a role word that is the subject still stands for the home side
    doc = build(core_pipeline, "Представники провели переговори.")
    assert any("ukraine" in e.actors for e in of_type(doc, "CONSULT"))


def test_the_verb_that_carries_a_strike_noun_gives_its_status(core_pipeline):
    cases = [("Що Київ зазнає ракетних ударів.", "ongoing"),
             ("Ворог завдає ударів по Харкову.", "ongoing"),
             ("Харків зазнаватиме ударів і далі.", "planned"),
             ("Харків учора зазнав масованого удару.", "occurred")]
    for text, status in cases:
        name = next(s for s in ("Київ", "Харкову", "Харків") if s in text)
        doc = build(core_pipeline, text, names=[(name, "kyiv" if name == "Київ" else "kharkiv")])
        evs = of_type(doc, "ASSAULT")
        assert evs and evs[0].status == status, (text, [(e.status, e.trigger.text) for e in evs])


def test_the_body_whose_gathering_is_addressed_hears_the_speech(core_pipeline):
    doc = build(core_pipeline, "Я вдячний усім. Я виступив у парламенті Польщі. "
                               "Перед учасниками саміту НАТО. Я говорив про нашу боротьбу.",
                names=[("Польщі", "poland"), ("НАТО", "nato")])
    summit = [e for e in of_type(doc, "CONSULT") if "nato" in e.actors + e.recipients]
    assert summit and summit[0].recipients == ["nato"] and "ukraine" in summit[0].actors


def test_a_verbless_meeting_line_of_a_first_person_text_is_the_speakers(core_pipeline):
    doc = build(core_pipeline, "Я вдячний вам. Я радий бути тут. На зустріч і з Президентом Польщі.",
                names=[("Польщі", "poland")])
    evs = of_type(doc, "CONSULT")
    assert evs and evs[0].actors == ["ukraine"] and "poland" in evs[0].recipients


def test_the_dated_mention_decides_the_status_of_a_strike_told_as_a_habit_before(core_pipeline):
    doc = build(core_pipeline, "Ворог завдає ударів по будинках. Сьогодні вночі окупанти обстріляли Харків.",
                names=[("Харків", "kharkiv")], timexes=[("Сьогодні вночі", "2026-01-10TNI", None)])
    evs = of_type(doc, "ASSAULT")
    assert len(evs) == 1 and evs[0].status == "occurred"


def test_anyway_is_no_condition(core_pipeline):
    doc = build(core_pipeline, "У будь-якому разі доведеться блокувати всі операції з Росією.",
                names=[("Росією", "russia")])
    assert all(e.status != "conditional" for e in doc.events), [(e.type, e.status) for e in doc.events]
    doc = build(core_pipeline, "У разі нападу Росії санкції посилять.", names=[("Росії", "russia")])
    assert any(e.status == "conditional" for e in doc.events)


def test_whose_meeting_a_role_word_in_the_genitive_names_acts(core_pipeline):
    doc = build(core_pipeline, "Сьогодні відбулося засідання Уряду.")
    evs = of_type(doc, "CONSULT")
    assert evs and evs[0].actors == ["ukraine"]


def test_who_condemns_a_strike_did_not_make_it(core_pipeline):
    doc = build(core_pipeline, "Представник США в ООН засудив атаку на Київ.",
                names=[("США", "united-states"), ("Київ", "kyiv")])
    strikes = of_type(doc, "ASSAULT")
    assert all("united-states" not in e.actors for e in strikes), [(e.actors, e.recipients) for e in strikes]
    # who supports sanctions joins them
    doc = build(core_pipeline, "Швейцарія підтримала санкції проти Росії.",
                names=[("Швейцарія", "poland"), ("Росії", "russia")])
    assert any("poland" in e.actors for e in of_type(doc, "SANCTION"))


def test_a_relative_clause_belongs_to_the_noun_it_agrees_with(core_pipeline):
    doc = build(core_pipeline, "Росія завдала удару по місту, яке Україна звільнила минулого року.",
                names=[("Росія", "russia"), ("Україна", "ukraine")],
                timexes=[("минулого року", "2025", None)])
    strikes = of_type(doc, "ASSAULT")
    assert strikes and strikes[0].time is None and "ukraine" not in strikes[0].actors
    # a strike noun's own relative clause still gives its time
    doc = build(core_pipeline, "Удар по Києву, який Росія завдала вчора, забрав життя людей.",
                names=[("Києву", "kyiv"), ("Росія", "russia")], timexes=[("вчора", "2026-01-09", None)])
    strikes = of_type(doc, "ASSAULT")
    assert strikes and (strikes[0].time or {}).get("value") == "2026-01-09"


def test_what_a_thing_amounts_to_is_no_strike_of_its_own(core_pipeline):
    doc = build(core_pipeline, "Це найбільший удар по російській армії за весь час війни.")
    assert not of_type(doc, "ASSAULT")
    doc = build(core_pipeline, "Вчора окупанти обстріляли Харків. Це наймасованіший удар по місту.",
                names=[("Харків", "kharkiv")])
    assert len(of_type(doc, "ASSAULT")) == 1
    doc = build(core_pipeline, "Це був ракетний удар по Києву.", names=[("Києву", "kyiv")])
    assert of_type(doc, "ASSAULT")


def test_when_is_no_condition_before_a_word_that_starts_with_b(core_pipeline):
    doc = build(core_pipeline, "Коли бомби падають у Києві, це відбувається в Європі.", names=[("Києві", "kyiv")])
    assert all(e.status != "conditional" for e in of_type(doc, "ASSAULT"))


def test_a_noun_denied_in_a_clause_with_no_verb_is_negated(core_pipeline):
    doc = build(core_pipeline, "І це в жодному разі не погроза.")
    assert doc.events and all(e.status == "negated" for e in doc.events)


def test_just_now_dates_a_past_talk_on_the_day_of_the_text(core_pipeline):
    doc = build(core_pipeline, "Говорили щойно з Президентом Польщі.", names=[("Польщі", "poland")])
    evs = of_type(doc, "CONSULT")
    assert evs and (evs[0].time or {}).get("value") == "2026-01-10"
    doc = build(core_pipeline, "Говоритимемо з Президентом Польщі.", names=[("Польщі", "poland")])
    assert all(e.time is None for e in of_type(doc, "CONSULT"))


def test_a_result_that_exists_took_place_and_a_judgement_tells_no_tense(core_pipeline):
    doc = build(core_pipeline, "Головне – є нові оборонні домовленості з Польщею.", names=[("Польщею", "poland")])
    evs = of_type(doc, "AGREE")
    assert evs and evs[0].status == "occurred"
    doc = build(core_pipeline, "Цей удар по Харкову є воєнним злочином.", names=[("Харкову", "kharkiv")])
    evs = of_type(doc, "ASSAULT")
    assert evs and evs[0].status == "occurred"


def test_a_strike_met_or_undergone_is_suffered(core_pipeline):
    doc = build(core_pipeline, "Я вдячний усім. Ми готувалися зустрічати удар. Я говорив про це.")
    evs = of_type(doc, "ASSAULT")
    assert evs and "ukraine" not in evs[0].actors
    doc = build(core_pipeline, "Харків та інші міста, які піддаються атакам з повітря.", names=[("Харків", "kharkiv")])
    evs = of_type(doc, "ASSAULT")
    assert evs and evs[0].status == "ongoing"


def test_partners_from_a_country_stand_with_them_and_the_host_is_only_the_place(core_pipeline):
    doc = build(core_pipeline, "Наші представники – міністр закордонних справ та міністр оборони – зустрілися "
                               "сьогодні в Польщі з колегами зі Сполучених Штатів.",
                names=[("Польщі", "poland"), ("Сполучених Штатів", "united-states")])
    evs = of_type(doc, "CONSULT")
    assert evs and "united-states" in evs[0].recipients and "poland" not in evs[0].actors + evs[0].recipients
    assert evs[0].place == "poland"
    # a delegation back from a country did not meet it there
    doc = build(core_pipeline, "Вночі повернулася наша делегація з Польщі, з переговорів.",
                names=[("Польщі", "poland")])
    assert all("poland" not in e.actors for e in of_type(doc, "CONSULT"))


def test_a_country_adjective_on_a_topic_noun_names_no_party(core_pipeline):
    doc = build(core_pipeline, "Російське питання не має заважати вам домовитися.",
                refs=[("Російське", "russia", "adjective")])
    assert all("russia" not in e.actors + e.recipients for e in doc.events)
    doc = build(core_pipeline, "Обговорили з польськими партнерами нові кроки.",
                refs=[("польськими", "poland", "adjective")])
    assert any("poland" in e.recipients for e in of_type(doc, "CONSULT"))


def test_who_answers_strikes_suffers_them_and_who_is_called_on_to_act_is_asked(core_pipeline):
    doc = build(core_pipeline, "Я вдячний усім. Відповідаємо на удари. Я говорив про це.")
    evs = of_type(doc, "ASSAULT")
    assert evs and "ukraine" not in evs[0].actors
    doc = build(core_pipeline, "Закликав Кіпр застосувати санкції.", names=[("Кіпр", "poland")])
    evs = of_type(doc, "REQUEST")
    assert evs and "poland" in evs[0].recipients and "poland" not in evs[0].actors

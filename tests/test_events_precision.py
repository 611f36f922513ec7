"""Events precision: a trigger word that only names what another act is about, or a kind of
happening, is no event; who talks with whom in a discussion. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, types

ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("lithuania", ("Lithuania", "Литва", "LOC", "Q37"))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("odesa", ("Odesa", "Одеса", "LOC", "Q1874"))


def test_talks_about_sanctions_are_talks_not_sanctions(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга провів переговори щодо санкцій проти Росії з міністром Німеччини.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Росії", "russia"), ("Німеччини", "germany")])
    assert types(doc) == ["CONSULT"]
    assert doc.events[0].recipients == ["germany"]


def test_what_was_spoken_about_took_no_place(core_pipeline):
    for text in ("Також говорили про нові санкції проти Росії.",
                 "Окремо про постачання зброї та фінансову допомогу.",
                 "Окрім санкцій, обговорили енергетику.",
                 "Уряд розгляне питання постачання зброї.",
                 "Міністр наголосив на посиленні санкцій."):
        doc = build(core_pipeline, text, names=[("Росії", "russia")] if "Росії" in text else ())
        assert "SANCTION" not in types(doc) and "AID" not in types(doc), text


def test_a_reported_or_decided_happening_after_about_stays(core_pipeline):
    doc = build(core_pipeline, "Литва оголосила про запровадження санкцій проти Росії.",
                names=[("Литва", "lithuania"), ("Росії", "russia")])
    assert types(doc) == ["SANCTION"]
    doc = build(core_pipeline, "Президент підписав рішення уряду щодо запровадження санкцій проти Росії.",
                names=[("Росії", "russia")])
    assert types(doc) == ["SANCTION"]


def test_besides_without_a_discussion_keeps_the_happening(core_pipeline):
    doc = build(core_pipeline, "Крім санкцій проти Росії, Литва передала Україні зброю.",
                names=[("Росії", "russia"), ("Литва", "lithuania"), ("Україні", "ukraine")])
    assert sorted(types(doc)) == ["AID", "SANCTION"]


def test_every_strike_is_no_strike_in_particular(core_pipeline):
    doc = build(core_pipeline, "Кожен удар по нашому місту ми пам'ятатимемо.")
    assert doc.events == []
    doc = build(core_pipeline, "Ми готові відбивати будь-які атаки.")
    assert doc.events == []


def test_the_partner_of_talks_spoken_about_is_no_partner(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга говорив про перспективи переговорів із Росією.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Росією", "russia")])
    assert all("russia" not in e.actors + e.recipients for e in doc.events)


def test_discussed_topic_names_take_no_part(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга обговорив з міністром Франції підтримку Польщі.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Франції", "france"), ("Польщі", "poland")])
    ev = doc.events[0]
    assert ev.type == "CONSULT" and ev.actors == ["andrii-sybiha", "ukraine"] and ev.recipients == ["france"]
    doc = build(core_pipeline, "Обговорили переговорний процес з Росією та енергетику.", names=[("Росією", "russia")])
    assert all("russia" not in e.actors + e.recipients for e in doc.events)


def test_a_discussion_continuing_a_call_is_the_same_call(core_pipeline):
    text = ("Сьогодні я провів розмову з міністром Франції. Обговорили з ним оборонну підтримку України "
            "та посилення санкцій.")
    doc = build(core_pipeline, text, names=[("Франції", "france"), ("України", "ukraine")],
                refs=[("ним", "france", "pronoun")])
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consult) == 1
    assert consult[0].actors == ["ukraine"] and consult[0].recipients == ["france"]
    assert [e.type for e in doc.events] == ["CONSULT"]


ENTS.setdefault("emmanuel-macron", ("Emmanuel Macron", "Еммануель Макрон", "PER", "Q3052772"))


def test_talks_that_may_come_are_planned(core_pipeline):
    for text in ("Можливі переговори Франції та Польщі обговорювали експерти.",
                 "Перспективи переговорів Франції та Польщі залишалися туманними."):
        doc = build(core_pipeline, text, names=[("Франції", "france"), ("Польщі", "poland")])
        consult = [e for e in doc.events if e.trigger.text.startswith("переговор")]
        assert consult and all(e.status == "planned" for e in consult), text


def test_readiness_for_talks_is_no_talk(core_pipeline):
    doc = build(core_pipeline, "Польща налаштована на переговори з Францією.",
                names=[("Польща", "poland"), ("Францією", "france")])
    assert doc.events == []


def test_with_that_names_no_partner(core_pipeline):
    doc = build(core_pipeline, "Я говорив, що кожен із нас відповідає за Польщу.", names=[("Польщу", "poland")])
    assert "CONSULT" not in types(doc)
    doc = build(core_pipeline, "Змушений говорити це з болем: Харків досі під обстрілами.", names=[("Харків", "kharkiv")])
    assert "CONSULT" not in types(doc)


def test_the_subject_of_a_topic_predicate_is_a_topic(core_pipeline):
    doc = build(core_pipeline, "Постачання зброї Польщі було питанням номер один на зустрічі з міністром Франції.",
                names=[("Польщі", "poland"), ("Франції", "france")])
    assert types(doc) == ["CONSULT"] and doc.events[0].recipients == ["france"]


def test_about_runs_over_a_coordinated_noun(core_pipeline):
    doc = build(core_pipeline, "Про ситуацію в Харкові та необхідність евакуації людей.", names=[("Харкові", "kharkiv")])
    assert "AID" not in types(doc)


def test_a_need_adjective_under_another_verb_asks_nothing(core_pipeline):
    doc = build(core_pipeline, "Уряд ухвалить усі необхідні рішення щодо зброї.")
    assert "REQUEST" not in types(doc)
    doc = build(core_pipeline, "Ми говоримо про зустріч – про кроки, які потрібні для миру.")
    assert "REQUEST" not in types(doc)
    doc = build(core_pipeline, "Дайте нам зброю, яка необхідна.")
    assert "REQUEST" in types(doc)


def test_a_name_governs_no_common_noun_after_it(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга обговорив з Еммануелем Макроном економічну підтримку Польщі.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Еммануелем Макроном", "emmanuel-macron"),
                       ("Польщі", "poland")])
    ev = doc.events[0]
    assert "emmanuel-macron" in ev.recipients and "poland" not in ev.actors + ev.recipients


def test_a_discussion_with_nothing_of_its_own_continues_the_last_talk(core_pipeline):
    text = ("Сьогодні я провів нараду з урядовцями. Ключова тема – економіка. Підприємства повертаються "
            "до роботи. Транспорт працює. Торгівля відновлюється. Ціни стабільні. Банки працюють. "
            "Пошта працює. Школи готуються. Обговорили енергетичні питання.")
    doc = build(core_pipeline, text)
    assert [e.trigger.text for e in doc.events if e.type == "CONSULT"] == ["нараду"]
    # a discussion with a subject of its own is another talk
    doc = build(core_pipeline, "Сьогодні я провів нараду з урядовцями. Франція та Польща обговорили санкції.",
                names=[("Франція", "france"), ("Польща", "poland")], timexes=[("Сьогодні", "2026-01-10", None)])
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 2


def test_a_numbered_issue_counts_no_talks(core_pipeline):
    text = ("Безпека була питанням номер один на переговорах з міністром Франції. "
            "Наші переговори тривали три години.")
    doc = build(core_pipeline, text, names=[("Франції", "france")])
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 1


def test_what_a_talk_concerned_or_was_given_to_took_no_place(core_pipeline):
    # sentences written for this test
    for text in ("Розмова стосувалася постачання ППО та фінансової допомоги.",
                 "Зустріч була присвячена посиленню санкцій проти Росії.",
                 "Переговори зосередилися на обміні полоненими."):
        doc = build(core_pipeline, text, names=[("Росії", "russia")] if "Росії" in text else ())
        assert not {"AID", "SANCTION", "RETREAT"} & set(types(doc)), text

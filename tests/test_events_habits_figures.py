"""Events precision: a strike told as a present habit ("щодня обстрілюють"), a figure of speech
whose copula the tagger misreads ("стало ударом по ..."), a strike noun as the predicate after a
dash, what is stormed in a figure ("штурмують ринки"), a blow withstood ("тримає удар"), a topic placed "у центрі уваги", a
danger guarded against ("захист від ударів"), a duty laid on the whole world and a scene the
listener is asked to imagine, a claim about the sanctions against a whole state and what is done
"щоразу" tell no happening, and a past verb with "б" tells what would have happened; the same words telling one stay. Sentences
written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, types

from khronika.extract.events.lexicon.compiled import lexicon

ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))


def test_the_word_lists_are_data():
    lex = lexicon()
    assert {"щодня", "регулярно", "постійно"} <= lex.word_list("habit_adverbs")
    assert {"ніч", "день"} <= lex.word_list("habit_units")
    assert "блокувати" in lex.word_list("continuous_verbs")
    assert "захист" in lex.word_list("protection_nouns")
    assert {"світ", "спільнота"} <= lex.word_list("generic_duty_subjects")
    assert "у центрі уваги" in lex.word_list("topic_places")
    assert "ринок" in lex.contexts["figurative_conquest"]
    assert "інакше" in lex.word_list("conditional_markers")
    assert "sanction" in lex.word_list("regime_types")
    assert "щоразу" in lex.word_list("disposition_adverbs")


def test_a_habit_in_the_present_is_no_happening(core_pipeline):
    for text in ("Окупанти щодня обстрілюють наші прикордонні громади.",
                 "Ворог регулярно завдає ударів по залізниці.",
                 "Кожної ночі росіяни запускають дрони по нашій енергетиці.",
                 "Загарбники систематично депортують цивільних із захоплених сіл."):
        assert types(build(core_pipeline, text)) == [], text


def test_a_rule_told_with_koly_in_the_present_is_no_happening(core_pipeline):
    assert types(build(core_pipeline, "Коли агресор обстрілює школи, світ мовчить.")) == []
    doc = build(core_pipeline, "Коли ворог обстріляв Харків, ми були в укритті.", names=[("Харків", "kharkiv")])
    assert "ASSAULT" in types(doc)


def test_a_told_instance_a_past_habit_or_a_lasting_blockade_stays(core_pipeline):
    doc = build(core_pipeline, "Сьогодні окупанти знову обстрілюють Харків.", names=[("Харків", "kharkiv")],
                timexes=[("Сьогодні", "2026-01-10", None)])
    assert types(doc) == ["ASSAULT"]
    doc = build(core_pipeline, "Під час облоги ворог щодня обстрілював Харків.", names=[("Харків", "kharkiv")])
    assert types(doc) == ["ASSAULT"]
    doc = build(core_pipeline, "Гуманітарну колону з ліками постійно блокують російські солдати.",
                names=[("російські", "russia")])
    assert types(doc) == ["COERCE"]
    doc = build(core_pipeline, "Ми закликаємо постійно посилювати санкції.")
    assert "REQUEST" in types(doc)


def test_figures_of_a_strike_are_none(core_pipeline):
    for text in ("Підвищення тарифів стало ударом по кишенях пенсіонерів.",
                 "Ця постанова — справжній удар по місцевих громадах.",
                 "Фермери штурмують нові ринки Близького Сходу.",
                 "Інфляція завдала відчутного удару по заощадженнях родин.",
                 "Національна валюта тримає удар попри кризу."):
        assert types(build(core_pipeline, text)) == [], text


def test_strikes_told_in_the_same_shapes_stay(core_pipeline):
    doc = build(core_pipeline, "Київ — масована атака дронів.", names=[("Київ", "kyiv")])
    assert types(doc) == ["ASSAULT"]
    doc = build(core_pipeline, "Окупанти штурмують Харків.", names=[("Харків", "kharkiv")])
    assert types(doc) == ["ASSAULT"]
    doc = build(core_pipeline, "Троє людей загинули від обстрілу Харкова.", names=[("Харкова", "kharkiv")])
    assert types(doc) == ["ASSAULT"]


def test_topics_dangers_world_duties_and_imagined_scenes_are_none(core_pipeline):
    for text in ("У центрі уваги була військова допомога.",
                 "Серед питань — санкції проти тіньового флоту.",
                 "Міністр обговорив з колегами захист енергосистеми від атак.",
                 "Уряд фінансує укриття від обстрілів у школах.",
                 "Світ повинен посилювати санкції проти агресора.",
                 "Міжнародна спільнота зобов'язана надати Україні зброю.",
                 "Уявіть, що ракета влучає у вашу школу."):
        assert [t for t in types(build(core_pipeline, text)) if t != "CONSULT"] == [], text


def test_a_duty_of_a_named_party_is_asked_and_otherwise_is_a_condition(core_pipeline):
    doc = build(core_pipeline, "Росія повинна вивести війська.", names=[("Росія", "russia")])
    assert types(doc) == ["REQUEST"]
    doc = build(core_pipeline, "Треба діяти швидко, інакше Росія атакує знову.", names=[("Росія", "russia")])
    assert [(e.type, e.status) for e in doc.events] == [("ASSAULT", "conditional")]


def test_a_regime_against_a_state_in_a_claim_and_every_time_are_no_happening(core_pipeline):
    doc = build(core_pipeline, "Санкції проти Росії діють, хоч і не одразу.", names=[("Росії", "russia")])
    assert types(doc) == []
    assert types(build(core_pipeline, "Щоразу після атаки енергетики ремонтують мережі.")) == []
    doc = build(core_pipeline, "Санкції проти Росії набули чинності.", names=[("Росії", "russia")])
    assert types(doc) == ["SANCTION"]


def test_a_past_verb_with_by_would_have_happened(core_pipeline):
    doc = build(core_pipeline, "Без підтримки партнерів ворог давно б захопив Харків.",
                names=[("Харків", "kharkiv")])
    assert [(e.type, e.status) for e in doc.events] == [("ASSAULT", "conditional")]
    doc = build(core_pipeline, "Учора ворог захопив село під Харковом.", names=[("Харковом", "kharkiv")])
    assert [(e.type, e.status) for e in doc.events] == [("ASSAULT", "occurred")]

"""Events precision: a trigger word that tells a habit, a disposition, a definition or an
appraisal of a kind of happening, or stands inside a quoted name or term, reports no happening;
one told with its own target, time or pointer, or "як завжди", still does. Sentences written
for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, types

from khronika.extract.events.lexicon.compiled import lexicon

ENTS.setdefault("odesa", ("Odesa", "Одеса", "LOC", "Q1874"))
ENTS.setdefault("kyiv", ("Kyiv", "Київ", "LOC", "Q1899"))
ENTS.setdefault("france", ("France", "Франція", "LOC", "Q142"))
ENTS.setdefault("emmanuel-macron", ("Emmanuel Macron", "Емманюель Макрон", "PER", None))


def test_the_word_lists_are_data():
    lex = lexicon()
    assert {"завжди", "зазвичай", "як правило"} <= lex.word_list("disposition_adverbs")
    assert "як" in lex.word_list("likeness_words")
    assert {"це", "є"} <= lex.word_list("kind_copulas")


def test_what_is_done_always_or_usually_is_no_happening(core_pipeline):
    for text in ("Україна завжди відкрита до переговорів на чесних умовах.",
                 "Ми завжди обговорюємо з партнерами питання енергетики.",
                 "Окупанти зазвичай обстрілюють прикордонні села вранці.",
                 "Як правило, такі переговори тривають кілька тижнів."):
        assert types(build(core_pipeline, text)) == [], text


def test_as_always_tells_one_happening(core_pipeline):
    doc = build(core_pipeline, "Як і завжди, ми обговорили з Макроном підтримку України.",
                names=[("Макроном", "emmanuel-macron"), ("України", "ukraine")])
    assert types(doc) == ["CONSULT"]
    doc = build(core_pipeline, "Сьогодні, як завжди, Президент провів нараду з командуванням.")
    assert types(doc) == ["CONSULT"]


def test_a_definition_or_appraisal_of_a_kind_is_no_happening(core_pipeline):
    for text in ("Санкції — це інструмент тиску, а не мета.",
                 "Санкції — не панацея, але вони працюють.",
                 "Переговори є мистецтвом можливого.",
                 "Обмін полоненими — це завжди складний процес.",
                 "Візити іноземних лідерів важливі для нашої дипломатії."):
        assert types(build(core_pipeline, text)) == [], text


def test_an_appraised_happening_named_by_its_target_time_or_pointer_stays(core_pipeline):
    doc = build(core_pipeline, "Удар по Одесі — це воєнний злочин.", names=[("Одесі", "odesa")])
    assert types(doc) == ["ASSAULT"]
    doc = build(core_pipeline, "Вчорашня атака на Київ — це відповідь на наші успіхи.",
                names=[("Київ", "kyiv")], timexes=[("Вчорашня", "2026-01-09", None)])
    assert types(doc) == ["ASSAULT"]


def test_a_trigger_inside_a_quoted_name_or_term_is_no_happening(core_pipeline):
    for text in ("Волонтери фонду «Удар у відповідь» закупили дрони.",
                 "Кампанія «Санкції зараз» зібрала тисячі підписів.",
                 "Слово «переговори» втратило для багатьох будь-який зміст.",
                 "Термін «обстріл» у звітах вживається дуже часто."):
        assert types(build(core_pipeline, text)) == [], text


def test_quoted_speech_keeps_its_happening(core_pipeline):
    doc = build(core_pipeline, "Міністр заявив: «Ми провели переговори з Францією».",
                names=[("Францією", "france")])
    assert types(doc) == ["CONSULT"]


ENTS.setdefault("usa", ("United States", "США", "LOC", "Q30"))
ENTS.setdefault("poland", ("Poland", "Польща", "LOC", "Q36"))
ENTS.setdefault("andriy-yermak", ("Andriy Yermak", "Андрій Єрмак", "PER", None))


def test_a_meeting_noun_framing_its_clause_is_the_meeting_told_before(core_pipeline):
    doc = build(core_pipeline, "Делегації України та США провели переговори в Саудівській Аравії. "
                "На переговорах українську сторону представляв Єрмак.",
                names=[("України", "ukraine"), ("США", "usa"), ("Єрмак", "andriy-yermak")])
    assert types(doc) == ["CONSULT"]
    assert "andriy-yermak" in doc.events[0].actors + doc.events[0].recipients
    doc = build(core_pipeline, "Прем'єр-міністр поговорив телефоном із Президентом Польщі. "
                "У розмові прем'єр-міністр поінформував колегу про ситуацію на фронті.",
                names=[("Польщі", "poland")])
    assert types(doc) == ["CONSULT"]


def test_a_meeting_noun_with_a_partner_of_its_own_stays_another(core_pipeline):
    doc = build(core_pipeline, "Президент провів переговори з Президентом Польщі. "
                "На зустрічі зі Сполученими Штатами він говорив про ППО.",
                names=[("Польщі", "poland"), ("Сполученими Штатами", "usa")])
    assert types(doc) == ["CONSULT", "CONSULT"]


def test_whenever_tells_no_happening_in_particular(core_pipeline):
    for text in ("Тиск на агресора має зростати щоразу, коли він обстрілює наші міста.",
                 "Кожного разу, коли окупанти атакують енергетику, ми відновлюємо її ще швидше."):
        assert types(build(core_pipeline, text)) == [], text
    doc = build(core_pipeline, "Коли окупанти атакували енергетику, ми вже мали резерви.")
    assert types(doc) == ["ASSAULT"]


def test_a_trigger_in_the_title_of_a_law_or_rule_is_no_happening(core_pipeline):
    for text in ("Нова редакція закону про мобілізацію набрала чинності.",
                 "Уряд розробив порядок надання допомоги постраждалим від обстрілів.",
                 "Верховна Рада ухвалила закон про санкції в першому читанні."):
        assert types(build(core_pipeline, text)) == [], text


def test_a_topic_named_before_a_dash_or_as_a_history_is_no_happening(core_pipeline):
    for text in ("Окрема тема розмови — переговори про обмін полоненими.",
                 "Головне питання на порядку денному — нові санкції.",
                 "Стаття присвячена історії переговорів між двома державами."):
        assert types(build(core_pipeline, text)) == [], text


def test_an_appraisal_closing_a_clause_with_no_verb_is_no_happening(core_pipeline):
    assert types(build(core_pipeline, "Переговори з терористами неможливі.")) == []
    doc = build(core_pipeline, "Переговори з Францією пройшли конструктивні.", names=[("Францією", "france")])
    assert types(doc) == ["CONSULT"]


def test_a_subject_under_any_or_every_tells_no_happening(core_pipeline):
    for text in ("Будь-яке підприємство зможе отримати кредит на відновлення.",
                 "Кожен, чий будинок був зруйнований окупантами, отримає компенсацію.",
                 "Кожна ракета, яка влучила в житловий будинок, — це доказ терору."):
        assert types(build(core_pipeline, text)) == [], text
    doc = build(core_pipeline, "Кожен із партнерів передав Україні допомогу.", names=[("Україні", "ukraine")])
    assert types(doc) == ["AID"]


def test_a_correlative_comparison_is_conditional(core_pipeline):
    for text in ("Чим довше тривають переговори, тим сильніший тиск на Україну.",
                 "Що швидше партнери передадуть зброю, то більше життів ми врятуємо."):
        doc = build(core_pipeline, text)
        assert doc.events and {e.status for e in doc.events} == {"conditional"}, text

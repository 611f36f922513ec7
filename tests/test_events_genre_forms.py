"""Forms of diplomatic, economic and war news the lexicon missed: a note handed over (PROTEST),
credentials presented (CONSULT), a text signed that is named before the verb (AGREE), refuge
given (AID), troops falling back onto their own territory (RETREAT); and the senses of the same
words that tell no happening. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build, sorted_types as _types

ENTS.setdefault("toretsk", ("Toretsk", "Торецьк", "LOC", None))


@pytest.mark.parametrize("text, type_", [
    ("Посольство вручило ноту тимчасовому повіреному сусідньої держави.", "PROTEST"),
    ("Міністерство передало ноту щодо затримання рибалок.", "PROTEST"),
    ("Новий посол вручив вірчі грамоти главі держави.", "CONSULT"),
    ("Відповідний документ підписали голови двох відомств.", "AGREE"),
    ("Сусідня країна надала йому притулок.", "AID"),
    ("Опозиційний журналіст отримав політичний притулок.", "AID"),
    ("Вночі ворожі підрозділи відступили на свою територію.", "RETREAT"),
    ("Посол сусідньої держави був викликаний до МЗС.", "PROTEST"),
    ("Після бою окупанти відступили, покинувши техніку.", "RETREAT"),
    ("Сусідня держава висуває нові вимоги до опозиції.", "REQUEST"),
    ("Іноземні найманці беруть участь у боях під Торецьком.", "ASSAULT"),
])
def test_genre_forms_tell_a_happening(core_pipeline, text, type_):
    doc = build(core_pipeline, text, names=[("Торецьком", "toretsk")] if "Торецьком" in text else ())
    assert _types(doc) == [type_]


@pytest.mark.parametrize("text", [
    "Піаніст довго тримав одну ноту.",
    "Цей указ підписав президент.",
    "Громада надала приміщення під притулок для тварин.",
    "Учні відступили на територію школи.",
    "Посол був викликаний до суду як свідок.",
    "Завод запустив виробництво ракет.",
    "Ворог не відступає.",
])
def test_the_same_words_in_other_senses_tell_none(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [e.type for e in doc.events if e.status != "negated"] == []


def test_a_truce_broken_is_no_truce(core_pipeline):
    doc = build(core_pipeline, "Обидві армії звинуватили одна одну в порушенні перемир'я.")
    assert _types(doc) == ["ACCUSE"]

"""Events recall: the ways Ukrainian reports state a happening beyond the plain verb, and the
uses of trigger words that state none (questions, figures of speech, mere classes of things).
Texts written for these tests."""
from __future__ import annotations

import pytest

from test_events import build


def types(doc):
    return [(e.type, e.status) for e in doc.events]


def test_talk_verb_with_prefix_is_a_consultation(core_pipeline):
    doc = build(core_pipeline, "Переговорив сьогодні з Президентом Туреччини.", names=[("Туреччини", "turkey")])
    assert [(e.type, e.status) for e in doc.events] == [("CONSULT", "occurred")]
    assert "turkey" in doc.events[0].recipients


@pytest.mark.parametrize("text,names,type_,status", [
    ("Польща прийшла на допомогу Україні серед перших.", [("Польща", "poland"), ("Україні", "ukraine")], "AID", "occurred"),
    ("ЄС затвердив пакет допомоги Україні на два мільярди євро.", [("ЄС", "eu"), ("Україні", "ukraine")], "AID", "occurred"),
    ("Франція оголосила про виділення пакета підтримки.", [("Франція", "france")], "AID", "occurred"),
    ("Гуманітарний вантаж доставили до Києва.", [("Києва", "kyiv")], "AID", "occurred"),
    ("Найближчим часом надійде більше артилерії.", [], "AID", "planned"),
    ("ЄС затвердив новий санкційний пакет проти Росії.", [("ЄС", "eu"), ("Росії", "russia")], "SANCTION", "occurred"),
    ("Угода з Польщею в підготовці.", [("Польщею", "poland")], "AGREE", "planned"),
    ("Готуються ще дві безпекові угоди з Францією.", [("Францією", "france")], "AGREE", "planned"),
    ("Президент здійснив робочу поїздку на фронт.", [], "CONSULT", "occurred"),
    ("Засідання відбулося за участі Андрія Сибіги.", [("Андрія Сибіги", "andrii-sybiha")], "CONSULT", "occurred"),
])
def test_nominal_and_periphrastic_forms(core_pipeline, text, names, type_, status):
    doc = build(core_pipeline, text, names=names)
    assert (type_, status) in types(doc), types(doc)


def test_aid_words_without_a_giving_are_no_aid(core_pipeline):
    # a decree about what counts as aid gives nothing; a class of sanctions packages is no event
    doc = build(core_pipeline, "Уряд ухвалив постанову про визнання товарів гуманітарною допомогою.")
    assert [e.type for e in doc.events if e.type == "AID"] == []
    doc = build(core_pipeline, "Санкційних пакетів проти Росії недостатньо.", names=[("Росії", "russia")])
    assert doc.events == []


def test_undelivered_cargo_is_negated(core_pipeline):
    doc = build(core_pipeline, "На жаль, не вдалося доставити гуманітарний вантаж до Києва.", names=[("Києва", "kyiv")])
    assert types(doc) == [("AID", "negated")]


def test_readiness_blocks_only_its_own_clause(core_pipeline):
    text = "Україна готова до переговорів, і вчора делегація провела зустріч з Польщею."
    doc = build(core_pipeline, text, names=[("Україна", "ukraine"), ("Польщею", "poland")],
                timexes=[("вчора", "2026-01-09", None)])
    assert types(doc) == [("CONSULT", "occurred")]
    assert doc.events[0].trigger.text == "зустріч"
    doc = build(core_pipeline, "Польща готова до переговорів.", names=[("Польща", "poland")])
    assert doc.events == []


def test_a_question_reports_no_happening_but_may_refer_back(core_pipeline):
    doc = build(core_pipeline, "Хіба це не удар по Києву?", names=[("Києву", "kyiv")])
    assert doc.events == []
    doc = build(core_pipeline, "А ти вагаєшся, запроваджувати санкції чи ні?")
    assert doc.events == []
    text = "Вночі росіяни вдарили ракетами по Києву. Чи витримає місто ще один такий удар?"
    doc = build(core_pipeline, text, names=[("Києву", "kyiv")], refs=[("росіяни", "russia", "demonym")])
    assert [e.type for e in doc.events] == ["ASSAULT"]
    assert doc.events[0].trigger.text == "вдарили"


@pytest.mark.parametrize("text", [
    "Це удар по економіці агресора.",
    "Це атака на демократію і на наші цінності.",
    "Війна стала ударом по бюджету.",
])
def test_figures_of_speech_are_no_events(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert doc.events == [], types(doc)

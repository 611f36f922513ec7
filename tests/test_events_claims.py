"""Events precision: a trigger word inside a claim ("Санкції працюють", "через обстріли ...
страждають", "Обстріли не зламають місто"), a goal's means ("хоче залякати людей ударами"), a
happening of long ago or of a day of memory, or the name of a facility ("пункт евакуації")
reports no happening; the same words telling one going on, coming or past stay. Sentences
written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, types

from khronika.extract.events.lexicon.compiled import lexicon

ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("odesa", ("Odesa", "Одеса", "LOC", "Q1874"))


def test_the_word_lists_are_data():
    lex = lexicon()
    assert {"готувати", "лунати"} <= lex.word_list("claim_keepers")
    assert "мати" in lex.word_list("claim_modals")
    assert {"роковини", "річниця"} <= lex.word_list("memory_nouns")
    assert {"пункт", "центр"} <= lex.word_list("facility_nouns")
    assert "жоден" in lex.word_list("generic_determiners")
    assert lex.word_list("history_years") == {"5"}


def test_a_claim_about_a_kind_of_happening_is_none(core_pipeline):
    for text in ("Санкції працюють, і економіка агресора це відчуває.",
                 "Через санкції ціни на бензин швидко зростають.",
                 "Від обстрілів найбільше страждають діти.",
                 "Ціни на пальне ростуть через атаки на нафтобази.",
                 "Обстріли не зламають наше місто.",
                 "Удари по енергетиці не зламають нашу волю.",
                 "Жодна атака не залишиться без відповіді.",
                 "Ворог хоче залякати людей ракетними ударами.",
                 "Допомога партнерів має бути швидшою.",
                 "Санкції повинні зачепити кожного, хто фінансує війну."):
        assert types(build(core_pipeline, text)) == [], text
    doc = build(core_pipeline, "Вважаю, що санкції проти Росії мають бути жорсткішими.",
                names=[("Росії", "russia")])
    assert types(doc) == []


def test_the_same_words_telling_a_happening_stay(core_pipeline):
    doc = build(core_pipeline, "Обстріли Харкова тривають.", names=[("Харкова", "kharkiv")])
    assert types(doc) == ["ASSAULT"]
    doc = build(core_pipeline, "Через обстріл Одеси загинули двоє людей.", names=[("Одеси", "odesa")])
    assert types(doc) == ["ASSAULT"]
    doc = build(core_pipeline, "Заборону на імпорт російської нафти запроваджує і Франція.",
                names=[("Франція", "france")])
    assert types(doc) == ["SANCTION"]
    doc = build(core_pipeline, "Наші представники працюють на переговорах з Туреччиною щодня.",
                names=[("Туреччиною", "turkey")])
    assert types(doc) == ["CONSULT"]
    doc = build(core_pipeline, "Сьогодні нові санкції проти Росії посилюються.",
                names=[("Росії", "russia")], timexes=[("Сьогодні", "2026-01-10", None)])
    assert types(doc) == ["SANCTION"]


def test_history_recalled_is_no_happening_of_the_report(core_pipeline):
    doc = build(core_pipeline, "Вісімдесят років тому окупанти бомбардували це місто.",
                timexes=[("Вісімдесят років тому", "1946", None)])
    assert types(doc) == []
    doc = build(core_pipeline, "У роковини депортації ми згадуємо всіх загиблих.")
    assert types(doc) == []
    doc = build(core_pipeline, "Минулого року окупанти бомбардували Харків.",
                names=[("Харків", "kharkiv")], timexes=[("Минулого року", "2025", None)])
    assert types(doc) == ["ASSAULT"]


def test_a_facility_named_for_a_happening_is_a_place(core_pipeline):
    doc = build(core_pipeline, "На вокзалі працює пункт евакуації для людей з прифронтових сіл.")
    assert types(doc) == []
    doc = build(core_pipeline, "Вранці почалася евакуація людей з прифронтових сіл.")
    assert types(doc) == ["AID"]

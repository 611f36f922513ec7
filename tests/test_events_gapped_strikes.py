"""A strike said again after a dash that stands for its verb: a second happening with its own
time and target and the first one's striker; a dash that is no gap adds nothing. Sentences
written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

for _key, _en, _uk in (("kherson", "Kherson", "Херсон"), ("nikopol", "Nikopol", "Нікополь"),
                       ("sumy", "Sumy", "Суми"), ("kharkiv", "Kharkiv", "Харків"),
                       ("mykolaiv", "Mykolaiv", "Миколаїв"), ("odesa", "Odesa", "Одеса"),
                       ("poltava", "Poltava", "Полтава"), ("marhanets", "Marhanets", "Марганець"),
                       ("russia", "Russia", "Росія"), ("ukraine", "Ukraine", "Україна"),
                       ("belgorod", "Belgorod", "Бєлгород")):
    ENTS.setdefault(_key, (_en, _uk, "LOC", None))


def _strikes(doc):
    return [(e.place, sorted(e.recipients), e.time["value"] if e.time else None) for e in doc.events
            if e.type == "ASSAULT"]


def test_a_town_after_a_timed_dash_is_a_second_strike_of_the_verb(core_pipeline):
    doc = build(core_pipeline, "Увечері загарбники обстріляли Херсон, а на світанку — Нікополь.",
                names=[("Херсон", "kherson"), ("Нікополь", "nikopol")],
                timexes=[("Увечері", "2026-01-09TEV", None), ("на світанку", "2026-01-10TMO", None)])
    assert _strikes(doc) == [("kherson", ["kherson"], "2026-01-09TEV"),
                             ("nikopol", ["nikopol"], "2026-01-10TMO")]
    assert doc.events[0].actors == doc.events[1].actors


def test_a_comma_and_a_time_open_the_gap_without_a_conjunction(core_pipeline):
    doc = build(core_pipeline, "Позавчора ракети влучили в Суми, учора — Харків, сьогодні — Полтаву.",
                names=[("Суми", "sumy"), ("Харків", "kharkiv"), ("Полтаву", "poltava")],
                timexes=[("Позавчора", "2026-01-08", None), ("учора", "2026-01-09", None),
                         ("сьогодні", "2026-01-10", None)])
    got = _strikes(doc)
    assert ("kharkiv", ["kharkiv"], "2026-01-09") in got and ("poltava", ["poltava"], "2026-01-10") in got
    assert len(got) == 3


def test_a_sequence_adverb_and_po_after_a_strike_noun(core_pipeline):
    doc = build(core_pipeline, "Спочатку був удар по Миколаєву, згодом — по Одесі.",
                names=[("Миколаєву", "mykolaiv"), ("Одесі", "odesa")])
    assert sorted(p for p, _, _ in _strikes(doc)) == ["mykolaiv", "odesa"]


def test_towns_listed_after_the_dash_are_hit_together(core_pipeline):
    doc = build(core_pipeline, "Зранку армія РФ обстріляла Херсон, а ввечері — Нікополь і Марганець.",
                names=[("Херсон", "kherson"), ("Нікополь", "nikopol"), ("Марганець", "marhanets")],
                timexes=[("Зранку", "2026-01-10TMO", None), ("ввечері", "2026-01-10TEV", None)])
    got = _strikes(doc)
    assert got[0][:2] == ("kherson", ["kherson"])
    assert got[1][1] == ["marhanets", "nikopol"] and got[1][2] == "2026-01-10TEV"


def test_a_dash_that_is_no_gap_adds_no_strike(core_pipeline):
    doc = build(core_pipeline, "Обстріли Херсона — це воєнний злочин.", names=[("Херсона", "kherson")])
    assert len(_strikes(doc)) <= 1
    doc = build(core_pipeline, "Харків — балістика, Одеса — дрони.", names=[("Харків", "kharkiv"), ("Одеса", "odesa")])
    assert len(_strikes(doc)) <= 1


def test_a_bare_town_after_a_comma_with_no_time_is_no_second_strike(core_pipeline):
    doc = build(core_pipeline, "Росіяни обстріляли Херсон, Нікополь — під загрозою.",
                names=[("Херсон", "kherson"), ("Нікополь", "nikopol")])
    assert len(_strikes(doc)) == 1


def test_a_gap_with_a_striker_of_its_own_does_not_take_the_first_one(core_pipeline):
    doc = build(core_pipeline, "Росія вдарила по Харкову, а Україна — по Бєлгороду.",
                names=[("Росія", "russia"), ("Харкову", "kharkiv"), ("Україна", "ukraine"),
                       ("Бєлгороду", "belgorod")])
    assert not any(e.actors == ["russia"] and "belgorod" in e.recipients for e in doc.events)

"""One happening, one event, and the status a text gives it: thanks that refer back, strikes
told in one sentence, speech acts the text performs. Sentences written for these tests."""
from __future__ import annotations

from test_events import ENTS, build

ENTS.setdefault("canada", ("Canada", "Канада", "LOC", "Q16"))
ENTS.setdefault("japan", ("Japan", "Японія", "LOC", "Q17"))
ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("odesa", ("Odesa", "Одеса", "LOC", "Q1874"))
ENTS.setdefault("lviv", ("Lviv", "Львів", "LOC", "Q36036"))
ENTS.setdefault("warsaw", ("Warsaw", "Варшава", "LOC", "Q270"))


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

"""Who did it to whom, from the clause's grammar: sentences written for these tests."""
from __future__ import annotations

from test_events import ENTS, build

from khronika.extract.morph import analyse

ENTS.setdefault("oleh-syniehubov", ("Oleh Syniehubov", "Олег Синєгубов", "PER", None))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("odesa", ("Odesa", "Одеса", "LOC", "Q1874"))


def test_reporter_of_a_strike_is_no_participant(core_pipeline):
    doc = build(core_pipeline, "Вночі Росія атакувала Харків, повідомив голова ОВА Олег Синєгубов.",
                names=[("Росія", "russia"), ("Харків", "kharkiv"), ("Олег Синєгубов", "oleh-syniehubov")])
    ev = doc.events[0]
    assert ev.type == "ASSAULT" and ev.actors == ["russia"] and ev.recipients == ["kharkiv"]


def test_partner_after_z_with_its_country_receives_and_the_city_is_only_the_place(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга провів переговори з міністром закордонних справ Туреччини в Женеві.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Туреччини", "turkey"), ("Женеві", "geneva")])
    ev = doc.events[0]
    assert ev.type == "CONSULT" and ev.place == "geneva"
    assert ev.actors == ["andrii-sybiha"] and ev.recipients == ["turkey"]


def test_a_country_in_the_topic_takes_no_part(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга зустрівся з міністром Польщі щодо посилення тиску на Росію.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Польщі", "poland"), ("Росію", "russia")])
    ev = doc.events[0]
    assert ev.actors == ["andrii-sybiha"] and ev.recipients == ["poland"]


def test_coordinated_partners_share_the_side(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга говорив із міністрами Франції, Польщі та Туреччини.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Франції", "france"), ("Польщі", "poland"),
                       ("Туреччини", "turkey")])
    ev = doc.events[0]
    assert ev.type == "CONSULT" and ev.actors == ["andrii-sybiha"]
    assert ev.recipients == ["france", "poland", "turkey"]


def test_a_later_clause_with_its_own_subject_is_left_out(core_pipeline):
    doc = build(core_pipeline, "Делегація України провела переговори з представниками США, і зараз міністр "
                               "на шляху до Франції.",
                names=[("України", "ukraine"), ("США", "united-states"), ("Франції", "france")])
    ev = doc.events[0]
    assert set(ev.actors) == {"ukraine"} and ev.recipients == ["united-states"]


def test_now_and_these_days_give_no_time(core_pipeline):
    doc = build(core_pipeline, "Зараз триває зустріч делегацій України та США.",
                names=[("України", "ukraine"), ("США", "united-states")],
                timexes=[("Зараз", "PRESENT_REF", None)])
    assert doc.events[0].time is None


def test_first_person_subject_acts_for_the_home_side(core_pipeline):
    doc = build(core_pipeline, "Сьогодні я говорив із міністром Франції.", names=[("Франції", "france")])
    ev = doc.events[0]
    assert ev.type == "CONSULT" and ev.actors == ["ukraine"] and ev.recipients == ["france"]


def test_function_words_keep_their_function_reading():
    # the dictionary lists "під" as a noun and "була" as an adjective first
    assert analyse("під").pos == "PREP" and analyse("до").pos == "PREP" and analyse("на").pos == "PREP"
    assert analyse("була").pos == "VERB" and analyse("мене").pos == "NPRO"

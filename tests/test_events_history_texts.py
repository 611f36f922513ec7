"""A happening of history is no news event (history_texts.py): one the paragraph's story dates
decades before the document ("Колективізація 1930-х років ... Радянська влада депортувала
селян"), and one told undated in a text whose dates lie mostly centuries back (an essay on the
Cossack wars). A report that recalls one old date among its dates of today keeps its events,
and so does a recent dated happening told in a text of history. Texts written for these tests."""
from __future__ import annotations

from event_helpers import build


def _events(doc):
    return [(e.type, e.trigger.text) for e in doc.events]


def test_a_deportation_the_story_dates_to_the_1930s_is_history(core_pipeline):
    doc = build(core_pipeline, "Колективізація 1930-х років зруйнувала українське село. "
                               "Радянська влада депортувала сотні тисяч селян на Північ.",
                timexes=[("1930-х років", "193", None)])
    assert _events(doc) == []


def test_a_deportation_dated_last_month_stays(core_pipeline):
    doc = build(core_pipeline, "У грудні 2025 року окупаційна влада депортувала сотні жителів "
                               "Херсонщини. Радянська влада депортувала селян і в 1930-х роках.",
                timexes=[("грудні 2025 року", "2025-12", None), ("1930-х роках", "193", None)])
    assert _events(doc) == [("COERCE", "депортувала")]


HISTORY = ("Навесні 1651 року козацьке військо вирушило на захід. У червні 1651 року під "
           "Берестечком сталася велика битва. Після поразки гетьман у вересні 1651 року уклав "
           "новий договір. Згодом козаки напали на польське військо під Батогом і розбили його.")
HISTORY_DATES = [("Навесні 1651 року", "1651-SP", None), ("червні 1651 року", "1651-06", None),
                 ("вересні 1651 року", "1651-09", None)]


def test_an_undated_attack_in_a_text_of_history_is_history(core_pipeline):
    doc = build(core_pipeline, HISTORY, timexes=HISTORY_DATES)
    assert _events(doc) == []


def test_a_recent_dated_strike_in_a_text_of_history_stays(core_pipeline):
    text = HISTORY + " У грудні 2025 року Росія вдарила ракетами по Батурину."
    doc = build(core_pipeline, text, timexes=HISTORY_DATES + [("грудні 2025 року", "2025-12", None)])
    assert _events(doc) == [("ASSAULT", "вдарила")]


def test_a_report_recalling_one_old_war_keeps_its_strikes(core_pipeline):
    text = ("Вісімдесят років тому, у 1944 році, місто звільнили від нацистів. Сьогодні, 10 січня "
            "2026 року, ворог знову атакував його ракетами. Учора, 9 січня, Росія запустила по "
            "області 40 дронів.")
    doc = build(core_pipeline, text, timexes=[
        ("Вісімдесят років тому", "1946", None), ("1944 році", "1944", None),
        ("Сьогодні", "2026-01-10", None), ("10 січня 2026 року", "2026-01-10", None),
        ("Учора", "2026-01-09", None), ("9 січня", "2026-01-09", None)])
    assert _events(doc) == [("ASSAULT", "атакував"), ("ASSAULT", "запустила")]


def test_a_document_of_the_first_years_of_the_era_has_no_history(core_pipeline):
    # (no date lies years before 1 January of the year 1: nothing is history, nothing fails)
    doc = build(core_pipeline, "Україна уклала угоду з Польщею.", date="0001-01-01",
                names=[("Україна", "ukraine"), ("Польщею", "poland")])
    assert [e.type for e in doc.events] == ["AGREE"]

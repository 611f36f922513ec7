"""Cross-document merging: announced then held is one event; other dates are not."""
import datetime as dt

import pytest

from khronika.chronicle import (EventRecord, absorb, best_match, candidate_window, merge_records,
                                new_event, similarity, value_range)


@pytest.fixture(autouse=True)
def _no_embeddings(monkeypatch):
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")


def rec(doc, date, type_, status, time=None, actors=(), recipients=(), place=None, text=""):
    ev = {"id": "e1", "type": type_, "status": status, "mode": None,
          "time": {"value": time, "mod": None} if time else None,
          "actors": list(actors), "recipients": list(recipients), "place": place,
          "confidence": 0.8, "evidence": {"start": 0, "end": len(text), "text": text}}
    return EventRecord(doc, dt.date.fromisoformat(date), ev, {}, text)


def test_value_range_week_month_mod():
    assert value_range("2026-01-05") == (dt.date(2026, 1, 5), dt.date(2026, 1, 5))
    assert value_range("2025-W48") == (dt.date(2025, 11, 24), dt.date(2025, 11, 30))
    lo, hi = value_range("2025-W48", "END")
    assert hi == dt.date(2025, 11, 30) and lo > dt.date(2025, 11, 24)
    assert value_range("2026-01") == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert value_range("PRESENT_REF") is None


def test_planned_then_occurred_is_one_event_with_history():
    a = rec("a", "2025-12-28", "CONSULT", "planned", "2026-01-05", ["ukraine"], ["france"],
            text="Зустріч міністрів України та Франції відбудеться 5 січня.")
    b = rec("b", "2026-01-06", "CONSULT", "occurred", None, ["ukraine", "france"],
            text="Учора міністри України та Франції провели зустріч у Парижі.")
    events = merge_records([b, a])
    assert len(events) == 1
    ev = events[0]
    assert ev.status == "occurred"
    assert [h["status"] for h in ev.history] == ["planned", "occurred"]
    assert ev.time["value"] == "2026-01-05"


def test_different_dates_do_not_merge():
    a = rec("a", "2025-12-28", "CONSULT", "planned", "2026-01-05", ["ukraine", "france"])
    b = rec("b", "2025-12-29", "CONSULT", "planned", "2026-01-09", ["ukraine", "france"])
    assert similarity(b, new_event(a)) == 0.0
    assert len(merge_records([a, b])) == 2


def test_different_type_does_not_merge():
    a = rec("a", "2026-01-06", "CONSULT", "occurred", "2026-01-05", ["ukraine", "france"])
    b = rec("b", "2026-01-06", "AID", "occurred", "2026-01-05", ["ukraine", "france"])
    assert best_match(b, [new_event(a)]) is None


def test_wikidata_joins_different_ids():
    a = rec("a", "2026-01-02", "CONSULT", "planned", "2026-01-03", ["usa"])
    b = rec("b", "2026-01-04", "CONSULT", "occurred", "2026-01-03", ["united-states"])
    a.entities = {"usa": {"wikidata": "Q30"}}
    b.entities = {"united-states": {"wikidata": "Q30"}}
    ev = new_event(a)
    assert similarity(b, ev) >= 0.6
    absorb(ev, b)
    assert len(ev.sources) == 2 and ev.status == "occurred"


def test_candidate_window_covers_the_event_time():
    a = rec("a", "2025-12-28", "CONSULT", "planned", "2026-01-05")
    lo, hi = candidate_window(a)
    assert lo <= dt.date(2026, 1, 5) <= hi
    b = rec("b", "2026-01-06", "CONSULT", "occurred")
    lo, hi = candidate_window(b)
    assert lo <= dt.date(2026, 1, 5) <= hi


def test_bench_corpus_is_consistent():
    """The merge benchmark's gold names snippets that exist in its documents."""
    import json
    from pathlib import Path
    data = Path(__file__).parent / "data" / "chronicle"
    docs = {json.loads(l)["id"]: json.loads(l) for l in (data / "docs.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()}
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))["items"]
    assert len({g["cluster"] for g in gold}) < len(gold)      # some clusters hold several reports
    for g in gold:
        assert g["snippet"] in docs[g["doc"]]["text"], g
        dt.date.fromisoformat(docs[g["doc"]]["date"])


def test_records_from_output_and_merge_by_lemmas():
    from khronika.chronicle import records_from_output
    out_a = {"id": "a", "date": "2026-01-10", "entities": [{"id": "ukraine", "wikidata": "Q212"}],
             "events": [{"id": "e1", "type": "ASSAULT", "status": "occurred", "actors": ["russia"],
                         "recipients": ["kyiv"], "place": None, "time": {"value": "2026-01-10", "mod": None},
                         "confidence": 0.8, "evidence": {"start": 0, "end": 10, "text": "Росія вдарила ракетами по Києву"}}]}
    out_b = {"id": "b", "date": "2026-01-11", "entities": [],
             "events": [{"id": "e1", "type": "ASSAULT", "status": "occurred", "actors": ["russia"],
                         "recipients": ["kyiv"], "place": None, "time": None, "confidence": 0.7,
                         "evidence": {"start": 0, "end": 10, "text": "Учора Росія вдарила ракетами по Києву"}}]}
    recs = records_from_output(out_a) + records_from_output(out_b)
    assert recs[0].doc_date == dt.date(2026, 1, 10) and recs[0].text.startswith("Росія")
    events = merge_records(recs)
    assert len(events) == 1 and len(events[0].sources) == 2
    assert events[0].confidence > 0.8


def test_phone_call_is_not_the_meeting_in_geneva():
    a = rec("a", "2026-01-16", "CONSULT", "planned", "2026-W04", ["ukraine", "united-states"], place="geneva",
            text="Наступного тижня в Женеві відбудеться зустріч делегацій України та США.")
    a.event["mode"] = "multilateral"
    b = rec("b", "2026-01-22", "CONSULT", "occurred", None, ["ukraine", "united-states"],
            text="Голови делегацій України та США провели телефонну розмову.")
    b.event["mode"] = "phone"
    assert best_match(b, [new_event(a)]) is None


def test_same_day_calls_with_different_partners_stay_apart():
    a = rec("a", "2026-01-22", "CONSULT", "occurred", None, ["ukraine", "poland"],
            text="Президенти України та Польщі провели телефонну розмову.")
    b = rec("b", "2026-01-22", "CONSULT", "occurred", None, ["ukraine", "united-states"],
            text="Голови делегацій України та США провели телефонну розмову.")
    assert len(merge_records([a, b])) == 2


def test_similarity_bounds_are_the_scores_with_the_least_and_the_most_alike_wording():
    import datetime as dt

    from khronika.chronicle import similarity_bounds
    d = dt.date(2025, 3, 10)
    base = {"id": "e1", "type": "CONSULT", "status": "occurred", "actors": ["a"],
            "recipients": ["b"], "place": "kyiv", "time": {"value": "2025-03-10"},
            "evidence": {"text": "Сторони провели переговори в Києві."}}
    variants = [{}, {"place": "lviv"}, {"recipients": ["c", "d"]}, {"type": "AGREE"},
                {"time": {"value": "2025-03"}}, {"mode": "phone"}, {"time": {"value": "2025-03-12"}}]
    rec = EventRecord("d1", d, base)
    for v in variants:
        ev = new_event(EventRecord("d0", d - dt.timedelta(days=1), dict(base, **v)))
        assert similarity_bounds(rec, ev) == (similarity(rec, ev, text=0.0), similarity(rec, ev, text=1.0))
        assert similarity_bounds(rec, ev)[0] <= similarity(rec, ev) <= similarity_bounds(rec, ev)[1]

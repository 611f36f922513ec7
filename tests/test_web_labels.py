"""What people read: Ukrainian labels and plurals from one helper, dates at the precision the
text gave, and empty or wrong answers explained the same way by the API, the CLI and the web."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from khronika import labels as L
from khronika.api import create_app
from khronika.cli import app
from khronika.settings import Settings
from test_web_fixtures import FakeStore


@pytest.mark.parametrize("n,word", [(1, "1 абзац"), (3, "3 абзаци"), (5, "5 абзаців"), (11, "11 абзаців"),
                                    (21, "21 абзац"), (22, "22 абзаци"), (0, "0 абзаців")])
def test_plural_forms(n, word):
    assert L.plural(n, "абзац") == word


@pytest.mark.parametrize("value,mod,words", [
    ("2026-01", None, "січень 2026"), ("2025-W48", "END", "кінець 48-го тижня 2025"),
    ("2025-12-15TEV", None, "15 грудня 2025, увечері"), ("2026-01-05", None, "5 січня 2026"),
    ("2026-01", "APPROX", "близько січня 2026"), ("FUTURE_REF", None, "у майбутньому"),
    # decades and centuries ("у 1940-х роках" is 194, "ХХ століття" 19) in words, not digits
    ("194", None, "1940-ві роки"), ("199", "END", "кінець 1990-х років"), ("200", None, "2000-ні роки"),
    ("19", None, "XX століття"), ("20", "START", "початок XXI століття"),
    # recurring weekdays, the working days and the weekend, not codes
    ("XXXX-WXX-3", None, "щосереди"), ("XXXX-WXX-WD", None, "у робочі дні"),
    ("XXXX-WXX-WE", None, "щовихідних"),
    (None, None, "дата не вказана")])
def test_time_in_words_keeps_the_precision(value, mod, words):
    assert L.time_words(value, mod) == words


def test_decades_and_centuries_are_wide_periods_off_the_day_chart():
    from khronika.store.overview import WIDE
    assert L.precision("194") == "decade" and L.precision("19") == "century"
    assert {"decade", "century"} <= set(WIDE)
    assert L.precision("1945") == "year" and L.precision("1") == "none"


def test_codes_get_ukrainian_names_with_the_code_beside():
    assert L.event_kind("ASSAULT", "aerial") == "напад · з повітря (ASSAULT/aerial)"
    assert L.type_label("RETREAT") == "відступ (RETREAT)"
    assert L.status_name("planned") == "заплановано"
    # an event whose text names no date never shows the report's day as its own
    assert L.event_when({"date": "2026-01-02", "time": None}) == "дата не вказана"


def test_month_and_week_go_to_icalendar_as_spans_and_wider_times_stay_out():
    from icalendar import Calendar

    from khronika.ical import build_ics
    items = [{"id": "m", "type": "AID", "status": "planned", "time": {"value": "2026-01", "mod": None}},
             {"id": "w", "type": "CONSULT", "status": "planned", "time": {"value": "2026-W02", "mod": None}},
             {"id": "y", "type": "AID", "status": "planned", "time": {"value": "2026", "mod": None}},
             {"id": "n", "type": "AID", "status": "planned", "time": None, "date": "2026-01-03"}]
    cal = Calendar.from_ical(build_ics(items, "http://x"))
    spans = {str(e["UID"]): (e["DTSTART"].dt.isoformat(), e["DTEND"].dt.isoformat()) for e in cal.walk("VEVENT")}
    assert spans == {"event-m@khronika": ("2026-01-01", "2026-02-01"),
                     "event-w@khronika": ("2026-01-05", "2026-01-12")}
    assert "2 події" in str(cal["X-WR-CALDESC"])


@pytest.fixture()
def client():
    return TestClient(create_app(FakeStore(), Settings(api_token="t")))


def test_api_refuses_an_unknown_type_with_suggestions(client):
    r = client.get("/api/timeline", params={"type": "ATTACK"})
    assert r.status_code == 422
    err = r.json()["detail"][0]
    assert err["loc"] == ["query", "type"] and err["suggestions"] == ["ASSAULT"]
    assert "немає" in err["message_uk"]
    # the Ukrainian name works as a filter too
    assert client.get("/api/timeline", params={"type": "напад"}).json()["total"] == 1


def test_api_and_web_explain_an_unknown_entity_the_same_way(client):
    r = client.get("/api/timeline", params={"entity": "Петрнко"})
    assert r.status_code == 422 and "ivan-petrenko" in r.json()["detail"][0]["suggestions"]
    page = client.get("/", params={"entity": "Петрнко"})
    assert page.status_code == 422 and "Учасника «Петрнко» у хроніці немає" in page.text
    assert 'href="/?entity=ivan-petrenko"' in page.text


def test_empty_answers_say_why(client):
    body = client.get("/api/timeline", params={"date_from": "2031-01-01"}).json()
    assert body["total"] == 0 and body["notice"]["code"] == "no_match"
    empty = TestClient(create_app(FakeStore(docs=[]), Settings()))
    body = empty.get("/api/timeline").json()
    assert body["notice"]["code"] == "empty_store" and "khronika ingest" in body["notice"]["message"]
    assert "khronika ingest" in empty.get("/").text
    assert "khronika ingest" in empty.get("/calendar").text


def test_web_search_marks_forms_and_lists_entities_first(client):
    from khronika.web.highlight import mark_matches
    assert str(mark_matches("Зустріч з Умєровим <b>", "Умєров")) == "Зустріч з <mark>Умєровим</mark> &lt;b&gt;"
    page = client.get("/search", params={"q": "Петренко"}).text
    assert page.index("hit-entities") < page.index('class="results"')
    assert "<mark>Петренко</mark>" in page


def test_event_history_reads_as_sentences(client):
    page = client.get("/event/ev-doc-meet-e1").text
    assert "повідомлення" in page and "статус: заплановано" in page
    assert "{&#39;" not in page and "created" not in page


def test_document_page_names_its_outlet(client):
    page = client.get("/document/doc-meet").text
    assert 'class="source-url" href="https://example.org/a"' in page and ">example.org<" in page


def _cli(*args):
    return CliRunner().invoke(app, list(args))


def test_cli_reads_never_create_a_store_and_explain_empty_and_unknown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "chronicle.db"
    r = _cli("timeline", "--db", str(missing))
    assert r.exit_code == 2 and "Сховища" in r.stderr and not missing.exists()
    from khronika.store import Store
    Store(f"sqlite:///{missing}").migrate()           # a new, empty store
    r = _cli("timeline", "--db", str(missing))
    assert r.exit_code == 0 and "khronika ingest" in r.stderr and "┃" not in r.stdout
    r = _cli("timeline", "--type", "ATTACK", "--db", str(missing))
    assert r.exit_code == 1 and "напад (ASSAULT)" in r.stderr
    r = _cli("search", "", "--db", str(missing))
    assert r.exit_code == 1 and "Порожній запит" in r.stderr


def test_store_keeps_the_precision_and_first_report_of_each_event(tmp_path):
    from test_e2e_browser_data import long_doc_for_store
    from test_web_fixtures import fill_store, make_docs
    store = fill_store(f"sqlite:///{tmp_path / 's.db'}", make_docs() + [long_doc_for_store()])
    by_type = {e["type"]: e for e in store.timeline(limit=50).items}
    assert by_type["CONSULT"]["precision"] == "day" and by_type["AID"]["precision"] == "month"
    assert by_type["AID"]["reported"] == "2030-03-10"
    assert L.event_when(by_type["AID"]) == "квітень 2030"


def test_migration_backfills_precision_of_stored_events(tmp_path):
    import sqlalchemy as sa
    from alembic import command
    from alembic.config import Config

    from khronika.store.db import MIGRATIONS, make_engine
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.execute(sa.text("INSERT INTO documents (id, text, content_hash, language, ingested_at, date) "
                             "VALUES ('d1', 't', 'h', 'uk', '2030-01-01 00:00:00', '2030-01-02')"))
        for eid, value in (("a", "2030-02"), ("b", None), ("c", "2030-W05")):
            conn.execute(sa.text("INSERT INTO chronicle_events (id, type, status, actors, recipients, confidence, "
                                 "n_sources, time_value, first_doc) VALUES (:i, 'AID', 'planned', '[]', '[]', 0.5, 1, :v, 'd1')"),
                         {"i": eid, "v": value})
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        rows = dict(conn.execute(sa.text("SELECT id, precision FROM chronicle_events")).all())
        reported = conn.execute(sa.text("SELECT reported FROM chronicle_events WHERE id = 'a'")).scalar()
    assert rows == {"a": "month", "b": "none", "c": "week"} and str(reported) == "2030-01-02"

"""The web pages: every page renders, document content is escaped everywhere, the highlighter
keeps HTML well nested, and the calendar feed is valid iCalendar."""
from __future__ import annotations

import html.parser

import pytest
from fastapi.testclient import TestClient

from khronika.api import create_app
from khronika.settings import Settings
from khronika.web.highlight import highlight
from test_web_fixtures import HOSTILE_TEXT, HOSTILE_TITLE, FakeStore, make_docs


@pytest.fixture()
def client():
    return TestClient(create_app(FakeStore(), Settings(api_token="t")))


class _Nesting(html.parser.HTMLParser):
    """Fails on any closing tag that does not match the innermost open one."""
    VOID = {"meta", "link", "input", "br", "img", "hr"}

    def __init__(self):
        super().__init__()
        self.stack, self.ids, self.bad = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe") and not dict(attrs).get("src", "").startswith("/static/"):
            self.bad.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(name)
            if name == "id":
                self.ids.append(value)
        if tag not in self.VOID:
            if tag == "a" and "a" in self.stack:
                self.bad.append("nested <a>")
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.bad.append(f"</{tag}>")


def parse(markup: str) -> _Nesting:
    p = _Nesting()
    p.feed(markup)
    p.close()
    return p


@pytest.mark.parametrize("path", ["/", "/?entity=Петренко&type=CONSULT&date_from=2030-01-01&date_to=2030-12-31",
                                  "/calendar", "/entity/ivan-petrenko", "/event/ev-doc-meet-e1", "/quotes",
                                  "/quotes?speaker=Петренко&q=поставки", "/document/doc-meet", "/document/doc-attack",
                                  "/search?q=Харкова", "/search", "/analyze", "/docs",
                                  "/entities", "/entities?type=LOC&q=Польща", "/documents", "/documents?q=Харків"])
def test_pages_render_in_ukrainian(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert '<html lang="uk">' in r.text and "Хронологія" in r.text
    assert "http://" not in r.text.replace("http://testserver", "") or path == "/calendar"
    p = parse(r.text)
    assert not p.bad and not p.stack, (p.bad, p.stack)
    assert len(p.ids) == len(set(p.ids)), "duplicate ids"


def test_timeline_marks_planned_events_and_colours_types(client):
    page = client.get("/").text
    assert 'class="event ev-CONSULT st-planned"' in page and "заплановано" in page
    assert 'class="event ev-ASSAULT st-occurred"' in page
    # dates in order, the planned meeting last
    assert page.index("2030-02-19") < page.index("2030-03-05")
    filtered = client.get("/?type=ASSAULT").text
    assert "ev-ASSAULT" in filtered and "event ev-CONSULT" not in filtered
    assert 'href="/document/doc-attack#ev-cev-doc-attack-e1"' in filtered


def test_bad_filter_is_a_400_with_the_form_kept(client):
    r = client.get("/?date_from=2030-99-01&entity=Петренко")
    assert r.status_code == 400 and "date_from" in r.text and 'value="Петренко"' in r.text


def test_unknown_records_are_404_pages(client):
    for path in ("/entity/nobody", "/event/none", "/document/none"):
        r = client.get(path)
        assert r.status_code == 404 and "Не знайдено" in r.text


def test_hostile_document_is_escaped_everywhere(client):
    for path in ("/document/doc-hostile", "/", "/quotes", "/entity/ivan-petrenko", "/search?q=Міністр",
                 "/event/ev-doc-hostile-e1", "/documents"):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page and 'href="javascript:' not in page
        p = parse(page)
        assert not p.bad, (path, p.bad)
    page = client.get("/document/doc-hostile").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt; Заголовок" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(3)&gt;" in page
    assert "javascript:alert(4)" in page            # shown as text, never as a link


def test_analyze_page_escapes_pasted_text(client):
    r = client.post("/analyze", data={"text": HOSTILE_TEXT, "date": "2030-01-02", "title": HOSTILE_TITLE})
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "<img src=x" not in r.text
    assert "аналіз без збереження" in r.text
    assert not parse(r.text).bad


@pytest.mark.parametrize("data,status", [({"text": ""}, 400), ({"text": "Текст.", "date": "2.01.2030"}, 400)])
def test_analyze_page_refuses_bad_input(client, data, status):
    r = client.post("/analyze", data=data)
    assert r.status_code == status and 'class="error"' in r.text


def test_highlight_nests_overlapping_spans():
    text = "Він сказав: «Перше речення. Друге речення». Кінець."
    doc = {"text": text, "entities": [{"id": "x", "type": "PER", "mentions": [{"start": 0, "end": 3}]}],
           "timexes": [], "quotes": [{"start": 13, "end": 42, "kind": "direct", "speaker": "x",
                                      "cue": {"start": 4, "end": 10}}],
           "events": [{"id": "e1", "type": "AGREE", "status": "occurred",
                       "trigger": {"start": 28, "end": 33}, "evidence": {"start": 0, "end": 27}},
                      {"id": "e2", "type": "REJECT", "status": "planned",
                       "trigger": {"start": 28, "end": 33}, "evidence": {"start": 28, "end": 44}}]}
    out = str(highlight(doc, ["c1", None]))
    p = parse(out)
    assert not p.bad and not p.stack
    assert sorted(p.ids) == ["ev-cc1", "ev-e1", "ev-e2", "q-13"]
    # the text survives: stripping the tags and badges gives it back
    stripped = html.parser.HTMLParser()
    pieces = []
    stripped.handle_data = pieces.append
    stripped.feed(out.replace("AGREE", "").replace("REJECT · заплановано", ""))
    assert "".join(pieces) == text


def test_highlight_drops_bad_offsets_and_escapes():
    doc = {"text": "<b>x</b>", "entities": [{"id": "a\"b", "type": "PER",
                                             "mentions": [{"start": 5, "end": 2}, {"start": -3, "end": 99}]}]}
    out = str(highlight(doc))
    assert "<b>" not in out and "&lt;b&gt;" in out and 'href="/entity/a%22b"' in out


def test_calendar_feed_is_valid_icalendar(client):
    from icalendar import Calendar
    page = client.get("/calendar").text
    assert 'id="ics-link" href="http://testserver/calendar.ics"' in page
    r = client.get("/calendar.ics")
    assert r.headers["content-type"].startswith("text/calendar")
    cal = Calendar.from_ical(r.content)
    events = cal.walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]).startswith("консультації (CONSULT): Іван Петренко")
    assert events[0]["DTSTART"].dt.isoformat() == "2030-03-05"
    assert str(events[0]["URL"]).endswith("/event/ev-doc-meet-e1")


def test_static_assets_are_local(client):
    assert client.get("/static/app.js").status_code == 200
    css = client.get("/static/style.css").text
    assert "@media" in css and "url(http" not in css and "@import" not in css


def test_entity_page_shows_kb_roles_when_known():
    kb = pytest.importorskip("khronika.kb")
    try:
        known = kb.get_kb().entity("volodymyr-zelenskyy")
    except Exception as exc:               # the KB data may be absent in a stripped install
        pytest.skip(f"no knowledge base: {exc}")
    if known is None or not known.roles:
        pytest.skip("the KB has no roles for this entity")
    docs = make_docs()
    docs[0]["entities"].append({"id": "volodymyr-zelenskyy", "name": "Volodymyr Zelenskyy",
                                "name_uk": "Володимир Зеленський", "type": "PER", "wikidata": "Q3874799",
                                "mentions": []})
    client = TestClient(create_app(FakeStore(docs), Settings()))
    page = client.get("/entity/volodymyr-zelenskyy").text
    assert "Ролі" in page and 'class="roles"' in page and "Q3874799" in page


def test_serve_command_is_registered():
    from typer.testing import CliRunner

    from khronika.cli import app
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "--db" in result.output
    bad = CliRunner().invoke(app, ["serve", "--port", "70000"])
    assert bad.exit_code != 0

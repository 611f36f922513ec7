"""End to end in headless Chromium: a real server over a real store on loopback, driven through
Playwright. Screenshots land in tests/screenshots/ for a person to look at. Skips when
Chromium or Playwright is missing. Waits are on selectors and navigations, never on the clock."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

from browser_support import ARGS, CHROMIUM, SHOTS, WAIT_CEILING_MS  # noqa: E402

from test_e2e_browser_data import long_doc_for_store  # noqa: E402

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
    pytest.skip(f"no Chromium at {CHROMIUM}", allow_module_level=True)


def long_doc() -> dict:
    return long_doc_for_store()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from khronika.api import create_app
    from khronika.settings import Settings
    from browser_support import serving
    from test_web_fixtures import fill_store, make_docs

    db = tmp_path_factory.mktemp("e2e") / "chronicle.db"
    store = fill_store(f"sqlite:///{db}", make_docs() + [long_doc()])
    with serving(create_app(store, Settings(api_token="e2e-token"))) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    SHOTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, locale="uk-UA")
    ctx.set_default_timeout(WAIT_CEILING_MS)
    pg = ctx.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.dialogs, pg.errors = dialogs, errors
    yield pg
    ctx.close()
    assert dialogs == [], f"a script ran: {dialogs}"
    assert errors == [], errors


def in_viewport(pg, selector: str) -> bool:
    return pg.eval_on_selector(selector, """el => { const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }""")


def test_timeline_filter_event_and_sentence(server, page):
    page.goto(server + "/")
    page.wait_for_selector("article.event")
    assert page.locator("article.event").count() == 5
    planned = page.locator("article.event.st-planned").first
    assert "заплановано" in planned.inner_text()
    assert planned.evaluate("el => getComputedStyle(el).borderTopStyle") == "dashed"
    occurred = page.locator("article.event.ev-ASSAULT")
    assert occurred.evaluate("el => getComputedStyle(el).borderTopStyle") == "solid"
    page.screenshot(path=str(SHOTS / "01-timeline.png"), full_page=True)

    # filter by entity, then by type (the select submits the form)
    page.fill("#timeline-filter input[name=entity]", "Петренко")
    with page.expect_navigation():
        page.select_option("#timeline-filter select[name=type]", "CONSULT")
    page.wait_for_selector("article.event")
    assert "type=CONSULT" in page.url and "entity=" in page.url
    cards = page.locator("article.event")
    assert cards.count() == 1 and "консультації" in cards.first.inner_text()
    assert page.input_value("#timeline-filter input[name=entity]") == "Петренко"
    page.screenshot(path=str(SHOTS / "02-timeline-filtered.png"), full_page=True)

    # open the event, then follow its source to the sentence in the document
    with page.expect_navigation():
        cards.first.locator("a.to-event").click()
    page.wait_for_selector("ol.sources a.source-link")
    page.screenshot(path=str(SHOTS / "03-event.png"), full_page=True)
    with page.expect_navigation():
        page.locator("ol.sources a.source-link").first.click()
    page.wait_for_selector(".hl-ev.flash")
    assert page.url.endswith("#ev-e1") and "/document/doc-meet" in page.url
    flashed = page.locator(".hl-ev.flash")
    assert "зустрінеться" in flashed.inner_text()
    assert in_viewport(page, ".hl-ev.flash")
    page.screenshot(path=str(SHOTS / "04-document-sentence.png"), full_page=False)


def test_timeline_link_lands_on_a_sentence_below_the_fold(server, page):
    page.goto(server + "/?type=AID")
    page.wait_for_selector("article.event.ev-AID")
    with page.expect_navigation():
        page.locator("article.event.ev-AID a.to-text").click()
    page.wait_for_selector(".hl-ev.flash")
    assert "/document/doc-long#ev-c" in page.url
    assert "Норвегії надасть" in page.locator(".hl-ev.flash").inner_text()
    assert page.evaluate("window.scrollY") > 300          # it scrolled down to the sentence
    assert in_viewport(page, ".hl-ev.flash")
    page.screenshot(path=str(SHOTS / "05-document-long.png"))


def test_calendar_opens_on_the_nearest_announced_month_and_moves(server, page):
    from icalendar import Calendar
    page.goto(server + "/calendar")
    page.wait_for_selector("table.month")
    # the nearest announced event lies in March 2030: the grid opens there, on its day
    assert page.get_attribute("h2.month-title", "data-month") == "2030-03"
    assert page.text_content("h2.month-title") == "березень 2030"
    assert "Найближчі оголошені події — 5 березня 2030" in page.inner_text(".notice")
    cell = page.locator('td[data-date="2030-03-05"] a.cal-event')
    assert cell.count() == 1 and "консультації" in cell.inner_text()
    assert page.locator("a.cal-event").count() == 1
    page.screenshot(path=str(SHOTS / "06-calendar.png"), full_page=True)
    with page.expect_navigation():
        page.click("a.next-month")
    assert page.get_attribute("h2.month-title", "data-month") == "2030-04"
    # "наступного місяця" is a month: listed for the whole month, not put on its first day
    assert page.locator("table.month a.cal-event").count() == 0
    assert "квітень 2030" in page.inner_text(".wider") and "допомога" in page.inner_text(".wider")
    page.screenshot(path=str(SHOTS / "06b-calendar-next.png"), full_page=True)
    with page.expect_navigation():
        page.click("a.prev-month")
    assert page.get_attribute("h2.month-title", "data-month") == "2030-03"
    href = page.get_attribute("#ics-link", "href")
    assert href.startswith(server) and href.endswith("/calendar.ics")
    resp = page.request.get(href)
    assert resp.ok and resp.headers["content-type"].startswith("text/calendar")
    cal = Calendar.from_ical(resp.body())
    spans = sorted((str(e["SUMMARY"]).split(":")[0], e["DTSTART"].dt.isoformat(), e["DTEND"].dt.isoformat())
                   for e in cal.walk("VEVENT"))
    assert spans == [("допомога (AID)", "2030-04-01", "2030-05-01"),
                     ("консультації (CONSULT)", "2030-03-05", "2030-03-06")]


def test_timeline_chart_counts_events_by_type(server, page):
    page.goto(server + "/")
    page.wait_for_selector("svg.timeline-chart")
    marks = page.locator("svg.timeline-chart rect.mark")
    # four events dated to the day; "наступного місяця" (April 2030) is no day: said apart
    assert marks.count() == 4
    assert sum(int(m.get_attribute("data-n")) for m in marks.all()) == 4
    assert sorted(m.get_attribute("data-type") for m in marks.all()) == ["ACCUSE", "ASSAULT", "CONSULT", "REJECT"]
    assert "1 подія з датою лише до місяця" in page.inner_text(".wide-note")
    assert marks.first.bounding_box()["height"] > 0
    # Ukrainian names where the codes were, the code kept beside them
    attack = page.locator("article.event.ev-ASSAULT header")
    assert "напад" in attack.inner_text() and "з повітря" in attack.inner_text()
    assert "заплановано" in page.inner_text("article.event.ev-CONSULT")
    assert "ASSAULT aerial" not in page.inner_text("main")
    # a bar piece opens the timeline of its day and type
    with page.expect_navigation():
        page.locator('svg.timeline-chart rect.mark[data-type="ASSAULT"]').click()
    assert "type=ASSAULT" in page.url and "date_from=2030-02-19" in page.url
    assert page.locator("article.event").count() == 1
    # the entity filter shows the name, not the raw id
    page.goto(server + "/?entity=ivan-petrenko")
    page.wait_for_selector("article.event")
    assert page.input_value("#timeline-filter input[name=entity]") == "Іван Петренко"
    page.screenshot(path=str(SHOTS / "14-timeline-chart.png"), full_page=True)


def test_unknown_filters_explain_and_suggest(server, page):
    resp = page.goto(server + "/?type=ATTACK")
    assert resp.status == 422
    assert "Типу подій «ATTACK» немає" in page.inner_text(".error")
    with page.expect_navigation():
        page.locator(".suggest a").first.click()
    assert "type=ASSAULT" in page.url
    resp = page.goto(server + "/?entity=Петрнко")
    assert resp.status == 422 and "Учасника «Петрнко» у хроніці немає" in page.inner_text(".error")
    assert "Іван Петренко" in page.inner_text(".suggest")
    page.screenshot(path=str(SHOTS / "15-unknown-entity.png"), full_page=True)


def test_entity_network_shows_partners(server, page):
    page.goto(server + "/entity/ivan-petrenko")
    page.wait_for_selector("svg.network")
    assert page.locator('svg.network a.node[data-id="poland"]').count() == 1
    edge = page.locator('svg.network path.edge[data-type="CONSULT"]')
    assert edge.count() == 1 and edge.get_attribute("data-target") == "poland"
    assert "Польща" in page.text_content("svg.network")
    page.screenshot(path=str(SHOTS / "16-entity-network.png"), full_page=True)
    with page.expect_navigation():
        page.locator('svg.network a.node[data-id="poland"]').click()
    assert page.url.endswith("/entity/poland")


def test_map_shows_known_places(server, page):
    page.goto(server + "/map")
    page.wait_for_selector("svg.map")
    kharkiv = page.locator('svg.map a.place[data-id="kharkiv"]')
    assert kharkiv.count() == 1 and "Харків" in kharkiv.text_content()
    assert abs(float(kharkiv.get_attribute("data-lat")) - 49.98) < 0.2
    warsaw = page.locator('svg.map a.place[data-id="warsaw"]')
    assert warsaw.count() == 1
    # Kharkiv lies east of Warsaw on the drawn map
    assert kharkiv.locator("circle").bounding_box()["x"] > warsaw.locator("circle").bounding_box()["x"]
    assert page.locator("svg.map .bg circle").count() > 200      # the outline of the countries
    page.screenshot(path=str(SHOTS / "17-map.png"), full_page=True)
    with page.expect_navigation():
        kharkiv.locator("circle").click()
    assert "entity=kharkiv" in page.url
    assert page.locator("article.event.ev-ASSAULT").count() == 1
    # filtered like the timeline
    page.goto(server + "/map?type=CONSULT")
    page.wait_for_selector("svg.map")
    assert page.locator("svg.map a.place").count() == 1


def test_hostile_document_runs_no_script(server, page):
    page.goto(server + "/document/doc-hostile")
    page.wait_for_selector("#doc-text")
    assert "<script>alert(1)</script>" in page.inner_text("#doc-text")
    assert "<img src=x onerror=alert(2)>" in page.inner_text("h1.doc-title")
    assert page.locator("#doc-text script, #doc-text img, h1 img").count() == 0
    page.screenshot(path=str(SHOTS / "07-hostile.png"), full_page=True)
    # the fixture's page asserts that no dialog opened and no script error happened


def test_entity_quotes_search_and_analyze(server, page):
    page.goto(server + "/entity/ivan-petrenko")
    page.wait_for_selector("#quotes blockquote")
    assert "Ми домовимося" in page.inner_text("#quotes")
    page.screenshot(path=str(SHOTS / "08-entity.png"), full_page=True)
    page.goto(server + "/quotes")
    page.fill("form.filters input[name=q]", "поставки")
    with page.expect_navigation():
        page.click("form.filters button")
    page.wait_for_selector("blockquote.quote")
    assert page.locator("blockquote.quote").count() == 1
    page.fill("header .search input[name=q]", "Харкові")
    with page.expect_navigation():
        page.press("header .search input[name=q]", "Enter")
    page.wait_for_selector("ol.results li")
    assert "Атака на Харків" in page.inner_text("ol.results")
    page.screenshot(path=str(SHOTS / "09-search.png"), full_page=True)
    page.goto(server + "/analyze")
    page.fill("textarea[name=text]", "Сьогодні міністр закордонних справ провів переговори у Києві.")
    page.fill("input[name=date]", "2030-05-05")
    # the first analysis loads the language models: allow it a generous bound
    with page.expect_navigation(timeout=WAIT_CEILING_MS):
        page.click("form.analyze button")
    page.wait_for_selector("#doc-text", timeout=WAIT_CEILING_MS)
    assert "переговори" in page.inner_text("#doc-text")
    page.screenshot(path=str(SHOTS / "10-analyze.png"), full_page=True)


def test_phone_layout_has_no_sideways_scroll(server, browser):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                              has_touch=True)
    ctx.set_default_timeout(WAIT_CEILING_MS)
    pg = ctx.new_page()
    try:
        for name, path in (("11-phone-timeline", "/"), ("12-phone-document", "/document/doc-meet#ev-e1"),
                           ("13-phone-calendar", "/calendar"), ("18-phone-map", "/map"),
                           ("19-phone-entity", "/entity/ivan-petrenko"), ("20-phone-search", "/search?q=Петренка")):
            pg.goto(server + path)
            pg.wait_for_selector("main")
            assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
            pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
        # the first screen shows events, not the filter form (folded on a phone)
        pg.goto(server + "/")
        pg.wait_for_selector("article.event")
        assert pg.evaluate("!document.querySelector('details.filterbox').open")
        assert pg.evaluate("document.querySelector('svg.timeline-chart').getBoundingClientRect().top < 400")
    finally:
        ctx.close()

"""The README's pictures: the timeline and a document page of a store made from the bundled
examples, taken in headless Chromium. The test checks what a reader of the README is shown
(the examples' events, a highlighted quote) and leaves the screenshots in tests/screenshots/
(`readme-*.png`), from where they are copied to docs/img/ when the pages change."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

from browser_support import ARGS, CHROMIUM, SHOTS, WAIT_CEILING_MS  # noqa: E402

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
    pytest.skip(f"no Chromium at {CHROMIUM}", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory, monkeypatch_module):
    from khronika.api import create_app
    from khronika.commands.store import find_examples
    from khronika.settings import Settings
    from khronika.store import Store
    from browser_support import serving

    monkeypatch_module.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    db = tmp_path_factory.mktemp("readme") / "chronicle.db"
    store = Store(f"sqlite:///{db}")
    store.ingest([str(find_examples())], progress=False, on_error=lambda m: None)
    with serving(create_app(store, Settings())) as url:
        yield url


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_readme_pictures(server):
    SHOTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="uk-UA")
        page.set_default_timeout(WAIT_CEILING_MS)
        page.goto(server + "/")
        body = page.inner_text("body")
        assert "Умєров" in body and "Коаліц" in body, body[:500]
        page.screenshot(path=str(SHOTS / "readme-timeline.png"))
        page.goto(server + "/document/ex-002")
        page.wait_for_selector("mark, .quote, [class*=quote]")
        assert "Фідан" in page.inner_text("body")
        page.screenshot(path=str(SHOTS / "readme-document.png"))
        browser.close()

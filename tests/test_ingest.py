"""Ingestion: folders, HTML, feeds (Atom and RSS files, items fetched from their links),
language detection, exact and near duplicates, idempotency, resuming after an interruption,
and bad input that is reported while the rest goes in."""
from __future__ import annotations

import shutil

import pytest

from khronika.ingest.readers import InputError, RawDoc
from test_store_support import DATA, FakeAnnotator, sqlite_store, store  # noqa: F401


def test_folder_ingest_and_idempotency(store):
    rep = store.ingest([str(DATA / "folder")], date="2025-12-04")
    assert (rep.added, rep.failed) == (3, 0)
    assert rep.events >= 3
    again = store.ingest([str(DATA / "folder")], date="2025-12-04")
    assert (again.added, again.exists) == (0, 3)
    assert store.documents().total == 3


def test_same_url_is_stored_once(sqlite_store):
    s = sqlite_store
    a = s.add_document(RawDoc(text="Перший текст про переговори Умєрова в Анкарі.", url="http://x/1"))
    b = s.add_document(RawDoc(text="Оновлений текст тієї самої новини про Умєрова.", url="http://x/1"))
    assert a.status == "added" and b.status == "exists" and b.doc_id == a.doc_id


def test_html_page(sqlite_store):
    rep = sqlite_store.ingest([str(DATA / "page.html")])
    assert rep.added == 1
    doc = sqlite_store.document(rep.results[0].doc_id)
    assert doc["title"] == "Фідан прийняв Умєрова в Анкарі"
    assert "Усі права захищено" not in doc["text"] and "Головна" not in doc["text"]
    assert "hakan-fidan" in {e["id"] for e in doc["entities"]}


def test_atom_feed_file(store):
    rep = store.ingest([str(DATA / "feed.atom")])
    assert rep.added == 2 and rep.failed == 0
    titles = {d["title"] for d in store.documents().items}
    assert "Фідан відвідає Київ" in titles
    assert {d["date"] for d in store.documents().items} == {"2025-12-08"}


def test_rss_item_linking_to_a_file_is_refused(sqlite_store, tmp_path):
    """A feed's link is someone else's text: `file://` is never read (the linked page is
    fetched over http in test_ingest_http.py)."""
    page = tmp_path / "page.html"
    shutil.copy(DATA / "page.html", page)
    feed = tmp_path / "news.rss"
    feed.write_text((DATA / "feed.rss").read_text(encoding="utf-8")
                    .replace("LINK_TO_PAGE", page.as_uri()), encoding="utf-8")
    rep = sqlite_store.ingest([str(feed)])
    assert rep.added == 0 and rep.failed == 1
    assert "only http and https" in rep.errors[0]


def test_language_detection_marks_and_skips_analysis(store):
    rep = store.ingest([str(DATA / "russian.txt"), str(DATA / "english.txt"),
                        str(DATA / "folder" / "plans.txt")])
    assert (rep.foreign, rep.added) == (2, 1)
    langs = {d["id"]: d["language"] for d in store.documents().items}
    assert langs == {"russian": "ru", "english": "en", "plans": "uk"}
    assert store.document("russian")["events"] == []


def test_detect_languages():
    from khronika.ingest.langid import detect
    assert detect((DATA / "russian.txt").read_text(encoding="utf-8")) == "ru"
    assert detect((DATA / "english.txt").read_text(encoding="utf-8")) == "en"
    assert detect((DATA / "folder" / "talks.txt").read_text(encoding="utf-8")) == "uk"
    assert detect("12345 ...") == "uk"


def test_near_duplicate_is_linked_not_analysed(store):
    text = (DATA / "folder" / "talks.txt").read_text(encoding="utf-8")
    a = store.add_document(RawDoc(text=text, id="orig"))
    copy = "ЕКСКЛЮЗИВ. " + text.replace("Анкарі.", "Анкарі (Туреччина).") + "\nДжерело: агенція новин."
    b = store.add_document(RawDoc(text=copy, id="copy"))
    assert a.status == "added" and b.status == "duplicate" and b.duplicate_of == "orig"
    assert store.document("copy")["duplicate_of"] == "orig"
    assert store.document("copy")["events"] == []
    ev = store.events().items
    assert all(e["n_sources"] == 1 for e in ev)
    other = store.add_document(RawDoc(text=(DATA / "folder" / "plans.txt").read_text(encoding="utf-8"),
                                      id="other"))
    assert other.status == "added"


def test_near_duplicates_survive_a_new_store_object(tmp_path, monkeypatch):
    from khronika.store import Store
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    text = (DATA / "folder" / "talks.txt").read_text(encoding="utf-8")
    s1 = Store(url)
    s1.use_pipeline(FakeAnnotator())
    s1.add_document(RawDoc(text=text, id="orig"))
    s1.close()
    s2 = Store(url)
    s2.use_pipeline(FakeAnnotator())
    assert s2.add_document(RawDoc(text=text + "\nДжерело: агенція.", id="copy")).status == "duplicate"


class Interrupting(FakeAnnotator):
    """Stops the run (as Ctrl-C would) on the n-th document."""

    def __init__(self, n: int):
        self.n, self.seen = n, 0

    def __call__(self, doc):
        self.seen += 1
        if self.seen == self.n:
            raise KeyboardInterrupt
        super().__call__(doc)


def test_resume_after_interruption(sqlite_store):
    s = sqlite_store
    s.use_pipeline(Interrupting(3))
    with pytest.raises(KeyboardInterrupt):
        s.ingest([str(DATA / "folder"), str(DATA / "page.html")])
    assert s.documents().total == 2          # committed before the stop: kept
    s.use_pipeline(FakeAnnotator())
    rep = s.ingest([str(DATA / "folder"), str(DATA / "page.html")])
    assert (rep.exists, rep.added, rep.failed) == (2, 2, 0)
    assert s.documents().total == 4


def test_bad_input_is_reported_and_the_rest_goes_in(sqlite_store):
    errors = []
    rep = sqlite_store.ingest(
        [str(DATA / "bad" / "binary.txt"), str(DATA / "broken.xml"), str(DATA / "missing.txt"),
         "http://127.0.0.1:9/nothing-listens-here", str(DATA / "folder" / "plans.txt")],
        on_error=errors.append)
    assert rep.added == 1 and rep.failed == 4 and not rep.ok
    assert len(errors) == 4
    joined = "\n".join(errors)
    assert "binary" in joined and "feed" in joined and "no such file" in joined
    assert "127.0.0.1:9" in joined


def test_feed_parsing_without_network():
    from khronika.ingest.feeds import read_feed
    items = list(read_feed((DATA / "feed.atom").read_bytes(), "feed.atom", fetch_links=False))
    assert all(isinstance(i, RawDoc) for i in items) and len(items) == 2
    assert items[0].text.count("\n\n") == 1          # two paragraphs kept apart
    broken = list(read_feed(b"<rss><chan", "x.xml"))
    assert len(broken) == 1 and isinstance(broken[0], InputError)


def test_minhash_roundtrip_and_hash_normalisation():
    from khronika.ingest.dedupe import content_hash, from_bytes, signature, to_bytes
    assert content_hash("Текст  новини\n") == content_hash("текст новини")
    m = signature("один два три чотири п'ять шість")
    assert from_bytes(to_bytes(m)).jaccard(m) == 1.0

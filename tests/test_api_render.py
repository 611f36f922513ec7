"""The API's answers are written by orjson where it is installed (a tenth of the CPU of
Python's json for a page of events), with the bytes json wrote before (api/deps.py)."""
from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

import pytest

from khronika.api import deps


def _as_json_wrote(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=None,
                      separators=(",", ":"), default=deps._json_default).encode("utf-8")


PAGE = {
    "items": [{
        "id": "ev-00c0ffee", "type": "CONSULT", "mode": None, "status": "occurred",
        "date": dt.date(2025, 3, 4), "reported": dt.datetime(2025, 3, 5, 8, 30, 0, 125),
        "at": dt.datetime(2025, 3, 5, tzinfo=dt.timezone.utc),
        "actors": ("Q1", "Q2"), "recipients": [], "place": None,
        "names": {"Q1": "Міністерка «Ґалинська»", "Q2": "Посол \"Ярема\" \\ 🇺🇦"},
        "confidence": 0.712, "share": 0.0001, "weights": [0.5, 1.0, -0.0, 12345.678, 1e22],
        "summary": "Рядок\nз\tкеруючими \x01\x1f\x7f і \u2028 \u2029 знаками",
        "n_sources": 3, "big": 2 ** 63 - 1, "flag": True, "tags": frozenset(["один"]),
    }],
    "total": 1, "limit": 50, "offset": 0, "by_id": {1: "a", None: "b", True: "c"},
}


def test_an_answer_has_the_bytes_json_wrote():
    assert deps.Answer(PAGE).body == _as_json_wrote(PAGE)


def test_the_fast_encoder_writes_the_answer_when_installed(monkeypatch):
    orjson = pytest.importorskip("orjson")
    calls = []

    def dumps(*args, **kwargs):
        calls.append(args[0])
        return orjson.dumps(*args, **kwargs)
    monkeypatch.setattr(deps, "_orjson", SimpleNamespace(dumps=dumps))
    assert deps.Answer(PAGE).body == _as_json_wrote(PAGE)
    assert calls == [PAGE]


def test_what_the_fast_encoder_refuses_json_writes_or_refuses_as_before():
    huge = {"n": 2 ** 70}
    assert deps.Answer(huge).body == b'{"n":1180591620717411303424}'
    with pytest.raises(TypeError):
        deps.Answer({"x": object()})

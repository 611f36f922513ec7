"""Item 4 of issue 11: the inputs that crashed the analyser, and a short run of the property
fuzzer (`bench/fuzz_analyze.py`, bounded and derandomized here; the long run is a benchmark)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import fuzz_analyze  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

CRASHERS = [
    ("Київ.\n\u200b", "2025-01-01"),                       # zero-width space at the end
    ("Київ.\n\ufeff", "2025-01-01"),                       # BOM at the end
    ("Зеленський прибув до Києва.\n\u2060\u200b", "2025-01-01"),
    ("і İ", "2025-01-01"),                                 # Turkish dotted capital I
    ("заявив İ КиївКиїв", None),                           # ... lowercased to two characters
    ("Київ \U000e0001 \U0010ffff \ue000 \u0378 Львів.", "2025-01-01"),   # no Unicode name
    ("Київ \U00017000\U00017001 Львів.", "2025-01-01"),   # letters without a name (Tangut)
    ("Київ \ud800 Львів.", "2025-01-01"),                  # lone surrogate
    ("У Києві " + "9" * 4301 + " людей.", "2025-01-01"),   # int() refuses 4,301 digits
    ("Вчора в Києві. Минулого року. 5 днів тому. Минулого тижня. Минулого місяця.", "0001-01-01"),
    ("Завтра в Києві. Наступного року. Через 5 днів. Наступного тижня. Наступного місяця.",
     "9999-12-31"),
]


@pytest.mark.parametrize("text,date", CRASHERS)
def test_crashers_analyse_with_right_offsets(text, date):
    fuzz_analyze.check_analyze(text, date)


def test_api_never_answers_500_on_them():
    from khronika.api import create_app
    from khronika.settings import Settings
    from test_web_fixtures import FakeStore
    app = create_app(FakeStore(), Settings(options={"api": {"analysis_processes": 0}}))
    client = TestClient(app, raise_server_exceptions=False)
    for text, date in CRASHERS:
        body = {"text": text, "date": date}
        import json
        r = client.post("/api/analyze", content=json.dumps(body).encode(),
                        headers={"content-type": "application/json"})
        assert r.status_code in (200, 422), (text[:30], r.status_code, r.text[:200])


@settings(max_examples=120, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(fuzz_analyze.texts, fuzz_analyze.dates)
def test_fuzz_analyze_short(text, date):
    fuzz_analyze.check_analyze(text, date)


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(st.lists(fuzz_analyze.lines, min_size=1, max_size=8))
def test_fuzz_jsonl_short(batch):
    fuzz_analyze.check_jsonl(batch)

"""Item 2 of issue 11: analysis never holds the threads that reads need; its queue is bounded
and a full queue answers 503 with Retry-After at once; request bodies are capped before they
are read. The analysis here is a stand-in that blocks until the test releases it, so nothing
depends on how long anything takes (the join timeouts only keep a regression from hanging)."""
from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient

import khronika.api.analyzing as analyzing
from khronika.api import create_app
from khronika.settings import Settings
from test_web_fixtures import FakeStore


@pytest.fixture()
def gate(monkeypatch):
    release = threading.Event()
    started = threading.Event()

    def blocking(text, date=None, title=None, url=None, settings=None):
        started.set()
        release.wait(60)
        return {"text": text}

    monkeypatch.setattr(analyzing, "analyze_text", blocking)
    yield started, release
    release.set()


def _app(queue=2, threads=2):
    settings = Settings(api_token="t", options={"api": {
        "analysis_processes": 0, "analysis_queue": queue, "threads": threads, "cache_seconds": 0}})
    return create_app(FakeStore(), settings)


def _post_in_thread(client, results, text):
    def go():
        results.append(client.post("/api/analyze", json={"text": text}))
    t = threading.Thread(target=go, daemon=True)
    t.start()
    return t


def test_reads_answer_while_the_analysis_queue_is_full(gate):
    started, release = gate
    results: list = []
    app = _app(queue=2, threads=2)
    with TestClient(app) as client:
        posts = [_post_in_thread(client, results, f"Текст {i}.") for i in range(2)]
        assert started.wait(30)
        # both requests hold their places before the next is asked (the first analysis having
        # begun said nothing of the second: on a loaded machine "busy" below took its place)
        admitted = threading.Event()
        for _ in range(3000):
            if app.state.analyzer.admitted >= 2:
                admitted.set()
                break
            admitted.wait(0.01)
        assert admitted.is_set()
        reads: list = []
        reader = threading.Thread(target=lambda: reads.extend(
            client.get(p) for p in ("/api/health", "/api/timeline", "/api/events", "/")), daemon=True)
        reader.start()
        reader.join(30)
        assert not reader.is_alive(), "reads waited behind analyses"
        assert [r.status_code for r in reads] == [200, 200, 200, 200]
        # both places are taken: the next analysis is refused at once, with Retry-After
        busy = client.post("/api/analyze", json={"text": "Ще один."})
        assert busy.status_code == 503 and int(busy.headers["retry-after"]) > 0
        page = client.post("/analyze", data={"text": "Ще один."})
        assert page.status_code == 503 and "retry-after" in page.headers
        release.set()
        for t in posts:
            t.join(30)
        assert sorted(r.status_code for r in results) == [200, 200]
        # places are given back
        assert client.post("/api/analyze", json={"text": "Знову."}).status_code == 200


def test_analyze_body_over_the_cap_is_refused_before_reading():
    client = TestClient(_app())
    from khronika.api.limits import ANALYZE_BYTES, WRITE_BYTES
    assert ANALYZE_BYTES < WRITE_BYTES
    big = b'{"text": "' + b"a" * (ANALYZE_BYTES + 10) + b'"}'
    r = client.post("/api/analyze", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413

    def chunks():                    # no Content-Length: counted as it arrives
        yield b'{"text": "'
        for _ in range(ANALYZE_BYTES // 65536 + 2):
            yield b"a" * 65536
        yield b'"}'
    r = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_analysis_text_limit_is_well_below_the_ingest_cap():
    from khronika.api.models import MAX_ANALYZE, MAX_TEXT
    assert MAX_ANALYZE * 5 <= MAX_TEXT
    client = TestClient(_app())
    r = client.post("/api/analyze", json={"text": "а" * (MAX_ANALYZE + 1)})
    assert r.status_code == 422


def test_no_analysis_process_before_the_first_analysis():
    app = _app()
    TestClient(app).get("/api/health")
    assert app.state.analyzer._executor is None


def test_analysis_processes_run_at_a_lower_priority_than_the_reads():
    import os
    from khronika.api.analyzing import Analyzer
    analyzer = Analyzer(processes=1, nice=5)
    try:
        child = analyzer.executor().submit(os.nice, 0).result(timeout=120)
    finally:
        analyzer.close()
    assert child == min(19, os.nice(0) + 5)


def test_a_stopping_server_ends_a_running_analysis_process():
    import time
    from khronika.api.analyzing import Analyzer
    analyzer = Analyzer(processes=1)
    future = analyzer.executor().submit(time.sleep, 300)      # stands for a long analysis
    for _ in range(1200):                 # bounded: until the pool has started its process
        procs = list(analyzer._executor._processes.values())
        if procs and future.running():
            break
        time.sleep(0.1)
    analyzer.close()
    from multiprocessing.connection import wait
    for proc in procs:
        # the sentinel is ready once the process has ended; is_alive() can still say True for
        # a moment while the pool's own thread reaps the same child (a race seen under load)
        assert wait([proc.sentinel], timeout=60), "the analysis process is still running"

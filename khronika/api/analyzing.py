"""Analysis of a pasted text for `/api/analyze` and the `/analyze` page, never stored."""
from __future__ import annotations

import threading

from ..pipeline import analyze, get_pipeline

_LOCK = threading.Lock()


def analyze_text(text: str, date=None, title: str | None = None, url: str | None = None,
                 settings=None) -> dict:
    """Runs the configured pipeline; one analysis at a time because the components share
    caches that were not written for concurrent use, and analysis is CPU-bound anyway."""
    with _LOCK:
        pipeline = get_pipeline(settings)
        doc = analyze(text, date, id="analyzed", title=title, url=url, pipeline=pipeline)
    return doc.to_json()

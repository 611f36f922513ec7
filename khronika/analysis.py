"""Analyse many inputs, one result per document: the shared loop behind `khronika analyze`,
the store's ingest and the benchmark. A document that cannot be read or analysed becomes an
error result naming its source; the loop goes on."""
from __future__ import annotations

import datetime as dt
import os
import traceback
from dataclasses import dataclass
from typing import Iterable, Iterator

from .document import Document
from .ingest.readers import InputError, RawDoc, read_inputs
from .pipeline import Pipeline, get_pipeline, set_author
from .settings import Settings


@dataclass
class Result:
    source: str
    doc: Document | None = None
    error: str | None = None


def analyze_raw(raw: RawDoc, pipeline: Pipeline) -> Result:
    doc = Document(text=raw.text, id=raw.id, date=raw.date, title=raw.title, url=raw.url)
    extra = raw.extra or {}
    set_author(doc, extra.get("author"), extra.get("speakers"))
    try:
        pipeline(doc)
    except Exception as exc:  # one bad document must not stop the run
        if os.environ.get("KHRONIKA_DEBUG"):
            traceback.print_exc()
        return Result(raw.source, error=f"{raw.source}: analysis failed: {type(exc).__name__}: {exc}")
    return Result(raw.source, doc=doc)


def analyze_inputs(sources: Iterable[str], default_date: dt.date | None = None,
                   settings: Settings | None = None) -> Iterator[Result]:
    settings = settings or Settings.from_env()
    pipeline = get_pipeline(settings)
    for item in read_inputs(sources, default_date, settings.max_bytes):
        if isinstance(item, InputError):
            yield Result(item.source, error=str(item))
        else:
            yield analyze_raw(item, pipeline)

"""Everything `khronika ingest` accepts, as one stream of raw documents or input errors:
paths and folders (text, HTML, JSON Lines, feed files), URLs of pages and feeds, `-` for
JSON Lines on standard input."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable, Iterator

from .feeds import is_feed_file, read_feed
from .fetch import fetch_url, is_url
from .readers import (HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, InputError, RawDoc,
                      missing, read_inputs, walk)

FEED_SUFFIXES = {".rss", ".atom", ".xml"}


def _expand(path: Path) -> Iterator[Path | InputError]:
    if path.is_dir():
        yield from walk(path, TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES)
    else:
        yield path


def iter_sources(sources: Iterable[str], default_date: dt.date | None = None,
                 max_bytes: int = 50_000_000) -> Iterator[RawDoc | InputError]:
    for src in sources:
        src = str(src)
        if is_url(src):
            yield from fetch_url(src, default_date)
            continue
        if src == "-":
            yield from read_inputs(["-"], default_date, max_bytes)
            continue
        path = Path(src)
        if not path.exists():
            yield missing(path)
            continue
        for p in _expand(path):
            if isinstance(p, InputError):
                yield p
                continue
            if is_feed_file(p):
                try:
                    data = p.read_bytes()
                except OSError as exc:
                    yield InputError(str(p), f"cannot read: {exc.strerror or exc}")
                    continue
                yield from read_feed(data, str(p), default_date)
            else:
                yield from read_inputs([p], default_date, max_bytes)

"""Continuous ingest: feeds and folders polled every few minutes, what is new ingested through
the same stages as `khronika ingest`, a line per cycle.

A feed is asked with the ETag and Last-Modified it last answered (an unchanged feed costs one
304); a folder is listed and only files that are new or changed since the last look are read.
A stop at any moment (Ctrl-C, SIGTERM, kill -9) loses nothing committed: the next run, or
the next cycle, finds what is stored and goes on. The validators and file stamps are kept in
the store (saved after the cycle's documents are), so a restarted watcher does not fetch and
read everything again.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .readers import InputError

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")


def parse_every(text: str) -> float:
    """Seconds in '15m', '30s', '1h', '2d' or a plain number of seconds."""
    m = _EVERY.match(str(text))
    if not m:
        raise ValueError(f"cannot read the interval {text!r}: use e.g. 30s, 15m, 1h")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


@dataclass
class Watched:
    """What the watcher remembers between cycles; what changed since the last save is kept
    apart so that only that is written back."""
    validators: dict = field(default_factory=dict)     # feed URL -> (etag, last-modified)
    files: dict = field(default_factory=dict)          # path -> (mtime_ns, size)
    changed: set = field(default_factory=set)

    def see_feed(self, url: str, etag: str | None, modified: str | None) -> None:
        if self.validators.get(url) != (etag, modified):
            self.validators[url] = (etag, modified)
            self.changed.add(("feed", url))

    def see_file(self, path: str, stamp: tuple) -> None:
        if self.files.get(path) != stamp:
            self.files[path] = stamp
            self.changed.add(("file", path))

    def unsaved(self) -> tuple[dict, dict]:
        feeds = {k: self.validators[k] for kind, k in self.changed if kind == "feed"}
        files = {k: self.files[k] for kind, k in self.changed if kind == "file"}
        return feeds, files

    @classmethod
    def load(cls, store) -> "Watched":
        feeds, files = store.watch_state()
        return cls(validators=feeds, files=files)

    def save(self, store) -> None:
        store.save_watch_state(*self.unsaved())
        self.changed.clear()


def poll_feed(url: str, state: Watched):
    """('unchanged', []) on 304, else ('read', items) with the feed's documents or errors.
    The request goes through the fetcher's policy (public addresses only unless allowed,
    the address pinned after resolution, the byte cap); a redirect is followed by the
    fetcher itself, without the validators."""
    import httpx

    from .fetch import (USER_AGENT, FetchPolicy, Refused, _pinned, doc_from_bytes, fetch_bytes,
                        looks_like_feed)
    policy = FetchPolicy.from_settings()
    headers = {"User-Agent": USER_AGENT}
    etag, modified = state.validators.get(url, (None, None))
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    try:
        target, host, extensions = _pinned(url, policy.allow_private)
        with httpx.Client(timeout=policy.timeout, follow_redirects=False) as client:
            resp = client.get(target, headers={**headers, **host}, extensions=extensions)
    except Refused as exc:
        return "failed", [InputError(url, str(exc))]
    except httpx.HTTPError as exc:
        return "failed", [InputError(url, f"cannot fetch: {type(exc).__name__}: {exc}")]
    if resp.status_code == 304:
        return "unchanged", []
    if resp.is_redirect:
        got = fetch_bytes(url, policy=policy)
        if isinstance(got, InputError):
            return "failed", [got]
        data, ctype = got
    elif resp.status_code >= 400:
        return "failed", [InputError(url, f"HTTP {resp.status_code}")]
    elif len(resp.content) > policy.max_bytes:
        return "failed", [InputError(url, f"answer is over {policy.max_bytes:,} bytes")]
    else:
        data, ctype = resp.content, resp.headers.get("content-type", "")
        state.see_feed(url, resp.headers.get("etag"), resp.headers.get("last-modified"))
    if looks_like_feed(data, ctype):
        from .feeds import read_feed
        return "read", list(read_feed(data, url, None))
    return "read", [doc_from_bytes(data, url, url, ctype)]


def changed_files(folder: Path, state: Watched) -> list[Path]:
    from .sources import _expand
    out = []
    for p in _expand(folder):
        try:
            st = p.stat()
        except OSError:
            continue
        key = (st.st_mtime_ns, st.st_size)
        if state.files.get(str(p)) != key:
            state.see_file(str(p), key)
            out.append(p)
    return out


def cycle_items(sources: list[str], state: Watched, counts: dict) -> Iterator:
    from .fetch import is_url
    from .sources import iter_sources
    for src in sources:
        if is_url(src) and not src.startswith("file://"):
            status, items = poll_feed(src, state)
            counts[status] = counts.get(status, 0) + 1
            yield from items
        elif Path(src).is_dir():
            files = changed_files(Path(src), state)
            counts["files"] = counts.get("files", 0) + len(files)
            if files:
                yield from iter_sources([str(p) for p in files])
        else:
            p = Path(src)
            if p.exists() and not changed_files(p, state):
                counts["unchanged"] = counts.get("unchanged", 0) + 1
                continue
            counts["read"] = counts.get("read", 0) + 1
            yield from iter_sources([src])


def watch(store, sources: list[str], every: float, *, cycles: int | None = None,
          workers: int = 1, scheduler: str | None = None,
          say: Callable[[str], None] = print, on_error: Callable[[str], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> int:
    """Poll until stopped (or for `cycles` cycles); the number of cycles run. What the last
    run saw is read from the store first."""
    state = Watched.load(store)
    n = 0
    while cycles is None or n < cycles:
        n += 1
        t0 = time.monotonic()
        counts: dict = {}
        rep = store.ingest([], items=cycle_items(sources, state, counts), workers=workers,
                           scheduler=scheduler, on_error=on_error)
        state.save(store)           # only now: what was read is stored
        took = time.monotonic() - t0
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        polled = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing to poll"
        say(f"{stamp} cycle {n}: {polled}; added {rep.added}, already stored {rep.exists}, "
            f"near-duplicates {rep.duplicates}, not Ukrainian {rep.foreign}, failed {rep.failed}; "
            f"{rep.events} event reports ({took:.1f} s)")
        if cycles is not None and n >= cycles:
            break
        sleep(max(0.0, every - took))
    return n

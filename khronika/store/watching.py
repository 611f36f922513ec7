"""What the watcher remembers between runs: feed validators and file stamps, read once when a
watch starts and written after each cycle's documents are stored (never before: a watcher
killed between the two reads the source again rather than skipping what it never stored)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, insert, select

from .models import WatchStateRow


class Watching:
    """The watcher's half of `Store` (mixed into it; uses its sessions)."""

    def watch_state(self) -> tuple[dict, dict]:
        """(feed URL -> (etag, last-modified), file path -> (mtime_ns, size))."""
        feeds, files = {}, {}
        with self.session() as s:
            for r in s.scalars(select(WatchStateRow)):
                if r.kind == "feed":
                    feeds[r.source] = (r.etag, r.last_modified)
                else:
                    files[r.source] = (r.mtime_ns, r.size)
        return feeds, files

    def save_watch_state(self, feeds: dict, files: dict) -> None:
        """Replace the stored state of these sources (any not given are left as they are)."""
        if not feeds and not files:
            return
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        rows = [{"source": k, "kind": "feed", "etag": e, "last_modified": m, "mtime_ns": None,
                 "size": None, "seen_at": now} for k, (e, m) in feeds.items()]
        rows += [{"source": k, "kind": "file", "etag": None, "last_modified": None,
                  "mtime_ns": t, "size": n, "seen_at": now} for k, (t, n) in files.items()]
        keys = [r["source"] for r in rows]
        with self.session() as s, s.begin():
            for i in range(0, len(keys), 500):
                s.execute(delete(WatchStateRow).where(WatchStateRow.source.in_(keys[i:i + 500])))
            for i in range(0, len(rows), 1000):
                s.execute(insert(WatchStateRow.__table__), rows[i:i + 1000])

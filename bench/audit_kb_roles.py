"""Audit the dated roles of the curated knowledge base, so a stale holder is found by a
script and not by reading thousands of records: a post one person holds at a time (a
minister, a commander, an oblast head) with two holders on one date, an open-ended role that a
later holder of the same post overlaps, a person still "in" an earlier full-time post after
taking up another, and dates outside the years the news covers.

    .venv/bin/python bench/audit_kb_roles.py [--since 2019-01-01]

Prints one line per finding and the counts; it changes nothing.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khronika.kb import get_kb  # noqa: E402

# roles several people hold at once of one body or state: not audited for two holders
SHARED = {"member", "deputy-minister", "deputy-head", "deputy-prime-minister", "european-commissioner",
          "party-leader", "faction-head", "aide", "special-envoy", "director", "deputy-speaker",
          "deputy-chairman", "king", "crown-prince", "minister-of-cabinet", "brigade-commander"}
# roles that are a full-time post: a person who takes up another post has left this one
FULL_TIME_PREFIX = ("minister-of-", "head", "commander", "chief-of-general-staff", "mayor", "governor",
                    "prosecutor-general", "ombudsman", "ambassador", "permanent-representative",
                    "secretary", "president", "prime-minister", "chancellor", "speaker",
                    "spokesperson", "press-secretary", "chief-of-staff")
TODAY = dt.date(2026, 11, 26)
FAR = dt.date(9999, 1, 1)


def full_time(span) -> bool:
    return span.role.startswith(FULL_TIME_PREFIX) and span.role not in SHARED


def overlaps(a, b) -> bool:
    return (a.start or dt.date.min) < (b.end or FAR) and (b.start or dt.date.min) < (a.end or FAR)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--since", default="2019-01-01", help="only posts active on or after this date")
    a = ap.parse_args()
    since = dt.date.fromisoformat(a.since)
    kb = get_kb()
    found = collections.Counter()

    def report(kind, text):
        found[kind] += 1
        print(f"{kind}: {text}")

    by_post = collections.defaultdict(list)
    by_person = collections.defaultdict(list)
    for role, spans in kb.roles.items():
        for s in spans:
            by_person[s.person].append(s)
            if role not in SHARED and (s.end is None or s.end >= since):
                by_post[(role, s.of)].append(s)

    for (role, of), spans in sorted(by_post.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        spans = sorted(spans, key=lambda s: s.start or dt.date.min)
        for i, x in enumerate(spans):
            for y in spans[i + 1:]:
                if x.person == y.person or not overlaps(x, y):
                    continue
                kind = "open-overlap" if x.end is None else "two-holders"
                report(kind, f"{role} of {of}: {x.person} {x.start}..{x.end or ''} and "
                             f"{y.person} {y.start}..{y.end or ''}")
        undated = [s.person for s in spans if s.start is None]
        if undated and len(spans) > 1:
            report("no-start", f"{role} of {of}: {', '.join(undated)} (of {len(spans)} holders)")

    for person, spans in sorted(by_person.items()):
        for s in spans:
            for d in (s.start, s.end):
                if d and (d > TODAY or d.year < 1940):
                    report("date-range", f"{person}: {s.role} of {s.of} {s.start}..{s.end or ''}")
        posts = [s for s in spans if full_time(s)]
        for x in posts:
            if x.end is not None:
                continue
            later = [y for y in posts if y is not x and y.start and x.start and y.start > x.start
                     and (y.role, y.of) != (x.role, x.of) and not _compatible(x, y)]
            if later:
                y = max(later, key=lambda s: s.start)
                report("open-then-moved", f"{person}: {x.role} of {x.of} from {x.start}, open, "
                                          f"then {y.role} of {y.of} from {y.start}")
    print("counts:", dict(found) or "none")


def _compatible(x, y) -> bool:
    """Posts held together by design: a deputy prime minister who is also a minister, a
    president who also chairs a body, a party leader who is also prime minister."""
    pair = {x.role, y.role}
    if pair & {"president", "prime-minister", "chancellor"} and (x.of != y.of):
        return True          # a head of state or government who also presides over a body
    if "deputy-prime-minister" in pair or "first-deputy-prime-minister" in pair:
        return True
    if any(r.startswith("minister-of-") for r in pair) and x.of == y.of:
        return len([r for r in pair if r.startswith("minister-of-")]) == 2   # a second portfolio
    return False


if __name__ == "__main__":
    main()

"""The iCalendar feed of announced events, so a user can subscribe from any calendar app."""
from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event


def _title(item: dict) -> str:
    names = item.get("names") or {}
    actors = ", ".join(str(names.get(a, a)) for a in item.get("actors") or [])
    recipients = ", ".join(str(names.get(r, r)) for r in item.get("recipients") or [])
    who = actors + (f" → {recipients}" if recipients else "")
    return f"{item.get('type') or 'EVENT'}: {who}" if who else str(item.get("type") or "EVENT")


def build_ics(items: list[dict], base_url: str, now: dt.datetime | None = None) -> bytes:
    """One all-day VEVENT per dated event; undated ones cannot be placed and are left out."""
    now = now or dt.datetime.now(dt.timezone.utc)
    cal = Calendar()
    cal.add("prodid", "-//khronika//Chronicle calendar//UK")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Хроніка: заплановані події")
    base = base_url.rstrip("/")
    for item in items:
        try:
            day = dt.date.fromisoformat(str(item.get("date"))[:10])
        except ValueError:
            continue
        ev = Event()
        ev.add("uid", f"event-{item.get('id')}@khronika")
        ev.add("dtstamp", now)
        ev.add("dtstart", day)
        ev.add("dtend", day + dt.timedelta(days=1))
        ev.add("summary", _title(item))
        if item.get("summary"):
            ev.add("description", str(item["summary"]))
        ev.add("url", f"{base}/event/{item.get('id')}")
        ev.add("categories", [str(item.get("type") or "EVENT")])
        ev.add("status", "TENTATIVE" if item.get("status") in ("planned", "conditional") else "CONFIRMED")
        cal.add_component(ev)
    return cal.to_ical()

"""Announced events as iCalendar, at the precision the text gave: a day is an all-day event, a
week or a month an all-day span of that whole period (never its first day), anything wider or
undated is left out and counted in the calendar's description, so no date is invented."""
from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from .chronicle.timerange import value_range
from .labels import plural, precision, time_words, type_label

SPANS = ("day", "week", "month")        # periods a calendar can show as one all-day span


def span(item: dict) -> tuple[dt.date, dt.date] | None:
    """(first day, day after the last) of an event's own time, or None when the text gives
    none or one too wide for a calendar entry."""
    time = item.get("time") or {}
    value = time.get("value")
    if precision(value) not in SPANS:
        return None
    rng = value_range(value, time.get("mod"))
    if rng is None:
        return None
    return rng[0], rng[1] + dt.timedelta(days=1)


def title(item: dict) -> str:
    names = item.get("names") or {}
    actors = ", ".join(str(names.get(a, a)) for a in item.get("actors") or [])
    recipients = ", ".join(str(names.get(r, r)) for r in item.get("recipients") or [])
    who = actors + (f" → {recipients}" if recipients else "")
    kind = type_label(item.get("type")) or "подія"
    return f"{kind}: {who}" if who else kind


def build_ics(items: list[dict], base_url: str = "", now: dt.datetime | None = None,
              name: str = "Хроніка: оголошені події", relative_ok: bool = False) -> bytes:
    now = now or dt.datetime.now(dt.timezone.utc)
    cal = Calendar()
    cal.add("prodid", "-//khronika//Chronicle calendar//UK")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    base = base_url.rstrip("/")
    left_out = 0
    for item in items:
        when = span(item)
        if when is None:
            left_out += 1
            continue
        ev = Event()
        ev.add("uid", f"event-{item.get('id')}@khronika")
        ev.add("dtstamp", now)
        ev.add("dtstart", when[0])
        ev.add("dtend", when[1])
        ev.add("summary", title(item))
        time = item.get("time") or {}
        lines = [time_words(time.get("value"), time.get("mod"))]
        if item.get("summary"):
            lines.append(str(item["summary"]))
        ev.add("description", "\n".join(lines))
        if base or relative_ok:
            ev.add("url", f"{base}/event/{item.get('id')}")
        names = item.get("names") or {}
        if item.get("place"):
            ev.add("location", names.get(item["place"], item["place"]))
        ev.add("categories", [str(item.get("type") or "EVENT")])
        ev.add("status", "TENTATIVE" if item.get("status") == "planned" else "CONFIRMED")
        cal.add_component(ev)
    if left_out:
        cal.add("x-wr-caldesc", f"Без точної дати (квартал, рік або не вказана) не включено "
                                f"{plural(left_out, 'подія')}: вони є на сторінці календаря.")
    return cal.to_ical()

"""Shaping store answers for pages: the heading an event goes under at the precision its text
gives, the month grid of the calendar, an event's history in words, a document's source."""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from .. import labels as L


def period_heading(item: dict) -> str:
    """ "5 січня 2026" for a day, "січень 2026" for a month, "дата не вказана" when the text
    names no time (the event is then only placed by its report's date)."""
    time = item.get("time") or {}
    value = time.get("value")
    prec = L.precision(value)
    if prec == "day":
        try:
            return L.day_words(dt.date.fromisoformat(str(value)[:10]))
        except ValueError:
            pass
    if prec != "none":
        return L.time_words(value, time.get("mod"))
    return L.labels()["time"]["none"]


def month_grid(first: dt.date, items: list[dict], today: dt.date | None = None) -> dict:
    """The calendar of one month: weeks of seven days (Monday first) with the events dated to
    the day; events of a wider period (a week, the month) listed apart with that period in
    words; undated announced events apart too. Links to the months before and after."""
    today = today or dt.date.today()
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    by_day: dict[dt.date, list[dict]] = {}
    wider: list[dict] = []
    undated: list[dict] = []
    for it in items:
        value = (it.get("time") or {}).get("value")
        prec = L.precision(value)
        if prec == "day":
            try:
                day = dt.date.fromisoformat(str(value)[:10])
            except ValueError:
                day = None
            if day and first <= day <= last:
                by_day.setdefault(day, []).append(it)
                continue
        if prec == "none":
            undated.append(it)
        else:
            wider.append(dict(it, period=L.time_words(value, (it.get("time") or {}).get("mod"))))
    start = first - dt.timedelta(days=first.weekday())
    weeks = []
    cur = start
    while cur <= last:
        week = []
        for _ in range(7):
            week.append({"date": cur, "iso": cur.isoformat(), "day": cur.day,
                         "in_month": cur.month == first.month, "today": cur == today,
                         "events": by_day.get(cur, [])})
            cur += dt.timedelta(days=1)
        weeks.append(week)
    prev = (first - dt.timedelta(days=1)).replace(day=1)
    nxt = last + dt.timedelta(days=1)
    return {"month": first.strftime("%Y-%m"), "title": L.month_year(first.year, first.month),
            "weeks": weeks, "weekdays": L.labels()["weekdays"], "wider": wider, "undated": undated,
            "prev": prev.strftime("%Y-%m"), "prev_title": L.month_year(prev.year, prev.month),
            "next": nxt.strftime("%Y-%m"), "next_title": L.month_year(nxt.year, nxt.month),
            "count": sum(len(v) for v in by_day.values()) + len(wider) + len(undated)}


def event_history(ev: dict) -> list[dict]:
    """Each report of an event in words: "2026-01-03: повідомлення «X»; статус: заплановано →
    відбулося", with the time when a report changed it."""
    titles = {s.get("doc_id"): s.get("doc_title") for s in ev.get("sources") or []}
    out = []
    prev_status = prev_time = None
    for h in ev.get("history") or []:
        ch = h.get("change") if isinstance(h.get("change"), dict) else {}
        doc_id = ch.get("doc_id") or h.get("doc_id")
        day = ch.get("date") or (h.get("at") or "")[:10]
        status = ch.get("status")
        time = ch.get("time") or None
        parts = []
        if status:
            if prev_status and prev_status != status:
                parts.append(f"статус: {L.status_name(prev_status)} → {L.status_name(status)}")
            else:
                parts.append(f"статус: {L.status_name(status)}")
        tv = (time or {}).get("value") if isinstance(time, dict) else None
        if tv and tv != prev_time:
            parts.append("час: " + L.time_words(tv, (time or {}).get("mod")))
        out.append({"date": day, "doc_id": doc_id, "title": titles.get(doc_id) or doc_id,
                    "text": "; ".join(parts)})
        prev_status = status or prev_status
        prev_time = tv or prev_time
    return out


def source_of(doc: dict) -> dict | None:
    """The outlet a document came from and a safe link to it: only http(s) URLs become links."""
    url = doc.get("url")
    if not url:
        return None
    parts = urlsplit(str(url))
    if parts.scheme in ("http", "https") and parts.netloc:
        host = parts.netloc.lower().removeprefix("www.")
        return {"outlet": host, "href": str(url), "url": str(url)}
    return {"outlet": None, "href": None, "url": str(url)}

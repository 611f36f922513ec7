"""Server-rendered SVG of the timeline: events per day (or per week over a long range) stacked
by PLOVER type. Pages work without JavaScript, print, and tests can count the marks.

Every text and attribute is escaped here; templates insert the `Markup` this returns.
"""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from markupsafe import Markup, escape

from ..labels import day_words, month_year, plural, type_label

W, H = 1000, 220
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 12, 34
MAX_DAYS = 92            # up to a quarter in days, beyond it by week
MAX_BUCKETS = 400        # a range of many years is cut to its last buckets


def _a(**attrs) -> str:
    return "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(str(v))}"'
                   for k, v in attrs.items() if v is not None)


def buckets(counts: list[dict], date_from: str | None, date_to: str | None):
    """(unit, [(start, end)], {(start, type): n}): the periods of the chart and the counts."""
    days = [dt.date.fromisoformat(c["date"]) for c in counts if c.get("date")]
    if not days and not (date_from and date_to):
        return "day", [], {}
    lo = dt.date.fromisoformat(date_from) if date_from else min(days)
    hi = dt.date.fromisoformat(date_to) if date_to else max(days)
    if days:
        lo, hi = (lo if date_from else min(lo, min(days))), (hi if date_to else max(hi, max(days)))
    unit = "day" if (hi - lo).days < MAX_DAYS else "week"
    if unit == "week":
        lo = lo - dt.timedelta(days=lo.weekday())
    step = dt.timedelta(days=1 if unit == "day" else 7)
    periods = []
    cur = lo
    while cur <= hi:
        periods.append((cur, min(hi, cur + step - dt.timedelta(days=1))))
        cur += step
    periods = periods[-MAX_BUCKETS:]
    first = periods[0][0] if periods else lo
    values: dict[tuple[dt.date, str], int] = {}
    for c in counts:
        d = dt.date.fromisoformat(c["date"])
        if d < first or d > hi:
            continue
        start = d if unit == "day" else d - dt.timedelta(days=d.weekday())
        values[(start, c["type"])] = values.get((start, c["type"]), 0) + int(c["n"])
    return unit, periods, values


def timeline_chart(counts: list[dict], date_from: str | None = None, date_to: str | None = None,
                   params: dict | None = None, types_order: tuple[str, ...] = ()) -> Markup:
    """The stacked bar chart; each bar piece links to the timeline of its period and type."""
    unit, periods, values = buckets(counts, date_from, date_to)
    if not periods:
        return Markup("")
    params = {k: v for k, v in (params or {}).items() if v and k not in ("offset", "date_from", "date_to")}
    totals = {}
    for (start, _t), n in values.items():
        totals[start] = totals.get(start, 0) + n
    top = max(totals.values(), default=0) or 1
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM
    bw = plot_w / len(periods)
    order = {t: i for i, t in enumerate(types_order)}
    out = [f'<svg class="chart timeline-chart" viewBox="0 0 {W} {H}" role="img"'
           f'{_a(aria_label="Кількість подій за " + ("днями" if unit == "day" else "тижнями"), data_unit=unit)}'
           '>']
    # y axis: 0 and the top count
    for frac in (0, .5, 1):
        y = TOP + plot_h * (1 - frac)
        out.append(f'<line class="grid" x1="{LEFT}" x2="{W - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        if frac:
            label = round(top * frac, 1)
            label = int(label) if float(label).is_integer() else label
            if frac == 1 or label != top:
                out.append(f'<text class="axis" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    out.append(f'<text class="axis" x="{LEFT - 6}" y="{TOP + plot_h + 4:.1f}" text-anchor="end">0</text>')
    last_month = None
    last_label_x = -1e9
    for i, (start, end) in enumerate(periods):
        x = LEFT + i * bw
        y = TOP + plot_h
        span = day_words(start) if unit == "day" else f"{day_words(start)} – {day_words(end)}"
        pieces = sorted(((t, n) for (s_, t), n in values.items() if s_ == start),
                        key=lambda tn: (order.get(tn[0], 99), tn[0]))
        for etype, n in pieces:
            h = plot_h * n / top
            y -= h
            href = "/?" + urlencode({**params, "type": etype, "date_from": start.isoformat(),
                                     "date_to": end.isoformat()})
            out.append(f'<a{_a(href=href)}><rect class="mark ev-{escape(etype)}"'
                       f'{_a(x=f"{x + bw * .1:.1f}", y=f"{y:.1f}", width=f"{max(bw * .8, 1):.1f}", height=f"{h:.1f}", data_type=etype, data_date=start.isoformat(), data_n=n)}>'
                       f'<title>{escape(span)}: {escape(type_label(etype))} — {escape(plural(n, "подія"))}</title></rect></a>')
        # month ticks under the axis
        if (start.year, start.month) != last_month and (start.day <= (1 if unit == "day" else 7) or i == 0):
            last_month = (start.year, start.month)
            out.append(f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{TOP + plot_h}" y2="{TOP + plot_h + 5}"/>')
            if x - last_label_x >= 95:          # month names never run into each other
                last_label_x = x
                out.append(f'<text class="axis" x="{x:.1f}" y="{H - 14}">{escape(month_year(start.year, start.month))}</text>')
    if unit == "day" and len(periods) <= 31:
        for i, (start, _e) in enumerate(periods):
            if len(periods) <= 16 or start.day % 5 == 0:
                out.append(f'<text class="axis day" x="{LEFT + (i + .5) * bw:.1f}" y="{H - 1}" text-anchor="middle">{start.day}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def chart_legend(counts: list[dict], types_order: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """[(type, total)] of the types the chart shows, in PLOVER order."""
    totals: dict[str, int] = {}
    for c in counts:
        totals[c["type"]] = totals.get(c["type"], 0) + int(c["n"])
    order = {t: i for i, t in enumerate(types_order)}
    return sorted(totals.items(), key=lambda tn: (order.get(tn[0], 99), tn[0]))

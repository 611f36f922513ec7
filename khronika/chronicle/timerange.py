"""TIMEX3 values as date ranges, so that reports of one happening can be compared in time.

A planned meeting "5 січня" (2026-01-05), a later report "this week" (2026-W02) and a report
published on 6 January with no date of its own all have to be seen as compatible; comparing
value strings cannot do that, comparing inclusive date ranges can.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

DateRange = tuple[dt.date, dt.date]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_SEASON = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_DECADE = re.compile(r"^(\d{3})X?$")      # TIMEX3 "199": the 1990s
_CENTURY = re.compile(r"^(\d{2})$")       # TIMEX3 "19": the years 1900-1999


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _apply_mod(rng: DateRange, mod: str | None) -> DateRange:
    """START/END/MID narrow a long range to its third: "наприкінці тижня" is not its Monday."""
    lo, hi = rng
    span = (hi - lo).days
    if not mod or span < 2:
        return rng
    third = dt.timedelta(days=span // 3)
    if mod == "START":
        return lo, lo + third
    if mod == "END":
        return hi - third, hi
    if mod == "MID":
        return lo + third, hi - third
    return rng


def day_or_finer(value: str) -> bool:
    """A TIMEX3 value that names a day or a time of day ("2025-03-10", "2025-03-10TMO")."""
    return len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-"


def value_range(value: str | None, mod: str | None = None) -> DateRange | None:
    """The inclusive date range of a TIMEX3 value, or None when it names no calendar time
    (PRESENT_REF, durations, sets)."""
    if not value or not isinstance(value, str):
        return None
    return _value_range(value, mod)


@lru_cache(maxsize=65536)
def _value_range(value: str, mod: str | None) -> DateRange | None:
    """Parsed once per (value, mod): the store's merge asks for the same few thousand values
    for every candidate it bounds (dates are immutable, so the tuple is shared safely)."""
    v = value.strip()
    try:
        m = _DAY.match(v)
        if m:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        m = _WEEK.match(v)
        if m:
            lo = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return _apply_mod((lo, lo + dt.timedelta(days=6)), mod)
        m = _MONTH.match(v)
        if m:
            y, mo = int(m[1]), int(m[2])
            return _apply_mod((dt.date(y, mo, 1), _month_end(y, mo)), mod)
        m = _QUARTER.match(v)
        if m:
            y, q = int(m[1]), int(m[2])
            return _apply_mod((dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)), mod)
        m = _HALF.match(v)
        if m:
            y, h = int(m[1]), int(m[2])
            return _apply_mod((dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h)), mod)
        if len(v) == 7 and v[4] == "-" and v[5:] in _SEASON:
            y = int(v[:4])
            a, b = _SEASON[v[5:]]
            if a > b:
                return dt.date(y, a, 1), _month_end(y + 1, b)
            return dt.date(y, a, 1), _month_end(y, b)
        m = _YEAR.match(v)
        if m:
            y = int(m[1])
            return _apply_mod((dt.date(y, 1, 1), dt.date(y, 12, 31)), mod)
        # a decade or a century is its whole span of years, never the report's day
        m = _DECADE.match(v)
        if m:
            y = int(m[1]) * 10
            return _apply_mod((dt.date(y, 1, 1), dt.date(y + 9, 12, 31)), mod)
        m = _CENTURY.match(v)
        if m:
            y = int(m[1]) * 100
            return _apply_mod((dt.date(y, 1, 1), dt.date(y + 99, 12, 31)), mod)
    except ValueError:
        return None
    return None


def time_range(time: dict | None) -> DateRange | None:
    """An event time's range; a range told in the text ("з 1 по 3 березня") carries its last
    value as `end`."""
    if not time:
        return None
    rng = value_range(time.get("value"), time.get("mod"))
    last = value_range(time.get("end")) if rng and time.get("end") else None
    if last and last[1] >= rng[0]:
        return rng[0], last[1]
    return rng


def gap_days(a: DateRange, b: DateRange) -> int:
    """0 when the ranges overlap, else the number of days between them."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def width(r: DateRange) -> int:
    return (r[1] - r[0]).days + 1


def report_range(status: str | None, doc_date: dt.date | None) -> DateRange | None:
    """Where an event with no time of its own may lie, judged from the report's date: an
    occurred event shortly before publication, a planned one in the weeks after it."""
    if doc_date is None:
        return None
    if status == "planned":
        return doc_date, doc_date + dt.timedelta(days=45)
    if status == "ongoing":
        return doc_date - dt.timedelta(days=7), doc_date + dt.timedelta(days=1)
    return doc_date - dt.timedelta(days=3), doc_date

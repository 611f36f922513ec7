"""What a person reads instead of codes: Ukrainian names of PLOVER types, modes and statuses,
TIMEX3 values in words at the precision the text gave, and counted nouns in the right plural.

The CLI, the API's human texts and the web pages all call these, so "1 абзац, 3 абзаци,
5 абзаців" and "січень 2026" read the same everywhere. The words are data
(`lang/uk/labels.yaml`); plural categories and month names come from CLDR through Babel.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel import Locale
from babel.dates import format_date

from .lang.uk import load

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}(?::\d{2})?|MO|AF|EV|NI|DT))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")        # TIMEX3 "194": the 1940s
_CENTURY = re.compile(r"^(\d{2})$")       # TIMEX3 "19": the years 1900-1999, the 20th century
_DECADE = re.compile(r"^(\d{3})X?$")


@lru_cache(maxsize=1)
def labels() -> dict:
    return load("labels")


@lru_cache(maxsize=1)
def _locale() -> Locale:
    return Locale("uk")


def plural(n: int | float, noun: str, with_number: bool = True) -> str:
    """ "1 абзац", "3 абзаци", "5 абзаців", "1,5 абзацу": the noun's form by the CLDR plural
    category of `n`. An unknown noun is returned as it is (a missing form must not crash)."""
    forms = labels()["nouns"].get(noun)
    category = _locale().plural_form(n)
    if not forms:
        word = noun
    else:
        word = forms[{"one": 0, "few": 1, "many": 2}.get(category, 3)]
    if not with_number:
        return word
    number = str(n).replace(".", ",") if isinstance(n, float) else str(n)
    return f"{number} {word}"


def type_name(code: str | None) -> str:
    """The Ukrainian name of a PLOVER type ("консультації"), or the code when unknown."""
    return labels()["types"].get(str(code or "").upper(), str(code or ""))


def type_label(code: str | None) -> str:
    """ "консультації (CONSULT)": the name people read, the code analysts know."""
    name = type_name(code)
    return f"{name} ({code})" if code and name != code else str(code or "")


def mode_name(mode: str | None) -> str:
    if not mode:
        return ""
    return labels()["modes"].get(mode, mode)


def event_kind(code: str | None, mode: str | None = None) -> str:
    """ "напад · з повітря (ASSAULT/aerial)"."""
    name = type_name(code)
    if mode:
        name += " · " + mode_name(mode)
    tag = (code or "") + (f"/{mode}" if mode else "")
    return f"{name} ({tag})" if tag else name


def status_name(status: str | None) -> str:
    return labels()["statuses"].get(str(status or ""), str(status or ""))


def entity_type_name(etype: str | None) -> str:
    return labels()["entity_types"].get(str(etype or ""), str(etype or ""))


def kind_name(kind: str | None) -> str:
    return labels()["kinds"].get(str(kind or ""), str(kind or ""))


def quote_kind_name(kind: str | None) -> str:
    return labels()["quote_kinds"].get(str(kind or ""), str(kind or ""))


def month_year(year: int, month: int) -> str:
    """ "січень 2026" (the nominative, stand-alone month)."""
    return format_date(dt.date(year, month, 1), "LLLL y", locale="uk")


def day_words(day: dt.date) -> str:
    """ "5 січня 2026"."""
    return format_date(day, "d MMMM y", locale="uk")


def _period(value: str, genitive: bool) -> str | None:
    """A TIMEX3 calendar value in words, or None when it is no calendar period."""
    t = labels()["time"]
    g = "_genitive" if genitive else ""
    m = _DAY.match(value)
    if m:
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        out = day_words(day)
        part = m[4]
        if part:
            out += ", " + (t["parts_of_day"].get(part) or part)
        return out
    m = _WEEK.match(value)
    if m:
        if m[3]:
            return t["weekend"].format(week=int(m[2]), year=m[1])
        return t["week" + g].format(n=int(m[2]), year=m[1])
    m = _MONTH.match(value)
    if m:
        if not 1 <= int(m[2]) <= 12:
            return None
        if genitive:
            month = format_date(dt.date(int(m[1]), int(m[2]), 1), "MMMM", locale="uk")
            return f"{month} {m[1]}"
        return month_year(int(m[1]), int(m[2]))
    m = _QUARTER.match(value)
    if m:
        return t["quarter" + g].format(n=int(m[2]), year=m[1])
    m = _HALF.match(value)
    if m:
        return t["half" + g].format(n=int(m[2]), year=m[1])
    m = _SEASON.match(value)
    if m:
        return f"{t['seasons' + g][m[2]]} {m[1]}"
    m = _YEAR.match(value)
    if m:
        return t["year" + g].format(year=m[1])
    m = _DECADE.match(value)
    if m:
        ending = t["decade_endings"].get(m[1][-1], t["decade_endings"]["other"])
        return t["decade" + g].format(start=f"{m[1]}0", ending=ending)
    m = _CENTURY.match(value)
    if m:
        return t["century" + g].format(roman=_roman(int(m[1]) + 1))
    return None


def _roman(n: int) -> str:
    """A century's number as Ukrainian writes it ("XX століття")."""
    out = ""
    for value, digit in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += digit
            n -= value
    return out


def time_words(value: str | None, mod: str | None = None) -> str:
    """A TIMEX3 value and mod at the precision the text gave: "січень 2026", "кінець 48-го
    тижня 2025", "5 січня 2026, увечері"; no value: "дата не вказана"."""
    t = labels()["time"]
    if not value:
        return t["none"]
    value = str(value).strip()
    if value in t["refs"]:
        return t["refs"][value]
    if value.startswith("P"):
        return t["duration"].format(value=value)
    if value.startswith("XXXX-WXX-"):
        return t["every_weekday"].get(value[9:], value)
    mod_word = t["mods"].get(mod or "") if mod else None
    # every mod word governs the genitive: "кінець січня", "близько січня", "до січня"
    words = _period(value, genitive=bool(mod_word))
    if words is None:
        return value
    return f"{mod_word} {words}" if mod_word else words


def precision(value: str | None) -> str:
    """How precisely a TIMEX3 value places a happening: day, week, month, quarter, half,
    season, year, decade, century, or none (no calendar value: the date then comes from the
    report)."""
    if not value:
        return "none"
    v = str(value).strip()
    for name, rx in (("day", _DAY), ("week", _WEEK), ("month", _MONTH), ("quarter", _QUARTER),
                     ("half", _HALF), ("season", _SEASON), ("year", _YEAR),
                     ("decade", _DECADE), ("century", _CENTURY)):
        if rx.match(v):
            return name
    return "none"


def event_when(item: dict) -> str:
    """The time of a stored or analysed event in words; an event whose text gives no date says
    so (with the date of its first report when the item carries it), never an invented day."""
    time = item.get("time") or {}
    value = time.get("value")
    if value and (precision(value) != "none" or value in labels()["time"]["refs"]):
        return time_words(value, time.get("mod"))
    words = labels()["time"]["none"]
    if item.get("reported"):
        try:
            day = dt.date.fromisoformat(str(item["reported"])[:10])
            words += " · " + labels()["time"]["from_report"].format(date=day_words(day))
        except ValueError:
            pass
    return words

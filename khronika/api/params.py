"""Request parameters shared by the JSON API and the web pages, validated once so both
surfaces refuse the same bad input with the same clear message."""
from __future__ import annotations

import datetime as dt

from fastapi import HTTPException

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATUSES = ("occurred", "ongoing", "planned", "conditional", "negated")
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
MAX_LIMIT = 500


class BadParam(HTTPException):
    """A 422 naming the parameter, so a client sees which input to fix."""

    def __init__(self, name: str, message: str):
        super().__init__(status_code=422, detail=[{"loc": ["query", name], "msg": message,
                                                   "type": "value_error"}])
        self.param = name
        self.message = message


def clean(value: str | None) -> str | None:
    """Empty form fields mean "no filter"."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def date_param(name: str, value: str | None) -> str | None:
    value = clean(value)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadParam(name, f"not a date (expected YYYY-MM-DD): {value!r}") from None


def date_range(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    start, end = date_param("date_from", date_from), date_param("date_to", date_to)
    if start and end and start > end:
        raise BadParam("date_to", f"date_to {end} is before date_from {start}")
    return start, end


def choice_param(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    value = clean(value)
    if value is None:
        return None
    if value.upper() in allowed:
        return value.upper() if allowed[0].isupper() else value
    if value.lower() in allowed:
        return value.lower()
    raise BadParam(name, f"{value!r} is not one of {', '.join(allowed)}")


def int_param(name: str, value, default: int, lo: int, hi: int) -> int:
    """Lenient integer for web pages (form fields arrive as strings)."""
    if value in (None, ""):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadParam(name, f"not an integer: {value!r}") from None
    if not lo <= number <= hi:
        raise BadParam(name, f"must be between {lo} and {hi}, got {number}")
    return number

"""Why an answer is empty or wrong, told the same way by the CLI, the API and the web pages: an
empty store says how to ingest, an unknown entity or event type says so and suggests close
matches, an empty calendar says where the nearest announced events are.

A `Notice` carries the Ukrainian message people read (words in `lang/uk/labels.yaml`) and an
English `detail` plus a stable `code` for scripts.
"""
from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field

from .labels import day_words, labels, month_year, type_label

PLOVER_TYPES = tuple(labels()["types"])      # the 16 PLOVER types, in PLOVER's order


@dataclass
class Notice:
    code: str               # empty_store, unknown_entity, unknown_type, no_match, calendar, ...
    message: str            # Ukrainian, for people
    detail: str             # English, for scripts
    suggestions: list[dict] = field(default_factory=list)
    data: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message, "detail": self.detail,
                "suggestions": list(self.suggestions), **self.data}


class Refused(ValueError):
    """A filter that names nothing (unknown entity or type): the caller answers 422 / exit 1."""

    def __init__(self, param: str, notice: Notice):
        super().__init__(notice.detail)
        self.param = param
        self.notice = notice


def _msg(name: str, **kw) -> str:
    return labels()["messages"][name].format(**kw)


def empty_store() -> Notice:
    return Notice("empty_store", _msg("empty_store"),
                  "the store holds no documents yet: run `khronika ingest PATH|URL` to add some")


def no_store(path: str) -> Notice:
    return Notice("no_store", _msg("no_store", path=path),
                  f"no store at {path}: read commands do not create one")


def resolve_types(value: str | None) -> str | None:
    """A comma list of PLOVER codes from what a person typed: codes in any case or the
    Ukrainian names ("напад"). Raises `Refused` with close matches for anything else."""
    if value is None or not str(value).strip():
        return None
    names = {v.lower(): k for k, v in labels()["types"].items()}
    out = []
    for part in (p.strip() for p in str(value).split(",")):
        if not part:
            continue
        if part.upper() in PLOVER_TYPES:
            out.append(part.upper())
        elif part.lower() in names:
            out.append(names[part.lower()])
        else:
            raise Refused("type", unknown_type(part))
    return ",".join(dict.fromkeys(out)) or None


def unknown_type(key: str) -> Notice:
    aliases = {str(k).lower(): v for k, v in labels()["type_aliases"].items()}
    guesses = []
    if key.lower() in aliases:
        guesses.append(aliases[key.lower()])
    names = {v: k for k, v in labels()["types"].items()}
    for g in difflib.get_close_matches(key.upper(), PLOVER_TYPES, n=3, cutoff=0.5) + \
            [names[x] for x in difflib.get_close_matches(key.lower(), list(names), n=3, cutoff=0.6)]:
        if g not in guesses:
            guesses.append(g)
    message = _msg("unknown_type", key=key) + " "
    if guesses:
        message += _msg("did_you_mean", options=", ".join(type_label(g) for g in guesses))
    else:
        message += _msg("types_are", options=", ".join(PLOVER_TYPES))
    return Notice("unknown_type", message,
                  f"unknown event type {key!r}" + (f"; did you mean {', '.join(guesses)}?" if guesses
                                                    else f"; use one of {', '.join(PLOVER_TYPES)}"),
                  suggestions=[{"id": g, "name": type_label(g)} for g in guesses])


def unknown_entity(store, key: str) -> Notice:
    guesses = store.suggest_entities(key) if hasattr(store, "suggest_entities") else []
    message = _msg("unknown_entity", key=key)
    if guesses:
        message += " " + _msg("did_you_mean", options=", ".join(
            f"{g['name']} ({g['id']})" for g in guesses))
    return Notice("unknown_entity", message,
                  f"no entity matches {key!r}" + (
                      f"; did you mean {', '.join(g['id'] for g in guesses)}?" if guesses else ""),
                  suggestions=guesses)


def check_entity(store, key: str | None) -> None:
    """Raise `Refused` when a filter names an entity the store does not know."""
    if not key:
        return
    if not store.knows_entity(key):
        raise Refused("entity", unknown_entity(store, key))


def empty_answer(store, what: str = "events", *, date_from=None, date_to=None,
                 query: str | None = None) -> Notice:
    """An empty list explained: the store is empty, or nothing matched these filters."""
    if what == "search" and not (query or "").strip():
        return Notice("blank_query", _msg("blank_query"), "the query is blank")
    if store.is_empty():
        return empty_store()
    if what == "search":
        return Notice("no_match", _msg("no_hits", query=query), f"nothing matches {query!r}")
    if what == "quotes":
        return Notice("no_match", _msg("no_quotes"), "no quotes match these filters")
    if date_from or date_to:
        when = " – ".join(day_words(dt.date.fromisoformat(str(d))) if d else "…"
                          for d in (date_from, date_to))
        return Notice("no_match", _msg("no_events_range", when=when),
                      f"no events match these filters between {date_from or '…'} and {date_to or '…'}")
    return Notice("no_match", _msg("no_events"), "no events match these filters")


def calendar_notice(store, day: dt.date | None = None) -> Notice | None:
    """Where the nearest announced events are, when none lie ahead of `day` (default today)
    or none at all: {"before", "after"} dates ride along for links."""
    day = day or dt.date.today()
    if store.is_empty():
        return empty_store()
    near = store.nearest_announced(day)
    data = {"nearest_before": near["before"], "nearest_after": near["after"]}
    if near["after"]:
        after = dt.date.fromisoformat(near["after"])
        return Notice("calendar", _msg("nearest_after", when=day_words(after)),
                      f"the nearest announced events are on {near['after']}", data=data)
    if near["before"]:
        before = dt.date.fromisoformat(near["before"])
        return Notice("calendar", _msg("nearest_before", day=day_words(day),
                                       when=f"{day_words(before)} ({month_year(before.year, before.month)})"),
                      f"no announced events on or after {day.isoformat()}; the latest are on "
                      f"{near['before']}", data=data)
    return Notice("calendar", _msg("no_announced"), "the store holds no announced events", data=data)

"""What the events tests share: a document built by hand for the events layer alone (`build`,
over the entities of `ENTS`), a text analysed by the full pipeline (`analysed`, `on_day`), and
the few ways a test picks and shows the events it checks (`of_type`, `only`, `rows`, the
output's JSON by `output_events` and `output_rows` ...).

One set here, not a copy in each test file: a test then reads as what it asserts, and a change
to how events are read for a test (a new field, another way to show a failure) is made once.
The full pipeline is imported when a test first runs a text, not when pytest collects."""
from __future__ import annotations

import datetime as dt

from khronika.document import Document, Entity, Mention, Quote, Ref, Timex
from khronika.extract.events import EventExtractor

# The entities `build` can place in a text: id -> (name, name_uk, type, Wikidata id). A test
# file adds the ones it needs with ENTS.setdefault.
ENTS = {
    "ukraine": ("Ukraine", "Україна", "LOC", "Q212"),
    "united-states": ("United States", "США", "LOC", "Q30"),
    "russia": ("Russia", "Росія", "LOC", "Q159"),
    "turkey": ("Turkey", "Туреччина", "LOC", "Q43"),
    "france": ("France", "Франція", "LOC", "Q142"),
    "poland": ("Poland", "Польща", "LOC", "Q36"),
    "geneva": ("Geneva", "Женева", "LOC", "Q71"),
    "kyiv": ("Kyiv", "Київ", "LOC", "Q1899"),
    "budapest": ("Budapest", "Будапешт", "LOC", "Q1781"),
    "nato": ("NATO", "НАТО", "ORG", "Q7184"),
    "eu": ("European Union", "ЄС", "ORG", "Q458"),
    "andrii-sybiha": ("Andrii Sybiha", "Андрій Сибіга", "PER", None),
}


def build(core_pipeline, text, date="2026-01-10", names=(), refs=(), timexes=(), quotes=()):
    """The events of `text` with its entities, time expressions and quotes placed by hand, so
    that a test of the events layer does not depend on the layers before it.
    names: (surface, entity); refs: (surface, entity, kind); timexes: (surface, value, mod);
    quotes: (surface, speaker). A surface told twice is placed at its next occurrence."""
    doc = Document(text=text, id="t", date=dt.date.fromisoformat(date) if date else None)
    core_pipeline(doc)
    used = set()

    def find(surface):
        start = 0
        while True:
            i = text.index(surface, start)
            if i not in used:
                used.add(i)
                return i
            start = i + 1
    for surface, ent in names:
        i = find(surface)
        name, name_uk, typ, qid = ENTS[ent]
        doc.entities.setdefault(ent, Entity(ent, name, name_uk, typ, qid))
        doc.mentions.append(Mention(i, i + len(surface), surface, ent, typ))
    for surface, ent, kind in refs:
        i = find(surface)
        name, name_uk, typ, qid = ENTS[ent]
        doc.entities.setdefault(ent, Entity(ent, name, name_uk, typ, qid))
        doc.refs.append(Ref(i, i + len(surface), surface, ent, kind))
    for surface, value, mod in timexes:
        i = find(surface)
        doc.timexes.append(Timex(i, i + len(surface), surface, "DATE", value, mod))
    for surface, speaker in quotes:
        i = find(surface)
        doc.quotes.append(Quote(i, i + len(surface), surface, "direct", speaker))
    EventExtractor()(doc)
    return doc


def analysed(text: str, date: str, title: str | None = None) -> Document:
    """`text` (with its `title`, if any) through the full pipeline with the shipped knowledge
    base, as a document of `date`."""
    from khronika.pipeline import analyze
    if title is None:
        return analyze(text, date)
    return analyze(text, date, title=title)


def analysed_events(text: str, date: str) -> list:
    """The events of `text` analysed by the full pipeline as a document of `date`."""
    return analysed(text, date).events


def on_day(day: str):
    """`events(text, date=day)`: the events of a text analysed as a document of `day` unless
    the test names another date (a file's tests mostly share one day)."""
    def events(text: str, date: str = day):
        return analysed_events(text, date)
    return events


def named_rows(text: str, date: str, with_time: bool = False) -> list[tuple]:
    """(type, status, actors, recipients[, time]) of each event in the output's JSON, with each
    participant's Ukrainian name in place of its id: what a reader of the output sees."""
    d = analysed(text, date).to_json()
    names = {e["id"]: e.get("name_uk") or e["name"] for e in d["entities"]}
    return [(e["type"], e["status"], [names.get(a, a) for a in e["actors"]],
             [names.get(a, a) for a in e["recipients"]]) + ((e["time"],) if with_time else ())
            for e in d["events"]]


def output_events(day: str):
    """`events_of(text, type_)`: the events of `type_` in the output's JSON of `text` analysed
    as a document of `day` (unless the test names another day): a file of tests that read the
    output as a user does binds its day once ('events_of = output_events(DAY)')."""
    def events_of(text: str, type_: str, day: str = day) -> list[dict]:
        return [e for e in analysed(text, day).to_json()["events"] if e["type"] == type_]
    return events_of


def output_rows(day: str):
    """`rows(text, kind=None)`: (type, status, actors, recipients) of each event (of `kind`
    only, when given) in the output's JSON of `text` analysed as a document of `day`."""
    def rows_of(text: str, kind: str | None = None) -> list[tuple]:
        d = analysed(text, day).to_json()
        return [(e["type"], e["status"], e["actors"], e["recipients"]) for e in d["events"]
                if kind is None or e["type"] == kind]
    return rows_of


def _events(source):
    """The events of a document, or the list itself: the helpers take either."""
    return source.events if isinstance(source, Document) else source


def of_type(source, *types: str) -> list:
    """The events of a document (or a list) that are of one of `types`."""
    return [e for e in _events(source) if e.type in types]


def analysed_of_type(text: str, date: str, *types: str) -> list:
    """The events of one of `types` in `text`, analysed by the full pipeline as a document of
    `date`."""
    return of_type(analysed(text, date), *types)


def typed(*types: str):
    """`of_type` for `types` as a function of the document alone, for a file that names the
    events it reads ('strikes = typed("ASSAULT")')."""
    def pick(source):
        return of_type(source, *types)
    return pick


def show(evs) -> list[tuple]:
    """What a failed assertion prints of events: type, status, trigger and both sides."""
    return [(e.type, e.status, e.trigger.text, e.actors, e.recipients) for e in _events(evs)]


def only(source, type_: str):
    """The one event of `type_`; the test fails, showing every event, when there is not one."""
    found = of_type(source, type_)
    assert len(found) == 1, show(source)
    return found[0]


def by_trigger(source, word: str):
    """The one event whose trigger is `word`; the test fails, showing every event, otherwise."""
    found = [e for e in _events(source) if e.trigger.text == word]
    assert len(found) == 1, show(source)
    return found[0]


def rows(source, *fields: str) -> list[tuple]:
    """The named fields of each event as a tuple ('trigger' is its text): the shape a test
    compares in one assertion."""
    return [tuple(e.trigger.text if f == "trigger" else getattr(e, f) for f in fields)
            for e in _events(source)]


def types(doc) -> list[str]:
    """The events' types in text order."""
    return [e.type for e in _events(doc)]


def sorted_types(doc) -> list[str]:
    """The events' types in alphabetical order (a test of which types, not of their order)."""
    return sorted(types(doc))


def types_and_statuses(doc) -> list[tuple[str, str]]:
    """(type, status) of each event in text order."""
    return rows(doc, "type", "status")


def statuses(source, type_: str) -> list[str]:
    """The status of each event of `type_`."""
    return [e.status for e in of_type(source, type_)]


def sides(source, type_: str) -> list[tuple[list, list]]:
    """(actors, recipients) of each event of `type_`."""
    return rows(of_type(source, type_), "actors", "recipients")


def time_value(e):
    """The value of an event's time, None when it has none."""
    return e.time["value"] if e.time else None


def time_of(text: str, date: str, trigger: str):
    """The time value of the first event whose trigger is `trigger` in `text` of `date` (None
    when it has no time); the test fails, showing the events, when there is no such event."""
    evs = analysed_events(text, date)
    found = [e for e in evs if e.trigger.text == trigger]
    assert found, rows(evs, "type", "trigger")
    return (found[0].time or {}).get("value")

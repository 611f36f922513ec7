"""The JSON Schema of one analysed document (SPEC.md), for users' scripts and our tests.

Additional keys beyond SPEC.md are allowed where khronika adds information (`warnings` on the
document, `mentions` on an event, `speaker_text` on a quote); every key SPEC.md names is required and typed."""
from __future__ import annotations

_SPAN = {"type": "object", "required": ["start", "end", "text"],
         "properties": {"start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0},
                        "text": {"type": "string"}}}
_NULLABLE_STR = {"type": ["string", "null"]}
PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"]
STATUSES = ["occurred", "ongoing", "planned", "conditional", "negated"]

DOCUMENT_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "khronika document",
    "type": "object",
    "required": ["id", "date", "language", "title", "url", "text", "entities", "timexes",
                 "quotes", "events"],
    "properties": {
        "id": _NULLABLE_STR,
        "date": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "language": {"type": "string"},
        "title": _NULLABLE_STR,
        "url": _NULLABLE_STR,
        "text": {"type": "string"},
        "warnings": {"type": "array", "items": {"type": "string"}},
        "entities": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "name", "name_uk", "type", "wikidata", "mentions"],
            "properties": {
                "id": {"type": "string"}, "name": {"type": "string"}, "name_uk": {"type": "string"},
                "type": {"enum": ["PER", "ORG", "LOC", "MISC"]},
                "wikidata": {"type": ["string", "null"], "pattern": r"^Q\d+$"},
                "mentions": {"type": "array", "items": _SPAN}}}},
        "timexes": {"type": "array", "items": {
            "type": "object", "required": ["start", "end", "text", "type", "value", "mod"],
            "properties": {**_SPAN["properties"],
                           "type": {"enum": ["DATE", "TIME", "DURATION", "SET"]},
                           "value": {"type": "string", "minLength": 1},
                           "mod": {"enum": ["START", "MID", "END", "APPROX", None]}}}},
        "quotes": {"type": "array", "items": {
            "type": "object", "required": ["start", "end", "text", "kind", "speaker", "cue"],
            "properties": {**_SPAN["properties"], "kind": {"enum": ["direct", "indirect"]},
                           "speaker": _NULLABLE_STR,
                           "cue": {"oneOf": [{"type": "null"}, _SPAN]},
                           "speaker_text": _SPAN}}},
        "events": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "type", "mode", "status", "actors", "recipients", "place", "time",
                         "trigger", "evidence", "confidence"],
            "properties": {
                "id": {"type": "string"}, "type": {"enum": PLOVER_TYPES}, "mode": _NULLABLE_STR,
                "status": {"enum": STATUSES},
                "actors": {"type": "array", "items": {"type": "string"}},
                "recipients": {"type": "array", "items": {"type": "string"}},
                "place": _NULLABLE_STR,
                "time": {"oneOf": [{"type": "null"}, {
                    "type": "object", "required": ["value"],
                    "properties": {"value": {"type": "string"},
                                   "mod": {"enum": ["START", "MID", "END", "APPROX", None]}}}]},
                "trigger": _SPAN, "evidence": _SPAN,
                "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                "mentions": {"type": "array", "items": _SPAN}}}},
    },
}


def check_offsets(doc: dict) -> list[str]:
    """Problems where a span's text is not the slice of `text` it claims (empty when fine)."""
    text, problems = doc["text"], []

    def span(where, s):
        if not (0 <= s["start"] <= s["end"] <= len(text)) or text[s["start"]:s["end"]] != s["text"]:
            problems.append(f"{where}: {s['start']}-{s['end']} {s['text']!r}")

    for e in doc["entities"]:
        for m in e["mentions"]:
            span(f"entity {e['id']}", m)
    for t in doc["timexes"]:
        span("timex", t)
    for q in doc["quotes"]:
        span("quote", q)
        if q["cue"]:
            span("quote cue", q["cue"])
    for ev in doc["events"]:
        span(f"event {ev['id']} trigger", ev["trigger"])
        span(f"event {ev['id']} evidence", ev["evidence"])
        for m in ev.get("mentions", []):
            span(f"event {ev['id']} mention", m)
    ids = {e["id"] for e in doc["entities"]}
    for q in doc["quotes"]:
        if q["speaker"] is not None and q["speaker"] not in ids:
            problems.append(f"quote speaker {q['speaker']!r} is not an entity of the document")
    for ev in doc["events"]:
        for ref in ev["actors"] + ev["recipients"] + ([ev["place"]] if ev["place"] else []):
            if ref not in ids:
                problems.append(f"event {ev['id']} names {ref!r}, not an entity of the document")
    return problems

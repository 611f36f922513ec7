import datetime as dt

import jsonschema
import pytest

import khronika
from khronika.document import Document, Entity, Event, Mention, Quote, Span, Timex, parse_date
from khronika.schema import DOCUMENT_SCHEMA, check_offsets


def test_analyze_returns_document_with_spec_json():
    doc = khronika.analyze("Сьогодні уряд провів нараду.", date="2026-01-02", id="x")
    assert isinstance(doc, Document) and doc.date == dt.date(2026, 1, 2)
    out = doc.to_json()
    jsonschema.validate(out, DOCUMENT_SCHEMA)
    assert list(out)[:6] == ["id", "date", "language", "title", "url", "text"]


def test_round_trip_through_json():
    text = "Зеленський зустрівся з Туском у Варшаві."
    doc = Document(text=text, id="d", date=dt.date(2025, 5, 1))
    doc.entities["zelenskyy"] = Entity("zelenskyy", "Volodymyr Zelenskyy", "Володимир Зеленський", "PER", "Q3874799", True)
    doc.entities["warsaw"] = Entity("warsaw", "Warsaw", "Варшава", "LOC", "Q270", True)
    doc.mentions += [Mention(0, 10, "Зеленський", "zelenskyy", "PER"), Mention(32, 39, "Варшаві", "warsaw", "LOC")]
    doc.timexes.append(Timex(0, 0, "", "DATE", "2025-05-01"))
    doc.quotes.append(Quote(11, 20, text[11:20], "indirect", "zelenskyy", Span.of(text, 11, 20)))
    doc.events.append(Event("e1", "CONSULT", "occurred", Span.of(text, 11, 20), Span.of(text, 0, 40),
                            actors=["zelenskyy"], place="warsaw", mentions=[Span.of(text, 0, 10)]))
    out = doc.to_json()
    assert check_offsets(out) == []
    again = Document.from_json(out).to_json()
    assert again == out


def test_entity_referenced_only_by_a_quote_is_listed():
    doc = Document(text="«Так», – сказав він.")
    doc.entities["p"] = Entity("p", "P", "П", "PER")
    doc.quotes.append(Quote(1, 4, "Так", "direct", "p"))
    out = doc.to_json()
    assert out["entities"] == [{"id": "p", "name": "P", "name_uk": "П", "type": "PER",
                                "wikidata": None, "kb": False, "mentions": [],
                                "named": False, "refs": []}]
    assert check_offsets(out) == []


def test_check_offsets_finds_a_lie():
    out = Document(text="Київ").to_json()
    out["timexes"].append({"start": 0, "end": 2, "text": "Ки", "type": "DATE", "value": "x", "mod": None})
    assert check_offsets(out) == []
    out["timexes"][0]["text"] = "Ні"
    assert check_offsets(out)


def test_parse_date():
    assert parse_date("2025-11-24T10:00:00Z") == dt.date(2025, 11, 24)
    assert parse_date(None) is None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date("24.11.2025")


def test_document_coerces_string_and_datetime_dates():
    assert Document(text="x", date="2025-11-24").date == dt.date(2025, 11, 24)
    assert Document(text="x", date=dt.datetime(2025, 11, 24, 9, 30)).date == dt.date(2025, 11, 24)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        Document(text="x", date="вчора")

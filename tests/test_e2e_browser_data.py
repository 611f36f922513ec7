"""The long document of the browser tests, also used where Chromium is not needed."""
from __future__ import annotations


def long_doc_for_store() -> dict:
    """A long article whose only event sits far below the fold, to see the page land on it."""
    filler = "".join(f"Абзац {i}: у місті тривав звичайний робочий день без особливих новин.\n"
                     for i in range(1, 61))
    sentence = "Уряд Норвегії надасть Україні нову допомогу наступного місяця."
    text = filler + sentence + "\nКінець повідомлення."
    start = text.index(sentence)
    trig = text.index("надасть")
    return {"id": "doc-long", "date": "2030-03-10", "language": "uk", "url": None, "title": "Довга стаття",
            "text": text,
            "entities": [{"id": "norway", "name": "Norway", "name_uk": "Норвегія", "type": "LOC",
                          "wikidata": "Q20", "mentions": [{"start": text.index("Норвегії"),
                                                           "end": text.index("Норвегії") + 8, "text": "Норвегії"}]}],
            "timexes": [], "quotes": [],
            "events": [{"id": "e1", "type": "AID", "mode": None, "status": "planned", "actors": ["norway"],
                        "recipients": [], "place": None, "time": {"value": "2030-04", "mod": None},
                        "trigger": {"start": trig, "end": trig + 7, "text": "надасть"},
                        "evidence": {"start": start, "end": start + len(sentence), "text": sentence},
                        "confidence": 0.7}]}

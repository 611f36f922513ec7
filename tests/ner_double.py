"""A stand-in for the statistical NER model in entity-layer tests: it tags every occurrence
of the surface strings it is given, so a test says exactly which spans the model proposes."""
from __future__ import annotations


class FakeNer:
    def __init__(self, spans):
        self.spans = spans          # [(surface, type)]

    def predict(self, doc):
        out = []
        for surface, typ in self.spans:
            start = 0
            while (pos := doc.text.find(surface, start)) >= 0:
                out.append((pos, pos + len(surface), typ))
                start = pos + len(surface)
        return out


def analyse_with_spans(pipe, text: str, date: str, spans=()):
    """`text` analysed by `pipe` with the entity component's model swapped for a FakeNer over
    `spans` for this one call (the module-scoped pipeline is shared by a file's tests)."""
    from khronika.document import Document, parse_date

    ent = next(run for info, run in pipe.components if info.name == "entities")
    saved = ent._ner
    ent._ner = FakeNer(spans)
    try:
        doc = Document(text=text, date=parse_date(date))
        pipe(doc)
    finally:
        ent._ner = saved
    return doc

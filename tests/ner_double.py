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

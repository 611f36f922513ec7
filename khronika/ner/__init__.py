"""Statistical Ukrainian NER trained on NER-UK 2.0 (stub: the real model lands shortly).

The entity component calls `load_ner()` and, when it returns a model, `predict(doc)`;
both work on khronika's own tokens so training and run time see the same segmentation.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Document


class NerModel:
    """Wraps the shipped model; spans are character offsets into doc.text."""

    def predict(self, doc: "Document") -> list[tuple[int, int, str]]:
        """Return (start, end, type) spans, type in PER/ORG/LOC/MISC."""
        return []


def load_ner() -> "NerModel | None":
    """None while no model is shipped, so callers can fall back without try/except."""
    return None

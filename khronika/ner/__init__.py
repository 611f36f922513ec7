"""Statistical Ukrainian NER: a CRF trained on NER-UK 2.0 (lang-uk, CC BY-NC-SA 4.0) over
khronika's own tokens, shipped in `khronika/models/ner_uk/`.

The entity component calls `load_ner()` and, when it returns a model, `predict(doc)`. A
missing model file gives None rather than an error so the rule-based layers still run.
Rebuild with `khronika train-ner --data DIR` (see `khronika.ner.train`).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .model import MODEL_FILE, NerModel

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner_uk"

__all__ = ["NerModel", "load_ner", "MODEL_DIR"]


@lru_cache(maxsize=None)
def load_ner() -> NerModel | None:
    """The shipped model, loaded once per process; None when it is absent or unreadable,
    so callers can fall back without try/except."""
    path = MODEL_DIR / MODEL_FILE
    if not path.is_file():
        return None
    try:
        return NerModel(path)
    except Exception:       # a truncated or foreign file must not take the pipeline down
        return None

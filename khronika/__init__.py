"""khronika: a chronicle of statecraft read from Ukrainian news.

    >>> import khronika
    >>> doc = khronika.analyze("Сьогодні Рустем Умєров у Туреччині.", date="2026-01-02")
    >>> doc.to_json()["timexes"][0]["value"]
    '2026-01-02'
"""
from .document import Document
from .pipeline import Pipeline, analyze, component, get_pipeline
from .settings import Settings

__version__ = "0.2.0"
__all__ = ["Document", "Pipeline", "Settings", "analyze", "component", "get_pipeline", "__version__"]

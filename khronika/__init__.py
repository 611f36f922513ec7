"""khronika: a chronicle of statecraft read from Ukrainian news.

    >>> import khronika
    >>> doc = khronika.analyze("Сьогодні Рустем Умєров у Туреччині.", date="2026-01-02")
    >>> doc.to_json()["timexes"][0]["value"]
    '2026-01-02'

The public names are loaded when first asked for, not with the package: every submodule
(`khronika.store`, `khronika.commands`, ...) imports this file first, and a query command or an
API read must not pay for the language pipeline it never runs.
"""
from __future__ import annotations

__version__ = "0.2.0"
__all__ = ["Document", "Pipeline", "Settings", "analyze", "component", "get_pipeline", "__version__"]

# public name -> the submodule that defines it
_LAZY = {"Document": "document", "Pipeline": "pipeline", "analyze": "pipeline",
         "component": "pipeline", "get_pipeline": "pipeline", "Settings": "settings"}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value          # asked once: later look-ups skip this function
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))

"""Knowledge base of countries, places, organisations and people, with dated roles.

`get_kb()` is the cached process-wide instance: `entity(id)`, `lookup(surface_form)` (any
case: "Туреччиною" -> Turkey) and `holder(role, of, date)` ("president", "united-states",
2024-06-01 -> Joe Biden), `roles_of(id, date)`. The data lives in `khronika/lang/uk/kb/*.yaml`.
"""
from __future__ import annotations

from .base import KBEntity, KnowledgeBase, RoleSpan, build_kb, get_kb
from .translit import slug, transliterate

__all__ = ["KBEntity", "KnowledgeBase", "RoleSpan", "build_kb", "get_kb", "slug", "transliterate"]

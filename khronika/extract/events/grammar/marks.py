"""The punctuation the events rules read as structure: the marks that open and close a quoted
name or term, and the dashes that stand for a left-out verb or open direct speech.

A module of its own, with no imports, because the walk from a name to its governor
(`grammar.ties`), the sides read from case (`arguments.case_sides`) and the kinds of statement
(`lexicon.kinds`) all need the same marks: kept in `lexicon.kinds`, the grammar room would have
to import from the lexicon room that imports it, a cycle; kept as literals in each, they drift.
"""
from __future__ import annotations

# «Азовсталь», „Північний потік“, “Свобода”: the quotes a name or a term opens with
OPENING_MARKS = frozenset({"«", "„", "“"})
# and closes with ("“" closes a „...“ name; read first as opening where both fit)
CLOSING_MARKS = frozenset({"»", "”", "“"})
DASHES = frozenset({"-", "—", "–"})

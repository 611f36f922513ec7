"""Character normalisation for matching that keeps offsets: every mapping is one code point to
one code point, so an index into the normalised text is an index into the original."""
from __future__ import annotations

APOSTROPHES = "'’ʼ`ʹ′‘"
DASHES = "-–—‒―−"
QUOTE_OPEN = "«„“‹\""
QUOTE_CLOSE = "»“”›\""

# hyphens (U+2010, and U+2011 that keeps "9‑го" on one line) join words as "-" does
HYPHENS = "\u2010\u2011"

_TABLE = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in DASHES + HYPHENS},
                        "ё": "е", "Ё": "Е", "\u00a0": " "})


def norm_chars(text: str) -> str:
    """Same length as `text`: apostrophe and dash variants unified, no-break spaces made plain."""
    return text.translate(_TABLE)


def norm_word(word: str) -> str:
    """Lowercased, apostrophes and dashes unified: the key used by lexicons and caches."""
    return word.translate(_TABLE).lower()


def is_dash(ch: str) -> bool:
    return ch in DASHES

"""Character normalisation for matching that keeps offsets: every mapping is one code point to
one code point, so an index into the normalised text is an index into the original."""
from __future__ import annotations

import re
from functools import lru_cache

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


_APOSTROPHE_TABLE = str.maketrans({c: "'" for c in APOSTROPHES})
# str.translate with a table looks every character of a non-ASCII word up (~3 us a word here);
# most words hold none of the characters a table changes, and a search for them says so in a
# tenth of that: the words met for the first time (each parsed, analysed and keyed once) paid
# it three times each
_OTHER_APOSTROPHE = re.compile("[" + re.escape(APOSTROPHES.replace("'", "")) + "]")
_TABLE_CHARS = re.compile("[" + re.escape("".join(map(chr, _TABLE))) + "]")


def one_apostrophe(text: str) -> str:
    """Every apostrophe variant (’ ʼ ` ‘ ′ ʹ) as the ASCII one the dictionaries and data files
    write: "Кам’янка", "Камʼянка" and "Кам`янка" are one word to every lookup."""
    return text.translate(_APOSTROPHE_TABLE) if _OTHER_APOSTROPHE.search(text) else text


_ROMAN_CYRILLIC = str.maketrans({"І": "I", "Х": "X"})
_ROMAN = re.compile(r"^(?=[IVXLC]{2,}$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_LETTERS = re.compile(r"[IVXLCІХ]{2,}$")     # what `_ROMAN` needs, before the translation


def roman_numeral(word: str) -> bool:
    """A Roman numeral of two letters or more, written in Latin or with the Cyrillic letters
    that look the same ("ІІІ", "ХІV"): a regnal number, never a word to inflect. One letter
    ("І", "X") is left alone: "І" is also the conjunction."""
    return _ROMAN_LETTERS.match(word) is not None and bool(_ROMAN.match(word.translate(_ROMAN_CYRILLIC)))


@lru_cache(maxsize=1 << 17)
def norm_word(word: str) -> str:
    """Lowercased, apostrophes and dashes unified: the key used by lexicons and caches. A
    Roman numeral typed in Cyrillic letters ("Карл ІІІ") is keyed as the Latin one ("III").
    Kept per word form: every layer asks again for the forms of the words it reads."""
    if roman_numeral(word):
        return word.translate(_ROMAN_CYRILLIC).lower()
    return word.translate(_TABLE).lower() if _TABLE_CHARS.search(word) else word.lower()


def is_dash(ch: str) -> bool:
    return ch in DASHES

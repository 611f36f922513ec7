"""Official Ukrainian-to-Latin transliteration (Cabinet of Ministers resolution No. 55, 2010)
for names of document-local entities, and the slug ids made from them."""
from __future__ import annotations

import re
from functools import lru_cache

from ..textnorm import APOSTROPHES

_TABLE = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
          "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
          "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
          "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
          "я": "ia", "ё": "io", "ы": "y", "э": "e", "ъ": ""}
_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


@lru_cache(maxsize=1 << 15)
def _word(word: str) -> str:
    """One word (names recur within longer names: kept per word as well as per text)."""
    out = []
    low = "".join(c.lower()[:1] or c for c in word)   # 'İ'.lower() is two characters
    for i, ch in enumerate(low):
        if ch in APOSTROPHES:
            continue
        if ch == "г" and i > 0 and low[i - 1] == "з":
            lat = "gh"                      # зг -> zgh, to tell it from ж
        elif i == 0 and ch in _INITIAL:
            lat = _INITIAL[ch]
        else:
            lat = _TABLE.get(ch, ch)
        if word[i].isupper() and lat:
            lat = lat[0].upper() + lat[1:]
        out.append(lat)
    return "".join(out)


@lru_cache(maxsize=1 << 15)
def transliterate(text: str) -> str:
    """Word by word, so the word-initial forms (Є -> Ye, Ю -> Yu) apply after spaces and
    hyphens too."""
    return re.sub(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", lambda m: _word(m.group()), text)


@lru_cache(maxsize=1 << 15)
def slug(text: str) -> str:
    """Lowercase ASCII id: "Volodymyr Zelenskyy" -> "volodymyr-zelenskyy"."""
    s = transliterate(text).lower()
    s = s.replace("ü", "u").replace("ö", "o").replace("ğ", "g").replace("ı", "i").replace("ş", "s") \
        .replace("ç", "c").replace("é", "e").replace("á", "a").replace("ó", "o").replace("í", "i") \
        .replace("ñ", "n").replace("ä", "a").replace("ô", "o").replace("è", "e").replace("ã", "a")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def local_id(name: str, taken) -> str:
    """The id of an entity outside the knowledge base named `name`: its slug, with "-local"
    where the knowledge base has an entity of that id (a namesake, one of several villages of
    one name), so a local entity never passes for the knowledge base's own."""
    eid = slug(transliterate(name))
    return eid + "-local" if eid in taken else eid

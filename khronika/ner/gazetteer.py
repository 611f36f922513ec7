"""Knowledge-base matches as CRF features: a token inside a KB name gets its place in the
match (B/I/L/U) and the KB types the name can have.

The CRF alone sees a word once per context; the knowledge base knows every KATOTTG place,
country, person and body in every case form ("Бородянкою", "Харківщині", "Джонсона"). The
model learns how far to trust a match: a village name that is also a common word (a gated
place, marked "?") or a surname alone (marked "s") is weaker evidence than a full name.
Matching mirrors the entity layer's gazetteer: longest match first, every word's
capitalisation as the alias writes it.
"""
from __future__ import annotations

from functools import lru_cache

from ..textnorm import norm_word

_NONE: tuple[str, ...] = ()


@lru_cache(maxsize=200_000)
def _norm(word: str) -> str:
    return norm_word(word)


def _caps_ok(word: str, need: int) -> bool:
    if need == 0:
        return True
    if need == 1:
        return word[:1].isupper()
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


class Gazetteer:
    """Per-token KB features of a sentence; `kb` is a `KnowledgeBase` with a built index."""

    def __init__(self, kb):
        self.kb = kb
        self.index = kb.index
        self.lengths = kb.index.lengths
        self._kind: dict[int, str] = {}        # surface id -> "LOC", "LOC?", "PERs", ...
        self._words: dict[str, tuple] = {}

    def _surface_kind(self, sid: int) -> str:
        kind = self._kind.get(sid)
        if kind is None:
            e = self.kb.entities[self.index.ent[sid]]
            kind = e.type + ("?" if e.gate else "") + ("" if self.index.full[sid] else "s")
            self._kind[sid] = kind
        return kind

    def _kinds(self, words: list[str], i: int, L: int) -> str | None:
        """The KB kinds the L words from i can name, written as in the text, or None."""
        key = "\x1f".join([_norm(w) for w in words[i:i + L]]) if L > 1 else _norm(words[i])
        v = self.index.keys.get(key)
        if v is None:
            return None
        kinds = set()
        for sid in ((v,) if isinstance(v, int) else v):
            caps = self.index.caps[sid]
            if len(caps) == L and all(_caps_ok(words[i + k], caps[k]) for k in range(L)):
                kinds.add(self._surface_kind(sid))
        return "|".join(sorted(kinds)) if kinds else None

    def _word(self, word: str) -> tuple[tuple[int, ...], str | None]:
        """(lengths of KB names that can start with the word, its kinds as a one-word name),
        kept per distinct word: most words of a text repeat."""
        got = self._words.get(word)
        if got is None:
            lens = self.lengths.get(_norm(word), ()) if word[:1].isalpha() else ()
            got = (lens, self._kinds([word], 0, 1) if 1 in lens else None)
            if len(self._words) < 300_000:
                self._words[word] = got
        return got

    def features(self, words: list[str]) -> list[tuple[str, ...]]:
        """One tuple per word: () outside a KB name, else ("gz=B-LOC", "gzt=LOC") and the
        like (position-typed and type-only); a word inside a longer match that is a name on
        its own says so too ("gzw=LOC": "України" in the village "Вільна Україна")."""
        n = len(words)
        out = [_NONE] * n
        get = self._words.get
        info = [get(w) or self._word(w) for w in words]
        i = 0
        while i < n:
            lens, single = info[i]
            if not lens:
                i += 1
                continue
            hit = None
            for L in lens:
                if i + L <= n:
                    kinds = single if L == 1 else self._kinds(words, i, L)
                    if kinds:
                        hit = L, kinds
                        break
            if hit is None:
                i += 1
                continue
            L, kinds = hit
            t = "gzt=" + kinds
            if L == 1:
                out[i] = ("gz=U-" + kinds, t)
            else:
                out[i] = ("gz=B-" + kinds, t)
                for k in range(i + 1, i + L - 1):
                    out[k] = ("gz=I-" + kinds, t)
                out[i + L - 1] = ("gz=L-" + kinds, t)
                for k in range(i, i + L):
                    own = info[k][1]
                    if own and words[k][:1].isupper():
                        out[k] = ("gzw=" + own,) + out[k]
            i += L
        return out


@lru_cache(maxsize=None)
def default_gazetteer() -> Gazetteer | None:
    """The process-wide knowledge base as a gazetteer (None when it cannot be loaded, so a
    model still tags without it)."""
    try:
        from ..kb import get_kb
        return Gazetteer(get_kb())
    except Exception:
        return None

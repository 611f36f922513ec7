"""Knowledge-base matches as CRF features: a token inside a KB name gets its place in the
match (B/I/L/U) and the KB types the name can have.

The CRF alone sees a word once per context; the knowledge base knows every KATOTTG place,
country, person and body in every case form ("Бородянкою", "Харківщині", "Джонсона"). The
model learns how far to trust a match: a village name that is also a common word (a gated
place, marked "?") or a surname alone (marked "s") is weaker evidence than a full name.
The matches are the entity layer's own (`kb.matches`, looked up once per document): longest
name first, every word capitalised as the alias writes it.
"""
from __future__ import annotations

from functools import lru_cache

from ..kb.matches import Matches, match_words
from ..textnorm import norm_word

_NONE: tuple[str, ...] = ()


class Gazetteer:
    """Per-token KB features of a sentence; `kb` is a `KnowledgeBase` with a built index."""

    def __init__(self, kb):
        self.kb = kb
        self.index = kb.index
        self._kinds: dict[tuple[int, ...], str] = {}   # surface ids -> "LOC", "LOC?|PERs", ...

    def kinds(self, sids: tuple[int, ...]) -> str:
        """The KB kinds a match can name: type, "?" for a gated place, "s" for a name that
        is not full (a surname alone)."""
        got = self._kinds.get(sids)
        if got is None:
            index, ents = self.index, self.kb.entities
            kinds = set()
            for s in sids:
                e = ents[index.ent[s]]
                kinds.add(e.type + ("?" if e.gate else "") + ("" if index.full[s] else "s"))
            got = self._kinds[sids] = "|".join(sorted(kinds))
        return got

    def match(self, words: list[str]) -> Matches:
        """`kb.matches.match_words` for a bare word list (no document to share it with)."""
        return match_words(self.index, words, [norm_word(w) for w in words],
                           [any(c.isalnum() for c in w) for w in words])

    def features(self, words: list[str], matches: Matches | None = None) -> list[tuple[str, ...]]:
        """One tuple per word: () outside a KB name, else ("gz=B-LOC", "gzt=LOC") and the
        like (position-typed and type-only); a word inside a longer match that is a name on
        its own says so too ("gzw=LOC": "України" in the village "Вільна Україна").
        `matches`: the sentence's slice of the document's matches (looked up when None); a
        name running past the sentence's end is not taken."""
        n = len(words)
        if matches is None:
            matches = self.match(words)
        out = [_NONE] * n
        i = 0
        while i < n:
            found = matches[i]
            hit = None
            for L, sids in found:
                if i + L <= n:
                    hit = L, sids
                    break
            if hit is None:
                i += 1
                continue
            L, sids = hit
            kinds = self.kinds(sids)
            t = "gzt=" + kinds
            if L == 1:
                out[i] = ("gz=U-" + kinds, t)
            else:
                out[i] = ("gz=B-" + kinds, t)
                for k in range(i + 1, i + L - 1):
                    out[k] = ("gz=I-" + kinds, t)
                out[i + L - 1] = ("gz=L-" + kinds, t)
                for k in range(i, i + L):
                    own = matches[k]
                    if own and own[-1][0] == 1 and words[k][:1].isupper():
                        out[k] = ("gzw=" + self.kinds(own[-1][1]),) + out[k]
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

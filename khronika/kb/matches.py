"""Knowledge-base names found in a document's tokens, looked up once per document.

The entity layer links these matches and the NER model reads them as features. Both need
the same lookup (every alias in every case form, each word capitalised as the alias writes
it, a name spelt with ґ also found under г), so it is done once and kept in `doc.meta`:
before, the NER gazetteer repeated the entity layer's lookup, ~12% of NER time.
"""
from __future__ import annotations

from .base import Surface

_KEY = "_kb_matches"

Matches = list[tuple[tuple[int, tuple[int, ...]], ...]]


def _g(word: str) -> str:
    return word.replace("ґ", "г")


def caps_ok(text: str, need: int) -> bool:
    """Does a word written `text` fit an alias word of capitalisation `need` (0 any, 1 an
    initial capital, 2 all capitals)?"""
    if need == 0:
        return True
    if need == 1:
        return text[:1].isupper()
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def match_words(index, texts: list[str], norms: list[str], words: list[bool]) -> Matches:
    """Per token, the KB names that start at it: ((length, surface ids), ...) longest first,
    each surface id fitting the text's capitalisation; () where none starts."""
    lengths, keys, caps = index.lengths, index.keys, index.caps
    n = len(texts)
    out: Matches = [()] * n
    # most words start no name: the first lookup of every token in one C-level pass, and
    # only the words that start one (or hold a ґ, looked up again under г) go on
    firsts = list(map(lengths.get, norms))
    for i in [i for i, lens in enumerate(firsts) if lens or "ґ" in norms[i]]:
        if not words[i]:
            continue
        lens = firsts[i]
        if not lens:
            lens = lengths.get(_g(norms[i]))
            if not lens:
                continue
        found = []
        for L in lens:
            if i + L > n:
                continue
            key = "\x1f".join(norms[i:i + L]) if L > 1 else norms[i]
            v = keys.get(key)
            if v is None and "ґ" in key:
                v = keys.get(_g(key))
            if v is None:
                continue
            sids = (v,) if isinstance(v, int) else v
            if L == 1:      # most names are one word: one check per surface, no inner loop
                text = texts[i]
                ok = tuple(s for s in sids if len(caps[s]) == 1 and caps_ok(text, caps[s][0]))
            else:
                ok = tuple(s for s in sids
                           if len(caps[s]) == L and all(caps_ok(texts[i + k], caps[s][k])
                                                        for k in range(L)))
            if ok:
                found.append((L, ok))
        if found:
            out[i] = tuple(found)
    return out


def doc_matches(doc, kb) -> Matches:
    """`match_words` over the document's tokens, computed on first use and kept in
    `doc.meta` for the next layer that asks (keyed by the index and the token count, so a
    re-segmented document or another knowledge base gets a fresh lookup)."""
    meta = doc.meta
    got = meta.get(_KEY)
    toks = doc.tokens
    if got is not None and got[0] == id(kb.index) and got[1] == len(toks):
        return got[2]
    m = match_words(kb.index, [t.text for t in toks], [t.norm for t in toks],
                    [t.is_word for t in toks])
    meta[_KEY] = (id(kb.index), len(toks), m)
    return m


def drop_matches(doc) -> None:
    """Forget the lookup once the layers that read it are done (documents travel between
    processes and into stores: no reason to carry it)."""
    doc.meta.pop(_KEY, None)


def surfaces(index, sids: tuple[int, ...]) -> list[Surface]:
    return [Surface(index.ent[s], index.caps[s], index.full[s]) for s in sids]

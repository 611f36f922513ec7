"""Index text for search despite Ukrainian inflection: each word is indexed as its pymorphy3
lemma and as a crude suffix-stripped stem, and a query is turned into the same pair per word.

The lemma alone is not enough: pymorphy3 guesses unknown surnames badly ("Умєрова" ->
"умєрів"), while the stem ("умєр") joins "Умєров", "Умєрова", "Умєровим". Stems are prefixed
with "s_" so a stem never collides with a lemma (the SQLite index keeps "_" inside a token, see
migration 0010; on PostgreSQL terms are lexemes as they are, migration 0011).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..textnorm import norm_word

WORD = re.compile(r"\w+(?:['’ʼ-]\w+)*", re.UNICODE)
CYRILLIC = re.compile(r"[а-яіїєґ]", re.IGNORECASE)


@lru_cache(maxsize=1)
def _suffixes() -> tuple[int, tuple[str, ...]]:
    from ..lang.uk import load
    data = load("search_suffixes")
    sufs = sorted(set(data["suffixes"]), key=len, reverse=True)
    return int(data.get("min_stem", 3)), tuple(sufs)


def _clean(word: str) -> str:
    return norm_word(word).lower().replace("'", "").replace("-", "")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The crude stem of a lowercased word."""
    w = _clean(word)
    min_stem, sufs = _suffixes()
    if not CYRILLIC.search(w):
        return w
    for suf in sufs:
        if w.endswith(suf) and len(w) - len(suf) >= min_stem:
            return w[: -len(suf)]
    return w


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    if not CYRILLIC.search(word):
        return _clean(word)
    from ..extract.morph import analyse
    return _clean(analyse(word).lemma)


def word_terms(word: str) -> tuple[str, ...]:
    """Index terms of one word: lemma and stem (once when equal)."""
    lem, st = lemma(word), "s_" + stem(word)
    return (lem, st) if lem else (st,)


def index_text(text: str | None) -> str:
    """The body indexed for a text: its terms, space-separated."""
    if not text:
        return ""
    out: list[str] = []
    for m in WORD.finditer(text):
        out.extend(word_terms(m.group()))
    return " ".join(out)


def query_groups(query: str) -> list[tuple[str, ...]]:
    """One OR-group of terms per query word (the words are ANDed)."""
    groups = []
    for m in WORD.finditer(query or ""):
        terms = tuple(dict.fromkeys(t for t in word_terms(m.group()) if t and t != "s_"))
        if terms:
            groups.append(terms)
    return groups


def fts5_query(query: str) -> str | None:
    groups = query_groups(query)
    if not groups:
        return None
    return " AND ".join("(" + " OR ".join('"' + t.replace('"', "") + '"' for t in g) + ")"
                        for g in groups)


def tsquery(query: str) -> str | None:
    """The query as PostgreSQL's tsquery input (its terms as they are: no parser splits a
    stem); a term too long to be a lexeme is in no row (`search.pg_tsvector`)."""
    def q(t: str) -> str:
        return "'" + t.replace("'", "''").replace("\\", "") + "'"
    groups = [[t for t in g if len(t.encode()) <= 2046] for g in query_groups(query)]
    if not groups or not all(groups):
        return None
    return " & ".join("(" + " | ".join(q(t) for t in g) + ")" for g in groups)


def name_key(*names: str | None) -> str:
    """Stems of every word of an entity's names, for finding it by any inflected form."""
    words = []
    for n in names:
        for m in WORD.finditer(n or ""):
            words.append(stem(m.group()))
    return " " + " ".join(dict.fromkeys(words)) + " "

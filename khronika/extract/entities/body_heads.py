"""The words the knowledge base's body names open with, read from the names themselves: a
capitalised common noun opening a span is a body's head only where some body is named so
("Посольство США", "Рада безпеки ООН"), and a one-word body name takes a genitive of its own
only where its longer names go on in lower case ("Рада безпеки", not "Кремль")."""
from __future__ import annotations

from functools import lru_cache

from ...kb.base import KnowledgeBase
from ...lang.uk import load

_CACHE: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _sift(kb: KnowledgeBase) -> tuple[frozenset[str], frozenset[str]]:
    got = _CACHE.get(id(kb))
    if got is None:
        opening, genitive = set(), set()
        for _, typ, uk, aliases in kb.entities.fields("type", "name_uk", "aliases"):
            if typ != "ORG":
                continue
            for name in (uk, *(aliases or ())):
                words = (name or "").split()
                if len(words) > 1 and words[0][:1].isupper() and not words[0].isupper():
                    opening.add(words[0].lower())
                    if words[1][:1].islower():
                        genitive.add(words[0].lower())
        got = _CACHE[id(kb)] = (frozenset(opening), frozenset(genitive))
    return got


def opening_words(kb: KnowledgeBase) -> frozenset[str]:
    """The first words (nominative, lower case) of the KB's body names of two words or more."""
    return _sift(kb)[0]


def genitive_heads(kb: KnowledgeBase) -> frozenset[str]:
    """The first words of the KB's body names that go on in a lowercase word ("Рада безпеки
    ООН", "Комітет з питань ...", "Конгрес місцевих та регіональних влад"), lower case."""
    return _sift(kb)[1]


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    d = load("body_names") or {}
    return frozenset([*(d.get("head_nouns") or ()), *(d.get("span_opening_heads") or ())])


def body_head(kb: KnowledgeBase, lemma: str) -> bool:
    """A noun (lemma, lower case) that heads a body's name: a KB body's name opens with it,
    it is one of body_names.yaml's `head_nouns` or `span_opening_heads`, or a compound that
    ends in one ("госпсуд", "міськрада")."""
    heads = _heads()
    if lemma in heads or lemma in opening_words(kb):
        return True
    return any(len(h) >= 3 and len(lemma) > len(h) and lemma.endswith(h) for h in heads)

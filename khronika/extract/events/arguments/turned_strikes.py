"""A strike on the striker is another happening: "Російський корабель обстріляв Одесу. Ракети
«Нептун» уразили корабель."

A strike told by its weapon ("ракети уразили", "снаряди влучили") names no doer; it is
read as a detail of the strike told just before ("Бойовики обстріляли Маріуполь. Снаряди впали
на мікрорайон"), whose striker it takes and into which it merges. But when what it hits is
what struck before (the same noun, or a craft of the same fleet: `craft_nouns` in
lang/uk/events.yaml), the sides are turned: the second strike is the other side's, so it takes
no striker from the first and is never merged into it. The nouns are read from the clause's
grammar: the nominatives before a strike verb strike, the first noun after it is hit.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.clauses import lemma_of_tok
from ..grammar.governing import under_preposition
from ..lexicon.compiled import Lexicon

# the prepositions a strike verb's target may stand after ("влучили в корабель", "вдарили по
# складу")
TARGET_PREPOSITIONS = frozenset({"в", "у", "по", "на"})


def noun_kind(lex: Lexicon, lemma: str) -> str:
    """The kind a noun is compared by: any craft of a fleet is one kind ("флот", "крейсер")."""
    return "craft" if lemma in lex.word_list("craft_nouns") else lemma


def strikers_of(lex: Lexicon, doc: Document, lo: int, verb: int) -> frozenset[str]:
    """The kinds of the common nouns before the verb at `verb` (from token lo) that can be its
    nominative subject: under no preposition, with a nominative reading."""
    toks = doc.tokens
    out = set()
    for m in range(lo, verb):
        t = toks[m]
        if t.pos != "NOUN" or not (t.text.islower() or m == lo):
            continue
        if under_preposition(toks, m, lo):
            continue
        if any(p.tag.case == "nomn" for p in parses(t.text)):
            out.add(noun_kind(lex, lemma_of_tok(t)))
    return frozenset(out)


def struck_of(lex: Lexicon, doc: Document, j: int, hi: int, subject: bool = True) -> frozenset[str]:
    """The kind of the first noun after a strike verb ending at j (to token hi), over its
    adjectives and a target's preposition: what it hit. With no subject before the verb
    (`subject` false), a bare noun there that can be a nominative of the verb's number is the
    inverted subject ("Туди вдарили російські ракети"), not what was hit."""
    toks = doc.tokens
    m = j
    prep = False
    while m < hi and (toks[m].pos in ("ADJF", "PRTF") or toks[m].norm in TARGET_PREPOSITIONS):
        prep = prep or toks[m].norm in TARGET_PREPOSITIONS
        m += 1
    if m >= hi or toks[m].pos != "NOUN":
        return frozenset()
    verb = toks[j - 1]
    plural = verb.number == "plur"
    if not prep and not subject and any(p.tag.case == "nomn" and ("plur" in p.tag) == plural
                                        for p in parses(toks[m].text)):
        return frozenset()
    return frozenset({noun_kind(lex, lemma_of_tok(toks[m]))})


def strike_nouns(lex: Lexicon, doc: Document, cl, i: int, j: int, type_: str) -> tuple[frozenset, frozenset]:
    """(strikers, struck) of a strike told by its verb at i..j in clause `cl`; empty for
    anything else."""
    if type_ != "ASSAULT" or doc.tokens[i].pos != "VERB":
        return frozenset(), frozenset()
    strikers = strikers_of(lex, doc, cl.lo, i)
    return strikers, struck_of(lex, doc, j, cl.hi, bool(strikers))


def turned_on_striker(e, c) -> bool:
    """Of two strike mentions, one hits what struck in the other."""
    return bool((c.struck & e.strikers) or (e.struck & c.strikers))

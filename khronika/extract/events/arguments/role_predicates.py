"""A clause that names a role is no clause of the happening beside it.

"На переговорах з Україною гарантами можуть стати Німеччина, Канада, Польща": the states are the
subject of a link verb whose predicate is a role in the instrumental ("гарантами",
"посередниками"); they are said to be, or to become, guarantors, not to hold the talks named
in the clause's frame ("на переговорах", "за підсумками переговорів": `frame_openers`). So the
subject of such a clause is no side of a trigger noun that frames it. The link verbs are data (`copulas`
in lang/uk/events.yaml); the predicate is read from the grammar: a common noun that can be
instrumental, standing bare (no preposition before it) in the clause.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import Clause, _can_be, lemma_of_tok
from ..grammar.governing import past_modifiers, preposition_ending, under_preposition
from ..grammar.names import Arg
from ..lexicon.compiled import Lexicon


def _framed(doc: Document, i: int, lo: int, lex: Lexicon) -> bool:
    """The trigger noun at i, over its adjectives, follows a frame's preposition
    (`frame_openers`: "на", "під час", "за підсумками", "після"), of one or two words."""
    toks = doc.tokens
    return preposition_ending(toks, past_modifiers(toks, i, lo), lo, lex.word_list("frame_openers")) is not None


def role_predicate(doc: Document, args: list[Arg], cl: Clause, i: int, lex: Lexicon) -> bool:
    """The trigger at i is a noun framing its clause ("на переговорах", "за підсумками
    переговорів"; "Без переговорів Туреччина не зможе бути посередником" is no frame: the
    subject would hold them), and the clause is a link verb's (finite, or an infinitive under a
    modal: "можуть стати") with a bare instrumental common noun as its predicate."""
    toks = doc.tokens
    if toks[i].pos != "NOUN" or not _framed(doc, i, cl.lo, lex):
        return False
    copulas = lex.word_list("copulas")
    if not any(lemma_of_tok(toks[m]) in copulas and toks[m].pos in ("VERB", "INFN")
               for m in range(cl.lo, cl.hi)):
        return False
    preps = lex.word_list("prepositions")
    for m in range(cl.lo, cl.hi):
        t = toks[m]
        if m == i or t.pos != "NOUN" or not t.text.islower() or not _can_be(t, "ablt"):
            continue
        if any(a.start <= t.start < a.end for a in args):
            continue
        if under_preposition(toks, m, cl.lo, preps):
            continue                        # "з партнерами": a partner, no predicate
        return True
    return False

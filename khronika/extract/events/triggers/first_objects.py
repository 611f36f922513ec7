"""The verb's own object, told by its first noun: "Росія передала Україні 30 полонених" hands
over the prisoners (a release), while "передала список полонених" hands over a list and
"передав справу засудженого до суду" a case file: the people held stand there only as a
genitive inside another object. The addressee in the dative ("Україні", "Польщі"), numbers
and adjectives may stand before the object; a noun behind a preposition is no object."""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.clauses import _cases
from ..grammar.sentence_view import SentenceView, lemma_of
from .trigger_objects import OBJECT_WINDOW

# words that may stand between a verb and the head of its object ("двох", "30", "нових")
_BEFORE_HEAD = ("ADJF", "PRTF", "NUMR", "ADVB", "PRCL", "CONJ", None)


def first_object(lex, doc: Document, sent: SentenceView, i: int, j: int, name: str) -> bool:
    """True when the first noun after the verb (ending at `j`) outside a prepositional phrase
    and not in the dative only is a word of contexts.NAME."""
    words = lex.contexts.get(name, frozenset())
    toks = doc.tokens
    _, c_hi = sent.clause_of(i)
    in_pp = False
    for m in range(j, min(c_hi, j + OBJECT_WINDOW)):
        t = toks[m]
        if t.pos == "PREP":
            in_pp = True
            continue
        if not in_pp and (lemma_of(t) in words or t.norm in words) and _cases(t.text) & {"accs", "gent"}:
            # ("полонених", "ув'язнених": adjectives used as nouns; in the genitive after a
            # number; "передав полоненим посилки" gives to them, in the dative)
            return True
        if t.pos in ("NOUN", "NPRO"):
            if in_pp:
                in_pp = False
                continue
            cases = _cases(t.text)
            if "datv" in cases and "accs" not in cases:
                continue        # the addressee: "передав Польщі"
            if "ablt" in cases and not cases & {"nomn", "accs", "gent"} and \
                    any(p.tag.POS == "ADVB" for p in parses(t.text)):
                continue        # an adverb read as a noun: "вислали загалом 40 співробітників"
            return False
        if t.pos not in _BEFORE_HEAD or not (t.is_word or t.text[:1].isdigit()):
            return False
    return False

""""У Кремлі звинуватили Київ у атаці на Москву": the act a charge names is the accuser's claim.

A charge verb ("звинуватити", "обвинувачувати", `charge_verbs`) or noun ("звинувачення",
`charge_nouns`) names the act it lays at the accused's door under "в"/"у"
(`charge_prepositions`), straight or through a noun of doing it ("у підготовці ударів",
`charged_doing_nouns`), or in a clause "в тому, що ..." ("звинуватила Україну в тому, що вона
атакувала Курськ"). The accusation is the happening the text
reports; the act is what one party says of another, and a chronicle that kept it would show the
accused doing it on the accuser's word. So the act is not kept as a happening of its own; when
the text tells that it took place ("Вночі Москву атакували дрони. Кремль звинуватив Київ ..."),
that sentence gives it, with the sides it states.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from ..grammar.governing import past_modifiers
from ..grammar.sentence_view import SentenceView, lemma_of

_MODIFIERS = ("ADJF", "PRTF", "NUMR", "NPRO")
# how many words the accused's phrase may take between the verb and "в"/"у"
# ("звинуватили Міністерство оборони України у ...")
REACH = 8


def _charge_before(lex, doc: Document, sent: SentenceView, m: int) -> bool:
    """A charge verb or noun stands before the charge preposition at m, with only the accused's
    phrase between (no other verb, no comma, no other preposition)."""
    toks = doc.tokens
    charge, nouns = lex.word_list("charge_verbs"), lex.word_list("charge_nouns")
    for v in range(m - 1, max(sent.lo, m - REACH) - 1, -1):
        t = toks[v]
        if not t.is_word or t.pos == "PREP" or (t.pos == "CONJ" and t.norm not in ("і", "й", "та")):
            return False            # ("звинуватили Україну та Британію в атаці": one phrase)
        if t.pos == "VERB" or t.pos == "INFN" or _finite(t):
            return lemma_of(t) in charge
        if t.pos == "NOUN" and lemma_of(t) in nouns:
            return True
    return False


def _charged_clause(lex, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k stands in the clause "в тому, що ..." a charge names ("звинуватила
    Україну в тому, що вона атакувала Курськ"), before any ";" or a turn after a comma."""
    toks = doc.tokens
    preps = lex.word_list("charge_prepositions")
    turns = lex.word_list("denial_clause_turns")
    for m in range(k - 1, sent.lo + 2, -1):
        t = toks[m]
        if t.norm in (";", ":") or (t.norm == "," and m + 1 < k and toks[m + 1].norm in turns):
            return False
        if t.norm == "що" and toks[m - 1].norm == "," and toks[m - 2].norm == "тому" and \
                toks[m - 3].norm in preps:
            return _charge_before(lex, doc, sent, m - 3)
    return False


def charged_act(lex, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k is the act a charge verb or noun before it names (see the module's
    docstring): a noun past its modifiers under a charge preposition, itself (or the noun of
    doing it the preposition governs) right after the verb's object with no other verb, no
    comma and no other preposition between; or any trigger of the clause "в тому, що ..."
    the charge names."""
    toks = doc.tokens
    if _charged_clause(lex, doc, sent, k):
        return True
    if toks[k].pos != "NOUN":
        return False
    m = past_modifiers(toks, k, sent.lo + 1, _MODIFIERS)
    preps = lex.word_list("charge_prepositions")
    if m > sent.lo and toks[m].norm not in preps and lemma_of(toks[m]) in lex.word_list("charged_doing_nouns"):
        m = past_modifiers(toks, m, sent.lo + 1, _MODIFIERS)
    if m <= sent.lo or toks[m].norm not in preps:
        return False
    return _charge_before(lex, doc, sent, m)

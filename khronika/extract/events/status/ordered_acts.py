"""An act someone is ordered to do: "Доручено Міністерству закордонних справ провести
консультації з Угорщиною", "Кабмін доручив Міненерго передати Молдові трансформатори".

The order is a REQUEST of its own; the act it names is framed by it like the content of a call
("закликали посилити санкції"), and the scan dropped it. But a government's order to one of its
bodies commits that body to the act as an agreement commits its parties ("погодилися надати"):
the talks or the aid ordered are a planned happening a chronicle keeps. Only the types the
lexicon lists (`ordered_types`) are kept this way; a wish or a plea stays mere content.
"""
from __future__ import annotations

from ....document import Document
from ..arguments.states import entity_for
from ..grammar.clauses import lemma_of_tok
from .verb_forms import is_infinitive

# what may stand between the verb of ordering and the infinitive: the body ordered, in the
# dative with its genitive name ("Міністерству закордонних справ"), or an abbreviation ("МЗС")
_ADDRESSEE = ("NOUN", "ADJF")
# how many words that addressee may take
_ADDRESSEE_WORDS = 6


def ordered_act(lex, toks, lo: int, k: int, type_: str) -> tuple[int, int] | None:
    """The trigger at `k` is the infinitive, or the object of the infinitive, that a verb of
    ordering (`directive_verbs`, active or impersonal "доручено") governs, across the body
    ordered; and its type is one of `ordered_types`. Returns the token indices of the verb of
    ordering and of the infinitive, which enclose the body ordered."""
    if type_.lower() not in lex.word_list("ordered_types"):
        return None
    m = k if is_infinitive(toks[k]) else k - 1
    while m >= lo and not is_infinitive(toks[m]) and toks[m].pos in ("ADJF", "PRTF", "NUMR", "ADVB"):
        m -= 1
    if m < lo or not is_infinitive(toks[m]):
        return None
    infinitive = m
    m -= 1
    words = 0
    while m >= lo and toks[m].pos in _ADDRESSEE and "nomn" not in (toks[m].tags or ()) or \
            (m >= lo and toks[m].pos == "NOUN" and "Fixd" in (toks[m].tags or ())):
        words += 1
        if words > _ADDRESSEE_WORDS:
            return None
        m -= 1
    if m >= lo and toks[m].pos == "VERB" and lemma_of_tok(toks[m]) in lex.word_list("directive_verbs"):
        return m, infinitive
    return None


def ordered_doers(doc: Document, cand, span: tuple[int, int], lo: int) -> None:
    """"Доручено МЗС провести консультації з Угорщиною": the body ordered (named between the
    verb of ordering and the infinitive, or in the dative before an impersonal "доручено":
    "Міністерству енергетики доручено передати Молдові трансформатори") is who will do the
    act, not who receives it, whatever its dative made of it."""
    toks = doc.tokens
    verb, inf = span
    first = lo if "Impe" in (toks[verb].tags or ()) else verb + 1
    at = {t.start: t for t in toks[first:inf]}
    named = {entity_for(doc, x.entity) for x in list(doc.mentions) + list(doc.refs)
             if x.start in at and (x.start > toks[verb].start or at[x.start].case == "datv")}
    doers = [x for x in cand.recipients if x in named]
    if doers:
        cand.recipients = [x for x in cand.recipients if x not in doers]
        cand.actors = list(dict.fromkeys(cand.actors + doers))

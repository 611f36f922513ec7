"""The town named as a happening's venue is its place: "Місцем зустрічі Путіна і Трампа обрали
Анкоридж", "Місцем проведення переговорів стане Стамбул". The name stands in the clause with no
preposition of place, so the grammar would read it as a party (the one chosen, or the subject
of "стане"); the venue noun (`venue_nouns`) before the trigger says it is where the happening
is held. A venue chosen (`venue_choice_verbs`) is of a happening still to come: planned."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import lemma_of_tok
from ..grammar.names import Arg, token_index_at
from ..lexicon.compiled import Lexicon


def chosen_venue(lex: Lexicon, doc: Document, args: list[Arg], i: int, lo: int, hi: int) -> Arg | None:
    """The place name of the clause [lo, hi) outside any prepositional phrase when the trigger
    at i hangs on a venue noun ("місцем [проведення] зустрічі"); None otherwise."""
    toks = doc.tokens
    m = _venue_noun(lex, doc, i, lo)
    if m is None:
        return None
    preps = lex.word_list("prepositions")
    for a in args:
        if a.kind != "mention" or (a.etype or "") != "LOC":
            continue
        k = token_index_at(doc, a.start, lo, hi)
        if k is None or m <= k <= i or (k > lo and toks[k - 1].norm in preps):
            continue
        return a
    return None


def venue_chosen(lex: Lexicon, doc: Document, i: int, lo: int, hi: int) -> bool:
    """"Місцем зустрічі обрали ...", "визначили місце переговорів": the trigger at i hangs on a
    venue noun and its clause's verb chooses the venue."""
    if _venue_noun(lex, doc, i, lo) is None:
        return False
    return any(doc.tokens[m].pos == "VERB" and lemma_of_tok(doc.tokens[m]) in lex.word_list("venue_choice_verbs")
               for m in range(lo, hi))


def _venue_noun(lex: Lexicon, doc: Document, i: int, lo: int) -> int | None:
    """The venue noun the trigger at i hangs on ("місцем [проведення] зустрічі"), if any."""
    toks = doc.tokens
    m = i - 1
    if m > lo and lemma_of_tok(toks[m]) in lex.word_list("venue_act_nouns"):
        m -= 1                  # "місцем проведення переговорів"
    return m if m >= lo and lemma_of_tok(toks[m]) in lex.word_list("venue_nouns") else None

"""A happening named as what its people took part in, inside another act's object: "Влада
Грузії затримала організаторів протесту", "силовики провели затримання учасників протестів".
The clause's subject acts on the members (detains, disperses them), it does not hold the protest:
the trigger noun stands in the genitive right after a noun of its members (`member_nouns_of_acts`
in lang/uk/events.yaml), which is not itself the nominative subject ("Учасники мітингу вимагали"
keeps its own words)."""
from __future__ import annotations

from ..grammar.clauses import _cases
from ..grammar.sentence_view import lemma_of


def members_object(lex, doc, i: int, lo: int) -> bool:
    """The trigger noun at i hangs, as a genitive, on a noun of its members in an oblique case."""
    toks = doc.tokens
    if toks[i].pos != "NOUN" or "gent" not in _cases(toks[i].text):
        return False
    m = i - 1
    while m > lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    if m < lo or toks[m].pos != "NOUN" or lemma_of(toks[m]) not in lex.word_list("member_nouns_of_acts"):
        return False
    return "nomn" not in _cases(toks[m].text)

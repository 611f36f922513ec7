"""A happening told in a since-clause: "Сьогодні минає рік відтоді, як Росія обстріляла
Краматорськ", "Сьогодні виповнюється два роки від дня, коли окупанти вдарили по вокзалу".
The time that opens the sentence dates the passing of the year, not the strike, which lies a
year or two before it; an event in such a clause takes no time from the sentence's opening
(GUIDELINES: only its own time, or one that governs it), rather than the anniversary day.
The heads of such a clause and the words that join it are data (`since_clause_heads`,
`since_clause_joiners` of events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import lexicon


def in_since_clause(doc: Document, start: int, trig_start: int) -> bool:
    """Whether a since-clause opens between character offsets start and trig_start (the time
    before it and the trigger): a head ("відтоді", "від дня"), an optional comma, a joiner
    ("як", "коли")."""
    lex = lexicon()
    words = doc.text[start:trig_start].lower().replace(",", " ").split()
    joiners = lex.word_list("since_clause_joiners")
    for head in lex.word_list("since_clause_heads"):
        n = len(head.split())
        for k in range(len(words) - n):
            if " ".join(words[k:k + n]) == head and words[k + n] in joiners:
                return True
    return False

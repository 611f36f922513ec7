"""A party, a faction or a firm says "ми" for itself, never for its country.

"Фракція «Батьківщина» заявила, що ми вимагаємо ...", "Концерн Rheinmetall повідомив: «Ми
передамо ...»": the first person of such a body's words is the body, which the speaker already
puts on the side; its country does not act through it as it does through a ministry or an army
(GUIDELINES: a person and the state or body they act for may both stand, and a party or a firm
acts for no state). Known as such by the knowledge base (the head of a party is a faction head)
or by the common noun the text names it with ("Партія ...", "Компанія ..."). Words are data:
`own_voice_heads` and `own_voice_nouns` in lang/uk/events.yaml.
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ....kb import get_kb
from ..grammar.names import token_starts
from ..grammar.sentence_view import lemma_of
from ..lexicon.compiled import lexicon

_MARKS = frozenset('«»"„“”\'')


def speaks_for_itself(doc: Document, eid: str) -> bool:
    """Whether the body `eid` is a party, a faction or a firm, whose "ми" is its own."""
    lex = lexicon()
    kb_ent = get_kb().entity(eid)
    if kb_ent is not None and kb_ent.head and kb_ent.head[0] in lex.word_list("own_voice_heads"):
        return True
    nouns = lex.word_list("own_voice_nouns")
    toks = doc.tokens
    starts = token_starts(doc)
    for m in doc.mentions:
        if m.entity != eid:
            continue
        k = bisect_left(starts, m.start)
        if k < len(toks) and toks[k].start == m.start and lemma_of(toks[k]) in nouns:
            return True           # the name opens with the noun: "Компанія Нафтогаз"
        while k and not toks[k - 1].is_word and toks[k - 1].norm in _MARKS:
            k -= 1                # the quote marks of «Слуга народу»
        if k and lemma_of(toks[k - 1]) in nouns:
            return True           # "партія «Слуга народу»"
    return False

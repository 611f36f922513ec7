"""A town named only as what a fight was near is where it happened, not what was struck.

"Сили оборони відбили атаку поблизу Покровська", "ворог штурмував позиції біля Часового
Яру", "відбили 12 атак в районі Торецька": war reports place a strike by the nearest town,
and the town itself was not hit; listing it among the recipients tells a reader of the
chronicle that it was. So is the land over which a missile or a drone was shot down ("збила
дрон над Тульчею"). The strike keeps the town as its `place`. The words that say "near"
(`near_prepositions`, `near_area_nouns` after "в"/"у"/"на") are data in events.yaml.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.names import token_index_at
from ..grammar.sentence_view import lemma_of
from ..lexicon.compiled import Lexicon


def _near_word_before(lex: Lexicon, doc: Document, k: int, lo: int, over: bool) -> bool:
    """The name at token k stands after a word of nearness (or, with `over`, of "над"), past
    the adjectives and participles that describe it ("поблизу окупованого Донецька")."""
    toks = doc.tokens
    m = k - 1
    while m > lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    if m < lo:
        return False
    if toks[m].norm in lex.word_list("near_prepositions") or \
            (over and toks[m].norm in lex.word_list("over_prepositions")):
        return True
    # "в районі Торецька"
    return m - 1 >= lo and lemma_of(toks[m]) in lex.word_list("near_area_nouns") and \
        toks[m - 1].norm in lex.word_list("place_prepositions")


def only_near(lex: Lexicon, doc: Document, args: list, eid: str, i: int, lo: int, hi: int) -> bool:
    """Every name of `eid` in tokens lo..hi-1 is told as what the happening at trigger i was
    near (or, for a trigger of shooting down, over), and at least one is: the town is its
    place, no recipient."""
    toks = doc.tokens
    over = lemma_of(toks[i]) in lex.word_list("interception_verbs")
    seen = False
    for a in args:
        if a.entity != eid or a.kind != "mention":
            continue
        k = token_index_at(doc, a.start, lo, hi)
        if k is None:
            continue
        if k == i or not _near_word_before(lex, doc, k, lo, over):
            return False
        seen = True
    return seen

"""Words chanted, carried or written ("скандували «Херсон – це Україна!»", "з гаслами «Путін –
убивця»", "під гаслом «...»"): what a slogan names takes no part in the happening the sentence
tells. The quotes layer does not make them quotes (no one speaks them as a statement), so
their names would otherwise be read as the protest's parties."""
from __future__ import annotations

from ....document import Document
from ....textnorm import QUOTE_CLOSE, QUOTE_OPEN
from ..lexicon.compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of

SLOGAN_REACH = 3    # words between the slogan word and the opening mark ("гаслами на кшталт «")


def slogan_spans(lex: Lexicon, doc: Document, sent: SentenceView) -> list[tuple[int, int]]:
    """Character spans of the quoted slogans of the sentence."""
    words = lex.word_list("slogan_words")
    toks = doc.tokens
    out = []
    k = sent.lo
    while k < sent.hi:
        if toks[k].text in QUOTE_OPEN and any(
                toks[m].is_word and lemma_of(toks[m]) in words for m in range(max(sent.lo, k - SLOGAN_REACH), k)):
            end = next((m for m in range(k + 1, sent.hi) if toks[m].text in QUOTE_CLOSE), None)
            if end is not None:
                out.append((toks[k].start, toks[end].end))
                k = end
        k += 1
    return out

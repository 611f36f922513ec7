"""The place of a gathering that opens a sentence holds for every clause joined after it: "На
саміті в Гаазі Зеленський зустрівся з Трампом, а Сибіга провів переговори з Рубіо" tells both
talks held in The Hague, though the second clause names no town. Only a frame of being there
(`place_frame_prepositions`: "на", "під час", "на полях") lends it: what followed a meeting
("Після зустрічі в Парижі ...") may have happened elsewhere; nor does a place inside the first
clause's own phrase lend it ("зустрівся з Трампом у Гаазі, а ...")."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import lemma_of_tok
from ..lexicon.compiled import Lexicon
from .place_time import place_of


def framed_place(lex: Lexicon, doc: Document, args: list, sent, cl_lo: int) -> str | None:
    """The town of the gathering that opens the sentence, for a clause that starts at `cl_lo`
    with a coordinating conjunction ("..., а Сибіга провів переговори"); None otherwise."""
    toks = doc.tokens
    if cl_lo <= sent.lo or toks[cl_lo].norm not in lex.word_list("clause_joining_conjunctions"):
        return None
    verb = next((m for m in range(sent.lo, cl_lo) if toks[m].pos == "VERB"), None)
    if verb is None:
        return None
    gatherings = lex.word_list("gathering_nouns") | lex.word_list("attended_gatherings")
    head = next((m for m in range(sent.lo, verb) if lemma_of_tok(toks[m]) in gatherings), None)
    if head is None:
        return None
    opener = [toks[m].norm for m in range(sent.lo, head) if toks[m].pos not in ("ADJF", "PRTF")]
    if " ".join(opener) not in lex.word_list("place_frame_prepositions"):
        return None
    frame = [a for a in args if toks[head].start <= a.start < toks[verb].start]
    return place_of(doc, frame, head, verb, lex)[0]

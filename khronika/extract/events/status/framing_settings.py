"""A meeting that opens its sentence as the setting of what is told ("У розмові із Зеленським
Байден пообіцяв ...", "На зустрічі з Макроном Зеленський наголосив ...", after the subject:
"Байден у розмові із Зеленським пообіцяв ..."): the meeting took
place when the clause tells in the past what was said or done there, whatever that act's own
mood (a promise made there is planned; the talk it was made in is not). So does one that
follows the past verb it frames ("Макрон пообіцяв у розмові з Зеленським передати ..."): the
promise governs the infinitive after the frame, not the talk it was given in.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from ..grammar.phrase_heads import frame_start
from ..lexicon.compiled import Lexicon


def opening_setting(doc: Document, trig_i: int, sent: tuple[int, int], type_: str, lex: Lexicon) -> bool:
    """The trigger noun at trig_i is a meeting under a frame preposition ("у", "на", "під
    час") that opens the sentence or follows its subject with no verb before it ("Макрон у
    розмові з Зеленським пообіцяв ..."), and the first finite verb after it is in the past."""
    toks = doc.tokens
    lo, hi = sent
    if type_.lower() not in lex.word_list("frame_types") or toks[trig_i].pos != "NOUN":
        return False
    start = frame_start(lex, toks, trig_i, lo)
    if start is None or any(_finite(toks[k]) or not toks[k].is_word for k in range(lo, start)):
        return False
    verb = next((toks[k] for k in range(trig_i + 1, hi) if _finite(toks[k])), None)
    return verb is not None and verb.tense == "past"


def framed_after_past(doc: Document, trig_i: int, sent: tuple[int, int], type_: str, lex: Lexicon) -> bool:
    """"Орбан не представляв ЄС під час зустрічі з Путіним": a meeting under a two-word frame
    ("під час", "у ході") after a past verb is where that act took place or did not; the
    verb's negation is the act's, and the meeting it frames was held."""
    toks = doc.tokens
    lo, _ = sent
    if type_.lower() not in lex.word_list("frame_types") or toks[trig_i].pos != "NOUN":
        return False
    start = frame_start(lex, toks, trig_i, lo)
    if start is None or start == lo or toks[start].norm == toks[trig_i - 1].norm:
        return False          # a one-word frame ("на зустрічі") or one that opens the sentence
    verb = next((toks[k] for k in range(start - 1, lo - 1, -1) if _finite(toks[k])), None)
    return verb is not None and verb.tense == "past"


def setting_after_verb(lex: Lexicon, toks, verb: int, trig_i: int, lo: int) -> bool:
    """The noun at trig_i is a meeting under a frame preposition that follows the verb at
    `verb` with at most its object between ("погодився під час розмови", "пообіцяв
    Зеленському у телефонній розмові"): where that verb's act was done, not its content."""
    start = frame_start(lex, toks, trig_i, lo)
    if start is None or start <= verb:
        return False
    return all(toks[m].is_word and toks[m].pos in ("NOUN", "ADJF", "NPRO") and toks[m].case in ("datv", "accs")
               or (toks[m].is_word and toks[m].text[:1].isupper() and toks[m].pos in ("NOUN", "ADJF"))
               for m in range(verb + 1, start)) and start - verb <= 4


def framed_right_after_past(doc: Document, trig_i: int, sent: tuple[int, int], type_: str, lex: Lexicon) -> bool:
    """"Макрон пообіцяв у розмові з Зеленським передати ...", "Він погодився під час зустрічі
    з ... надати": a meeting under a frame preposition right after a past finite verb (past
    its object: "пообіцяв Зеленському у розмові") is where that verb's act was done, so the
    meeting was held, whatever that act's mood; not a meeting said to come ("пообіцяв на
    наступній зустрічі", `next_pointers`)."""
    toks = doc.tokens
    lo, _ = sent
    if type_.lower() not in lex.word_list("frame_types") or toks[trig_i].pos not in ("NOUN", "ADJF"):
        return False
    start = frame_start(lex, toks, trig_i, lo)
    if start is None or start == lo:
        return False
    verb = next((v for v in range(start - 1, max(lo, start - 4) - 1, -1) if _finite(toks[v])), None)
    if verb is None or toks[verb].tense != "past" or not setting_after_verb(lex, toks, verb, trig_i, lo):
        return False
    ahead = lex.word_list("next_pointers")
    return not any((toks[k].lemma or toks[k].norm) in ahead for k in range(start, trig_i))

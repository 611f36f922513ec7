"""Whether a word stands in what an act is about: the phrase after "щодо" or "про" that runs on to
it over noun phrases, conjunctions and prepositions ("щодо постачання зброї та протидії атакам
Росії", "загрози з боку Росії"). A name there, or a strike named there, is the topic of a talk,
not one of its parties (so is one after a topic verb's passive participle: "присвячені допомозі
Україні"), and who talks takes no part in the strike talked of. A verb, a clause,
punctuation or a partner's "з" ("зустріч щодо безпеки з Макроном") ends the phrase.
"""
from __future__ import annotations

from .clauses import lemma_of_tok
from ..lexicon.compiled import Lexicon


def _phrase_word(t, lex: Lexicon) -> bool:
    """A word a topic phrase runs on over: a noun phrase's words, a conjunction, a preposition
    other than the partner's "з"."""
    if not t.is_word:
        return False
    if t.pos == "PREP" or t.norm in lex.word_list("prepositions"):
        return t.norm not in lex.word_list("partner_prepositions")
    return t.pos in ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO", "CONJ", None) and \
        t.norm not in lex.word_list("subordinators")


def in_topic_phrase(toks, k: int, lo: int, lex: Lexicon) -> bool:
    """Token k stands in a topic phrase that opens after token `lo` (exclusive)."""
    markers = lex.word_list("topic_markers") | lex.word_list("about_prepositions")
    for m in range(k - 1, lo - 1, -1):
        if toks[m].norm in markers:
            return True
        if "pssv" in (toks[m].tags or ()) and lemma_of_tok(toks[m]) in lex.word_list("topic_verbs"):
            return True         # "Переговори будуть присвячені допомозі Україні": what they are on
        if toks[m].norm in lex.word_list("partner_prepositions") and m + 1 < k and lemma_of_tok(toks[m + 1]) == "бік":
            continue            # "загрози з боку Росії": no partner's "з"
        if toks[m].norm in lex.word_list("partner_prepositions") and _topic_after(toks, m + 1, k, lex):
            return True         # "конференція з відновлення України": the topic's, no partner
        if not _phrase_word(toks[m], lex):
            return False
    return False


def _topic_after(toks, m: int, k: int, lex: Lexicon) -> bool:
    """A "з" before token k heads a topic, not a partner: a noun of a field or a task
    (`topic_field_nouns`: "з відновлення", "з питань", "з енергетичної безпеки") follows it."""
    while m < k and toks[m].pos in ("ADJF", "PRTF"):
        m += 1
    return m < k and lemma_of_tok(toks[m]) in lex.word_list("topic_field_nouns")

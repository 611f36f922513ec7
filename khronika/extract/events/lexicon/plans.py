"""How a proposed plan would work ("Ідея проста: за тиждень передати громаді генератори",
"Механізм передбачає, що союзники за дві доби запроваджують обмеження", "Суть програми —
відбудовувати лікарні", "Згідно з планом, партнери передають по двадцять систем щороку"): the
speaker describes a mechanism, a formula or an initiative, and its steps, in the infinitive,
the present or the future, are what would happen once it is adopted. A reader of the chronicle
finds no happening in them. The proposal itself may be one of its proposer ("Президент
запропонував ..."): only the steps after the plan's colon, dash or verb of content are dropped.

A step told in the past ("Суть у тому, що ворог уночі атакував місто") took place and stays.
The plan nouns, the verbs that open their content and the prepositions of accord are data
(`plan_nouns`, `plan_content_verbs`, `plan_accord_words` in lang/uk/events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from ..grammar.ties import tie_of
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of

# how many words may stand between the plan noun and what opens its content ("Ідея дуже
# проста:", "Схема працює так:", "Суть нашої ініціативи —")
OPEN_REACH = 4
OPENERS = frozenset({":", "—", "–", "-"})


def plan_step(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k stands in the content of a plan noun before it in the sentence, and
    neither it nor any verb between that content's opening and it is in the past tense."""
    toks = doc.tokens
    nouns = lex.word_list("plan_nouns")
    if nouns.isdisjoint(sent.lemma_set):
        return False        # (most sentences name no plan: one set lookup)
    for p in range(sent.lo, k):
        if not (toks[p].pos == "NOUN" and lemma_of(toks[p]) in nouns) and toks[p].norm not in nouns:
            continue        # (the dictionary reads "Суть" as a form of "бути")
        opening = _opening(lex, doc, sent, p, k)
        if opening is None:
            continue
        return not any(_finite(toks[m]) and toks[m].tense == "past" for m in range(opening + 1, k + 1))
    return False


def _opening(lex: Lexicon, doc: Document, sent: SentenceView, p: int, k: int) -> int | None:
    """Where the content of the plan noun at p opens, before k: the noun itself after a
    preposition of accord ("згідно з планом, ..."), else a colon, a dash or a verb of content
    within a few words after it ("Схема працює так:"; "Суть у тому, що"), with no other verb or
    comma between. None when the noun opens
    no content (a noun inside some other phrase: "через план", "план зустрічі")."""
    toks = doc.tokens
    tie = tie_of(doc, p, sent.lo, -1, lex.word_list("prepositions"))
    if tie.prep is not None:
        at = next((m for m in range(tie.head - 1, sent.lo - 1, -1) if toks[m].norm == tie.prep), None)
        if at is None or at == sent.lo or toks[at - 1].norm not in lex.word_list("plan_accord_words"):
            return None
        nxt = p + 1
        while nxt < k and toks[nxt].is_word and toks[nxt].pos in ("NOUN", "ADJF", "PRTF", "NPRO"):
            nxt += 1        # "відповідно до плану уряду,"
        return nxt if nxt < k and toks[nxt].norm == "," else None
    verbs = lex.word_list("plan_content_verbs")
    relatives = lex.word_list("relative_pronouns") | {"що"}
    for m in range(p + 1, min(k, p + 1 + OPEN_REACH)):
        t = toks[m]
        if (t.norm == "," and m + 1 < k and lemma_of(toks[m + 1]) in relatives) or \
                (lemma_of(t) in relatives and toks[m - 1].norm == ","):
            continue         # "механізм, що включає санкції": a relative clause of content
        if t.norm in OPENERS:
            return m
        if lemma_of(t) in verbs or (t.norm == "," and toks[m - 1].norm == "тому"):
            return m         # "Механізм передбачає, що ...", "Суть у тому, що ..."
        if not t.is_word or _finite(t) or t.pos in ("INFN", "GRND", "CONJ"):
            return None
    return None

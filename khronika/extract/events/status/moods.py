"""Two cues of status that lie in the clause, not in the trigger's own form.

The subjunctive: "Партнери мали б надати нам ППО", "Ми могли б провести зустріч", "Європа
надала б більше зброї": a past form with the particle "б"/"би" tells what would happen under
some condition, said or not: `conditional`, not a plan ("хотів би" is a wish, "хоча б" means
"at least", neither is a condition).

The duration of a present act: "Протягом місяців ми домагаємося ...", "Вже пів року Україна
просить ...", "Угорщина досі блокує ...": an act told in the present with the time it has lasted
goes on (`ongoing`), even a request or a refusal, which the present otherwise tells as said.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.clauses import lemma_of_tok
from ..lexicon.compiled import Lexicon


def _past_verb(t, wishes: frozenset) -> bool:
    """A past verb form, by the tagger or by any dictionary reading ("міг" is tagged a noun)."""
    if t.pos == "VERB" and t.tense == "past":
        return lemma_of_tok(t) not in wishes
    return t.pos in ("NOUN", None) and any(p.tag.POS == "VERB" and "past" in p.tag and
                                           p.normal_form not in wishes for p in parses(t.text))


def _unit(t, units: frozenset) -> bool:
    """A unit of time, by any reading ("року" is lemmatised as "рок")."""
    return lemma_of_tok(t) in units or t.norm in units or \
        any(p.normal_form in units for p in parses(t.text) if p.tag.POS == "NOUN")


def subjunctive(doc: Document, lo: int, hi: int, trig_i: int, lex: Lexicon) -> bool:
    """A particle of the subjunctive next to a past verb of the trigger's clause, up to the
    trigger (or right after it, when the trigger is that verb)."""
    toks = doc.tokens
    particles = lex.word_list("subjunctive_particles")
    wishes = lex.word_list("subjunctive_wish_verbs")
    for m in range(lo, min(hi, trig_i + 2)):
        if toks[m].norm not in particles:
            continue
        if m > lo and toks[m - 1].norm in lex.word_list("subjunctive_excluders"):
            continue                      # "хоча б якесь просування": at least
        for v in (m - 1, m + 1):
            if lo <= v < hi and _past_verb(toks[v], wishes):
                return True
    return False


def lasting(doc: Document, lo: int, hi: int, lex: Lexicon) -> bool:
    """A word of duration in the clause ("досі", "поспіль", "протягом місяців"), or "вже"
    before a unit of time ("вже тиждень", "вже пів року", "вже третій місяць")."""
    toks = doc.tokens
    words = lex.word_list("duration_words")
    units = lex.word_list("uncounted_nouns")
    for m in range(lo, hi):
        if toks[m].norm in words:
            return True
        if toks[m].norm in lex.word_list("already_words"):
            for v in range(m + 1, min(hi, m + 4)):
                if _unit(toks[v], units):
                    return True
                if toks[v].pos not in ("NUMR", "ADJF") and toks[v].norm not in lex.word_list("duration_quantifiers"):
                    break
    return False

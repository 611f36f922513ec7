"""An act advised is no act of the adviser: "МВФ рекомендував Україні посилити санкції" tells
what the fund thinks Ukraine should do. The fund imposes nothing, and no PLOVER type fits the
advice itself, so the advised act (an infinitive after a verb of advice, or that infinitive's
object) yields no event; the addressee in the dative may stand between ("порадив Молдові").
The verbs are data (`advice_verbs` in lang/uk/events.yaml)."""
from __future__ import annotations

from ...morph import parses
from ..status.verb_forms import is_infinitive
from ..triggers.finder import lemma_of

# words that may stand between the verb of advice and its infinitive: the addressee in the
# dative ("Україні", "українському уряду") and words joining several ("Україні та Молдові")
_ADDRESSEE_POS = ("NOUN", "ADJF", "NPRO", "PRTF", "NUMR")


def advised_act(lex, toks, lo: int, k: int) -> bool:
    """True when the trigger at `k` is the act advised by a verb of advice before it in the
    clause: an infinitive (or the object of one, also by a preposition: "утриматися від
    поїздок") after the verb and its dative addressee."""
    advice = lex.word_list("advice_verbs")
    joins = lex.word_list("addressee_joins")
    m, infinitive = k - 1, is_infinitive(toks[k])
    # (the object may hang on the infinitive by a preposition: "порадив утриматися від поїздок")
    while m >= lo and (is_infinitive(toks[m]) or toks[m].pos in ("ADVB", "PRCL") or
                       (not infinitive and toks[m].pos in ("ADJF", "PRTF", "NUMR")) or
                       (not infinitive and toks[m].pos == "PREP" and m - 1 >= lo and is_infinitive(toks[m - 1]))):
        infinitive = infinitive or is_infinitive(toks[m])
        m -= 1
    if not infinitive:
        return False
    while m >= lo and (_dative(toks[m]) or (toks[m].norm in joins and m - 1 >= lo and _dative(toks[m - 1]))):
        m -= 1
    return m >= lo and toks[m].pos in ("VERB", "GRND") and lemma_of(toks[m]) in advice


def _dative(t) -> bool:
    """A word that may be in the dative: the tagger's one guess picks the genitive for "Грузії"
    or "уряду", whose dative form is the same, so every parse of the word is asked."""
    return t.pos in _ADDRESSEE_POS and (t.case == "datv" or any(p.tag.case == "datv" for p in parses(t.text)))


def advice_addressees(lex, toks, args, k: int, hi: int) -> set[str]:
    """The entities a verb of advice at `k` addresses: the datives between it and the
    infinitive it governs ("Єврокомісія рекомендувала Раді ЄС надати Україні статус
    кандидата"). The addressee is to carry out the act; the one the act favours is its
    recipient, so a support told by the recommendation keeps only the latter."""
    m = k + 1
    while m < hi and not is_infinitive(toks[m]):
        if not (toks[m].is_word or toks[m].norm in lex.word_list("addressee_joins")):
            return set()
        m += 1
    if m >= hi or m == k + 1:
        return set()
    lo_c, hi_c = toks[k + 1].start, toks[m].start
    return {a.entity for a in args if lo_c <= a.start and a.end <= hi_c}

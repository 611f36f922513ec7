"""A relative clause about the trigger noun: "Зустріч у Женеві, яка мала відбутися в понеділок,
скасовано", "Зустріч, яку скасували вчора, відбудеться в четвер". The relative clause tells
something about the happening (it was planned, it was called off once); the main clause, past
the relative clause's closing comma, tells what became of it. So the status is read from the
main clause's predicate, though the relative clause's stands nearer the trigger noun; a main
clause with no verb of its own leaves the relative clause to tell it."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite, lemma_of_tok
from ..lexicon.compiled import Lexicon

# how far after the trigger noun the comma before the relative word may stand: the noun's own
# modifiers and a place after it ("Зустріч Зеленського з Орбаном у Женеві, яка ...")
_REACH = 8


def relative_span(doc: Document, trig_i: int, s_lo: int, hi: int,
                  lex: Lexicon) -> tuple[int, int, int] | None:
    """(first, last) token of the relative clause whose antecedent is the trigger noun at
    trig_i, the subject of its sentence before any finite verb (from `s_lo`), and the finite
    verb of the main clause that follows it before `hi`; else None."""
    toks = doc.tokens
    if toks[trig_i].pos != "NOUN" or any(_finite(t) for t in toks[s_lo:trig_i]):
        return None     # ("повинна отримувати санкції, які ...": the noun is no subject before its verb)
    rel = lex.word_list("relative_pronouns")
    start = next((k for k in range(trig_i + 1, min(hi, trig_i + _REACH)) if not toks[k].is_word), None)
    # ("Переговори, що мали відбутися в понеділок, перенесли": after a subject noun with no
    # verb before it, "що" opens a relative clause as "які" does, not a content clause)
    if start is None or toks[start].norm != "," or start + 1 >= hi or (
            lemma_of_tok(toks[start + 1]) not in rel and
            toks[start + 1].norm not in lex.word_list("subject_relative_words")):
        return None
    close = next((k for k in range(start + 2, hi) if toks[k].norm in (",", "–", "—")), None)
    if close is None or close + 1 >= hi or toks[close + 1].norm in lex.word_list("subordinators") \
            or lemma_of_tok(toks[close + 1]) in rel:
        return None     # ("..., які продемонструють, що ...": a clause inside the relative one)
    for k in range(close + 1, hi):
        t = toks[k]
        if not t.is_word:
            return None
        if t.pos == "VERB" and (t.tense or t.norm.endswith(("но", "то"))):
            return start, close, k
    return None

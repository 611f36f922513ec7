"""A count of strikes told right after a strike: "Окупанти обстріляли Херсонщину. За добу — 40
обстрілів." Reports of the war sum up the day's strikes in a sentence that names no one: the
striker is the one the sentence before told, and a reader takes it as written there. Without
this the count stood as an event with no sides, which tells a reader nothing.

Only the striker carries over, never what was hit: the count may take in other towns than the
one named before, and a side left empty is better than a wrong one. Only when the count names
no striker of its own and its sentence has no verb that could have a subject: a verbless line,
a form of "бути", a verb of happening ("стався") or an impersonal "зафіксовано", "було відбито" ("Наші воїни відбили 15 атак"
has its own subject, whoever it is).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite, lemma_of_tok
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..grammar.sentence_view import SentenceView

# how far from the strike noun its count may stand ("таких ударів було дев'ять")
_COUNT_WINDOW = 3


def _counted(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The strike noun at k is counted: a number, a numeral, a word of quantity or an ordinal
    ("другий удар") within a few words of it, none of them part of a time expression ("за
    24 години")."""
    toks = doc.tokens
    words = lex.word_list("quantity_words") | lex.word_list("count_ordinals")
    for m in range(max(sent.lo, k - _COUNT_WINDOW), min(sent.hi, k + _COUNT_WINDOW + 1)):
        t = toks[m]
        if m == k or any(x.start <= t.start < x.end for x in sent.timexes):
            continue
        if t.text[:1].isdigit() or t.pos == "NUMR" or lemma_of_tok(t) in words or t.norm in words:
            return True
    return False


def _no_subject_verb(lex: Lexicon, doc: Document, sent: SentenceView) -> bool:
    """No finite verb of the sentence could have a subject of its own: there is none, or each is
    a form of "бути", a verb of happening (`strike_count_verbs`: "стався") or impersonal (`Impe`:
    "зафіксовано")."""
    toks = doc.tokens
    verbs = lex.word_list("copulas") | lex.word_list("strike_count_verbs")
    return all(lemma_of_tok(toks[m]) in verbs or "Impe" in (toks[m].tags or ())
               for m in range(sent.lo, sent.hi) if _finite(toks[m]) or "Impe" in (toks[m].tags or ()))


def counted_striker(lex: Lexicon, doc: Document, sent: SentenceView, cand: Cand, out: list[Cand]) -> None:
    """Give a count of strikes with no striker the striker of the strike told in the sentence
    right before, in the same paragraph (see the module's docstring)."""
    if cand.type != "ASSAULT" or cand.actors or cand.sent == 0:
        return
    toks = doc.tokens
    k = next((m for m in range(sent.lo, sent.hi) if toks[m].start == cand.trig[0]), None)
    if k is None or toks[k].pos != "NOUN" or not _counted(lex, doc, sent, k) or not _no_subject_verb(lex, doc, sent):
        return
    prev = next((e for e in reversed(out) if e is not cand and e.type == "ASSAULT" and
                 e.sent == cand.sent - 1 and e.para == cand.para and e.actors), None)
    if prev is None:
        return
    cand.actors.extend(x for x in prev.actors if x not in cand.recipients and x not in cand.actors)

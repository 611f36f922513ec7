"""Support told of one's own act: one happening, not two.

"Країни ЄС підтримали санкції проти Росії, запровадивши ...", "Канада висловила підтримку
рішенню надати Україні танки", "Сейм підтримав рішення передати гелікоптери": the support word
takes the act (a sanction, aid) as its object, and the parties who support it are the ones who
impose or give it. A reader of the chronicle sees one sanction or one aid there; a SUPPORT
event beside it is the same happening told twice. The support joins the act as one of its
mentions. So does a support told by an adverbial participle of the act, or the act by one of the
support ("Польща підтримала Україну, передавши нам танки": the tanks are the support).

Only where the act cannot be another party's: "Франція підтримала рішення США передати ракети"
keeps France's support apart from the aid the United States give, and "Литва підтримала
Україну і запровадила санкції" names a party, not an act, as what is supported.
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ..lexicon.compiled import Lexicon
from .merge import Cand
from ..grammar.names import token_starts
from ..triggers.finder import lemma_of

# how many words may stand between the support word and the act it supports
# ("підтримали нові жорсткі санкції", "висловив підтримку рішенню уряду надати")
GAP = 4
# how many words may stand between a verb and the adverbial participle leaning on it
GERUND_GAP = 10


def fold_supports(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """The candidates with each SUPPORT whose object is an act told in the same sentence,
    by the same parties, folded into that act (it keeps the support as a mention)."""
    acts = lex.word_list("supported_act_types")
    starts = token_starts(doc)
    folded: set[int] = set()
    for n, s in enumerate(cands):
        if s.type != "SUPPORT" or s.question:
            continue
        act = next((a for a in cands[n + 1:] if a.sent == s.sent and a.type.lower() in acts and
                    _object_of(lex, doc, starts, s, a) and _same_parties(s, a)), None) or \
            next((a for a in cands if a is not s and a.sent == s.sent and a.type.lower() in acts and
                  _gerund_of(doc, starts, s, a) and _same_parties(s, a)), None)
        if act is None:
            continue
        if not act.actors:
            act.actors = list(s.actors)
        if not act.recipients:
            # "Польща підтримала Україну, передавши нам танки": the one supported receives
            act.recipients = [x for x in s.recipients if x not in act.actors]
        # the act is no longer a noun merely named by another event's verb: its parties are
        # its own (scan.py made them soft as the object of the support verb)
        act.ref_only = False
        act.soft &= s.soft | ({s.home} if s.home else set())
        act.mentions.append(s)
        act.weight = max(act.weight, s.weight)
        folded.add(id(s))
    return [c for c in cands if id(c) not in folded]


def _object_of(lex: Lexicon, doc: Document, starts: list[int], s: Cand, a: Cand) -> bool:
    """The act's trigger stands right after the support word: only adjectives, numbers and
    the nouns of a decision ("рішенню", "запровадження", "ідею") between them."""
    toks = doc.tokens
    lo = bisect_left(starts, s.trig[1])
    hi = bisect_left(starts, a.trig[0])
    if hi < lo or hi - lo > GAP:
        return False
    nouns = lex.word_list("supported_decision_nouns")
    return all(t.pos in ("ADJF", "PRTF", "NUMR") or lemma_of(t) in nouns for t in toks[lo:hi])


def _gerund_of(doc: Document, starts: list[int], s: Cand, a: Cand) -> bool:
    """"Польща підтримала Україну, передавши нам танки", "Литва запровадила ембарго,
    підтримавши політику ЄС": one of the two is an adverbial participle leaning on the other,
    with a comma and no other finite verb between them: the support is told by the act."""
    toks = doc.tokens
    first, second = (s, a) if s.trig[0] < a.trig[0] else (a, s)
    lo = bisect_left(starts, first.trig[1])
    hi = bisect_left(starts, second.trig[0])
    if hi < lo or hi - lo > GERUND_GAP or toks[hi].pos != "GRND" and toks[bisect_left(starts, first.trig[0])].pos != "GRND":
        return False
    between = toks[lo:hi]
    return any(t.norm == "," for t in between) and \
        not any(t.pos == "VERB" and (t.tense or t.person) for t in between)


def _same_parties(s: Cand, a: Cand) -> bool:
    """Every party the support names as its doer does the act too (or the act names none)."""
    named = set(s.actors) - s.soft
    doers = set(a.actors)
    return not named or not doers or named <= doers

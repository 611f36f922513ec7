"""A happening that was to take place and is called off in the next clause did not take place:
"Прем'єри мали зустрітися в понеділок, але зустріч скасували", "Переговори мали відбутися в
Алмати, проте їх скасували", "Саміт мав би відбутися у травні, однак його зірвали", or in the next sentence of the paragraph
("... мали зустрітися в понеділок. Проте зустріч скасували"). The plan
and its calling off are one happening, negated (GUIDELINES: a cancelled happening is negated),
with the parties, place and day the plan named; the noun the cancelling verb takes ("зустріч")
points back at it and tells no second event. A plan moved to another day ("її перенесли") stays
planned, and so does one whose calling off is denied ("але її не скасували"): only a verb of
`negating_predicates` in lang/uk/events.yaml, after a contrasting conjunction
(`adversative_conjunctions`), calls one off.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..grammar.sentence_view import lemma_of
from .status_turns import negated

# how far after the conjunction the cancelling verb may stand ("але зустріч в останній момент
# скасували")
CANCEL_REACH = 8


def cancelled_plans(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """The candidates, each plan called off in a contrasting clause of its own sentence
    negated, and the cancelled noun's candidate of the same type folded into it."""
    gone: set[int] = set()
    pointers = lex.word_list("cancel_pointers")
    for c in cands:
        if c.status != "planned" or id(c) in gone or c.sent >= len(doc.sentences):
            continue
        s = doc.sentences[c.sent]
        k = next((m for m in range(s.first_token, s.last_token) if doc.tokens[m].start >= c.trig[1]), None)
        span, at = (_calling_off(lex, doc, k, s.last_token) if k is not None else None), c.sent
        if span is None and c.sent + 1 < len(doc.sentences):
            # "... мали зустрітися в понеділок. Проте зустріч скасували": the next sentence of
            # the paragraph, opened by the conjunction
            nxt = doc.sentences[c.sent + 1]
            if nxt.paragraph == s.paragraph and nxt.first_token < nxt.last_token and \
                    doc.tokens[nxt.first_token].norm in lex.word_list("adversative_conjunctions"):
                span, at = _calling_off(lex, doc, nxt.first_token, nxt.last_token), c.sent + 1
        if span is None:
            continue
        lo, hi = doc.tokens[span[0]].start, doc.tokens[span[1] - 1].end
        # (the noun called off names no party or place of its own in the calling off: "але
        # Бразилія скасувала візит до Аргентини" calls off another happening)
        there = {m.entity for m in doc.mentions if lo <= m.start < hi} - c.participants(True)
        named = [o for o in cands if o is not c and o.type == c.type and o.sent == at
                 and lo <= o.trig[0] < hi and not (o.participants(True) | {o.place}) & there]
        if not named and not any(doc.tokens[m].norm in pointers for m in range(*span)):
            continue              # "..., але Литва скасувала санкції": something else called off
        c.status, c.status_explicit = "negated", True
        for o in named:
            for side, xs in ((c.actors, o.actors), (c.recipients, o.recipients)):
                side.extend(x for x in xs if x not in c.actors and x not in c.recipients)
            c.place = c.place or o.place
            c.mentions.append(o)
            gone.add(id(o))
    return [c for c in cands if id(c) not in gone]


def _calling_off(lex: Lexicon, doc: Document, k: int, hi: int) -> tuple[int, int] | None:
    """The token span (from the conjunction to the end of its clause) of a contrasting clause
    after token k whose verb calls a happening off, or None. Another finite verb before the
    conjunction ends the plan's clause with something else told: no calling off of the plan."""
    toks = doc.tokens
    joins = lex.word_list("adversative_conjunctions")
    cancel = lex.word_list("negating_predicates")
    subs = lex.word_list("subordinators")
    conj = next((m for m in range(k, hi) if toks[m].norm in joins), None)
    if conj is None:
        return None
    # (the plan's own verbs may stand before it, "мали відбутися", "мала б відбутися"; another
    # verb or a subordinate clause tells something else)
    holding = lex.word_list("planned_predicates") | lex.word_list("plan_holding_verbs")
    if any(toks[m].norm in subs or (_finite(toks[m]) and lemma_of(toks[m]) not in holding)
           for m in range(k, conj)):
        return None
    for m in range(conj + 1, min(hi, conj + 1 + CANCEL_REACH)):
        t = toks[m]
        if t.norm in (",", ";") or (not t.is_word and t.norm not in ("-",)):
            return None
        if _finite(t) or (t.pos == "VERB" and "Impe" in (t.tags or ())):
            if lemma_of(t) not in cancel or negated(doc, m, conj + 1, lex):
                return None
            end = next((x for x in range(m + 1, hi) if toks[x].norm in (",", ";") or toks[x].norm in joins), hi)
            return conj, end
    return None

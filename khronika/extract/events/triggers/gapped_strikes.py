"""A strike told again with its verb left out: "вдарили по Харкову, а вночі – по Одесі",
"обстріляли Херсон, а вранці – Нікополь", "атакували Суми, сьогодні – Харків", "удар по
Одесі, потім – по Миколаєву". The dash stands for the strike said before; the clause has a
time and a target of its own, so it is a second happening with the first one's striker, not
a second target of the first (GUIDELINES: one event per real-world happening).
"""
from __future__ import annotations

import copy

from ....document import Document
from ..grammar.clauses import _cases, _finite
from ..grammar.gap_dashes import gap_dash
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..grammar.names import token_index_at
from ..time_place.place_time import gap_time
from ..arguments.states import place_country
from .finder import SentenceView

# the dash ends the gap within a few words of its opening comma or conjunction
_REACH = 6


def _timed(lex: Lexicon, doc: Document, sent: SentenceView, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi (the words before the dash) only say when: a time expression
    ("вранці", "сьогодні") or an adverb of sequence ("потім"), with a conjunction before it."""
    toks = doc.tokens
    words = lex.word_list("sequence_adverbs") | lex.word_list("gap_conjunctions")
    timed = False
    def in_time(x: int) -> bool:
        return any(tx.start <= toks[x].start < tx.end for tx in sent.timexes)
    for x in range(lo, hi):
        in_tx = in_time(x)
        # (a time's span leaves out its preposition: "у середу – Чернігів", "а о 14:00 – Суми")
        if not in_tx and toks[x].pos == "PREP" and x + 1 < hi and in_time(x + 1):
            continue
        if not in_tx and toks[x].norm not in words:
            return False
        timed = timed or in_tx or toks[x].norm in lex.word_list("sequence_adverbs")
    return timed


def _dash_after(lex: Lexicon, doc: Document, sent: SentenceView, m: int) -> int | None:
    """The dash that ends a gap opened at token m (a conjunction or a comma), if the words up
    to it hold no verb and no comma; else None."""
    toks = doc.tokens
    dash = gap_dash(lex, doc, sent, m, _REACH)
    if dash is None:
        return None
    if any(toks[m].end <= a.start < toks[dash].start for a in sent.args):
        return None               # "а Україна — по Бєлгороду": a striker of its own, not the first one's
    if toks[m].norm == "," and not _timed(lex, doc, sent, m + 1, dash):
        return None               # ", Одеса — дрони": a line label, not a clause left without its verb
    return dash


def _places_listed(lex: Lexicon, doc: Document, sent: SentenceView, start: int, slack: int,
                   home: str | None) -> list:
    """The places named from token start on (the first within `slack` tokens of it), joined by
    commas and "і"/"та" only ("— Нікополь і Марганець"); a comma that opens another gap ends
    the list ("сьогодні — Харків, завтра — Одеса")."""
    toks = doc.tokens
    joins = lex.word_list("place_list_joins")
    found: list = []
    pos = start
    for a in sorted(sent.args, key=lambda x: x.start):
        if a.start < toks[pos].start or (a.etype or "") != "LOC" or a.entity == home:
            continue
        first = token_index_at(doc, a.start, pos, sent.hi)
        last = token_index_at(doc, a.end - 1, pos, sent.hi)
        if first is None or last is None:
            break
        if not found and first - start > slack:
            break
        if found and (first == pos or any(toks[x].norm not in joins or
                                          (toks[x].norm == "," and _dash_after(lex, doc, sent, x) is not None)
                                          for x in range(pos, first))):
            break
        found.append(a)
        pos = last + 1
        if pos >= sent.hi:
            break
    return found


def gapped_strikes(lex: Lexicon, doc: Document, sent: SentenceView, cand: Cand, j: int) -> list[Cand]:
    """Each gapped clause after the strike trigger (ending at token j) that names another
    place hit: after "по"/"на", or, when a verb told the first strike and the gap says when,
    the place itself in the accusative ("обстріляли Херсон, а вранці — Нікополь"). The copy
    takes that place as its target and place, the time written in the gap, and the striker."""
    if cand.type != "ASSAULT" or j >= sent.hi:
        return []
    toks = doc.tokens
    conj = lex.word_list("gap_conjunctions")
    preps = lex.word_list("strike_prepositions")
    verb = any(_finite(t) for t in toks[sent.lo:j] if cand.trig[0] <= t.start < cand.trig[1])
    towns = place_country()
    out: list[Cand] = []
    m = j
    while m < sent.hi - 2:
        if _finite(toks[m]) and m > j:
            break                 # another predicate: its own clause, told by its own trigger
        dash = _dash_after(lex, doc, sent, m) if toks[m].norm in conj or toks[m].norm == "," else None
        if dash is None:
            m += 1
            continue
        k = dash + 1
        bare = toks[k].norm not in preps
        if bare and not (verb and _timed(lex, doc, sent, m + 1, dash)
                         and "accs" in _cases(toks[k].text)):
            m += 1
            continue
        start = k if bare else k + 1
        hit_args = _places_listed(lex, doc, sent, start, 0 if bare else 2, cand.home)
        if not hit_args:
            m += 1
            continue
        hit = list(dict.fromkeys(a.entity for a in hit_args))
        c = copy.deepcopy(cand)
        c.recipients = hit
        c.place = next((x for x in hit if x in towns), None)
        gap_time(doc, sent, cand, c, m, dash)
        c.trig = (toks[k].start, max(a.end for a in hit_args))
        c.distinct, c.aggregate, c.anaphoric, c.mentions = True, False, False, []
        for x in hit:
            if x in cand.recipients:
                cand.recipients.remove(x)
        if cand.place in hit:
            cand.place = next((x for x in cand.recipients if x in towns), None)
        out.append(c)
        m = token_index_at(doc, hit_args[-1].end - 1, start, sent.hi) or m + 1
    return out

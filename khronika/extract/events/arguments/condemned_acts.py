"""Who a condemnation is of, when it names only the act told before: "Ізраїль завдав ударів по
півдню Лівану. Уряд Лівану засудив удари" condemns Israel. The object is the bare noun of a
happening just told (the same noun as that happening's trigger, within a sentence or two, with
no name of its own after it), so the ones who did that happening are whom the condemnation is
against. Only a condemnation with no recipient of its own takes them, and never its own actors.
The verbs are data (`condemning_verbs` in lang/uk/events.yaml).
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from .role_clause import SYMMETRIC
from ..grammar.names import token_starts
from ..grammar.sentence_view import lemma_of

# how many sentences back the condemned happening may be told
REACH = 2
# how many words after the verb its object noun may stand ("засудив ці жорстокі удари")
OBJECT_WINDOW = 4


def condemned_doers(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Give a condemnation of a happening just told, by its bare noun, that happening's doers
    as its recipients."""
    verbs = lex.word_list("condemning_verbs")
    toks = doc.tokens
    starts = token_starts(doc)
    for n, c in enumerate(cands):
        if c.type not in ("ACCUSE", "PROTEST") or c.lemma not in verbs:
            continue
        k = bisect_left(starts, c.trig[1])
        noun = None
        fronted = _fronted_strike(lex, doc, cands, c, bisect_left(starts, c.trig[0]))
        if fronted is not None:
            # "Удар засудили генсек ООН і президент Франції": the strike named before the verb
            # is its object, as after it; the ones who condemn it did not strike, and the place
            # of the condemning is not the strike's
            noun = bisect_left(starts, fronted.trig[0])
            fronted.actors = [x for x in fronted.actors if x not in c.actors]
            if fronted.place is not None and fronted.place == c.place:
                fronted.place = None
            fronted.soft |= fronted.participants()
            fronted.ref_only = True
        for m in range(k, min(len(toks), k + OBJECT_WINDOW)):
            if noun is not None or toks[m].sentence != toks[k - 1].sentence or not toks[m].is_word:
                break
            if toks[m].pos == "NOUN":
                noun = m
                break
        strike = next((p for p in cands if noun is not None and p.sent == c.sent and p is not c and
                       p.trig[0] == toks[noun].start and p.type in ("ASSAULT", "COERCE")), None)
        # (the strike noun, the verb's object, keeps its own sides only as soft ones: `ref_only`)
        doers = [x for x in strike.actors if (strike.ref_only or x not in strike.soft) and x not in c.actors] \
            if strike else []
        if doers:
            # "Франція засудила бомбардування Лівану Ізраїлем": the strike condemned, told in
            # the same sentence, says who did it; they are whom the condemnation is against
            c.recipients = doers
            continue
        if c.recipients:
            continue
        if noun is None or (noun + 1 < len(toks) and toks[noun + 1].text[:1].isupper()
                            and toks[noun + 1].sentence == toks[noun].sentence):
            continue            # ("засудив удари Ізраїлю": named in its own phrase)
        lemma = lemma_of(toks[noun])
        # "Росія завдала удару по енергетиці. Країни G7 засудили цей крок": a general noun of
        # an act after a pointing word names the last happening told with a doer, of any word
        pointed = lemma in lex.word_list("pointed_act_nouns") and noun > k and \
            lemma_of(toks[noun - 1]) in lex.word_list("demonstratives")
        # ("ХАМАС атакував Ізраїль. Україна засудила напад": a bare noun of a strike names the
        # strike just told, whatever word told it)
        strike_noun = any(t.type == "ASSAULT" for t in lex.by_lemma.get(lemma, ()))
        for p in reversed(cands[:n]):
            if c.sent - p.sent > REACH:
                break
            if pointed and p.sent < c.sent and p.type in SYMMETRIC:
                break           # ("провели переговори. ... засудили цей крок": no blow to condemn)
            if p.sent < c.sent and (p.lemma == lemma or pointed or (strike_noun and p.type == "ASSAULT")) and p.actors:
                doers = [x for x in p.actors if x not in p.soft and x not in c.actors]
                if doers:
                    c.recipients = doers
                break
    return cands



def _fronted_strike(lex: Lexicon, doc: Document, cands: list[Cand], c: Cand, verb: int) -> Cand | None:
    """The strike whose noun opens the clause of a condemning verb ("Удар засудили ...", "Цей
    обстріл Харкова рішуче засудила Франція"): the verb's object put first, as Ukrainian allows.
    Between the clause's start and the verb stand only the noun, its adjectives and pointing
    words, the names in genitive that belong to it, and adverbs."""
    toks = doc.tokens
    lo = verb
    while lo > 0 and toks[lo - 1].sentence == toks[verb].sentence and toks[lo - 1].text not in (",", "—", "–", ":", ";"):
        lo -= 1
    nouns = [m for m in range(lo, verb) if toks[m].pos == "NOUN"]
    if not nouns or not all(toks[m].pos in ("ADJF", "PRTF", "ADVB", "NOUN") or
                            lemma_of(toks[m]) in lex.word_list("demonstratives") for m in range(lo, verb)):
        return None
    if any(toks[m].case == "nomn" for m in nouns[1:]):
        return None             # ("Удар Франція засудила": two nouns that are no phrase)
    return next((p for p in cands if p is not c and p.sent == c.sent and p.type in ("ASSAULT", "COERCE")
                 and p.trig[0] == toks[nouns[0]].start), None)

"""The one another act is done to, told within a gathering, is no party to the gathering.

"Глави держав ЄС на саміті в Брюсселі закликали Росію припинити обстріли", "Під час саміту
у Вільнюсі Туреччина підтримала Швецію": the summit frames the clause ("на", "під час" before
the gathering noun: `frame_prepositions`), and the verb of the clause is an act of its own (a
call, a backing). Whom that act is aimed at, named after the verb, is its recipient; the walk
that reads a name after the clause's verb as the gathering's other side made Russia a party to
the summit. Only a bare object is taken out ("у виступі в Конгресі я звернувся до США"
addresses the one the speech was given to). A partner named in the frame itself ("на зустрічі з Ердоганом") stays, and so does
the object of a verb that is no act of its own ("На зустрічі Ердоган привітав Зеленського":
the one greeted is the one met).
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ..grammar.names import args_in, token_starts
from ..grammar.phrase_heads import frame_start
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand



def framed_acts(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Take out of each framing gathering the recipients that the clause's own act has after
    its verb."""
    starts = token_starts(doc)
    toks = doc.tokens
    for c in cands:
        if c.type != "CONSULT" or not c.recipients:
            continue
        i = bisect_left(starts, c.trig[0])
        if i >= len(toks) or toks[i].pos != "NOUN" or not _framed(lex, doc, i, starts, c.evidence[0]):
            continue
        for d in cands:
            if d is c or d.sent != c.sent or d.type == "CONSULT":
                continue
            k = bisect_left(starts, d.trig[0])
            if k >= len(toks) or toks[k].pos != "VERB" or k <= i or \
                    any(toks[m].pos == "VERB" or toks[m].norm in (";", ":") for m in range(i + 1, k)):
                continue      # the clause's own verb, after the frame, with no other verb between
            # (only a bare object: "у виступі в Конгресі я звернувся і до США" addresses the
            # one the speech was given to)
            aimed = {a.entity for a in args_in(doc, toks[k].end, c.evidence[1])
                     if not _after_preposition(lex, toks, bisect_left(starts, a.start))} & set(d.recipients)
            framed = {a.entity for a in args_in(doc, toks[i].end, toks[k].start)}
            c.recipients = [x for x in c.recipients if x not in aimed or x in framed]
    return cands


def _after_preposition(lex: Lexicon, toks, m: int) -> bool:
    """The word before token m is a preposition (its name is no bare object)."""
    return m > 0 and toks[m - 1].norm in lex.word_list("prepositions")


def _framed(lex: Lexicon, doc: Document, i: int, starts: list[int], lo_char: int) -> bool:
    """The gathering noun at token i stands after a frame preposition, over its modifiers
    ("на черговому саміті", "під час зустрічі"), in the locative after a one-word one."""
    return frame_start(lex, doc.tokens, i, bisect_left(starts, lo_char)) is not None

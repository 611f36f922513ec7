"""A meeting named in a frame with its own partner meets only that partner.

"Орбан не представляв ЄС під час зустрічі з Путіним", "Після переговорів із Шольцом Зеленський
подякував Німеччині": the meeting noun stands in a phrase of time ("під час", "на", "після" ...:
`frame_prepositions`, `frame_prepositions_gent`) that names whom it was held with ("з" + the
instrumental right after the noun or its genitive complement) or whose it was ("на засіданні
Уряду оформили домовленості з Урядом Японії": Japan was party to the agreement, not to the
cabinet's session). The verb of the clause tells
another act, and what it governs (the EU represented, Germany thanked) is that act's, not a
second partner of the meeting; its subject, who was at the meeting, still acts in it. Without a
partner of its own ("Під час зустрічі Орбан критикував ЄС") the frame points back at a meeting
told (merging/frames.py) and the clause's names are read as before.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import coordinated_with
from ..grammar.names import Arg, token_index_at
from ..grammar.ties import tie_of
from ..lexicon.compiled import Lexicon

# what may stand between a frame's preposition and its noun ("під час довгої зустрічі")
_MODIFIERS = ("ADJF", "PRTF", "NPRO")


def in_frame(lex: Lexicon, toks, lo: int, i: int) -> bool:
    """The noun at i is the object of a frame preposition, over its modifiers."""
    m = i - 1
    while m >= lo and toks[m].pos in _MODIFIERS:
        m -= 1
    if m < lo:
        return False
    one = toks[m].norm
    two = f"{toks[m - 1].norm} {one}" if m - 1 >= lo else ""
    return two in lex.word_list("frame_prepositions") or one in lex.word_list("frame_prepositions") \
        or one in lex.word_list("frame_prepositions_gent")


def framed_partners(lex: Lexicon, doc: Document, args: list[Arg], i: int, j: int, type_: str, cl,
                    lo: int, hi: int, actors: list[str], recipients: list[str]) -> list[str]:
    """The recipients of the meeting noun at i..j once the clause verb's own objects are left
    out (unchanged unless the noun is framed and names its own partner)."""
    toks = doc.tokens
    if type_.lower() not in lex.word_list("frame_types") or toks[i].pos != "NOUN" or \
            cl.governor is None or not recipients or not in_frame(lex, toks, lo, i):
        return recipients
    preps = lex.word_list("prepositions")
    partner = lex.word_list("partner_prepositions")
    own: set[str] = set()
    outside: set[str] = set()
    own_tokens: set[int] = set()
    for a in sorted(args, key=lambda a: a.start):
        k = token_index_at(doc, a.start, lo, hi)
        if k is None or not cl.lo <= k < cl.hi or i <= k < j:
            continue
        tie = tie_of(doc, k, cl.lo, i, preps, partner)
        # ("зустрічі лідерів з Путіним": over the noun's genitive complement to its "з")
        between = range(j, tie.head - 1)
        # ("розмови Президента Литви та Президента Польщі": the second of a pair the noun owns)
        pair = coordinated_with(doc, tie.head, cl.lo) if tie.prep is None and not tie.of_trigger else None
        if tie.of_trigger or (pair is not None and pair in own_tokens) or \
                (tie.prep in partner and tie.head > j and
                 all(toks[m].case == "gent" or any(b.start <= toks[m].start < b.end for b in args)
                     for m in between)):
            own.add(a.entity)
            own_tokens.update(m for m in range(tie.head, hi) if toks[m].start < a.end)
        else:
            outside.add(a.entity)
    if not own:
        return recipients
    return [x for x in recipients if x in own or x not in outside or x in actors]

"""Places that name a route, a link or a border ("міст між Ямполем і Косеуцями", "сполучення
Київ — Кишинів — Бухарест", "кордон між Польщею та Білоруссю") are what is built, opened or
closed, not parties: a capital in such a phrase does not stand for its state, and a pair after
"між" there is no pair of partners as in "переговори між Україною та Росією".
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.clauses import COORD, lemma_of_tok
from ..lexicon.compiled import Lexicon
from ..grammar.names import Arg

# what may stand between a route noun and a place it names ("міст через Дністер між ...")
_LINKS = {"між", "поміж", "через", "—", "–", "-"}


def in_route_phrase(doc: Document, args: list[Arg], k: int, lo: int, lex: Lexicon) -> bool:
    """True when the name at token k belongs to a route noun's phrase: walking left over names,
    conjunctions, dashes, "між" and adjectives reaches a word of `route_nouns` first."""
    toks = doc.tokens
    routes = lex.word_list("route_nouns")
    named = lambda t: any(b.start <= t.start < b.end for b in args)
    m = k - 1
    while m >= lo:
        t = toks[m]
        if named(t) or t.norm in _LINKS or t.norm in COORD or t.pos == "ADJF":
            m -= 1
            continue
        # ("міст" is first read as "місто" in the genitive plural)
        if lemma_of_tok(t) not in routes and not (
                t.pos == "NOUN" and t.text.islower() and any(p.normal_form in routes for p in parses(t.text))
                and not (m > lo and toks[m - 1].pos in ("ADJF", "NUMR", "PREP") and toks[m - 1].number != "sing")):
            # ("одному з наших південних міст – Миколаєву": the towns, after a plural word)
            return False
        # "між Ямполем", "Київ — Кишинів"; a name right after the noun only in apposition
        # ("сполучення Київ"), not as its owner ("залізницю України" is Ukraine's, struck)
        return any(toks[x].norm in _LINKS for x in range(m + 1, k)) or \
            (m == k - 1 and toks[k].case not in ("gent", None))
    return False

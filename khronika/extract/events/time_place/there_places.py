"""A sentence that opens with "там" tells where by pointing back: "Наступного тижня я поїду до
Нью-Йорка. Там запланована зустріч з генсеком ООН", "Міністр прибув до Варшави. Там він
провів переговори з ...". The happening it tells may be one of its own (merging keeps a meeting
there with someone new apart from the visit), but its place is the one just told; without
this it had none. Only for happenings that take place somewhere (`dateline_place_types`), and
only from the sentence or two before, in the same paragraph.
"""
from __future__ import annotations

from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand

# how many sentences back the place "там" points at may be told
REACH = 2


def there_places(lex: Lexicon, cands: list[Cand]) -> list[Cand]:
    """Give a candidate opened by "там" with no place of its own the place told just before."""
    kinds = lex.word_list("dateline_place_types")
    for n, c in enumerate(cands):
        if not c.place_anaphor or c.place is not None or c.type.lower() not in kinds:
            continue
        for p in reversed(cands[:n]):
            if c.sent - p.sent > REACH or p.para != c.para:
                break
            if p.sent < c.sent and p.place is not None:
                c.place = p.place
                break
    return cands

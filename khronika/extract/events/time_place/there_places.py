"""A sentence that opens with "там" tells where (and, after a trip, when and by whom) by
pointing back: "Наступного тижня я поїду до Нью-Йорка. Там запланована зустріч з генсеком
ООН", "Міністр прибув до Варшави. Там він провів переговори з ...". The happening it tells may
be one of its own (merging keeps a meeting there with someone new apart from the visit), but
its place is the one just told; without this it had none. Only for happenings that take place
somewhere (`dateline_place_types`), and only from the sentence or two before, in the same
paragraph.
"""
from __future__ import annotations

from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand, told_before

# how many sentences back the place "там" points at may be told
REACH = 2


def there_places(lex: Lexicon, cands: list[Cand]) -> list[Cand]:
    """Give a candidate opened by "там" with no place of its own the place told just before;
    a meeting there that names no one of its own who meets, right after a trip, is the
    traveller's ("Порошенко поїде до Брюсселя. Там запланована зустріч зі Столтенбергом")."""
    kinds = lex.word_list("dateline_place_types")
    for n, c in enumerate(cands):
        if not c.place_anaphor or c.type.lower() not in kinds:
            continue
        for p in told_before(cands, n, REACH):
            if p.sent < c.sent and p.place is not None:
                if c.place is None:
                    c.place = p.place
                if c.type == "CONSULT" and p.mode == "visit" and not c.actors and p.actors and \
                        not set(p.actors) & set(c.recipients):
                    c.actors = list(p.actors)
                    c.soft.update(p.actors)
                if c.type == "CONSULT" and p.mode == "visit" and c.time is None and p.time is not None:
                    # (held during the trip: "Наступного тижня ... поїде до Брюсселя. Там ...")
                    c.time, c.time_range = p.time, p.time_range
                break
    return cands

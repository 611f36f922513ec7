"""What the sides agree right after their talks is agreed where the talks were: "У Стамбулі
відбувся другий раунд переговорів. Делегації домовилися про обмін полоненими", "Зеленський і
Туск провели переговори у Варшаві. Лідери підписали угоду про безпеку". The agreement is
another happening than the talks (its own type), held at them; its sentence names no town, the
talks' sentence did (GUIDELINES: the place, when the text says so).

Only the next sentence of the same paragraph, only parties that were at the talks (or talks
told with none named), and never a call, a count of talks or an agreement with a place or a
day of its own ("Україна та Японія підписали угоду" after talks with Poland is not theirs).
The types that are reached at talks are data (`agreed_at_talks_types` in events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ..arguments.states import country_ids
from ..grammar.names import args_in
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand


def talks_places(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Give an agreement told right after placed talks of its parties the talks' place."""
    types = lex.word_list("agreed_at_talks_types")
    countries = country_ids()
    talks: Cand | None = None
    for c in cands:
        if c.type == "CONSULT":
            if c.place and c.mode != "phone" and not (c.aggregate or c.plural_generic):
                talks = c
            elif c.place or c.participants():
                talks = None            # (other talks told since: the agreement may be theirs)
            continue
        if talks is None or c.place or c.type.lower() not in types or c.para != talks.para or \
                c.sent - talks.sent != 1 or (c.time is not None and c.time != talks.time):
            continue
        met = talks.participants(True)
        if met and not c.participants() <= met:
            continue
        if any((a.etype or "") == "LOC" and a.entity not in countries for a in args_in(doc, *c.evidence)):
            continue
        c.place = talks.place
    return cands

"""The giver of help thanked for right after a talk: "Сьогодні мав розмову з Прем'єр-міністром
Нідерландів. Подякував за новий пакет підтримки." A leader's note of a call goes on to thank
for what the partner gives, naming no one; the giver is the state of the one just talked with
(only when that talk had one foreign partner state, and the thanks name no one themselves).
"""
from __future__ import annotations

from ..context import DocContext
from ....document import Document
from ..grammar.sentence_view import SentenceView
from ..merging.merge import Cand
from .states import country_ids


def thanked_partner(ctx: DocContext, doc: Document, sent: SentenceView, k: int, cand: Cand,
                    out: list[Cand]) -> None:
    """Give `cand` (help thanked for at token k, no giver found) the partner state of the talk
    told in the sentence before it; in place."""
    if cand.type not in ("AID", "SUPPORT") or doc.tokens[k].pos != "NOUN" or \
            [x for x in cand.actors if x not in cand.soft and x != cand.home]:
        return
    found = ctx.find.thanked(doc, sent, k)
    if found is None or doc.tokens[found[1]].norm != "за":
        return
    if any(a.entity != cand.home for a in sent.args):
        return                      # the thanks name someone: the rules of the sentence decide
    prev = out[-1] if out else None
    if prev is None or prev.type != "CONSULT" or prev.para != cand.para or not 0 < cand.sent - prev.sent <= 1:
        return
    states = [x for x in prev.recipients if x in country_ids() and x != cand.home]
    if len(states) != 1:
        return
    cand.actors = [x for x in cand.actors if x != cand.home] + states
    if cand.home and cand.home not in cand.recipients:
        cand.recipients.append(cand.home)

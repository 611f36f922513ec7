"""Who promises an act told by litotes: "Байден запевнив, що допомога не забариться", "Ця атака
не залишиться без відповіді, – заявив Зеленський". The clause's subject is the act itself, no
party; the one who gives the word is the quote's speaker (else, in a first-person text, its
author and the home side), and with his state he is the one to act. A giver named in the
clause ("допомога від США") keeps the act, and a speaker whose side receives it ("допомога
Україні не забариться, – сказав Зеленський") promises nothing of his own."""
from __future__ import annotations

from ....document import Document
from ..context import DocContext
from ..merging.merge import Cand
from ..grammar.sentence_view import SentenceView
from ..triggers.finder import lemma_of
from .states import body_state, entity_for, state_of


def promiser_sides(ctx: DocContext, doc: Document, sent: SentenceView, k: int, cand: Cand, home: str | None) -> None:
    """Give a subjectless promise by litotes its promiser as actor, in place."""
    lo, _ = sent.clause_of(k)
    if cand.type == "THREATEN" and lemma_of(doc.tokens[k]).endswith("ся"):
        # "Ця атака Росії не залишиться без відповіді": the act's doer is the one threatened
        cand.recipients = list(dict.fromkeys(cand.recipients + cand.actors))
        cand.actors = []
    if cand.actors or any(doc.tokens[m].norm == "від" for m in range(lo, k)):
        return      # ("Допомога від партнерів не забариться, – запевнив Шмигаль": theirs)
    quote = ctx.quote_at.find(doc.tokens[k].start)
    if quote is not None:
        promisers = [quote.speaker] if quote.speaker else []
    else:
        promisers = [x for x in (ctx.author, home) if x] if ctx.first_person_doc else []
    for x in list(promisers):
        st = state_of(x, doc.date) or body_state(x)
        if st and entity_for(doc, st) not in promisers:
            promisers.append(entity_for(doc, st))
    if set(promisers) & set(cand.recipients):
        return
    cand.actors = promisers

"""Whom "ви" stands for in an address to another people or its assembly (`addressed_you`).

An address that opens with greeting lines ("Шановні депутати Сейму! Народе Польщі!") speaks
to that state for the rest of its text: "Ми вдячні вам за підтримку, яку ви надаєте" is thanks
to Poland for what Poland gives, and without a party on the pronoun the grammar's sides stay
empty. The pronoun is read as the greeted state only when the greeting names exactly one state
of another side than the speaker's; an address to one's own people ("Дорогі українці!") or to
several states at once gives "ви" no one, and a quote inside the address is someone else's
"ви" and is left alone.
"""
from __future__ import annotations

from ....document import Document
from ....kb import get_kb
from .addresses import greeted_parties
from ..lexicon.compiled import Lexicon
from .role_clause import SYMMETRIC
from ..grammar.names import Arg
from .quote_sides import first_person_sides
from ..grammar.sentence_view import SentenceView, lemma_of
from .states import country_ids, entity_for, state_of

_CACHE_KEY = "_addressed_state"


def addressed_state(lex: Lexicon, doc: Document, home: str | None) -> str | None:
    """The one foreign state the document's opening greeting lines address, or None (read
    once per document)."""
    cached = doc.meta.get(_CACHE_KEY)
    if cached is not None and cached[0] is doc.text:
        return cached[1]
    kb = get_kb()
    # (a greeted body stands for its state: "Шановні депутати Сейму Литви!")
    states = {x if x in country_ids() else state_of(x, doc.date) or kb.country(x)
              for x in greeted_parties(lex, doc, home)}
    # (a continent greeted, "Європа", is no one state)
    states = {x for x in states if x in country_ids() and x != home}
    state = next(iter(states)) if len(states) == 1 else None
    doc.meta[_CACHE_KEY] = (doc.text, state)
    return state


def addressed_you(lex: Lexicon, doc: Document, sent: SentenceView, args: list[Arg],
                  home: str | None) -> list[Arg]:
    """`args` with an `Arg` of the addressed state on each second-person pronoun of the
    address's own words that names no one yet."""
    you = lex.word_list("second_person")
    toks = doc.tokens
    spots = [k for k in range(sent.lo, sent.hi) if toks[k].norm in you or
             (toks[k].pos in ("NPRO", "ADJF") and lemma_of(toks[k]) in you)]
    if not spots:
        return args
    state = addressed_state(lex, doc, home)
    if state is None:
        return args
    quoted = [(q.start, q.end) for q in doc.quotes]
    taken = {a.start for a in args}
    ent = doc.entities.get(entity_for(doc, state))
    extra = [Arg(toks[k].start, toks[k].end, state, "pronoun", ent.type if ent else "LOC")
             for k in spots if toks[k].start not in taken and
             not any(lo <= toks[k].start < hi for lo, hi in quoted)]
    if not extra:
        return args
    return sorted(args + extra, key=lambda a: a.start)


def you_and_us(ctx, doc: Document, sent: SentenceView, i: int, cand, home: str | None) -> None:
    """The sides of an address's event once "ви" is the greeted state: the speaker's side and
    "you" are two sides, not one ("я думаю, ви їх знаєте: прошу припинити бізнес" asks of no
    one "you" with the speaker), and what "you" are thanked for giving, with no receiver
    named ("Ми вдячні вам за підтримку, яку ви надаєте"), went to the side of the one who
    thanks. Only the address's own words, not a quote of someone else."""
    toks = doc.tokens
    if ctx.quote_at.find(toks[i].start) is not None:
        return
    state = addressed_state(ctx.lex, doc, home)
    if state is None or state not in cand.actors:
        return
    ours = [x for x in first_person_sides(doc, ctx.author, None, home) if x != state]
    if cand.type not in SYMMETRIC and any(x in cand.actors for x in ours + [ctx.author]):
        cand.actors = [x for x in cand.actors if x != state]
        return
    if cand.type not in ("AID", "SUPPORT") or cand.recipients:
        return
    found = ctx.find.thanked(doc, sent, i)
    if found is None:
        return
    g = found[0]
    me = ctx.lex.word_list("first_person")
    # the speaker thanks: "Дякую", "Я вдячний", "Ми вдячні", a verbless "Вдячні вам за" (not
    # "Президент Франції дякує вам": the one he thanks gave to him)
    if not ("1per" in (toks[g].tags or ()) or g == sent.lo or
            any(toks[m].norm in me for m in range(sent.lo, g))):
        return
    cand.recipients = [entity_for(doc, x) for x in ours if x not in cand.actors]
    cand.soft |= set(ours)

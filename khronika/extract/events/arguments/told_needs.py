"""A need told by someone else is no request of the needy one.

A request has the one who asks as its actor (GUIDELINES). "Україні потрібні ракети" in
Ukraine's own address, or said by its president, asks for them; "Канцлер Німеччини заявив, що
Україні потрібні літаки", "«Україні потрібна наша підтримка», – сказав Макрон", "Експерти
вважають, що Україні потрібні ракети" tell another's view of Ukraine's needs: Ukraine asked
nothing there, and the speaker asked nobody for anything of his own. Such a candidate loses
the needy side; with no asker left it is dropped (a wrong actor is worse than no event).

The teller is the speaker the quote layer found for the quote (direct or indirect) that holds
the need word: a named party, or a described one ("Американський сенатор": the state its
words name). Whose side the needy one and the teller stand on is `party_state`; a teller of
no known state, or a role of the home side named by no entity ("Міністр оборони заявив"),
may be the needy side's own voice and keeps the request.
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document, Quote
from ....kb import get_kb
from ..grammar.names import token_starts
from ..grammar.sentence_view import lemma_of
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from .quote_sides import described_sides
from .states import party_state


def others_needs(lex: Lexicon, doc: Document, cands: list[Cand], home: str | None) -> list[Cand]:
    """The candidates less the needs told by a speaker of another side than the needy one's:
    the needy ones named in the need's own clause leave its actors, and a need with no asker
    left is dropped ("Грем вважає, що Україні потрібні ракети, а Зеленський просить про них":
    Zelensky, named past the need's clause, still asks)."""
    if not lex.need_words:
        return cands
    kept: list[Cand] = []
    for c in cands:
        if c.type == "REQUEST" and c.lemma in lex.need_words:
            tellers = _tellers(lex, doc, c, home)
            if tellers is not None:
                own = _clause_names(doc, c)
                askers = [x for x in c.actors if x in tellers or party_state(doc, x) in tellers or x not in own]
                if not askers and (c.actors or home not in tellers):
                    continue
                c.actors = askers
        kept.append(c)
    return kept


def _tellers(lex: Lexicon, doc: Document, c: Cand, home: str | None) -> set[str] | None:
    """Whose voice tells the need of c: the speaker of the quote that holds it, or the person
    a line opens with before a colon ("Макрон: Україні потрібна підтримка"); None when it
    cannot be told."""
    quote = _quote_of(doc, c.trig[0])
    if quote is not None:
        return _teller_states(lex, doc, quote, home)
    lo = c.evidence[0]
    head = next((m for m in doc.mentions if m.start == lo and m.entity and m.type == "PER"), None)
    if head is not None and doc.text[head.end:c.trig[0]].lstrip().startswith(":"):
        return _teller_states(lex, doc, Quote(head.end, c.evidence[1], "", "direct", head.entity), home)
    return None


def _clause_names(doc: Document, c: Cand) -> set[str]:
    """The entities named in the need's own clause: from the comma (or the sentence's start)
    before the trigger to the comma after it."""
    text = doc.text
    lo, hi = c.evidence
    left = max(text.rfind(",", lo, c.trig[0]), text.rfind(":", lo, c.trig[0]), lo)
    right = text.find(",", c.trig[1], hi)
    right = hi if right < 0 else right
    return {m.entity for m in doc.mentions if m.entity and left <= m.start < right} | \
        {r.entity for r in doc.refs if r.entity and left <= r.start < right}


def _quote_of(doc: Document, at: int) -> Quote | None:
    """The quote (direct or indirect) that holds the character `at`."""
    return next((q for q in doc.quotes if q.start <= at < q.end), None)


def _teller_states(lex: Lexicon, doc: Document, quote: Quote, home: str | None) -> set[str] | None:
    """The parties the quote's speaker speaks for (himself and his state), or None when it
    cannot be told whose voice it is (no speaker at all, a person of no known state, or a
    bare role word that may be the home side's own official)."""
    if quote.speaker:
        state = party_state(doc, quote.speaker)
        if state is not None:
            return {quote.speaker, state}
        # ("Генсек НАТО Марк Рютте наголосив, що ...": a person who acts for a body, no state)
        kb = get_kb()
        bodies = {r.of for r in kb.roles_of(quote.speaker) if r.of and r.active(doc.date)}
        return {quote.speaker} | bodies | {s for b in bodies if (s := kb.country(b))} if bodies else None
    if quote.speaker_text is None:
        return None
    sides = described_sides(doc, quote, home)
    if sides:
        return set(sides) | {s for x in sides if (s := party_state(doc, x))}
    roles = lex.word_list("home_roles") | lex.word_list("public_office_words")
    toks = doc.tokens
    for t in toks[bisect_left(token_starts(doc), quote.speaker_text.start):]:
        if t.start >= quote.speaker_text.end:
            break
        if lemma_of(t) in roles:
            return None       # "Міністр оборони заявив, що ...": the home side's own official
    return set()              # "Експерти вважають, що ...": no party at all

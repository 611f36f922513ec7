"""Guests told by a bare plural noun: the host of talks told elsewhere, not a visit of its own.

"Президент ОАЕ, який приймав делегації, подякував сторонам": the delegations are those of the
talks the text tells; the host's reception names no guest a chronicle could show, so read
alone it made the host the one who visits. "прийняв у Києві делегацію Конгресу" names whose
the guests are (a word follows the guest noun) and stays a visit. The guest nouns are data
(`guests` in the contexts of lang/uk/events.yaml). A reception whose host is named by no one
("Президента Фінляндії прийняли в Офісі Президента") tells the guest's visit (`received_guests`).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.sentence_view import lemma_of
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from .states import entity_for, party_state, place_state


def bare_guests(lex: Lexicon, doc: Document, j: int, hi: int) -> bool:
    """The first guest noun after the host's verb ending at j (to token hi) ends its phrase: no
    word follows it before a punctuation mark or the sentence's end."""
    toks = doc.tokens
    guests = lex.contexts.get("guests", frozenset())
    m = next((m for m in range(j, hi) if lemma_of(toks[m]) in guests), None)
    return m is not None and (m + 1 >= hi or not toks[m + 1].is_word)


def received_guests(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """"Президента Фінляндії прийняли в Офісі Президента", "Прем'єр-міністра Канади зустріли на
    летовищі": a reception whose host is named by no one tells only the guest's visit (its
    actor the guest, GUIDELINES: a visit is the visitor's), to the state of the place it is held
    in when that is another state than the guest's. A named host holds a meeting of his own
    ("Зеленський прийняв прем'єра Бельгії": `mode: none` in lang/uk/events.yaml)."""
    hosts = lex.word_list("host_verbs")
    for c in cands:
        if c.type != "CONSULT" or c.mode or c.actors or not c.recipients or c.lemma not in hosts:
            continue
        own = {party_state(doc, x) for x in c.recipients} | set(c.recipients)
        host = place_state(c.place)
        c.actors, c.recipients, c.mode = c.recipients, [], "visit"
        if host and host not in own:
            c.recipients = [entity_for(doc, host)]
        # (the host state is told by the place, as a visit's is: `build`'s home_named)
        c.home_named = c.home_named or (c.home is not None and c.home in c.recipients)
    return cands

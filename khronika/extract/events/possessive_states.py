""""його країна", "її держава": a person's own state named through a possessive pronoun. The
coreference layer sends "його" to the person ("Міністр оборони Литви заявив, що його країна
передасть Україні системи ППО"), and the person then took the side of the word the pronoun
stands in, beside the recipient, while the state that gives was missing. Here the pronoun and
its noun together name the person's state, on the side the noun's case gives it; when the
person's state is not known, the person takes no part through it.
"""
from __future__ import annotations

from ...document import Document
from .lexicon import Lexicon
from .names import Arg, token_index_at
from .sentence_view import SentenceView, lemma_of
from .states import entity_for, state_of


def possessive_states(lex: Lexicon, doc: Document, sent: SentenceView, args: list[Arg]) -> list[Arg]:
    """`args` with each "його країна" read as the person's state (on the noun's token)."""
    nouns = lex.word_list("state_nouns")
    possessives = lex.word_list("third_person_possessives")
    toks = doc.tokens
    out: list[Arg] = []
    changed = False
    for a in args:
        k = token_index_at(doc, a.start, sent.lo, sent.hi) if a.kind == "pronoun" else None
        if k is None or toks[k].norm not in possessives or k + 1 >= sent.hi or \
                lemma_of(toks[k + 1]) not in nouns:
            out.append(a)
            continue
        changed = True
        state = state_of(a.entity, doc.date)
        if state is not None:
            out.append(Arg(toks[k + 1].start, toks[k + 1].end, entity_for(doc, state), "mention", "LOC"))
    if not changed:
        return args
    return sorted(out, key=lambda a: a.start)

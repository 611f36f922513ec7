"""Those who just arrived meet where they arrived: "Представники компаній прибули до Києва. Вони
зустрілися з Умєровим" tells a meeting in Kyiv, though its sentence names no town. The arrival
itself names no party a reader can find, so it is no event of its own to merge with; its
destination is lent to a meeting whose subject is a bare "вони" right after it (the next
sentence of the same paragraph), where the arrival verb is plural. A call is held from
wherever each side is, and a meeting with a place of its own keeps it."""
from __future__ import annotations

from ..arguments.meeting_pronouns import they_subject
from ..grammar.names import token_index_at
from ..grammar.sentence_view import SentenceView, lemma_of
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from .place_time import place_of, visited_object


def arrivers_place(lex: Lexicon, cand: Cand, sent: SentenceView) -> None:
    """Give `cand` the destination of the plural arrival told in the sentence just before it."""
    doc = sent.doc
    if cand.type != "CONSULT" or cand.place or cand.mode == "phone" or sent.index == 0:
        return
    k = token_index_at(doc, cand.trig[0], sent.lo, sent.hi)
    if k is not None and doc.tokens[k].pos == "NOUN" and k - 1 > sent.lo and doc.tokens[k - 1].pos == "VERB":
        k -= 1                  # "Вони провели переговори": the verb the talks' noun hangs on
    if k is None or doc.tokens[k].pos != "VERB" or not they_subject(sent, k):
        return
    prev = SentenceView(doc, sent.index - 1, lex)
    if prev.para != sent.para:
        return
    toks = doc.tokens
    arrivals = lex.word_list("arrival_verbs") | lex.modes.get("CONSULT", {}).get("visit", frozenset())
    v = next((m for m in range(prev.lo, prev.hi) if toks[m].pos == "VERB" and lemma_of(toks[m]) in arrivals
              and toks[m].number == "plur"), None)
    if v is None:
        return
    own = visited_object(lex, doc, prev.args, v, prev.lo, prev.hi)
    cand.place = own.entity if own else place_of(doc, prev.args, prev.lo, prev.hi, lex, visit=True)[0]

""""Вони" right after a meeting stands for those who met.

"Президент Франції зустрівся з Президентом України у Парижі. Вони домовилися координувати
допомогу": the meeting's subject is one person with a partner after "з", so no plural subject
stands before the pronoun for `pronoun_parties` to read, and the agreement got no parties. A
plural pronoun that is the subject of the next agreement, talk or cooperation (told in the same
paragraph, in the next sentence) stands for both sides of the meeting: they act together, as
"Сторони домовилися" does (`partners.parties`); so does a plural verb opening the sentence
with no subject at all ("Домовилися про ..."). Anything further away, another type, or a
pronoun that is not the subject is left alone: better no party than a wrong one.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.names import Arg, token_index_at
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..triggers.finder import SentenceView
from .pronoun_parties import UNNAMED_KEY
from .role_clause import SYMMETRIC


def they_subject(sent: SentenceView, k: int) -> bool:
    """"Вони домовилися", "Вони також погодилися": a nominative "вони" before the verb at k,
    with only adverbs and particles between, opening the sentence or a clause."""
    toks = sent.doc.tokens
    m = k - 1
    while m >= sent.lo and toks[m].pos in ("ADVB", "PRCL"):
        m -= 1
    if m < sent.lo or toks[m].norm != "вони":
        return False
    return m == sent.lo or toks[m - 1].norm in (",", "і", "й", "та", "а", "—", "–", "-")


def _bare_opening(sent: SentenceView, k: int) -> bool:
    """"Домовилися про посилення ППО." right after a meeting: a plural verb opening its
    sentence (past adverbs and particles only) with no subject at all, not even "ми", goes on
    with those who met, as "вони" would."""
    toks = sent.doc.tokens
    t = toks[k]
    if t.number != "plur" or t.person == "1per":
        return False
    m = k - 1
    while m >= sent.lo and toks[m].pos in ("ADVB", "PRCL", "CONJ"):
        m -= 1
    if m >= sent.lo:
        return False
    # no subject after it either ("Домовилися сторони ...", "Домовилися міністри ...")
    nxt = toks[k + 1] if k + 1 < sent.hi else None
    return nxt is None or not (nxt.pos in ("NOUN", "NPRO", "ADJF") and nxt.case == "nomn")


def meeting_pronoun(lex: Lexicon, cand: Cand, sent: SentenceView, out: list[Cand]) -> None:
    """The parties of the meeting told in the sentence just before, put on the actors' side of
    `cand` when its subject is a bare "вони" and it has no actor of its own (what they agree on
    may name another party: "погодилися посилити підтримку України")."""
    if cand.type not in SYMMETRIC or cand.actors:
        return
    toks = sent.doc.tokens
    k = token_index_at(sent.doc, cand.trig[0], sent.lo, sent.hi)
    if k is None or toks[k].pos != "VERB" or not (
            they_subject(sent, k) or (cand.type != "CONSULT" and _bare_opening(sent, k))):
        return          # ("Також говорили з ...": a talk of its own, with its own partner)
    prev = next((e for e in reversed(out) if e.sent < cand.sent), None)
    if prev is None or prev.type != "CONSULT" or prev.para != cand.para or cand.sent - prev.sent != 1 or \
            not (prev.actors and prev.recipients) or prev.anaphoric or prev.demonstrative:
        return
    for x in [*prev.actors, *prev.recipients]:
        if x not in cand.actors and x not in cand.recipients:
            cand.actors.append(x)
            if x in prev.soft:
                cand.soft.add(x)


def unnamed_they(lex: Lexicon, doc: Document, args: list[Arg], lo: int, hi: int) -> bool:
    """"Лідери Балтійських країн прибули до Парижа. Президент Франції провів із ними зустріч":
    a "з ними" in the talk's clause that stands for no party (`pronoun_parties` read its
    antecedent and found no one named) is a partner of the talk's own, as "з представниками
    бізнесу" is: the talk is not the happening of the parties named before it (the guests'
    arrival), and its host does not become the guest. A pronoun whose antecedent was not
    found at all ("Наші переговори з ними" far from any plural subject) tells nothing and joins
    what it may."""
    toks = doc.tokens
    unnamed = doc.meta.get(UNNAMED_KEY) or set()
    withs = {x.split(":", 1)[0] for x in lex.word_list("own_partner_cases") if x.endswith(":ablt")}
    return any(toks[m].start in unnamed and toks[m - 1].norm in withs and
               not any(a.start <= toks[m].start < a.end for a in args)
               for m in range(max(lo, 1), hi))

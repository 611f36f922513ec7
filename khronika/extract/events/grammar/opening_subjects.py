"""The common noun or unknown word that opens a clause as its subject, when the dictionary's
first reading hides it ("Бригади ... пригрозили": "бригади" read first as a genitive singular;
"Хуситі пригрозили": a spelling the dictionary reads only as a locative, which no noun takes
without a preposition; or a word it does not know at all).

With such a subject unseen, an indeclinable name after the verb ("пригрозили США") was taken
for an inverted subject and made the actor, though it is the verb's object: the one threatened.
The subject itself, known to no knowledge base, takes no side; it only tells that the clause
has one.
"""
from __future__ import annotations

from ....document import Document
from ...morph import dictionary_parses, parses
from .clauses import _number
from .governing import under_preposition
from .ties import tie_of


def opening_subject(doc: Document, args: list, cl, i: int, j: int, gov, preps) -> bool:
    """The first word of clause `cl`, before its verb `gov`, under no preposition and in no
    name, is a noun with a nominative reading in the verb's number, or a capitalised word whose
    readings cannot stand there: guesses only, or locatives only (a bare locative is no
    Ukrainian)."""
    toks = doc.tokens
    m = cl.lo
    if cl.governor is None or not (m < cl.governor) or i <= m < j:
        return False
    t = toks[m]
    # ("Делегації України та Росії провели переговори": names between the opener and the verb
    # hang on it and are themselves the parties; the clause is left to them)
    if t.pos != "NOUN" or any(t.start <= a.start < toks[cl.governor].start for a in args) or \
            any(a.start <= t.start < a.end for a in args) or tie_of(doc, m, cl.lo, i, preps).prep is not None:
        return False
    if t.text[:1].isupper() and (not dictionary_parses(t.text) or
                                 all(p.tag.case == "loct" for p in parses(t.text))):
        return True
    vn = _number(gov)
    # (a past verb's gender must agree too: "Рішення ухвалила РНБО" opens with the object, a
    # neuter noun before a feminine verb, and the body after the verb is the subject)
    gender = gov.gender if vn != "plur" and gov.tense == "past" else None
    return vn is not None and any(p.tag.case == "nomn" and ("plur" in p.tag) == (vn == "plur") and
                                  (gender is None or p.tag.gender == gender)
                                  for p in parses(t.text))


def weapon_subject(doc: Document, args: list, cl, i: int, j: int, gov, preps, weapons: frozenset[str]) -> bool:
    """A weapon (`weapon_agents`: "ракети", "дрони", "артилерія") before the clause's verb `gov`,
    right after no preposition (a fixed adverbial before it, "У відповідь", is no phrase of
    its) and in no name ("Сили оборони"), with a nominative reading in the verb's number, is
    its subject wherever it stands ("У відповідь ракети HIMARS уразили російський склад": "ракети" read
    first as a genitive singular), so a phrase after the verb is its object, what was hit."""
    toks = doc.tokens
    if cl.governor is None:
        return False
    vn = _number(gov)
    for m in range(cl.lo, cl.governor):
        t = toks[m]
        if i <= m < j or t.pos != "NOUN" or (t.lemma or t.norm or "").lower() not in weapons:
            continue
        if any(a.start <= t.start < a.end for a in args):
            continue                 # "Сили оборони": a name's word
        if under_preposition(toks, m, cl.lo, preps):
            continue                 # "по ракетах", "від російських дронів"
        if any(p.tag.case == "nomn" and ("plur" in p.tag) == (vn == "plur") for p in parses(t.text)):
            return True
    return False

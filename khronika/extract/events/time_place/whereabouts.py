"""The author's stated whereabouts in an address ("Сьогодні знаходжусь у Львові", "Сьогодні я в
Харкові"): what the author then holds in person that day ("Провів Конгрес", "провів нараду з
військовими") takes place there and then, though the sentence that tells it names neither
place nor day. A talk with a foreign party is left alone: it may well have been a call.
"""
from __future__ import annotations

from ....chronicle.timerange import value_range
from ....document import Document
from ..grammar.clauses import _finite
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from .place_time import place_of
from ..arguments.states import state_of


def whereabouts(lex: Lexicon, doc: Document, sent) -> tuple[str, object] | None:
    """(place, day) when the sentence states where the speaker is today: a verb of being
    somewhere in the first person present ("знаходжусь у Львові"), or no verb and a first-person
    pronoun ("Сьогодні я в Харкові"), with a place after в/у/на and the document's own day."""
    toks = doc.tokens
    verbs = lex.word_list("whereabouts_verbs")
    if doc.date is None or not (verbs.intersection(sent.lemmas) or "я" in sent.lemmas or "ми" in sent.lemmas):
        return None
    stated = any((t.lemma or t.norm) in verbs and t.person == "1per" and t.tense == "pres"
                 for t in toks[sent.lo:sent.hi])
    if not stated:
        stated = not any(_finite(t) for t in toks[sent.lo:sent.hi]) and \
            any(t.norm in ("я", "ми") for t in toks[sent.lo:sent.hi])
    if not stated or doc.date is None:
        return None
    day = next((t for t in sent.timexes if t.type == "DATE" and t.value == doc.date.isoformat()), None)
    if day is None:
        return None
    place = place_of(doc, sent.args, sent.lo, sent.hi, lex)[0]
    return (place, day) if place else None


def locate(cand: Cand, frame, doc: Document, own: set) -> None:
    """A meeting told as held ("Провів Конгрес") with no place or time of its own, by the
    speaker's side only and with no foreign party, takes the stated whereabouts."""
    if frame is None or cand.type != "CONSULT" or cand.mode == "phone" or cand.place or cand.time \
            or cand.status != "occurred" or cand.status_explicit is not True:
        return
    if any(x not in own for x in cand.actors):
        return
    home = next(iter(x for x in own if x and doc.entities.get(x) is not None
                     and doc.entities[x].type == "LOC"), None)
    for r in cand.recipients:
        ent = doc.entities.get(r)
        st = state_of(r, doc.date)
        if (ent is not None and ent.type in ("LOC", "PER")) or (st is not None and st != home):
            return
    place, day = frame
    cand.place = place
    cand.time = {"value": day.value, "mod": day.mod}
    cand.time_range = value_range(day.value, day.mod)

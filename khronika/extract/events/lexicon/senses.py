"""A trigger word used in the sense of another field ("Футболісти пішли в наступ у другому
таймі", "атака на ворота суперника", "УЄФА запровадила санкції проти клубу", "суд застосував
санкції до відповідача"): sport and civil courts speak of attacks, offensives and sanctions too,
and a reader of a chronicle of statecraft finds no strike or state sanction in them. The words of
such a field in the sentence tell the sense; they are data per type (`<type>_other_senses` in
lang/uk/events.yaml, lemmas or forms), chosen so that war news does not use them of itself
("стадіон" or "клуб" may be struck and stay out of the strike list).

A match report may tell a sentence with no word of its field ("Іспанія була беззубою в атаці"):
the document tells the sense then. Where its text holds words of a field of another sense
(`<type>_document_senses`, at least `DOCUMENT_CUES` of them) and the trigger's sentence holds no
word of war (`war_sense_words`: a weapon, a front, an army) and names no town (a team attacks no
town: "Росія вночі атакувала Київ" in a story of a match stays a strike), the trigger is that
field's.

A match is a "зустріч" and a side that pins the other back "змусив" it to defend, so a meeting
and a coercion have sport senses too (`consult_*`, `coerce_*`), and a side beaten "поступилася"
(`concede_*`). A town named keeps no meeting one in a match report: a national side may bear the
name of a land the knowledge base places inside a state ("зустрінеться з Англією"). A public person the knowledge
base knows, named in the sentence, keeps a meeting a meeting ("Президент зустрівся з
футболістами збірної"): a team or its fans are no such person, and a national team named by its
country or its people ("шведи атакували") is no public person either.
"""
from __future__ import annotations

from itertools import compress
from operator import or_

from ....document import Document
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, doc_lemmas, doc_norms
from ..arguments.states import place_country


# how many distinct words of another field make a document that field's ("матч" and "збірна")
DOCUMENT_CUES = 2
# the types whose sense a public person named in the sentence keeps (a head of state meets a
# team; a strike or a sanction keeps its own rules of sense)
PERSON_KEEPS = ("CONSULT", "COERCE")


def _public_person(doc: Document, sent: SentenceView) -> bool:
    """The sentence names, by a name or a role, a person the knowledge base knows."""
    for a in sent.args:
        e = doc.entities.get(a.entity)
        if a.kind in ("mention", "role") and e is not None and e.type == "PER" and e.kb:
            return True
    return False


def other_sense(lex: Lexicon, doc: Document, sent: SentenceView, type_: str) -> bool:
    """The sentence holds a word of a field where a trigger of `type_` has another sense, or
    the document is of that field and the sentence tells nothing of war."""
    words = lex.word_list(f"{type_.lower()}_other_senses")
    if type_ in PERSON_KEEPS and _public_person(doc, sent):
        return False
    if not words.isdisjoint(sent.lemma_set):
        return True
    cues = lex.word_list(f"{type_.lower()}_document_senses")
    if not cues or not lex.word_list("war_sense_words").isdisjoint(sent.lemma_set):
        return False
    towns = place_country()
    if type_ != "CONSULT" and any(a.entity in towns for a in sent.args):
        return False
    return _field_document(doc, cues)


def _field_document(doc: Document, cues: frozenset[str]) -> bool:
    """`DOCUMENT_CUES` distinct words of the field, in as many phrases of their own: a text of
    that field ("Збірна поступилася у матчі турніру"), not a report that names the field once
    by one phrase ("зіткнення футбольних уболівальників" in a report of riots). The answer is
    kept per document and field: every trigger of the type asks it, and the walk over the
    whole text per trigger was 2-4% of the pipeline on long statements."""
    kept = doc.meta.get("_field_documents")
    if kept is None or kept[0] is not doc.tokens:
        kept = doc.meta["_field_documents"] = (doc.tokens, {})
    known = kept[1]
    got = known.get(cues)
    if got is None:
        got = known[cues] = _field_words(doc, cues)
    return got


def _field_words(doc: Document, cues: frozenset[str]) -> bool:
    found: set[str] = set()
    phrases = 0
    last = None                 # the index of the last word token that was a cue
    toks, lemmas, norms = doc.tokens, doc_lemmas(doc), doc_norms(doc)
    # the tokens whose lemma or form is a cue, picked out in C (most documents hold none)
    for n in compress(range(len(toks)), map(or_, map(cues.__contains__, lemmas), map(cues.__contains__, norms))):
        t = toks[n]
        if not t.is_word:
            continue
        phrases += last != n - 1
        found |= {w for w in (lemmas[n], norms[n]) if w in cues}
        last = n
    return len(found) >= DOCUMENT_CUES and phrases >= DOCUMENT_CUES

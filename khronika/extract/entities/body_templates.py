"""Another state's body of a kind Ukraine has ("Міністерство енергетики Литви", "литовське
Міненерго", "Верховний суд Польщі"), which the knowledge base may not hold: named by the
lexicon's template for the home body (`foreign_bodies`), its id is the same in every document
and for every way of naming it ("ministry-of-energy-of-lithuania"), and the entity carries its
state (`of`), so the layers after it know whose body acts even when the knowledge base does
not."""
from __future__ import annotations

from ...document import Entity
from ...kb.base import KnowledgeBase
from ..morph import parses
from .state import kb_entity


def genitive(name: str) -> str:
    """A state's Ukrainian name in the genitive, word by word ("Литва" -> "Литви", "Південна
    Корея" -> "Південної Кореї"); a word the dictionary cannot put in the genitive stays."""
    out = []
    for w in name.split():
        p = next((p for p in parses(w) if p.tag.case == "nomn"), None)
        g = p.inflect({"gent"}) if p is not None else None
        word = g.word if g is not None else w
        out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(out)


def state_body(kb: KnowledgeBase, tpl: dict | None, state: str, gen: str | None = None) -> Entity | None:
    """The body of `state` the template `tpl` names: the KB's entry when it holds one, else an
    entity of the document with the template's id, names and the state; None without a
    template. `gen`: the state as the text writes it in the genitive, if it does."""
    if not tpl:
        return None
    eid = tpl["id"].format(id=state)
    if eid in kb.entities:
        return kb_entity(kb.entities[eid])
    ce = kb.entities[state]
    return Entity(eid, tpl["name"].format(name=ce.name), tpl["uk"].format(gen=gen or genitive(ce.name_uk)),
                  "ORG", None, kb=False, of=state)

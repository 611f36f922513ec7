"""A body named by its short name, then by its state or region: "Нацгвардії України",
"Фондом держмайна України". The KB lists the short name ("Нацгвардія", "Фонд держмайна") as
an alias, so the gazetteer takes it alone and the place after it as a second mention: a
place nobody named, since the words are one name (`GUIDELINES.md`: a body's name is one
mention with nothing nested). The body's full name in the KB says where it ends: when that
name closes with the very words of the place mention after it ("Національна гвардія
України"), the two are one mention of the body. Read from the KB alone, so it holds for
every body the KB lists with its place, and never joins a body to a place that is not its own
("Нацгвардії Польщі" stays two)."""
from __future__ import annotations

from ...document import Entity
from ...kb.base import KnowledgeBase
from ...kb.translit import slug, transliterate
from ...textnorm import norm_word
from ..morph import parses
from .body_templates import state_body
from .state import DocState


def _full_tails(kb: KnowledgeBase, eid: str, cache: dict) -> frozenset[tuple[str, ...]]:
    """The last one to three words of the KB body's names that have more words than that."""
    got = cache.get(eid)
    if got is None:
        e = kb.entities[eid]
        tails = set()
        for name in (e.name_uk, *e.aliases):
            words = [norm_word(w) for w in name.split()]
            for n in range(1, min(3, len(words) - 1) + 1):
                tails.add(tuple(words[-n:]))
        got = cache[eid] = frozenset(tails)
    return got


def _bodies_then_places(st: DocState, kb: KnowledgeBase, sources: tuple[str, ...]):
    """(body mention, its first token, the place mention right after it, the place's first
    and end tokens) for each KB body of `sources` followed, one space apart in its sentence,
    by a place the gazetteer found."""
    toks = st.doc.tokens
    for m in list(st.doc.mentions):
        if m.type != "ORG" or m.source not in sources or m.entity not in kb.entities:
            continue
        i = st.tok_at.get(m.start)
        if i is None:
            continue
        j = st.end_token(i, m)
        if j >= len(toks) or toks[j].sentence != toks[i].sentence \
                or st.doc.text[m.end:toks[j].start] != " ":
            continue
        place = st.covered[j]
        if place is None or place.type != "LOC" or place.start != toks[j].start:
            continue
        yield m, i, place, j, st.end_token(j, place)


def join_state_after_body(st: DocState, kb: KnowledgeBase, cache: dict) -> None:
    """Join each KB body's mention and the place mention right after it into one mention of
    the body when its longer KB names end with that place's words (module docstring).
    `cache`: the tails per body, kept by the recognizer across documents."""
    toks = st.doc.tokens
    for m, i, place, j, k in _bodies_then_places(st, kb, ("kb",)):
        words = tuple(t.norm for t in toks[j:k] if t.is_word)
        if words not in _full_tails(kb, m.entity, cache):
            continue
        st.remove_mention(m)
        st.remove_mention(place)
        st.add_mention(i, k, m.entity, m.type, m.source)


def other_state_after_body(st: DocState, kb: KnowledgeBase, nominative, templates: dict) -> None:
    """"Рада безпеки Ізраїлю", "Міністерство юстиції Грузії" when the KB lists only the UN's
    or Ukraine's body under the short words: a body's common-noun name followed at once by
    the genitive of a state that is not the KB body's own names that state's body, one
    mention the KB does not know (`nominative` gives its name). Acronyms and proper names
    ("НАТО Росії погрожує") are left alone: only a name opening with a common noun of the
    dictionary declines into such a phrase. A body of a kind the lexicon has a template for
    (`templates`: home body id -> template) takes the template's id ("Верховний суд Польщі":
    supreme-court-of-poland); every such body carries its state."""
    toks = st.doc.tokens
    for m, i, place, j, k in _bodies_then_places(st, kb, ("kb", "ner-kb")):
        if kb.country(place.entity) != place.entity or kb.country(m.entity) == place.entity:
            continue
        if not any("NOUN" in p.tag and not {"Abbr", "Geox", "Orgn", "Name", "Surn"} & p.tag.grammemes
                   for p in parses(toks[i].text)):
            continue        # ("Рада" is a first name too: any common-noun reading will do)
        if not any(p.tag.case == "gent" for p in parses(toks[j].text)):
            continue
        body = state_body(kb, templates.get(m.entity), place.entity, place.text)
        if body is None:
            name = nominative([t.text for t in toks[i:k]])
            body = Entity(slug(transliterate(name)), transliterate(name), name, "ORG", None, kb=False,
                          of=place.entity)
        eid = st.add_entity(body).id
        # (the joined mention first: an entity of the two goes only when no mention is left)
        st.add_mention(i, k, eid, "ORG", "rule")
        st.drop_mention(m)
        st.drop_mention(place)

"""Sport clubs named by a name that is nobody's and nowhere's ("Динамо", "Шахтар", "Реал";
lexicon.yaml club_names). The model reads such a word as a place or a person ("Шахтар переміг
Динамо" gave two places, "голи Зорі" a woman), and leaves it out when it stands in quotes
after a verb; every capitalised form of a listed name is the club (ORG). The city written
after it in the nominative is part of the club's name ("Динамо Київ", "Реал Мадрид"), not a
place the text is about. A club named after a place ("Дніпро", "Карпати") is left to
`things.quoted_clubs`, which needs a sport word before it.

Only a document-local entity: "Динамо" is a club of Kyiv, of Moscow, of Minsk, and the
knowledge base holds none of them."""
from __future__ import annotations

from ...document import Entity
from ...kb.base import KnowledgeBase
from ...kb.inflect import word_forms
from ...kb.translit import slug, transliterate
from ...textnorm import norm_word
from ..morph import dictionary_parses
from .state import DocState

_FORMS: dict[tuple[str, ...], dict[str, str]] = {}
_LOCATIVES: dict[tuple[str, ...], frozenset[str]] = {}
# prepositions that govern the locative ("грав у Шахтарі")
_LOCATIVE_PREPOSITIONS = frozenset({"у", "в", "на", "о", "по", "при"})


def club_forms(names: tuple[str, ...]) -> dict[str, str]:
    """Every case form (normalised) of each club name -> its nominative; built once."""
    got = _FORMS.get(names)
    if got is None:
        got = {}
        for name in names:
            for forms in word_forms(name, "thing").values():
                for f in forms:
                    got.setdefault(norm_word(f), name)
            got.setdefault(norm_word(name), name)
        _FORMS[names] = got
    return got


def locative_only(names: tuple[str, ...]) -> frozenset[str]:
    """The forms (normalised) of club names that are a locative and no other case of them:
    "шахтарі" is the club only after "у", "на" ("грав у Шахтарі"); elsewhere it is the
    plural of the common noun ("Шахтарі вийшли на протест", the miners)."""
    got = _LOCATIVES.get(names)
    if got is None:
        cases: dict[str, set[str]] = {}
        for name in names:
            for case, forms in word_forms(name, "thing").items():
                for f in forms:
                    cases.setdefault(norm_word(f), set()).add(case)
        got = _LOCATIVES[names] = frozenset(f for f, cs in cases.items() if cs == {"loct"})
    return got


def _club_form(st: DocState, i: int, forms: dict[str, str], locatives: frozenset[str]) -> str | None:
    """The club name token i is a form of, if its place in the sentence allows that form."""
    tok = st.doc.tokens[i]
    name = forms.get(tok.norm) if tok.is_word else None
    if name is not None and tok.norm in locatives:
        prev = st.doc.tokens[i - 1] if i > 0 else None
        if prev is None or prev.sentence != tok.sentence or prev.norm not in _LOCATIVE_PREPOSITIONS:
            return None
    return name


def _city_after(st: DocState, kb: KnowledgeBase, j: int):
    """The one-word mention of a city in the nominative at token j ("Київ" of "Динамо Київ"),
    or None."""
    toks = st.doc.tokens
    if j >= len(toks) or toks[j].sentence != toks[j - 1].sentence \
            or st.doc.text[toks[j - 1].end:toks[j].start] != " ":
        return None
    m = st.covered[j]
    if m is None or m.type != "LOC" or m.start != toks[j].start or m.end != toks[j].end:
        return None
    ent = st.doc.entities.get(m.entity)
    name = ent.name_uk if ent is not None else None
    return m if name and norm_word(name) == toks[j].norm else None


def _club_inside(st: DocState, m, forms: dict[str, str], locatives: frozenset[str]) -> None:
    """A model's span around a club name: an adjective before it is the club's own
    ("Київське Динамо", read as a place: the span becomes the club's, ORG); a common noun
    that only opens the sentence is cut off ("Гравці Динамо Київ": the club and its city)."""
    toks = st.doc.tokens
    i = st.tok_at.get(m.start)
    if i is None:
        return
    j = st.end_token(i, m)
    c = next((k for k in range(i + 1, j) if _club_form(st, k, forms, locatives) is not None
              and toks[k].text[:1].isupper()), None)
    if c is None or c - i != 1:
        return
    ps = dictionary_parses(toks[i].text)
    if not ps or any({"Name", "Surn", "Patr", "Geox"} & set(p.tag.grammemes) for p in ps):
        return
    ent = st.doc.entities.get(m.entity)
    if all(p.tag.POS == "ADJF" for p in ps):
        if ent is not None and not ent.kb:
            ent.type = "ORG"
        m.type = "ORG"
    elif st.sentence_initial(i) and all(p.tag.POS == "NOUN" for p in ps):
        st.remove_mention(m)
        for k in range(i, j):
            if st.covered[k] is m:
                st.covered[k] = None
        if ent is not None and not ent.kb and not any(x.entity == m.entity for x in st.doc.mentions):
            st.doc.entities.pop(m.entity, None)
            st.first_seen.pop(m.entity, None)
        words = [toks[k].text for k in range(c + 1, j) if toks[k].is_word]
        full = " ".join([forms[toks[c].norm], *words])
        eid = slug(transliterate(full))
        club = st.add_entity(Entity(eid + ("-club" if eid in st.kb.entities else ""), transliterate(full),
                                    full, "ORG", None, kb=False))
        st.add_mention(c, j, club.id, "ORG", "club")


def sport_clubs(st: DocState, kb: KnowledgeBase, names: tuple[str, ...]) -> None:
    """Make each capitalised form of a listed club name an ORG mention (module docstring)."""
    if not names:
        return
    forms, locatives = club_forms(names), locative_only(names)
    toks = st.doc.tokens
    for m in list(st.doc.mentions):
        if m.source.startswith("ner") and m.entity not in kb.entities:
            _club_inside(st, m, forms, locatives)
    for i, tok in enumerate(toks):
        name = _club_form(st, i, forms, locatives)
        if name is None or not tok.text[:1].isupper() or tok.text.isupper():
            continue
        m = st.covered[i]
        if m is not None and (m.type == "ORG" or m.source.startswith("kb") or m.entity in kb.entities
                              or m.start != tok.start or m.end != tok.end):
            continue                # a body already, a KB name, or a word of a longer name
        city = _city_after(st, kb, i + 1)
        full = f"{name} {st.doc.entities[city.entity].name_uk}" if city is not None else name
        eid = slug(transliterate(full))
        if eid in kb.entities:
            eid += "-club"
        if m is not None:
            st.remove_mention(m)
            have = st.doc.entities.get(m.entity)
            if have is not None and not have.kb and m.entity == eid:
                have.type = "ORG"
        j = i + 1
        if city is not None:
            st.remove_mention(city)
            j += 1
        ent = st.add_entity(Entity(eid, transliterate(full), full, "ORG", None, kb=False))
        ent.type = "ORG"
        st.add_mention(i, j, ent.id, "ORG", "club")

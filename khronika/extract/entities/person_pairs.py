"""Evidence for a person named by two or three words the dictionary and the knowledge base do
not know ("Тігран Дзігуа", a Georgian or Armenian name in a Ukrainian text).

`guards.person_evidence` keeps a model's person only when one of its words is a known first
name, surname or patronymic, or a role stands before it: a building or a company in
transliteration has none. A foreign first name and surname have none either, and real news
names many. What the sentence does around them tells: a verb only a person is the subject of
right after ("Зураб Гогуа заявив"), or a list whose other items are people ("Тігран Дзігуа та
Олег Петренко"). A pair that reads as a place or a body is never taken for a person.
"""
from __future__ import annotations

from ...textnorm import norm_word
from ..morph import dictionary_parses, parses
from .body_spans import _data as _body_data, _head_lemma
from .span_context import _first_names

_JOINERS = frozenset([",", "та", "і", "й"])


def pair_evidence(st, i: int, j: int, person_verbs: frozenset[str],
                  copulas: frozenset[str] = frozenset()) -> bool:
    """Tokens i..j are a capitalised pair (or triple) of Cyrillic words, none of them a place,
    a body's head noun or an indexed place or body, with a person's verb after it, a person
    noun and a link verb before it, or a known person beside it in a list."""
    toks = st.doc.tokens
    words = toks[i:j]
    if not 2 <= len(words) <= 3 or not all(_name_like(t.text) for t in words):
        return False
    if any(_place_or_body(st, t.text, t.norm) for t in words):
        return False
    hits = st.kb.index.get(tuple(t.norm for t in words)) or ()
    if any(st.kb.entities[h.entity].type in ("LOC", "ORG") for h in hits):
        return False
    return _verb_after(st, i, j, person_verbs) or _person_in_list(st, i, j) \
        or _said_to_be(st, i, copulas)


def _name_like(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and word[1:].islower() \
        and all("\u0400" <= ch <= "\u04ff" or ch in "'-" for ch in word)


def _place_or_body(st, text: str, norm: str) -> bool:
    """A place's name ("Geox"), a body's head noun ("Рада"), a company's word ("Ґруп") or a
    word the KB knows as a place or a body on its own."""
    if norm in _body_data()["company_words"] or _head_lemma(text) \
            or any("Geox" in p.tag.grammemes for p in dictionary_parses(text)):
        return True
    return any(st.kb.entities[h.entity].type in ("LOC", "ORG") for h in st.kb.index.get((norm,)) or ())


def _verb_after(st, i: int, j: int, person_verbs: frozenset[str]) -> bool:
    """The word after the name is a verb whose subject is a person ("заявив", "повідомила")."""
    toks = st.doc.tokens
    if j >= len(toks) or toks[j].sentence != toks[i].sentence or not toks[j].is_word:
        return False
    return any(p.tag.POS == "VERB" and p.normal_form in person_verbs for p in parses(toks[j].norm))


def _said_to_be(st, i: int, copulas: frozenset[str], reach: int = 6) -> bool:
    """A link verb right before the name, with a person noun in the instrumental a few words
    before it in its clause: "Власниками є ...", "основним власником був ...", "директором
    фірми значиться ..."."""
    toks = st.doc.tokens
    k = i - 1
    if k < 1 or toks[k].sentence != toks[i].sentence or not any(
            p.tag.POS == "VERB" and p.normal_form in copulas for p in parses(toks[k].norm)):
        return False
    for x in range(k - 1, max(-1, k - 1 - reach), -1):
        t = toks[x]
        if t.sentence != toks[i].sentence or t.text in ",;:":
            return False
        if t.is_word and any(
                p.tag.POS == "NOUN" and p.tag.case == "ablt" and "anim" in p.tag.grammemes
                and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in dictionary_parses(t.text)):
            return True
    return False


def _person_in_list(st, i: int, j: int) -> bool:
    """A list joins the name to a person: one already found before it ("Олег Петренко та
    Тігран Дзігуа"), or one after it that opens with a first name the KB or the dictionary
    knows ("Тігран Дзігуа та Олег Петренко")."""
    toks = st.doc.tokens
    sent = toks[i].sentence
    if i >= 2 and toks[i - 1].norm in _JOINERS and toks[i - 2].sentence == sent:
        m = st.covered[i - 2]
        if m is not None and m.type == "PER":
            return True
    k = j
    if k + 1 < len(toks) and toks[k].norm in _JOINERS and toks[k + 1].sentence == sent:
        first = toks[k + 1]
        nxt = toks[k + 2] if k + 2 < len(toks) and toks[k + 2].sentence == sent else None
        if nxt is not None and _name_like(first.text) and _name_like(nxt.text) and (
                first.norm in st.kb.first_names
                or any("Name" in p.tag.grammemes for p in dictionary_parses(first.text))):
            return True
    return False


def unknown_first_name_before_kb_surname(st, i: int, j: int) -> bool:
    """The model reads tokens i..j (two words) as one person, and the gazetteer took the
    second alone for a KB person known by that surname ("Вагіфа Алієва", "Усман Кадиров": not
    Ilham Aliyev, not Ramzan Kadyrov). The first word is no first name the KB writes that
    person with, nor one close to it (a spelling of it: "Ільгам" for "Ільхам"), no role or
    title, and it can stand in the surname's case: a first name no dictionary knows, so
    `state.other_first_name` could not tell it from a plain word."""
    toks = st.doc.tokens
    if j - i != 2 or st.covered[i] is not None or i in st.role_tokens:
        return False
    m = st.covered[i + 1]
    if m is None or m.type != "PER" or m.source != "kb" or m.start != toks[i + 1].start \
            or m.end != toks[i + 1].end or toks[i].sentence != toks[i + 1].sentence:
        return False
    first = toks[i]
    if not _name_like(first.text) or first.norm in st.kb.adjectives or first.norm in st.kb.demonyms:
        return False
    ent = st.kb.entities.get(m.entity)
    if ent is None:
        return False
    own = {norm_word(n) for n in _first_names(ent)}
    if any(n[:3] == first.norm[:3] for n in own):
        return False
    readings = dictionary_parses(first.text)
    if any(p.tag.POS != "NOUN" or {"Surn", "Patr", "Geox"} & set(p.tag.grammemes) for p in readings):
        return False        # an adjective, a verb, a place or another surname before it
    if not readings:
        return True
    cases = {p.tag.case for p in parses(toks[i + 1].text)}
    return any(p.tag.case in cases for p in readings)


def acting_surname(st, i: int, person_verbs: frozenset[str]) -> bool:
    """A word the model reads as a person that the dictionary knows as a surname in the
    nominative, with a person's verb right after it ("Попова заявила"): the subject, not the
    codifier village the same letters spell in another case (Popovo's genitive)."""
    toks = st.doc.tokens
    return any("Surn" in p.tag.grammemes and p.tag.case == "nomn" for p in dictionary_parses(toks[i].text)) \
        and _verb_after(st, i, i + 1, person_verbs)

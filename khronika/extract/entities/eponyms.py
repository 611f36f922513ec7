"""Things named after a person ("план Маршалла", "доктрина Монро", "лінія Керзона";
lexicon.yaml eponym_heads). The model tags the surname a person, and it became a local person
the text was taken to be about (an actor of events, a pronoun's antecedent, an unlinked person
in the knowledge-base figures). A surname right after such a noun is the thing's name: its
mention goes unless the person is otherwise named in the text (a fuller mention of the same
entity) or the knowledge base knows them ("формула Штайнмаєра" stays Steinmeier's). A quoted
name that opens with such a noun («План Маршалла») is that thing (MISC), not a body.

Bodies are named after people too ("Фонд Маршалла", "Центр Разумкова", "Фонду Рината
Ахметова"; lexicon.yaml body_eponym_heads): a capitalised head noun (or a capitalised
adjective and the head, "Німецький фонд Маршалла") and a person's name in the genitive are one
name of a body (GUIDELINES: a body's name is one mention, nothing nested in it), not the
person the text is about, whom the model or the knowledge base would otherwise find there."""
from __future__ import annotations

from ..morph import parses
from .state import DocState


def _head_before(st: DocState, i: int, heads: frozenset[str]) -> bool:
    toks = st.doc.tokens
    if i == 0:
        return False
    t = toks[i - 1]
    return t.is_word and t.sentence == toks[i].sentence and (t.lemma or t.norm) in heads


def eponyms(st: DocState, heads: frozenset[str]) -> None:
    """Drop the person mentions that only name a thing after a person; type the quoted names
    of such things MISC (module docstring)."""
    if not heads:
        return
    toks = st.doc.tokens
    ents = st.doc.entities
    for m in list(st.doc.mentions):
        ent = ents.get(m.entity)
        if ent is None or ent.kb or not m.source.startswith("ner"):
            continue
        i = st.tok_at.get(m.start)
        if i is None:
            continue
        j = st.end_token(i, m)
        if m.type == "PER" and j - i == 1 and _head_before(st, i, heads):
            if any(o is not m and o.entity == m.entity and o.end - o.start > m.end - m.start
                   for o in st.doc.mentions):
                continue        # "Олег Петренко ... план Петренка": his plan, his mention
            st.remove_mention(m)
            for k in range(i, j):
                if st.covered[k] is m:
                    st.covered[k] = None
        elif m.type in ("ORG", "LOC") and j - i > 1 and toks[i].is_word \
                and (toks[i].lemma or toks[i].norm) in heads:
            ent.type = "MISC"
            m.type = "MISC"


def _name_start(st: DocState, h: int) -> int | None:
    """Where a body's name ending in head noun h starts: the head itself when capitalised,
    else a capitalised adjective right before it ("Німецький фонд"); None for neither."""
    toks = st.doc.tokens
    if toks[h].text[:1].isupper():
        return h
    a = h - 1
    if a < 0 or st.covered[a] is not None or not toks[a].is_word or not toks[a].text[:1].isupper() \
            or toks[a].sentence != toks[h].sentence or toks[a].pos != "ADJF":
        return None
    return a


def bodies_after_people(st: DocState, heads: frozenset[str], nominative, local_body) -> None:
    """A body named after a person: its head noun and the person's genitive become one
    local body mention (module docstring); the person's mention goes. `local_body` makes the
    body's entity (`ForeignBodyPass._local_body`: a body the knowledge base does not hold)."""
    if not heads:
        return
    toks = st.doc.tokens
    for m in list(st.doc.mentions):
        i = st.tok_at.get(m.start)
        if m.type != "PER" or i is None or i == 0:
            continue
        h = i - 1
        t = toks[h]
        if not t.is_word or t.sentence != toks[i].sentence or st.covered[h] is not None \
                or (t.lemma or t.norm) not in heads:
            continue
        j = st.end_token(i, m)
        if not any(p.tag.case == "gent" for p in parses(toks[j - 1].text)):
            continue
        s = _name_start(st, h)
        if s is None:
            continue
        name = nominative([x.text for x in toks[s:j]])
        st.drop_mention(m)
        st.add_mention(s, j, local_body(st, name).id, "ORG", "rule")

"""Things named after a person ("план Маршалла", "доктрина Монро", "лінія Керзона";
lexicon.yaml eponym_heads). The model tags the surname a person, and it became a local person
the text was taken to be about (an actor of events, a pronoun's antecedent, an unlinked person
in the knowledge-base figures). A surname right after such a noun is the thing's name: its
mention goes unless the person is otherwise named in the text (a fuller mention of the same
entity) or the knowledge base knows them ("формула Штайнмаєра" stays Steinmeier's). A quoted
name that opens with such a noun («План Маршалла») is that thing (MISC), not a body."""
from __future__ import annotations

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

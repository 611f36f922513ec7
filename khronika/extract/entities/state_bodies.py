"""A state's body named by its kind's noun, written with a capital, and the state ("Уряд
Канади", "Урядом Японії", "Парламент Фінляндії"): the gazetteer never takes "Уряд" (a word
that is no name alone) and the model only now and then, and the text is left with the state
alone or a body of no state. When the knowledge base holds that state's body of that kind
(its name holds one of the noun's words, `body_nouns` in lexicon.yaml: a parliament is a
"парламент", "сейм", "бундестаг" ...), the noun and the state are one mention of the body,
which carries its state (`of`) to the layers after. With no such body, or more than one, the
state stays as it was: still named, never guessed. In lower case ("в уряді Польщі") the noun
is a common word, no name (GUIDELINES): the state named after it stands for the body, as
the quotes and the events read it."""
from __future__ import annotations

from ...kb.base import KnowledgeBase
from .state import DocState, kb_entity

_CACHE: dict[int, dict[str, list[tuple[str, tuple[str, ...]]]]] = {}


def _bodies_by_state(kb: KnowledgeBase) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """State id -> (body id, its names in lower case) of every KB body that is the state's own."""
    got = _CACHE.get(id(kb))
    if got is None:
        got = {}
        for eid, typ, of, uk, aliases in kb.entities.fields("type", "of", "name_uk", "aliases"):
            if typ == "ORG" and of and kb.is_country(of):
                names = tuple(n.lower() for n in (uk, *(aliases or ())) if n)
                got.setdefault(of, []).append((eid, names))
        _CACHE[id(kb)] = got
    return got


def _body_of(kb: KnowledgeBase, state: str, words: list[str]) -> str | None:
    """The one body of `state` whose names hold the first of `words` any of them holds."""
    bodies = _bodies_by_state(kb).get(state, ())
    for w in words:
        found = {eid for eid, names in bodies
                 if any(f" {w} " in f" {n} " for n in names)}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def state_bodies(st: DocState, kb: KnowledgeBase, nouns: dict[str, list[str]]) -> None:
    """`nouns`: noun lemma -> the words a name of that body kind holds (lower case)."""
    toks, n = st.doc.tokens, len(st.doc.tokens)
    for i in range(n - 1):
        t = toks[i]
        if st.covered[i] is not None or not t.is_word or not t.text[:1].isupper() \
                or (t.lemma or "") not in nouns:
            continue
        m = st.covered[i + 1]
        if m is None or m.type != "LOC" or m.start != toks[i + 1].start \
                or toks[i + 1].sentence != t.sentence or not kb.is_country(m.entity) \
                or not (toks[i + 1].case == "gent" or "Fixd" in toks[i + 1].tags):
            continue
        body = _body_of(kb, m.entity, nouns[t.lemma])
        if body is None:
            continue
        k = i + 1
        while k < n and st.covered[k] is m:
            k += 1
        st.drop_mention(m)
        st.add_entity(kb_entity(kb.entities[body]))
        st.add_mention(i, k, body, "ORG", "kb")

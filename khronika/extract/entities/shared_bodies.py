"""A body's short name that two states' bodies share: "СЗР" is Ukraine's Foreign Intelligence
Service and Russia's SVR alike. The gazetteer takes the name before it has read the rest of
the sentence, so it cannot see who is in view ("Директор СЗР Сергій Наришкін" names Russia's
director); this pass decides once every name is found. The body whose office a person named
in the same sentence holds on the document's date wins; else one the document names in an
unshared form; else one whose office a person named elsewhere in the document holds; else
the home state's body, the one the short form names in Ukrainian news by default."""
from __future__ import annotations

from ...kb.base import KnowledgeBase
from .state import DocState, kb_entity


def _held_by(st: DocState, kb: KnowledgeBase, cands: list[str], sentence: int | None) -> set[str]:
    """The candidates whose office a KB person named in `sentence` (None: anywhere) holds
    on the document's date."""
    date = st.doc.date
    toks = st.doc.tokens
    got = set()
    for m in st.doc.mentions:
        if m.type != "PER":
            continue
        if sentence is not None:
            k = st.tok_at.get(m.start)
            if k is None or toks[k].sentence != sentence:
                continue
        e = kb.entities.get(m.entity)
        if e is None:
            continue
        got.update(r.of for r in e.roles if r.of in cands and r.active(date))
    return got


def _shared(kb: KnowledgeBase, toks, i: int, j: int) -> list[str]:
    """The bodies of different states, two or more, that tokens i..j name alike."""
    sids = kb.index.get(tuple(t.norm for t in toks[i:j])) or ()
    cands = list(dict.fromkeys(s.entity for s in sids if len(s.caps) == j - i))
    if len(cands) < 2 or any(kb.entities[c].type != "ORG" for c in cands):
        return []
    states = [kb.country(c) for c in cands]
    if None in states or len(set(states)) != len(states):
        return []           # only bodies of different states, each of its own
    return cands


def _by_adjective(kb: KnowledgeBase, toks, k: int, cands: list[str]) -> set[str]:
    """The candidate of the state whose adjective token k is ("російська СЗР")."""
    if k < 0 or not toks[k].is_word:
        return set()
    state = kb.adjectives.get(toks[k].norm)
    return {c for c in cands if state and kb.country(c) == state}


def _evidence(st: DocState, kb: KnowledgeBase, cands: list[str], sentence: int, by_adj: set[str],
              plain: set[str]):
    """The candidates each kind of evidence points to, strongest first (module docstring):
    each is read only when the ones before it decided nothing, and most mentions are decided
    by the first."""
    yield by_adj
    yield _held_by(st, kb, cands, sentence)
    yield plain & set(cands)
    yield _held_by(st, kb, cands, None)


def shared_bodies(st: DocState, kb: KnowledgeBase, home_state: str) -> None:
    """Each mention of a short name two states' bodies share goes to the body in view
    (module docstring); the model's span of a state's adjective and the short name
    ("Російська СЗР") is a mention of that state's body."""
    toks = st.doc.tokens
    shared: list[tuple[object, int, int, list[str], set[str]]] = []
    for m in st.doc.mentions:
        if m.type != "ORG" or m.entity in kb.entities and m.source != "kb":
            continue
        i = st.tok_at.get(m.start)
        if i is None:
            continue
        j = st.end_token(i, m)
        if m.entity in kb.entities:
            cands = _shared(kb, toks, i, j)
            if cands:
                shared.append((m, i, j, cands, _by_adjective(kb, toks, i - 1, cands)))
        elif j - i > 1:
            cands = _shared(kb, toks, i + 1, j)
            by_adj = _by_adjective(kb, toks, i, cands) if cands else set()
            if len(by_adj) == 1:
                shared.append((m, i, j, cands, by_adj))
    if not shared:
        return
    asked = {id(x[0]) for x in shared}
    plain = {m.entity for m in st.doc.mentions if m.type == "ORG" and id(m) not in asked}
    for m, i, j, cands, by_adj in shared:
        pick = None
        for found in _evidence(st, kb, cands, toks[i].sentence, by_adj, plain):
            if len(found) == 1:
                pick = found.pop()
                break
            if found:
                break       # several in view: the evidence is split, the default stands
        if pick is None:
            pick = next((c for c in cands if kb.country(c) == home_state), m.entity)
        if pick == m.entity:
            continue
        st.drop_mention(m)
        st.add_entity(kb_entity(kb.entities[pick]))
        st.add_mention(i, j, pick, "ORG", "kb")

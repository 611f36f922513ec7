"""A local body named by its abbreviation alone: "повідомили в ОВА", "Голова ОДА заявив",
"За даними МВА". News names the oblast, raion or town once (in the dateline, "ХАРКІВ.", or in
the story) and then the body by its abbreviation, so the body meant is that unit's. The model
tags the abbreviation as a body of its own ("ОДА", one id for every oblast), and the gazetteer
could read a place abroad in it ("ОДА" is a case of "Од", the French department Aude).

The unit is the nearest one of the abbreviation's level (`bare_unit_bodies` of lexicon.yaml)
named in its sentence before it, in the sentence before, or after it in its sentence; else the
one the text names most (`regions.text_unit`). Its body is the knowledge base's ("Харківська
ОВА", "Київська МВА"). With none there (a raion's administration, most towns') the model's
mention stays as it is (news corpora tag a bare "РДА" as a body), but never a place abroad."""
from __future__ import annotations

from ..regions import text_unit, unit_body, unit_of
from ..tokenscan import where
from .state import DocState, kb_entity


def unit_bodies(st: DocState, kinds: dict[str, str]) -> None:
    if not kinds:
        return
    toks = st.doc.tokens
    norms = {k.lower() for k in kinds}
    at = [i for i in where(st.columns, "norm", norms) if toks[i].text in kinds]
    if not at:
        return
    own = {toks[i].start for i in at}
    for i in at:
        m = st.covered[i]
        if m is not None and (st.tok_at.get(m.start) != i or m.end != toks[i].end):
            continue        # inside a longer name ("Харківська ОВА", "ОДА Житомира")
        abbreviation = toks[i].text
        unit = _unit_near(st, i, kinds[abbreviation], own)
        body = unit_body(unit, abbreviation) if unit else None
        if body is None:
            if m is not None and m.type == "LOC":
                st.drop_mention(m)      # "ОДА" read as a case of "Од" (Aude)
            continue        # the model's body of that name, as the corpora tag it
        if m is not None:
            if m.entity == body.id:
                continue
            st.drop_mention(m)
        st.add_entity(kb_entity(body))
        st.add_mention(i, i + 1, body.id, "ORG", "kb")


def _unit_near(st: DocState, i: int, level: str, own: set[int]) -> str | None:
    """The unit of `level` named nearest before token i (its sentence, then the one before),
    else after it in its sentence, else the one the text is about."""
    toks = st.doc.tokens
    sent = toks[i].sentence
    ms = sorted((m for m in st.doc.mentions if m.start not in own), key=lambda m: m.start)
    pos = toks[i].start

    def sentence(m) -> int:
        k = st.tok_at.get(m.start)
        return toks[k].sentence if k is not None else -1

    before = [m for m in ms if m.end <= pos and sentence(m) in (sent, sent - 1)]
    after = [m for m in ms if m.start > pos and sentence(m) == sent]
    for m in [*reversed(before), *after]:
        unit = unit_of(m.entity, level)
        if unit is not None:
            return unit
    return text_unit(st.doc, level)

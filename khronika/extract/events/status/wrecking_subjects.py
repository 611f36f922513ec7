"""A happening that wrecks another is no happening called off.

A verb of calling off or wrecking (`negating_predicates`: "зірвати", "скасувати") denies what
it governs: "Росія зірвала евакуацію" - the evacuation did not take place. The one that
wrecked it took place: "евакуацію знову зірвали обстріли" - the shelling is the verb's subject,
in the nominative, while the evacuation is its object. A plural noun reads alike in both cases,
so the subject is told by the other noun, which only the accusative fits."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases


def wrecking_subject(doc: Document, trig_i: int, verb_k: int, lo: int, hi: int) -> bool:
    """The trigger noun at trig_i is the subject of the wrecking verb at verb_k: it may be in
    the nominative and agree in number with the verb, and another noun of the clause, in the
    accusative and not the nominative, is the verb's object."""
    toks = doc.tokens
    trig, verb = toks[trig_i], toks[verb_k]
    if trig.pos != "NOUN" or "nomn" not in _cases(trig.text):
        return False
    if verb.number and trig.number and verb.number != trig.number:
        return False
    for m in range(lo, hi):
        if m in (trig_i, verb_k) or toks[m].pos != "NOUN":
            continue
        cases = _cases(toks[m].text)
        if "accs" in cases and "nomn" not in cases and abs(m - verb_k) <= 3:
            return True
    return False

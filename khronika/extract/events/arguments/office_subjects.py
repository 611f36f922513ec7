"""A bare office noun that acts is the official the text just named in that office.

"Міністр закордонних справ Андрій Сибіга зустрівся з Фіданом. Міністр також зустрівся з
Ердоганом": the second meeting is Sybiha's, with his state, as GUIDELINES wants every event of
an official. The entity layer resolves a complete role phrase ("Президент", "глава МЗС") but
leaves a bare head noun with no state of its own ("Міністр", "Секретар", "Очільник") to no
one, and the events layer then took such a subject for the home side alone, or for nobody.

Here such a noun in the nominative singular, with no name or genitive after it, is read as
the nearest person named before it (in its sentence or the two before) who holds an office
that noun heads: by the knowledge base on the document's date, or as the text named him
("Міністр оборони Великої Британії Джон Гілі"). Of two such holders in one sentence, the one
named as its subject ("Сибіга зустрівся з Сікорським"); when that sentence does not tell
which, nobody. A country's adjective before the noun ("британський міністр") keeps the
holders of that state's offices, a feminine noun or verb ("Міністерка", "Міністр провела")
the women; a former office or another's ("колишній", "їхній") is no one's. Nouns that are
whole role phrases of a state ("президент", "прем'єр") are the entity layer's: it chains them
to the state named before or leaves them unsure on purpose.

The events layer reads the person as a role ref of the document (it is one), the same way it
reads "Він" resolved to him.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ....document import Document, Ref
from ....kb import get_kb
from ...body_refs import _not_this_office
from ...coref import person_gender
from ..grammar.names import token_starts

SENTENCES_BACK = 2
_VERB_REACH = 4          # words after the noun its verb may stand ("Міністр також зустрівся")


@lru_cache(maxsize=1)
def bare_offices() -> dict[str, frozenset[str]]:
    """Head noun (lower-case nominative: "міністр", "секретар") -> the roles it heads, for the
    nouns the entity layer leaves unresolved when alone: not a whole role phrase of a role
    that has a state by default ("президент" is Ukraine's president, "канцлер" Germany's)."""
    kb = get_kb()
    whole = {p.lower() for role, phrases in kb.role_phrases.items()
             if kb.role_defaults.get(role) for p in phrases}
    out: dict[str, set[str]] = {}
    for role, phrases in kb.role_phrases.items():
        for phrase in phrases:
            words = str(phrase).split()
            if words and words[0].lower() not in whole:
                out.setdefault(words[0].lower(), set()).add(role)
    return {k: frozenset(v) for k, v in out.items()}


def _covered(spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _wants_gender(toks, i: int) -> str | None:
    """"Міністерка", "Міністр провела": a woman; a masculine past verb: a man; else either."""
    t = toks[i]
    if t.gender == "femn":
        return "femn"
    for k in range(i + 1, min(len(toks), i + 1 + _VERB_REACH)):
        w = toks[k]
        if w.sentence != t.sentence:
            break
        if w.pos == "VERB" and w.gender in ("masc", "femn"):
            return w.gender
    return None


def office_subject_refs(doc: Document) -> None:
    """Add a role ref for each bare office noun in the nominative that names the official
    just told (module docstring)."""
    offices = bare_offices()
    toks = doc.tokens
    at = [i for i, t in enumerate(toks) if t.is_word and t.pos == "NOUN" and t.case == "nomn"
          and t.number != "plur" and (t.lemma or t.norm) in offices]
    if not at:
        return
    kb = get_kb()
    spans = [(r.start, r.end) for r in doc.refs] + [(m.start, m.end) for m in doc.mentions]
    unsure = doc.meta.get("_ambiguous_roles", ())
    anchors = []        # (start, sentence, entity, nominative, office noun it was named with)
    starts = token_starts(doc)

    def tok_at(start: int) -> int | None:
        k = bisect_left(starts, start)
        return k if k < len(starts) and starts[k] == start else None
    for m in doc.mentions:
        ent = doc.entities.get(m.entity) if m.entity else None
        k = tok_at(m.start)
        if ent is not None and ent.type == "PER" and k is not None:
            anchors.append((m.start, toks[k].sentence, m.entity, toks[k].case == "nomn", None))
    for r in doc.refs:
        ent = doc.entities.get(r.entity) if r.entity else None
        k = tok_at(r.start)
        if r.kind == "role" and ent is not None and ent.type == "PER" and k is not None:
            anchors.append((r.start, toks[k].sentence, r.entity, toks[k].case == "nomn",
                            toks[k].lemma or toks[k].norm))
    anchors.sort()
    not_this = _not_this_office()
    roles_held: dict[str, list] = {}            # each person's roles on the date, and gender
    genders: dict[str, str | None] = {}
    for i in at:
        t = toks[i]
        noun = t.lemma or t.norm
        if t.start in unsure or _covered(spans, t.start, t.end):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sentence == t.sentence else None
        if nxt is not None and nxt.is_word and (nxt.case == "gent" or nxt.text[:1].isupper()):
            continue        # "міністр оборони", "секретар Ради", "міністр Федоров": not bare
        prev = toks[i - 1] if i > 0 and toks[i - 1].sentence == t.sentence else None
        if prev is not None and (prev.lemma or prev.norm or "") in not_this:
            continue        # "колишній міністр", "їхній міністр"
        state = kb.adjectives.get(prev.norm) if prev is not None else None
        gender = _wants_gender(toks, i)
        roles = offices[noun]
        by_sentence: dict[int, dict[str, bool]] = {}
        for a_start, a_sent, eid, nominative, named_as in anchors:
            if a_start >= t.start or t.sentence - a_sent > SENTENCES_BACK:
                continue
            if eid not in roles_held:
                roles_held[eid] = kb.roles_of(eid, doc.date)
            held = [r for r in roles_held[eid] if r.role in roles]
            if not held and named_as != noun:
                continue
            if state is not None and not any(kb.country(r.of) == state or r.of == state for r in held):
                continue
            if gender is not None and eid not in genders:
                genders[eid] = person_gender(kb, doc, eid)
            if gender is not None and genders[eid] not in (gender, None):
                continue
            seen = by_sentence.setdefault(a_sent, {})
            seen[eid] = seen.get(eid, False) or nominative
        if not by_sentence:
            continue
        holders = by_sentence[max(by_sentence)]
        subjects = [e for e, nom in holders.items() if nom]
        eid = next(iter(holders)) if len(holders) == 1 else subjects[0] if len(subjects) == 1 else None
        if eid is not None:
            doc.refs.append(Ref(t.start, t.end, t.text, eid, "role"))

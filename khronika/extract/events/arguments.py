"""Event arguments from the other layers: actors and recipients from entity mentions and refs,
the place from a locative phrase, the time from the clause's or the sentence's timex, the
first-person speaker of a quote.

Roles are kept simple on purpose (the scorer and the chronicle use the participant set):
a name in the nominative, or in the genitive right after a trigger noun ("зустріч делегацій
України та США"), or a demonym/adjective ("російських ударів") acts; the rest receive.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...document import Document, Entity, Timex
from .lexicon import Lexicon
from ..morph import parses


def _cases(word: str) -> set[str]:
    """Every case a word form can have ("Будапешт" is nominative or accusative)."""
    return {p.tag.case for p in parses(word) if p.tag.case}

TIME_TYPES = ("DATE", "TIME")
RELATIVE_VAGUE = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@dataclass
class Arg:
    start: int
    end: int
    entity: str
    kind: str          # mention, role, pronoun, demonym, adjective
    etype: str | None


def args_in(doc: Document, start: int, end: int, mentions=None, refs=None) -> list[Arg]:
    """Mentions and resolved refs within [start, end) (pass pre-cut lists for speed)."""
    mentions = doc.mentions if mentions is None else mentions
    refs = doc.refs if refs is None else refs
    out = [Arg(m.start, m.end, m.entity, "mention", m.type)
           for m in mentions if m.start >= start and m.end <= end and m.entity]
    for r in refs:
        if r.entity and r.start >= start and r.end <= end:
            ent = doc.entities.get(r.entity)
            out.append(Arg(r.start, r.end, r.entity, r.kind, ent.type if ent else None))
    out.sort(key=lambda a: a.start)
    return out


def token_index_at(doc: Document, offset: int, lo: int, hi: int) -> int | None:
    for k in range(lo, hi):
        if doc.tokens[k].start <= offset < doc.tokens[k].end:
            return k
    return None


def place_of(doc: Document, args: list[Arg], lo: int, hi: int, lex: Lexicon,
             visit: bool = False) -> tuple[str | None, set[int]]:
    """The first LOC name after в/у/на in the locative ("в Женеві", "у Туреччині"), or after
    "до" for a visit; returns the entity and the starts of the args used, which are then not
    counted as participants."""
    preps = lex.word_list("place_prepositions")
    if visit:
        preps = preps | lex.word_list("visit_place_prepositions")
    for a in args:
        if a.kind != "mention" or (a.etype or "") != "LOC":
            continue
        k = token_index_at(doc, a.start, lo, hi)
        if k is None or k == lo:
            continue
        prev = doc.tokens[k - 1]
        # proper names often parse as genitive ("в Польщі"): any case but "на" + accusative
        # (a target: "удар на Київ")
        if prev.norm in preps and not (prev.norm == "на" and doc.tokens[k].case == "accs"):
            return a.entity, {a.start}
    return None, set()


def roles(doc: Document, args: list[Arg], trig_i: int, trig_j: int, type_: str,
          skip: set[int]) -> tuple[list[str], list[str]]:
    actors: list[str] = []
    recipients: list[str] = []
    toks = doc.tokens
    trig_end = toks[trig_j - 1].end
    lo, hi = max(0, trig_i - 60), min(len(toks), trig_j + 60)
    for a in args:
        if a.start in skip:
            continue
        idx = token_index_at(doc, a.start, lo, hi)
        case = toks[idx].case if idx is not None else None
        prev = toks[idx - 1].norm if idx else None
        acting = a.kind in ("demonym", "adjective") and type_ in ("ASSAULT", "THREATEN", "COERCE", "SANCTION") \
            and prev not in ("по", "на", "проти")
        if not acting:
            if case == "nomn":
                acting = True
            elif case == "gent" and 0 <= a.start - trig_end <= 30 and type_ not in ("ASSAULT", "COERCE", "SANCTION"):
                acting = True         # "зустріч делегацій України" (but "обстріли Сум": target)
        if prev in ("по", "проти") or (type_ == "ASSAULT" and prev == "на"):
            acting = False
        if type_ in ("ASSAULT", "COERCE") and toks[trig_i].pos == "NOUN" and 0 <= a.start - trig_end <= 2:
            acting = False            # "обстріли Сум": the noun's complement is the target
        if acting and case == "nomn" and toks[trig_i].pos == "VERB" and 0 < a.start - trig_end <= 2 \
                and actors and idx is not None and "accs" in _cases(toks[idx].text):
            acting = False            # "Каллас розкритикувала Будапешт": the object after the verb
        target = actors if acting else recipients
        if a.entity not in actors and a.entity not in recipients:
            target.append(a.entity)
    return actors, recipients


def time_of(doc: Document, trig_start: int, clause: tuple[int, int], sent: tuple[int, int],
            exclude: list[tuple[int, int]] = (), timexes=None) -> Timex | None:
    """The timex of the clause nearest the trigger; else the sentence's first timex when it
    opens the sentence ("Сьогодні Рустем Умєров на зустрічах ...") or stands alone in it."""
    def usable(t: Timex) -> bool:
        return t.type in TIME_TYPES and bool(t.value) and not any(a <= t.start < b for a, b in exclude)
    c_lo, c_hi = clause
    s_lo, s_hi = sent
    timexes = doc.timexes if timexes is None else timexes
    in_clause = [t for t in timexes if usable(t) and t.start >= c_lo and t.end <= c_hi]
    if in_clause:
        return min(in_clause, key=lambda t: (t.value in RELATIVE_VAGUE, abs(t.start - trig_start)))
    in_sent = [t for t in timexes if usable(t) and t.start >= s_lo and t.end <= s_hi]
    if not in_sent:
        return None
    precise = [t for t in in_sent if t.value not in RELATIVE_VAGUE]
    pool = precise or in_sent
    first = min(pool, key=lambda t: t.start)
    if first.start - s_lo <= 12 or len(pool) == 1:
        return first
    return None


def home_entity(doc: Document, lex: Lexicon) -> str | None:
    """The home side's id, added to the document's entities when absent so every event
    argument resolves in the output."""
    home = lex.home
    if not home.get("id"):
        return None
    hid = home["id"]
    if hid not in doc.entities:
        # the entity layer may know the same country under its Wikidata item
        for e in doc.entities.values():
            if home.get("wikidata") and e.wikidata == home.get("wikidata"):
                return e.id
        doc.entities[hid] = Entity(hid, home.get("name", hid), home.get("name_uk", ""),
                                   home.get("type", "LOC"), home.get("wikidata"), kb=True)
    return hid

"""Help that arrives: "До Києва прибули системи ППО від Німеччини", "В Україну прибула
партія генераторів". Weapons or goods that arrive somewhere are aid only when the clause says
whose they are or that they reach the home side: tanks bought by another state ("До Польщі
прибули нові танки") or goods in a shop ("До магазину прибули товари") are no help between
parties.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses, tag_view
from ..grammar.clauses import _agrees, _cases, clause_of_trigger
from ..lexicon.compiled import Lexicon
from ..grammar.names import token_index_at
from ..grammar.sentence_view import SentenceView, lemma_of
from ..arguments.givers import remedy_against
from ..arguments.states import country_ids, place_country, place_state


def delivered(lex: Lexicon, doc: Document, sent: SentenceView, i: int) -> bool:
    """The clause of the arrival verb at i names a giver after "від" or a place of the home
    side (or the home side itself) as where it arrives."""
    toks = doc.tokens
    home = (lex.home or {}).get("id")
    cl = clause_of_trigger(doc, i, i + 1, sent.lo, sent.hi, lex)
    lo, hi = toks[cl.lo].start, toks[cl.hi - 1].end
    givers = lex.word_list("giver_prepositions")
    for a in sent.args:
        if not lo <= a.start < hi or a.kind == "pronoun":
            continue
        if home is not None and (a.entity == home or place_country().get(a.entity) == home):
            return True
        m = token_index_at(doc, a.start, cl.lo, cl.hi)
        if m is not None and m > cl.lo and toks[m - 1].norm in givers and \
                not remedy_against(toks, m, lex.word_list("remedy_nouns"), a):
            return True
    return False


def subject_in(lex: Lexicon, doc: Document, sent: SentenceView, i: int, name: str) -> bool:
    """The subject of the verb at i is a noun of contexts NAME: in the nominative, in the verb's
    clause, agreeing with it and after no preposition, or a batch or load of such things. The
    goods that arrive ("Гуманітарна допомога від Польщі прибула до Львова", "Партія генераторів
    від ЄС надійшла до Херсона") make an arrival verb a delivery, not a visit: the things
    travel, nobody comes; a price, a measure or the weather that strikes ("Інфляція б'є по
    пенсіонерах") makes a verb of striking a figure of speech."""
    toks = doc.tokens
    words = lex.contexts.get(name, frozenset())
    batches = lex.contexts.get("cargo", frozenset()) | lex.contexts.get("cargo_batches", frozenset())
    preps = lex.word_list("prepositions")
    lo, hi = sent.clause_of(i)
    if toks[i].pos == "GRND":
        # a gerund shares the subject of the clause it hangs on ("Гроза вдарила по Київщині,
        # пошкодивши дахи": the storm did the damage)
        lo, hi = sent.lo, i
    for m in range(lo, hi):
        t = toks[m]
        if m == i:
            continue
        if m > lo and t.is_word and (toks[m - 1].pos == "NUMR" or toks[m - 1].text[:1].isdigit() or
                                     any(tag_view(p).POS == "NUMR" for p in parses(toks[m - 1].text))):
            # "двоє чоловіків напали": a counted subject stands in the genitive plural (and the
            # dictionary may read it first as another word: "чоловіків", the husband's)
            if any(tag_view(p).POS == "NOUN" and "gent" in p.tag and "plur" in p.tag and p.normal_form in words
                   for p in parses(t.text)):
                return True
        if t.pos == "ADJF" and lemma_of(t) in words and "nomn" in _cases(t.text) and \
                not (m + 1 < hi and toks[m + 1].pos == "NOUN") and not (m > lo and toks[m - 1].norm in preps):
            return True       # "Німецькі вчені отримали": an adjective standing as the noun
        if t.pos not in ("NOUN", None) or not t.is_word or (m > lo and toks[m - 1].norm in preps):
            continue
        if t.pos == "NOUN" and ("nomn" not in _cases(t.text) or not _agrees(toks[i], t)):
            continue
        if lemma_of(t) in words or t.norm in words:
            return True
        if lemma_of(t) in batches and any(lemma_of(toks[k]) in words for k in range(m + 1, min(hi, m + 4))):
            return True
    return False


def delivered_sides(lex: Lexicon, doc: Document, sent: SentenceView, i: int, cand) -> None:
    """Who gives and receives help that arrives: the giver after "від", the state it arrives
    in ("в Україну прибули системи ППО"), or the home side when it arrives in one of its towns
    ("До Львова прибули генератори"), the town being the place; a state arrived in is a
    recipient, not the place."""
    toks = doc.tokens
    cl = clause_of_trigger(doc, i, i + 1, sent.lo, sent.hi, lex)
    lo, hi = toks[cl.lo].start, toks[cl.hi - 1].end
    givers = lex.word_list("giver_prepositions")
    for a in sent.args:
        if not lo <= a.start < hi or a.kind == "pronoun" or a.entity in cand.actors:
            continue
        m = token_index_at(doc, a.start, cl.lo, cl.hi)
        if m is not None and m > cl.lo and toks[m - 1].norm in givers and a.entity not in cand.recipients and \
                not remedy_against(toks, m, lex.word_list("remedy_nouns"), a):
            # "Генератори від Литви прибули до Харкова": who sent them gives, wherever the
            # phrase stands
            cand.actors.append(a.entity)
            continue
        if m is None or m == cl.lo or toks[m - 1].norm not in lex.word_list("destination_prepositions"):
            continue
        state = place_state(a.entity)
        if state is not None and state not in cand.actors and state not in cand.recipients:
            cand.recipients.append(state)
        if cand.place == a.entity and a.entity in country_ids():
            cand.place = None
        elif cand.place is None and a.entity not in country_ids() and state is not None:
            cand.place = a.entity      # "прибули до Львова": the town is where it arrives

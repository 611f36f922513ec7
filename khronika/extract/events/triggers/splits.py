"""One trigger, several events: a list of calls ("з Президентом Франції, з прем'єр-міністрами
Канади"), a sentence with no verb that goes on listing calls, two strikes of one sentence
(a strike said again after a dash is in gapped_strikes.py) and a verbless visit line
("Сьогодні в Брюсселі – міністр ..."). Each is told once in the text but happened more than once, so the scan turns
one candidate into several here.
"""
from __future__ import annotations

import copy

from ....document import Document
from ..grammar.clauses import _cases, _finite
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..arguments.states import entity_for, named_affiliations, party_count, place_country, state_of
from ..arguments.taken_ground import unknown_place
from .finder import SentenceView, lemma_of


def partner_copy(doc: Document, sent: SentenceView, last: Cand, names: list[str],
                 trig: tuple[int, int]) -> Cand:
    """The event before told again with other partners ("..., а також із Шольцом", "Зокрема
    щодо угоди зі США"): its own side and status, the new partners each with their state, the
    new words for trigger and evidence, a happening of its own."""
    c = copy.deepcopy(last)
    c.recipients = list(dict.fromkeys(names))
    for x in list(c.recipients):
        st = state_of(x, doc.date)
        if st and st not in c.recipients and st not in c.actors:
            c.recipients.append(entity_for(doc, st))
            c.soft.add(st)
    c.trig = trig
    c.evidence = (sent.start, sent.end)
    c.sent, c.para = sent.index, sent.para
    c.distinct, c.aggregate, c.anaphoric, c.mentions = True, False, False, []
    return c


def visit_line(lex: Lexicon, doc: Document, sent: SentenceView) -> tuple[int, int] | None:
    """"Сьогодні в Брюсселі – міністр закордонних справ, секретар РНБО": a sentence with no
    verb, a place after в/у before its dash and a person or an office after it, tells a
    visit; returns the place's tokens as the trigger."""
    toks = doc.tokens
    dashes = lex.word_list("visit_line_dashes")
    dash = next((m for m in range(sent.lo, min(sent.hi, sent.lo + 7)) if toks[m].norm in dashes), None)
    if dash is None:
        return None
    if any(t.pos in ("VERB", "INFN", "GRND") for t in toks[sent.lo:sent.hi]):
        return None
    preps = lex.word_list("visit_line_prepositions")
    for m in range(sent.lo, dash - 1):
        if toks[m].norm not in preps:
            continue
        place = next((a for a in sent.args if a.start == toks[m + 1].start and (a.etype or "") == "LOC"), None)
        if place is None:
            continue
        e = m + 1
        while e < dash and toks[e].end <= place.end:
            e += 1
        after = toks[dash].end
        roles = lex.word_list("visit_line_roles")
        if any(a.start >= after and (a.etype or "") == "PER" for a in sent.args) or \
                any(lemma_of(t) in roles for t in toks[dash + 1:sent.hi]):
            return m + 1, e
    return None



def call_continuation(lex: Lexicon, doc: Document, sent: SentenceView, out: list[Cand]) -> Cand | None:
    """"Говорив з Президентом Туреччини. З Прем'єр-міністром Ізраїлю Беннетом.": a sentence
    with no verb that opens with "з" and a name in the instrumental (or with the name
    itself) soon after a call told by a talk verb goes on listing calls: one more call,
    with the speaker, status and time of the verb it leaves out."""
    if not out or not sent.args:
        return None
    last = out[-1]
    toks = doc.tokens
    # "Зустрівся з Блінкеном. Згодом – зі Столтенбергом.": a line that opens with what came
    # next tells another meeting too, not more people at the first one
    sequenced = any(toks[m].norm in lex.word_list("sequence_adverbs") for m in range(sent.lo, min(sent.hi, sent.lo + 2)))
    talks = lex.word_list("separate_calls") | (lex.word_list("sequenced_meetings") if sequenced else frozenset())
    if last.type != "CONSULT" or last.lemma not in talks or not (0 < sent.index - last.sent <= 2):
        return None
    if any(_finite(t) or t.pos in ("INFN", "GRND") or "infn" in (t.tags or ()) for t in toks[sent.lo:sent.hi]):
        return None
    first = sent.lo
    leads = lex.word_list("continuation_leads")
    while first < sent.hi - 1 and toks[first].norm in leads:
        first += 1            # "А також із канцлером Австрії"
    start = first + 1 if toks[first].norm in lex.word_list("partner_prepositions") else first
    names = [a.entity for a in sent.args if a.entity not in last.actors and a.entity != last.home]
    if start == first and start < sent.hi and toks[start].pos == "NOUN" and toks[start].case == "nomn" \
            and names and not (set(last.recipients) - last.soft):
        # "Говорив з лідерами держав-партнерів. ... Прем'єр-міністр Великої Британії Джонсон,
        # канцлер Німеччини Шольц": the names of the partners the call left unnamed
        for x in dict.fromkeys(names):
            if x not in last.recipients:
                last.recipients.append(x)
            st = state_of(x, doc.date)
            if st and st not in last.recipients + last.actors:
                last.recipients.append(entity_for(doc, st))
                last.soft.add(st)
        return None
    if start >= sent.hi or toks[start].pos not in ("NOUN", "ADJF") or "ablt" not in _cases(toks[start].text):
        return None           # "З Польщі, з Румунії": whence, no partner
    if not names or not any(a.start >= toks[start].start and a.start <= toks[min(sent.hi, start + 4) - 1].end
                            for a in sent.args):
        return None
    c = partner_copy(doc, sent, last, names, (toks[first].start, toks[start].end))
    c.mode = "multilateral" if party_count(c.participants(True), doc.date, named_affiliations(doc, sent.args, sent.lo, sent.hi)) >= 3 \
        and not last.mode else last.mode
    return c



def another_strike(prev: Cand, cand: Cand, verb: bool, doc: Document | None = None) -> bool:
    """Two strike triggers of one sentence are two strikes when they fall at two times, or
    when a verb of its own tells a strike on another place ("обстріляли Харків, а потім
    атакували Одесу"); a list of nouns ("ударом по Полтавській області, ударами по
    Кременчуку") may name one strike more closely. A daily tally that counts strikes of
    several kinds ("завдав 12 авіаударів, здійснив 40 обстрілів") tells one happening per
    kind: each count is told of its own weapon, and neither names the other more closely."""
    if cand.type != "ASSAULT":
        return False
    if doc is not None and own_tally(doc, prev, cand):
        return True
    towns = place_country()
    if verb and prev.place and cand.place and prev.place != cand.place and \
            all(x in towns or (doc is not None and unknown_place(doc, x)) for x in (prev.place, cand.place)):
        return True       # (a village the knowledge base lacks, "захопили Мар'їнку", is a town too)
    return bool(prev.time and cand.time and prev.time != cand.time)



def own_tally(doc: Document, prev: Cand, cand: Cand) -> bool:
    """Both strikes are counted, each by a number of its own (one stands between them: "25
    авіаударів, здійснив 60 обстрілів"), and they are strikes of two kinds (two words, each
    with its weapon's mode). The harm a strike did ("внаслідок обстрілів пошкоджено будинки")
    is no kind of strike, and a number before the first counts only the first."""
    if not (prev.aggregate and cand.aggregate and prev.lemma != cand.lemma and prev.mode and cand.mode) or \
            prev.consequence or cand.consequence:
        return False
    return any(t.text.isdigit() or t.pos == "NUMR" for t in doc.tokens
               if prev.trig[1] <= t.start and t.end <= cand.trig[0])


def other_actors(prev: Cand, cand: Cand) -> bool:
    """Two triggers of one type in one sentence, each with a doer of its own who takes no part
    in the other ("Якщо Росія вдарить по енергетиці, Україна завдасть ударів по НПЗ"), tell two
    happenings, not one told twice."""
    a, b = set(prev.actors) - prev.soft, set(cand.actors) - cand.soft
    return bool(a and b) and not a & set(cand.actors + cand.recipients) and \
        not b & set(prev.actors + prev.recipients)


def answered_act(prev: Cand, cand: Cand) -> bool:
    """"Іран засудив напад США на свої об'єкти і атакував американську базу": a happening named
    as another verb's object (`ref_only`, its doers kept soft) and one told after it with doers
    of its own that are not the first one's are two happenings, the second an answer."""
    if not prev.ref_only or cand.ref_only:
        return False
    a, b = set(prev.actors), set(cand.actors) - cand.soft
    return bool(a and b) and not a & b


def separate_calls(lex: Lexicon, doc: Document, sent: SentenceView, cand: Cand, j: int) -> list[Cand]:
    """"Говорив з Президентом Франції, з прем'єр-міністрами Канади, Хорватії": each "з" group
    after a comma is a call of its own; the names inside one group stay one call."""
    if cand.lemma not in lex.word_list("separate_calls"):
        return []
    toks = doc.tokens
    preps = lex.word_list("partner_prepositions")
    bounds, end, joined = [], sent.hi, set()
    for m in range(j, sent.hi):
        t = toks[m]
        if t.pos == "VERB" and t.tense:
            end = m               # another predicate: its own happening
            break
        # (", з Шольцом", "і з Мелоні", "а також з Фіалою": the preposition said again)
        back = m - 1
        while back > j and toks[back].norm in lex.word_list("continuation_leads"):
            back -= 1
        if t.norm in preps and m > j and toks[m - 1].norm == ",":
            bounds.append(m)
        elif t.norm in preps and m > j and back < m - 1 and own_gap_word(lex, toks, back, m):
            continue              # ("а ввечері – з Макроном у Парижі": a gapped talk of its own time
                                  # and place, told by coordinated.gapped_talks)
        elif t.norm in preps and m > j and back < m - 1 and (toks[back].is_word or toks[back].norm == ","):
            bounds.append(m)
            joined.add(m)
    limit = toks[end - 1].end

    def grouped(bounds):
        edges = [toks[b].start for b in bounds] + [limit + 1]
        return [[a.entity for a in sent.args if edges[n] <= a.start < edges[n + 1]] for n in range(len(bounds))]
    groups = grouped(bounds)
    # ("з лідерами країн та з усіма партнерами": a partner joined with no name goes with the call
    # before it)
    bounds = [b for b, g in zip(bounds, groups) if g or b not in joined]
    if not bounds:
        return []
    edges = [toks[b].start for b in bounds] + [limit + 1]
    groups = grouped(bounds)
    if not all(groups):
        return []
    later = {x for g in groups for x in g}
    named_first = {a.entity for a in sent.args if toks[j].start <= a.start < edges[0]}
    # each partner goes with their own state: the one a later partner brought in goes with him
    # ("з Макроном, з Мелоні": Italy is Meloni's, not the first call's)
    their_states = {state_of(x, doc.date) for x in later} - \
        {state_of(x, doc.date) for x in named_first} - named_first
    first = [x for x in cand.recipients if x not in later and x not in their_states]
    if not first:
        return []
    cand.recipients = first
    out = []
    for g in groups:
        c = copy.deepcopy(cand)
        c.recipients = [x for x in dict.fromkeys(g) if x not in c.actors]
        for x in list(c.recipients):
            st = state_of(x, doc.date)
            if st and st not in c.recipients and st not in c.actors:
                c.recipients.append(entity_for(doc, st))
                c.soft.add(st)
        c.distinct, c.aggregate, c.mentions = True, False, []
        out.append(c)
    for c in [cand] + out:
        persons = [x for x in c.recipients if x not in c.soft]
        if c.mode == "multilateral" and party_count(c.participants(True), doc.date) < 3 and \
                all(doc.entities.get(x) is not None and doc.entities[x].type == "PER" for x in persons):
            c.mode = None         # the count of parties was the whole list's, not one person's call
    return out


def own_gap_word(lex: Lexicon, toks: list, back: int, m: int) -> bool:
    """The partner's "з" at m stands after a dash for the verb left out, and the word at back
    before the dash opens a clause of its own after a conjunction ("а ввечері –"): a gapped
    talk with a time or place of its own, not one more partner of the call."""
    return toks[m - 1].norm in lex.word_list("visit_line_dashes") and toks[back].is_word and \
        back > 0 and toks[back - 1].norm in lex.word_list("gap_conjunctions")

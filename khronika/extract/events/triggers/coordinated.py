"""Two predicates joined in one sentence, each telling a happening of its own.

The scan keeps one event per type per sentence: a second trigger of the type is mostly the
same happening named again ("зустрілися і поговорили", "завдали удару ... обстрілявши").
A second predicate of its own, joined to the first by "і", "а також" or a comma and sharing
its subject, tells another happening when it has partners of its own the first has not
("Кулеба зустрівся з Блінкеном, а потім провів переговори з Бербок": two meetings). A reader
counts two; folded into one, the second partner sat on the first meeting and the second
happening was lost.
"""
from __future__ import annotations

import copy

from ....document import Document
from ..grammar.clauses import _can_be, _finite, telling_word
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..time_place.place_time import gap_time
from ..grammar.sentence_view import SentenceView
from ..arguments.states import party_count, place_country, state_of
from ..grammar.names import token_index_at

# what may stand between a light verb and its happening noun ("завдали ракетного удару",
# "провів телефонну розмову", "завдали кількох ударів")
_BETWEEN = ("ADJF", "PRTF", "NUMR", "NPRO", "ADVB", "PRCL")


def predicate_of(doc: Document, sent: SentenceView, k: int, lex: Lexicon | None = None) -> int | None:
    """The finite verb that tells the trigger at token k: the trigger itself, or the verb whose
    object the trigger noun is ("завдали авіаудару", "провів переговори"), with only modifiers
    between; None for a noun with no verb of its own ("удари по Харкову, Сумах"). With the
    lexicon, a gathering one takes part in has the verb of its participation noun ("взяв участь
    у засіданні Ради ЄС": "взяв"), so "провів переговори ..., та взяв участь у засіданні ..."
    reads as two predicates, not one."""
    toks = doc.tokens
    v = telling_word(toks, sent.lo, k, _finite, _BETWEEN)
    if v is not None or lex is None or toks[k].pos != "NOUN":
        return v
    m = k - 1
    while m > sent.lo and k - m <= 3 and toks[m].is_word and toks[m].pos in _BETWEEN:
        m -= 1                    # "у позачерговому засіданні"
    if m <= sent.lo or toks[m].pos != "PREP" or toks[m - 1].lemma not in lex.contexts.get("participation", ()):
        return None
    return telling_word(toks, sent.lo, m - 1, _finite, _BETWEEN)


def trigger_head(doc: Document, sent: SentenceView, c: Cand) -> int | None:
    """The token of a candidate's trigger that a verb governs: its last word, the noun of a
    phrase that opens with its adjective ("провів телефонну розмову": "розмову")."""
    toks = doc.tokens
    return next((m for m in range(sent.hi - 1, sent.lo - 1, -1)
                 if c.trig[0] <= toks[m].start < c.trig[1]), None)


def joined_predicate(lex: Lexicon, doc: Document, sent: SentenceView, prev: Cand, k: int) -> int | None:
    """The finite verb of trigger k when it is a predicate of its own joined to the one of the
    trigger before (`prev`): it stands after that trigger, no other finite verb and no word
    opening another clause ("який", "що", "коли") lies between, and a conjunction, a comma or a
    semicolon joins them ("обстріляли Херсон, а також завдали авіаудару по Куп'янську",
    "зустрівся з Туском; також він провів переговори з Мелоні"). None otherwise."""
    toks = doc.tokens
    v = predicate_of(doc, sent, k, lex)
    if v is None:
        return None
    p = trigger_head(doc, sent, prev)
    if p is None or p >= v:
        return None
    first = predicate_of(doc, sent, p, lex)
    if first is None or first == v:
        return None
    subs = lex.word_list("subordinators")
    joins = lex.word_list("verb_conjunctions") | lex.word_list("predicate_marks")
    joined = False
    for m in range(p + 1, v):
        t = toks[m]
        if _finite(t) or t.norm in subs:
            return None
        if t.norm in joins:
            joined = True
    return v if joined else None


def own_partners(lex: Lexicon, doc: Document, sent: SentenceView, prev: Cand, cand: Cand, k: int) -> bool:
    """"Зеленський провів розмову з Макроном, а також окремо поговорив з Шольцом": a joined
    predicate of a type whose partners make the happening (`separate_partner_types`) with
    partners none of whom, nor their states, took part in the first tells a second happening;
    the partners it names are taken off the first, which the clause gave them too. With no
    partner of its own ("зустрілися і поговорили", "обговорив з ним" after "зустрівся з
    Дудою") it is the same happening told again."""
    if cand.type.lower() not in lex.word_list("separate_partner_types"):
        return False
    v = joined_predicate(lex, doc, sent, prev, k)
    if v is None:
        return False
    # its own partners are named after its verb (a clause read across "а потім" may lend it the
    # first one's too)
    after = {a.entity for a in sent.args if a.start >= doc.tokens[v].start}
    theirs = [x for x in cand.recipients if x in after and x not in cand.soft and x not in cand.actors]
    # the body whose gathering the joined predicate names ("та взяв участь у засіданні Ради
    # ЄС") stands with those who gather, on the acting side, but is a party of its own
    named = {a.entity for a in sent.args if a.start >= cand.trig[0]}
    theirs += [x for x in cand.actors if x in named and x not in cand.soft
               and x not in prev.actors and x not in prev.recipients]
    if not theirs:
        return False
    states = {state_of(x, doc.date) for x in theirs} - {None}
    taken = set(theirs) | states
    first = [x for x in prev.recipients if x not in taken]
    if not [x for x in first if x not in prev.soft] or set(theirs) & set(prev.actors):
        return False
    if any(state_of(x, doc.date) in taken or x in taken for x in first):
        return False
    prev.recipients = first
    prev.soft -= taken
    cand.recipients = [x for x in cand.recipients if x in taken]
    for c in (prev, cand):
        if c.mode == "multilateral" and party_count(c.participants(True), doc.date) < 3:
            c.mode = None     # the count of parties was the two happenings' together
    return True


def own_sides(lex: Lexicon, doc: Document, sent: SentenceView, prev: Cand, cand: Cand, k: int) -> None:
    """The sides of a joined predicate told as a happening of its own: what it names after its
    verb is its own ("обстріляв Херсон, атакував дронами Берислав": Kherson, read into the
    second clause too, is no target of the second strike), and with no subject of its own it
    has the subject of the verb it is joined to, when the two verbs agree ("Зеленський
    зустрівся з Туском, провів переговори з Мелоні, поговорив з Фіалою")."""
    toks = doc.tokens
    v = joined_predicate(lex, doc, sent, prev, k)
    if v is None:
        return
    after = {a.entity for a in sent.args if a.start >= toks[v].start}
    named = {a.entity for a in sent.args}
    # (a partner named before its verb is the first one's, when the first has it too: "провів
    # переговори з канцлером Австрії, а наступного тижня візьме участь у засіданні")
    own = [x for x in cand.recipients if x in after or x not in named
           or (x not in prev.recipients and x not in prev.actors)]
    cand.recipients = own
    if prev.place is not None and prev.place == cand.place and prev.place in after and not any(
            a.entity == prev.place and a.start < toks[v].start for a in sent.args):
        prev.place = None         # "..., а наступного тижня відвідає Берлін": the second's place
    head = trigger_head(doc, sent, prev)
    first = predicate_of(doc, sent, head, lex) if head is not None else None
    before = [x for x in cand.actors if x not in named or x not in after]
    if before or not prev.actors or first is None:
        return                    # a subject of its own (the body whose gathering it names,
                                  # "участь у засіданні Ради ЄС", stands after its verb: no subject)
    if any(a.entity in cand.recipients and toks[first].start < a.start < toks[v].start for a in sent.args):
        return                    # "..., а Польща отримала від США літаки": its subject receives
    a, b = toks[first], toks[v]
    # ("Провів переговори ..., а наступного тижня візьмемо участь": the speaker's "ми" takes in
    # the "я" of the first verb, when the first one's side is the speaker's)
    speaker = b.person == "1per" and all(x in prev.soft or x == prev.home for x in prev.actors)
    if not speaker and ((a.number and b.number and a.number != b.number) or
                        (a.gender and b.gender and a.gender != b.gender)):
        return
    cand.actors = list(dict.fromkeys(prev.actors + cand.actors))
    cand.soft |= prev.soft & set(prev.actors)
    cand.recipients = [x for x in cand.recipients if x not in cand.actors]


def gapped_talks(lex: Lexicon, doc: Document, sent: SentenceView, cand: Cand, j: int) -> list[Cand]:
    """"Вранці Президент зустрівся з Туском, увечері – з Мелоні", "провів зустріч із послом
    Франції, а згодом – із послом Німеччини": a clause after a comma or a conjunction that
    leaves the talk verb out (a dash stands for it) and names a partner with "з" tells another
    talk, with the same side and status and a time of its own; the partners named there leave
    the first."""
    if cand.type != "CONSULT" or j >= sent.hi:
        return []
    toks = doc.tokens
    joins = lex.word_list("gap_conjunctions") | {","}
    dashes = lex.word_list("visit_line_dashes")
    preps = lex.word_list("partner_prepositions")
    out: list[Cand] = []
    m = j
    while m < sent.hi - 3:
        if _finite(toks[m]) and m > j:
            break                 # another predicate: its own clause, told by its own trigger
        if toks[m].norm not in joins:
            m += 1
            continue
        dash = next((d for d in range(m + 1, min(sent.hi - 2, m + 5)) if toks[d].norm in dashes), None)
        if dash is None or toks[dash + 1].norm not in preps or \
                any(_finite(toks[x]) or toks[x].norm == "," for x in range(m + 1, dash)):
            m += 1
            continue
        stop = next((x for x in range(dash + 2, sent.hi) if toks[x].norm in joins or toks[x].norm in dashes),
                    sent.hi)
        # ("Сибіга зустрівся з Фіданом, а Умєров – з Остіном": a name before the dash is the
        # gapped talk's own subject, who takes the first one's place)
        own = list(dict.fromkeys(a.entity for a in sent.args if toks[m].end <= a.start < toks[dash].start
                                 and _gap_subject(doc, a, m, dash)))
        doers = own or cand.actors
        hit = [a for a in sent.args if toks[dash + 1].end <= a.start < toks[stop - 1].end
               and a.entity not in doers and a.entity != cand.home]
        # ("а ввечері – з Трюдо в Оттаві": the town after "в" is where that talk was held)
        here = next((a for a in hit if _venue(lex, doc, a, dash + 1, stop)), None)
        hit = [a for a in hit if a is not here]
        # ("а в Оттаві – з Трюдо": or before the dash)
        here = here or next((a for a in sent.args if toks[m].end <= a.start < toks[dash].start and
                             _venue(lex, doc, a, m + 1, dash)), None)
        theirs = list(dict.fromkeys(a.entity for a in hit))
        states = {state_of(x, doc.date) for x in theirs} - {None} - set(theirs)
        first = [x for x in cand.recipients if x not in theirs and x not in states]
        if not theirs or not (own or [x for x in first if x not in cand.soft]):
            m = stop
            continue
        c = copy.deepcopy(cand)
        if own:
            c.actors = own + [x for x in dict.fromkeys(state_of(x, doc.date) for x in own)
                              if x and x not in own and x not in theirs]
            c.soft = {x for x in c.actors if x not in own}
        c.recipients = theirs + [x for x in states if x not in c.actors]
        c.soft |= states
        if here is not None:
            c.place = here.entity
        gap_time(doc, sent, cand, c, m, dash)
        c.trig = (toks[dash + 1].start, max(a.end for a in hit))
        c.distinct, c.aggregate, c.anaphoric, c.mentions = True, False, False, []
        cand.recipients = first
        cand.soft -= states
        for e in (cand, c):
            if e.mode == "multilateral" and party_count(e.participants(True), doc.date) < 3:
                e.mode = None     # the count of parties was the two talks' together
        out.append(c)
        m = stop
    return out


def _venue(lex: Lexicon, doc: Document, a, lo: int, hi: int) -> bool:
    """The name `a` (between tokens lo and hi) is a town under a place preposition ("в
    Оттаві"): the place of a gapped talk, not one of its partners."""
    k = token_index_at(doc, a.start, lo, hi)
    return k is not None and k > lo and a.entity in place_country() and \
        doc.tokens[k - 1].norm in lex.word_list("place_prepositions")


def _gap_subject(doc: Document, a, m: int, dash: int) -> bool:
    """The name `a`, between the conjunction at m and the dash, may be a subject: a nominative
    under no preposition ("а Умєров –"; not "а в Оттаві –", which tells where)."""
    k = token_index_at(doc, a.start, m + 1, dash)
    return k is not None and doc.tokens[k - 1].pos != "PREP" and _can_be(doc.tokens[k], "nomn")

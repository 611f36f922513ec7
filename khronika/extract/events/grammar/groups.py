"""Words that name a group of people or happenings: a form plural in its case ("делегації
провели"), a number, a count renamed after a dash ("сім документів – угод"), and a group whose
own phrase says where its people come from ("делегація бізнесменів з Кореї"). The build reads
them to tell a home-side role from someone else's and a counted aggregate from a generic
plural.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..lexicon.compiled import Lexicon
from ..triggers.finder import SentenceView, lemma_of


def plural_form(word: str, case: str | None) -> bool:
    """"Делегації провели", "переговори делегацій": every reading of the form in the case it
    stands in (after a preposition: every reading, "для делегації") is plural."""
    ps = [p for p in parses(word) if case is None or p.tag.case == case]
    return bool(ps) and all("plur" in p.tag for p in ps)


def is_number(t) -> bool:
    return t.text.isdigit() or t.pos == "NUMR" or \
        (t.pos == "NPRO" and any(p.tag.POS == "NUMR" for p in parses(t.text)))


def counts_others(lex: Lexicon, doc: Document, m: int, i: int, timexes=()) -> bool:
    """"Ще дев'ятеро людей дістали поранення внаслідок удару", "чотири години переговорів": the
    number at m counts the people a strike harmed or the length of a talk, the noun it governs
    before the trigger at i (a unit of time only where it governs the trigger noun), or the
    projectiles that hit ("три дрони влучили"), not happenings; read as a count of strikes or
    talks, it would keep the strike or talk told just before apart from this mention of it ("20
    розмов", "56 ракетних ударів", "1370 ракет застосовано" do count them)."""
    toks = doc.tokens
    if any(x.start <= toks[m].start < x.end and x.type in ("DATE", "TIME") for x in timexes):
        return True               # "У ніч на 14 травня атакували": a day of a date counts nothing
    # (and the people freed: "Додому повернулися 100 захисників" after an exchange is told)
    people = lex.contexts.get("victims", frozenset()) | lex.contexts.get("people", frozenset()) | \
        lex.contexts.get("released", frozenset())
    shells = lex.contexts.get("projectiles", frozenset())
    for k in range(m + 1, i):
        if lemma_of(toks[i]) in lex.word_list("projectile_hit_verbs") and \
                (lemma_of(toks[k]) in shells or toks[k].norm in shells):
            # "Дві ракети влучили в будинок", "Ще дві КАБ впали" (an abbreviation has no part of
            # speech): the projectiles that hit are parts of one strike, the one told before
            # them, not two strikes of their own
            return True
        if toks[k].pos == "NOUN":
            if lemma_of(toks[k]) in people:
                return True
            # the unit must govern the trigger ("чотири години дуже предметних переговорів"); "Дві
            # доби відбивався від штурму" tells how long, and its number stays a count
            return lemma_of(toks[k]) in lex.word_list("uncounted_nouns") and toks[i].pos == "NOUN" and \
                all(t.pos in ("ADJF", "PRTF", "ADVB") for t in toks[k + 1:i])
    return False


def counted_apposition(lex: Lexicon, doc: Document, sent: SentenceView, lo: int, i: int) -> bool:
    """"готуємо ще сім документів – двосторонніх угод": the noun after a dash renames a
    counted one (a number that is part of a date does not count)."""
    toks = doc.tokens
    lo = max(sent.lo, lo, i - 12)
    dashes = lex.word_list("visit_line_dashes")
    dash = next((m for m in range(i - 1, lo - 1, -1) if toks[m].norm in dashes), None)
    if dash is None:
        return False
    dated = [(t.start, t.end) for t in sent.timexes]
    return any(is_number(toks[m]) and not any(a <= toks[m].start < b for a, b in dated)
               for m in range(lo, dash) if toks[m].is_word)


def people_origin(lex: Lexicon, toks, k: int, lo: int) -> bool:
    """"Лікарі з Ізраїлю", "волонтери з Литви, які привезли генератори": the name at token k
    only says where people doing a job come from (a lower-case animate noun before "з"), and the
    state it names is no party to what they do; its envoys and leaders ("посол з Литви",
    `partner_nouns`, `envoy_nouns`) act for it, and "друзі з Польщі, Латвії" are those states
    (`home_friend_nouns`)."""
    if k - 2 < lo or toks[k - 1].norm not in lex.word_list("origin_prepositions"):
        return False
    people = toks[k - 2]
    if not (people.pos == "NOUN" and (people.text.islower() or k - 2 == lo) and "anim" in (people.tags or ())):
        return False
    lemma = people.lemma or ""
    return lemma not in lex.word_list("partner_nouns") and lemma not in lex.word_list("envoy_nouns") \
        and lemma not in lex.word_list("home_friend_nouns")


def _private_body_after(lex: Lexicon, toks, m: int, hi: int) -> bool:
    """"Президент компанії", "представник футбольного клубу": the role word heads or speaks for
    a firm, a club or a society (`private_body_nouns`, a lowercase genitive past at most two
    adjectives), no one of the home side."""
    k = m + 1
    while k < min(hi, m + 3) and toks[k].pos in ("ADJF", "PRTF"):
        k += 1
    return k < hi and toks[k].text[:1].islower() and \
        any(p.tag.case == "gent" for p in parses(toks[k].text)) and \
        lemma_of(toks[k]) in lex.word_list("private_body_nouns")


def foreign_origin(lex: Lexicon, doc: Document, m: int, hi: int) -> bool:
    """"делегація бізнесменів з Кореї", "група депутатів із Бундестагу": a role word whose
    own phrase says where its people come from is someone else's, even when that name is known
    to no knowledge base; standing for the home side would put a wrong actor in the chronicle,
    which is worse than none. So is a party to a trial ("сторона захисту", "сторона
    обвинувачення"). So is a role word whose owner is named right after it ("За даними армії
    США, ...", "речник уряду Ізраїлю"): that state or body is whose it is, and when the owner is
    the home side it is named, so the home side need not be guessed for it."""
    toks = doc.tokens
    # ("сторона захисту оскаржить ухвалу": a party to a trial, no state's side)
    if m + 1 < hi and lemma_of(toks[m + 1]) in lex.word_list("trial_sides"):
        return True
    if m + 1 < hi and any(x.start == toks[m + 1].start and x.type in ("LOC", "ORG") for x in doc.mentions):
        return True
    if _private_body_after(lex, toks, m, hi):
        return True
    for k in range(m + 1, min(hi - 1, m + 5)):
        if toks[k].norm in lex.word_list("origin_prepositions"):
            return toks[k + 1].text[:1].isupper()
        if lemma_of(toks[k]) in lex.word_list("several_states_nouns") and toks[k].case == "gent" and \
                toks[k].number == "plur":
            return True       # "представники понад 90 держав", "лідери країн-партнерів"
        if toks[k].norm in lex.word_list("quantity_words") or toks[k].text[:1].isdigit():
            continue          # ("понад 90 держав": the count before them)
        if not toks[k].is_word or toks[k].pos not in ("NOUN", "ADJF", "PRTF", "NUMR", None):
            return False
    return False

"""A meeting noun that only frames the act its clause tells ("На переговорах українську сторону
представляв ...", "Під час розмови ми обговорили ...", "У розмові Президент поінформував ...")
names the meeting the document told just before, not a second one: it has no partner, name or
time of its own. Marked here, the merging joins it to that meeting whoever its clause names
(the people of the clause were at that meeting), so one happening stays one event.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases, _finite
from ..grammar.governing import past_modifiers, preposition_ending
from ..lexicon.compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of

MODIFIER_POS = ("ADJF", "PRTF", "NPRO")


def frames_clause(lex: Lexicon, doc: Document, sent: SentenceView, i: int, j: int,
                  clause: tuple[int, int], type_: str) -> bool:
    """The trigger noun at i..j stands in a frame phrase ("на", "під час", "у" before it, over
    modifiers) that hangs on the clause, not on a noun before it, and neither its own phrase nor its clause names a partner after "з", a name
    hung on it ("на саміті НАТО") or a time ("на переговорах 3 березня")."""
    toks = doc.tokens
    if type_.lower() not in lex.word_list("frame_types") or toks[i].pos != "NOUN":
        return False
    m = i - 1
    while m >= sent.lo and toks[m].pos in MODIFIER_POS:
        m -= 1
    frames = lex.word_list("frame_prepositions")
    one = toks[m].norm if m >= sent.lo else ""
    two = f"{toks[m - 1].norm} {one}" if m - 1 >= sent.lo else ""
    if two not in frames and not (one in frames and "loct" in _cases(toks[i].text)) and \
            one not in lex.word_list("frame_prepositions_gent"):
        return False              # ("на переговорах" is where; "на переговори" is where to)
    at = m - 1 if two in frames else m
    if at - 1 >= sent.lo and toks[at - 1].lemma in lex.contexts.get("participation", ()):
        return False              # "взяв участь у засіданні": the gathering taken part in is the
                                  # clause's own happening, not the frame of another act
    if at - 1 >= sent.lo and toks[at - 1].pos == "NOUN" and toks[at - 1].case not in ("nomn", "datv", None):
        return False              # "голова делегації на переговорах": the phrase hangs on a noun
                                  # (not a dative: "сказав журналістам після переговорів")
    lo, hi = clause
    lo_char, hi_char = toks[lo].start, toks[hi - 1].end
    # (a date inside a quote the clause's speech verb reports is the speaker's, not the frame's:
    # "«Зустрінемося до кінця серпня», – сказав він після переговорів")
    quoted = [(q.start, q.end) for q in doc.quotes if not q.start <= toks[i].start < q.end]
    if any(lo_char <= x.start < hi_char and not any(a <= x.start < b for a, b in quoted) for x in sent.timexes):
        return False
    # the trigger's own genitive phrase names no one ("на саміті НАТО", "під час зустрічі лідерів G7")
    n = j
    while n < hi and toks[n].pos in ("NOUN", "ADJF", "PRTF", "NPRO", None) and toks[n].case in ("gent", None) \
            and toks[n].is_word:
        n += 1
    if any(toks[i].start <= a.start < toks[n - 1].end for a in sent.args) if n > i else False:
        return False
    partner = lex.word_list("partner_prepositions")
    named = [x for x in range(lo, hi)
             if toks[x].norm in partner and any(toks[x].end <= a.start < (toks[x + 3].end if x + 3 < hi else hi_char)
                                                for a in sent.args)]
    return not named or _met_within_visit(lex, doc, sent, i, n, named)


def _met_within_visit(lex: Lexicon, doc: Document, sent: SentenceView, i: int, n: int, named: list[int]) -> bool:
    """"Під час візиту він зустрівся з Президентом": the partner is the verb's, met within the
    visit told before, so the visit noun still points back at that visit; not so for a
    gathering ("Під час саміту зустрівся з Сунаком" is a talk of its own held there) nor for a
    visit the phrase names anew ("Під час візиту до Польщі ..." names where it went)."""
    toks = doc.tokens
    if lemma_of(toks[i]) not in lex.word_list("visit_frame_nouns"):
        return False
    verb = next((k for k in range(n, min(named)) if toks[k].pos == "VERB" and toks[k].tense), None)
    if verb is None:
        return False              # "під час візиту з прем'єром": the noun's own partner
    # ("візиту до Польщі": a name in a phrase hung on the noun; "Президент Литви зустрівся" is
    # the verb's subject)
    return not (toks[n].pos == "PREP" and any(toks[n].end <= a.start < toks[min(n + 3, verb)].end for a in sent.args))


def points_back(doc: Document, lo: int, m: int, i: int) -> bool:
    """The pointing word at m ("цей", "такий") points the trigger at i back at a happening told:
    it stands on the trigger noun over its modifiers or a copula ("цих переговорів", "Це була
    змістовна розмова"), or before a verb outside a phrase of its own. "Крім того, говорив з
    Моді" and "після цього провів переговори" go on to another happening: the word belongs
    to a connective ("крім того"), cut off by a comma or led by a preposition."""
    toks = doc.tokens
    between = toks[m + 1:i]
    if any(not t.is_word for t in between):
        return False
    if toks[i].pos == "NOUN":
        return all(t.pos in ("ADJF", "PRTF", "ADVB") or lemma_of(t) == "бути" for t in between)
    return not (m > lo and toks[m - 1].pos == "PREP")


def visit_frame_before(lex: Lexicon, doc: Document, sent: SentenceView, lo: int, i: int) -> tuple[bool, str | None]:
    """"Під час поїздки він зустрівся з Президентом", "Під час перебування у Києві прем'єр
    зустрівся ...": a phrase of a visit ("під час" over a visit noun, which need be no trigger of
    its own) opens the clause of the meeting verb at i, so the meeting took place within a visit
    told before. Returns whether it does and the place the phrase names, for the merging to
    check against that visit's place ("Під час візиту до Польщі" is no visit to Berlin)."""
    toks = doc.tokens
    frames = lex.word_list("visit_frame_prepositions")
    nouns = lex.word_list("visit_frame_nouns")
    for k in range(lo + 2, i):
        if lemma_of(toks[k]) in nouns and f"{toks[k - 2].norm} {toks[k - 1].norm}" in frames:
            if k + 2 < i and toks[k + 1].pos == "PREP":
                place = next((a.entity for a in sent.args if toks[k + 1].end <= a.start < toks[k + 2].end + 1
                              and doc.entities.get(a.entity) is not None and doc.entities[a.entity].type == "LOC"), None)
                return True, place
            return True, None
    return False, None


def after_phrase(lex: Lexicon, doc: Document, lo: int, i: int) -> bool:
    """The trigger noun at i stands in a phrase of what followed a happening ("після переговорів",
    "за підсумками розмови з прем'єром", over modifiers): what the clause expects or plans comes
    after it, so the happening itself took place; the clause's future ("Після переговорів
    Німеччина оголосить пакет") is no plan of a second meeting."""
    toks = doc.tokens
    m = past_modifiers(toks, i, lo, MODIFIER_POS)
    return preposition_ending(toks, m, lo, lex.word_list("after_prepositions")) is not None


def during_done(lex: Lexicon, doc: Document, lo: int, hi: int, i: int) -> bool:
    """The trigger noun at i stands in a phrase of time over it ("під час розмови з Макроном",
    "у ході зустрічі", over modifiers: `visit_frame_prepositions`) and its clause's finite
    verbs (lo..hi) are all in the past: the act the clause tells was done within that talk, so
    the talk took place, whatever the act plans ("Під час розмови Ердоган запропонував провести
    нові переговори": the talks proposed are to come, the call is done)."""
    toks = doc.tokens
    m = past_modifiers(toks, i, lo, MODIFIER_POS)
    if preposition_ending(toks, m, lo, lex.word_list("visit_frame_prepositions"), single=False) is None:
        return False
    tenses = {toks[k].tense for k in range(lo, hi) if k != i and _finite(toks[k])}
    return tenses == {"past"}


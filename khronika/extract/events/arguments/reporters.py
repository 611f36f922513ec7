"""Who tells of a happening takes no part in it: the source a line is credited to ("Генштаб:"),
a verb or noun of reporting, recording or investigating whose object the trigger is, a
fronted "Як повідомив ..." clause, and where the trigger noun's own phrase ends (what still
names the striker inside a report).
"""
from __future__ import annotations

from ....document import Document
from ....kb import get_kb
from ..grammar.clauses import _can_be, _finite
from .states import state_of
from ..lexicon.compiled import Lexicon
from ..triggers.finder import SentenceView, lemma_of


def source_header(lex: Lexicon, doc: Document, sent: SentenceView, args: list, i: int) -> set[str]:
    """The names a line opens with before a colon ("Генштаб:", "ОВА:", "Сибіга:", "Мер Львова
    Садовий:") when the trigger stands after the colon: the source the line is credited to.
    Only names, the words of an office (`source_titles`) and abbreviations may stand there, so
    that a line opening with the happening itself ("Удар по Харкову: ...") names no source."""
    toks = doc.tokens
    colon = next((m for m in range(sent.lo, min(sent.hi, sent.lo + 8)) if toks[m].norm == ":"), None)
    if colon is None or i <= colon or colon == sent.lo:
        return set()
    lo, hi = toks[sent.lo].start, toks[colon].start
    named = [a for a in args if lo <= a.start < hi]
    titles = lex.word_list("source_titles")

    def credited(t) -> bool:
        return any(a.start <= t.start < a.end for a in named) or lemma_of(t) in titles or \
            (len(t.text) > 1 and t.text.isupper())
    # every word before the colon belongs to a name, an office or an abbreviation
    if not named or any(t.is_word and not credited(t) for t in toks[sent.lo:colon]):
        return set()
    return {a.entity for a in named}


def header_sides(lex: Lexicon, doc: Document, sent: SentenceView, args: list, i: int,
                 actors: list[str], recipients: list[str]) -> tuple[list[str], list[str]]:
    """"Генштаб: уражено НПЗ у Саратові", "Голова ОВА: внаслідок обстрілу поранено двох": the
    person or body a line is credited to tells of the happening and is on no side of it. It
    leaves the actors only when the clause names who did it (else the report's own source may
    be the doer: "Генштаб: ЗСУ..." keeps ЗСУ); it is never what was hit. A town before the
    colon ("Харків: ...") is the line's label of the place hit, not its source, and stays."""
    header = source_header(lex, doc, sent, args, i)
    if not header:
        return actors, recipients
    towns = {a.entity for a in args if (a.etype or "") == "LOC"}
    if any(x not in header for x in actors):
        actors = [x for x in actors if x not in header]
    recipients = [x for x in recipients if x not in header or x in towns]
    return actors, recipients


def dateline_end(doc: Document, sent: SentenceView) -> int | None:
    """"Дніпро, 9 березня – ...", "КИЇВ, 9 березня (Укрінформ) – ...": an agency line opens
    with the town it is filed from, the date and the agency, up to a dash; none of them takes
    part in what the line tells. The offset where that opening ends, or None."""
    toks = doc.tokens
    first = toks[sent.lo]
    place = next((a for a in sent.args if a.start == first.start and (a.etype or "") == "LOC"), None)
    if place is None:
        return None
    dash = next((m for m in range(sent.lo + 1, min(sent.hi, sent.lo + 16)) if toks[m].norm in ("–", "—", "-")), None)
    if dash is None:
        return None
    dated = [t for t in sent.timexes if place.end <= t.start < toks[dash].start]
    if not dated or doc.text[place.end:dated[0].start].strip() not in (",", ".", ""):
        return None
    return toks[dash].end


def witnessed(lex: Lexicon, doc: Document, cl, i: int) -> bool:
    """The trigger noun is what a verb or noun of reporting, recording or investigating
    (`witness_words`) is about: that verb's subject tells of the happening. So is a strike one
    voices concern or outrage over (`concern_words`: "Японія висловила занепокоєння ударами по
    Києву"): a state that is troubled by strikes is no party to them."""
    words = lex.word_list("witness_words") | lex.word_list("concern_words")
    toks = doc.tokens
    if cl.governor is not None and lemma_of(toks[cl.governor]) in words:
        return True
    return any(lemma_of(toks[m]) in words for m in range(max(cl.lo, i - 5), i))



def reporting_states(lex: Lexicon, doc: Document, sent, cl, args: list) -> set[str]:
    """The states of whoever reports the trigger's "що" clause ("У Міноборони РФ заявили,
    що ..."): the names before the reporting verb in the sentence."""
    toks = doc.tokens
    edge = cl.left_edge
    if edge is None or toks[edge].norm != "що" or edge - 2 < sent.lo or toks[edge - 1].norm != "," or \
            lemma_of(toks[edge - 2]) not in lex.word_list("report_governors"):
        return set()
    verb = toks[edge - 2]
    return {_state(a.entity, doc.date) for a in args if sent.start <= a.start < verb.start}


def _state(eid: str, date) -> str:
    """The state a person acts for, or the one a body or place belongs to ("Міноборони РФ" ->
    Russia)."""
    return state_of(eid, date) or get_kb().country(eid) or eid


def judged(lex: Lexicon, doc: Document, cl, i: int) -> bool:
    """The trigger noun is the object of a verb of judging or commenting ("Пєсков назвав
    зустріч корисною", "оцінив переговори"): the one who judges tells of the happening and
    takes part in it only where its own phrase names him."""
    judging = lex.word_list("judging_verbs")
    # ("..., назвавши удар наслідком роботи ППО": an adverbial participle of judging opens the
    # trigger's clause)
    return cl.governor is not None and cl.governor < i and lemma_of(doc.tokens[cl.governor]) in judging or \
        cl.left_edge is not None and cl.left_edge < i and doc.tokens[cl.left_edge].pos == "GRND" and \
        lemma_of(doc.tokens[cl.left_edge]) in judging or reacted_to(lex, doc, cl, i)


def reacted_to(lex: Lexicon, doc: Document, cl, i: int) -> bool:
    """The trigger noun is what a reaction is to: the object of a verb of reacting ("Угорщина
    розкритикувала цей візит"), or the cause after a noun of reacting ("висловила протест через
    угоду", "занепокоєння щодо цієї угоди"). Who reacts is no party to what it reacts to."""
    toks = doc.tokens
    if toks[i].pos != "NOUN":
        return False
    m = i - 1
    while m > cl.lo and toks[m].pos in ("ADJF", "PRTF", "NPRO"):
        m -= 1              # "цю", "нову", "підписану"
    if cl.governor is not None and cl.governor == m and lemma_of(toks[m]) in lex.word_list("reaction_verbs"):
        return True
    two = f"{toks[m - 1].norm} {toks[m].norm}" if m - 1 >= cl.lo else ""
    causes = lex.word_list("reaction_cause_prepositions") | lex.word_list("reaction_after_prepositions")
    if toks[m].norm not in causes and two not in causes:
        return False
    k = m - (2 if two in causes else 1)
    if k >= cl.lo and lemma_of(toks[k]) in lex.word_list("reaction_nouns"):
        return True
    # ("Через цю угоду Росія висловила протест": the cause fronted, the reaction in the clause)
    return any(lemma_of(toks[x]) in lex.word_list("reaction_nouns") for x in range(cl.lo, cl.hi)) or \
        cl.governor is not None and lemma_of(toks[cl.governor]) in lex.word_list("reaction_verbs")


def fronted_reporter(lex: Lexicon, doc: Document, cl, i: int, args: list) -> set[str]:
    """The names between a verb of reporting that opens the trigger's clause and the comma
    after them ("Як повідомив начальник ОВА, ...", "Як заявили в ОВА, ..."): the reporter."""
    toks = doc.tokens
    edge = cl.left_edge
    if edge is None and toks[cl.lo].norm == "як" and cl.lo + 1 < i and "Impe" in (toks[cl.lo + 1].tags or ()):
        edge = cl.lo + 1    # "Як повідомлено Генштабом, ...": an impersonal form ends no clause
    if edge is None or lemma_of(toks[edge]) not in lex.word_list("witness_words"):
        return set()
    comma = next((m for m in range(edge + 1, i) if toks[m].norm == ","), None)
    if comma is None:
        return set()
    return {a.entity for a in args if toks[edge].end <= a.start < toks[comma].start}



def phrase_end(doc: Document, cl, j: int) -> int:
    """Where the trigger noun's own phrase ends: at a verb, a comma or a conjunction."""
    toks = doc.tokens
    m = j
    while m < cl.hi and toks[m].is_word and not _finite(toks[m]) and toks[m].pos not in ("CONJ", "GRND"):
        if cl.governor is not None and m < cl.governor and toks[m].pos == "NOUN" and toks[m].case == "nomn" and \
                not _can_be(toks[m], "gent"):
            break           # "Через цю угоду Росія висловила протест": the verb's subject opens its own phrase
        m += 1
    return m

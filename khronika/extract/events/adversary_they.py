""""Вони" that stands for the adversary: "Окупанти заходять у села. Вони грабують будинки",
"Російські війська не жаліли нічого. ... За два місяці вони використали проти нас понад тисячу
ракет". The coreference layer sends a plural pronoun only to a demonym ("росіяни ... вони"); in
a report from the home side the adversary is more often named by a common word ("окупанти",
"російські військові"), and then its strikes, deportations and threats told with "вони" had no
doer.

Only the nearest plural noun in the nominative before the pronoun, under no preposition, within
the paragraph and two sentences back, is its antecedent; when that noun is anything but the
adversary ("Гуманітарні коридори ... – вони спрацювали", "нелюди – вони не готові", "політики
... Вони думали") the pronoun is left alone: better no doer than a wrong one.
"""
from __future__ import annotations

from ...document import Document
from ..morph import parses
from .clauses import tie_of
from .lexicon import Lexicon
from .names import Arg
from .sentence_view import SentenceView, lemma_of
from .states import home_entity

SENTENCES_BACK = 2


def _plural_subject(tok) -> bool:
    return any(p.tag.case == "nomn" and "plur" in p.tag for p in parses(tok.text))


def _under_preposition(doc: Document, m: int, lo: int, preps: frozenset[str]) -> bool:
    """"За два місяці", "до наших міст": the noun's phrase hangs on a preposition (over the
    numerals and adjectives before it, which `tie_of` does not cross)."""
    if tie_of(doc, m, lo, -1, preps).prep is not None:
        return True
    toks = doc.tokens
    k = m - 1
    while k >= lo and toks[k].pos in ("ADJF", "PRTF", "NUMR"):
        k -= 1
    return k >= lo and toks[k].norm in preps


def _adversary_phrase(lex: Lexicon, doc: Document, m: int, adversary: str) -> bool:
    """The noun at m names the adversary: an adversary word ("окупанти", "загарбники") or a
    word for forces after the adversary's adjective ("Російські війська", "російські військові")."""
    toks = doc.tokens
    if lemma_of(toks[m]) in lex.word_list("adversary_words"):
        return True
    if lemma_of(toks[m]) not in lex.word_list("adjective_parties"):
        return False
    k = m - 1
    while k >= 0 and toks[k].pos in ("ADJF", "PRTF"):
        if any(r.entity == adversary and r.kind in ("adjective", "demonym") and r.start <= toks[k].start < r.end
               for r in doc.refs):
            return True
        k -= 1
    return False


def adversary_they(lex: Lexicon, doc: Document, sent: SentenceView, args: list[Arg],
                   home: str | None) -> list[Arg]:
    """`args` with an adversary `Arg` on each "вони" of the sentence that stands for it."""
    adv_id = (lex.adversary or {}).get("id")
    if not (home and adv_id and "вони" in sent.lemma_set):
        return args
    toks = doc.tokens
    preps = lex.word_list("prepositions")
    sents = doc.sentences
    first = max(0, sent.index - SENTENCES_BACK)
    while first < sent.index and sents[first].paragraph != sent.para:
        first += 1
    extra: list[Arg] = []
    for k in range(sent.lo, sent.hi):
        t = toks[k]
        # (a ref the coreference layer gave it, to the nearest demonym, is set aside when the
        # nearest subject is the adversary: "Окупанти ... вбивають українців. Вони ...")
        if t.norm != "вони" or any(a.start <= t.start < a.end and a.kind != "pronoun" for a in args):
            continue
        found = None
        for s_i in range(sent.index, first - 1, -1):
            s_lo = sents[s_i].first_token
            top = k - 1 if s_i == sent.index else sents[s_i].last_token - 1
            for m in range(top, s_lo - 1, -1):
                w = toks[m]
                if w.norm == "вони" or not (w.pos == "NOUN" or
                                            lemma_of(w) in lex.word_list("adjective_parties")):
                    continue
                if not _plural_subject(w) or _under_preposition(doc, m, s_lo, preps):
                    continue
                found = m
                break
            if found is not None:
                break
        if found is not None and _adversary_phrase(lex, doc, found, adv_id):
            adv = home_entity(doc, lex, lex.adversary)
            if adv:
                extra.append(Arg(t.start, t.end, adv, "pronoun", "LOC"))
    if not extra:
        return args
    taken = {a.start for a in extra}
    return sorted([a for a in args if a.start not in taken] + extra, key=lambda a: a.start)

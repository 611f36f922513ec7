"""A happening named under "без": "Без санкцій агресор уже дійшов би до Дніпра", "Без
європейських санкцій Москва не зупиниться". The noun under the preposition (`without_prepositions`)
is what the rest of the sentence depends on, not something its subject does: the subject of
the main verb is no side of it (its own sides stand inside its phrase, "без санкцій Європи"),
unless it is a meeting or a joint act the subject takes part in ("Без переговорів з Путіним
Туреччина не зможе бути посередником"); and with a subjunctive "б"/"би" in the sentence it is
a condition of something that did not happen (`conditional`), not a happening told.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases, _finite
from ..lexicon.compiled import Lexicon
from .moods import subjunctive
from .status_turns import affirmed_without

# what a phrase under "без" holds: its nouns and adjectives in the genitive, prepositions of
# its own arguments ("без зустрічі з прем'єром") and the names after them
_PHRASE_POS = ("NOUN", "ADJF", "PRTF", "NPRO", "NUMR", "PREP", "CONJ")


def without_phrase(doc: Document, trig_i: int, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """The token span of the phrase under "без" that the trigger noun heads, or None."""
    toks = doc.tokens
    if toks[trig_i].pos != "NOUN":
        return None
    m = trig_i - 1
    while m > lo and toks[m].pos in ("ADJF", "PRTF", "NPRO", "NUMR"):
        m -= 1
    if m < lo or toks[m].norm not in lex.word_list("without_prepositions"):
        return None
    end = trig_i + 1
    while end < hi and toks[end].is_word and toks[end].pos in _PHRASE_POS and not _only_subject(toks[end]) and \
            toks[end].norm not in lex.word_list("subjunctive_particles"):
        end += 1
    return m, end


def _only_subject(t) -> bool:
    """A word that can only be a nominative ("Росія", not the genitive "США" of "без
    допомоги США"): the subject of the main clause, where the phrase ends."""
    return t.case == "nomn" and not (_cases(t.text) - {"nomn", "voct"})


def counterfactual(doc: Document, span: tuple[int, int], lo: int, hi: int, lex: Lexicon) -> bool:
    """A subjunctive ("б"/"би" next to a past verb, or before a negated one: "ми б не
    вистояли") in the sentence outside the phrase."""
    toks, neg = doc.tokens, lex.word_list("negators")
    particles = lex.word_list("subjunctive_particles")
    for m in range(span[1], hi - 2):
        if toks[m].norm in particles and toks[m + 1].norm in neg and toks[m + 2].pos == "VERB" and \
                toks[m + 2].tense == "past":
            return True
    return subjunctive(doc, span[1], hi, hi, lex) or subjunctive(doc, lo, span[0], span[0], lex)


def inside(doc: Document, args: list, span: tuple[int, int], names: list[str]) -> list[str]:
    """Those of `names` that stand inside the phrase under "без" (the main verb's subject and
    object are not the noun's: "Без санкцій Росія б захопила Київ" sanctions neither)."""
    toks = doc.tokens
    a0, a1 = toks[span[0]].start, toks[span[1] - 1].end
    own = {a.entity for a in args if a0 <= a.start < a1}
    return [x for x in names if x in own]


def manner_absence(lex: Lexicon, doc: Document, lo: int, hi: int, k: int, joint: bool = False) -> bool:
    """A trigger noun under "без" after the verb it qualifies ("отримати громадянство без
    відмови від свого", "ухвалили закон без обговорення", "відійшли без бою"): it names how
    something is done, an act that does not take place, unless the sentence is a counterfactual
    (`counterfactual` makes that one conditional instead)."""
    span = without_phrase(doc, k, lo, hi, lex)
    if span is None or counterfactual(doc, span, lo, hi, lex) or affirmed_without(doc, lo, span[0], lex):
        return False        # ("Не минуло жодної ночі без атак": the attacks came)
    toks = doc.tokens
    # (a predicate adjective or word before it too: "Мир неможливий без повернення дітей")
    preds = lex.word_list("possibility_predicates")
    if any(toks[m].pos in ("VERB", "INFN", "ADJS", "PRED") or "infn" in (toks[m].tags or ()) or
           (toks[m].lemma or toks[m].norm) in preds for m in range(lo, span[0])):
        return True
    # "Без санкцій Росія не зупиниться", "Без вторинних санкцій ефект залишатиметься обмеженим":
    # fronted before a verb of now or to come, the phrase names what is needed, a kind
    # (a meeting the subject would hold, "Без переговорів з Путіним Туреччина не зможе бути
    # посередником", stays: `joint`)
    main = next((m for m in range(span[1], hi) if _finite(toks[m])), None)
    return not joint and main is not None and toks[main].tense in ("pres", "futr")

"""The subject of a perfective gerund's happening. A gerund has no subject of its own in its
clause, so the clause roles of its trigger find none; the finite verb it leans on names it,
whether the gerund follows that verb ("Війська відступили з Херсона, підірвавши міст") or
opens the sentence before it ("Провівши переговори з Ердоганом, Зеленський повернувся до
Києва"). The trigger may be the gerund itself or the noun it takes as object ("оголосивши
новий пакет допомоги", "підписавши угоду"): the gerund tells that happening as done."""
from __future__ import annotations

from ....document import Document
from .roles import clause_roles
from ..grammar.clauses import _finite, telling_word

# what may stand between a gerund and the happening noun it takes ("оголосивши новий пакет")
_BETWEEN = ("ADJF", "PRTF", "NUMR", "ADVB", "PRCL")


def perfective_gerund(t) -> bool:
    return t.pos == "GRND" and "perf" in (t.tags or ())


def gerund_of(doc: Document, sent, i: int) -> int | None:
    """The perfective gerund that tells the trigger at token i: the trigger itself, or the
    gerund whose object the trigger noun is, with only modifiers between; else None."""
    return telling_word(doc.tokens, sent.lo, i, perfective_gerund, _BETWEEN)


def gerund_sides(lex, doc: Document, args, sent, i: int, type_: str,
                 recipients: list[str]) -> tuple[list[str], list[str]]:
    """"Війська відступили з Херсона, підірвавши міст", "керівництво Альянсу дало ..., відмовившись
    зробити": a gerund after its finite verb has that verb's subject, read as the verb's actors
    (its own objects stay its recipients); "Провівши переговори з Ердоганом, Зеленський
    повернувся": a gerund phrase that opens the sentence has the subject of the verb after its
    comma, who is then no receiver of the gerund's act ("Обстрілявши Херсон, окупанти ...": the
    occupiers shell, Kherson is shelled). Returns (actors, recipients)."""
    toks = doc.tokens
    g = gerund_of(doc, sent, i)
    if g is None:
        return [], recipients
    v = next((m for m in range(g - 1, sent.lo - 1, -1) if _finite(toks[m])), None)
    if v is None:
        # the phrase opens the sentence: the first finite verb after the comma that closes it
        comma = next((m for m in range(g + 1, sent.hi) if toks[m].norm == ","), None)
        if comma is None or any(toks[m].is_word for m in range(sent.lo, g)):
            return [], recipients
        v = next((m for m in range(comma + 1, sent.hi) if _finite(toks[m])), None)
        if v is None:
            return [], recipients
        main, _, _, _ = clause_roles(doc, args, v, v + 1, type_, lex, sent.lo, sent.hi, set())
        before = {a.entity for a in args if a.start < toks[comma].start}
        main = [x for x in main if x not in before]
        return main, [x for x in recipients if x not in main]
    if not any(toks[m].norm == "," for m in range(v + 1, g)):
        return [], recipients
    main, _, _, _ = clause_roles(doc, args, v, v + 1, type_, lex, sent.lo, sent.hi, set())
    return [x for x in main if x not in recipients], recipients


def opening_gerund_phrase(doc: Document, sent, i: int) -> tuple[int, int] | None:
    """"Обстрілявши Херсон, окупанти атакували дронами Берислав": a perfective gerund phrase
    that opens the sentence tells an act of its own, done before; the (start, end) chars of it,
    up to its comma, when the trigger at token i stands after that comma, else None. What it
    names is that act's, not a party of the verb after it."""
    toks = doc.tokens
    first = next((m for m in range(sent.lo, sent.hi) if toks[m].is_word), None)
    if first is None or not perfective_gerund(toks[first]) or i <= first:
        return None
    comma = next((m for m in range(first + 1, sent.hi) if toks[m].norm == ","), None)
    if comma is None or comma >= i:
        return None
    return toks[first].start, toks[comma].start

""""Словаччина припинила експорт пального до України": the state a halted supply went to.

A state that stops its exports or supplies to another as a measure sanctions that state (PLOVER
SANCTION: reduce or stop trade). The receiving state stands after "до" ("до Молдови"), past
the goods: it is the one cut off, not a place the halt is told of. "в/у" with the accusative
("експорт електроенергії в Молдову") is the same direction: the place read for it before the
sides are chosen is let go (`supply_destination`); "в Молдові" (locative) stays a place. Only a supply that goes out counts
(`outbound_supply` in lang/uk/events.yaml): "зупинили наступ до Дніпра" sends nothing, and
"імпорт нафти до США" names the importer, not a state cut off.
"""
from __future__ import annotations

from ..grammar.clauses import _cases, lemma_of_tok
from ..grammar.names import token_index_at
from .states import country_ids

# prepositions of where a supply goes; "в"/"у" only with the accusative (motion to)
_TO = ("до",)
_INTO = ("в", "у")


def supply_receiver(lex, toks, i: int, prep_at: int, prep: str | None) -> bool:
    """The name under `prep` at prep_at is where the supply halted by the trigger at i went: a
    word of `outbound_supply` stands between the trigger and the preposition ("припинила експорт
    дизельного пального до України", "постачання газу до Молдови")."""
    supply = lex.contexts.get("outbound_supply", frozenset())
    if prep in _INTO:
        # only a verb that halts the supply it governs ("зупинила експорт вугілля в Туреччину");
        # "ембарго на постачання нафти в Європу" is the importer's own ban, Europe not cut off
        # ("пригрозив припинити постачання електроенергії в Україну": a threat to halt it)
        first = i + 2 if i + 2 < prep_at and (toks[i + 1].pos == "INFN" or "infn" in (toks[i + 1].tags or ())) \
            else i + 1
        if prep_at + 1 >= len(toks) or "accs" not in _cases(toks[prep_at + 1].text) or \
                toks[i].pos != "VERB" or first >= prep_at or lemma_of_tok(toks[first]) not in supply:
            return False
    elif prep not in _TO:
        return False
    return any(lemma_of_tok(toks[m]) in supply for m in range(i, prep_at))


def supply_destination(lex, doc, args: list, i: int, lo: int, hi: int, used: set[int]) -> bool:
    """The place read for a halt at i ("припинила експорт електроенергії в Молдову") is where the
    supply went: the state cut off, to be a side, not the place of the halt."""
    toks = doc.tokens
    for a in args:
        if a.start in used:
            k = token_index_at(doc, a.start, lo, hi)
            if k is not None and k > lo and supply_receiver(lex, toks, i, k - 1, toks[k - 1].norm):
                return True
    return False


def barred_owners(lex, doc, args: list, i: int, lo: int, hi: int) -> list[str]:
    """"Євросоюз закрив небо для російських літаків", "закрити повітряний простір для
    білоруських авіакомпаній", "закрила кордон для громадян Росії", "для росіян": the state
    whose adjective stands on the craft or the people barred (a `barred_craft` or
    `barred_people` noun right after it), whose name follows them in the genitive, whose
    people are named by their demonym, or whose border with the closer is shut ("кордон з
    Білоруссю"), by the closing verb or noun at i, in tokens lo..hi."""
    toks = doc.tokens
    if lemma_of_tok(toks[i]) not in ("закрити", "закривати", "закриття"):
        return []
    barred = lex.contexts.get("barred_craft", frozenset()) | lex.contexts.get("barred_people", frozenset())
    borders = lex.contexts.get("border_posts", frozenset())
    out = []
    for a in args:
        k = token_index_at(doc, a.start, lo, hi)
        if k is None or k <= i:
            continue
        if a.kind in ("adjective", "demonym") and k + 1 < hi and lemma_of_tok(toks[k + 1]) in barred:
            out.append(a.entity)
        elif a.kind == "demonym" and toks[k - 1].norm == "для":
            out.append(a.entity)
        elif a.kind == "mention" and lemma_of_tok(toks[k - 1]) in barred and "gent" in _cases(toks[k].text):
            out.append(a.entity)
        elif a.kind == "mention" and a.entity in country_ids() and toks[k - 1].norm in ("з", "із", "зі") and \
                k - 2 > i and lemma_of_tok(toks[k - 2]) in borders:
            out.append(a.entity)    # "закрила кордон з Білоруссю": the neighbour shut out
    return out

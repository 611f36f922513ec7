"""What a verb of leaving leaves: "вийшла з угоди", "виходить із зернової угоди", "вихід із
Ради Європи" leave a pact or a body (a refusal of it, REJECT), while "вийшли з кризи",
"вийшов із зали", "вийшов із заявою" leave no pact. The sense is told by the grammar: the
preposition "з"/"із"/"зі" right after the trigger and the first noun after it, past its
adjectives, a genitive of `contexts.NAME` (an instrumental, "вийшов з ініціативою", is
what one comes out with, not what one leaves). Read by the `from_noun:NAME` need of
`lang/uk/events.yaml`. Troops that leave a named place ("вийшли з Дебальцевого") withdraw
from it, while "вийшли з укриття в Харкові" leaves a shelter: the place must be the first
word after the preposition (`left_place`), or the place a part of it names: "з правобережної
частини Херсонщини", "з околиць Києва" (`left_place_parts`: a part of a named place, never
a building or a shelter).
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.phrase_heads import head_after
from ..grammar.sentence_view import SentenceView, lemma_of

# the noun left stands within a few words of the preposition, past its adjectives
_WINDOW = 5


def from_noun(lex, doc: Document, sent: SentenceView, j: int, name: str) -> bool:
    """Token j is a "from" preposition (`left_prepositions`) and the first noun after it is a
    genitive word of contexts.NAME."""
    if j >= sent.hi or doc.tokens[j].norm not in lex.word_list("left_prepositions"):
        return False
    words = lex.contexts.get(name, frozenset())
    # ("із зернової угоди", "з цієї угоди": the words before the noun left)
    found = head_after(doc, sent, j, _WINDOW, ("ADJF", "PRTF", "NUMR", "NPRO"))
    if found is None:
        return False
    t, nouns = found
    if t.norm in words or (not nouns and lemma_of(t) in words):
        return True     # "з ОДКБ": a short name the dictionary does not know
    # (every reading: "Ради" reads first as a plural of "рад", then as "рада" in the genitive)
    return any("gent" in p.tag and p.normal_form in words for p in nouns)


def left_place(lex, doc: Document, sent: SentenceView, j: int) -> bool:
    """Token j is a "from" preposition (`left_prepositions`) and a place name in the genitive
    starts right after it: "з Дебальцевого", "із Херсона"."""
    if j + 1 >= sent.hi or doc.tokens[j].norm not in lex.word_list("left_prepositions"):
        return False
    return _place_at(sent, doc, j + 1) or _part_of_place(lex, doc, sent, j + 1)


def _place_at(sent: SentenceView, doc: Document, k: int) -> bool:
    """A place name in the genitive starts at token k."""
    t = doc.tokens[k]
    return any(a.start == t.start and (a.etype or "") == "LOC" for a in sent.args) and \
        any("gent" in p.tag for p in parses(t.text))


def _part_of_place(lex, doc: Document, sent: SentenceView, k: int) -> bool:
    """From token k: adjectives, a genitive noun of `left_place_parts` ("частини", "околиць"),
    adjectives again and a place name in the genitive: "з північної частини Харківщини"."""
    parts = frozenset(lex.word_list("left_place_parts"))
    seen_part = False
    for i in range(k, min(sent.hi, k + _WINDOW)):
        t = doc.tokens[i]
        if not t.is_word:
            return False
        if seen_part and _place_at(sent, doc, i):
            return True
        readings = parses(t.text)
        if not seen_part and any("gent" in p.tag and p.normal_form in parts
                                 for p in readings if p.tag.POS == "NOUN"):
            seen_part = True
            continue
        if any(p.tag.POS in ("ADJF", "PRTF") for p in readings):
            continue        # "правобережної", "Херсонської" before the noun or the name
        return False
    return False

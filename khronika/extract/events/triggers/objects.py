"""Trigger conditions read off the words right around a verb: what it holds, whose its object
is, whom it names.

"Провів Конгрес" holds a gathering, "провів реформу" none: a gathering noun counts only with a
verb of holding right before it (`held_by`).
"Литва закрила консульство Росії" is a sanction, "США закрили посольство в Києві" a state
shutting its own mission: the object counts only with its owner named in the object phrase
itself, as a genitive name or a state's adjective, not after a preposition (`owned_object`).
"Канада підтримує Україну" tells one party's support of another, "підтримує жорсткішу реакцію"
or "підтримують необхідність розслідування" a stance on a matter: the present verb counts only
with a named party as its object (`named_object`).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases
from ..lexicon.compiled import Lexicon

# how far after the verb the owned noun may stand ("закрила російський культурний центр")
OWNED_WINDOW = 4
# how far after the owned noun its genitive owner may stand ("консульство Російської Федерації")
OWNER_AFTER = 3


def _lemma(t) -> str:
    return (t.lemma or t.norm).lower()


def held_by(lex: Lexicon, doc: Document, lo: int, i: int, name: str) -> bool:
    """The word before the trigger, past its adjectives, is a verb of contexts.NAME."""
    words = lex.contexts.get(name, frozenset())
    m = i - 1
    while m >= lo and doc.tokens[m].pos in ("ADJF", "PRTF", "NUMR"):
        m -= 1
    return m >= lo and doc.tokens[m].pos in ("VERB", "INFN") and _lemma(doc.tokens[m]) in words


def owned_object(lex: Lexicon, doc: Document, args, lo: int, hi: int, j: int, name: str) -> bool:
    """A word of contexts.NAME right after the verb (past adjectives) whose owner, another
    state or body, stands in the same noun phrase: a name or an adjective between the verb and
    the noun, or a name in the genitive right after it, with no preposition in between."""
    toks = doc.tokens
    words = lex.contexts.get(name, frozenset())
    noun = None
    for k in range(j, min(hi, j + OWNED_WINDOW)):
        t = toks[k]
        if _lemma(t) in words or t.norm in words:
            noun = k
            break
        if not t.is_word or t.pos == "PREP":
            return False
    if noun is None:
        return False
    end = noun + 1
    while end < min(hi, noun + 1 + OWNER_AFTER) and toks[end].is_word and toks[end].pos != "PREP":
        end += 1
    lo_c, hi_c = toks[j].start, toks[end - 1].end
    return any(lo_c <= a.start < hi_c and (a.etype or "") in ("LOC", "ORG") for a in args)


def named_object(lex: Lexicon, doc: Document, args, lo: int, hi: int, i: int, j: int) -> bool:
    """The verb's direct object, right after it past adverbs, adjectives and a title ("пана
    Путіна"), is a name in the accusative; not after an object pronoun before the verb ("Коли
    нас підтримують Лондон, Белфаст": the names after it are the subject)."""
    toks = doc.tokens
    if i > lo and toks[i - 1].norm in lex.word_list("object_pronouns"):
        return False              # "нас підтримують Лондон, Белфаст": the name after is the subject
    for k in range(j, min(hi, j + 3)):
        t = toks[k]
        if not t.is_word or t.pos == "PREP":
            return False
        if any(a.start <= t.start < a.end for a in args):
            return "accs" in _cases(t.text)
        if t.pos not in ("ADVB", "ADJF") and t.norm not in ("пана", "пані"):
            return False
    return False

"""A sentence that goes on with the subject of the one before it left out: "Зеленський прибув
до Вашингтона. Провів переговори з Байденом." News tells a person's day this way; the verb's
past-tense gender names who it is, as a pronoun "він" would (extract/coref.py).

Only where nothing else could be the subject: the verb opens its sentence's first clause, no
name or noun that could be its subject stands anywhere in the sentence, the text is no
first-person statement (there the author is meant, speaker.py), and the sentence before names
a person of the verb's gender as the subject of its own verb.
"""
from __future__ import annotations

from ...document import Document
from ...kb import get_kb
from ..coref import person_gender
from .clauses import _cases, _finite, tie_of
from .lexicon import lexicon
from .names import args_in, token_index_at


def left_out_subject(doc: Document, sent, cl, preps: frozenset[str], in_quote: bool) -> str | None:
    """The person the clause's verb continues from the sentence before, or None."""
    toks = doc.tokens
    # the adverbs of what came next that open the sentence ("Потім", "Далі")
    sequence_words = lexicon().word_list("sequence_adverbs")
    if in_quote or cl.governor is None or cl.left_edge is not None or sent.index == 0:
        return None
    gov = toks[cl.governor]
    if gov.tense != "past" or gov.number == "plur" or gov.gender not in ("masc", "femn"):
        return None
    if any(_finite(toks[m]) for m in range(sent.lo, cl.governor)):
        return None
    # ("Сьогодні відбулася зустріч": a verb that takes no object has the noun after it as subject)
    intransitive = gov.text.endswith(("ся", "сь"))
    for m in range(sent.lo, sent.hi):
        t = toks[m]
        if m == cl.governor or not t.is_word or t.norm in sequence_words:
            continue
        if m < cl.governor and t.text[:1].isupper() and t.pos in ("NOUN", "NPRO", "ADJF", None) and \
                not (t.pos == "NPRO" and t.case is None):
            # ("Потім провів переговори", "Тоді зустрівся", "Далі відвідав": a word of time or
            # place that opens the sentence, the dictionary's caseless pronoun or a guessed
            # surname, is no subject)
            return None           # "Президент провів ...": a subject of its own
        if t.pos in ("NOUN", "NPRO") and t.gender == gov.gender and t.number != "plur":
            cases = _cases(t.text)
            if "nomn" in cases and (m < cl.governor or intransitive or "accs" not in cases):
                return None
    kb = get_kb()
    # the sentence before, or the one before that when the one between names no one
    # ("Зеленський зустрівся з Макроном. Обговорили постачання ППО. Також провів зустріч ...")
    for back in (1, 2):
        if sent.index - back < 0:
            return None
        prev = doc.sentences[sent.index - back]
        if prev.paragraph != sent.para:
            return None
        named = False
        for a in args_in(doc, prev.start, prev.end):
            ent = doc.entities.get(a.entity)
            if ent is None or a.kind not in ("mention", "role"):
                continue
            k = token_index_at(doc, a.start, prev.first_token, prev.last_token)
            if k is None or toks[k].case != "nomn" or \
                    tie_of(doc, k, prev.first_token, -1, preps).prep is not None:
                continue
            named = True
            if ent.type != "PER":
                continue
            if person_gender(kb, doc, a.entity) == gov.gender:
                return a.entity
        if named:
            return None
    return None

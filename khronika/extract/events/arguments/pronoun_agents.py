"""Whether a personal pronoun subject ("він", "вона", "вони") can be one who acts, read by its
antecedent: the nearest nominative noun before it, in its own sentence or the one before, that
agrees with it in gender or number.

Retold news and interviews name someone by a role and go on with a pronoun ("Посол сказав, що
... Він також закликав союзників ..."); the coreference layer links a pronoun only to a name, so
a verb that only someone can do ("закликати", "вимагати") found no one and was dropped. A thing
told before ("Ця реформа важлива. Вона вимагає змін") asks nothing: the antecedent must be a
person or a body of people (animate, or a noun of `agent_nouns`), or a name.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.sentence_view import lemma_of

# how far back the antecedent may stand (about the sentence before)
ANTECEDENT_WINDOW = 40
PERSONAL = {"він": "masc", "вона": "femn", "вони": "plur"}
SENTENCE_END = {".", "!", "?", "…"}


def _agrees(text: str, want: str) -> bool:
    for p in parses(text):
        if p.tag.POS == "NOUN" and p.tag.case == "nomn":
            if want == "plur" and p.tag.number == "plur":
                return True
            if want != "plur" and p.tag.number != "plur" and p.tag.gender == want:
                return True
    return False


def _after_preposition(toks, k: int) -> bool:
    """A noun governed by a preposition, past its adjectives ("на позачергове засідання")."""
    j = k - 1
    while j >= 0 and toks[j].pos in ("ADJF", "PRTF", "NUMR"):
        j -= 1
    return j >= 0 and toks[j].pos == "PREP"


def pronoun_agent(doc: Document, m: int, agents: frozenset[str]) -> bool:
    """For the personal pronoun at token m: True when its antecedent acts; False when it is a
    thing, when m is no personal pronoun or when no antecedent is found (the subject check
    asks only whether someone acts)."""
    toks = doc.tokens
    want = PERSONAL.get(toks[m].norm)
    if want is None:
        return False
    ends = 0
    for k in range(m - 1, max(-1, m - ANTECEDENT_WINDOW), -1):
        t = toks[k]
        if not t.is_word:
            if t.norm in SENTENCE_END:
                ends += 1
                if ends > 1:
                    break      # no further than the sentence before
            continue
        if t.pos != "NOUN" or not _agrees(t.text, want):
            continue
        if _after_preposition(toks, k):
            continue           # "зібралися на засідання": not a subject
        if t.text[:1].isupper() and k > 0 and toks[k - 1].norm not in SENTENCE_END:
            return True        # a name
        return "anim" in (t.tags or ()) or lemma_of(t) in agents
    return False

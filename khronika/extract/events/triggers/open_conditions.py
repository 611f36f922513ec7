"""A condition told of no one ("Якщо на одну з країн альянсу нападуть, інші країни мають надати
їй допомогу", "У разі, якщо люди не можуть отримати кошти ...", "якщо ембарго, то ембарго"):
a happening that may come to be, with no party and no place named, is a rule or a possibility
an explainer or a briefing states, and a reader of the chronicle finds no happening in it. A
condition with its parties ("Якщо Росія нападе, НАТО надасть допомогу") stays, conditional,
and so does a correlative comparison ("Чим довше тривають переговори, тим сильніший тиск"): it
speaks of a happening going on, not of a rule; only a sentence with a word of "if"
(`condition_words` in events.yaml) states a rule. A condition whose sentence names a party
elsewhere ("У разі нападу Росії санкції посилять": the attack is Russia's, the sanction has no
side of its own yet) is a warning to that party, no rule: only a sentence that names no one but
the home state (the subject of every law's "громадянин України") is told of no one; a proper
name no layer linked counts as someone.
"""
from __future__ import annotations

import re

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand


def _known_name(word: str) -> bool:
    """The knowledge base knows an entity by this form."""
    from ....kb import get_kb
    return bool(get_kb().lookup(word))


def named_conditions(lex: Lexicon, doc: Document, events: list[Cand]) -> list[Cand]:
    """The events, less the conditional ones that name no party and no place in a sentence
    with a word of "if"."""
    words = lex.word_list("condition_words")
    home = lex.home.get("id")
    homes = {home} | {e.id for e in doc.entities.values()
                      if lex.home.get("wikidata") and e.wikidata == lex.home.get("wikidata")}

    def names_someone(start: int, end: int) -> bool:
        """An entity other than the home state, or a proper name no layer linked ("ЄС
        запровадить обмеження, якщо ..."), stands in the sentence."""
        if any(start <= m.start and m.end <= end and m.entity and m.entity not in homes
               for m in [*doc.mentions, *doc.refs]):
            return True
        home_spans = [(m.start, m.end) for m in doc.mentions if m.entity in homes]
        words = [t for t in doc.tokens if start <= t.start and t.end <= end and t.is_word]
        # (a sentence's first word is capitalised anyway: a name there is one the knowledge
        # base knows, "Туреччина готова до переговорів, якщо ...")
        return any(t.text[:1].isupper() and not any(a <= t.start < b for a, b in home_spans)
                   and (n or (t.pos == "NOUN" and _known_name(t.text))) for n, t in enumerate(words))

    def rule(e: Cand) -> bool:
        if e.status != "conditional" or e.actors or e.recipients or e.place:
            return False
        sentence = doc.text[e.evidence[0]:e.evidence[1]].lower()
        return (any(w in words for w in re.findall(r"\w+", sentence))
                and not names_someone(*e.evidence))
    return [e for e in events if not rule(e)]

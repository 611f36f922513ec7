"""Whether a text presents a work (a film, a book, a series, a play, a game, a monograph), and
which of its events are the work's story rather than happenings of the report.

A review or a notice of a work retells its plot, and the plot is told with the words of
statecraft: "Герої стрічки відбивають атаки ворога", "у третьому сезоні президент вигаданої
країни оголошує мобілізацію", "Король оголошує війну сусідові", "Ворожі війська атакують
хвилями", a history book's "німецькі війська окупували Київ". The rules of the report read
"ворог" as the adversary and a bare "президент" as the home state's head, so such a sentence
puts a real state into a story's event: a wrong party, worse than none.

A text presents a work when it opens with a word of review ("Рецензія на ...", "Огляд гри:")
or uses at least `min_words` distinct words of works and their telling (a plot, characters,
viewers, a premiere, a season, a novel, a director; `work_text_words`), densely enough that the
work is what the text is about (`per_100_words_x10`: tenths of a word in every hundred). In such a text an event
stays only when a state, a body or a person is named in its sentence by a proper name of its
own or its people's name ("Держкіно профінансувало стрічку", "Прем'єр-міністр Канади подивився
фільм", "росіяни атакували Харків"): a party
the story's words only stand for (an adversary word, a role word, a country's adjective) or a
town where the story happens keeps no event. The words are data in events.yaml.
"""
from __future__ import annotations

from ....document import Document
from ..arguments.states import place_country
from itertools import compress

from ..grammar.sentence_view import doc_lemmas, doc_words, lemma_of
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand

_KEY = "_work_text"
OPENING_TOKENS = 3        # a review's opener stands among the text's first words


def _setting(lex: Lexicon, key: str) -> int:
    for item in lex.word_list("work_text"):
        k, _, v = str(item).partition(":")
        if k.strip() == key:
            return int(v)
    return 0


def work_text(lex: Lexicon, doc: Document) -> bool:
    """True when the text presents a work (see the module); found once per document."""
    known = doc.meta.get(_KEY)
    if known is None:
        known = doc.meta[_KEY] = _opens_review(lex, doc) or _work_words(lex, doc)
    return known


def _opens_review(lex: Lexicon, doc: Document) -> bool:
    openers = lex.word_list("work_text_openers")
    words = [t for t in doc.tokens[:OPENING_TOKENS * 2] if t.is_word][:OPENING_TOKENS]
    return any(lemma_of(t) in openers or t.norm in openers for t in words)


def _work_words(lex: Lexicon, doc: Document) -> bool:
    """`min_words` distinct words of works, and `per_100_words` of them in every hundred words:
    a text about a work, not an address or a report that names a film or a theatre once
    ("документальний фільм про Маріуполь", "ховалися в драмтеатрі")."""
    need, density = _setting(lex, "min_words"), _setting(lex, "per_100_words_x10") / 10.0
    if not need:
        return False
    words = lex.word_list("work_text_words")
    is_word = doc_words(doc)
    hits = list(filter(words.__contains__, compress(doc_lemmas(doc), is_word)))
    return len(set(hits)) >= need and 100.0 * len(hits) >= density * sum(is_word)


def named_parties(doc: Document, e: Cand) -> set[str]:
    """The parties of the event named in its sentence by a proper name or its people's name
    ("росіяни"), not towns: not those an adversary word, a role word, a country's adjective or
    a first person only stands for."""
    parties = set(e.actors) | set(e.recipients)
    towns = place_country()
    lo, hi = e.evidence
    named = [(m.entity, m.start) for m in doc.mentions] + \
        [(r.entity, r.start) for r in doc.refs if r.kind == "demonym"]
    return {x for x, at in named if x in parties and x not in towns and lo <= at < hi}


def unstoried_events(lex: Lexicon, doc: Document, events: list[Cand]) -> list[Cand]:
    """The events of a text that presents a work, less those of its story (see the module)."""
    if not events or not work_text(lex, doc):
        return events
    return [e for e in events if named_parties(doc, e)]

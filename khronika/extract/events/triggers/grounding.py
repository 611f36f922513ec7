"""Whether a document is a report of public affairs at all, and which events it cannot ground.

The trigger words of statecraft are everyday words too: a story's "Прошу тебе", "ми зустрілися
біля школи", "вона відмовилася від їжі", an essay's "вимагає уваги". In a news report such a
word names a happening of states, bodies and public figures because the report names them
all along; a story, a memoir or a textbook chapter names almost none of the states, bodies,
places and public people the knowledge base knows. There a trigger that names no such party,
no body and no place is the word's everyday sense, and a first person is the narrator, not the home
state (the home side a first person falls back to tells nothing of the genre, so it is no party
here). An event with a known party or a place stays in any text ("Японія пропонує кредит").

The genre is judged on a text long enough to show it (`grounding` in events.yaml: the fewest
characters, and the fewest knowledge-base mentions per thousand characters of a report); a
news brief of two sentences may name nobody and still report a happening.

A shorter text of trade, sport, science or private life may name a firm or a town the knowledge
base knows and still speak of no statecraft at all (statecraft_texts.py: no state, office, war
or arms word): there an event that names no party the knowledge base knows ("Клуби домовилися
про обмін гравцями", "Банк отримав кредит", "Поліція Києва затримала двох шахраїв") is the
word's everyday sense or a town's police news. So is a private offender's case told in a
sentence of a mixed text (statecraft_texts.py: private_case_step).
"""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..lexicon.trade_deals import known_party
from ..merging.merge import Cand
from .statecraft_texts import MIN_SENTENCES, private_case_step, statecraft_text
from .story_texts import story_text
from .work_texts import named_parties


def _setting(lex: Lexicon, name: str) -> float:
    """A number of the `grounding` settings ("min_chars:2000"), 0 when absent."""
    for item in lex.word_list("grounding"):
        key, _, value = item.partition(":")
        if key.strip() == name:
            return float(value)
    return 0.0


def ungrounded_text(lex: Lexicon, doc: Document) -> bool:
    """A text long enough to judge that names too few known states, bodies, places and public
    people to be a report of public affairs."""
    n = len(doc.text)
    if n < _setting(lex, "min_chars"):
        return False
    known = sum(1 for m in doc.mentions if (e := doc.entities.get(m.entity)) is not None and e.kb)
    return 1000.0 * known / n < _setting(lex, "per_1000_chars")


def _known_party(doc: Document, e: Cand, home: str | None) -> bool:
    """A party of the event the knowledge base knows (`known_party`: "Поліція Києва затримала
    двох шахраїв" names none), the home side only when it was named, not added as a first
    person's."""
    return known_party(doc, e, (home,) if e.home_only else ())


def grounded_events(lex: Lexicon, doc: Document, events: list[Cand], home: str | None) -> list[Cand]:
    """The events a text that is no report keeps: those with a known party, a body of public
    life the text names (a district council, an inspectorate, known or not) or a place."""
    if not events:
        return events
    if story_text(lex, doc):
        # (a story's characters, its places and the bodies it names are its own: only a
        # party the knowledge base knows stands for a happening of public affairs)
        return [e for e in events if known_party(doc, e, (home,))]
    if not statecraft_text(lex, doc):
        events = [e for e in events if _known_party(doc, e, home)]
    elif len(doc.sentences) >= MIN_SENTENCES:
        # (a mixed text: a private offender's case told in a sentence of its own; a sentence
        # given alone shows no genre, "Поліцейські затримали чоловіка, який обікрав храм", and
        # keeps the charge, as GUIDELINES lists accusations with no genre left out)
        events = [e for e in events if e.type not in ("ACCUSE", "COERCE") or _known_party(doc, e, home)
                  or not private_case_step(lex, doc, e.sent)]
    if not ungrounded_text(lex, doc):
        return events
    kept = []
    for e in events:
        # (only a party the sentence names stands for a happening of public affairs: a memoir's
        # "Британська авіація бомбить", a first person's "ми вам надамо допомогу" name none)
        parties = named_parties(doc, e) - {home}
        if e.place or any((x := doc.entities.get(p)) is not None and (x.kb or x.type == "ORG") for p in parties):
            kept.append(e)
    return kept

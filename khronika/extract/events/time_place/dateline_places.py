"""The town a report is filed from, at its head, is where what it tells happened when the
sentence names no place: "ХАРКІВ. Уночі ворог обстріляв житлові квартали", "Одеса, 3 квітня –
Росіяни атакували порт дронами". A regional site reports what happened in its town; the
dateline is the only place the text gives (GUIDELINES: the place, when the text says so).

Only a dateline that opens the document counts (a town heading a paragraph further on is a
list or an exclamation of the text), and only for happenings that take place somewhere
(`dateline_place_types` in events.yaml; a call is held from wherever each side is). The home
state's capital heads the national agencies' reports whatever the story ("КИЇВ, 3 березня
(Укрінформ) – ..."), so it places nothing. A sentence naming a place of its own, and a mention
that points back at a happening told, keep theirs: the merging gives them that happening's.
The dateline's date dates nothing (datelines.py).
"""
from __future__ import annotations

from ....document import Document
from ..arguments.reporters import dateline_end
from ..arguments.states import capitals, country_ids, place_country
from ..grammar.names import args_in
from ..grammar.sentence_view import SentenceView
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand


def dateline_town(lex: Lexicon, doc: Document) -> tuple[str, int] | None:
    """(the town, the offset its dateline ends at) when the document opens with one."""
    if not doc.sentences:
        return None
    first = SentenceView(doc, 0, lex)
    towns = [a for a in first.args if (a.etype or "") == "LOC" and a.kind == "mention"
             and a.entity in place_country() and a.entity not in country_ids()]
    if not towns or towns[0].start != doc.tokens[first.lo].start:
        return None
    town = towns[0]
    if capitals().get(town.entity) == (lex.home or {}).get("id"):
        return None
    end = dateline_end(doc, first)
    if end is not None:
        return town.entity, end         # "Одеса, 3 квітня – ..."
    if len(doc.sentences) > 1 and _town_alone(doc, first, town) and \
            not _town_alone(doc, second := SentenceView(doc, 1, lex), next(iter(second.args), None)):
        return town.entity, first.end   # "ХАРКІВ. Уночі ..." ("Херсон. Мелітополь. ...": a list)
    return None


def _town_alone(doc: Document, sent: SentenceView, name) -> bool:
    """The sentence is the name and a full stop."""
    if name is None or name.start != doc.tokens[sent.lo].start:
        return False
    return [t.text for t in doc.tokens[sent.lo:sent.hi] if t.start >= name.end] in ([], ["."])


def dateline_places(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Give the dateline's town to the candidates of placed types with no place of their own."""
    found = dateline_town(lex, doc)
    if found is None:
        return cands
    town, end = found
    types = lex.word_list("dateline_place_types")
    countries = country_ids()
    for c in cands:
        if c.place or c.type.lower() not in types or c.mode == "phone" or \
                c.anaphoric or c.demonstrative or c.frame_ref or c.ref_only or c.continues or \
                c.place_anaphor or c.possessive_ref or c.aggregate or c.heading or c.headline:
            continue
        lo, hi = max(c.evidence[0], end), c.evidence[1]
        if any((a.etype or "") == "LOC" and a.entity not in countries for a in args_in(doc, lo, hi)):
            continue                    # ("Також окупанти атакували Нікополь": a place of its own)
        c.place = town
    return cands

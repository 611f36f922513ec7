"""The entity layer: proper-name mentions linked to entities, and refs (roles, pronouns,
demonyms, country adjectives) resolved to them.

Modules, in the order a document goes through them: `recognizer` (the component: runs the
passes in order), one module per pass: `gazetteer` (KB names by longest match),
`shared_nouns` (names listed under one noun), `foreign_bodies` (bodies of other states),
`state_bodies` (a state's government or parliament by its kind's noun: "Уряд Канади"),
`first_names`, `body_short_forms`, `outside_kb` (the NER model for names the KB does not
know), `rivers` and `streets` (a place named after a river's or a street's noun), `things`
(weapons, aircraft, ships), `sport_clubs` (clubs by their own names), `eponyms` (things
named after a person: "план Маршалла"), `admin_units` (units the codifier lacks: a county, a
governorate, an abolished raion), `state_after_body` (a short body name and its state as one name);
`choosing` (which KB entity a surface names); `body_heads` (the words bodies' names open
with, read from the knowledge base).
`localnames` (document-local entities from NER spans, cut by `span_clauses` where the
sentence goes on) mixes in `span_admission`,
`local_people`, `local_things` and `span_context`; `nominative` (nominative forms of unknown
names), `state` (what one document run shares), `guards` (why a match is not the entity it
looks like: a first name is no town, a title no foreign surname, a quoted name no
officeholder). Refs are resolved by `khronika.extract.coref`.
"""
from __future__ import annotations

from .recognizer import EntityRecognizer
from .state import DocState, Lexicon, kb_entity

__all__ = ["DocState", "EntityRecognizer", "Lexicon", "kb_entity"]

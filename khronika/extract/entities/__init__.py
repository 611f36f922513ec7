"""The entity layer: proper-name mentions linked to entities, and refs (roles, pronouns,
demonyms, country adjectives) resolved to them.

Modules, in the order a document goes through them: `recognizer` (the component: KB
gazetteer, first names, then the NER model for names the KB does not know), `localnames`
(document-local entities from NER spans), `nominative` (nominative forms of unknown names),
`state` (what one document run shares), `guards` (why a match is not the entity it looks
like: a first name is no town, a title no foreign surname, a quoted name no officeholder). Refs are resolved by `khronika.extract.coref`.
"""
from __future__ import annotations

from .recognizer import EntityRecognizer
from .state import DocState, Lexicon, kb_entity

__all__ = ["DocState", "EntityRecognizer", "Lexicon", "kb_entity"]

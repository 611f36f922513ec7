"""What the entity and knowledge-base tests share: a text run through the entity layer (the
pipeline up to entities with the model swapped for the spans a test names, `pipe` and `run`;
the rules alone without the model, `layer` and `run_layers` or `rule_entities`; or the whole of `analyze`, `Analysed`),
and the few ways a test picks and shows the entities it checks (`mentions`, `role_refs`,
`people_names` ...).

One set here, not a copy in each test file: a test then reads as what it asserts, and a change
to how entities are read for a test is made once. Each file that analyses whole texts keeps its
own default date (the knowledge base resolves a name as of the document's date), so it binds
the readers it uses from `Analysed(DATE)`. The pipeline is imported when a test first runs a
text, not when pytest collects."""
from __future__ import annotations

import functools

import pytest

from ner_double import analyse_with_spans


# --- the entity layer alone (segment, morph, foreign, entities) --------------------------

@pytest.fixture(scope="module")
def pipe():
    """The pipeline up to the entity layer, one per test module (a file's tests share it)."""
    from khronika.pipeline import Pipeline
    from khronika.settings import Settings
    return Pipeline(Settings(pipeline=("segment", "morph", "foreign", "entities")))


def run(pipe, text, date, spans=()):
    """`text` through `pipe` as of `date`, the model proposing exactly `spans`."""
    return analyse_with_spans(pipe, text, date, spans)


def _rule_settings():
    from khronika.settings import Settings
    return Settings(options={"entities": {"ner": False}})


def rule_layers():
    """Segmentation, morphology and the entity rules without the statistical model."""
    from khronika.extract.entities import EntityRecognizer
    from khronika.extract.morph import Morphology
    from khronika.extract.segment import Segmenter
    rules = _rule_settings()
    return Segmenter(rules), Morphology(rules), EntityRecognizer(rules)


@functools.lru_cache(maxsize=1)
def _shared_rule_layers():
    """One set of rule layers for every `rule_entities` call of the session (building them
    loads the knowledge base's tables)."""
    return rule_layers()


@pytest.fixture(scope="module")
def layer():
    """The rule layers (segmenter, morphology, entity recognizer without the model), one per
    test module."""
    return rule_layers()


def run_layers(layer, text, date=None, ner=None):
    """`text` through the rule layers of `layer`; with `ner`, that stand-in proposes the
    model's spans for this one call."""
    from khronika.document import Document, parse_date

    seg, morph, ent = layer
    doc = Document(text=text, date=parse_date(date))
    seg(doc)
    morph(doc)
    if ner is not None:
        saved = ent._ner
        ent._ner = ner
        try:
            ent(doc)
        finally:
            ent._ner = saved
    else:
        ent(doc)
    return doc


def rule_entities(text: str, date: str):
    """`text` through segmentation, morphology and the entity rules without the statistical
    model, so a test of KB resolution sees what the knowledge base decides, not the tagger."""
    from khronika.document import Document, parse_date

    doc = Document(text=text, date=parse_date(date))
    for layer in _shared_rule_layers():
        layer(doc)
    return doc


# --- readers of a Document --------------------------------------------------------------

def mentions(doc):
    """(surface, entity id) of every mention, in text order."""
    return [(m.text, m.entity) for m in doc.mentions]


def typed_spans(doc):
    """(surface, type) of every mention, in text order."""
    return [(m.text, m.type) for m in doc.mentions]


def pairs(doc):
    """{(surface, entity id, type)} of every mention."""
    return {(m.text, m.entity, m.type) for m in doc.mentions}


def refs(doc, kind=None):
    """(surface, entity id) of the references, of one kind if `kind` is given."""
    return [(r.text, r.entity) for r in doc.refs if kind is None or r.kind == kind]


def role_refs(doc):
    """(surface, entity id) of the role words that point at an entity."""
    return refs(doc, "role")


def person_ids(doc):
    """The ids of the people among the document's entities."""
    return {e.id for e in doc.entities.values() if e.type == "PER"}


def people_names(doc):
    """id -> Ukrainian name of every person among the document's entities."""
    return {e.id: e.name_uk for e in doc.entities.values() if e.type == "PER"}


def place_names(doc):
    """id -> Ukrainian name of every place among the document's entities."""
    return {e.id: e.name_uk for e in doc.entities.values() if e.type == "LOC"}


def named_people(doc):
    """id -> Ukrainian name of the people the text names (not those a role word points at)."""
    named = {m.entity for m in doc.mentions if m.type == "PER"}
    return {e.id: e.name_uk for e in doc.entities.values() if e.id in named}


def person_mentions(doc):
    """(surface, entity id) of the mentions typed PER."""
    return [(m.text, m.entity) for m in doc.mentions if m.type == "PER"]


def linked(doc, surface):
    """The entity ids of the mentions whose surface is `surface`."""
    return [m.entity for m in doc.mentions if m.text == surface]


def surface_names(doc):
    """surface -> Ukrainian name of its entity."""
    return {m.text: doc.entities[m.entity].name_uk for m in doc.mentions}


def surface_names_types(doc):
    """surface -> (Ukrainian name of its entity, the mention's type)."""
    return {m.text: (doc.entities[m.entity].name_uk, m.type) for m in doc.mentions}


def found(doc):
    """(surface, entity id, Ukrainian name) of every mention, in text order."""
    return [(m.text, m.entity, doc.entities[m.entity].name_uk) for m in doc.mentions]


def json_by_id(doc):
    """id -> entity of a document's JSON output."""
    return {e["id"]: e for e in doc.to_json()["entities"]}


# --- readers of `analyze` (the whole pipeline), as of a file's default date ---------------

class Analysed:
    """The entities of `analyze(text, date)` read in the ways the tests read them; `date`
    defaults to the one the file's texts are set on."""

    def __init__(self, date: str):
        self.date = date

    def doc(self, text, date=None):
        from khronika.pipeline import analyze
        return analyze(text, date or self.date)

    def entities(self, text, date=None):
        """Every entity of the JSON output, in its order."""
        return self.doc(text, date).to_json()["entities"]

    def by_id(self, text, date=None):
        """id -> entity."""
        return {e["id"]: e for e in self.entities(text, date)}

    def named(self, text, date=None):
        """The entities the text names (those with a mention)."""
        return [e for e in self.entities(text, date) if e["mentions"]]

    def by_surface(self, text, date=None):
        """mention surface -> its entity, over the named entities."""
        return {m["text"]: e for e in self.named(text, date) for m in e["mentions"]}

    def of_type(self, text, typ, date=None):
        """The entities of type `typ`, in output order."""
        return [e for e in self.entities(text, date) if e["type"] == typ]

    def by_type(self, text, typ, date=None):
        """id -> entity, over those of type `typ`."""
        return {e["id"]: e for e in self.of_type(text, typ, date)}

    def spans(self, text, typ, date=None):
        """The text of every mention of an entity of type `typ`, as a set."""
        return {text[m["start"]:m["end"]] for e in self.of_type(text, typ, date)
                for m in e["mentions"]}

    def named_people(self, text, date=None):
        """id -> person, over the people the text names."""
        return {e["id"]: e for e in self.of_type(text, "PER", date) if e["mentions"]}

    def places(self, text, date=None):
        """id -> place."""
        return self.by_type(text, "LOC", date)

    def person_ids_by_name(self, text, date=None):
        """Ukrainian name -> id of every person."""
        return {e["name_uk"]: e["id"] for e in self.of_type(text, "PER", date)}

    def mention_pairs(self, text, date=None):
        """{(surface, entity id)} of every mention."""
        return {(m["text"], e["id"]) for e in self.entities(text, date) for m in e["mentions"]}

    def role_refs(self, text, date=None):
        """((surface, entity id) of the role words, the document)."""
        doc = self.doc(text, date)
        return role_refs(doc), doc

"""What the quote tests share: the pipelines they run (`pipe_fixture`), a text analysed as a
document of a day (`analysed`), and the few shapes in which a test reads the quotes it checks
(`heads`, `kinds_heads`, `spans`, `named_spans`, `described`, `texts`); `reader` joins the two
into the one call most files make ('quotes(pipe, text)').

One set here, not a copy in each test file (as tests/event_helpers.py does for events): a test
then reads as what it asserts, and a change to how quotes are read for a test is made once.
The pipeline is built when a test first asks for it, not when pytest collects; files that ask
for the same stages share one pipeline, so its models and data load once per run."""
from __future__ import annotations

import functools

import pytest

from khronika.document import Document, Entity, Mention, Ref

# The stages a quote test runs. Speakers over entities placed by hand (`build`) need only the
# core; marks and verbs alone need no entities; speakers need the
# entities; texts with foreign passages or media named in Latin script need `foreign` too.
CORE = ("segment", "morph")
MARKS = ("segment", "morph", "quotes")
NAMES = ("segment", "morph", "entities", "quotes")
FOREIGN = ("segment", "morph", "foreign", "entities", "quotes")


@functools.lru_cache(maxsize=None)
def pipeline(stages: tuple[str, ...]):
    """The pipeline of `stages`, built once per run."""
    from khronika.pipeline import Pipeline
    from khronika.settings import Settings
    return Pipeline(Settings(pipeline=stages))


def pipe_fixture(stages: tuple[str, ...]):
    """A module fixture `pipe` running `stages` ('pipe = pipe_fixture(NAMES)')."""
    @pytest.fixture(scope="module")
    def pipe():
        return pipeline(stages)
    return pipe


def analysed(pipe, text: str, date: str | None = None) -> Document:
    """`text` through `pipe` as a document of `date` (a document with no date when None)."""
    return pipe(Document(text, date=date))


def first_word(q) -> str:
    """The first word of a quote: enough to tell which of a text's quotes a test means."""
    return q.text.split()[0]


def heads(doc: Document, kind: str | None = None) -> list[tuple]:
    """(first word, speaker) of each quote (of `kind` only, when given)."""
    return [(first_word(q), q.speaker) for q in doc.quotes if kind is None or q.kind == kind]


def direct_heads(doc: Document) -> list[tuple]:
    """(first word, speaker) of each direct quote."""
    return heads(doc, "direct")


def kinds_heads(doc: Document) -> list[tuple]:
    """(kind, first word, speaker) of each quote."""
    return [(q.kind, first_word(q), q.speaker) for q in doc.quotes]


def spans(doc: Document) -> list[tuple]:
    """(whole text, speaker) of each quote, the speaker as the output has it."""
    return [(q.text, q.speaker) for q in doc.quotes]


def spans_or_none(doc: Document) -> list[tuple]:
    """(whole text, speaker) of each quote, an empty speaker as None."""
    return [(q.text, q.speaker or None) for q in doc.quotes]


def named_spans(doc: Document) -> list[tuple]:
    """(whole text, speaker's English name) of each quote; a speaker that is no entity of the
    document stays as its id."""
    names = {e.id: e.name for e in doc.entities.values()}
    return [(q.text, names.get(q.speaker, q.speaker)) for q in doc.quotes]


def heads_described(doc: Document) -> list[tuple]:
    """(first word, speaker, the words that describe the speaker) of each quote."""
    return [(first_word(q), q.speaker, q.speaker_text.text if q.speaker_text else None)
            for q in doc.quotes]


def texts(quotes, kind: str | None = None) -> list[str]:
    """The text of each quote (of `kind` only, when given)."""
    return [q.text for q in quotes if kind is None or q.kind == kind]


def reader(shape, day: str | None = None):
    """`read(pipe, text, date=day)`: `shape` of the quotes of `text` analysed as a document of
    `day` unless the test names another date (a file's tests mostly share one day)."""
    def read(pipe, text: str, date: str | None = day):
        return shape(analysed(pipe, text, date))
    return read


def quote_list(doc: Document) -> list:
    """The quotes themselves, for a test that reads more than one field of each."""
    return doc.quotes


def full_output(text: str, date: str) -> tuple[dict, set]:
    """The JSON output of `text` through the full pipeline as a document of `date`, and the ids
    of the persons in it (a test of speakers that must not name one)."""
    from khronika.pipeline import analyze
    d = analyze(text, date).to_json()
    return d, {e["id"] for e in d["entities"] if e["type"] == "PER"}


# The entities `build` can place in a text: id -> Entity. A test file adds the ones it needs
# with PEOPLE.setdefault.
PEOPLE = {
    "petrenko": Entity("petrenko", "Ivan Petrenko", "Іван Петренко", "PER"),
    "koval": Entity("koval", "Oksana Koval", "Оксана Коваль", "PER"),
    "melnyk": Entity("melnyk", "Andrii Melnyk", "Андрій Мельник", "PER"),
    "ukraine": Entity("ukraine", "Ukraine", "Україна", "LOC"),
    "mzs": Entity("mzs", "Ministry of Foreign Affairs", "МЗС", "ORG"),
    "kyiv": Entity("kyiv", "Kyiv", "Київ", "LOC"),
    "eu": Entity("eu", "European Union", "Європейський Союз", "ORG"),
}


def build(base, text, mentions=(), refs=()):
    """`text` through the core pipeline `base` with its entity layer placed by hand, so that a
    test of speakers does not depend on the entity extractor.
    mentions: (surface, entity, nth); refs: (surface, entity or None, kind, nth); nth counts
    the earlier occurrences of the surface to pass over (0 when left out)."""
    doc = base(Document(text))
    for surface, eid, *rest in mentions:
        start = _find(text, surface, rest[0] if rest else 0)
        doc.entities[eid] = PEOPLE[eid]
        doc.mentions.append(Mention(start, start + len(surface), surface, eid, PEOPLE[eid].type))
    for surface, eid, kind, *rest in refs:
        start = _find(text, surface, rest[0] if rest else 0)
        if eid:
            doc.entities[eid] = PEOPLE[eid]
        doc.refs.append(Ref(start, start + len(surface), surface, eid, kind))
    return doc


def _find(text, surface, nth):
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(surface, pos + 1)
    return pos


def speakers(doc):
    """(kind, speaker) of each quote the quote layer finds in a document built by hand."""
    from khronika.extract.quotes import extract_quotes
    return [(q.kind, q.speaker) for q in extract_quotes(doc)]

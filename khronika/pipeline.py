"""Components and the configured pipeline that runs them over a `Document`.

A component is a class registered with `@component(name, requires=..., provides=...)`.
It is built once per pipeline with the `Settings` (heavy data loads in `__init__` or lazily),
and called on each document to annotate it in place. The pipeline checks, when it is built,
that every requirement is provided by an earlier component, so a misconfigured order fails
with a clear message instead of producing empty layers.

Layer names used by the built-in components: `paragraphs`, `sentences`, `tokens`, `morph`,
`foreign`, `mentions`, `entities`, `refs`, `timexes`, `quotes`, `events`.
"""
from __future__ import annotations

import gc
import importlib
import time
from dataclasses import dataclass
from typing import Callable, Iterable, Protocol

from .document import Document, no_surrogates, parse_date
from .settings import Settings


class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> None: ...


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    factory: Callable[[Settings], Callable[[Document], None]]
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    module: str


_REGISTRY: dict[str, ComponentInfo] = {}

# Where the built-in components live: importing the module registers them. A plugin can
# register more with `@component` before building a pipeline.
BUILTIN_MODULES = {
    "segment": "khronika.extract.segment",
    "morph": "khronika.extract.morph",
    "foreign": "khronika.extract.foreign",
    "entities": "khronika.extract.entities",
    "timex": "khronika.extract.timex",
    "quotes": "khronika.extract.quotes",
    "events": "khronika.extract.events",
}


class PipelineError(ValueError):
    """A pipeline that cannot be built as configured."""


def component(name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = ()):
    """Register a component factory (a class taking `Settings`, or a function)."""
    def wrap(factory):
        _REGISTRY[name] = ComponentInfo(name, factory, tuple(requires), tuple(provides),
                                        getattr(factory, "__module__", "?"))
        factory.component_name = name
        return factory
    return wrap


def registered(name: str) -> ComponentInfo:
    if name not in _REGISTRY and name in BUILTIN_MODULES:
        try:
            importlib.import_module(BUILTIN_MODULES[name])
        except ModuleNotFoundError as exc:
            if exc.name != BUILTIN_MODULES[name]:
                raise             # the layer is there but an import inside it is broken: a bug
                                  # to show, never a layer quietly left out of every document
            # a built-in layer not written yet is reported, not a crash in the middle of a run
            raise PipelineError(f"component {name!r} is not available: {exc}") from exc
    if name not in _REGISTRY:
        known = sorted(set(_REGISTRY) | set(BUILTIN_MODULES))
        raise PipelineError(f"unknown component {name!r}; known: {', '.join(known)}")
    return _REGISTRY[name]


# Analysis allocates thousands of short-lived containers per document (tokens, lists, tuples)
# while the knowledge base, the models and the per-word caches keep ~650k long-lived ones.
# At CPython's default first-generation threshold (700 allocations) the collector ran about
# twice per document, and its older-generation passes over that heap cost ~10% of analysis
# CPU (bench_core corpus, 800 documents: 1.45 s of ~13 s; 0.5 s at 50,000). Analysed documents
# leave no reference cycles (0 unreachable objects after 59 documents): reference counting
# frees them, so collecting less often keeps no memory waiting. The threshold is the whole
# process's, so building a Pipeline does not touch it (a web server or a notebook that
# analyses now and then keeps its collector as it was): the processes whose work is analysis
# opt in, i.e. `khronika analyze`, `ingest` and `watch`, the Dask workers, the API's analysis
# processes and the benchmarks.
GC_THRESHOLD = 50_000


def collect_less_often() -> None:
    """Opt-in for a process whose main work is analysis: raise the collector's
    first-generation threshold to `GC_THRESHOLD` (never lower it, nor turn a disabled
    collector on). A library user analysing many documents may call it too."""
    t0, t1, t2 = gc.get_threshold()
    if 0 < t0 < GC_THRESHOLD:
        gc.set_threshold(GC_THRESHOLD, t1, t2)


class Pipeline:
    """The configured list of components. Build once, call on many documents (a process that
    does little else may also call `collect_less_often`)."""

    def __init__(self, settings: Settings | None = None, *, skip_missing: bool = True):
        self.settings = settings or Settings.from_env()
        self.components: list[tuple[ComponentInfo, Callable[[Document], None]]] = []
        self.skipped: list[str] = []
        self.timings: dict[str, float] = {}
        have: set[str] = set()
        for name in self.settings.active:
            try:
                info = registered(name)
            except PipelineError:
                if skip_missing and name in BUILTIN_MODULES and name not in ("segment", "morph"):
                    self.skipped.append(name)
                    continue
                raise
            missing = [r for r in info.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"component {name!r} needs {', '.join(missing)}, which no earlier component "
                    f"provides (pipeline: {', '.join(self.settings.active)})")
            self.components.append((info, info.factory(self.settings)))
            have.update(info.provides)
        self.provides = have

    @property
    def names(self) -> list[str]:
        return [info.name for info, _ in self.components]

    def __call__(self, doc: Document) -> Document:
        limit = self.settings.max_chars
        if limit and len(doc.text) > limit:
            doc.warnings.append(f"text cut to {limit} of {len(doc.text)} characters (KHRONIKA_MAX_CHARS)")
            doc.text = doc.text[:limit]
        clean = no_surrogates(doc.text)
        if clean is not doc.text:
            doc.warnings.append("lone surrogates in the text replaced by U+FFFD")
            doc.text = clean
        if doc.date is None:
            doc.warnings.append("no publication date: relative time expressions are left unresolved")
        for info, run in self.components:
            t0 = time.perf_counter()
            run(doc)
            self.timings[info.name] = self.timings.get(info.name, 0.0) + time.perf_counter() - t0
        return doc

    def preload(self) -> dict[str, float]:
        """Load now what components otherwise load on the first document that needs it (the
        NER model, lingua's models, the Russian dictionary and place names, the number
        grammar): a per-process cost, ~1 s CPU, that a long run pays once either way and a
        one-document call may never need. CPU seconds per component that has any."""
        spent: dict[str, float] = {}
        for info, run in self.components:
            load = getattr(run, "preload", None)
            if load is not None:
                c = time.process_time()
                load()
                spent[info.name] = time.process_time() - c
        return spent

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)


_DEFAULT: dict[str, Pipeline] = {}


def get_pipeline(settings: Settings | None = None) -> Pipeline:
    """A cached pipeline per settings, so library calls do not reload models every time."""
    settings = settings or Settings.from_env()
    key = repr(settings)        # options is a dict, so the settings are not hashable
    if key not in _DEFAULT:
        _DEFAULT[key] = Pipeline(settings)
    return _DEFAULT[key]


def analyze(text: str, date=None, *, id: str | None = None, title: str | None = None,
            url: str | None = None, settings: Settings | None = None,
            pipeline: Pipeline | None = None, author: str | None = None,
            speakers: list[str] | None = None) -> Document:
    """Analyse one text: the library's main entry, used by the CLI, the API and the store."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    doc = Document(text=text, id=id, date=parse_date(date), title=title, url=url)
    set_author(doc, author, speakers)
    return (pipeline or get_pipeline(settings))(doc)


def set_author(doc: Document, author=None, speakers=None) -> None:
    """Who wrote or spoke the text, when the input says: an "author" name is taken as given; a
    "speakers" list of one name (several name no one author) only where the text or the
    person's office bears it out (extract/author.py), since it may name a video's voice."""
    if isinstance(author, str) and author.strip():
        doc.meta["author"] = author.strip()
    elif isinstance(speakers, list) and len(speakers) == 1 and isinstance(speakers[0], str) \
            and speakers[0].strip():
        doc.meta["author"] = speakers[0].strip()
        doc.meta["author_from"] = "speakers"

"""The shipped CRF model: khronika tokens in, character spans out."""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from ..document import Document
from ..kb.matches import doc_matches
from ..lang.uk import load
from .consistency import propagate
from .features import POSITIONS, SMALL, doc_context, sentence_features, word_parts
from .gazetteer import default_gazetteer

MODEL_FILE = "model.crfsuite"


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "khronika"


def known_attributes(tagger, path: Path) -> frozenset[str]:
    """Attributes the model has a weight for. crfsuite's `info()` takes ~0.4 s, paid by
    every process that loads the model (each CLI call, each Dask worker), so the answer is
    kept in the user's cache under the model file's hash (a retrained model gets its own)."""
    digest = hashlib.sha1(path.read_bytes()).hexdigest()[:16]
    cached = cache_dir() / f"ner-{digest}.attrs.json"
    try:
        return frozenset(json.loads(cached.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    known = frozenset(a for a, _ in tagger.info().state_features)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(sorted(known), ensure_ascii=False), encoding="utf-8")
        tmp.replace(cached)         # atomic: a parallel worker reads all or nothing
    except OSError:
        pass                        # a read-only home: pay it each time
    return known


@lru_cache(maxsize=None)
def _name_abbreviations() -> frozenset[str]:
    return frozenset(load("core").get("name_abbreviations") or ())


def _initial_break(text: str, tokens, end: int) -> bool:
    """A sentence that ends "... Т ." right before a capitalised word on the same line was
    cut after an initial written apart from its dot (tokenised corpora: "Т . Бразельтон"), or
    after an abbreviation that opens a name ("вул . Франка", "ім . Т . Шевченка"; not after a
    number: "100 м . Далі" is metres)."""
    if end < 2 or end >= len(tokens):
        return False
    word, dot, nxt = tokens[end - 2], tokens[end - 1], tokens[end]
    if dot.text != "." or not nxt.text[:1].isupper() or "\n" in text[dot.end:nxt.start]:
        return False
    w = word.text
    if len(w) == 1 and w.isupper():
        return True
    return (w in _name_abbreviations()
            and not (end >= 3 and tokens[end - 3].text[:1].isdigit()))


def ner_sentences(doc) -> list[tuple[int, int]]:
    """Token ranges the model tags as one sequence: `doc.sentences`, with a sentence cut
    after a spaced initial or name abbreviation joined to the next (the name runs on in it)."""
    out: list[list[int]] = []
    for s in doc.sentences:
        if out and out[-1][1] == s.first_token and _initial_break(doc.text, doc.tokens, s.first_token):
            out[-1][1] = s.last_token
        else:
            out.append([s.first_token, s.last_token])
    return [(a, b) for a, b in out]


def bio_to_spans(tokens, labels: list[str]) -> list[tuple[int, int, str]]:
    """Character spans from BIO or BILOU labels; a stray I- (no B- before it) opens a span, and
    a span left with an open « takes the » that follows it ("ТОВ «Зоряна пряжа»")."""
    spans = []
    cur = None          # [first token, last token, type]

    def close():
        i, j, typ = cur
        next_closes = j + 1 < len(tokens) and tokens[j + 1].text == "»"
        if next_closes or (j > i and tokens[j].text == "»"):   # rare: count only then
            texts = [t.text for t in tokens[i:j + 1]]
            opened, closed = texts.count("«"), texts.count("»")
            if next_closes and opened > closed:
                j += 1
            elif texts[-1] == "»" and closed > opened and j > i:
                j -= 1  # a » that closes a quote opened before the name: "«Олімпійська освіта»"
        spans.append((tokens[i].start, tokens[j].end, typ))

    for k, lab in enumerate(labels):
        if lab == "O":
            if cur:
                close()
            cur = None
            continue
        tag, typ = lab.split("-", 1)
        if tag in ("I", "L") and cur and cur[2] == typ:
            cur[1] = k
        else:
            if cur:
                close()
            cur = [k, k, typ]
    if cur:
        close()
    return spans


class NerModel:
    """A python-crfsuite tagger over khronika tokens (one sentence at a time)."""

    # ~1.3 KB per word form; the forms met first are the frequent ones, so a full cache still
    # serves most tokens while a long run's memory stays bounded (~80 MB)
    CACHE_WORDS = 60_000

    def __init__(self, path: str | Path, gazetteer=None):
        """`gazetteer`: a `Gazetteer`; None takes the process-wide knowledge base's."""
        import pycrfsuite
        self.path = Path(path)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))
        self._known = known_attributes(self._tagger, self.path)
        self._cache: dict[str, tuple] = {}
        # per window position, the unprefixed features it has a weight for
        self._by_position = tuple(frozenset(a[len(pos):] for a in self._known if a.startswith(pos))
                                  for pos in POSITIONS)
        self._gaz = gazetteer if gazetteer is not None else default_gazetteer()

    def _word_features(self, word: str) -> tuple:
        """`features.word_features` restricted to attributes the model weighs, as UTF-8 bytes
        (cached per model: each word form is filtered and encoded once). Built from
        `word_parts` against the known attributes split by window prefix, so a neighbour's
        feature the model has no weight for (most of a rare word's) is never prefixed,
        encoded or kept in a cache of its own; same attributes, same order."""
        got = self._cache.get(word)
        if got is None:
            own, core = word_parts(word)
            known = self._known
            m1, p1, m2, p2 = self._by_position
            got = (tuple([x.encode() for x in own if x in known]),
                   tuple([("-1" + x).encode() for x in core if x in m1]),
                   tuple([("+1" + x).encode() for x in core if x in p1]),
                   tuple([("-2" + x).encode() for x in core if x in m2 and x.startswith(SMALL)]),
                   tuple([("+2" + x).encode() for x in core if x in p2 and x.startswith(SMALL)]))
            if len(self._cache) < self.CACHE_WORDS:
                self._cache[word] = got
        return got

    def tag_words(self, words: list[str], ctx=None, matches=None) -> list[str]:
        """BIO labels for one sentence of words; `ctx` is `features.doc_context`, `matches`
        the sentence's slice of `kb.matches.doc_matches` (looked up here when None)."""
        if not words:
            return []
        gaz = self._gaz.features(words, matches) if self._gaz is not None else None
        return self._tagger.tag(sentence_features(words, ctx, self._word_features, self._known,
                                                  gaz, encoded=True))

    def predict(self, doc: Document) -> list[tuple[int, int, str]]:
        """(start, end, type) spans into doc.text, type in PER/ORG/LOC/MISC, in text order.
        Needs doc.tokens/doc.sentences (the `segment` component); morphology is looked up
        from the cached analyser, so running `morph` first is not required."""
        spans: list[tuple[int, int, str]] = []
        tokens = doc.tokens
        ranges = ner_sentences(doc)
        sents = [tokens[a:b] for a, b in ranges]
        words = [[t.text for t in toks] for toks in sents]
        ctx = doc_context(words)
        # the entity layer has looked the KB names up already (kept in doc.meta)
        matches = doc_matches(doc, self._gaz.kb) if self._gaz is not None and \
            isinstance(getattr(doc, "meta", None), dict) else None
        labels = []
        for (a, b), toks, ws in zip(ranges, sents, words):
            if not toks or not any(t.is_word and t.text[:1].isalpha() for t in toks):
                labels.append(["O"] * len(ws))
                continue
            labels.append(self.tag_words(ws, ctx, matches[a:b] if matches is not None else None))
        # a name tagged in one sentence is tagged where it comes back untagged (`consistency`)
        for toks, labs in zip(sents, propagate(words, labels)):
            spans.extend(bio_to_spans(toks, labs))
        return spans

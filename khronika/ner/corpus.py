"""NER-UK 2.0 (brat standoff) read into khronika documents with token-level BIO labels.

Training goes through khronika's own segmenter so the model sees exactly the tokens it will
see at run time; gold character spans are projected onto those tokens.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..extract.segment import segment

TYPES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


@dataclass
class GoldDoc:
    id: str
    doc: Document
    spans: list[tuple[int, int, str]]     # gold (start, end, type), khronika types only


def read_ann(path: Path) -> list[tuple[int, int, str]]:
    """Entity spans of one .ann file. Lines that do not start with T are the second half
    of a surface broken over two lines; the T line's offsets already cover it."""
    spans = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        fields = " ".join(parts[1:4]).split() if len(parts) >= 4 else parts[1].split()
        if len(fields) < 3 or fields[0] not in TYPES:
            continue
        try:
            start, end = int(fields[1]), int(fields[-1])
        except ValueError:
            continue
        spans.append((start, end, TYPES[fields[0]]))
    return spans


def doc_ids(data_dir: Path) -> list[tuple[str, Path]]:
    """(id, path stem) of every document with both .txt and .ann, sorted by id."""
    out = []
    for ann in sorted(Path(data_dir).rglob("*.ann")):
        txt = ann.with_suffix(".txt")
        if txt.is_file():
            out.append((f"{ann.parent.name}/{ann.stem}", ann.with_suffix("")))
    return sorted(out)


def split(ids: list[str], holdout: float, seed: int = 0) -> tuple[set[str], set[str]]:
    """A fixed document split: ids ordered by a seeded hash, the first `holdout` share held
    out. Same data, same seed -> same split on any machine (no RNG state involved)."""
    ranked = sorted(ids, key=lambda i: hashlib.sha1(f"{seed}:{i}".encode()).hexdigest())
    n_hold = int(round(len(ranked) * holdout))
    return set(ranked[n_hold:]), set(ranked[:n_hold])


def load_doc(doc_id: str, stem: Path) -> GoldDoc:
    text = stem.with_suffix(".txt").read_text(encoding="utf-8")
    doc = Document(text=text, id=doc_id)
    segment(doc)
    return GoldDoc(doc_id, doc, read_ann(stem.with_suffix(".ann")))


def load_corpus(data_dir: Path) -> list[GoldDoc]:
    return [load_doc(i, stem) for i, stem in doc_ids(data_dir)]


def bio_labels(doc: Document, spans: list[tuple[int, int, str]]) -> list[str]:
    """BIO label per token. A token belongs to a span when it overlaps it; a span that
    crosses the boundary of a tagged sequence (`model.ner_sentences`) restarts with B- in
    the next; overlapping gold spans keep the first (longest) one."""
    from .model import ner_sentences
    labels = ["O"] * len(doc.tokens)
    seq = [0] * len(doc.tokens)
    for k, (a, b) in enumerate(ner_sentences(doc)):
        seq[a:b] = [k] * (b - a)
    starts = [t.start for t in doc.tokens]
    import bisect
    for start, end, typ in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        prev_sent = None
        while i < len(doc.tokens) and doc.tokens[i].start < end:
            tok = doc.tokens[i]
            if tok.end > start and labels[i] == "O":
                labels[i] = ("B-" if prev_sent != seq[i] else "I-") + typ
                prev_sent = seq[i]
            elif labels[i] != "O":
                if prev_sent is None:
                    break      # starts inside an earlier span: skip the nested one
            i += 1
    return labels


def sentences(doc: Document, labels: list[str] | None = None):
    """(token list, label list) per sequence the model tags (`model.ner_sentences`)."""
    from .model import ner_sentences
    for a, b in ner_sentences(doc):
        yield doc.tokens[a:b], (labels[a:b] if labels is not None else None)


def to_bilou(labels: list[str]) -> list[str]:
    """BIO -> BILOU: the last token of a span gets L-, a one-token span U- (a CRF learns
    span ends better when they have their own label)."""
    out = list(labels)
    for k, lab in enumerate(labels):
        if lab == "O":
            continue
        nxt = labels[k + 1] if k + 1 < len(labels) else "O"
        ends = not (nxt.startswith("I-") and nxt[2:] == lab[2:])
        if lab.startswith("B-") and ends:
            out[k] = "U-" + lab[2:]
        elif lab.startswith("I-") and ends:
            out[k] = "L-" + lab[2:]
    return out

""""Союзники" that the text names: the alliance they are allies in.

"Литва закликала союзників по НАТО передати зброю", "На саміті НАТО в Гаазі союзники погодили
витрати": the allies are named by the alliance after "по", or by the alliance whose gathering
frames their clause; they act, or are asked, as that alliance. A bare "союзники" ("Польща
звернулася до союзників"), or "наші союзники" (the speaker's partners, whoever they are), names
no one a reader could check: it is left alone, better no party than a guessed one. The words
are data (`ally_nouns`, `ally_possessives`, `attended_gatherings` and `frame_openers` in
lang/uk/events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.names import Arg
from ..grammar.sentence_view import SentenceView, lemma_of
from ..lexicon.compiled import Lexicon


def _plural(text: str) -> bool:
    return any("plur" in p.tag for p in parses(text))


def _body_at(doc: Document, args: list[Arg], m: int) -> str | None:
    """The body (an ORG) whose name starts at token m."""
    a = next((a for a in args if a.start == doc.tokens[m].start and a.kind == "mention"), None)
    ent = doc.entities.get(a.entity) if a is not None else None
    return a.entity if ent is not None and ent.type == "ORG" else None


def _framing_body(lex: Lexicon, doc: Document, sent: SentenceView, args: list[Arg], k: int) -> str | None:
    """The one body whose gathering opens the sentence before token k ("На саміті НАТО ...")."""
    toks = doc.tokens
    openers = lex.word_list("frame_openers")
    gatherings = lex.word_list("attended_gatherings")
    found = set()
    for m in range(sent.lo + 1, k - 1):
        if lemma_of(toks[m]) in gatherings and (toks[m - 1].norm in openers or
                                                (m - 2 >= sent.lo and f"{toks[m - 2].norm} {toks[m - 1].norm}" in openers)):
            body = _body_at(doc, args, m + 1)
            if body is not None:
                found.add(body)
    return next(iter(found)) if len(found) == 1 else None


def allied_bodies(lex: Lexicon, doc: Document, sent: SentenceView, args: list[Arg]) -> list[Arg]:
    """`args` with an `Arg` for the alliance each "союзники" of the sentence is named by."""
    allies = lex.word_list("ally_nouns")
    if not allies & sent.lemma_set:
        return args
    toks = doc.tokens
    possessives = lex.word_list("ally_possessives")
    extra: list[Arg] = []
    for k in range(sent.lo, sent.hi):
        t = toks[k]
        if lemma_of(t) not in allies or not _plural(t.text) or any(a.start <= t.start < a.end for a in args):
            continue
        m = k - 1
        while m >= sent.lo and toks[m].pos in ("ADJF", "PRTF") and toks[m].norm not in possessives:
            m -= 1
        if m >= sent.lo and toks[m].norm in possessives:
            continue          # "наші союзники": the speaker's partners, unnamed
        body = _body_at(doc, args, k + 2) if k + 2 < sent.hi and toks[k + 1].norm == "по" else None
        body = body or _framing_body(lex, doc, sent, args, k)
        if body is not None:
            extra.append(Arg(t.start, t.end, body, "pronoun", "ORG"))
    if not extra:
        return args
    return sorted(args + extra, key=lambda a: a.start)

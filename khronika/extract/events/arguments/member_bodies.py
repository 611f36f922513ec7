""""Європейський парламент ухвалив резолюцію. Депутати закликали держави-члени ...": the body
whose members act.

News about a foreign legislature names it once and then tells what its members did as a bare
plural noun ("Депутати", "Сенатори", "Законодавці", "Парламентарі"): a call, a demand, a vote
of theirs is the body's. Such a noun, the plural nominative with no name of its own after it
("Депутати Сейму" is named), stands for the one legislature named in its sentence before it or
in the two sentences before it within the paragraph. Two legislatures named, or none, leave it
alone: better no actor than a wrong one. Words are data (`member_nouns`, `legislature_words`
in lang/uk/events.yaml). A member noun that names its body by itself ("Євродепутати",
"Нардепи": `own_body_members`) stands for that body wherever it is told.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.names import Arg, args_in
from ..grammar.sentence_view import SentenceView, lemma_of
from ..lexicon.compiled import Lexicon

SENTENCES_BACK = 2
# tokens after the noun where a name of its own would stand ("Депутати Європарламенту",
# "Сенатори від США")
OWN_NAME_REACH = 2


def _plural_nominative(text: str) -> bool:
    return any(p.tag.case == "nomn" and "plur" in p.tag for p in parses(text))


def _legislatures(lex: Lexicon, doc: Document, args: list[Arg], lo: int, hi: int) -> set[str]:
    """The entities among `args` whose words name a legislature ("Європейський парламент",
    "Палата представників"), or the state named right after a legislature word that is no name
    of its own ("Парламент Фінляндії" where only "Фінляндії" is a name), tokens lo..hi."""
    words = lex.word_list("legislature_words")
    toks = doc.tokens
    out: set[str] = set()
    named = [a for a in args if a.kind != "pronoun"]
    for m in range(lo, hi):
        if lemma_of(toks[m]) not in words:
            continue
        inside = next((a for a in named if a.start <= toks[m].start < a.end), None)
        if inside is None and m + 1 < hi:
            inside = next((a for a in named if a.start == toks[m + 1].start), None)
        if inside is not None:
            out.add(inside.entity)
    return out


def _own_bodies(lex: Lexicon) -> dict[str, str]:
    """`own_body_members` as {lemma: body id}."""
    return dict(x.split(None, 1) for x in lex.word_list("own_body_members"))


def member_bodies(lex: Lexicon, doc: Document, sent: SentenceView, args: list[Arg]) -> list[Arg]:
    """`args` with an `Arg` for the legislature each bare member noun of the sentence stands for."""
    members = lex.word_list("member_nouns")
    own = _own_bodies(lex)
    toks = doc.tokens
    wanted = members | own.keys()
    if not wanted & sent.lemma_set:
        return args
    sents = doc.sentences
    first = sent.first_in_paragraph(SENTENCES_BACK)
    extra: list[Arg] = []
    for k in range(sent.lo, sent.hi):
        t = toks[k]
        lemma = lemma_of(t)
        if lemma not in wanted or not _plural_nominative(t.text):
            continue
        if lemma in own:
            extra.append(Arg(t.start, t.end, own[lemma], "pronoun", "ORG"))
            continue
        if any(a.start < toks[min(sent.hi - 1, k + OWN_NAME_REACH)].end and a.end > t.start for a in args):
            continue          # "Депутати Сейму", "Сенатори США": named
        if k + 1 < sent.hi and toks[k + 1].pos in ("NOUN", "ADJF", "PRTF"):
            continue          # "депутати міськради", "депутати обласної ради": members of another body
        bodies: set[str] = set()
        for s_i in range(first, sent.index + 1):
            s = sents[s_i]
            end = t.start if s_i == sent.index else s.end
            lo, hi = s.first_token, (k if s_i == sent.index else s.last_token)
            bodies |= _legislatures(lex, doc, args_in(doc, s.start, end), lo, hi)
        if len(bodies) == 1:
            body = next(iter(bodies))
            ent = doc.entities.get(body)
            extra.append(Arg(t.start, t.end, body, "pronoun", ent.type if ent else None))
    if not extra:
        return args
    return sorted(args + extra, key=lambda a: a.start)

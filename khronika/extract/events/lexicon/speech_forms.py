"""Forms of speech that borrow a trigger word and tell no happening: the hortative "давайте"
("Давайте будемо чесними", "Давайте разом зупинимо агресора": let us, not give), a
definition asked or known ("Ми знаємо, що таке обстріли і депортація": what a thing is), and
a present-tense relative clause that characterises a predicate noun ("Росія — держава, яка
атакує сусідів": what kind of state it is, no one strike). The same words tell a happening
otherwise ("Давайте Україні зброю", "Росія — держава, яка вчора атакувала Суми"). The words
are data (`hortative_verbs`, `definition_openers`, `relative_pronouns` in lang/uk/events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from ..grammar.marks import DASHES
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of
from ..status.verb_forms import is_infinitive

# the relative words a characterising clause opens with: the relative pronouns, and "що" after
# a noun ("країна, що погрожує")
RELATIVE_WHAT = "що"
SKIPPED = ("ADVB", "PRCL")


def borrowed_word(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k is the hortative "давайте", the thing a definition names, or a
    present-tense verb characterising a predicate noun."""
    return hortative(lex, doc, sent, k) or defined(lex, doc, sent, k) or \
        (not sent.lemma_set.isdisjoint(lex.word_list("relative_pronouns") | {RELATIVE_WHAT}) and
         characterised(lex, doc, sent, k))


def hortative(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """"Давайте будемо чесними": an imperative of giving before a verb of the first person
    plural or an infinitive (over adverbs and particles: "давайте разом зупинимо")."""
    toks = doc.tokens
    t = toks[k]
    if lemma_of(t) not in lex.word_list("hortative_verbs") or "impr" not in (t.tags or ()):
        return False
    m = k + 1
    while m < sent.hi and toks[m].pos in SKIPPED:
        m += 1
    if m >= sent.hi:
        return False
    nxt = toks[m]
    return is_infinitive(nxt) or (_finite(nxt) and nxt.person == "1per")


def defined(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """"що таке обстріли": the noun right after an opener of a definition."""
    toks = doc.tokens
    if toks[k].pos != "NOUN":
        return False
    before = " ".join(t.norm for t in toks[max(sent.lo, k - 3):k])
    return any(before.endswith(o) for o in lex.word_list("definition_openers"))


def characterised(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """A present-tense verb in a relative clause whose antecedent is the predicate noun of a
    dash ("Росія — держава, яка атакує сусідів") or of "це"/"є" ("Це країна, яка погрожує
    всім")."""
    toks = doc.tokens
    if not _finite(toks[k]) or toks[k].tense != "pres":
        return False
    comma = next((m for m in range(k - 1, sent.lo - 1, -1) if toks[m].norm == ","), None)
    # ("країна, що погрожує": after the noun, "що" is the relative pronoun too)
    rel = lex.word_list("relative_pronouns") | {RELATIVE_WHAT}
    if comma is None or comma - 1 < sent.lo or not (lemma_of(toks[comma + 1]) in rel or toks[comma + 1].norm in rel):
        return False
    m = comma - 1
    if toks[m].pos != "NOUN":
        return False
    m -= 1
    while m >= sent.lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    return m >= sent.lo and (toks[m].norm in DASHES or toks[m].norm in lex.word_list("kind_copulas"))

""""Литва запропонувала Євросоюзу заборонити імпорт газу", "Канцлер порадив уряду ввести мита":
an act proposed to another, named in the dative between the verb of proposing and the act's
infinitive, would be done by the one addressed; the one who proposes it does not do it. With
no one addressed ("Чехія запропонувала передати снаряди") the proposer offers its own act and
keeps its side, except for acts a state proposes for a body it belongs to ("Франція
запропонувала посилити санкції проти Ірану": who would impose them the text does not say;
`proposed_for_others_types`); a meeting proposed ("запропонував Зеленському зустрітися")
has the proposer as a party, so talks and agreements are left as they are. The verbs are data
(`proposal_verbs` in lang/uk/events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases, _finite
from ..lexicon.compiled import Lexicon
from ..grammar.names import Arg, token_index_at
from .role_clause import SYMMETRIC
from ..status.verb_forms import is_infinitive
from ..triggers.finder import lemma_of

# how far the infinitive may stand before a trigger noun it governs ("заборонити імпорт"),
# and the verb of proposing before the infinitive
OBJECT_REACH = 3
VERB_REACH = 6


def _addressed(doc: Document, v: int, m: int, preps: frozenset[str]) -> bool:
    """A noun or pronoun between the verb and the infinitive can be a dative with no
    preposition before it ("Євросоюзу", "уряду", "їм")."""
    toks = doc.tokens
    return any(toks[k].pos in ("NOUN", "NPRO") and "datv" in _cases(toks[k].text) and
               toks[k - 1].norm not in preps for k in range(v + 1, m))


def proposal_of(lex: Lexicon, doc: Document, i: int, lo: int) -> tuple[int, int] | None:
    """(verb, infinitive) when the trigger at i is, or is the object of, an infinitive that a
    verb of proposing governs."""
    toks = doc.tokens
    m = next((k for k in range(i, max(lo, i - OBJECT_REACH) - 1, -1) if is_infinitive(toks[k])), None)
    if m is None:
        return _proposed_noun(lex, doc, i, lo)
    if any(toks[k].pos in ("VERB", "INFN") or not toks[k].is_word for k in range(m + 1, i)):
        return None
    verbs = lex.word_list("proposal_verbs")
    for v in range(m - 1, max(lo, m - VERB_REACH) - 1, -1):
        t = toks[v]
        if not t.is_word:
            return None
        if lemma_of(t) in verbs and _finite(t):
            return v, m
        if _finite(t):
            return None
    return None


def _proposed_noun(lex: Lexicon, doc: Document, i: int, lo: int) -> tuple[int, int] | None:
    """(verb, trigger) when the trigger noun at i is itself the object of a verb of proposing
    ("Експертна група запропонувала нові санкції", "запропонувала ЄС пакет санкцій"): over its
    adjectives, a head noun it is the genitive of, and one dative addressed."""
    toks = doc.tokens
    if toks[i].pos != "NOUN" or not {"accs", "gent"} & _cases(toks[i].text):
        return None
    verbs = lex.word_list("proposal_verbs")
    datives = 0
    for v in range(i - 1, max(lo, i - VERB_REACH) - 1, -1):
        t = toks[v]
        if lemma_of(t) in verbs and _finite(t):
            return v, i
        if not t.is_word or _finite(t) or t.pos not in ("ADJF", "PRTF", "NUMR", "NOUN", "NPRO"):
            return None
        if t.pos in ("NOUN", "NPRO") and "datv" in _cases(t.text) and "accs" not in _cases(t.text):
            datives += 1
        elif t.pos == "NOUN" and not ("accs" in _cases(t.text) and "gent" in _cases(toks[v + 1].text)):
            return None
        if datives > 1:
            return None
    return None


def proposed_sides(lex: Lexicon, doc: Document, args: list[Arg], i: int, type_: str, lo: int, hi: int,
                   actors: list[str], recipients: list[str]) -> tuple[list[str], list[str]]:
    """(actors, recipients): the ones addressed do the act proposed, the proposer takes no part."""
    if type_ in SYMMETRIC or type_ == "REQUEST":
        return actors, recipients
    if lemma_of(doc.tokens[i]) in lex.word_list("proposal_verbs") and \
            type_.lower() in lex.word_list("proposed_for_others_types"):
        # "Франція запропонувала новий пакет" (of sanctions): the verb itself tells the act, which
        # only the bloc's executive takes for the bloc
        # (the one addressed, between the verb and the package, is asked to take it, not its
        # target: "запропонувала Раді ЄС новий пакет санкцій")
        toks = doc.tokens
        objects = lex.contexts.get("package", frozenset()) | lex.contexts.get("sanction", frozenset())
        end = next((k for k in range(i + 1, hi) if lemma_of(toks[k]) in objects), i + 1)
        addressed = {a.entity for a in args if toks[i].end <= a.start and a.end <= toks[end].start}
        return ([x for x in actors if x in lex.word_list("bloc_executives")],
                [x for x in recipients if x not in addressed])
    found = proposal_of(lex, doc, i, lo)
    if found is None:
        return actors, recipients
    v, m = found
    toks = doc.tokens
    if not _addressed(doc, v, m, lex.word_list("prepositions")) and \
            type_.lower() not in lex.word_list("proposed_for_others_types"):
        return actors, recipients      # "Чехія запропонувала передати снаряди": its own offer
    addressed, proposers = [], []
    for a in args:
        k = token_index_at(doc, a.start, lo, hi)
        if k is None:
            continue
        if v < k < m and a.entity not in addressed:
            addressed.append(a.entity)
        elif k < v and a.entity not in proposers:
            proposers.append(a.entity)
    proposers = [x for x in proposers if x not in addressed]
    if not addressed and set(proposers) & lex.word_list("bloc_executives"):
        # "Єврокомісія запропонувала новий пакет санкцій": the bloc's own executive proposes
        # what the bloc imposes, and stands for it (a member state that proposes does not)
        return actors, recipients
    actors = addressed + [x for x in actors if x not in proposers and x not in addressed]
    recipients = [x for x in recipients if x not in addressed and x not in proposers]
    return actors, recipients

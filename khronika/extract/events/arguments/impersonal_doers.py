"""Who did what an impersonal form in -но/-то tells ("Затримано", "оголошено підозру",
"запроваджено санкції"). The form names no doer in its own clause; news names it elsewhere:

- in the sentence before, as the one subject of a verb of conducting an operation or taking a
  decision (`conducting_verbs`: "СБУ провела спецоперацію. Затримано двох агентів": the SBU
  detains; "ЄС схвалив пакет. Запроваджено санкції"); not after any other verb ("Україна
  звернулася до партнерів. Надано генератори": who asked did not give);
- before a colon, as the body that reports it, when the act is one that body does itself
  (`investigating_bodies` announce their own suspicions, arrests and searches: "Офіс
  Генпрокурора повідомив: оголошено підозру"). A ministry that reports a delivery ("Як
  повідомили в Міноборони, Україні передано ...") gives nothing, so no other body or act
  counts.

Only a body or a state is taken (a person who reports is no doer, and who wounds or kills in a
strike is never guessed from the sentence before: `ASSAULT` is left alone). Better no actor
than a wrong one: nothing is taken when the clause has a doer of its own.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases, _finite, _number
from .continuation import _sole_subject
from ..lexicon.compiled import Lexicon
from ..triggers.finder import SentenceView, lemma_of


def impersonal(t) -> bool:
    """An impersonal verb form in -но/-то ("затримано", "передано")."""
    return t.pos == "VERB" and "Impe" in (t.tags or ()) and t.norm.endswith(("но", "то"))


def impersonal_doer(lex: Lexicon, doc: Document, sent: SentenceView, cl, i: int, type_: str,
                    names_before) -> list[str]:
    """The doer of the impersonal predicate the trigger at i is or hangs on, named before it
    (see the module's docstring), or []. `names_before(index)` gives a sentence's names as the
    event rules read them."""
    toks = doc.tokens
    if type_ == "ASSAULT":
        return []
    g = _impersonal_head(toks, cl, i)
    if g is None:
        return _investigator_before(lex, doc, sent, cl, i, type_, names_before)
    preps = lex.word_list("prepositions")
    colon = next((m for m in range(g - 1, sent.lo, -1) if toks[m].norm == ":"), None)
    if colon is not None:
        if type_.lower() not in lex.word_list("investigators_own_types"):
            return []
        found = _sole_subject(doc, sent.lo, colon, preps, sent.args)
        if found is None or lemma_of(found[0]) not in lex.word_list("witness_words"):
            return []
        bodies = lex.word_list("investigating_bodies")
        return found[3] if all(x in bodies for x in found[3]) else []
    if cl.left_edge is not None or any(_finite(toks[m]) for m in range(sent.lo, g)) or sent.index == 0:
        return []
    prev = doc.sentences[sent.index - 1]
    if prev.paragraph != sent.para:
        return []
    found = _sole_subject(doc, prev.first_token, prev.last_token, preps, names_before(sent.index - 1))
    if found is None or lemma_of(found[0]) not in lex.word_list("conducting_verbs"):
        return []
    kinds = {(doc.entities[x].type if x in doc.entities else None) for x in found[3]}
    if not kinds <= {"ORG", "LOC"}:
        return []
    return list(found[3])


def _investigator_before(lex: Lexicon, doc: Document, sent: SentenceView, cl, i: int, type_: str,
                         names_before) -> list[str]:
    """"СБУ затримала агента. Йому повідомили про підозру": a plural verb with no subject
    ("повідомили", "затримали") tells an act of the investigating body that was the one subject
    of the sentence before, when the act is one such a body does itself (`investigators_own_types`);
    any other body, or a person, before it gives nothing."""
    toks = doc.tokens
    if type_.lower() not in lex.word_list("investigators_own_types") or sent.index == 0:
        return []
    g = i if toks[i].pos == "VERB" else cl.governor
    if g is None or not _finite(toks[g]) or _number(toks[g]) != "plur" or toks[g].person in ("1per", "2per") \
            or cl.left_edge is not None or any(_finite(toks[m]) for m in range(sent.lo, g)) \
            or any("nomn" in _cases(toks[m].text) and toks[m].pos in ("NOUN", "NPRO") for m in range(sent.lo, g)):
        return []
    prev = doc.sentences[sent.index - 1]
    if prev.paragraph != sent.para:
        return []
    found = _sole_subject(doc, prev.first_token, prev.last_token, lex.word_list("prepositions"),
                          names_before(sent.index - 1))
    bodies = lex.word_list("investigating_bodies")
    return list(found[3]) if found is not None and found[3] and all(x in bodies for x in found[3]) else []


def _impersonal_head(toks, cl, i: int) -> int | None:
    """The impersonal form the trigger at i is, or governs it: the clause's verb, or (the
    form having no tense, the clause may not take it as its verb) the one just before the
    trigger noun ("оголошено підозру", "Повідомлено про підозру")."""
    if impersonal(toks[i]):
        return i
    if cl.governor is not None:
        return cl.governor if impersonal(toks[cl.governor]) else None
    for m in range(i - 1, max(cl.lo, i - 3) - 1, -1):
        if impersonal(toks[m]):
            return m
        if not toks[m].is_word:
            return None
    return None

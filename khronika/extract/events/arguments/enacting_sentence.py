"""Who did an act told with no doer, named in the sentence after it that enacts it: "Санкції
запроваджено проти 50 компаній. Відповідний указ підписав Президент", "Україна отримає ще
200 генераторів. Відповідне рішення ухвалив уряд Японії". Official reports put the act first,
impersonally, then the paper that brings it in and who signed it: the signer is the doer.
The sentence must open with "відповідний" and the noun of such a paper and hold a verb of
enacting (`enacting_openers`, `enacting_nouns`, `enacting_verbs` in lang/uk/events.yaml); a
person or body named in it acts, with the state it acts for. A strike or any act with a doer
of its own is left alone.
"""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..grammar.sentence_view import lemma_of
from .states import party_state

ENACTED = ("SANCTION", "AID", "AGREE", "COOPERATE", "SUPPORT")


def enactors(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Give each act with no doer the signers of the enacting sentence right after it."""
    nouns, verbs = lex.word_list("enacting_nouns"), lex.word_list("enacting_verbs")
    signers: dict[int, list[str]] = {}
    for c in cands:
        if c.type not in ENACTED or [x for x in c.actors if x not in c.soft]:
            continue
        si = c.sent + 1
        if si >= len(doc.sentences):
            continue
        if si not in signers:
            signers[si] = _signers(lex, doc, si, nouns, verbs)
        got = [x for x in signers[si] if x not in c.recipients]
        if got:
            c.actors = list(dict.fromkeys(got + [x for x in c.actors if x not in got]))
            c.soft -= set(got)
    return cands


def _signers(lex: Lexicon, doc: Document, si: int, nouns: frozenset, verbs: frozenset) -> list[str]:
    """The people and bodies named in sentence si, and their states, when it is an enacting
    sentence ("Відповідний указ підписав Президент"); else none."""
    sent = doc.sentences[si]
    toks = doc.tokens[sent.first_token:sent.last_token]
    words = [t for t in toks if t.is_word]
    if len(words) < 3 or lemma_of(words[0]) not in lex.word_list("enacting_openers") or \
            lemma_of(words[1]) not in nouns or \
            not any(lemma_of(t) in verbs for t in words[2:]):
        return []
    out: list[str] = []
    roles = lex.word_list("home_roles")
    after_role = {toks[n + 1].start for n in range(len(toks) - 1) if lemma_of(toks[n]) in roles}
    for r in [*doc.mentions, *doc.refs]:
        ent = doc.entities.get(r.entity) if r.entity else None
        if ent is None or not (sent.start <= r.start < sent.end):
            continue
        if ent.type not in ("PER", "ORG") and not (ent.type == "LOC" and r.start in after_role):
            continue            # (a state counts only as the office before it: "уряд Японії")
        out.append(r.entity)
        state = party_state(doc, r.entity)
        if state:
            out.append(state)
    home = (lex.home or {}).get("id")
    if not out and home and any(lemma_of(t) in roles and t.text[:1].isupper()
                                for t in words[2:]):
        # ("Відповідний указ підписав Президент" in a text about other states' firms: the
        # office is left to no one by name, but the home state enacts)
        out.append(home)
    return list(dict.fromkeys(out))

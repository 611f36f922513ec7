"""A diplomatic mission named by its bare common noun where it speaks ("– йдеться у
повідомленні посольства", "у консульстві зазначили", "Посольство наголосило"): news names the
state once and then lets its mission speak. The knowledge base holds no missions, so, as with
"у посольстві Польщі" (`body_speakers._after_mission`), the state speaks through it: the state
an adjective gives the noun ("у польському посольстві"), else the state or body the text named
before after the noun ("Посольство України в Польщі ... у посольстві", "Місія МВФ ... у заяві
місії"), else the one state the sentence before and the attribution's own sentence name (a body
of a state counts for its state: "МЗС Польщі висловило протест"). Of several states there, the
one that is a subject; none, or no single one, leave the mission's words no one's: a bare
mission is never a person named before it, nor a body called "Посольство". A mixin of
`speakers.SpeakerResolver`.
"""
from __future__ import annotations

import bisect

from ...document import Document, Token
from ...kb.base import get_kb
from .candidates import NOBODY, Candidate
from .lexicon import Lexicon, tokens_in


class MissionSpeakers:
    """Mission speakers of one document (see the module's docstring)."""

    doc: Document
    lex: Lexicon
    cands: list[Candidate]
    _starts: list[int]

    def mission_state(self, region: tuple[int, int]) -> str | None:
        """The state a bare mission noun of the attribution speaks for; NOBODY when the
        mission speaks but no single state is its own; None when no bare mission speaks."""
        toks = [t for t in tokens_in(self.doc, *region) if t.is_word]
        for k, t in enumerate(toks):
            if t.lemma not in self.lex.mission_nouns or not self._mission_speaks(toks, k):
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and (nxt.text[:1].isupper() or nxt.pos == "PREP"):
                # "у посольстві Польщі" (the state named after it, read elsewhere); "у
                # посольстві в Варшаві" says where the mission is, not whose
                return None
            state = self._state_adjective_before(t) or self._mission_named_before(t.start) \
                or self._state_before(region[0], t.start)
            if state and state not in self.doc.entities:
                self._kb_body(get_kb().entities[state])    # named only by its body ("МЗС Польщі")
            return state or NOBODY
        return None

    def _mission_speaks(self, toks: list[Token], k: int) -> bool:
        """The mission noun as the subject ("Посольство наголосило"), where it is said ("у
        посольстві"), or the owner of the text or service that says it ("у повідомленні
        посольства", "пресслужба консульства", "за даними посольства"); never where others
        stand ("під посольством")."""
        t = toks[k]
        prev = toks[k - 1] if k else None
        if prev is not None and prev.pos == "ADJF":
            prev = toks[k - 2] if k >= 2 else None     # "у польському посольстві"
        if t.case == "nomn":
            return True
        if t.case == "loct":
            return prev is not None and prev.norm in self.lex.body_prepositions
        return t.case == "gent" and prev is not None and (
            prev.lemma in self.lex.source_documents or prev.lemma in self.lex.press_services
            or prev.norm in self.lex.data_frames)

    def _state_adjective_before(self, noun: Token) -> str | None:
        """The state of an adjective right before the noun ("польське посольство")."""
        kb = get_kb()
        for r in self.doc.refs:
            if r.kind == "adjective" and r.end <= noun.start and not self.doc.text[r.end:noun.start].strip() \
                    and kb.is_country(r.entity):
                return r.entity
        return None

    def _mission_named_before(self, pos: int) -> str | None:
        """The state or body after the nearest mission noun before `pos` that names one
        ("Посольство України в Польщі", "консульства Угорщини", "Місія МВФ")."""
        kb = get_kb()
        toks = self.doc.tokens
        starts = [t.start for t in toks]
        for i in range(bisect.bisect_left(starts, pos) - 1, -1, -1):
            t = toks[i]
            if not t.is_word or t.lemma not in self.lex.mission_nouns or i + 1 >= len(toks):
                continue
            nxt = toks[i + 1]
            for c in self._candidates_at(nxt.start):
                if c.entity and (kb.is_country(c.entity) or c.type == "ORG") and not self._in_quote(c.start):
                    return c.entity
        return None

    def _candidates_at(self, pos: int) -> list[Candidate]:
        n = bisect.bisect_left(self._starts, pos)
        out = []
        while n < len(self.cands) and self.cands[n].start == pos:
            out.append(self.cands[n])
            n += 1
        return out

    def _state_before(self, start: int, noun_start: int) -> str | None:
        """The one state (a state's body for its state) named outside quotes in the sentence
        before the attribution's and in its own up to the mission noun; of several, the one
        named as a subject."""
        doc = self.doc
        if not doc.sentences:
            return None
        si = doc.sentence_at(start)
        lo = doc.sentences[si - 1].start if si else doc.sentences[si].start
        found: dict[str, bool] = {}
        n = bisect.bisect_left(self._starts, lo)
        while n < len(self.cands) and self.cands[n].start < noun_start:
            c = self.cands[n]
            n += 1
            state = _state_of(c.entity)
            if state is None or self._in_quote(c.start):
                continue
            found[state] = found.get(state, False) or c.nominative
        for r in doc.refs:
            if r.kind == "adjective" and lo <= r.start < noun_start and not self._in_quote(r.start):
                state = _state_of(r.entity)
                if state is not None:
                    found.setdefault(state, False)
        if len(found) == 1:
            return next(iter(found))
        subjects = [s for s, nominative in found.items() if nominative]
        return subjects[0] if len(subjects) == 1 else None


def _state_of(eid: str | None) -> str | None:
    """A state, or the state a body of the knowledge base belongs to ("МЗС Польщі": Poland);
    None for anything else (a city, a person, a body of no state)."""
    if not eid:
        return None
    kb = get_kb()
    if kb.is_country(eid):
        return eid
    e = kb.entities.get(eid)
    if e is not None and e.type == "ORG" and kb.is_country(e.of):
        return e.of
    return None

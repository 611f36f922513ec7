"""A plural pronoun as the speaker: "Росія вже тиждень обстрілює Чернігів. Вони кажуть, що
...". Wartime addresses and news quote a state, a body or an army as "вони" far more often
than a group of people; the entity layer sends a plural pronoun only to a demonym, and a
group left unnamed lost the quote's speaker. The pronoun stands for the subject of a sentence
before it, in its paragraph (`they_sentences` back at most): a body or a state named in the
nominative before that sentence's first verb; a state's forces ("російські війська") or the
adversary's common word ("окупанти"), which speak for that state; anything else that may be
the subject (people, "протестувальники", two leaders named together) speaks as a group no
entity stands for: nobody, never a name near it. A mixin of `speakers.SpeakerResolver`."""
from __future__ import annotations

from functools import lru_cache

from ...document import Document, Entity, Token
from ...lang.uk import load
from ..morph import parses
from .candidates import NOBODY, Candidate
from .lexicon import Lexicon, sentence_before, tokens_in


@lru_cache(maxsize=1)
def adversary() -> dict:
    """The adversary of the home side (events.yaml's `adversary`, one record for all layers),
    read when the component is built (`Quotes`), not in the first document that needs it."""
    return dict((load("events") or {}).get("adversary") or {})


class PluralSpeakers:
    """"Вони" as the speaker (see the module's docstring)."""

    doc: Document
    lex: Lexicon

    def _they(self, region: tuple[int, int]) -> str | None:
        """The entity a nominative "вони" of the attribution stands for; NOBODY when its
        antecedent is a group no entity stands for; None when no subject was found."""
        pron = next((t for t in tokens_in(self.doc, *region)
                     if t.norm in self.lex.they_pronouns and not self._in_quote(t.start)), None)
        sents = self.doc.sentences
        if pron is None or not sents:
            return None
        si = self.doc.sentence_at(pron.start)
        para = sents[si].paragraph
        # its own sentence first, when a clause before it has a subject: "окупанти провели,
        # як вони кажуть, «денацифікацію»"
        found = self._subject_of(sents[si].start, pron.start)
        if found is not None:
            return found
        for k in range(si - 1, max(-1, si - 1 - self.lex.they_sentences), -1):
            if sents[k].paragraph != para:
                break
            found = self._subject_of(sents[k].start, sents[k].end)
            if found is not None:
                return found
        return None

    def _subject_of(self, start: int, end: int) -> str | None:
        """What the subject of the sentence [start, end) stands for, read before its first
        finite verb (the subject there is told from an object after it), from its first
        word."""
        words = [t for t in tokens_in(self.doc, start, end) if t.is_word]
        first_verb = next((k for k, t in enumerate(words) if t.pos == "VERB" and "infn" not in t.tags),
                          None)
        if first_verb is None or self._in_quote(words[first_verb].start):
            return None
        before = words[:first_verb]
        # the first word that may be the subject is its head: "Усі розвідки країн НАТО" are
        # the services, not NATO named after them
        for k, t in enumerate(before):
            if k and before[k - 1].pos == "PREP":
                continue        # "У Києві", "після обстрілу"
            c = next((c for c in self._overlapping(t.start, t.end) if c.entity), None)
            if c is not None and c.nominative and not self._in_quote(c.start):
                if c.type in ("ORG", "LOC"):
                    return c.entity     # "Росія ...", "Кремль ...", "Генштаб ..."
                if c.type == "PER" and not c.pronoun:
                    return NOBODY       # people named: a group of them, or someone else
            named = t.lemma in self.lex.they_adversary_words or t.lemma in self.lex.they_forces
            if (t.pos != "NOUN" and not named) or not self._plural_nominative(t):
                continue        # ("військові", "окупаційні" may be read as adjectives)
            if t.lemma in self.lex.they_adversary_words:
                return self._adversary_entity() or NOBODY
            if t.lemma in self.lex.they_forces:
                state = self._state_adjective(before[:k])
                if state:
                    return state        # "Російські війська", "російські військові"
            return NOBODY
        return None

    def _body_goes_on(self, region: tuple[int, int], cue: Token | None) -> str | None:
        """A plural verb with no source of its own after a sentence whose subject is a body:
        "МЗС засудило ухвалу. Рішення назвали «нікчемним»", "... Там наголосили, що ..." say
        what "у МЗС назвали" would, the body goes on. None when the attribution has a source
        of its own (an entity, a noun for people or a body that may be its subject, a place
        after "в"/"у"/"на" other than "там") or the subject before is no body (a state, people)."""
        if cue is None or cue.pos != "VERB" or self.verb_gender(cue) != "plur" \
                or cue.person in ("1per", "2per") or any(c.entity for c in self._overlapping(*region)):
            return None
        words = [t for t in tokens_in(self.doc, *region) if t.is_word and not self._in_quote(t.start)]
        for k, t in enumerate(words):
            if t is cue or t.norm in self.lex.there_words:
                continue
            if k and words[k - 1].norm in self.lex.body_prepositions:
                return None     # "В опозиції назвали": the place says who
            if t.pos in ("NOUN", "NPRO") and (t.lemma in self.lex.speaker_bodies or any(
                    p.tag.case == "nomn" and "anim" in p.tag for p in parses(t.text))):
                return None     # "Експерти назвали", "вони": a subject of its own
        before = sentence_before(self.doc, cue.start)
        if before is None:
            return None
        prev = [t for t in tokens_in(self.doc, before.start, before.end) if t.is_word]
        for k, t in enumerate(prev):
            if t.pos == "VERB" or self._in_quote(t.start):
                return None
            if k and prev[k - 1].pos == "PREP":
                continue        # "У Києві", "після обстрілу"
            c = next((c for c in self._overlapping(t.start, t.end) if c.entity), None)
            if c is not None and self._can_be_nominative(c):
                # "МЗС України засудило": a body the dictionary reads in the genitive too
                return c.entity if c.type == "ORG" else None
        return None

    @staticmethod
    def _plural_nominative(t: Token) -> bool:
        return any(p.tag.case == "nomn" and "plur" in p.tag for p in parses(t.text))

    def _state_adjective(self, words: list[Token]) -> str | None:
        """The state of the adjective right before a forces noun ("російські", "білоруські")."""
        if not words or words[-1].pos not in ("ADJF", "PRTF"):
            return None
        adj = words[-1]
        return next((r.entity for r in self.doc.refs if r.entity and r.kind in ("adjective", "demonym")
                     and r.start <= adj.start < r.end), None)

    def _adversary_entity(self) -> str | None:
        """The adversary's id, added to the document's entities when the text never names it
        (a speaker must be an entity of the document)."""
        adv = adversary()
        aid = adv.get("id")
        if not aid:
            return None
        if aid not in self.doc.entities:
            for e in self.doc.entities.values():
                if adv.get("wikidata") and e.wikidata == adv.get("wikidata"):
                    return e.id
            self.doc.entities[aid] = Entity(aid, adv.get("name", aid), adv.get("name_uk", ""),
                                            adv.get("type", "LOC"), adv.get("wikidata"), kb=True)
        return aid

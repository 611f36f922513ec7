"""Finding triggers: lexicon lookup by lemma and phrase (`matches_at`), the context window of a
sentence, the mode of a happening and the framing of one trigger by another. `TriggerFinder`
gathers each trigger's conditions from its mixins, one module for each kind of question:

- `trigger_objects`: what the trigger word governs (its object, place, patient, predicate);
- `trigger_needs`: `needs_ok`, partners, destinations and anchoring;
- `asked_parties`: requests, needs and the parties asked, obliged or wished to act;
- `givers`: the thanked givers and the givers of a relative clause;
- `generic_triggers`: kinds, habits, possibilities, sidelines: no single happening;
- `topics`: trigger nouns that are only what another act is about;
- `kinds`: habits, definitions, appraisals and quoted names: a kind, not a happening;
- `claims`: claims, memories and facility names: no happening of the report.

A trigger word alone is not an event: "готуємо зустрічі" is no meeting and "удар по репутації"
no strike, so each entry of `lang/uk/events.yaml` names what must stand around it.

The sentence views live in `sentence_view`; `Layers`, `SentenceView`, `lemma_of`, `clauses` and
`token_index_before` stay importable from here for the modules that import them from `triggers`.
"""
from __future__ import annotations

from ....document import Document
from .asked_parties import AskedParties
from ..lexicon.claims import Claims
from ..lexicon.generic_triggers import GenericTriggers
from ..arguments.givers import Givers
from ..lexicon.kinds import KindStatements
from ..lexicon.compiled import NO_MODE, Lexicon, Trigger
from ..grammar.sentence_view import CLAUSE_PUNCT, Layers, SentenceView, clauses, lemma_of, token_index_before  # noqa: F401
from ..status.verb_forms import is_infinitive
from ..grammar.topic_phrases import in_topic_phrase
from ..lexicon.topics import Topics
from .trigger_needs import TriggerNeeds
from .trigger_objects import TriggerObjects

FRAMING_TYPES = {"REQUEST", "REJECT", "THREATEN", "AGREE"}


class TriggerFinder(TriggerNeeds, TriggerObjects, AskedParties, Givers, GenericTriggers, Topics,
                    KindStatements, Claims):
    """Lexicon lookup and trigger conditions; keeps the context window of the sentence last
    asked about (every trigger of a sentence shares it)."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self._ctx_key: tuple | None = None
        self._ctx: set[str] = set()

    def reset(self) -> None:
        self._ctx_key = None

    def context_window(self, doc: Document, sent: SentenceView) -> set[str]:
        """Lemmas of the sentence, its neighbours and its paragraph ("обмін" is a prisoner
        exchange when the paragraph speaks of captivity)."""
        key = (id(doc), sent.index)
        if self._ctx_key == key:
            return self._ctx
        out = set(sent.lemma_set)
        j = sent.index
        while j > 0 and doc.sentences[j - 1].paragraph == sent.para:
            j -= 1
        lo = max(0, min(j, sent.index - 1))
        j = sent.index
        while j + 1 < len(doc.sentences) and doc.sentences[j + 1].paragraph == sent.para:
            j += 1
        hi = min(len(doc.sentences) - 1, max(j, sent.index + 1))
        for s in doc.sentences[lo:hi + 1]:
            out.update(lemma_of(t) for t in doc.tokens[s.first_token:s.last_token])
        self._ctx_key, self._ctx = key, out
        return out

    # ---- finding triggers -------------------------------------------------------------
    def matches_at(self, doc: Document, sent: SentenceView, k: int) -> list[tuple[Trigger, int]]:
        """Every trigger entry at token k, phrases first: one lemma may have several entries
        with different conditions ("обмін" with captivity around, or "провели обмін")."""
        t = doc.tokens[k]
        if not t.is_word:
            return []
        lem, phrases, by_lemma = lemma_of(t), self.lex.phrases, self.lex.by_lemma
        if lem not in phrases and lem not in by_lemma and t.norm not in phrases and t.norm not in by_lemma:
            return []           # most words trigger nothing
        keys = (lem,) if lem == t.norm else (lem, t.norm)   # a tuple: a set's order follows PYTHONHASHSEED
        out: list[tuple[Trigger, int]] = []
        for key in keys:
            for trig in self.lex.phrases.get(key, ()):
                n = len(trig.words)
                if k + n <= sent.hi and all({lemma_of(doc.tokens[k + m]), doc.tokens[k + m].norm} & trig.words[m]
                                            for m in range(n)):
                    out.append((trig, k + n))
        for key in keys:
            for trig in self.lex.by_lemma.get(key, ()):
                if (trig, k + 1) not in out:
                    out.append((trig, k + 1))
        return out

    def mode(self, type_: str, fixed: str | None, sent: SentenceView, at: int | None = None) -> str | None:
        """The mode the words of the sentence tell; words inside a quote that does not hold the
        trigger at token `at` are another's speech ("«Проведемо зустріч лідерів», – сказав він
        після переговорів": the talks are not a meeting of many)."""
        if fixed:
            return None if fixed == NO_MODE else fixed
        toks = sent.doc.tokens
        lo_char, hi_char = toks[sent.lo].start, toks[sent.hi - 1].end
        quoted = [(q.start, q.end) for q in sent.doc.quotes if q.start < hi_char and q.end > lo_char and
                  not (at is not None and q.start <= toks[at].start < q.end)] if at is not None else []
        # (a talk's topic after it, "Говорив із Макроном – про підготовку до саміту", is no
        # gathering of its own: in_topic_phrase)
        topic = type_ == "CONSULT" and at is not None
        own = [k for k in range(sent.lo, sent.hi) if not any(a <= toks[k].start < b for a, b in quoted) and
               not (topic and k > at and in_topic_phrase(toks, k, at, self.lex))] \
            if quoted or topic else range(sent.lo, sent.hi)
        lemmas = {lemma_of(toks[k]) for k in own} | {toks[k].norm for k in own} if quoted or topic else sent.lemma_set
        for mode, words in self.lex.modes.get(type_, {}).items():
            if words & lemmas:
                return mode
        for mode, words in self.lex.plural_modes.get(type_, {}).items():
            if any(toks[k].number == "plur" and lemma_of(toks[k]) in words for k in own):
                return mode
        return None

    def framed(self, doc: Document, framer: int, k: int) -> bool:
        """True while no other finite verb stands between the framing verb and the trigger."""
        t = doc.tokens[k]
        if (t.pos == "VERB" and not is_infinitive(t) and t.tense) or t.pos == "GRND":
            return False          # a finite verb or a gerund tells a happening of its own
        for m in range(framer + 1, k):
            t = doc.tokens[m]
            if (t.pos == "VERB" and not is_infinitive(t) and t.tense) or t.pos == "GRND":
                return False
        return True

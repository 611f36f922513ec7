"""Finding triggers: the sentence view shared by every trigger in it, lexicon lookup by lemma
and phrase, and each trigger's conditions (a partner, an anchoring predicate, a context).

A trigger word alone is not an event: "готуємо зустрічі" is no meeting and "удар по репутації"
no strike, so each entry of `lang/uk/events.yaml` names what must stand around it.
"""
from __future__ import annotations

import bisect
from functools import cached_property

from ...document import Document, Token
from ...kb import get_kb
from ..morph import parses
from .clauses import _cases, _finite, clause_of_trigger, coordinated_with, tie_of
from .lexicon import Lexicon, Trigger
from .names import args_in, token_index_at
from .objects import held_by, named_object, owned_object
from .place_time import place_of
from .states import place_country, state_of
from .status import _is_verb, is_infinitive

FRAMING_TYPES = {"REQUEST", "REJECT", "THREATEN", "AGREE"}
CLAUSE_PUNCT = {",", ";", ":", "-", "(", ")", "—", "–"}
NEED_WINDOW = 12
OBJECT_WINDOW = 6
# a head noun after a list of its modifiers ("на Бахмутському, Лиманському та Авдіївському
# напрямках") stands further off
LIST_OBJECT_WINDOW = 12
# how far before an infinitive its evaluative word may stand ("велика честь уперше в історії
# парламенту Японії звернутися")
HONOUR_WINDOW = 10
PARTNER_WINDOW = 6


def _forms(text: str, pos: set[str]) -> set[tuple[str | None, str | None]]:
    # (the dictionary marks the plural only: a reading with no number is singular)
    return {(p.tag.gender, "plur" if p.tag.number == "plur" else "sing") for p in parses(text) if p.tag.POS in pos}


def _may_agree(pron: Token, noun: Token) -> bool:
    """A relative pronoun refers to a noun only where some reading of each shares number and,
    in the singular, gender ("удару, який", not "удару ..., яке"); unknown is no clash."""
    p_forms = _forms(pron.text, {"ADJF", "NPRO"})
    n_forms = _forms(noun.text, {"NOUN"})
    if not p_forms or not n_forms:
        return True
    for pg, pn in p_forms:
        for ng, nn in n_forms:
            if pn == "plur" and nn == "plur":
                return True
            if pn == "sing" and nn == "sing" and (not pg or not ng or pg == ng):
                return True
    return False


def lemma_of(t: Token) -> str:
    return (t.lemma or t.norm).lower()


def clauses(toks: list[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    out, start = [], lo
    for k in range(lo, hi):
        if not toks[k].is_word and toks[k].norm in CLAUSE_PUNCT:
            if k > start:
                out.append((start, k))
            start = k + 1
    if start < hi:
        out.append((start, hi))
    return out or [(lo, hi)]


def token_index_before(doc: Document, offset: int, lo: int) -> int | None:
    """The word token just before `offset` (within the sentence starting at token `lo`)."""
    k = None
    for m in range(lo, len(doc.tokens)):
        if doc.tokens[m].start >= offset:
            break
        if doc.tokens[m].is_word:
            k = m
    return k


class Layers:
    """The document's mentions, refs and timexes sorted by start, cut per sentence by bisection
    (a long document would otherwise cost sentences x mentions)."""

    def __init__(self, doc: Document):
        self.lists = {name: sorted(getattr(doc, name), key=lambda x: x.start)
                      for name in ("mentions", "refs", "timexes")}
        self.starts = {name: [x.start for x in items] for name, items in self.lists.items()}

    def cut(self, name: str, start: int, end: int) -> list:
        lo = bisect.bisect_left(self.starts[name], start)
        hi = bisect.bisect_left(self.starts[name], end)
        return self.lists[name][lo:hi]


class SentenceView:
    """Token-level views of one sentence shared by every trigger in it. Built for every
    sentence, though most hold no trigger: the views only a trigger reads (the lemma set,
    the clauses, relative clauses and blocked ranges) are worked out when first read."""

    def __init__(self, doc: Document, index: int, lex: Lexicon, layers: "Layers | None" = None):
        s = doc.sentences[index]
        self.doc, self.index, self.lex = doc, index, lex
        self.lo, self.hi = s.first_token, s.last_token
        self.start, self.end = s.start, s.end
        self.para = s.paragraph
        toks = doc.tokens
        self.lemmas = [(t.lemma or t.norm).lower() for t in toks[self.lo:self.hi]]   # lemma_of, inline
        layers = layers or Layers(doc)
        self.timexes = layers.cut("timexes", self.start, self.end)
        self.args = args_in(doc, self.start, self.end, layers.cut("mentions", self.start, self.end),
                            layers.cut("refs", self.start, self.end))

    @cached_property
    def lemma_set(self) -> set[str]:
        toks = self.doc.tokens
        return set(self.lemmas) | {toks[k].norm for k in range(self.lo, self.hi)}

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        return clauses(self.doc.tokens, self.lo, self.hi)

    @cached_property
    def rel_spans(self) -> list[tuple[int, int]]:
        toks = self.doc.tokens
        rel = self.lex.word_list("relative_pronouns")
        return [self.char_span(c) for c in self.clauses
                if lemma_of(toks[c[0]]) in rel or toks[c[0]].norm in rel]

    @cached_property
    def _blocks(self) -> tuple[int, list[tuple[int, int]]]:
        """A wish ("щоб ...") blocks the rest of the sentence, a generic relative ("хто") or
        a readiness ("готові до ...") the rest of its clause: (blocked from, blocked ranges)."""
        toks, lex = self.doc.tokens, self.lex
        blocked_from = self.hi
        blocked_ranges: list[tuple[int, int]] = []
        blockers = lex.word_list("blockers")
        clause_blockers = lex.word_list("clause_blockers")
        for k in range(self.lo, self.hi):
            if toks[k].norm in blockers or toks[k].norm in clause_blockers:
                if toks[k].norm in clause_blockers:
                    c = self.clause_of(k)
                    blocked_ranges.append((k, c[1]))
                else:
                    blocked_from = min(blocked_from, k)
        return blocked_from, blocked_ranges

    @property
    def blocked_from(self) -> int:
        return self._blocks[0]

    @property
    def blocked_ranges(self) -> list[tuple[int, int]]:
        return self._blocks[1]

    def clause_of(self, k: int) -> tuple[int, int]:
        for c in self.clauses:
            if c[0] <= k < c[1]:
                return c
        return (self.lo, self.hi)

    def blocked(self, k: int) -> bool:
        blocked_from, ranges = self._blocks
        return k >= blocked_from or any(a <= k < b for a, b in ranges)

    def char_span(self, clause: tuple[int, int]) -> tuple[int, int]:
        toks = self.doc.tokens
        return toks[clause[0]].start, toks[clause[1] - 1].end

class TriggerFinder:
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

    def object_near(self, doc: Document, sent: SentenceView, j: int, name: str, window: int) -> bool:
        words = self.lex.contexts.get(name, frozenset())
        for k in range(j, min(sent.hi, j + window)):
            t = doc.tokens[k]
            if lemma_of(t) in words or t.norm in words:
                return True
        return False

    def next_noun(self, doc: Document, sent: SentenceView, j: int, name: str) -> bool:
        """The first noun after the trigger, past numbers and adjectives, is a word of
        contexts.NAME: "збито 40 ворожих дронів" names what was shot down, "знищено склад ракет"
        names a depot (a strike's hit), not the missiles."""
        words = self.lex.contexts.get(name, frozenset())
        for k in range(j, min(sent.hi, j + OBJECT_WINDOW)):
            t = doc.tokens[k]
            if t.pos == "NOUN" or (t.is_word and t.text[:1].isupper() and t.pos is None):
                return lemma_of(t) in words or t.norm in words
            if t.is_word and t.pos not in ("ADJF", "PRTF", "NUMR", "ADVB", None):
                return False
        return False

    def object_past_list(self, doc: Document, sent: SentenceView, j: int, name: str) -> bool:
        """A word of contexts.NAME after a list of modifiers ("наступає на Бахмутському,
        Лиманському та Авдіївському напрямках"): further off than `object_near` looks, but only
        across the list's own commas and conjunctions, never into another clause."""
        words = self.lex.contexts.get(name, frozenset())
        subs = self.lex.word_list("subordinators")
        for k in range(j, min(sent.hi, j + LIST_OBJECT_WINDOW)):
            t = doc.tokens[k]
            if lemma_of(t) in words or t.norm in words:
                return True
            if (not t.is_word and t.norm != ",") or t.norm in subs or (t.pos == "VERB" and k > j):
                return False
        return False

    def place_object(self, doc: Document, sent: SentenceView, j: int) -> bool:
        """A place named as the verb's direct object, right after it ("Росія заблокувала
        Маріуполь", "блокують Херсон з усіх боків"; "заблокували в Маріуполі" is where)."""
        toks = doc.tokens
        for k in range(j, min(sent.hi, j + 3)):
            t = toks[k]
            if not t.is_word or t.pos == "PREP":
                return False
            if any(a.start <= t.start < a.end and (a.etype or "") == "LOC" for a in sent.args):
                return "accs" in _cases(t.text)
            if t.pos not in ("ADVB", "ADJF"):
                return False
        return False

    def modifier_before(self, doc: Document, sent: SentenceView, k: int, name: str) -> bool:
        """"інформаційна атака", "економічний удар": an adjective of contexts.NAME in the
        adjectives right before the trigger noun makes it a figure of speech."""
        words = self.lex.contexts.get(name, frozenset())
        m = k - 1
        while m >= sent.lo and doc.tokens[m].pos in ("ADJF", "PRTF"):
            if lemma_of(doc.tokens[m]) in words or doc.tokens[m].norm in words:
                return True
            m -= 1
        return False

    def predicative(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"Санкції стали найбільшим ударом по армії", "це буде ударом по них": a strike
        noun in the instrumental as the predicate of a copula says what something amounts
        to; a strike that happened is told in the nominative ("Це був ракетний удар")."""
        t = doc.tokens[k]
        if t.pos != "NOUN" or t.case != "ablt":
            return False
        m = k - 1
        while m >= sent.lo and doc.tokens[m].pos in ("ADJF", "ADVB", "PRCL"):
            if "pssv" in (doc.tokens[m].tags or ()):
                return False      # "була зруйнована ракетними ударами": the doer of a passive
            m -= 1
        return m >= sent.lo and _is_verb(doc.tokens[m]) and lemma_of(doc.tokens[m]) in self.lex.word_list("copulas")

    def demonstrative_predicate(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"Це найбільший удар по армії", "Санкції – це удар по економіці": a nominative noun
        after "це" in a clause with no verb says what something told amounts to; it names no
        happening of its own (a strike told before it is the one meant)."""
        t = doc.tokens[k]
        if t.pos != "NOUN" or t.case != "nomn":
            return False
        lo, hi = sent.clause_of(k)
        if any(_finite(doc.tokens[m]) for m in range(lo, hi)):
            return False
        m = k - 1
        while m >= lo and doc.tokens[m].pos in ("ADJF", "PRTF", "ADVB", "PRCL") and doc.tokens[m].norm != "це":
            m -= 1
        return m >= lo and doc.tokens[m].norm == "це"

    def asked_act(self, doc: Document, sent: SentenceView, j: int, name: str) -> bool:
        """"Хочу попросити вас надати нам літаки", "прошу передати": a verb of asking that
        governs an infinitive of contexts.NAME asks for that act; the asking is the event."""
        words = self.lex.contexts.get(name, frozenset())
        for k in range(j, min(sent.hi, j + 4)):
            t = doc.tokens[k]
            if not t.is_word:
                return False      # "просимо, а вони надали": a clause boundary ends the search
            if is_infinitive(t) and lemma_of(t) in words:
                return True
        return False

    def in_clause(self, doc: Document, sent: SentenceView, i: int, j: int, name: str) -> bool:
        """A word of contexts.NAME anywhere in the trigger's clause: what a verb of use takes
        stands before it as often as after ("Росія застосувала проти мирних міст понад тисячу
        ракет", "Понад 1370 ракет застосовано")."""
        words = self.lex.contexts.get(name, frozenset())
        lo, hi = sent.clause_of(i)
        return any(lemma_of(doc.tokens[m]) in words or doc.tokens[m].norm in words
                   for m in range(lo, hi) if not i <= m < j)

    def patient(self, doc: Document, sent: SentenceView, i: int, j: int, name: str) -> bool:
        """A passive told of what undergoes it ("Маріуполь заблоковано", "місто заблоковане
        російськими військами", "залишається заблокованим"): the trigger is an impersonal form in
        -но/-то or a participle standing as a predicate (nominative, or instrumental after a
        copula), and its clause holds a nominative or accusative word of contexts.NAME or a
        place name in one of those cases ("заблоковані активи" take no town, "із заблокованих
        міст" is no predicate)."""
        toks = doc.tokens
        t = toks[i]
        lo, hi = sent.clause_of(i)
        if t.pos in ("ADJF", "PRTF"):
            copulas = self.lex.word_list("copulas")
            if t.case == "ablt":
                if not (i > sent.lo and lemma_of(toks[i - 1]) in copulas):
                    return False
            elif t.case != "nomn":
                return False
            # an attribute, not a predicate: "відновимо зруйноване житло", "інформацію про
            # зруйноване житло", "кожен зруйнований будинок"
            if i > lo and (toks[i - 1].pos == "PREP" or lemma_of(toks[i - 1]) in self.lex.word_list("generic_determiners")):
                return False
            if any(_finite(toks[m]) and lemma_of(toks[m]) not in copulas for m in range(lo, hi) if m != i):
                return False
        elif not (t.pos == "VERB" and t.norm.endswith(("но", "то")) and not t.tense):
            return False
        words = self.lex.contexts.get(name, frozenset())
        places = {(a.start, a.end) for a in sent.args if (a.etype or "") == "LOC"}
        counted = self.lex.word_list("quantity_words")
        for m in range(lo, hi):
            w = toks[m]
            # "Десятки тисяч будинків зруйновані", "зруйновано 400 закладів освіти"
            after_count = w.case == "gent" and m > lo and (lemma_of(toks[m - 1]) in counted or
                                                          toks[m - 1].norm[:1].isdigit())
            if i <= m < j or not (w.case in ("nomn", "accs") or after_count) or w.pos not in ("NOUN", None):
                continue
            if lemma_of(w) in words or any(a <= w.start < b for a, b in places):
                return True
        return False

    def passive(self, doc: Document, i: int) -> bool:
        """The trigger is a passive: an impersonal form in -но/-то ("заблоковано", "випущено")
        or a participle ("заблокований", "розбомблених")."""
        t = doc.tokens[i]
        if t.pos == "VERB":
            return t.norm.endswith(("но", "то")) and not t.tense and not is_infinitive(t)
        return t.pos in ("ADJF", "PRTF") and lemma_of(t) in self.lex.by_lemma

    def person_after(self, doc: Document, sent: SentenceView, i: int, j: int, name: str) -> bool:
        """The verb's object is a person: a word of contexts.NAME in the accusative or a person
        named right after the verb, in its clause ("захопили мера міста Івана Федорова", "вбили у
        Харкові 96-річного Бориса Романченка"; "громаду, яку вдалося захопити російським
        військовим" takes no one).""" 
        toks = doc.tokens
        words = self.lex.contexts.get(name, frozenset())
        c_lo, c_hi = sent.clause_of(i)
        end = min(c_hi, j + OBJECT_WINDOW)
        names = [(a.start, a.end) for a in sent.args if (a.etype or "") == "PER"]
        in_pp = False
        for m in range(j, end):
            t = toks[m]
            # the first noun after the verb, outside a prepositional phrase ("вбили у Харкові
            # Бориса Романченка"), is its object ("захопити серця людей" takes hearts)
            if t.pos == "PREP":
                in_pp = True
                continue
            if any(a <= t.start < b for a, b in names):
                return True
            if not in_pp and lemma_of(t) in words and "accs" in _cases(t.text):
                return True
            if t.pos == "NOUN":
                if not in_pp:
                    return False
                in_pp = False
        return False

    def foreign_parties(self, doc: Document, sent: SentenceView, i: int, j: int) -> list[str]:
        """States and bodies other than the home side named after the trigger, up to the next
        clause of its own ("перед парламентом Німеччини", "у британському парламенті", "до
        парламентів держав – наших партнерів: Австралії, Нідерландів"): a speech to one's own
        parliament is no meeting with another party."""
        toks = doc.tokens
        home = (self.lex.home or {}).get("id")
        subs = self.lex.word_list("subordinators")
        # up to the next clause: a subordinator, a finite verb, or a comma not inside a list
        # opened by a colon ("виступав у нашому парламенті, у цей день російська армія ...")
        starts = {a.start for a in sent.args}
        end, listed = sent.hi, False
        for m in range(j, sent.hi):
            if toks[m].norm == ":":
                listed = True
            # (a comma followed by one more name goes on with the list: "у парламентах Італії,
            # Японії", "до парламенту, до народу Литви")
            more = any(toks[x].start in starts for x in range(m + 1, min(sent.hi, m + 4)))
            if toks[m].norm in subs or _finite(toks[m]) or (toks[m].norm == "," and not listed and not more):
                end = m
                break
        lo, hi = toks[j - 1].end, toks[end - 1].end
        out: list[str] = []
        for a in sent.args:
            if not lo <= a.start < hi or a.entity == home or a.kind == "pronoun" or a.entity in out:
                continue
            kb_entity = get_kb().entity(a.entity)
            if state_of(a.entity, doc.date) == home or (kb_entity is not None and kb_entity.of == home):
                continue
            if a.entity in place_country():
                continue          # a town abroad is where, not whom ("виступив у Брюсселі")
            out.append(a.entity)
        return out

    def home_assembly(self, doc: Document, sent: SentenceView, i: int, j: int) -> tuple[list[str], list[str]]:
        """"Президент Польщі виступив у Верховній Раді", "Прем'єр-міністр Канади звернувся до
        Верховної Ради": a foreign speaker, the subject before the verb in its clause, and the
        home side's assembly named right after it: (speakers, assembly and home side); empty
        when either is missing (the home side's own speaker addresses no other party)."""
        toks = doc.tokens
        home = (self.lex.home or {}).get("id")
        if not home or not _finite(toks[i]):
            return [], []
        assembly = self.lex.contexts.get("assembly", frozenset())
        lo, hi = sent.clause_of(i)
        k = next((m for m in range(j, min(hi, j + 3)) if lemma_of(toks[m]) in assembly), None)
        if k is None:
            return [], []
        heard = [a.entity for a in sent.args if toks[j].start <= a.start <= toks[k].end + 40 and
                 a.start < toks[min(hi, k + 4) - 1].end and
                 (a.entity == home or (get_kb().entity(a.entity) is not None and get_kb().entity(a.entity).of == home))]
        if not heard:
            return [], []
        speakers = []
        for a in sent.args:
            m = token_index_at(doc, a.start, lo, i)
            if m is None or a.entity == home or a.kind == "pronoun" or a.entity in place_country():
                continue
            if state_of(a.entity, doc.date) == home or (get_kb().entity(a.entity) is not None and get_kb().entity(a.entity).of == home):
                continue
            speakers.append(a.entity)
        if not speakers:
            return [], []
        return speakers, heard + ([home] if home not in heard else [])

    def has_partner(self, doc: Document, sent: SentenceView, j: int) -> bool:
        toks = doc.tokens
        subs = self.lex.word_list("subordinators")
        partitive = self.lex.word_list("partitive_words")
        for k in range(j, min(sent.hi, j + PARTNER_WINDOW)):
            if toks[k].norm in subs:
                break             # "говорив, що кожен із нас": another clause
            if toks[k].norm in ("з", "із", "зі") and not self.topic_partner(doc, sent, k) \
                    and not (k > sent.lo and lemma_of(toks[k - 1]) in partitive):
                lim = toks[min(sent.hi, k + 4) - 1].end
                # the name stands in the "з" phrase itself ("з болем: Маріуполь" is no partner)
                if any(toks[k].end <= a.start <= lim and self._in_phrase(doc, k, a.start) for a in sent.args):
                    return True
                # "розмов із нашими партнерами", "говорив з лідерами": a partner word is enough
                # ("продовжуємо розмову з партнерами" is the ongoing diplomacy, no event: the
                # fallback needs a told happening, a past or future verb)
                partners = self.lex.word_list("partner_nouns")
                if any(lemma_of(toks[m]) in partners for m in range(k + 1, min(sent.hi, k + 4))) \
                        and self._told(doc, sent, j):
                    return True
        return False

    @staticmethod
    def _in_phrase(doc: Document, k: int, start: int) -> bool:
        """No punctuation between token k and the character offset `start`."""
        m = k + 1
        while m < len(doc.tokens) and doc.tokens[m].start < start:
            if not doc.tokens[m].is_word:
                return False
            m += 1
        return True

    def _told(self, doc: Document, sent: SentenceView, j: int) -> bool:
        """The nearest finite verb before position j is in the past or the future."""
        for m in range(j - 1, sent.lo - 1, -1):
            t = doc.tokens[m]
            if t.pos == "VERB" and t.tense and "infn" not in (t.tags or ()):
                return t.tense in ("past", "futr")
        return False

    def has_place_after(self, doc: Document, sent: SentenceView, j: int, preps: frozenset[str],
                        stop: int | None = None) -> bool:
        """A place name after one of `preps` within a few words (before token `stop` if given):
        "прибув до Києва", "наступ на Бахмут", "удар по Одесі"."""
        toks = doc.tokens
        for k in range(j, min(sent.hi if stop is None else stop, j + PARTNER_WINDOW)):
            if toks[k].norm in preps:
                lim = toks[min(sent.hi, k + 4) - 1].end
                for a in sent.args:
                    if toks[k].end <= a.start <= lim and (a.etype or "") == "LOC":
                        # before the verb only a direction ("у Київ прибудуть"), not a location
                        # ("у Києві прибули вагони")
                        if stop is None or toks[k].norm == "до" or toks[k + 1].case not in ("loct", "datv"):
                            return True
        return False

    def anchored(self, doc: Document, sent: SentenceView, k: int, extra: str | None = None) -> bool:
        anchors = self.lex.word_list(extra) if extra else self.lex.word_list("anchors")
        c_lo, c_hi = sent.clause_of(k)
        lo, hi = (sent.lo, sent.hi) if extra else (c_lo, c_hi)
        for m in range(lo, hi):
            if m == k:
                continue
            t = doc.tokens[m]
            if lemma_of(t) in anchors and (extra or t.pos in ("VERB", "INFN")):
                if lemma_of(t) == "бути" and t.tense == "pres":
                    continue
                return True
        if extra:
            return False
        # "Ми готуємо ще сім документів – двосторонніх угод": the verb the noun hangs on
        cl = clause_of_trigger(doc, k, k + 1, sent.lo, sent.hi, self.lex)
        if cl.governor is not None:
            g = doc.tokens[cl.governor]
            if lemma_of(g) in anchors and not (lemma_of(g) == "бути" and g.tense == "pres"):
                return True
        # a date in the clause anchors, or one heading the sentence ("Завтра – засідання")
        a, b = sent.char_span((c_lo, c_hi))
        head = sent.clauses[0]
        if len(sent.clauses) > 1 and sent.clauses[1] == (c_lo, c_hi) and \
                not any(doc.tokens[m].pos == "VERB" for m in range(head[0], head[1])):
            a = sent.start
        return any(t.type in ("DATE", "TIME") and t.start >= a and t.end <= b
                   and t.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") for t in sent.timexes)

    def needs_ok(self, doc: Document, sent: SentenceView, trig: Trigger, i: int, j: int) -> bool:
        for need in trig.needs:
            if need == "partner":
                ok = self.has_partner(doc, sent, j)
            elif need == "destination":
                preps = self.lex.word_list("destination_prepositions")
                # "у Київ прибудуть президенти": the destination may stand before the verb
                ok = self.has_place_after(doc, sent, j, preps) or \
                    self.has_place_after(doc, sent, max(sent.lo, i - 4), preps, stop=i)
            elif need == "target":
                ok = self.has_place_after(doc, sent, j, self.lex.word_list("target_prepositions"))
            elif need == "partner_or_entity":
                c = sent.clause_of(i)
                lo, hi = sent.char_span(c)
                ok = any(lo <= a.start < hi for a in sent.args) or any(
                    # a capitalised word inside the clause: a name the entity layer missed
                    doc.tokens[m].is_word and doc.tokens[m].text[:1].isupper()
                    for m in range(max(c[0], sent.lo + 1), c[1]))
            elif need == "venue":
                # a place the happening is held in (not a topic's: "говорили про бої в Харкові")
                c = sent.clause_of(i)
                lo, hi = sent.char_span(c)
                ok = place_of(doc, [a for a in sent.args if lo <= a.start < hi], c[0], c[1], self.lex)[0] is not None
            elif need == "future":
                ok = doc.tokens[i].tense == "futr"
            elif need == "not_future":
                # told as done or going on, not promised ("ми змусимо їх повірити")
                t = doc.tokens[i]
                ok = t.pos == "VERB" and t.tense in ("past", "pres") and "impr" not in (t.tags or ())
            elif need == "past":
                ok = doc.tokens[i].tense == "past"
            elif need == "speaker_now":
                # a finite verb in the first person present: the speaker performs it as he speaks
                t = doc.tokens[i]
                ok = _finite(t) and t.person == "1per" and t.tense == "pres"
            elif need == "indicative":
                t = doc.tokens[i]
                ok = t.pos == "VERB" and bool(t.tense) and "impr" not in (t.tags or ())
            elif need == "infinitive_after":
                # "змусила Україну підписати угоду": the act one is made to do follows
                ok = any(doc.tokens[m].pos == "INFN" or "infn" in (doc.tokens[m].tags or ())
                         for m in range(j, min(sent.hi, j + 4)))
            elif need == "plea":
                t = doc.tokens[i]
                ok = "impr" in (t.tags or ()) or is_infinitive(t)
            elif need == "obliged":
                ok = bool(self.obliged_parties(doc, sent, i))
            elif need == "addressee":
                ok = self.addressee(doc, sent, i)
            elif need == "wish":
                ok = bool(self.wished_parties(doc, sent, i))
            elif need == "thanked_giver":
                ok = bool(self.thanked_givers(doc, sent, i))
            elif need.startswith("!before:"):
                words = self.lex.contexts.get(need[8:], frozenset())
                ok = not any(lemma_of(doc.tokens[m]) in words for m in range(max(sent.lo, i - 3), i))
            elif need.startswith("antecedent:"):
                ok = self.antecedent(doc, sent, i, need[11:])
            elif need == "anchor":
                ok = self.anchored(doc, sent, i)
            elif need.startswith("anchor_"):
                ok = self.anchored(doc, sent, i, need)
            elif need.startswith("context:"):
                ok = bool(self.lex.contexts.get(need[8:], frozenset()) & self.context_window(doc, sent))
            elif need.startswith("fronted:"):
                # "Посла Угорщини в Україні викликали до МЗС": the object named before the verb,
                # in the accusative, in the verb's own clause
                words = self.lex.contexts.get(need[8:], frozenset())
                lo, _ = sent.clause_of(i)
                ok = any(lemma_of(doc.tokens[m]) in words and "accs" in _cases(doc.tokens[m].text)
                         for m in range(lo, i))
            elif need.startswith("before:"):
                words = self.lex.contexts.get(need[7:], frozenset())
                ok = any(lemma_of(doc.tokens[m]) in words for m in range(max(sent.lo, i - 3), i))
            elif need.startswith("not_before:"):
                # "Ласкаво просимо": a courtesy formula asks for nothing
                words = self.lex.contexts.get(need[11:], frozenset())
                ok = not any(lemma_of(doc.tokens[m]) in words or doc.tokens[m].norm in words
                             for m in range(max(sent.lo, i - 2), i))
            elif need == "agent":
                ok = self.agent_subject(doc, sent, i)
            elif need.startswith("object:"):
                ok = self.object_near(doc, sent, j, need[7:], OBJECT_WINDOW)
            elif need.startswith("next_noun:"):
                ok = self.next_noun(doc, sent, j, need[10:])
            elif need.startswith("list_object:"):
                ok = self.object_past_list(doc, sent, j, need[12:])
            elif need.startswith("asked_act:"):
                ok = self.asked_act(doc, sent, j, need[10:])
            elif need.startswith("!object:"):
                ok = not self.object_near(doc, sent, j, need[8:], OBJECT_WINDOW)
            elif need.startswith("clause:"):
                ok = self.in_clause(doc, sent, i, j, need[7:])
            elif need.startswith("!clause:"):
                ok = not self.in_clause(doc, sent, i, j, need[8:])
            elif need.startswith("patient:"):
                ok = self.patient(doc, sent, i, j, need[8:])
            elif need == "third_person":
                # "ДБР розслідує", not "ми розслідуємо" (a promise in a two-aspect verb)
                ok = doc.tokens[i].person == "3per"
            elif need == "named_object":
                ok = named_object(self.lex, doc, sent.args, sent.lo, sent.hi, i, j)
            elif need.startswith("owned_object:"):
                ok = owned_object(self.lex, doc, sent.args, sent.lo, sent.hi, j, need[13:])
            elif need.startswith("just_before:"):
                ok = held_by(self.lex, doc, sent.lo, i, need[12:])
            elif need.startswith("person_object:"):
                ok = self.person_after(doc, sent, i, j, need[14:])
            elif need == "place_object":
                ok = self.place_object(doc, sent, j)
            elif need == "passive":
                ok = self.passive(doc, i)
            elif need == "foreign_party":
                ok = bool(self.foreign_parties(doc, sent, i, j))
            elif need == "foreign_speaker":
                ok = bool(self.home_assembly(doc, sent, i, j)[0])
            elif need == "honour":
                ok = self.honoured(doc, sent, i)
            else:
                ok = False
            if not ok:
                return False
        return True

    def honoured(self, doc: Document, sent: SentenceView, i: int) -> bool:
        """"Маю велику честь сьогодні звернутися до вас", "Для мене велика честь уперше в історії
        парламенту Японії звернутися до вас", "Радий вітати": an infinitive under an evaluative
        word of its own clause names the act the speaker performs as he speaks (an infinitive
        after a subordinator belongs to another clause: "радий, що змогли вітати")."""
        toks = doc.tokens
        if not is_infinitive(toks[i]):
            return False
        honour = self.lex.word_list("evaluative_predicates")
        subs = self.lex.word_list("subordinators")
        for m in range(i - 1, max(sent.lo, i - HONOUR_WINDOW) - 1, -1):
            t = toks[m]
            if t.norm in subs or (_finite(t) and lemma_of(t) not in self.lex.word_list("possessive_modals")):
                return False
            if lemma_of(t) in honour or t.norm in honour:
                return True
        return False

    def agent_subject(self, doc: Document, sent: SentenceView, i: int) -> bool:
        """"Ситуація вимагає рішень", "Це потребує часу", "Закон вимагає прозорості": only
        someone can ask. The verb's subject, when a common noun or a pronoun (a name is an
        agent), must be animate or a body of people (`agent_nouns`); no subject, as in "Вимагаємо
        ...", is the speaker."""
        toks = doc.tokens
        t = toks[i]
        if not _finite(t) or t.person in ("1per", "2per"):
            return True       # an infinitive's subject is not in its clause ("право вимагати")
        cl = clause_of_trigger(doc, i, i + 1, sent.lo, sent.hi, self.lex)
        named = [(a.start, a.end) for a in sent.args]
        preps = self.lex.word_list("prepositions")
        agents = self.lex.word_list("agent_nouns")
        plural = "plur" in (t.tags or ())
        # after the verb, its subject's noun past the adjectives ("прибув черговий гуманітарний
        # конвой")
        e = i + 1
        while e < min(cl.hi, i + 6) and toks[e].pos in ("ADJF", "PRTF", "NUMR"):
            e += 1
        for m in [*range(i - 1, cl.lo - 1, -1), *range(i + 1, min(cl.hi, max(i + 3, e + 1)))]:
            w = toks[m]
            pronoun = w.pos == "PRCL" and any(p.tag.POS == "NPRO" and "nomn" in p.tag for p in parses(w.text))
            # "перші системи прибудуть": the dictionary's first reading of "системи" is the
            # genitive singular; before a plural verb its plural nominative is the subject
            agreeing = plural and m < i and w.pos == "NOUN" and any(
                p.tag.POS == "NOUN" and "nomn" in p.tag and "plur" in p.tag for p in parses(w.text))
            if not (pronoun or agreeing) and (w.pos not in ("NOUN", "NPRO") or w.case != "nomn") or \
                    tie_of(doc, m, cl.lo, -1, preps).prep is not None:
                continue
            if any(a <= w.start < b for a, b in named) or w.text[:1].isupper() and m > sent.lo:
                return True       # a name: a state, a body, a person
            if w.norm in self.lex.word_list("first_person"):
                return True
            if m > i and "accs" in _cases(w.text) and lemma_of(t) not in self.lex.word_list("intransitive_verbs"):
                continue          # "вимагає рішення": the object, not the subject
            # ("прибув гуманітарний вантаж": a verb of motion has no object, a thing arrived)
            return "anim" in (w.tags or ()) or lemma_of(w) in agents
        return True

    # ---- a party asked to act ------------------------------------------------------------
    def _party(self, doc: Document, sent: SentenceView, k: int, home: str | None) -> str | None:
        """The entity named by a nominative word at token k: a state, a body or a person, not
        the home side, not the speaker, not a town (a town is where, not who)."""
        t = doc.tokens[k]
        if t.case != "nomn" or t.norm in self.lex.word_list("first_person"):
            return None
        for a in sent.args:
            if a.start == t.start and a.entity != home and a.entity not in place_country() \
                    and a.entity != (self.lex.home or {}).get("id"):
                if a.kind == "adjective" and not (k + 1 < sent.hi and lemma_of(doc.tokens[k + 1])
                                                  in self.lex.word_list("adjective_parties")):
                    return None       # "Російське питання не має заважати": the question is no party
                return a.entity
        return None

    def obliged_parties(self, doc: Document, sent: SentenceView, i: int) -> list[str]:
        """"Але він мусить це зробити", "Росія повинна вивести війська", "партнери мають надати
        зброю": the named subject of a "must" before an infinitive (not a past "мусив", not
        "має бути", which ``before:must`` reads) is the party asked to act."""
        toks = doc.tokens
        t = toks[i]
        if t.pos == "VERB" and not any("3per" in p.tag and p.tag.POS == "VERB" and "past" not in p.tag
                                       for p in parses(t.text)):
            return []
        if t.pos in ("ADJF", "ADJS") and t.case not in (None, "nomn"):
            return []
        inf = next((m for m in range(i + 1, min(sent.hi, i + 4)) if is_infinitive(toks[m])), None)
        # ("не має права реагувати" is a right, "має бути" a state; "повинні отримати блокування",
        # "має зазнати" ask nothing of the subject)
        passive = self.lex.word_list("receive_verbs") | self.lex.word_list("target_subject_verbs")
        # ("Україна має стати членом НАТО", "має залишатися": a forecast or a goal, no demand)
        if inf is None or lemma_of(toks[inf]) in passive | self.lex.word_list("copulas") or \
                any(not toks[m].is_word or toks[m].pos == "NOUN" for m in range(i + 1, inf)):
            return []
        lo = sent.clause_of(i)[0]
        out = []
        for m in range(max(lo, i - 6), i):
            x = self._party(doc, sent, m, None)
            if x and x not in out:
                out.append(x)
        return out

    def addressee(self, doc: Document, sent: SentenceView, i: int) -> bool:
        """"Я звернувся до Сполучених Штатів щодо створення U-24", "звертаюся до ЄС із
        проханням": a named party after "до" (not the home side or its people, not a town) and
        what is asked further on in the sentence."""
        toks = doc.tokens
        home = (self.lex.home or {}).get("id")
        to = next((m for m in range(i + 1, min(sent.hi, i + 4)) if toks[m].norm == "до"), None)
        if to is None:
            return False
        lim = toks[min(sent.hi, to + 4) - 1].end
        if not any(toks[to].end <= a.start <= lim and a.entity != home and a.entity not in place_country()
                   for a in sent.args):
            return False
        cues = self.lex.contexts.get("appeal", frozenset())
        return any(lemma_of(toks[m]) in cues or toks[m].norm in cues for m in range(to + 1, sent.hi))

    def wished_parties(self, doc: Document, sent: SentenceView, i: int) -> list[str]:
        """"Ми хочемо, щоб Німеччина передала танки": the named subject right after "щоб" is the
        party a wish asks to act ("не хоче, щоб" asks nothing)."""
        toks = doc.tokens
        if i > sent.lo and toks[i - 1].norm in self.lex.word_list("negators"):
            return []
        conj = next((m for m in range(i + 1, min(sent.hi, i + 3)) if toks[m].norm in ("щоб", "аби")), None)
        if conj is None or any(toks[m].is_word for m in range(i + 1, conj)):
            return []
        out = []
        for m in range(conj + 1, min(sent.hi, conj + 4)):
            if not toks[m].is_word:
                break
            x = self._party(doc, sent, m, None)
            if x and x not in out:
                out.append(x)
        return out

    def thanked(self, doc: Document, sent: SentenceView, i: int) -> tuple[int, int] | None:
        """"Дякую Польщі за зброю", "вдячний США за пакет", "подякував Президенту Азербайджану
        за надану Україні гуманітарну підтримку": the trigger stands a few words after "за" and
        "за" after a word of thanks in the same clause; returns (the thanks word, "за"). Thanks
        to come ("будемо вдячні за рішення", "був би вдячний") ask, they thank for nothing given."""
        toks = doc.tokens
        subs = self.lex.word_list("subordinators")
        z = None
        for m in range(i - 1, max(sent.lo, i - 6) - 1, -1):
            t = toks[m]
            if t.norm == "за":
                z = m
                break
            if m - 1 >= sent.lo and toks[m - 1].norm == "," and \
                    (t.norm == "що" or lemma_of(t) in self.lex.word_list("relative_pronouns")) and \
                    all(toks[x].pos in ("ADVB", "NPRO", "PRCL") for x in range(m + 1, i)):
                # "Дякую Данії, що передала нам F-16", "вдячні Польщі, яка надала": the clause
                # after the comma tells what the thanked did
                z = m - 1
                break
            if not t.is_word or t.norm in subs or _finite(t):
                return None
        if z is None:
            return None
        thanks = self.lex.word_list("gratitude_words")
        for g in range(z - 1, max(sent.lo, z - 20) - 1, -1):
            t = toks[g]
            if lemma_of(t) in thanks or t.norm in thanks:
                if t.tense == "futr" or any(toks[m].norm in self.lex.word_list("future_thanks")
                                            for m in range(max(sent.lo, g - 3), g)):
                    return None
                return g, z
            if t.norm in subs or t.norm in (";", ":") or (_finite(t) and lemma_of(t) not in thanks):
                return None
        return None

    def thanked_givers(self, doc: Document, sent: SentenceView, i: int) -> list[str]:
        """The parties thanked for what the trigger names: the names between the thanks word and
        "за" ("вдячний Сполученим Штатам, Президенту Байдену та Конгресу за"), or before the
        thanks word in the dative ("Нашим друзям із Польщі ми вдячні за"); not the home side, its
        towns or its own people."""
        found = self.thanked(doc, sent, i)
        if found is None:
            return []
        g, z = found
        toks = doc.tokens
        home = (self.lex.home or {}).get("id")
        towns = place_country()
        lo = sent.clause_of(g)[0]
        out: list[str] = []
        for a in sent.args:
            k = token_index_at(doc, a.start, sent.lo, sent.hi)
            if k is None or not (lo <= k < z) or k == g:
                continue
            if k < g and not ("datv" in _cases(toks[k].text) and (k == sent.lo or toks[k - 1].norm not in self.lex.word_list("prepositions"))):
                continue
            if a.entity == home or a.entity in towns or a.kind == "pronoun":
                continue
            kb_entity = get_kb().entity(a.entity)
            if state_of(a.entity, doc.date) == home or (kb_entity is not None and kb_entity.of == home):
                continue          # "вдячний Верховній Раді", "дякую Андрію Єрмаку": our own
            if a.entity not in out:
                out.append(a.entity)
        return out

    def antecedent(self, doc: Document, sent: SentenceView, i: int, name: str) -> bool:
        """"пакет, який надасть Польща", "зброя, яку передали партнери": a giving verb in a
        relative clause whose antecedent is what is given (the pronoun may be its object: "яка",
        a subject only, is not: "зброя, яка дасть змогу")."""
        toks = doc.tokens
        rel = self.lex.word_list("relative_pronouns")
        m = i - 1
        while m > sent.lo and toks[m].pos == "ADVB":
            m -= 1
        if m <= sent.lo + 1 or lemma_of(toks[m]) not in rel or toks[m - 1].norm != ",":
            return False
        if not any(p.tag.case == "accs" for p in parses(toks[m].text) if p.normal_form in rel):
            return False
        words = self.lex.contexts.get(name, frozenset())
        return any(lemma_of(toks[n]) in words for n in range(max(sent.lo, m - 4), m - 1))

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

    def need_request(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"потрібні ракети", "необхідності оборонної підтримки": a need word with a needed
        thing near it is a request."""
        t = doc.tokens[k]
        if lemma_of(t) not in self.lex.need_words and t.norm not in self.lex.need_words:
            return False
        if t.pos in ("ADJF", "PRTF") and t.case not in (None, "nomn"):
            return False      # "надати всю необхідну допомогу": an attribute, nobody asks
        cl = clause_of_trigger(doc, k, k + 1, sent.lo, sent.hi, self.lex)
        if t.pos in ("ADJF", "PRTF") and cl.governor is not None and \
                lemma_of(doc.tokens[cl.governor]) not in self.lex.word_list("copulas"):
            return False      # "Уряд прийме всі необхідні акти": an attribute under another verb
        if t.pos == "VERB" and not self.agent_subject(doc, sent, k):
            return False      # "Це потребує допомоги", "Ситуація потребує рішень"
        toks = doc.tokens
        if k > sent.lo and toks[k - 1].norm in self.lex.word_list("negators"):
            return False      # "документи не потрібно": nothing is asked
        objs = self.lex.contexts.get("need_objects", frozenset())
        if t.pos == "ADVB" and lemma_of(t) in self.lex.word_list("need_adverbs"):
            # "Партнерам потрібно активізувати допомогу": what is needed is the object of the
            # infinitive or the word after the need ("потрібно розірвати зв'язки банків з
            # фінансовою системою" asks for no system)
            inf = next((m for m in range(k + 1, min(cl.hi, k + 4)) if is_infinitive(toks[m])), None)
            start = (inf if inf is not None else k) + 1
            if self.asked_sanction_at(doc, sent, k) is not None:
                return True
            return any(lemma_of(toks[m]) in objs or toks[m].norm in objs for m in range(start, min(cl.hi, start + 3)))
        # the needed thing in the need word's own clause ("зустрічі – про кроки, які потрібні"),
        # or the noun a relative clause hangs on ("Дайте нам зброю, яка необхідна")
        lo = cl.lo
        edge = doc.tokens[cl.left_edge] if cl.left_edge is not None else None
        if edge is not None and lemma_of(edge) in self.lex.word_list("relative_pronouns") and \
                cl.left_edge - 1 > sent.lo and doc.tokens[cl.left_edge - 1].norm == ",":
            lo = cl.left_edge - 2
        for m in range(max(lo, k - NEED_WINDOW), min(cl.hi, k + NEED_WINDOW)):
            if m != k and (lemma_of(doc.tokens[m]) in objs or doc.tokens[m].norm in objs):
                return True
        return False

    def asked_sanction_at(self, doc: Document, sent: SentenceView, k: int) -> int | None:
        """"Потрібно обмежити російський експорт енергоресурсів", "потрібно закрити порти для
        російських суден": a need adverb before an act of sanctioning with what it stops asks for
        a sanction; the infinitive's index ("потрібно закрити питання" asks for none)."""
        toks = doc.tokens
        if lemma_of(toks[k]) not in self.lex.word_list("need_adverbs"):
            return None
        inf = next((m for m in range(k + 1, min(sent.hi, k + 4)) if is_infinitive(toks[m])), None)
        if inf is None or lemma_of(toks[inf]) not in self.lex.contexts.get("asked_sanction", frozenset()):
            return None
        stops = self.lex.contexts.get("sanctioned_objects", frozenset())
        if any(lemma_of(toks[m]) in stops or toks[m].norm in stops for m in range(inf + 1, min(sent.hi, inf + 6))):
            return inf
        return None

    def mode(self, type_: str, fixed: str | None, sent: SentenceView) -> str | None:
        if fixed:
            return fixed
        for mode, words in self.lex.modes.get(type_, {}).items():
            if words & sent.lemma_set:
                return mode
        toks = sent.doc.tokens
        for mode, words in self.lex.plural_modes.get(type_, {}).items():
            if any(toks[k].number == "plur" and lemma_of(toks[k]) in words for k in range(sent.lo, sent.hi)):
                return mode
        return None

    # ---- one document -----------------------------------------------------------------
    def relative_clause(self, doc: Document, sent: SentenceView, i: int) -> tuple[int, int] | None:
        """"саміту НАТО, який відбудеться у липні в Анкарі": a trigger noun closing its clause
        takes the relative clause after it as its own (predicate, time, place)."""
        if doc.tokens[i].pos != "NOUN":
            return None
        c = sent.clause_of(i)
        idx = sent.clauses.index(c) if c in sent.clauses else -1
        if idx < 0 or idx + 1 >= len(sent.clauses) or c[1] - i > 3:
            return None
        nxt = sent.clauses[idx + 1]
        rel = self.lex.word_list("relative_pronouns")
        if lemma_of(doc.tokens[nxt[0]]) not in rel and doc.tokens[nxt[0]].norm not in rel:
            return None
        if not _may_agree(doc.tokens[nxt[0]], doc.tokens[i]):
            return None           # "удар по місту, яке Україна звільнила": the town's clause
        return (i, nxt[1])

    def generic_relative(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"лідерів світу, які говорять з Москвою": a present-tense verb of a relative clause
        about an unnamed class of people tells what such people do, no happening. A named
        antecedent ("Макрон, який зараз говорить з Путіним") or a time of the clause's own
        keeps it."""
        toks, lex = doc.tokens, self.lex
        c = sent.clause_of(k)
        verb = next((x for x in range(c[0], c[1]) if toks[x].pos == "VERB" and toks[x].tense), None)
        t = toks[verb] if verb is not None else None
        if t is None or t.tense != "pres" or t.number != "plur" or (verb != k and toks[k].pos != "NOUN"):
            return False
        rel = lex.word_list("relative_pronouns")
        if c[0] == sent.lo or (lemma_of(toks[c[0]]) not in rel and toks[c[0]].norm not in rel):
            return False
        lo_char, hi_char = toks[c[0]].start, toks[c[1] - 1].end
        if any(lo_char <= x.start < hi_char for x in sent.timexes) or \
                any(toks[x].norm in lex.word_list("generic_relative_keepers") for x in range(c[0], c[1])):
            return False
        prev = sent.clause_of(c[0] - 2) if c[0] - 2 >= sent.lo else None
        if prev is None:
            return False
        m = prev[1] - 1                  # the antecedent's noun phrase closes the clause before
        people = False
        while m >= prev[0] and toks[m].is_word and toks[m].pos in ("NOUN", "ADJF", "NPRO", "PRTF", "NUMR"):
            if any(a.start <= toks[m].start < a.end for a in sent.args):
                return False
            # people or bodies of them that the pronoun may refer to ("лідерів світу, які"), not things
            # ("ставлення, якого вимагають конвенції")
            people = people or (toks[m].pos == "NOUN" and _may_agree(toks[c[0]], toks[m]) and
                                ("anim" in (toks[m].tags or ()) or lemma_of(toks[m]) in lex.word_list("agent_nouns")))
            m -= 1
        # "Харків та інші міста, які ...": coordinated with a name, the class is no longer unnamed
        return people and not (m >= prev[0] and toks[m].norm in ("і", "й", "та", "а також"))

    def habitual(self, doc: Document, sent: SentenceView, k: int, j: int) -> bool:
        """"моя традиційна ранкова нарада", "Наші розмови щоденні": a trigger noun that a word of
        habit qualifies names a routine, not one happening (a day given makes it one)."""
        toks = doc.tokens
        if toks[k].pos != "NOUN":
            return False
        words = self.lex.word_list("habitual_words")
        m = k - 1
        while m >= sent.lo and toks[m].is_word and toks[m].pos in ("ADJF", "PRTF", "NPRO"):
            if lemma_of(toks[m]) in words:
                return True
            m -= 1
        # the predicate closing the clause, with no verb before it ("розмови з ними щоденні")
        c = sent.clause_of(k)
        last = max((x for x in range(j, c[1]) if toks[x].is_word), default=None)
        return last is not None and toks[last].pos in ("ADJF", "ADJS") and lemma_of(toks[last]) in words and \
            not any(toks[x].pos in ("VERB", "INFN") for x in range(j, last))

    def permitted(self, doc: Document, sent: SentenceView, lo: int, k: int) -> bool:
        """"дало зелене світло для бомбардування", "дозвіл на наступ": a strike noun that is the
        purpose of a leave given; the clause's subject gives leave, it does not strike."""
        toks, lex = doc.tokens, self.lex
        tie = tie_of(doc, k, sent.lo, -1, lex.word_list("prepositions"))
        if tie.prep not in lex.word_list("purpose_prepositions"):
            return False
        at = next((x for x in range(tie.head - 1, sent.lo - 1, -1) if toks[x].norm == tie.prep), None)
        if at is None:
            return False
        words = lex.word_list("permission_words")
        return any(lemma_of(toks[x]) in words or toks[x].norm in words for x in range(max(lo, sent.lo, at - 4), at))

    # ---- topics -----------------------------------------------------------------------
    def sideline(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"на полях саміту G7", "у кулуарах форуму": the gathering is where the happening
        the sentence tells took place, not a meeting of its own with its host as a party."""
        if k - 2 < sent.lo:
            return False
        toks = doc.tokens
        return f"{toks[k - 2].norm} {toks[k - 1].norm}" in self.lex.word_list("sideline_phrases")

    def generic(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"Кожну зустріч ми використовуємо": a trigger noun under a determiner of any or every
        names a kind of happening, none in particular."""
        toks = doc.tokens
        if toks[k].pos != "NOUN":
            return False
        tie = tie_of(doc, k, sent.lo, -1, self.lex.word_list("prepositions"))
        words = self.lex.word_list("generic_determiners")
        return any(lemma_of(toks[x]) in words for x in range(tie.head, k))

    def topic(self, doc: Document, sent: SentenceView, k: int, type_: str) -> bool:
        """A trigger noun that is only what another act is about: "переговори щодо санкцій",
        "питання постачання зброї", "говорили про нові санкції", "Окрім санкцій, обговорили
        ...". Its noun phrase (and the one it is coordinated with) is traced left to what
        governs it; a topic preposition, a topic noun or a speech verb makes it a topic."""
        toks, lex = doc.tokens, self.lex
        if toks[k].pos not in ("NOUN", "ADJF", "PRTF") or type_.lower() in lex.word_list("topic_exempt_types"):
            return False
        preps = lex.word_list("prepositions")
        scope = self._topic_scope(doc, sent, k)
        if scope is not None:
            return self._topic_prep(doc, sent, scope, doc.tokens[scope].norm)
        if self._topic_predicate(doc, sent, k):
            return True
        m = k
        for _ in range(6):
            tie = tie_of(doc, m, sent.lo, -1, preps)
            if any(lemma_of(toks[x]) in lex.word_list("topic_nouns") for x in range(tie.head, m)):
                return True                                  # "питання постачання зброї"
            p = tie.prep
            if p is not None:
                at = next((x for x in range(tie.head - 1, sent.lo - 1, -1) if toks[x].norm == p), None)
                return at is not None and self._topic_prep(doc, sent, at, p)
            c = coordinated_with(doc, tie.head, sent.lo)
            if c is None or not (_cases(toks[c].text) & _cases(toks[tie.head].text)):
                gov = self._governor(doc, sent, tie.head)
                # "обговорили питання", "порушили тему": a speech verb's object
                return gov is not None and lemma_of(toks[gov]) in lex.word_list("topic_verbs")
            m = c                    # "про оборонне постачання, макрофінансову допомогу"
        return False

    def _topic_scope(self, doc: Document, sent: SentenceView, k: int) -> int | None:
        """The topic preposition whose phrase runs on to position k ("Про ситуацію в Маріуполі
        та необхідність евакуації"): no verb, subordinator or punctuation between them."""
        toks, lex = doc.tokens, self.lex
        marks = lex.word_list("topic_markers") | lex.word_list("about_prepositions")
        subs = lex.word_list("subordinators")
        for m in range(k - 1, sent.lo - 1, -1):
            t = toks[m]
            if t.norm in marks and t.pos in ("PREP", None):
                # ("Говорив про це у виступі перед Конгресом": a pronoun is a whole phrase, the
                # one after it is no part of the topic)
                nxt = next((x for x in range(m + 2, k) if toks[x].pos != "ADVB"), None)
                if nxt is not None and toks[m + 1].norm in lex.word_list("topic_pronouns") and toks[nxt].pos == "PREP":
                    return None
                # (nor after a name: "Говорив про Миколаїв у виступі перед парламентом Данії")
                named = next((a for a in sent.args if a.start == toks[m + 1].start), None)
                if named is not None:
                    e = next((x for x in range(m + 1, k) if toks[x].start >= named.end and toks[x].pos != "ADVB"), None)
                    if e is not None and toks[e].pos == "PREP":
                        return None
                return m
            if not t.is_word or _finite(t) or t.pos in ("INFN", "GRND") or t.norm in subs:
                return None
        return None

    def _topic_predicate(self, doc: Document, sent: SentenceView, k: int, name: bool = False) -> bool:
        """"Допомога була питанням номер один на переговорах", "темою розмови було посилення
        санкцій": the subject of "бути" with a topic noun as its predicate (with `name`: a name
        inside that subject, before the predicate: "Допомога Україні була питанням ...")."""
        toks, lex = doc.tokens, self.lex
        tie = tie_of(doc, k, sent.lo, -1, lex.word_list("prepositions"))
        if tie.prep is not None or (not name and toks[tie.head].case != "nomn"):
            return False
        lo, hi = sent.clause_of(k)
        nouns = lex.word_list("topic_predicate_nouns")
        copula = [m for m in range(lo, hi) if lemma_of(toks[m]) == "бути"]
        pred = [m for m in range(lo, hi) if lemma_of(toks[m]) in nouns and toks[m].case == "ablt"]
        if not copula or not pred:
            return False
        return not name or k < min(copula + pred)

    def topic_name(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """A name inside the subject of a topic predicate takes no part in the happening."""
        return self._topic_predicate(doc, sent, k, name=True)

    def hypothetical(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"можливі переговори", "перспективи переговорів": a happening that may come, none
        that took place."""
        toks = doc.tokens
        if toks[k].pos != "NOUN":
            return False
        tie = tie_of(doc, k, sent.lo, -1, self.lex.word_list("prepositions"))
        words = self.lex.word_list("hypothetical_words")
        return any(lemma_of(toks[x]) in words for x in range(max(tie.head, k - 4), k))

    def _governor(self, doc: Document, sent: SentenceView, k: int) -> int | None:
        """The verb or noun just before position k, over adverbs and particles ("говорили
        також про"); None at the start of the sentence or after a comma ("Зокрема, про ...")."""
        for m in range(k - 1, max(sent.lo, k - 4) - 1, -1):
            t = doc.tokens[m]
            if t.pos in ("ADVB", "PRCL", "CONJ") or t.norm in ("і", "й", "та", "також", "теж"):
                continue
            if t.pos in ("VERB", "INFN", "NOUN", "GRND"):
                return m
            return None
        return None

    def _left_phrase(self, doc: Document, sent: SentenceView, at: int) -> tuple[set[str], str]:
        """The lemmas of the noun phrase just before position `at` (across its coordinated
        parts: "рішення Ради безпеки і оборони щодо ..."), and the lemma of the verb or noun
        that governs that phrase (or the word before `at` itself)."""
        toks, preps = doc.tokens, self.lex.word_list("prepositions")
        lemmas: set[str] = set()
        m = at - 1
        for _ in range(4):
            if m < sent.lo or not toks[m].is_word:
                break
            if toks[m].pos not in ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO", None):
                g = self._governor(doc, sent, m + 1)
                return lemmas, lemma_of(toks[g]) if g is not None else ""
            tie = tie_of(doc, m, sent.lo, -1, preps)
            lemmas.update(lemma_of(toks[x]) for x in range(tie.head, m + 1))
            c = coordinated_with(doc, tie.head, sent.lo) if tie.prep is None else None
            if c is None:
                if tie.prep is not None:
                    break
                g = self._governor(doc, sent, tie.head)
                return lemmas, lemma_of(toks[g]) if g is not None else ""
            m = c
        return lemmas, ""

    def _topic_prep(self, doc: Document, sent: SentenceView, at: int, p: str) -> bool:
        lex = self.lex
        if p in lex.word_list("topic_markers") or p in lex.word_list("about_prepositions"):
            # "переговори щодо санкцій", "говорили про санкції", "Також про посилення санкцій";
            # but "оголосив про виділення пакета", "рішення РНБО щодо застосування санкцій"
            # report or decide a happening
            lemmas, gl = self._left_phrase(doc, sent, at)
            return not ((lemmas | {gl}) & lex.word_list("report_governors"))
        gov = self._governor(doc, sent, at)
        gl = lemma_of(doc.tokens[gov]) if gov is not None else ""
        if p in lex.word_list("besides_prepositions"):
            # "Окрім санкцій, обговорили ...": the topic of the discussion the sentence tells
            nxt = next((m for m in range(at + 1, sent.hi) if _finite(doc.tokens[m])), None)
            return nxt is not None and lemma_of(doc.tokens[nxt]) in lex.word_list("topic_verbs")
        # "наголосив на посиленні санкцій": a speech verb's object
        return gl in lex.word_list("topic_verbs")

    def topic_partner(self, doc: Document, sent: SentenceView, z: int) -> bool:
        """"говорив про перспективи переговорів із Росією": the "з" phrase hangs on the topic
        noun before it, so its name is no partner of the talk."""
        toks = doc.tokens
        prev = z - 1
        return prev >= sent.lo and toks[prev].pos == "NOUN" and \
            lemma_of(toks[prev]) in self.lex.word_list("partner_taking_nouns") and \
            self.topic(doc, sent, prev, "")

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

"""The events layer: PLOVER events with status, arguments, time and place.

Triggers are lemmas from `lang/uk/events.yaml` (events_lexicon.py); each trigger is checked
against its conditions (a partner, an anchoring predicate, a context), its status is read from
the verbs around it (events_status.py), its arguments from the entity, timex and quote layers
(events_args.py), repeated mentions of one happening are merged and every event gets a
confidence (events_merge.py). Events under `min_confidence` (option, default 0.5) are not
emitted: a false event costs precision, and the generic uses of strong words ("готуємо
зустрічі") score low.

Options (`Settings.options["events"]`): `min_confidence` (0.5), `home` (true: first-person
speakers and bare role words stand for the home side, `home` in events.yaml).
"""
from __future__ import annotations

import bisect

from ..chronicle.timerange import value_range
from ..document import Document, Event, Span, Token
from ..pipeline import component
from ..settings import Settings
from .events_args import args_in, home_entity, place_of, roles, time_of, token_index_at
from .events_lexicon import Lexicon, Trigger, lexicon
from .events_merge import Cand, confidence, merge
from .events_status import is_infinitive, status_of

FRAMING_TYPES = {"REQUEST", "REJECT", "THREATEN", "AGREE"}
CLAUSE_PUNCT = {",", ";", ":", "-", "(", ")", "—", "–"}
NEED_WINDOW = 12
OBJECT_WINDOW = 6
PARTNER_WINDOW = 6


def _lemma(t: Token) -> str:
    return (t.lemma or t.norm).lower()


def _clauses(toks: list[Token], lo: int, hi: int) -> list[tuple[int, int]]:
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


class _Layers:
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


class _Sentence:
    """Token-level views of one sentence shared by every trigger in it."""

    def __init__(self, doc: Document, index: int, lex: Lexicon, layers: "_Layers | None" = None):
        s = doc.sentences[index]
        self.doc, self.index, self.lex = doc, index, lex
        self.lo, self.hi = s.first_token, s.last_token
        self.start, self.end = s.start, s.end
        self.para = s.paragraph
        toks = doc.tokens
        self.lemmas = [_lemma(toks[k]) for k in range(self.lo, self.hi)]
        self.lemma_set = set(self.lemmas) | {toks[k].norm for k in range(self.lo, self.hi)}
        self.clauses = _clauses(toks, self.lo, self.hi)
        layers = layers or _Layers(doc)
        self.timexes = layers.cut("timexes", self.start, self.end)
        self.args = args_in(doc, self.start, self.end, layers.cut("mentions", self.start, self.end),
                            layers.cut("refs", self.start, self.end))
        rel = lex.word_list("relative_pronouns")
        self.rel_spans = [self.char_span(c) for c in self.clauses
                          if _lemma(toks[c[0]]) in rel or toks[c[0]].norm in rel]
        # a wish ("щоб ...") blocks the rest of the sentence, a generic relative ("хто")
        # the rest of its clause
        self.blocked_from = self.hi
        self.blocked_ranges: list[tuple[int, int]] = []
        blockers = lex.word_list("blockers")
        for k in range(self.lo, self.hi):
            if toks[k].norm in blockers:
                if toks[k].norm == "хто":
                    c = self.clause_of(k)
                    self.blocked_ranges.append((k, c[1]))
                else:
                    self.blocked_from = min(self.blocked_from, k)

    def clause_of(self, k: int) -> tuple[int, int]:
        for c in self.clauses:
            if c[0] <= k < c[1]:
                return c
        return (self.lo, self.hi)

    def blocked(self, k: int) -> bool:
        return k >= self.blocked_from or any(a <= k < b for a, b in self.blocked_ranges)

    def char_span(self, clause: tuple[int, int]) -> tuple[int, int]:
        toks = self.doc.tokens
        return toks[clause[0]].start, toks[clause[1] - 1].end


class EventExtractor:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.lex = lexicon()
        self.min_conf = float(self.settings.option("events", "min_confidence", 0.5))
        self.use_home = bool(self.settings.option("events", "home", True))
        self._ctx_key: tuple | None = None
        self._ctx: set[str] = set()

    # ---- trigger conditions -----------------------------------------------------------
    def _context_window(self, doc: Document, sent: _Sentence) -> set[str]:
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
            out.update(_lemma(t) for t in doc.tokens[s.first_token:s.last_token])
        self._ctx_key, self._ctx = key, out
        return out

    def _object_near(self, doc: Document, sent: _Sentence, j: int, name: str, window: int) -> bool:
        words = self.lex.contexts.get(name, frozenset())
        for k in range(j, min(sent.hi, j + window)):
            t = doc.tokens[k]
            if _lemma(t) in words or t.norm in words:
                return True
        return False

    def _has_partner(self, doc: Document, sent: _Sentence, j: int) -> bool:
        toks = doc.tokens
        for k in range(j, min(sent.hi, j + PARTNER_WINDOW)):
            if toks[k].norm in ("з", "із", "зі"):
                lim = toks[min(sent.hi, k + 4) - 1].end
                if any(toks[k].end <= a.start <= lim for a in sent.args):
                    return True
        return False

    def _anchored(self, doc: Document, sent: _Sentence, k: int, extra: str | None = None) -> bool:
        anchors = self.lex.word_list(extra) if extra else self.lex.word_list("anchors")
        c_lo, c_hi = sent.clause_of(k)
        lo, hi = (sent.lo, sent.hi) if extra else (c_lo, c_hi)
        for m in range(lo, hi):
            if m == k:
                continue
            t = doc.tokens[m]
            if _lemma(t) in anchors and (extra or t.pos in ("VERB", "INFN")):
                if _lemma(t) == "бути" and t.tense == "pres":
                    continue
                return True
        if extra:
            return False
        # a date in the clause anchors, or one heading the sentence ("Завтра – засідання")
        a, b = sent.char_span((c_lo, c_hi))
        head = sent.clauses[0]
        if len(sent.clauses) > 1 and sent.clauses[1] == (c_lo, c_hi) and \
                not any(doc.tokens[m].pos == "VERB" for m in range(head[0], head[1])):
            a = sent.start
        return any(t.type in ("DATE", "TIME") and t.start >= a and t.end <= b
                   and t.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") for t in sent.timexes)

    def _needs_ok(self, doc: Document, sent: _Sentence, trig: Trigger, i: int, j: int) -> bool:
        for need in trig.needs:
            if need == "partner":
                ok = self._has_partner(doc, sent, j)
            elif need == "partner_or_entity":
                c = sent.clause_of(i)
                lo, hi = sent.char_span(c)
                ok = any(lo <= a.start < hi for a in sent.args) or any(
                    # a capitalised word inside the clause: a name the entity layer missed
                    doc.tokens[m].is_word and doc.tokens[m].text[:1].isupper()
                    for m in range(max(c[0], sent.lo + 1), c[1]))
            elif need == "anchor":
                ok = self._anchored(doc, sent, i)
            elif need.startswith("anchor_"):
                ok = self._anchored(doc, sent, i, need)
            elif need.startswith("context:"):
                ok = bool(self.lex.contexts.get(need[8:], frozenset()) & self._context_window(doc, sent))
            elif need.startswith("object:"):
                ok = self._object_near(doc, sent, j, need[7:], OBJECT_WINDOW)
            else:
                ok = False
            if not ok:
                return False
        return True

    # ---- finding triggers -------------------------------------------------------------
    def _match_at(self, doc: Document, sent: _Sentence, k: int) -> tuple[Trigger, int] | None:
        t = doc.tokens[k]
        if not t.is_word:
            return None
        keys = {_lemma(t), t.norm}
        for key in keys:
            for trig in self.lex.phrases.get(key, ()):
                n = len(trig.words)
                if k + n > sent.hi:
                    continue
                if all({_lemma(doc.tokens[k + m]), doc.tokens[k + m].norm} & trig.words[m] for m in range(n)):
                    return trig, k + n
        for key in keys:
            for trig in self.lex.by_lemma.get(key, ()):
                return trig, k + 1
        return None

    def _matches_at(self, doc: Document, sent: _Sentence, k: int) -> list[tuple[Trigger, int]]:
        """Every trigger entry at token k, phrases first: one lemma may have several entries
        with different conditions ("обмін" with captivity around, or "провели обмін")."""
        t = doc.tokens[k]
        if not t.is_word:
            return []
        keys = {_lemma(t), t.norm}
        out: list[tuple[Trigger, int]] = []
        for key in keys:
            for trig in self.lex.phrases.get(key, ()):
                n = len(trig.words)
                if k + n <= sent.hi and all({_lemma(doc.tokens[k + m]), doc.tokens[k + m].norm} & trig.words[m]
                                            for m in range(n)):
                    out.append((trig, k + n))
        for key in keys:
            for trig in self.lex.by_lemma.get(key, ()):
                if (trig, k + 1) not in out:
                    out.append((trig, k + 1))
        return out

    def _need_request(self, doc: Document, sent: _Sentence, k: int) -> bool:
        """"потрібні ракети", "необхідності оборонної підтримки": a need word with a needed
        thing near it is a request."""
        t = doc.tokens[k]
        if _lemma(t) not in self.lex.need_words and t.norm not in self.lex.need_words:
            return False
        objs = self.lex.contexts.get("need_objects", frozenset())
        for m in range(max(sent.lo, k - NEED_WINDOW), min(sent.hi, k + NEED_WINDOW)):
            if m != k and (_lemma(doc.tokens[m]) in objs or doc.tokens[m].norm in objs):
                return True
        return False

    def _mode(self, type_: str, fixed: str | None, sent: _Sentence) -> str | None:
        if fixed:
            return fixed
        for mode, words in self.lex.modes.get(type_, {}).items():
            if words & sent.lemma_set:
                return mode
        return None

    # ---- one document -----------------------------------------------------------------
    def candidates(self, doc: Document) -> list[Cand]:
        lex = self.lex
        toks = doc.tokens
        home = home_entity(doc, lex) if self.use_home and lex.home else None
        first_person = lex.word_list("first_person")
        home_roles = lex.word_list("home_roles")
        anaphoric = lex.word_list("anaphoric")
        out: list[Cand] = []
        layers = _Layers(doc)
        self._ctx_key = None
        for si in range(len(doc.sentences)):
            sent = _Sentence(doc, si, lex, layers)
            used: set[int] = set()
            per_type: dict[str, Cand] = {}
            framer: int | None = None
            framing = lex.word_list("framing_verbs")
            prev_verb_trigger: int | None = None
            k = sent.lo
            while k < sent.hi:
                if k in used or sent.blocked(k):
                    k += 1
                    continue
                found: tuple[str, str | None, float, tuple, str | None, int, bool] | None = None
                if self._need_request(doc, sent, k):
                    found = ("REQUEST", None, 0.75, (), None, k + 1, False)
                else:
                    for trig, j in self._matches_at(doc, sent, k):
                        if self._needs_ok(doc, sent, trig, k, j):
                            type_, mode, elab = trig.type, trig.mode, False
                            for rr in trig.reroute:
                                if self._object_near(doc, sent, j, rr["object"], 4):
                                    type_, mode, elab = rr["type"], rr.get("mode"), True
                                    break
                            if type_:
                                found = (type_, mode, trig.weight, trig.needs, trig.status, j, elab)
                            break
                if not found:
                    k += 1
                    continue
                type_, mode, weight, _needs, fixed_status, j, elab = found
                used.update(range(k, j))
                if framer is not None and self._framed(doc, framer, k) \
                        and self._relative_clause(doc, sent, k) is None:
                    # "закликало посилити санкції", "відмовився підтримати": the content of a
                    # request, refusal or threat is not a happening of its own
                    k = j
                    continue
                cand = self._build(doc, sent, k, j, type_, mode, weight, fixed_status, elab,
                                   home, first_person, home_roles, anaphoric)
                if prev_verb_trigger is not None and toks[k].pos == "NOUN" and 0 < k - prev_verb_trigger <= 2:
                    # "засудило атаку": a noun object of another event's verb refers to a
                    # happening; its participants are the verb's, not its own
                    cand.soft |= cand.participants()
                    cand.ref_only = True
                if toks[k].pos == "VERB" and (_lemma(toks[k]) in framing or
                                              (type_ in FRAMING_TYPES and not framing)):
                    framer = k
                if toks[k].pos == "VERB":
                    prev_verb_trigger = j - 1
                self._parties(cand, sent, out)
                prev_same = per_type.get(type_)
                if prev_same is not None and prev_same.status_explicit is True and cand.status_explicit is True \
                        and prev_same.status != cand.status:
                    # "обговорили підготовку до саміту, який відбудеться": two happenings
                    out.append(cand)
                    per_type[type_] = cand
                elif type_ in per_type:
                    # one event per type per sentence: the second trigger is the same happening
                    prev = per_type[type_]
                    for x in cand.actors + cand.recipients:
                        if x not in prev.actors and x not in prev.recipients:
                            prev.recipients.append(x)
                    if prev.time is None and cand.time:
                        prev.time, prev.time_range = cand.time, cand.time_range
                    if prev.status_explicit is not True and cand.status_explicit is True:
                        prev.status, prev.status_explicit = cand.status, True
                    prev.place = prev.place or cand.place
                else:
                    per_type[type_] = cand
                    out.append(cand)
                k = j
            self._participant_cues(doc, sent, out, home)
        return out

    def _relative_clause(self, doc: Document, sent: _Sentence, i: int) -> tuple[int, int] | None:
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
        if _lemma(doc.tokens[nxt[0]]) not in rel and doc.tokens[nxt[0]].norm not in rel:
            return None
        return (i, nxt[1])

    def _framed(self, doc: Document, framer: int, k: int) -> bool:
        """True while no other finite verb stands between the framing verb and the trigger."""
        t = doc.tokens[k]
        if (t.pos == "VERB" and not is_infinitive(t) and t.tense) or t.pos == "GRND":
            return False          # a finite verb or a gerund tells a happening of its own
        for m in range(framer + 1, k):
            t = doc.tokens[m]
            if (t.pos == "VERB" and not is_infinitive(t) and t.tense) or t.pos == "GRND":
                return False
        return True

    def _parties(self, cand: Cand, sent: _Sentence, out: list[Cand]) -> None:
        """"Сторони підписали угоду": with no names of its own, the parties are those of the
        happening just before (within two sentences)."""
        if not (self.lex.word_list("party_words") & sent.lemma_set) or cand.participants():
            return
        prev = next((e for e in reversed(out) if 0 <= cand.sent - e.sent <= 2), None)
        if prev is None:
            return
        for x in prev.participants():
            if x not in cand.actors and x not in cand.recipients:
                cand.actors.append(x)

    def _participant_cues(self, doc: Document, sent: _Sentence, out: list[Cand], home: str | None) -> None:
        """"І 15 країн підтвердили, плюс представники ... НАТО": a sentence with no trigger of
        its own that names who takes part adds them to the meeting just before it."""
        if not out or out[-1].sent == sent.index:
            return
        last = out[-1]
        if last.type != "CONSULT" or last.para != sent.para or sent.index - last.sent > 3:
            return
        if not (self.lex.word_list("participant_cues") & sent.lemma_set):
            return
        for a in sent.args:
            if a.entity not in last.actors and a.entity not in last.recipients and a.entity != last.place:
                last.recipients.append(a.entity)
                last.home_only = False

    def _target_place(self, doc: Document, args: list, i: int, c_hi: int, actors: list[str],
                      home: str | None) -> str | None:
        """A strike's place is its target town or region ("атакували Одесу", "удар по
        інфраструктурі Київщини"): the first place name after the trigger in its clause; not a
        whole country the attacks fall on ("по Україні"), nor an attacker."""
        start = doc.tokens[i].start
        for a in args:
            if a.kind != "mention" or (a.etype or "") != "LOC" or not (start < a.start < c_hi):
                continue
            if a.entity == home or any(b.entity == a.entity and b.start < start for b in args):
                continue
            return a.entity
        return None

    def _visited(self, doc: Document, sent: _Sentence) -> str | None:
        """"відвідає Варшаву": the place name right after a visit verb."""
        visit = self.lex.modes.get("CONSULT", {}).get("visit", frozenset())
        for k in range(sent.lo, sent.hi - 1):
            if doc.tokens[k].pos == "VERB" and _lemma(doc.tokens[k]) in visit:
                nxt = doc.tokens[k + 1]
                for a in sent.args:
                    if a.kind == "mention" and (a.etype or "") == "LOC" and a.start == nxt.start:
                        return a.entity
        return None

    def _build(self, doc: Document, sent: _Sentence, i: int, j: int, type_: str, mode: str | None,
               weight: float, fixed_status: str | None, elaboration: bool, home: str | None,
               first_person: frozenset, home_roles: frozenset, anaphoric: frozenset) -> Cand:
        toks = doc.tokens
        clause = self._relative_clause(doc, sent, i) or sent.clause_of(i)
        c_lo, c_hi = sent.char_span(clause)
        # a relative clause speaks of its antecedent, not of a trigger outside it
        outside = [r for r in sent.rel_spans
                   if not (r[0] <= toks[i].start < r[1] or c_lo <= r[0] < c_hi)]
        tx = time_of(doc, toks[i].start, (c_lo, c_hi), (sent.start, sent.end), outside, sent.timexes)
        time = {"value": tx.value, "mod": tx.mod} if tx else None
        rng = value_range(tx.value, tx.mod) if tx else None
        status, explicit = status_of(doc, i, j, clause, (sent.lo, sent.hi), type_, self.lex,
                                     fixed_status, rng)
        # participants: the clause when the sentence holds other triggers' clauses, else the
        # whole sentence (names often stand before the dash or the comma)
        args = [a for a in sent.args if not any(r[0] <= a.start < r[1] for r in outside)]
        place, used_place = place_of(doc, [a for a in args if c_lo <= a.start < c_hi], clause[0], clause[1],
                                     self.lex, visit=(mode == "visit"))
        actors, recipients = roles(doc, args, i, j, type_, used_place)
        if _lemma(toks[i]) in self.lex.word_list("receive_verbs"):
            # "Уряд отримає транш від ЄС": the giver is the one after "від", the subject receives
            givers = [a.entity for a in args if a.start > toks[i].start and
                      (k := token_index_at(doc, a.start, i, sent.hi)) is not None and doc.tokens[k - 1].norm == "від"]
            if givers:
                recipients = [x for x in actors + recipients if x not in givers]
                actors = givers
        if place is None and type_ == "ASSAULT":
            place = self._target_place(doc, args, i, c_hi, actors, home)
            if place in actors:       # "атакували Київ": the name after the verb is the target
                actors.remove(place)
                recipients.append(place)
        if place is None and type_ == "CONSULT" and \
                self.lex.modes.get("CONSULT", {}).get("visit", frozenset()) & sent.lemma_set:
            # "прибув до Вільнюса, де зустрівся ...", "відвідає Варшаву": the visit's destination
            place, _ = place_of(doc, sent.args, sent.lo, sent.hi, self.lex, visit=True)
            if place is None:
                place = self._visited(doc, sent)
        if place and type_ == "CONSULT" and place not in actors + recipients:
            recipients.append(place)
        # first person in a quote: the speaker and the home side
        in_quote = next((q for q in doc.quotes if q.start <= toks[i].start < q.end), None)
        fp = bool(first_person & sent.lemma_set)
        home_only = False
        soft: set[str] = set()
        mediators = self.lex.word_list("mediator_words")
        for a in args:
            m = token_index_before(doc, a.start, sent.lo)
            if m is not None and _lemma(toks[m]) in mediators:
                soft.add(a.entity)
        if fp and in_quote is not None and in_quote.speaker:
            if in_quote.speaker not in actors + recipients:
                actors.insert(0, in_quote.speaker)
                soft.add(in_quote.speaker)
        has_country = any((doc.entities.get(x).type if doc.entities.get(x) else None) == "LOC"
                          for x in actors + recipients if x != place)
        if home and (fp or (home_roles & sent.lemma_set and not has_country)):
            if home not in actors and home not in recipients:
                home_only = not (actors or recipients)
                actors.append(home)
        trig_tok = toks[i]
        anaph = any(_lemma(toks[m]) in anaphoric or toks[m].norm in anaphoric
                    for m in range(max(sent.lo, i - 2), i))
        # "Там він проведе переговори": a sentence opening with "там" continues the happening
        # just told at that place
        anaph = anaph or toks[sent.lo].norm in self.lex.word_list("place_anaphors")
        # "«Ми обговорили ...», – заявив X" after "X провів розмову": the speaker's own recap
        anaph = anaph or (in_quote is not None and any(
            toks[m].norm in first_person for m in range(max(sent.lo, i - 2), i)))
        # "Сторони/Лідери обговорили ...": the parties of the happening just told
        parties = self.lex.word_list("party_words")
        anaph = anaph or any(_lemma(toks[m]) in parties or toks[m].norm in parties
                             for m in range(clause[0], i))
        distinct = any(_lemma(toks[m]) in self.lex.word_list("non_anaphoric") or toks[m].norm in self.lex.word_list("non_anaphoric")
                       for m in range(max(sent.lo, i - 2), i))
        plural = trig_tok.number == "plur" and _lemma(trig_tok) != trig_tok.norm and trig_tok.pos == "NOUN"
        state = False
        # "обміни були активними": a copula with an adjective describes, it does not report
        for m in range(j, min(sent.hi - 1, j + 3)):
            if _lemma(toks[m]) == "бути" and toks[m + 1].pos == "ADJF" and toks[m + 1].case in ("ablt", "nomn"):
                state = True
        # "Участь у зустрічі взяли представники ...": more about the meeting just told
        cue_words = self.lex.word_list("participant_cues")
        if tx is None and (cue_words & sent.lemma_set):
            anaph = True
        m = self._mode(type_, mode, sent)
        cand = Cand(type=type_, mode=m, lemma=_lemma(trig_tok),
                    trig=(toks[i].start, toks[j - 1].end), evidence=(sent.start, sent.end),
                    sent=sent.index, para=sent.para, weight=weight, status=status,
                    status_explicit=explicit, time=time, time_range=rng, actors=actors,
                    recipients=recipients, place=place, home_only=home_only, anaphoric=anaph,
                    plural_generic=plural, state_description=state, elaboration=elaboration,
                    home=home, soft=soft, distinct=distinct)
        if type_ == "CONSULT" and not m and len(cand.participants(True)) >= 3:
            cand.mode = "multilateral"
        return cand

    def __call__(self, doc: Document) -> None:
        if not doc.tokens:
            return
        events = merge(self.candidates(doc))
        kept = []
        for e in events:
            conf = confidence(e)
            if conf >= self.min_conf:
                kept.append((e, conf))
        kept.sort(key=lambda ec: min([ec[0].evidence[0]] + [m.evidence[0] for m in ec[0].mentions]))
        for n, (e, conf) in enumerate(kept, 1):
            mentions = []
            for m in e.mentions:
                if m.evidence != e.evidence and all((x.start, x.end) != m.evidence for x in mentions):
                    mentions.append(doc.span(*m.evidence))
            doc.events.append(Event(
                id=f"e{n}", type=e.type, status=e.status, mode=e.mode,
                trigger=doc.span(*e.trig), evidence=doc.span(*e.evidence),
                actors=list(e.actors), recipients=[r for r in e.recipients if r not in e.actors],
                place=e.place, time=e.time, confidence=conf, mentions=mentions))


@component("events", requires=("tokens", "morph"), provides=("events",))
class EventsComponent(EventExtractor):
    """Pipeline component: appends `Event`s to `doc.events`."""


def extract_events(doc: Document, settings: Settings | None = None) -> list[Event]:
    """Run the events layer on an annotated document and return its events."""
    EventExtractor(settings)(doc)
    return doc.events

"""The events layer's driver: each sentence's triggers (triggers.py) become candidates with
status (status.py) and arguments (arguments.py); repeated mentions of one happening are merged
and every event gets a confidence (merging.py). Events under `min_confidence` (option, default
0.5) are not emitted: a false event costs precision, and the generic uses of strong words
("готуємо зустрічі") score low.

Options (`Settings.options["events"]`): `min_confidence` (0.5), `home` (true: first-person
speakers and bare role words stand for the home side, `home` in events.yaml).
"""
from __future__ import annotations

import copy
from itertools import compress
from operator import or_

from ...chronicle.timerange import value_range
from ...document import Document, Event
from ...pipeline import component
from ...settings import Settings
from ...spans import Cover, FirstHolding
from .arguments import (SYMMETRIC, Arg, clause_of_trigger, clause_roles, condition_subjects, country_ids, entity_for,
                        home_entity, party_count, place_country, place_of, state_of, tie_of, time_of, token_index_at, _agrees, _cases, _finite)
from ..author import address_author
from .lexicon import lexicon
from ..morph import parses
from .merging import Cand, confidence, merge
from .status import across_parentheticals, status_of
from .triggers import FRAMING_TYPES, Layers, SentenceView, TriggerFinder, lemma_of, token_index_before

# how far after its trigger a partner cue word ("з представниками") may stand
PARTNER_CUE_WINDOW = 4


def _plural_form(word: str, case: str | None) -> bool:
    """"Делегації провели", "переговори делегацій": every reading of the form in the case it
    stands in (after a preposition: every reading, "для делегації") is plural."""
    ps = [p for p in parses(word) if case is None or p.tag.case == case]
    return bool(ps) and all("plur" in p.tag for p in ps)


class EventExtractor:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.lex = lexicon()
        self.min_conf = float(self.settings.option("events", "min_confidence", 0.5))
        self.use_home = bool(self.settings.option("events", "home", True))
        self.find = TriggerFinder(self.lex)
        self._heading = None
        country_ids(), place_country()          # load the place data once, not in a document

    # ---- one document -----------------------------------------------------------------
    def candidates(self, doc: Document) -> list[Cand]:
        lex = self.lex
        toks = doc.tokens
        home = home_entity(doc, lex) if self.use_home and lex.home else None
        first_person = lex.word_list("first_person")
        home_roles = lex.word_list("home_roles")
        anaphoric = lex.word_list("anaphoric")
        out: list[Cand] = []
        layers = Layers(doc)
        self.find.reset()
        self._first_person_doc = self._first_person_text(doc)
        # "Сьогодні я говорив з ...": the "я" of an address is its author, named in the title
        self._author = address_author(doc) if self._first_person_doc else None
        keys = lex.trigger_keys
        norms = [t.norm for t in toks]
        self._author_gender: str | None = None
        prev_sent: SentenceView | None = None
        self._quote_at = FirstHolding(doc.quotes)     # the quote around a trigger, by bisection
        for si in range(len(doc.sentences)):
            sent = SentenceView(doc, si, lex, layers)
            self._heading = self._heading_time(doc, prev_sent) \
                if prev_sent is not None and prev_sent.para == sent.para else None
            prev_sent = sent
            # a question ("Чи витримає він удар п'яти ракет?") asks about a happening, it does
            # not report one: its triggers may only refer back to an event told before
            question = doc.text[sent.start:sent.end].rstrip(" \t\n\"'»”)…").endswith("?")
            used: set[int] = set()
            per_type: dict[str, Cand] = {}
            framer: int | None = None
            framing = lex.word_list("framing_verbs")
            prev_verb_trigger: int | None = None
            # most words open no trigger: the ones whose form or lemma may are picked out in
            # C-level passes (a lookup per form and per lemma), and the loop visits only them
            opens = list(compress(range(sent.lo, sent.hi),
                                  map(or_, map(keys.__contains__, norms[sent.lo:sent.hi]),
                                      map(keys.__contains__, sent.lemmas))))
            n_open = len(opens)
            at = 0
            k = sent.lo
            while True:
                while at < n_open and opens[at] < k:
                    at += 1
                if at == n_open:
                    break
                k = opens[at]
                if k in used or sent.blocked(k):
                    k += 1
                    continue
                found: tuple[str, str | None, float, tuple, str | None, int, bool] | None = None
                asked_sanction: int | None = None
                if self.find.need_request(doc, sent, k):
                    found = ("REQUEST", None, 0.75, (), None, k + 1, False)
                    asked_sanction = self.find.asked_sanction_at(doc, sent, k)
                else:
                    for trig, j in self.find.matches_at(doc, sent, k):
                        if self.find.needs_ok(doc, sent, trig, k, j):
                            type_, mode, elab = trig.type, trig.mode, False
                            for rr in trig.reroute:
                                if ("object" in rr and self.find.object_near(doc, sent, j, rr["object"], 4)) or \
                                        ("modifier" in rr and self.find.modifier_before(doc, sent, k, rr["modifier"])) or \
                                        (rr.get("predicative") and self.find.predicative(doc, sent, k)):
                                    type_, mode, elab = rr["type"], rr.get("mode"), True
                                    break
                            if type_:
                                found = (type_, mode, trig.weight, trig.needs, trig.status, j, elab)
                            break
                if not found:
                    k += 1
                    continue
                type_, mode, weight, _needs, fixed_status, j, elab = found
                imperative = type_ in lex.imperative_requests and toks[k].pos == "VERB" and \
                    "impr" in (toks[k].tags or ()) and toks[k].person == "2per"
                if imperative:
                    # "Дайте Україні зброю": the speaker asks for the happening
                    type_, mode = "REQUEST", lex.imperative_requests[type_]
                used.update(range(k, j))
                if not imperative and (self.find.topic(doc, sent, k, type_) or self.find.generic(doc, sent, k)
                                       or self.find.generic_relative(doc, sent, k)):
                    # "переговори щодо санкцій", "говорили про постачання зброї": what another
                    # act is about did not take place by being named
                    k = j
                    continue
                if framer is not None and self.find.framed(doc, framer, k) \
                        and self.find.relative_clause(doc, sent, k) is None:
                    # "закликало посилити санкції", "відмовився підтримати": the content of a
                    # request, refusal or threat is not a happening of its own
                    k = j
                    continue
                cand = self._build(doc, sent, k, j, type_, mode, weight, fixed_status, elab,
                                   home, first_person, home_roles, anaphoric, _needs)
                cand.consequence = any(n.startswith("patient:") for n in _needs)
                if cand.time is None and self.find.habitual(doc, sent, k, j):
                    # "Провів щоденну нараду": a routine with no day given is no one happening
                    k = j
                    continue
                if prev_verb_trigger is not None and toks[k].pos == "NOUN" and 0 < k - prev_verb_trigger <= 2:
                    # "засудило атаку": a noun object of another event's verb refers to a
                    # happening; its participants are the verb's, not its own
                    cand.soft |= cand.participants()
                    cand.ref_only = True
                    verb_cand = out[-1] if out and out[-1].trig[0] <= toks[prev_verb_trigger].start else None
                    if verb_cand is not None and verb_cand.type == type_ and \
                            verb_cand.trig[1] == toks[prev_verb_trigger].end:
                        # "підписати угоду", "атакували ... атакою": the verb's own object of the
                        # same type is the happening the verb tells, with the verb's sides
                        if verb_cand.time is None and cand.time:
                            verb_cand.time, verb_cand.time_range = cand.time, cand.time_range
                        k = j
                        continue
                    if verb_cand is not None and type_ not in SYMMETRIC and \
                            verb_cand.type.lower() in self.lex.word_list("judging_types"):
                        # "Представник США засудив атаку на Київ": who condemns a strike did not
                        # make it; the verb's subject leaves the noun's sides ("Швейцарія
                        # підтримала санкції": who supports sanctions joins them)
                        cand.actors = [x for x in cand.actors if x not in verb_cand.actors]
                        if type_ == "ASSAULT" and not cand.actors:
                            cand.actors = self._striker_of_home(doc, cand.recipients, cand.place, home)
                if (toks[k].pos == "VERB" and (lemma_of(toks[k]) in framing or
                                               (type_ in FRAMING_TYPES and not framing))) \
                        or "obliged" in _needs or asked_sanction is not None:
                    framer = k
                if toks[k].pos == "VERB":
                    prev_verb_trigger = j - 1
                cand.question = question
                if type_ == "ASSAULT" and self.find.demonstrative_predicate(doc, sent, k):
                    # "Це найбільший удар по армії": refers back to a strike, or is a figure
                    cand.amounts_to = cand.anaphoric = True
                if type_ == "REQUEST" and toks[k].pos in ("ADJF", "PRTF"):
                    # "документ має бути схвалений Конгресом": the one who must act is asked
                    # (the home side and the speaker who asks stay on the asking side)
                    asking = {home} | {x for x in cand.soft & set(cand.actors)
                                       if doc.entities.get(x) is not None and doc.entities[x].type == "PER"}
                    cand.recipients = [x for x in cand.actors + cand.recipients if x not in asking]
                    cand.actors = [x for x in cand.actors if x in asking]
                if type_ == "REQUEST" and ("obliged" in _needs or "wish" in _needs):
                    self._asked_party(doc, sent, k, cand, _needs, home)
                if asked_sanction is not None:
                    # "Потрібно обмежити російський експорт": who is to be sanctioned is what is
                    # asked for, no party to the asking
                    content = {a.entity for a in sent.args if a.start >= toks[asked_sanction].start}
                    cand.actors = [x for x in cand.actors if x not in content]
                    cand.recipients = [x for x in cand.recipients if x not in content]
                if imperative:
                    cand.status, cand.status_explicit = "occurred", True   # the asking took place
                if (imperative or type_ == "REQUEST" and "asked_act:asked_aid" in _needs) \
                        and home in cand.recipients:
                    # the home side the help is asked for is the one asking
                    cand.recipients.remove(home)
                    cand.actors.append(home)
                self._parties(cand, sent, out)
                prev_same = per_type.get(type_)
                if prev_same is not None and prev_same.status_explicit is True and cand.status_explicit is True \
                        and prev_same.status != cand.status:
                    # "обговорили підготовку до саміту, який відбудеться": two happenings
                    out.append(cand)
                    per_type[type_] = cand
                elif type_ in per_type and any((r[0] <= toks[k].start < r[1]) != (r[0] <= per_type[type_].trig[0] < r[1])
                                               for r in sent.rel_spans):
                    # "Говорив з канцлером Негаммером, який напередодні зустрічався з Путіним": a
                    # relative clause tells another happening of its antecedent
                    out.append(cand)
                    per_type[type_] = cand
                elif type_ in per_type and self._another_strike(per_type[type_], cand, _finite(toks[k])):
                    # "Вранці обстріляли Харків, а ввечері атакували Одесу": two strikes
                    cand.distinct = True
                    out.append(cand)
                    per_type[type_] = cand
                elif type_ in per_type:
                    # one event per type per sentence: the second trigger is the same happening
                    prev = per_type[type_]
                    for side, xs in ((prev.actors, cand.actors), (prev.recipients, cand.recipients)):
                        for x in xs:
                            if x not in prev.actors and x not in prev.recipients:
                                side.append(x)
                    if prev.time is None and cand.time:
                        prev.time, prev.time_range = cand.time, cand.time_range
                    if prev.status_explicit is not True and cand.status_explicit is True:
                        prev.status, prev.status_explicit = cand.status, True
                    prev.place = prev.place or cand.place
                else:
                    per_type[type_] = cand
                    out.append(cand)
                    out.extend(self._separate_calls(doc, sent, cand, j))
                out.extend(self._gapped_strikes(doc, sent, cand, j))
                k = j
            if not per_type and not question:
                more = self._call_continuation(doc, sent, out)
                if more is not None:
                    out.append(more)
                line = None if more is not None else self._visit_line(doc, sent)
                if line is not None:
                    cand = self._build(doc, sent, line[0], line[1], "CONSULT", "visit", 0.65, None, False,
                                       home, first_person, home_roles, anaphoric)
                    # everyone the line names came to the place: one side
                    cand.actors += [x for x in cand.recipients if x not in cand.actors]
                    cand.recipients = []
                    out.append(cand)
            self._participant_cues(doc, sent, out, home)
        return out

    def _asked_party(self, doc: Document, sent: SentenceView, k: int, cand: Cand, needs: tuple,
                     home: str | None) -> None:
        """"Росія повинна вивести війська", "ми хочемо, щоб Німеччина передала танки": the
        party that must act is asked, the speaker asks (the speaker of the quote, else the
        first person of the text: its author and the home side, else the one who wishes)."""
        asked = self.find.obliged_parties(doc, sent, k) if "obliged" in needs else \
            self.find.wished_parties(doc, sent, k)
        quote = self._quote_at.find(doc.tokens[k].start)
        asking: list[str] = []
        if "wish" in needs:
            asking = [x for x in cand.actors if x not in asked]
        if quote is not None and quote.speaker:
            asking = asking or [quote.speaker]
        elif quote is None and self._first_person_doc and not asking:
            asking = [x for x in (self._author, home) if x]
        for x in list(asking):
            st = state_of(x, doc.date)
            if st and st not in asking:
                asking.append(entity_for(doc, st))
        cand.soft |= {x for x in asking if x not in cand.actors}
        cand.actors = [x for x in asking if x not in asked]
        cand.recipients = list(asked)
        cand.home_only = False

    def _counted_apposition(self, doc: Document, sent: SentenceView, lo: int, i: int) -> bool:
        """"готуємо ще сім документів – двосторонніх угод": the noun after a dash renames a
        counted one (a number that is part of a date does not count)."""
        toks = doc.tokens
        lo = max(sent.lo, lo, i - 12)
        dashes = self.lex.word_list("visit_line_dashes")
        dash = next((m for m in range(i - 1, lo - 1, -1) if toks[m].norm in dashes), None)
        if dash is None:
            return False
        dated = [(t.start, t.end) for t in sent.timexes]
        return any(self._number(toks[m]) and not any(a <= toks[m].start < b for a, b in dated)
                   for m in range(lo, dash) if toks[m].is_word)

    @staticmethod
    def _number(t) -> bool:
        return t.text.isdigit() or t.pos == "NUMR" or \
            (t.pos == "NPRO" and any(p.tag.POS == "NUMR" for p in parses(t.text)))

    def _visit_line(self, doc: Document, sent: SentenceView) -> tuple[int, int] | None:
        """"Сьогодні в Брюсселі – міністр закордонних справ, секретар РНБО": a sentence with no
        verb, a place after в/у before its dash and a person or an office after it, tells a
        visit; returns the place's tokens as the trigger."""
        toks = doc.tokens
        dashes = self.lex.word_list("visit_line_dashes")
        dash = next((m for m in range(sent.lo, min(sent.hi, sent.lo + 7)) if toks[m].norm in dashes), None)
        if dash is None:
            return None
        if any(t.pos in ("VERB", "INFN", "GRND") for t in toks[sent.lo:sent.hi]):
            return None
        preps = self.lex.word_list("visit_line_prepositions")
        for m in range(sent.lo, dash - 1):
            if toks[m].norm not in preps:
                continue
            place = next((a for a in sent.args if a.start == toks[m + 1].start and (a.etype or "") == "LOC"), None)
            if place is None:
                continue
            e = m + 1
            while e < dash and toks[e].end <= place.end:
                e += 1
            after = toks[dash].end
            roles = self.lex.word_list("visit_line_roles")
            if any(a.start >= after and (a.etype or "") == "PER" for a in sent.args) or \
                    any(lemma_of(t) in roles for t in toks[dash + 1:sent.hi]):
                return m + 1, e
        return None

    def _call_continuation(self, doc: Document, sent: SentenceView, out: list[Cand]) -> Cand | None:
        """"Говорив з Президентом Туреччини. З Прем'єр-міністром Ізраїлю Беннетом.": a sentence
        with no verb that opens with "з" and a name in the instrumental (or with the name
        itself) soon after a call told by a talk verb goes on listing calls: one more call,
        with the speaker, status and time of the verb it leaves out."""
        if not out or not sent.args:
            return None
        last = out[-1]
        if last.type != "CONSULT" or last.lemma not in self.lex.word_list("separate_calls") \
                or not (0 < sent.index - last.sent <= 2):
            return None
        toks = doc.tokens
        if any(_finite(t) or t.pos in ("INFN", "GRND") or "infn" in (t.tags or ()) for t in toks[sent.lo:sent.hi]):
            return None
        first = sent.lo
        leads = self.lex.word_list("continuation_leads")
        while first < sent.hi - 1 and toks[first].norm in leads:
            first += 1            # "А також із канцлером Австрії"
        start = first + 1 if toks[first].norm in self.lex.word_list("partner_prepositions") else first
        names = [a.entity for a in sent.args if a.entity not in last.actors and a.entity != last.home]
        if start == first and start < sent.hi and toks[start].pos == "NOUN" and toks[start].case == "nomn" \
                and names and not (set(last.recipients) - last.soft):
            # "Говорив з лідерами держав-партнерів. ... Прем'єр-міністр Великої Британії Джонсон,
            # канцлер Німеччини Шольц": the names of the partners the call left unnamed
            for x in dict.fromkeys(names):
                if x not in last.recipients:
                    last.recipients.append(x)
                st = state_of(x, doc.date)
                if st and st not in last.recipients + last.actors:
                    last.recipients.append(entity_for(doc, st))
                    last.soft.add(st)
            return None
        if start >= sent.hi or toks[start].pos not in ("NOUN", "ADJF") or "ablt" not in _cases(toks[start].text):
            return None           # "З Польщі, з Румунії": whence, no partner
        if not names or not any(a.start >= toks[start].start and a.start <= toks[min(sent.hi, start + 4) - 1].end
                                for a in sent.args):
            return None
        c = copy.deepcopy(last)
        c.recipients = list(dict.fromkeys(names))
        for x in list(c.recipients):
            st = state_of(x, doc.date)
            if st and st not in c.recipients and st not in c.actors:
                c.recipients.append(entity_for(doc, st))
                c.soft.add(st)
        c.trig = (toks[first].start, toks[start].end)
        c.evidence = (sent.start, sent.end)
        c.sent, c.para = sent.index, sent.para
        c.distinct, c.aggregate, c.anaphoric, c.mentions = True, False, False, []
        c.mode = "multilateral" if party_count(c.participants(True), doc.date) >= 3 and not last.mode else last.mode
        return c

    @staticmethod
    def _another_strike(prev: Cand, cand: Cand, verb: bool) -> bool:
        """Two strike triggers of one sentence are two strikes when they fall at two times, or
        when a verb of its own tells a strike on another place ("обстріляли Харків, а потім
        атакували Одесу"); a list of nouns ("ударом по Полтавській області, ударами по
        Кременчуку") may name one strike more closely."""
        if cand.type != "ASSAULT":
            return False
        towns = place_country()
        if verb and prev.place in towns and cand.place in towns and prev.place != cand.place:
            return True
        return bool(prev.time and cand.time and prev.time != cand.time)

    def _gapped_strikes(self, doc: Document, sent: SentenceView, cand: Cand, j: int) -> list[Cand]:
        """"вдарили по Харкову, а вночі – по Одесі": a clause after "а"/"і" that leaves the strike
        verb out (a dash stands for it) and names another place hit tells another strike, with
        its own place and time and the same attacker."""
        if cand.type != "ASSAULT" or j >= sent.hi:
            return []
        toks = doc.tokens
        conj = self.lex.word_list("gap_conjunctions")
        dashes = self.lex.word_list("visit_line_dashes")
        preps = self.lex.word_list("strike_prepositions")
        out: list[Cand] = []
        m = j
        while m < sent.hi - 3:
            if toks[m].norm not in conj or _finite(toks[m]):
                if _finite(toks[m]) and m > j:
                    break             # another predicate: its own clause, told by its own trigger
                m += 1
                continue
            dash = next((d for d in range(m + 1, min(sent.hi - 2, m + 6)) if toks[d].norm in dashes), None)
            if dash is None or any(_finite(toks[x]) or toks[x].norm == "," for x in range(m + 1, dash)) \
                    or toks[dash + 1].norm not in preps:
                m += 1
                continue
            # the places hit after the dash, up to the next comma or conjunction
            stop = next((x for x in range(dash + 2, sent.hi) if toks[x].norm in conj), sent.hi)
            hit_args = [a for a in sent.args if toks[dash + 1].end <= a.start < toks[stop - 1].end
                        and (a.etype or "") == "LOC" and a.entity != cand.home]
            hit = [a.entity for a in hit_args]
            if not hit:
                m += 1
                continue
            tx = time_of(doc, toks[m].start, (toks[m].start, toks[dash].start), (toks[m].start, toks[dash].start),
                         (), sent.timexes)
            c = copy.deepcopy(cand)
            towns = place_country()
            c.recipients = list(dict.fromkeys(hit))
            c.place = next((x for x in hit if x in towns), None)
            if tx is not None:
                c.time, c.time_range = {"value": tx.value, "mod": tx.mod}, value_range(tx.value, tx.mod)
                if cand.time == c.time:
                    # the first strike took the gap's time: its own is the one before the gap
                    own = time_of(doc, cand.trig[0], (sent.start, toks[m].start), (sent.start, toks[m].start),
                                  (), sent.timexes)
                    cand.time, cand.time_range = ({"value": own.value, "mod": own.mod},
                                                  value_range(own.value, own.mod)) if own else (None, None)
            c.trig = (toks[dash + 1].start, max(a.end for a in hit_args))
            c.distinct, c.aggregate, c.anaphoric, c.mentions = True, False, False, []
            for x in hit:
                if x in cand.recipients:
                    cand.recipients.remove(x)
            out.append(c)
            m = stop
        return out

    def _separate_calls(self, doc: Document, sent: SentenceView, cand: Cand, j: int) -> list[Cand]:
        """"Говорив з Президентом Франції, з прем'єр-міністрами Канади, Хорватії": each "з" group
        after a comma is a call of its own; the names inside one group stay one call."""
        if cand.lemma not in self.lex.word_list("separate_calls"):
            return []
        toks = doc.tokens
        preps = self.lex.word_list("partner_prepositions")
        bounds, end = [], sent.hi
        for m in range(j, sent.hi):
            t = toks[m]
            if t.pos == "VERB" and t.tense:
                end = m               # another predicate: its own happening
                break
            if t.norm in preps and m > j and toks[m - 1].norm == ",":
                bounds.append(m)
        if not bounds:
            return []
        limit = toks[end - 1].end
        edges = [toks[b].start for b in bounds] + [limit + 1]
        groups = [[a.entity for a in sent.args if edges[n] <= a.start < edges[n + 1]]
                  for n in range(len(bounds))]
        if not all(groups):
            return []
        later = {x for g in groups for x in g}
        first = [x for x in cand.recipients if x not in later]
        if not first:
            return []
        cand.recipients = first
        out = []
        for g in groups:
            c = copy.deepcopy(cand)
            c.recipients = [x for x in dict.fromkeys(g) if x not in c.actors]
            c.distinct, c.aggregate, c.mentions = True, False, []
            out.append(c)
        return out

    def _first_person_text(self, doc: Document) -> bool:
        """A statement in the first person ("я провів", "ми закликаємо") outside quotes: its
        subject-less past verbs are the speaker's."""
        fp = self.lex.word_list("first_person")
        quoted = Cover((q.start, q.end) for q in doc.quotes)
        n = 0
        for t in doc.tokens:
            if (t.norm in fp and t.pos == "NPRO" and t.case == "nomn") or (t.pos == "VERB" and t.person == "1per"):
                if t.start not in quoted:
                    n += 1
                    if n >= 2:
                        return True
        return False

    def _party_subject(self, doc: Document, lo: int, hi: int) -> bool:
        """"Сторони підписали", "Учасники обговорили": a party word that can be a subject points
        back to the parties of the happening just told; "звернення до учасників форуму" (no
        nominative reading) names the audience of another happening."""
        words = self.lex.word_list("party_words")
        return any((lemma_of(t) in words or t.norm in words) and
                   any(p.tag.case == "nomn" for p in parses(t.text))
                   for t in doc.tokens[lo:hi])

    def _parties(self, cand: Cand, sent: SentenceView, out: list[Cand]) -> None:
        """"Сторони підписали угоду": with no names of its own, the parties are those of the
        happening just before (within two sentences). "Зустріч із представниками США ... І ми
        домовились, що ...": an agreement of ours with no partner named is with the partner of
        the meeting just told in the paragraph."""
        if cand.type == "AGREE" and not cand.participants() and (set(cand.actors) & ({cand.home} | cand.soft)) \
                and not (self.lex.word_list("party_words") & sent.lemma_set):
            prev = next((e for e in reversed(out) if e.type == "CONSULT" and e.para == cand.para
                         and e.participants()), None)
            if prev is not None:
                for x in prev.recipients:
                    if x in prev.participants() and x not in cand.actors + cand.recipients:
                        cand.recipients.append(x)
            return
        if not self._party_subject(sent.doc, sent.lo, sent.hi) or cand.participants():
            return
        prev = next((e for e in reversed(out) if 0 <= cand.sent - e.sent <= 2), None)
        if prev is None:
            return
        parts = prev.participants()
        for x in [*prev.actors, *prev.recipients]:      # list order: a set's would vary by run
            if x in parts and x not in cand.actors and x not in cand.recipients:
                cand.actors.append(x)

    @staticmethod
    def _heading_time(doc: Document, sent: SentenceView):
        """"Сьогоднішній день. Головне – відбувся обмін.", "Сьогодні – день багатьох зустрічей
        ... Делегація вже провела ряд зустрічей": a sentence with no verb that opens with a date
        heads what the next sentence of its paragraph tells; that date is its time."""
        toks = doc.tokens
        if any(_finite(toks[k]) for k in range(sent.lo, sent.hi)):
            return None
        return time_of(doc, sent.start, (sent.start, sent.start), (sent.start, sent.end), (), sent.timexes)

    def _has_cue(self, doc: Document, sent: SentenceView) -> bool:
        """A participant cue word ("представники", "участь") outside the names of the sentence
        ("спікерка Палати представників" names a body, it adds no one to a meeting)."""
        cues = self.lex.word_list("participant_cues")
        if not (cues & sent.lemma_set):
            return False
        return any(sent.lemmas[k - sent.lo] in cues and
                   not any(a.start <= doc.tokens[k].start < a.end for a in sent.args) and
                   not self._addressed(doc, k, sent.lo)
                   for k in range(sent.lo, sent.hi))

    def _cue_is_partner(self, doc: Document, sent: SentenceView, j: int, hi: int) -> bool:
        """"Були хороші зустрічі з представниками Хорватії, Молдови" after a summit: the cue
        word is the trigger's own partner after "з", so the sentence tells meetings of its own,
        not more people at the meeting told before."""
        toks = doc.tokens
        cues = self.lex.word_list("participant_cues")
        preps = self.lex.word_list("partner_prepositions")
        for k in range(j, min(hi, sent.hi, j + PARTNER_CUE_WINDOW)):
            if lemma_of(toks[k]) in cues:
                m = k - 1
                while m >= j and toks[m].pos in ("ADJF", "PRTF", "NUMR"):
                    m -= 1
                return m >= j and toks[m].norm in preps
        return False

    def _audience(self, doc: Document, i: int, lo: int) -> bool:
        """"до учасників форуму", "перед аудиторією саміту": the trigger noun names the
        gathering whose people a speech is addressed to."""
        m = i - 1
        while m >= lo and doc.tokens[m].pos in ("ADJF", "PRTF"):
            m -= 1
        return m >= lo and lemma_of(doc.tokens[m]) in self.lex.word_list("audience_nouns") and \
            self._addressed(doc, m, lo)

    def _addressed(self, doc: Document, k: int, lo: int) -> bool:
        """"звернувся до учасників форуму", "виступ перед представниками бізнесу": a cue word
        after a preposition of address names the audience of a speech of its own, not more
        people at the meeting told before."""
        m = k - 1
        while m >= lo and doc.tokens[m].pos in ("ADJF", "PRTF", "NUMR"):
            m -= 1
        return m >= lo and doc.tokens[m].norm in self.lex.word_list("addressee_prepositions")

    def _participant_cues(self, doc: Document, sent: SentenceView, out: list[Cand], home: str | None) -> None:
        """"І 15 країн підтвердили, плюс представники ... НАТО": a sentence with no trigger of
        its own that names who takes part adds them to the meeting just before it."""
        if not out or out[-1].sent == sent.index:
            return
        last = out[-1]
        if last.type != "CONSULT" or last.para != sent.para or sent.index - last.sent > 3:
            return
        if not self._has_cue(doc, sent):
            return
        # a town or region named there is where something happened ("сказано ... у Москві"),
        # not who took part
        where, _ = place_of(doc, sent.args, sent.lo, sent.hi, self.lex)
        towns = place_country()
        for a in sent.args:
            if a.entity in (where, last.place) or a.entity in towns:
                continue
            if a.entity not in last.actors and a.entity not in last.recipients:
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
            if a.entity in country_ids() and a.entity not in place_country():
                continue          # "обстрілів Російської Федерації": a state is no place hit
            if a.entity == home or any(b.entity == a.entity and b.start < start for b in args):
                continue
            return a.entity
        return None

    def _visited(self, doc: Document, sent: SentenceView) -> str | None:
        """"відвідає Варшаву": the place name right after a visit verb."""
        visit = self.lex.modes.get("CONSULT", {}).get("visit", frozenset())
        for k in range(sent.lo, sent.hi - 1):
            if doc.tokens[k].pos == "VERB" and lemma_of(doc.tokens[k]) in visit:
                nxt = doc.tokens[k + 1]
                for a in sent.args:
                    if a.kind == "mention" and (a.etype or "") == "LOC" and a.start == nxt.start:
                        return a.entity
        return None

    def _topic_partners(self, doc: Document, sent: SentenceView, args: list, cl, i: int) -> set[str]:
        """"обговорили переговорний процес з Росією": a name after "з" that hangs on a topic
        noun is the topic's partner, not the event's; a name in a topic subject takes no part."""
        toks = doc.tokens
        preps = self.lex.word_list("prepositions")
        out: set[str] = set()
        for a in args:
            k = token_index_at(doc, a.start, cl.lo, cl.hi)
            if k is None:
                continue
            if self.find.topic_name(doc, sent, k):
                out.add(a.entity)           # "Допомога Україні була питанням номер один"
                continue
            tie = tie_of(doc, k, cl.lo, i, preps)
            if tie.prep in ("з", "із", "зі", "зо"):
                z = next((m for m in range(tie.head - 1, cl.lo - 1, -1) if toks[m].norm == tie.prep), None)
                if z is not None and self.find.topic_partner(doc, sent, z):
                    out.add(a.entity)
        return out

    def _with_partner(self, doc: Document, args: list, recipients: list[str], cl, i: int) -> bool:
        """A partner after "з" in a clause with no relative word ("посередникам, які спілкуються
        з Москвою" is about the mediators)."""
        toks = doc.tokens
        rel = self.lex.word_list("relative_pronouns")
        if any(lemma_of(toks[m]) in rel for m in range(cl.lo, cl.hi)) or \
                (cl.left_edge is not None and lemma_of(toks[cl.left_edge]) in rel):
            return False
        preps = self.lex.word_list("prepositions")
        for a in args:
            k = token_index_at(doc, a.start, cl.lo, cl.hi)
            if a.entity in recipients and k is not None and \
                    tie_of(doc, k, cl.lo, i, preps).prep in ("з", "із", "зі", "зо"):
                return True
        return False

    def _subject_before(self, doc: Document, m: int, verb, lo: int, trig: int) -> bool:
        """"На переговорах у Білорусі групи домовилися": a noun before a past verb under no
        preposition that can be a nominative agreeing with it ("групи" reads first as a genitive)
        is its subject, so the verb is not the speaker's."""
        toks = doc.tokens
        noun = toks[m]
        gov = next((g for g in range(m + 1, min(len(toks), m + 4)) if toks[g] is verb), None)
        # right before the verb (over adverbs), under no preposition
        if noun.pos != "NOUN" or gov is None or (m > lo and toks[m - 1].norm in self.lex.word_list("prepositions")) \
                or any(toks[x].pos not in ("ADVB", "PRCL") for x in range(m + 1, gov)):
            return False
        for p in parses(noun.text):
            if p.tag.POS != "NOUN" or p.tag.case != "nomn":
                continue
            if verb.number == "plur" and "plur" in p.tag:
                return True
            if verb.number != "plur" and verb.gender and verb.gender in p.tag and "plur" not in p.tag:
                return True
        return False

    def _awarded_before(self, doc: Document, sent: SentenceView, s0: int | None = None) -> bool:
        """"Нагороджую орденом ... лейтенанта Івана Петренка. Особисто знищив два танки": an
        award line naming a person, verb or not, at the head of the paragraph or just before
        hands the sentences after it to the one awarded."""
        if s0 is None:
            s0 = sent.index
            while s0 > 0 and doc.sentences[s0 - 1].paragraph == sent.para:
                s0 -= 1
        if s0 == sent.index:
            return False
        awards = self.lex.word_list("award_words")
        for s in sorted({s0, sent.index - 1}):
            line = doc.sentences[s]
            words = doc.tokens[line.first_token:line.last_token]
            if any(lemma_of(t) in awards for t in words) and \
                    any(line.start <= x.start < line.end and doc.entities.get(x.entity) is not None and
                        doc.entities[x.entity].type == "PER" for x in [*doc.mentions, *doc.refs] if x.entity):
                return True
        return False

    def _headed_by_someone(self, doc: Document, sent: SentenceView) -> bool:
        """"Полковнику Хорошуну Едуарду. Особисто організував оборону ...": a paragraph opened by
        a line with no verb that names a person (an award list, a caption) goes on about that
        person; its verbs with no subject are not the speaker's."""
        s0 = sent.index
        while s0 > 0 and doc.sentences[s0 - 1].paragraph == sent.para:
            s0 -= 1
        if s0 == sent.index:
            return False
        if self._awarded_before(doc, sent, s0):
            return True
        head = doc.sentences[s0]
        toks = doc.tokens[head.first_token:head.last_token]
        if any(_finite(t) or t.pos == "GRND" for t in toks):
            return False
        # the line opens with the person: a name, or a rank in the dative ("Полковнику ...");
        # not "Разом із генералами Сирським, Тарнавським": those came along
        first = next((t for t in toks if t.is_word), None)
        if first is None:
            return False
        return any(x.start == first.start and doc.entities.get(x.entity) is not None
                   and doc.entities[x.entity].type == "PER" for x in [*doc.mentions, *doc.refs] if x.entity) or \
            (first.pos in ("NOUN", "ADJF") and first.case == "datv" and first.text[:1].isupper())

    def _indefinite_personal(self, doc: Document, cl, gov) -> bool:
        """"Вас уже шантажували газом", "Нас обстрілювали": a plural verb with no subject and a
        personal pronoun as its object tells what unnamed others did, not the speaker."""
        if gov.number != "plur":
            return False
        objects = self.lex.word_list("object_pronouns")
        preps = self.lex.word_list("prepositions")
        toks = doc.tokens
        # an object, not a possessive ("про його візит") nor under a preposition ("до нас")
        return any(toks[m].norm in objects and not (m > cl.lo and toks[m - 1].norm in preps) and
                   not (toks[m].norm in ("його", "її", "їх") and m + 1 < len(toks) and
                        toks[m + 1].pos in ("NOUN", "ADJF"))
                   for m in range(cl.lo, min(cl.hi, cl.governor + 3)))

    def _subject_after(self, doc: Document, args: list, m: int, verb, lo: int, trig: int) -> bool:
        """"Відбулася акція протесту": a common noun after a past verb, nominative and not
        accusative, agreeing with it and under no preposition, is its subject, so the verb is
        not the first-person speaker's (a name there is an argument of its own)."""
        noun = doc.tokens[m]
        if not noun.text[:1].islower() or any(a.start <= noun.start < a.end for a in args) \
                or "accs" in _cases(noun.text):
            return False
        if noun.number == "plur" or verb.number == "plur":
            agrees = noun.number == verb.number
        else:
            agrees = bool(noun.gender) and noun.gender == verb.gender
        return agrees and tie_of(doc, m, lo, trig, self.lex.word_list("prepositions")).prep is None

    def _first_person_side(self, doc: Document, args: list, i: int, cl, type_: str, gov,
                           actors: list[str], soft: set[str], thanked: bool = False) -> str | None:
        """The side of "я"/"ми" (or a bare role word for the home side): "A" acts, "R" receives,
        None takes no part."""
        toks = doc.tokens
        gl = lemma_of(gov) if gov is not None else ""
        thanks = self.lex.word_list("gratitude_words")
        if thanked or any(toks[m].norm == "за" for m in range(max(cl.lo, i - 3), i)) and \
                any(lemma_of(toks[m]) in thanks for m in range(cl.lo, i)):
            # "вдячні за санкції", "дякуємо за допомогу": who thanks receives aid, imposes nothing
            return "R" if type_ in ("AID", "SUPPORT") else None
        m = i - 1
        while m > cl.lo and toks[m].pos in ("ADJF", "PRTF"):
            m -= 1
        near = lemma_of(toks[m]) if m >= cl.lo and toks[m].pos in ("VERB", "INFN") else ""
        if type_ in ("ASSAULT", "COERCE") and (gl in self.lex.word_list("target_subject_verbs") or
                                               near in self.lex.word_list("target_subject_verbs")):
            # "ми відбиваємо атаки": who repels or suffers a strike is hit ("готувалися
            # зустрічати удар": the verb whose object the strike is decides, not the one above)
            return "R"
        givers = [a.entity for a in args if a.entity in actors and
                  (m := token_index_before(doc, a.start, cl.lo)) is not None and toks[m].norm == "від"]
        if gl in self.lex.word_list("receive_verbs") or (type_ == "AID" and givers):
            return "R"                # "ми очікуємо транш від ЄС", "ми отримали допомогу"
        if type_ in ("AID", "SUPPORT") and toks[i].person != "1per" and \
                not any(toks[m].norm in self.lex.word_list("first_person") and toks[m].case == "nomn"
                        for m in range(cl.lo, i)) and \
                any(toks[m].norm in self.lex.word_list("first_person_datives") and
                    (m == cl.lo or toks[m - 1].norm not in self.lex.word_list("prepositions"))
                    for m in range(cl.lo, cl.hi)):
            return "R"                # "дайте нам літаки", "Швеція прийшла нам на допомогу": we receive
        if toks[i].pos == "NOUN" and cl.governor is not None and cl.governor != i and \
                any(x not in soft for x in actors):
            return None               # "очікуємо пакет санкцій Європи": Europe's, not ours
        return "A"

    def _goods_names(self, doc: Document, sent: SentenceView, args: list) -> list:
        """"дві системи Patriot", "танки Leopard", "літаки F-16": a name right after a word for
        weapons or goods is their make, no party (a state there, "зброя України", is whose)."""
        goods = self.lex.word_list("made_goods")
        toks = doc.tokens
        out = []
        for a in args:
            k = token_index_at(doc, a.start, sent.lo + 1, sent.hi)
            ent = doc.entities.get(a.entity)
            # (a make is written in Latin letters or with digits: "з танків Запорізьку АЕС" is
            # what the tanks shelled)
            if k is not None and a.kind == "mention" and lemma_of(toks[k - 1]) in goods and \
                    (ent is None or ent.type != "LOC") and \
                    any(("a" <= c.lower() <= "z") or c.isdigit() for c in doc.text[a.start:a.end]):
                continue
            out.append(a)
        return out

    @staticmethod
    def _source_header(doc: Document, sent: SentenceView, args: list, i: int) -> set[str]:
        """The names a line opens with before a colon ("Генштаб:", "ОВА:", "Сибіга:") when the
        trigger stands after the colon: the source the line is credited to."""
        toks = doc.tokens
        colon = next((m for m in range(sent.lo, min(sent.hi, sent.lo + 5)) if toks[m].norm == ":"), None)
        if colon is None or i <= colon or colon == sent.lo:
            return set()
        lo, hi = toks[sent.lo].start, toks[colon].start
        named = [a for a in args if lo <= a.start < hi]
        # every word before the colon belongs to a name
        if not named or any(t.is_word and not any(a.start <= t.start < a.end for a in named)
                            for t in toks[sent.lo:colon]):
            return set()
        return {a.entity for a in named}

    @staticmethod
    def _known(doc: Document, eid: str) -> bool:
        ent = doc.entities.get(eid)
        return ent is not None and (ent.kb or bool(ent.wikidata))

    def _witnessed(self, doc: Document, cl, i: int) -> bool:
        """The trigger noun is what a verb or noun of reporting, recording or investigating
        (`witness_words`) is about: that verb's subject tells of the happening."""
        words = self.lex.word_list("witness_words")
        toks = doc.tokens
        if cl.governor is not None and lemma_of(toks[cl.governor]) in words:
            return True
        return any(lemma_of(toks[m]) in words for m in range(max(cl.lo, i - 5), i))

    def _fronted_reporter(self, doc: Document, cl, i: int, args: list) -> set[str]:
        """The names between a verb of reporting that opens the trigger's clause and the comma
        after them ("Як повідомив начальник ОВА, ...", "Як заявили в ОВА, ..."): the reporter."""
        toks = doc.tokens
        edge = cl.left_edge
        if edge is None or lemma_of(toks[edge]) not in self.lex.word_list("witness_words"):
            return set()
        comma = next((m for m in range(edge + 1, i) if toks[m].norm == ","), None)
        if comma is None:
            return set()
        return {a.entity for a in args if toks[edge].end <= a.start < toks[comma].start}

    @staticmethod
    def _phrase_end(doc: Document, cl, j: int) -> int:
        """Where the trigger noun's own phrase ends: at a verb, a comma or a conjunction."""
        toks = doc.tokens
        m = j
        while m < cl.hi and toks[m].is_word and not _finite(toks[m]) and toks[m].pos not in ("CONJ", "GRND"):
            m += 1
        return m

    def _fits_author(self, doc: Document, verb) -> bool:
        """A singular past verb with no subject is the author's only in his gender ("приїхала"
        in an address by a man tells of a woman the text names elsewhere); his gender is the
        one his first name has in the dictionary as an animate nominative."""
        if self._author is None or verb.number == "plur" or verb.tense != "past" or \
                verb.gender not in ("masc", "femn"):
            return True
        if self._author_gender is None:
            ent = doc.entities.get(self._author)
            first = ent.name_uk.split()[0] if ent and ent.name_uk else ""
            genders = {p.tag.gender for p in parses(first) if p.tag.POS == "NOUN" and "anim" in p.tag and
                       p.tag.case == "nomn" and p.tag.gender in ("masc", "femn")}
            self._author_gender = genders.pop() if len(genders) == 1 else ""
        return not self._author_gender or self._author_gender == verb.gender

    def _speaker_in_person(self, doc: Document, sent: SentenceView, cl, i: int, j: int, type_: str,
                           fp_side: str | None) -> bool:
        """Whether the speaker himself, not only his state, stands on the first person's side.
        "Ми вистояли й відбиваємо атаки", "надати нам допомогу", "Ми не отримали літаків": the
        plural "ми" that is struck or given to is the country; "пакет підтримки нашої держави",
        "дякую за підтримку України": the trigger names its receiver, the thanker is not it. The
        speaker receives or strikes only through the singular first person ("мені", "я",
        "дякую", `in_person_words` such as "особисто")."""
        if fp_side is None or (fp_side == "A" and type_ not in ("ASSAULT", "COERCE")):
            return True
        toks = doc.tokens
        personal = self.lex.word_list("in_person_words")
        if any(toks[m].norm in personal for m in range(cl.lo, cl.hi)):
            return True
        if fp_side == "R" and self._own_receiver(doc, sent, i, j):
            return False
        singular = self.lex.word_list("first_person_singular")
        # on the receiving side a verb of his own counts only if it is the thanks or the receipt
        # ("Звертаюся ... з проханням надати нам допомогу": he asks, "нам" receives)
        own = self.lex.word_list("gratitude_words") | self.lex.word_list("receive_verbs") \
            if fp_side == "R" else None
        return any(toks[m].norm in singular or (toks[m].pos == "VERB" and toks[m].person == "1per" and
                                                toks[m].number != "plur" and (own is None or lemma_of(toks[m]) in own))
                   for m in range(cl.lo, cl.hi))

    def _own_receiver(self, doc: Document, sent: SentenceView, i: int, j: int) -> bool:
        """"підтримка нашої держави", "допомога Україні", "пакет для України": a trigger noun
        followed by the party it goes to (a genitive or dative name or a word for a state or a
        people, `receiver_nouns`, after possessives and adjectives)."""
        toks = doc.tokens
        if toks[i].pos != "NOUN":
            return False
        m = j
        if m < sent.hi and toks[m].norm in self.lex.word_list("purpose_prepositions"):
            m += 1
        while m < sent.hi and toks[m].pos in ("ADJF", "PRTF", "NPRO") and toks[m].case != "nomn":
            m += 1
        if m >= sent.hi or toks[m].case not in ("gent", "datv"):
            return False
        named = any(a.start <= toks[m].start < a.end and doc.entities.get(a.entity) is not None and
                    doc.entities[a.entity].type in ("LOC", "ORG") for a in sent.args)
        return named or lemma_of(toks[m]) in self.lex.word_list("receiver_nouns")

    def _adversary_words(self, doc: Document, sent: SentenceView, args: list, home: str | None,
                         outside: list) -> list:
        """"ворог", "окупанти", "агресор", "ворожі удари": in a report from the home side these
        name the adversary; they take a side by the same grammar as a name."""
        words = self.lex.word_list("adversary_words")
        if not (home and self.lex.adversary and words & sent.lemma_set):
            return args
        adv = None
        extra = []
        for k in range(sent.lo, sent.hi):
            t = doc.tokens[k]
            # "На Покровському напрямку ворог атакував": a name the recogniser ran on into the
            # lowercase word after it ("Покровському напрямку ворог", known to no knowledge
            # base) is no name of a party or a place
            swallowed = [a for a in args if a.start < t.start < a.end and t.text[:1].islower()
                         and lemma_of(t) in words and not self._known(doc, a.entity)]
            if swallowed:
                args = [a for a in args if a not in swallowed]
            if lemma_of(t) in words and not any(r[0] <= t.start < r[1] for r in outside) \
                    and not any(a.start <= t.start < a.end for a in args):
                adv = adv or home_entity(doc, self.lex, self.lex.adversary)
                extra.append(Arg(t.start, t.end, adv, "demonym", "LOC"))
        return sorted(args + extra, key=lambda a: a.start) if extra else args

    def _build(self, doc: Document, sent: SentenceView, i: int, j: int, type_: str, mode: str | None,
               weight: float, fixed_status: str | None, elaboration: bool, home: str | None,
               first_person: frozenset, home_roles: frozenset, anaphoric: frozenset,
               needs: tuple = ()) -> Cand:
        toks = doc.tokens
        rel_clause = self.find.relative_clause(doc, sent, i)
        clause = rel_clause or sent.clause_of(i)
        cl = clause_of_trigger(doc, i, j, sent.lo, sent.hi, self.lex)
        c_lo, c_hi = sent.char_span(clause)
        g_lo, g_hi = sent.char_span((cl.lo, cl.hi)) if not rel_clause else (c_lo, c_hi)
        # a relative clause speaks of its antecedent, not of a trigger outside it
        outside = [r for r in sent.rel_spans
                   if not (r[0] <= toks[i].start < r[1] or c_lo <= r[0] < c_hi)]
        tx = time_of(doc, toks[i].start, (g_lo, g_hi), (sent.start, sent.end), outside, sent.timexes)
        time = {"value": tx.value, "mod": tx.mod} if tx else None
        rng = value_range(tx.value, tx.mod) if tx else None
        # status from the verb the trigger hangs on: the grammar's clause, which a dash or a
        # comma list does not cut ("Ми готуємо ще сім документів – угод")
        st_clause = clause if rel_clause else (min(clause[0], cl.lo), max(clause[1], cl.hi))
        st_clause = across_parentheticals(toks, st_clause, (sent.lo, sent.hi), self.lex)
        status, explicit = status_of(doc, i, j, st_clause, (sent.lo, sent.hi), type_, self.lex,
                                     fixed_status, rng)
        if "honour" in needs and status in ("ongoing", "planned") and \
                not any(toks[m].tense == "futr" for m in range(sent.lo, i)):
            # "Маю честь звернутися до вас", "Мав честь вітати": done as told, not a plan
            status, explicit = "occurred", True
        if status in ("occurred", "ongoing") and self.find.hypothetical(doc, sent, i):
            status, explicit = "planned", True   # "можливі переговори", "перспективи переговорів"
        if tx is not None and rng and doc.date and status == "occurred" and explicit is True and rng[0] > doc.date:
            # "Наступного тижня очікуємо транш від ЄС, який виділив нам 1,2 млрд": a date to come
            # is not the time of what a past verb tells
            tx, time, rng = None, None, None
        if tx is None and self._heading is not None and explicit is True and status in ("occurred", "planned"):
            # told by a verb that took place or will ("відбувся обмін" after "Сьогоднішній день."),
            # not a habit ("ворог постійно атакує")
            tx = self._heading
            time, rng = {"value": tx.value, "mod": tx.mod}, value_range(tx.value, tx.mod)
        if tx is None and time is None and doc.date and status == "occurred" and explicit is True and \
                any(toks[m].norm in self.lex.word_list("just_now_adverbs") for m in range(cl.lo, cl.hi)):
            # "Говорили щойно з канцлером": what took place just now took place on the day of the text
            time = {"value": doc.date.isoformat(), "mod": None}
            rng = (doc.date, doc.date)
        args = [a for a in sent.args if not any(r[0] <= a.start < r[1] for r in outside)]
        args = self._adversary_words(doc, sent, args, home, outside)
        args = self._goods_names(doc, sent, args)
        p_lo, p_hi = (cl.lo, cl.hi) if not rel_clause else clause
        place, used_place = place_of(doc, [a for a in args if toks[p_lo].start <= a.start < toks[p_hi - 1].end],
                                     p_lo, p_hi, self.lex, visit=(mode == "visit"))
        need = type_ == "REQUEST" and (lemma_of(toks[i]) in self.lex.need_words or toks[i].norm in self.lex.need_words)
        actors, recipients, cl, fp_actor = clause_roles(doc, args, i, j, type_, self.lex, sent.lo, sent.hi,
                                                        used_place, visit=(mode == "visit"), clause=cl, need=need)
        if self._audience(doc, i, sent.lo):
            # "Перед учасниками самітів НАТО, «Великої сімки»": the body whose gathering is
            # addressed hears the speech, it does not give it
            recipients = actors + [x for x in recipients if x not in actors]
            actors = []
        if "foreign_party" in needs:
            # "Виступив перед парламентом Німеччини", "у Бундестазі": the body addressed and its
            # state receive the speech; the hall it is given in is no place of the meeting
            addressed = self.find.foreign_parties(doc, sent, i, j)
            actors = [x for x in actors if x not in addressed]
            recipients = recipients + [x for x in addressed if x not in recipients]
            if place in addressed:
                place = None
        header = self._source_header(doc, sent, args, i)
        if header and any(x not in header for x in actors):
            # "Генштаб: окупанти накопичують сили": the body a report's line is credited to tells
            # of the happening, it takes no part when the clause names who did it
            actors = [x for x in actors if x not in header]
            recipients = [x for x in recipients if x not in header]
        if "foreign_speaker" in needs:
            # "Президент Польщі виступив у Верховній Раді": the guest speaks, the home side's
            # assembly and the home side hear him; the hall is no place of its own
            speakers, heard = self.find.home_assembly(doc, sent, i, j)
            actors = [x for x in actors if x not in heard] + [x for x in speakers if x not in actors]
            recipients = [x for x in recipients if x not in speakers] + [x for x in heard if x not in recipients]
            if place in heard:
                place = None
        if type_ in ("ASSAULT", "COERCE") and toks[i].pos == "NOUN" and self.find.permitted(doc, sent, cl.lo, i):
            # "НАТО дало зелене світло для бомбардування": who permits a strike does not make it;
            # the one given leave ("дали Ізраїлю зелене світло") would strike, the name after the
            # strike noun ("бомбардування Ірану") would be hit, and the strike is still to come
            before = {a.entity for a in args if a.start < toks[i].start}
            after = {a.entity for a in args if a.start > toks[i].start}
            permitted = [x for x in recipients if x in before and x not in after]
            hit = [x for x in actors if x in after and x not in before]
            actors = permitted + [x for x in actors if x not in before and x not in hit]
            recipients = [x for x in recipients if x not in permitted] + [x for x in hit if x not in recipients]
            if status in ("occurred", "ongoing"):
                status, explicit = "planned", True
            if rng and doc.date and rng[1] <= doc.date:
                tx, time, rng = None, None, None    # "Вчора дали зелене світло": the day of the leave
        if type_ in ("ASSAULT", "COERCE") and self.find.passive(doc, i):
            actors, recipients = self._passive_sides(doc, args, cl, type_)
            if place in recipients:
                place = None if type_ != "ASSAULT" else place
        topic_names = self._topic_partners(doc, sent, args, cl, i)
        actors = [x for x in actors if x not in topic_names]
        recipients = [x for x in recipients if x not in topic_names]
        givers = self.find.thanked_givers(doc, sent, i) if type_ in ("AID", "SUPPORT") else []
        if givers:
            # "Дякую Польщі за зброю": the party thanked gave it; the thanks tell it as done, and
            # a place in the thanks ("друзям України у США") is where the givers are
            # who receives is the home side, its people and towns ("підтримку нашого захисту
            # від загарбників": the adversary receives nothing)
            towns = place_country()
            recipients = [x for x in actors + recipients if x not in givers and
                          (x == home or towns.get(x) == home or state_of(x, doc.date) == home)]
            actors = list(givers)
            if home and home not in recipients:
                recipients.append(home)
            place = None
            if rel_clause is None and status in ("planned", "conditional"):
                status, explicit = "occurred", True
        if lemma_of(toks[i]) in self.lex.word_list("receive_verbs"):
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
            if place is None:
                # "Київ – балістика": the town or region hit is the place (a whole country is not)
                towns = place_country()
                place = next((x for x in recipients if x in towns), None)
        if type_ == "ASSAULT" and place and place in place_country() and place not in actors + recipients:
            recipients.append(place)  # "наступ на Харків", "удари в Харкові": the town is hit
        if type_ == "COERCE" and lemma_of(toks[i]) in self.lex.word_list("adversary_coercion"):
            towns = place_country()
            for x in [x for x in actors if x in towns]:
                actors.remove(x)      # "заблокували порти Маріуполя": the town is blockaded
                recipients.append(x)
            hit = [x for x in recipients if x == home or towns.get(x) == home]
            if not actors and hit and self.lex.adversary:
                # "депортація українців", "Маріуполь у блокаді": in this domain who deports or
                # blockades the home side's people and towns is the adversary
                adv = home_entity(doc, self.lex, self.lex.adversary)
                if adv:
                    actors.append(adv)
        if type_ in ("ASSAULT", "COERCE") and toks[i].pos == "NOUN" and self._witnessed(doc, cl, i):
            # "Голова ОВА повідомив про обстріл Харкова", "Прокуратура розслідує удар по Сумах":
            # who reports, records or investigates a strike did not make it; its own phrase
            # ("російський обстріл", "обстріл ... російськими військами") still names the striker
            end = self._phrase_end(doc, cl, j)
            m = i
            while m > cl.lo and toks[m - 1].pos in ("ADJF", "PRTF"):
                m -= 1                # "російський ракетний обстріл": the adjectives of the noun
            own = {a.entity for a in args if toks[m].start <= a.start < toks[end - 1].end}
            actors = [x for x in actors if x in own]
            # ("повідомила про підозру російському генералу за обстріли Харкова": the suspect and
            # the body's region are the report's, not the strike's)
            before = {a.entity for a in args if a.start < toks[i].start} - own
            recipients = [x for x in recipients if x not in before]
        reporter = self._fronted_reporter(doc, cl, i, args)
        if reporter:
            # "Як повідомив начальник ОВА, вночі ворог атакував Нікополь": who reports stands in
            # a clause of his own before the comma
            actors = [x for x in actors if x not in reporter]
            recipients = [x for x in recipients if x not in reporter]
        if type_ == "ASSAULT" and toks[i].pos == "VERB" and \
                lemma_of(toks[i]) in self.lex.word_list("interception_verbs") and \
                self.find.object_near(doc, sent, j, "projectiles", 6):
            # "ЗСУ знищили 12 ракет", "ППО збила 40 дронів": who shoots down what was launched
            # is on the side struck; "40 російських ракет": whose they were struck
            owners = [a.entity for a in args if a.start > toks[i].start and a.kind in ("adjective", "demonym")]
            recipients = [x for x in actors + recipients if x not in owners]
            actors = [x for x in owners if x not in recipients]
            if not recipients and home and self.lex.adversary:
                # ("Протиповітряна оборона знешкодила 12 ракет": in this domain the air defence
                # that names no side of its own is the home side's)
                recipients.append(home)
        if type_ == "ASSAULT" and not actors and lemma_of(toks[i]) not in self.lex.word_list("mutual_assaults") and \
                not (fp_actor and (toks[i].pos == "VERB" or "infn" in (toks[i].tags or ())) and
                     lemma_of(toks[cl.governor if cl.governor is not None else i])
                     not in self.lex.word_list("target_subject_verbs")):
            # ("Готуємося наступати на Херсон": the first person strikes, if a town of its own
            # side; "ми відбили атаку на Харків": the strike noun is the adversary's)
            actors.extend(self._striker_of_home(doc, recipients, place, home))
        if type_ == "RETREAT" and mode == "release":
            # "звільнення мера Мелітополя": the person after a release noun is the one freed, and
            # the town in his title takes no part
            towns = place_country()
            freed = [a.entity for a in args if a.start > toks[i].start and (a.etype or "") == "PER"] \
                if toks[i].pos == "NOUN" else []
            actors = [x for x in actors if x not in towns and x not in freed]
            recipients = [x for x in recipients if x not in towns] + \
                [x for x in dict.fromkeys(freed) if x not in recipients]
        inferred: set[str] = set()           # sides the text implies but does not name
        if type_ == "RETREAT" and (lemma_of(toks[i]) in self.lex.word_list("exchange_words") or mode == "release") and \
                self.lex.adversary and home and \
                not any(x != home and x in country_ids() for x in actors + recipients):
            # "відбувся обмін", "звільнили з полону мера": in this domain a prisoner swap or a
            # release with no other side named is one with the adversary
            adv = home_entity(doc, self.lex, self.lex.adversary)
            if adv:
                recipients.append(adv)
                inferred.add(adv)
                if home not in actors + recipients:
                    actors.append(home)
                    inferred.add(home)
        if type_ == "SANCTION":
            # "Російські банки відключають від SWIFT", "відмова від російських енергоносіїв": a
            # country's adjective names whose banks or trade are cut off, not who cuts them off
            # (cut off from a payment system, or the adversary's after the trigger)
            adv = (self.lex.adversary or {}).get("id")
            owners = [a.entity for a in args if a.kind in ("adjective", "demonym") and a.entity in actors and
                      ("object:swift" in needs or (a.entity == adv and a.start > toks[i].start))]
            actors = [x for x in actors if x not in owners]
            recipients = recipients + [x for x in owners if x not in recipients]
        if type_ == "SANCTION" and "object:assets" in needs:
            # "блокування яхт російських олігархів", "заморозити активи Росії": whose assets are
            # frozen is hit
            owners = [a.entity for a in args if a.start >= toks[j - 1].end and a.entity in actors]
            actors = [x for x in actors if x not in owners]
            recipients = recipients + [x for x in owners if x not in recipients]
        if type_ == "SANCTION" and lemma_of(toks[j - 1]) in self.lex.word_list("membership_words"):
            # "зупинка членства Росії в Раді": the member loses it, the body that decides acts
            members = [a.entity for a in args if a.start >= toks[j - 1].end and a.entity in actors
                       and (m := token_index_at(doc, a.start, j, sent.hi)) is not None and m <= j + 1]
            actors = [x for x in actors if x not in members]
            recipients = recipients + [x for x in members if x not in recipients]
        if type_ in ("SANCTION", "THREATEN") and status == "conditional":
            for x in condition_subjects(doc, args, sent.lo, i, self.lex):
                if x in actors:
                    actors.remove(x)
                if x not in recipients:
                    recipients.append(x)
        if place is None and type_ == "CONSULT" and \
                self.lex.modes.get("CONSULT", {}).get("visit", frozenset()) & sent.lemma_set:
            # "прибув до Вільнюса, де зустрівся ...", "відвідає Варшаву": the visit's destination
            place, _ = place_of(doc, sent.args, sent.lo, sent.hi, self.lex, visit=True)
            if place is None:
                place = self._visited(doc, sent)
        if place and type_ == "CONSULT" and place != home and place not in actors + recipients \
                and place in country_ids() and \
                len(({state_of(x, doc.date) or place_country().get(x) or x for x in actors + recipients} |
                     ({home} if home else set())) - {place}) <= 1 and \
                not (self._hosted_only() & sent.lemma_set):
            # "перемовини в Албанії": with no other side named, the host country is the one met;
            # "переговори делегацій України та Росії у Білорусі" (two sides named), "на переговорах
            # у Білорусі групи домовилися", "саміт у Литві": the host is only the place
            recipients.append(place)
        home_named = home is not None and home in actors + recipients
        # first person in a quote: the speaker and the home side
        in_quote = self._quote_at.find(toks[i].start)
        gov = toks[cl.governor] if cl.governor is not None else None
        # "Провів переговори з ...": a verb with no subject in a first-person text is the speaker's
        # "будуть консультації з європейськими лідерами" in a first-person text: we meet them
        # ("На зустріч і з вашим Президентом": a line with no verb at all is the speaker's too)
        verbless = not any(_finite(toks[m]) for m in range(sent.lo, sent.hi))
        fp = fp_actor or (self._first_person_doc and in_quote is None and type_ in SYMMETRIC and
                          not actors and (gov is not None or verbless) and
                          self._with_partner(doc, args, recipients, cl, i) and
                          not self._awarded_before(doc, sent) and
                          not any(toks[m].pos in ("NOUN", "NPRO") and toks[m].case == "nomn" and m != i and
                                  "accs" not in _cases(toks[m].text) and
                                  not any(a.start <= toks[m].start < a.end for a in args)
                                  for m in range(cl.lo, cl.hi))) or \
            (self._first_person_doc and gov is not None and not actors and
                          gov.tense == "past" and in_quote is None and type_ not in ("ASSAULT", "COERCE") and
                          # ("Там стартував весняний призов": the trigger noun is the verb's subject)
                          # ("прибув гуманітарний вантаж": the head of a phrase trigger)
                          not any(toks[m].pos == "NOUN" and toks[m].case == "nomn" and cl.governor is not None
                                  and cl.governor != m and _agrees(gov, toks[m]) for m in range(i, j)) and
                          # ("Спрацювали понад десять гуманітарних коридорів": a verb that takes no
                          # object has the trigger noun after it as its subject, counted or not)
                          not (lemma_of(gov) in self.lex.word_list("intransitive_verbs") and
                               toks[i].pos in ("NOUN", "ADJF") and i > cl.governor and
                               toks[i - 1].norm not in self.lex.word_list("prepositions")) and
                          (gov.gender in ("masc", "femn") or gov.number == "plur") and lemma_of(gov) != "бути" and
                          not self._indefinite_personal(doc, cl, gov) and
                          not self._headed_by_someone(doc, sent) and
                          not any(toks[m].pos in ("NOUN", "NPRO") and
                                  (toks[m].case == "nomn" or (m < cl.governor and self._subject_before(doc, m, gov, cl.lo, i))) and
                                  (m < cl.governor or self._subject_after(doc, args, m, gov, cl.lo, i))
                                  for m in range(cl.lo, cl.hi)))
        # "Сьогодні в Україні з візитом перебувала ...", "Україна ... Не отримала літаків": a verb
        # in another gender than the author's is not his, though it may be his state's (not
        # "Важливою була розмова з ...": there the verb agrees with the trigger noun)
        not_his = fp and not fp_actor and gov is not None and not self._fits_author(doc, gov) and \
            not any(toks[m].pos == "NOUN" and toks[m].case == "nomn" and toks[m].gender == gov.gender
                    for m in range(i, j))
        if not fp and not actors and in_quote is None and self._first_person_doc and self._audience(doc, i, sent.lo):
            fp = True             # the speaker of a first-person text addressed them
        home_only = False
        soft: set[str] = set(inferred)
        mediators = self.lex.word_list("mediator_words")
        for a in args:
            m = token_index_before(doc, a.start, sent.lo)
            if m is not None and lemma_of(toks[m]) in mediators:
                soft.add(a.entity)
        thanked = givers or (type_ in ("AID", "SUPPORT") and self.find.thanked(doc, sent, i) is not None)
        fp_side = self._first_person_side(doc, args, i, cl, type_, gov, actors, soft, thanked) if fp else None
        in_person = self._speaker_in_person(doc, sent, cl, i, j, type_, fp_side)
        if fp_side and in_person and in_quote is not None and in_quote.speaker:
            if in_quote.speaker not in actors + recipients:
                (actors if fp_side == "A" else recipients).insert(0, in_quote.speaker)
                soft.add(in_quote.speaker)
        has_country = any((doc.entities.get(x).type if doc.entities.get(x) else None) == "LOC"
                          for x in actors + recipients if x != place)
        # a bare role word as the subject ("Делегація провела переговори") stands for the home side
        # (or the one the happening is for: "перемовини для делегації"; not a place or a topic)
        # ("російська армія" is the adversary's: a role word after a country's adjective is not ours)
        # ("Вони викрадають представників влади": a role word that can be neither the subject
        # nor whose the happening is, "засідання Уряду", undergoes it, it does not act)
        several = self.lex.word_list("several_sides_roles")
        # ("одна сторона не б'є по іншій стороні": a role word under a determiner of any one is
        # nobody's in particular)
        anyone = self.lex.word_list("partitive_words") | self.lex.word_list("generic_determiners")
        role_subject = any(lemma_of(toks[m]) in home_roles and toks[m].pos == "NOUN" and
                           not (m > cl.lo and (lemma_of(toks[m - 1]) in anyone or toks[m - 1].norm in anyone)) and
                           not (lemma_of(toks[m]) in several and
                                _plural_form(toks[m].text, "gent" if m == j and toks[i].pos == "NOUN" else
                                             None if m > cl.lo and toks[m - 1].pos == "PREP" else "nomn")) and
                           (toks[m].case == "nomn" or "nomn" in _cases(toks[m].text) or
                            (m == j and toks[i].pos == "NOUN" and "gent" in _cases(toks[m].text))) and
                           (m == cl.lo or (toks[m - 1].norm not in self.lex.word_list("topic_prepositions")
                                           | {"по", "на", "проти", "в", "у"}
                                           and not any(a.start == toks[m - 1].start and a.entity != home for a in args)))
                           for m in range(cl.lo, cl.hi))
        our_role = False
        if not fp and any(lemma_of(toks[m]) in home_roles and toks[m].pos == "NOUN" and m > cl.lo and
                          lemma_of(toks[m - 1]) in ("наш", "мій") for m in range(cl.lo, cl.hi)):
            # "наша делегація на переговорах з російською стороною": ours, named in the first person
            fp, our_role = True, True
            fp_side = self._first_person_side(doc, args, i, cl, type_, gov, actors, soft, thanked)
        if need and not actors and self._first_person_doc and in_quote is None:
            fp, fp_side = True, "A"   # "ППО треба шукати кожен день": the speaker's side needs it
        if "honour" in needs and not actors:
            fp, fp_side = True, "A"   # "Маю честь звернутися до вас": the one honoured speaks
        if not fp and role_subject and not has_country and not actors:
            fp_side = self._first_person_side(doc, args, i, cl, type_, gov, actors, soft, thanked)
        # "ми" of a foreign speaker ("«Ми надамо зброю», – сказав Президент Франції") is that
        # speaker's state, not the home side
        speaker = (in_quote.speaker if in_quote is not None else None if our_role else self._author) if fp else None
        side_home = (state_of(speaker, doc.date) if speaker else None) or home
        if side_home and fp_side and side_home not in actors and side_home not in recipients:
            home_only = not (actors or recipients)
            (actors if fp_side == "A" else recipients).append(entity_for(doc, side_home))
            if side_home != home:
                soft.add(side_home)   # inferred from the speaker, like the home side
        if fp and fp_side and in_person and not not_his and not our_role and in_quote is None and self._author and \
                self._author not in actors + recipients:
            # the first person of an address outside quotes is its author, on the home side
            # ("наша делегація" is not the author)
            (actors if fp_side == "A" else recipients).insert(0, self._author)
            soft.add(self._author)
        for side in (actors, recipients):
            # a person and the state they act for stand on one side
            for x in list(side):
                st = state_of(x, doc.date) if x not in soft else None
                if st and st not in actors + recipients and st != place:
                    side.append(entity_for(doc, st))
                    soft.add(st)
        # a holiday, a law or a war named ("на Великдень", MISC) is a time or a topic, never a party
        misc = {x for x in actors + recipients if doc.entities.get(x) is not None and doc.entities[x].type == "MISC"}
        if misc:
            actors[:] = [x for x in actors if x not in misc]
            recipients[:] = [x for x in recipients if x not in misc]
        trig_tok = toks[i]
        anaph = any(lemma_of(toks[m]) in anaphoric or toks[m].norm in anaphoric
                    for m in range(max(sent.lo, i - 2), i))
        rel = self.lex.word_list("relative_pronouns")
        if anaph and any(lemma_of(toks[m]) == "той" for m in range(max(sent.lo, i - 2), i)) and \
                any(toks[m].norm == "," and m + 1 < sent.hi and lemma_of(toks[m + 1]) in rel
                    for m in range(j, min(sent.hi, j + 3))):
            anaph = False     # "за ту допомогу, яку ви надали": the clause after names it anew
        # "Там він проведе переговори": a sentence opening with "там" continues the happening
        # just told at that place
        anaph = anaph or toks[sent.lo].norm in self.lex.word_list("place_anaphors")
        # "«Ми обговорили ...», – заявив X" after "X провів розмову": the speaker's own recap
        anaph = anaph or (in_quote is not None and any(
            toks[m].norm in first_person for m in range(max(sent.lo, i - 2), i)))
        # "Сторони/Лідери обговорили ...": the parties of the happening just told
        anaph = anaph or self._party_subject(doc, clause[0], i)
        distinct = any(lemma_of(toks[m]) in self.lex.word_list("non_anaphoric") or toks[m].norm in self.lex.word_list("non_anaphoric")
                       for m in range(max(sent.lo, i - 2), i))
        ordinal = self.lex.word_list("ordinal_markers")
        counted = any(toks[m].text.isdigit() or toks[m].pos == "NUMR" or
                      (toks[m].pos == "NPRO" and any(p.tag.POS == "NUMR" for p in parses(toks[m].text)))
                      for m in range(max(sent.lo, cl.lo, i - 6), i) if toks[m].is_word
                      and not (m > sent.lo and toks[m - 1].norm in ordinal))   # "питанням номер один"
        # "готуємо зустрічі" is generic; "провів майже 20 розмов" counts what took place
        plural = trig_tok.number == "plur" and lemma_of(trig_tok) != trig_tok.norm and trig_tok.pos == "NOUN" \
            and not counted and "before:new" not in needs and not self._counted_apposition(doc, sent, cl.lo, i)
        state = False
        # "обміни були активними": a copula with an adjective describes, it does not report
        for m in range(j, min(sent.hi - 1, j + 3)):
            if lemma_of(toks[m]) == "бути" and toks[m + 1].pos == "ADJF" and toks[m + 1].case in ("ablt", "nomn"):
                state = True
        # "Участь у зустрічі взяли представники ...": more about the meeting just told
        # (unless the cue is the trigger's own partner: "Поспілкувався також із представниками
        # бізнесу" is another talk, and so are "зустрічі з представниками Хорватії, Молдови"
        # after a summit)
        # "Я провів нараду з командуванням": a meeting with one's own officials, named by no
        # entity, is a happening of its own, not more of a talk with foreign partners
        own_partner = type_ == "CONSULT" and (
            self._unnamed_partner(doc, sent, j, cl.hi) or
            (lemma_of(trig_tok) in self.lex.word_list("own_meeting_nouns") and
             not any(x != home and x not in soft for x in actors + recipients)))
        if tx is None and self._has_cue(doc, sent) and not own_partner and \
                not self._cue_is_partner(doc, sent, j, cl.hi):
            anaph = True
        m = self.find.mode(type_, mode, sent)
        cand = Cand(type=type_, mode=m, lemma=lemma_of(trig_tok),
                    trig=(toks[i].start, toks[j - 1].end), evidence=(sent.start, sent.end),
                    sent=sent.index, para=sent.para, weight=weight, status=status,
                    status_explicit=explicit, time=time, time_range=rng, actors=actors,
                    recipients=recipients, place=place, home_only=home_only, anaphoric=anaph, home_named=home_named,
                    plural_generic=plural, state_description=state, elaboration=elaboration,
                    home=home, soft=soft, distinct=distinct,
                    aggregate=counted)
        # "Обговорили енергетичні питання" after "Провів нараду": no time and no subject of its own
        # "Дякую за цю підтримку", "вдячний за такий пакет": thanks for a happening told before
        thanks_anaphors = self.lex.word_list("thanks_anaphors")
        cand.thanks_ref = bool(thanked) and any(toks[m].norm in thanks_anaphors for m in range(max(sent.lo, i - 3), i))
        # "Ця домовленість", "цю ж угоду": a demonstrative on the trigger noun points at one happening
        demonstratives = self.lex.word_list("demonstratives")
        cand.demonstrative = trig_tok.pos == "NOUN" and any(
            lemma_of(toks[m]) in demonstratives and toks[m].pos in ("NPRO", "ADJF") for m in range(max(sent.lo, i - 2), i))
        cand.continues = type_ == "CONSULT" and lemma_of(trig_tok) in self.lex.word_list("continuation_verbs") \
            and tx is None and status == "occurred" and _finite(trig_tok) and \
            not (set(actors) - ({home} | soft)) and not anaph and \
            not any(toks[m].pos in ("NOUN", "NPRO") and toks[m].case == "nomn" and toks[m].norm not in first_person
                    for m in range(cl.lo, i))
        cand.own_partner = own_partner
        cand.gathering = lemma_of(trig_tok) in self.lex.word_list("gathering_nouns")
        cand.performed = "speaker_now" in needs
        if type_ == "CONSULT" and not m and party_count(cand.participants(True), doc.date) >= 3:
            cand.mode = "multilateral"
        return cand

    def _striker_of_home(self, doc: Document, recipients: list[str], place: str | None,
                         home: str | None) -> list[str]:
        """"Вдень знов удар по Одесі": in this domain a strike on the home side or its towns
        with no attacker named is the adversary's."""
        if not (self.lex.adversary and home):
            return []
        towns = place_country()
        if not any(x == home or towns.get(x) == home for x in recipients + ([place] if place else [])):
            return []
        adv = home_entity(doc, self.lex, self.lex.adversary)
        return [adv] if adv and adv not in recipients else []

    def _unnamed_partner(self, doc: Document, sent: SentenceView, j: int, hi: int) -> bool:
        """"поспілкувався із представниками бізнесу", "звернення до учасників форуму", "нарада з
        командуванням": the talk's own clause names a partner, a living one or a body of people
        ("з" + instrumental, "до" + genitive),
        that no entity covers; such a mention is a happening of its own, not a repeat of a named one."""
        toks = doc.tokens
        preps = dict(x.split(":", 1) for x in self.lex.word_list("own_partner_cases"))
        for m in range(j, min(hi, j + 4)):
            case = preps.get(toks[m].norm)
            if not case:
                continue
            for k in range(m + 1, min(hi, m + 4)):
                t = toks[k]
                if t.pos == "NOUN" and t.case == case:
                    if not any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses(t.text)) and \
                            lemma_of(t) not in self.lex.word_list("collective_partner_nouns"):
                        return False      # "із переговорним процесом", "до зустрічі": no one
                    # the noun and what follows it ("прем'єр-міністрами Канади") name no one
                    end = k + 1
                    while end < min(hi, k + 5) and toks[end].is_word:    # ("колегами зі Сполучених Штатів")
                        end += 1
                    # (nor an adjective before it: "з американськими представниками")
                    return not any(a.start < toks[end - 1].end and a.end > toks[m + 1].start for a in sent.args)
                if t.pos not in ("ADJF", "PRTF", "NUMR"):
                    break
            return False
        return False

    def _passive_sides(self, doc: Document, args: list, cl, type_: str) -> tuple[list[str], list[str]]:
        """"Маріуполь заблоковано", "місто заблоковане російськими військами", "ракет випущено
        Росією по наших містах": a passive's doer stands in the instrumental, what undergoes it
        is its subject (or object of a form in -но) or, for a strike, a place after по/на ("порти
        на Чорному морі заблоковані": the sea is where); a name in another case ("вторгнення
        Росії") takes no side."""
        toks = doc.tokens
        preps = self.lex.word_list("prepositions")
        targets = self.lex.word_list("target_prepositions") if type_ == "ASSAULT" else frozenset()
        actors: list[str] = []
        recipients: list[str] = []
        for a in args:
            k = token_index_at(doc, a.start, cl.lo, cl.hi)
            if k is None:
                continue
            tie = tie_of(doc, k, cl.lo, -1, preps)
            case = toks[k].case
            loc = (a.etype or "") == "LOC"
            if tie.prep is None and case == "ablt":
                side = actors
            elif loc and (tie.prep is None and case in ("nomn", "accs") or tie.prep in targets):
                side = recipients
            else:
                continue
            if a.entity not in actors + recipients:
                side.append(a.entity)
        return actors, recipients

    def _hosted_only(self) -> frozenset[str]:
        """Words that make talks meet sides other than the country they are held in: the sides'
        own delegations or groups, a summit or forum, a mediator."""
        modes = self.lex.modes.get("CONSULT", {})
        return self.lex.word_list("meeting_side_words") | modes.get("multilateral", frozenset()) | \
            modes.get("third-party", frozenset())

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

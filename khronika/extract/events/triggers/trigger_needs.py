"""Whether a trigger's needs are met (`needs_ok`, read by the scan for every lexicon match): a
partner in a "з" phrase, a destination or target place, foreign parties before a home
assembly, an anchoring predicate. Each need names what must stand around a trigger word for
it to be an event ("готуємо зустрічі" is no meeting); the answers come from the other mixins.

A mixin of `triggers.finder.TriggerFinder` (it supplies `lex`, `context_window`; the object, topic,
asked-party and giver checks come from `trigger_objects`, `topics`, `asked_parties`, `givers`).
"""
from __future__ import annotations

from ....document import Document
from ....kb import get_kb
from ..arguments.addresses import addressed_gathering, addressed_people
from ..arguments.halted_supply import barred_owners
from .arrivals import delivered, subject_in
from .warrants import warrant_person
from .bill_topics import aid_bill, aid_receiver
from .blamed_acts import behind_act
from .joined_bodies import into_noun
from .crews import crew_subject
from .attack_nouns import attack_after, sided_attack
from .concerns import concerned_act
from .deadlines import deadline_party
from .first_objects import first_object
from ..grammar.clauses import _cases, _finite, clause_of_trigger
from .headings import heading_head
from .grammar_cues import joint_subject, named_subject, outcome_subject, person_genitive, place_genitive
from ..lexicon.shown_things import shown_thing
from ..lexicon.under_figures import under_figure
from ..lexicon.left_things import from_noun, left_place
from ..lexicon.local_bodies import local_body
from .participle_anchors import participle_verb
from ..lexicon.compiled import Trigger
from ..grammar.names import token_index_at
from .objects import held_by, named_object, owned_object
from ..time_place.place_time import place_of
from ..grammar.sentence_view import SentenceView, lemma_of
from ..arguments.states import country_ids, office_seat_state, place_country, state_of
from .stays import home_host, home_stay
from ..status.verb_forms import is_infinitive
from .trigger_objects import LIST_OBJECT_WINDOW, OBJECT_WINDOW

PARTNER_WINDOW = 6


class TriggerNeeds:
    """`needs_ok` and the partner, place and anchoring checks it reads."""

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
        # the speaker's own state is no other party ("Орбан виступив у парламенті Угорщини")
        c_lo = sent.clause_of(i)[0]
        own = {state_of(a.entity, doc.date) or a.entity for a in sent.args
               if toks[c_lo].start <= a.start < toks[i].start and a.kind != "pronoun"} - {None}
        out: list[str] = []
        for a in sent.args:
            if not lo <= a.start < hi or a.entity == home or a.kind == "pronoun" or a.entity in out:
                continue
            kb_entity = get_kb().entity(a.entity)
            if state_of(a.entity, doc.date) == home or (kb_entity is not None and kb_entity.of == home):
                continue
            if a.entity in own or state_of(a.entity, doc.date) in own or (kb_entity is not None and kb_entity.of in own):
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
        # ("виступив перед депутатами Верховної Ради": the assembly after the people addressed)
        people = addressed_people(self.lex, doc, sent, j)
        start = j if people is None else people + 1
        k = next((m for m in range(start, min(hi, start + 3)) if lemma_of(toks[m]) in assembly), None)
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
            if toks[k].norm in self.lex.word_list("pair_prepositions") and k == j:
                # "Відбулася розмова між Зеленським і Байденом": the pair who talk, named
                lim = toks[min(sent.hi, k + 4) - 1].end
                if any(toks[k].end <= a.start <= lim and self._in_phrase(doc, k, a.start) for a in sent.args):
                    return True
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
                        stop: int | None = None, states: bool = False) -> bool:
        """A place name after one of `preps` within a few words (before token `stop` if given):
        "прибув до Києва", "наступ на Бахмут", "удар по Одесі"; with `states`, only a state
        ("направить в Україну інструкторів", not "направили бригаду під Бахмут")."""
        toks = doc.tokens
        for k in range(j, min(sent.hi if stop is None else stop, j + PARTNER_WINDOW)):
            if toks[k].norm in preps:
                lim = toks[min(sent.hi, k + 4) - 1].end
                for a in sent.args:
                    if toks[k].end <= a.start <= lim and (
                            ((a.etype or "") == "LOC" and (not states or a.entity in country_ids())) or
                            (not states and office_seat_state(self.lex, a.entity))):
                        # before the verb only a direction ("у Київ прибудуть"), not a location
                        # ("у Києві прибули вагони")
                        if stop is None or toks[k].norm == "до" or toks[k + 1].case not in ("loct", "datv"):
                            return True
        return False

    def owned_content(self, doc: Document, sent: SentenceView, j: int) -> bool:
        """"Головна вимога України – повне виведення військ": the noun's owner, a name right after
        it, then a dash or a colon and what is asked, a common word: the demand told as a
        statement with no verb."""
        toks = doc.tokens
        marks = self.lex.word_list("content_marks")
        owner = next((a for a in sent.args if a.start == toks[j].start and a.kind == "mention"), None) \
            if j < sent.hi else None
        # (a party of the knowledge base: "Вимога Конституції – проведення виборів" is a rule's)
        kb_ent = get_kb().entity(owner.entity) if owner is not None else None
        if kb_ent is None or kb_ent.type not in ("PER", "ORG", "LOC"):
            return False
        m = j
        while m < sent.hi and toks[m].start < owner.end:
            m += 1
        # (what is asked, a noun or its adjective: "Вимоги ЄС – це 7 кроків" defines them)
        return m + 1 < sent.hi and toks[m].norm in marks and toks[m + 1].text[:1].islower() and \
            toks[m + 1].pos in ("NOUN", "ADJF")

    def anchored(self, doc: Document, sent: SentenceView, k: int, extra: str | None = None) -> bool:
        if heading_head(self.lex, doc, sent, k):
            return True     # "Напад на Курахове: ...": a heading names what the text tells
        anchors = self.lex.word_list(extra) if extra else self.lex.word_list("anchors")
        if participle_verb(self.lex, doc, sent, k) in anchors:
            return True     # "Підписаний у вівторок меморандум", "домовленості, досягнуті в ..."
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
            # "Контрнаступ приніс перші результати": the subject of what it brought about
            if outcome_subject(self.lex, doc, k, cl.governor):
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
            # "!need": the need negated ("!object:delayed", "!fronted:delayed", "!shown_thing")
            neg = need[:1] == "!"
            if neg:
                need = need[1:]
            if need == "partner":
                ok = self.has_partner(doc, sent, j)
            elif need == "destination":
                preps = self.lex.word_list("destination_prepositions")
                # "у Київ прибудуть президенти": the destination may stand before the verb
                ok = self.has_place_after(doc, sent, j, preps) or \
                    self.has_place_after(doc, sent, max(sent.lo, i - 4), preps, stop=i) or \
                    self.has_place_after(doc, sent, sent.clause_of(i)[0],
                                        self.lex.word_list("fronted_destination_prepositions"), stop=i)
                # ("До Києва на другу річницю вторгнення прибули": "до" with a place heads the
                # clause further off, and is a direction wherever it stands)
            elif need == "state_destination":
                # troops or instructors sent to another state: the state after до/в/у/на, after
                # the verb or right before it ("в Україну направлять інструкторів")
                preps = self.lex.word_list("destination_prepositions")
                ok = self.has_place_after(doc, sent, j, preps, states=True) or \
                    self.has_place_after(doc, sent, max(sent.lo, i - 4), preps, stop=i, states=True)
            elif need == "foreign_agent":
                # "Привітати українців приїхали прем'єр-міністр Канади та президент Фінляндії":
                # another state's office holder who comes, with no destination told, comes to
                # the home side (a text from elsewhere names no home side: no visit; an envoy
                # posted there travels within it: "Посол Франції приїхав до Ірпеня")
                home = (self.lex.home or {}).get("id")
                c = sent.clause_of(i)
                lo, hi = sent.char_span(c)
                envoys = self.lex.word_list("envoy_titles")
                ok = home is not None and not any(lemma_of(doc.tokens[m]) in envoys for m in range(c[0], c[1])) and any(
                    lo <= a.start < hi and a.kind != "pronoun" and
                    (st := state_of(a.entity, doc.date)) is not None and st != home
                    for a in sent.args)
            elif need == "target":
                ok = self.has_place_after(doc, sent, j, self.lex.word_list("target_prepositions"))
            elif need.startswith("place_after:"):
                # a place after a preposition of the list NAME ("імпортувала з Словаччини",
                # "експорт до Польщі")
                ok = self.has_place_after(doc, sent, j, self.lex.word_list(need[12:]))
            elif need in ("partner_or_entity", "party_named"):
                c = sent.clause_of(i)
                lo, hi = sent.char_span(c)
                # ("party_named": a town named only as where it happened is no party, "Поліція
                # затримала водія в Житомирі")
                where = [a for a in sent.args if lo <= a.start < hi and _where_only(doc, a, sent)] \
                    if need == "party_named" else []
                ok = any(lo <= a.start < hi and a not in where for a in sent.args) or any(
                    # a capitalised word inside the clause: a name the entity layer missed
                    doc.tokens[m].is_word and doc.tokens[m].text[:1].isupper() and
                    not any(a.start <= doc.tokens[m].start < a.end for a in where)
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
                # a perfective gerund ("звільнивши Ізюм") is as past as the finite verb it leans on
                ok = doc.tokens[i].tense == "past" or (
                    doc.tokens[i].pos == "GRND" and "perf" in (doc.tokens[i].tags or ())
                    and any(t.tense == "past" for t in doc.tokens[sent.lo:sent.hi]))
            elif need == "done":
                # the past or the impersonal "-но/-то" form ("Вбито трьох цивільних"), unless
                # "буде" makes it to come ("буде передано"); the harm of a strike told just
                # before ("Пошкоджено будинок") is read as that strike's (`patient`), not here
                t = doc.tokens[i]
                ok = t.tense == "past" or ("Impe" in (t.tags or ()) and not any(
                    lemma_of(doc.tokens[m]) == "бути" and doc.tokens[m].tense == "futr"
                    for m in range(max(sent.lo, i - 3), i)))
            elif need == "speaker_now":
                # a finite verb in the first person present: the speaker performs it as he speaks
                t = doc.tokens[i]
                ok = _finite(t) and t.person == "1per" and t.tense == "pres"
            elif need == "first_person":
                # a finite verb in the first person: the speaker does it ("я поїду до Брюсселя")
                t = doc.tokens[i]
                ok = _finite(t) and t.person == "1per"
            elif need == "indicative":
                # (the impersonal "-но/-то" form tells a done act too: "Посла викликано до МЗС")
                t = doc.tokens[i]
                ok = t.pos == "VERB" and (bool(t.tense) or "Impe" in (t.tags or ())) and "impr" not in (t.tags or ())
            elif need == "imperative_form":
                # ("Погодьтеся, це несправедливо": the reader is asked to agree; nobody agrees)
                ok = "impr" in (doc.tokens[i].tags or ())
            elif need == "infinitive_form":
                # "продовжує бомбити Маріуполь": the infinitive, whose status the verb before it tells
                t = doc.tokens[i]
                ok = t.pos == "INFN" or "infn" in (t.tags or ())
            elif need in ("infinitive_after", "no_infinitive_after"):
                # "змусила Україну підписати угоду": the act one is made to do follows
                # ("запропонував партнерам створити систему": what is offered is an act, no aid)
                # (the dictionary leaves the mark off some: "зібралися звільнити", is_infinitive)
                ok = any(is_infinitive(doc.tokens[m])
                         for m in range(j, min(sent.hi, j + 4))) == (need == "infinitive_after")
            elif need == "plea":
                t = doc.tokens[i]
                ok = "impr" in (t.tags or ()) or is_infinitive(t)
            elif need == "obliged":
                ok = bool(self.obliged_parties(doc, sent, i))
            elif need == "addressee":
                ok = self.addressee(doc, sent, i)
            elif need == "addressed_party":
                ok = self.addressee(doc, sent, i, asked=False)
            elif need == "wish":
                ok = bool(self.wished_parties(doc, sent, i))
            elif need == "thanked_giver":
                ok = bool(self.thanked_givers(doc, sent, i))
            elif need == "passive_agent":
                ok = self.passive_agent(doc, sent, i, j)
            elif need.startswith("participle_agent:"):
                ok = self.participle_agent(doc, sent, i, j, need[17:])
            elif need.startswith("antecedent+subject:"):
                ok = self.antecedent(doc, sent, i, need[19:], subject=True)
            elif need.startswith("antecedent:"):
                ok = self.antecedent(doc, sent, i, need[11:])
            elif need == "count_after":
                # "обмін у форматі 35 на 35", "у форматі «всіх на всіх»": a ratio, not a gathering
                m = j
                while m < sent.hi and doc.tokens[m].norm in ("«", "„", "“", '"'):
                    m += 1
                ok = m < sent.hi and (doc.tokens[m].text[:1].isdigit() or doc.tokens[m].pos == "NUMR" or
                                      lemma_of(doc.tokens[m]) in ("весь", "всі", "усі"))
            elif need == "anchor":
                ok = self.anchored(doc, sent, i)
            elif need.startswith("anchor_"):
                ok = self.anchored(doc, sent, i, need)
            elif need.startswith("context:"):
                ok = bool(self.lex.contexts.get(need[8:], frozenset()) & self.context_window(doc, sent))
            elif need.startswith("fronted:"):
                # "Посла Угорщини в Україні викликали до МЗС": the object named before the verb,
                # in the accusative, in the verb's own clause ("!fronted:": none such, "Потяг
                # затримали на годину" holds up a train, detains no one)
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
            elif need == "striker":
                # who strikes: someone, or a weapon or its crew ("Артилерія знищила склад")
                ok = self.agent_subject(doc, sent, i, weapons=True)
            elif need.startswith("object:"):
                ok = self.object_near(doc, sent, j, need[7:], OBJECT_WINDOW)
            elif need.startswith("predicate_far:"):
                # the name given past a longer object ("визнав Голодомор 1932-1933 років геноцидом")
                ok = self.predicate_near(doc, sent, j, need[14:], LIST_OBJECT_WINDOW)
            elif need.startswith("predicate:"):
                ok = self.predicate_near(doc, sent, j, need[10:], OBJECT_WINDOW)
            elif need.startswith("next_noun:"):
                ok = self.next_noun(doc, sent, j, need[10:])
            elif need.startswith("!next_noun:"):
                ok = not self.next_noun(doc, sent, j, need[11:])
            elif need == "left_place":
                ok = left_place(self.lex, doc, sent, j)
            elif need.startswith("local_body:"):
                ok = local_body(self.lex, doc, sent, i, need[11:])
            elif need.startswith("from_noun:"):
                ok = from_noun(self.lex, doc, sent, j, need[10:])
            elif need.startswith("list_object:"):
                ok = self.object_past_list(doc, sent, j, need[12:])
            elif need.startswith("asked_act:"):
                ok = self.asked_act(doc, sent, j, need[10:])
            elif need.startswith("sentence:"):
                # a word of the context anywhere in the sentence, in a clause of its own too
                ok = bool(self.lex.contexts.get(need[9:], frozenset()) & sent.lemma_set)
            elif need.startswith("clause:"):
                ok = self.in_clause(doc, sent, i, j, need[7:])
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
            elif need.startswith("first_object:"):
                ok = first_object(self.lex, doc, sent, i, j, need[13:])
            elif need.startswith("person_object:"):
                ok = self.person_after(doc, sent, i, j, need[14:])
            elif need == "shown_thing":
                ok = shown_thing(self.lex, doc, sent, j)
            elif need == "crew_subject":
                ok = crew_subject(self.lex, doc, sent, i)
            elif need == "under_figure":
                ok = under_figure(self.lex, doc, sent, i, j)
            elif need == "place_genitive":
                ok = place_genitive(doc, sent, j) is not None
            elif need == "person_genitive":
                ok = person_genitive(doc, sent, j) is not None
            elif need == "owned_content":
                ok = self.owned_content(doc, sent, j)
            elif need == "concerned_act":
                ok = concerned_act(self.lex, doc, sent, j)
            elif need == "sided_attack":
                ok = sided_attack(self.lex, doc, sent, j)
            elif need == "barred_state":
                # "закрила кордон для громадян Росії": another state's people barred
                c = sent.clause_of(i)
                ok = bool(barred_owners(self.lex, doc, sent.args, i, c[0], c[1]))
            elif need == "attack_after":
                ok = attack_after(self.lex, doc, sent, i, j)
            elif need == "deadline_party":
                ok = deadline_party(self.lex, doc, sent, j)
            elif need == "named_subject":
                ok = named_subject(self.lex, doc, sent, i)
            elif need == "joint_subject":
                ok = joint_subject(self.lex, doc, sent, i)
            elif need == "place_object":
                ok = self.place_object(doc, sent, j)
            elif need == "state_object":
                ok = self.place_object(doc, sent, j, states=True)
            elif need == "passive":
                ok = self.passive(doc, i)
            elif need == "foreign_party":
                ok = bool(self.foreign_parties(doc, sent, i, j))
            elif need == "foreign_speaker":
                ok = bool(self.home_assembly(doc, sent, i, j)[0])
            elif need == "honour":
                ok = self.honoured(doc, sent, i)
            elif need == "addressed_people":
                ok = addressed_people(self.lex, doc, sent, j) is not None
            elif need == "addressed_gathering":
                ok = addressed_gathering(self.lex, doc, sent, i)
            elif need == "promiser":
                ok = True       # a mark, no test: the promise's speaker acts (arguments/promisers.py)
            elif need == "delivered":
                ok = delivered(self.lex, doc, sent, i)
            elif need.startswith("subject_in:"):
                # the verb's subject is a noun of that context ("Допомога прибула", "Інфляція б'є")
                ok = subject_in(self.lex, doc, sent, i, need[11:])
            elif need.startswith("into_noun:"):
                ok = into_noun(self.lex, doc, sent, j, need[10:])
            elif need == "warrant_person":
                ok = warrant_person(self.lex, doc, sent, i, j)
            elif need == "behind_act":
                ok = behind_act(self.lex, doc, sent, i, j)
            elif need == "aid_receiver":
                ok = aid_receiver(self.lex, doc, sent, j)
            elif need == "aid_bill":
                ok = aid_bill(self.lex, doc, sent, i, j)
            elif need == "home_stay":
                ok = home_stay(self.lex, doc, sent, i)
            elif need == "home_host":
                ok = home_host(self.lex, doc, sent, i)
            else:
                ok = False
            if bool(ok) == neg:
                return False
        return True


def _where_only(doc: Document, a, sent) -> bool:
    """A town named right after "в"/"у" in the locative: where a happening took place. (`a`
    is a name of the sentence `sent`: its word is sought there, past the document's first.)"""
    k = token_index_at(doc, a.start, max(1, sent.lo), sent.hi)
    return k is not None and a.kind == "mention" and a.entity in place_country() and \
        doc.tokens[k - 1].norm in ("в", "у") and "loct" in _cases(doc.tokens[k].text)

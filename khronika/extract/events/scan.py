"""The candidate scan of one document: each sentence's trigger words, kept or dropped by the
trigger conditions (triggers/finder.py), built into candidates (build.py), and joined with the
candidates of the same sentence when they tell one happening; requests get their asking and
asked sides here, and headings lend their date to the sentence after them.
"""
from __future__ import annotations

from itertools import compress
from operator import or_

from ...document import Document
from ...spans import FirstHolding
from ..author import address_author
from .arguments.roles import SYMMETRIC
from .build import build
from .lexicon.capacities import capacity
from .lexicon.norms import rule_of_conduct
from .lexicon.payments import paid_for_work
from .lexicon.capital_words import capitalised_name
from .grammar.clauses import _finite
from .grammar.names import inside_org_names
from .grammar.sentence_view import doc_norms
from .context import DocContext
from .arguments.addresses import greeted_parties
from .arguments.hosted_guests import bare_guests
from .lexicon.advice import advice_addressees, advised_act
from .arguments.addressed_you import addressed_state, you_and_us
from .triggers.arrivals import delivered_sides
from .triggers.charged_acts import charged_act
from .triggers.concerns import concern_doers
from .triggers.dating_nouns import dating_only
from .triggers.coordinated import gapped_talks, joined_predicate, own_partners, own_sides
from .triggers.grammar_cues import place_genitive
from .lexicon.dangers import guarded_against, warned_of
from .lexicon.exposures import exposed_to
from .lexicon.duties import generic_duty
from .lexicon.habits import habitual_present, whenever_present
from .lexicon.interview_titles import interview_title
from .status.without import manner_absence
from .status.framing_settings import setting_after_verb
from .status.guesses import guessed
from .lexicon.need_lists import listed_need
from .lexicon.needed_things import needed_thing
from .lexicon.never_done import never_done
from .lexicon.measure_effects import measure_effect
from .lexicon.standing_measures import in_force
from .lexicon.plans import plan_step
from .lexicon.senses import other_sense
from .lexicon.verbal_attacks import verbal_attack
from .lexicon.depicted import depicted
from ..timex.heading_days import line_headings
from .lexicon.speech_forms import borrowed_word, hortative
from .merging.merge import Cand
from .arguments.partners import participant_cues, parties
from .arguments.thanked_partners import thanked_partner
from .arguments.meeting_pronouns import meeting_pronoun
from .time_place.arrivers_place import arrivers_place
from .time_place.place_time import time_of
from .time_place.own_times import apart_in_time
from .arguments.sides import striker_of_home
from .arguments.speaker import first_person_text
from .triggers.gapped_givers import gapped_givers
from .triggers.gapped_strikes import gapped_strikes
from .triggers.headings import heading_striker
from .triggers.splits import answered_act, another_strike, call_continuation, other_actors, separate_calls, visit_line
from .triggers.statecraft_texts import MIN_SENTENCES
from .arguments.strike_counts import counted_striker
from .arguments.promisers import promiser_sides
from .arguments.states import capitals, country_ids, entity_for, state_of
from .status.verb_forms import is_infinitive
from .status.sequences import bare_time_after
from .status.ordered_acts import ordered_act, ordered_doers
from .time_place.told_time import clock_value, story_time
from .triggers.finder import FRAMING_TYPES, Layers, SentenceView, lemma_of
from .merging.instances import singled_out
from .time_place.whereabouts import locate, whereabouts



def reason_of(lex, doc: Document, out: list[Cand], sent, k: int, cand: Cand) -> list[str] | None:
    """The recipients of the punishing act just before a happening noun that follows "за"
    (adjectives and numerals between): they are its doers. None when it is no such noun."""
    toks = doc.tokens
    if toks[k].pos != "NOUN" or not out or out[-1].type.lower() not in lex.word_list("punishing_types"):
        return None
    m = k - 1
    while m >= sent.lo and toks[m].pos in ("ADJF", "PRTF", "NUMR"):
        m -= 1
    if m < sent.lo or toks[m].norm not in lex.word_list("reason_prepositions"):
        return None
    prev = out[-1]
    if not (toks[sent.lo].start <= prev.trig[0] and prev.trig[1] <= toks[m].start):
        return None
    punished = [x for x in prev.recipients if x not in prev.actors]
    return punished or None


def candidates(ctx: DocContext, doc: Document, home: str | None) -> list[Cand]:
    """Every candidate of the document before merging, `home` the home side's id (None: no
    home fallback); `ctx` is filled here for this document (first person, author, quotes,
    heading, the story's time), so the rules it calls read one document's state."""
    lex = ctx.lex
    toks = doc.tokens
    first_person = lex.word_list("first_person")
    you_or_me = first_person | lex.word_list("second_person")
    home_roles = lex.word_list("home_roles")
    anaphoric = lex.word_list("anaphoric")
    out: list[Cand] = []
    layers = Layers(doc)
    ctx.find.reset()
    ctx.first_person_doc = first_person_text(ctx.lex, doc)
    # "Сьогодні я говорив з ...": the "я" of an address is its author, named in the title
    ctx.author = address_author(doc) if ctx.first_person_doc else None
    keys = lex.trigger_keys
    norms = doc_norms(doc)
    ctx.author_gender = None
    prev_sent: SentenceView | None = None
    headed = line_headings(doc)
    ctx.quote_at = FirstHolding(doc.quotes)     # the quote around a trigger, by bisection
    in_names = inside_org_names(doc)
    for si in range(len(doc.sentences)):
        sent = SentenceView(doc, si, lex, layers)
        ctx.heading = heading_time(doc, prev_sent, lex) \
            if prev_sent is not None and prev_sent.para == sent.para else None
        ctx.heading = ctx.heading or headed.get(sent.para)     # "Понеділок." above: that day
        ctx.story = story_time(doc, prev_sent, sent, ctx.story, lex)
        prev_sent = sent
        # (the statement is in the first person itself: "знаходжусь")
        ctx.whereabouts = whereabouts(lex, doc, sent) or ctx.whereabouts
        # a question ("Чи витримає він удар п'яти ракет?") asks about a happening, it does
        # not report one: its triggers may only refer back to an event told before
        question = doc.text[sent.start:sent.end].rstrip(" \t\n\"'»”)…").endswith("?")
        words = [t for t in toks[sent.lo:sent.hi] if t.is_word]
        if len(words) == 1 and words[0].pos == "NOUN":
            # "Переговори.", "Енергетика.", "Зброя. Санкції. Членство в ЄС.": a sentence of one
            # noun is a rubric over the report or an item of a list, a topic, not a happening
            # told (a verb alone goes on with its subject before: "Протестують.")
            continue
        if words and words[0].norm in lex.word_list("falsity_labels") and \
                any(toks[m].text == ":" for m in range(sent.lo, min(sent.hi, sent.lo + 3))):
            # "Фейк: Україна відмовилася від переговорів": a fact-check's heading tells the claim
            # it shows false, no happening
            continue
        used: set[int] = set()
        per_type: dict[str, Cand] = {}
        framer: int | None = None
        framing = lex.word_list("framing_verbs")
        against = lex.contexts.get("against", frozenset())
        prev_verb_trigger: int | None = None
        absorbed: set[int] = set()      # noun triggers told as the verb trigger's own object
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
            if k in used or k in in_names or sent.blocked(k) or capitalised_name(toks, k, sent.lo, sent.hi):
                k += 1
                continue
            found: tuple[str, str | None, float, tuple, str | None, int, bool] | None = None
            asked_sanction: int | None = None
            if ctx.find.need_request(doc, sent, k):
                found = ("REQUEST", None, 0.75, (), None, k + 1, False)
                asked_sanction = ctx.find.asked_sanction_at(doc, sent, k)
            else:
                for trig, j in ctx.find.matches_at(doc, sent, k):
                    if ctx.find.needs_ok(doc, sent, trig, k, j):
                        type_, mode, elab = trig.type, trig.mode, False
                        for rr in trig.reroute:
                            if ("object" in rr and ctx.find.object_near(doc, sent, j, rr["object"], 4)) or \
                                    ("modifier" in rr and ctx.find.modifier_before(doc, sent, k, rr["modifier"])) or \
                                    (rr.get("predicative") and ctx.find.predicative(doc, sent, k)):
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
                "impr" in (toks[k].tags or ()) and toks[k].person == "2per" and \
                not hortative(lex, doc, sent, k)    # ("Давайте будемо чесними": let us)
            if imperative:
                # "Дайте Україні зброю": the speaker asks for the happening
                type_, mode = "REQUEST", lex.imperative_requests[type_]
            used.update(range(k, j))
            if not imperative and (ctx.find.topic(doc, sent, k, type_) or ctx.find.generic(doc, sent, k)
                                   or ctx.find.sideline(doc, sent, k)
                                   or ctx.find.generic_relative(doc, sent, k)
                                   or ctx.find.disposition(doc, sent, k) or ctx.find.quoted_name(doc, sent, k)
                                   or ctx.find.kind_subject(doc, sent, k, j) or ctx.find.topic_heading(doc, sent, k)
                                   or ctx.find.this_predicate(doc, sent, k) or ctx.find.named_as(doc, sent, k)
                                   or (type_ == "CONSULT" and interview_title(doc, sent, k))
                                   or ctx.find.titled(doc, sent, k) or ctx.find.generic_subject(doc, sent, k)
                                   or ctx.find.evaded(doc, sent, k)
                                   or ctx.find.claim(doc, sent, k, j, type_) or ctx.find.facility_name(doc, sent, k)
                                   or listed_need(lex, doc, sent, k)
                                   or (ctx.heading is None and habitual_present(lex, doc, sent, k, j, type_))
                                   or whenever_present(lex, doc, sent, k) or never_done(lex, doc, sent, k)
                                   or measure_effect(lex, doc, sent, k) or in_force(lex, doc, sent, k)
                                   or guessed(lex, doc, sent, k)
                                   or guarded_against(lex, doc, sent, k) or generic_duty(lex, doc, sent, k)
                                   or warned_of(lex, doc, sent, k)
                                   or manner_absence(lex, doc, sent.lo, sent.hi, k, type_ in ("CONSULT", "AGREE", "COOPERATE"))
                                   or plan_step(lex, doc, sent, k) or exposed_to(lex, doc, sent, k)
                                   or other_sense(lex, doc, sent, type_)
                                   or (type_ not in ("ASSAULT", "COERCE") and bare_time_after(lex, doc, sent, k))
                                   or verbal_attack(lex, doc, sent, k, type_)
                                   or depicted(lex, doc, sent, k)
                                   or needed_thing(lex, ctx.find, doc, sent, k, type_) or capacity(lex, doc, sent, k)
                                   or rule_of_conduct(lex, doc, sent, k)
                                   or paid_for_work(lex, doc, sent, k, type_)
                                   or borrowed_word(lex, doc, sent, k)):
                # "переговори щодо санкцій", "говорили про постачання зброї": what another
                # act is about did not take place by being named; "Ми завжди відкриті до
                # переговорів", "Санкції — це інструмент": a kind, not a happening
                k = j
                continue
            ordered = ordered_act(lex, toks, sent.lo, k, type_)     # "доручено МЗС провести консультації"
            committed = committed_act(lex, toks, sent.lo, k, type_) or ordered is not None or \
                agreed_happening(lex, toks, sent.lo, sent.hi, k, type_)
            if advised_act(lex, toks, sent.lo, k):
                # "МВФ рекомендував Україні посилити санкції": the adviser imposes nothing
                k = j
                continue
            if type_ != "ACCUSE" and charged_act(lex, doc, sent, k):
                # "Кремль звинуватив Київ у атаці на Москву": the act charged is the accuser's
                # claim, not a happening the report tells
                k = j
                continue
            if framer is not None and ctx.find.framed(doc, framer, k) \
                    and ctx.find.relative_clause(doc, sent, k) is None and not committed \
                    and not (type_.lower() in lex.word_list("frame_types") and
                             setting_after_verb(lex, toks, framer, k, sent.lo)):
                # "закликало посилити санкції", "відмовився підтримати": the content of a
                # request, refusal or threat is not a happening of its own (the talk it was
                # made in is: "погодився під час розмови з Зеленським надати ...")
                k = j
                continue
            if "obliged" in _needs and not ctx.first_person_doc and ctx.quote_at.find(toks[k].start) is None \
                    and len(doc.sentences) >= MIN_SENTENCES:
                # "Угоду ще має схвалити антимонопольний комітет" told by a report, no one's
                # words: a step a procedure requires, nobody's demand (a speaker's "Росія
                # повинна вивести війська", in his address or in quotes, stays a request; so
                # does a lone sentence, which shows no genre: statecraft_texts.MIN_SENTENCES)
                k = j
                continue
            cand = build(ctx, doc, sent, k, j, type_, mode, weight, fixed_status, elab,
                               home, first_person, home_roles, anaphoric, _needs)
            heading_striker(ctx.lex, doc, sent, cand, k)
            if lemma_of(toks[k]) in lex.word_list("advice_verbs"):
                # "рекомендувала Раді ЄС надати Україні статус": the Council is asked, Ukraine favoured
                addressed = advice_addressees(lex, toks, sent.args, k, sent.hi)
                cand.recipients = [x for x in cand.recipients if x not in addressed]
            if toks[k].pos == "GRND" and not cand.participants() and not any(
                    toks[m].norm in you_or_me
                    for m in range(j, min(sent.hi, j + 3))):
                # "..., зокрема, підтримавши санкції": a gerund's happening names its parties;
                # with none named, nor "нам"/"вам" after it, a chronicle cannot keep it
                k = j
                continue
            if dating_only(doc, sent, k, set(cand.actors) | set(cand.recipients)):
                # "Напередодні саміту міністри зустрілися": the summit only dates the meeting
                k = j
                continue
            if ctx.find.remembered(doc, sent, k, cand.time_range):
                # "Вісімдесят років тому нацисти бомбардували місто": history recalled
                k = j
                continue
            cand.consequence = any(n.startswith("patient:") for n in _needs)
            if type_ == "AID" and "before:not" in _needs:
                # "Ми не зменшимо допомогу Україні. Нідерланди передадуть ще 10 мільйонів євро":
                # help promised as a whole by a negated cut stands beside each package told of it,
                # as a count does beside each of its calls
                cand.aggregate = True
            if "promiser" in _needs:
                promiser_sides(ctx, doc, sent, k, cand, home)     # "запевнив, що допомога не забариться"
            if "delivered" in _needs:
                delivered_sides(lex, doc, sent, k, cand)      # "в Україну прибули системи ППО"
            if "honour" in _needs and set(cand.recipients) <= {addressed_state(lex, doc, home)}:
                # "Вдячний за можливість звернутися до вас": "you" are those the address greeted
                # (the body and people greeted with the state "вас" was read as)
                cand.recipients = list(dict.fromkeys([
                    x for x in greeted_parties(lex, doc, home) if x not in cand.actors] + cand.recipients))
            you_and_us(ctx, doc, sent, k, cand, home)   # "вдячні вам за підтримку, яку ви надаєте"
            if "person_object:guests" in _needs and not cand.recipients and \
                    bare_guests(lex, doc, j, sent.hi):
                # "Президент ОАЕ, який приймав делегації, подякував сторонам": a host whose
                # guests are a bare plural noun hosted talks told elsewhere; read alone, a
                # chronicle would show the host making a visit of his own ("прийняв делегацію
                # Конгресу" names whose they are)
                k = j
                continue
            if ctx.whereabouts is not None:
                locate(cand, ctx.whereabouts, doc, {ctx.author, home})
            if "place_object" in _needs and mode == "withdraw":
                # "Росіяни залишили Лиман": the town left is where the withdrawal happens
                left = [x for x in cand.recipients if x not in country_ids() and doc.entities.get(x) is not None
                        and doc.entities[x].type == "LOC"]
                cand.place = cand.place or (left[0] if left else None)
                cand.recipients = [x for x in cand.recipients if x not in left]
            if "fronted:troops" in _needs and mode == "withdraw":
                # "Російські війська відведено від Києва": whose the troops are withdraws them (the
                # impersonal form read them as its object's owner); a town or a direction they
                # leave is where it happens, no party
                states = [x for x in cand.recipients if x in country_ids()]
                left = [x for x in cand.recipients if x not in states and doc.entities.get(x) is not None
                        and doc.entities[x].type == "LOC"]
                # (an owner named outdoes the body that reports it: "Міноборони: російські війська
                # відведено" is Russia's retreat, not the ministry's)
                cand.actors = states or cand.actors
                cand.recipients = []
                cand.place = cand.place or (left[0] if left else None)
            if "place_genitive" in _needs:
                # "Звільнення Ізюма відкрило шлях на Лиман": the town freed is where it happens
                cand.place = place_genitive(doc, sent, j) or cand.place
            if ordered is not None:
                ordered_doers(doc, cand, ordered, sent.lo)
            if committed and cand.status != "negated":
                # "Країни погодилися надати Україні ППО": the aid agreed on is still to come
                cand.status, cand.status_explicit = "planned", True
            if cand.time is None and ctx.find.habitual(doc, sent, k, j):
                # "Провів щоденну нараду": a routine with no day given is no one happening
                k = j
                continue
            # ("засуджує черговий масований ракетний удар": adjectives between do not part them)
            if prev_verb_trigger is not None and toks[k].pos == "NOUN" and 0 < k - prev_verb_trigger <= 6 and \
                    (k - prev_verb_trigger <= 2 or all(toks[x].pos in ("ADJF", "PRTF", "NUMR")
                                                       or toks[x].norm in lex.word_list("object_gap_words")
                                                       or (toks[x].case == "datv" and x == prev_verb_trigger + 1)
                                                       or x in absorbed
                                                       for x in range(prev_verb_trigger + 1, k))):
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
                    absorbed.update(range(k, j))    # "пакет військової допомоги": its head too
                    k = j
                    continue
                if verb_cand is not None and type_ not in SYMMETRIC and \
                        verb_cand.type.lower() in ctx.lex.word_list("judging_types"):
                    # "Представник США засудив атаку на Київ": who condemns a strike did not
                    # make it; the verb's subject leaves the noun's sides ("Швейцарія
                    # підтримала санкції": who supports sanctions joins them)
                    # (a capital that condemns is its state on the verb, still the town on the
                    # noun: "Анкара засуджує удар по Харкову" is Turkey's, Ankara struck nothing)
                    cand.actors = [x for x in cand.actors if x not in verb_cand.actors and
                                   capitals().get(x) not in verb_cand.actors]
                    if type_ == "ASSAULT" and not cand.actors:
                        cand.actors = striker_of_home(ctx.lex, doc, cand.recipients, cand.place, home)
            # ("звернулися до Кабміну з проханням виділити кошти", "із проханням надати ППО": a
            # request, by a verb or a noun, frames what is asked, as "закликати" does; not an
            # imperative, "Підтримайте санкції", whose object tells the act asked for; what a
            # veto or a refusal told by "не" keeps back is not done either: "наклала вето на пакет
            # санкцій", "не ратифікувала заявку Швеції")
            if (toks[k].pos == "VERB" and (lemma_of(toks[k]) in framing or
                                           (type_ in FRAMING_TYPES and not framing))) \
                    or (toks[k].pos == "NOUN" and type_ in FRAMING_TYPES and lemma_of(toks[k]) in framing) \
                    or (type_ == "REJECT" and "before:not" in _needs) \
                    or (type_ == "REQUEST" and not imperative and toks[k].pos in ("VERB", "NOUN")) \
                    or "obliged" in _needs or asked_sanction is not None \
                    or (type_ == "REJECT" and toks[k].pos == "VERB" and
                        any(toks[m].norm in against for m in range(k, j))):
                # ("проголосувала проти санкцій", "проти надання допомоги": what is voted
                # against is refused, not done)
                framer = k
            if toks[k].pos == "VERB":
                prev_verb_trigger = j - 1
            if toks[k].pos == "NOUN" and out and out[-1].type.lower() in ctx.lex.word_list("judging_types") and \
                    toks[sent.lo].start <= out[-1].trig[0] and out[-1].trig[1] <= toks[k].start and \
                    not any(toks[m].pos == "VERB" and toks[m].tense and toks[m].start >= out[-1].trig[1]
                            for m in range(sent.lo, k)):
                # "МЗС висловлює протест у зв'язку з візитом Лукашенка до Криму": who protests
                # a happening named after the protest takes no part in it, unless its own phrase
                # names him
                judge = set(out[-1].actors)
                own = {a.entity for a in sent.args if a.start > toks[k].start}
                keep = [x for x in cand.actors if x not in judge or x in own]
                if keep != cand.actors and (keep or type_ not in SYMMETRIC):
                    cand.actors = keep
            punished = reason_of(ctx.lex, doc, out, sent, k, cand)
            if punished is not None:
                # "санкції проти двох китайських компаній за постачання Росії деталей": those
                # punished did what they are punished for; the punisher took no part in it
                rest = [x for x in cand.actors if x not in punished and x not in out[-1].actors]
                cand.actors = punished + (rest if type_ in SYMMETRIC else [])
                cand.recipients = [x for x in cand.recipients if x not in punished
                                   and x not in out[-1].actors]
                if type_ not in SYMMETRIC:      # "за постачання Росії деталей": to whom
                    cand.recipients += [x for x in rest if x not in cand.recipients]
                cand.soft -= set(punished)
            cand.question = question
            if type_ == "CONSULT" and toks[k].pos == "NOUN" and bare_sequence_noun(doc, sent, k):
                # "Після зустрічі лідери європейських країн висловили підтримку": a meeting
                # named by a bare noun of sequence is the one told before; the clause's subject
                # says what followed, and joins no party to it when the two are merged
                cand.ref_only = True
            if "concerned_act" in _needs:
                # "Словаччина висловила стурбованість планом ЄС ...": the doer of the act the
                # concern is over is the one reproached; no name after the concern acts
                doers = concern_doers(lex, doc, sent, j)
                before = {a.entity for a in sent.args if a.start < toks[k].start}
                cand.recipients = doers
                cand.actors = [x for x in cand.actors if x not in doers and
                               (x in before or not any(a.entity == x for a in sent.args))]
                cand.distinct = True    # a reproach of its own, no repeat of one told before
            if type_ == "ASSAULT" and ctx.find.demonstrative_predicate(doc, sent, k):
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
                asked_party(ctx, doc, sent, k, cand, _needs, home)
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
            parties(ctx.lex, cand, sent, out)
            thanked_partner(ctx, doc, sent, k, cand, out)
            meeting_pronoun(ctx.lex, cand, sent, out)
            arrivers_place(ctx.lex, cand, sent)
            counted_striker(ctx.lex, doc, sent, cand, out)
            prev_same = per_type.get(type_)
            if prev_same is not None and prev_same.status_explicit is True and cand.status_explicit is True \
                    and prev_same.status != cand.status and \
                    ({prev_same.status, cand.status} != {"occurred", "ongoing"} or
                     (prev_same.place and cand.place and prev_same.place != cand.place)):
                # "обговорили підготовку до саміту, який відбудеться": two happenings ("вже
                # відправили й продовжують відправляти нам зброю" is one, begun and going on);
                # a joined predicate of its own time ("провів переговори ..., а наступного
                # тижня візьме участь у засіданні ...") has the first one's subject
                own_sides(lex, doc, sent, prev_same, cand, k)
                out.append(cand)
                per_type[type_] = cand
            elif type_ in per_type and any((r[0] <= toks[k].start < r[1]) != (r[0] <= per_type[type_].trig[0] < r[1])
                                           for r in sent.rel_spans):
                # "Говорив з канцлером Негаммером, який напередодні зустрічався з Путіним": a
                # relative clause tells another happening of its antecedent
                out.append(cand)
                per_type[type_] = cand
            elif type_ in per_type and in_sequence_phrase(doc, sent, toks[k].start) != \
                    in_sequence_phrase(doc, sent, per_type[type_].trig[0]) and \
                    one_voice(ctx, toks[k].start, per_type[type_].trig[0]):
                # "Після цієї зустрічі він поговорив з Макроном": the meeting before or after
                # which the verb's act is done is another happening, and the act is not the one
                # the meeting's words point back to
                outside = per_type[type_] if in_sequence_phrase(doc, sent, toks[k].start) else cand
                outside.distinct = True
                out.append(cand)
                per_type[type_] = cand
            elif type_ in per_type and (
                    another_strike(per_type[type_], cand, _finite(toks[k]) or
                                   joined_predicate(lex, doc, sent, per_type[type_], k) is not None, doc) or
                    other_actors(per_type[type_], cand) or own_partners(lex, doc, sent, per_type[type_], cand, k)
                    or answered_act(per_type[type_], cand)
                    or apart_in_time(per_type[type_], cand)):
                # "Вранці обстріляли Харків, а ввечері атакували Одесу": two strikes; "10:00 –
                # засідання уряду; 18:30 – зустріч ...": two items of a schedule
                own_sides(lex, doc, sent, per_type[type_], cand, k)
                cand.distinct = True
                out.append(cand)
                per_type[type_] = cand
            elif type_ in per_type and (verb := rebuffed_noun(lex, toks, k, sent.lo)) is not None:
                # "Москва звинуватила Україну ..., однак у Києві відкинули звинувачення": the
                # charge named again as what another clause rebuffs is the same happening, and
                # that clause's subject and place are the rebuff's, not the charge's; the one who
                # made the charge is the one the rebuff answers
                if type_ == "ACCUSE":
                    rebuff = next((o for o in out if o.type == "REJECT" and
                                   o.trig[0] <= toks[verb].start < o.trig[1]), None)
                    if rebuff is not None:
                        rebuff.recipients.extend(x for x in per_type[type_].actors
                                                 if x not in rebuff.actors + rebuff.recipients)
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
                out.extend(separate_calls(ctx.lex, doc, sent, cand, j))
            out.extend(gapped_strikes(ctx.lex, doc, sent, cand, j))
            for g in gapped_talks(ctx.lex, doc, sent, cand, j):
                # ("Говорив з Макроном, потім – з Шольцом": the gapped talk is the call the split
                # made for that partner, told with its own time and place: one event, not two)
                out[:] = [o for o in out if o is cand or o.trig != cand.trig or set(o.recipients) != set(g.recipients)]
                out.append(g)
            # (each trigger of the one gift reads the same gap: "надала пакет допомоги, а Швеція — ...")
            out.extend(c for c in gapped_givers(ctx.lex, doc, sent, cand, j) if all(o.trig != c.trig for o in out))
            k = j
        if not per_type and not question:
            more = call_continuation(ctx.lex, doc, sent, out) or singled_out(ctx.lex, ctx.find, doc, sent, out)
            if more is not None:
                out.append(more)
            line = None if more is not None else visit_line(ctx.lex, doc, sent)
            if line is not None:
                cand = build(ctx, doc, sent, line[0], line[1], "CONSULT", "visit", 0.65, None, False,
                                   home, first_person, home_roles, anaphoric)
                # everyone the line names came to the place: one side
                cand.actors += [x for x in cand.recipients if x not in cand.actors]
                cand.recipients = []
                out.append(cand)
        participant_cues(ctx.lex, doc, sent, out, home)
    return out



def committed_act(lex, toks, lo: int, k: int, type_: str) -> bool:
    """"Країни погодилися надати Україні ППО", "ЄС домовився запровадити нові санкції": an
    agreement verb frames its content like a request does, but what the parties bound themselves
    to give, impose or hold is a planned happening of its own: an act of `committed_types` told by an
    infinitive right after the verb, or by the object of that infinitive ("домовилися про обмін"
    names only what the talks were about)."""
    if type_.lower() not in lex.word_list("committed_types"):
        return False
    m, infinitive = k - 1, is_infinitive(toks[k])
    while m >= lo and (is_infinitive(toks[m]) or toks[m].pos in ("ADVB", "PRCL") or
                       (not infinitive and toks[m].pos in ("ADJF", "PRTF", "NUMR"))):
        infinitive = infinitive or is_infinitive(toks[m])
        m -= 1
    return infinitive and m >= lo and toks[m].pos == "VERB" and lemma_of(toks[m]) in lex.word_list("commitment_verbs")


def agreed_happening(lex, toks, lo: int, hi: int, k: int, type_: str) -> bool:
    """"Сторони домовилися, що наступний раунд переговорів відбудеться наприкінці лютого": what
    the parties agreed will take place, told by a "що" clause right after the agreement verb
    with a verb of holding in the future, is a planned happening of its own, as one told by an
    infinitive is (`committed_act`; "домовилися, що переговори були корисними" holds none)."""
    if type_.lower() not in lex.word_list("committed_types"):
        return False
    m = k - 1
    while m >= lo and toks[m].norm != "що" and toks[m].pos in ("ADJF", "PRTF", "NOUN", "NUMR", "ADVB"):
        m -= 1
    if m - 2 < lo or toks[m].norm != "що" or toks[m - 1].norm != ",":
        return False
    v = m - 2
    while v >= lo and toks[v].pos in ("ADVB", "PRCL"):
        v -= 1
    if v < lo or toks[v].pos != "VERB" or lemma_of(toks[v]) not in lex.word_list("commitment_verbs"):
        return False
    held = lex.word_list("held_predicates")
    for x in range(k + 1, min(hi, k + 4)):
        t = toks[x]
        if t.norm in (",", ";", "що", "і", "та"):
            break
        if t.pos == "VERB" and lemma_of(t) in held and t.tense == "futr":
            return True
    return False


def one_voice(ctx: DocContext, a: int, b: int) -> bool:
    """Both offsets stand in the same quote, or both outside any: "«Ми обговорили ...», –
    написав він після зустрічі" puts the phrase of sequence on the writing, so the recap
    quoted is of that meeting, not of another one before or after it."""
    qa, qb = ctx.quote_at.find(a), ctx.quote_at.find(b)
    return qa == qb


def bare_sequence_noun(doc: Document, sent: SentenceView, k: int) -> bool:
    """Token k heads a phrase of sequence ("після зустрічі", "перед цими переговорами") that
    names no party of its own."""
    toks = doc.tokens
    for a, b, head in sent.sequence_nouns:
        if head == k:
            return not any(toks[a].start <= x.start < toks[b - 1].end for x in sent.args)
    return False


def in_sequence_phrase(doc: Document, sent: SentenceView, offset: int) -> bool:
    """The character offset lies in a phrase of sequence ("перед зустріччю з Трампом")."""
    toks = doc.tokens
    return any(toks[a].start <= offset < toks[b - 1].end for a, b, _ in sent.sequence_nouns)


def asked_party(ctx: DocContext, doc: Document, sent: SentenceView, k: int, cand: Cand, needs: tuple,
                home: str | None) -> None:
    """"Росія повинна вивести війська", "ми хочемо, щоб Німеччина передала танки": the
    party that must act is asked, the speaker asks (the speaker of the quote, else the
    first person of the text: its author and the home side, else the one who wishes)."""
    asked = ctx.find.obliged_parties(doc, sent, k) if "obliged" in needs else \
        ctx.find.wished_parties(doc, sent, k)
    quote = ctx.quote_at.find(doc.tokens[k].start)
    asking: list[str] = []
    if "wish" in needs:
        asking = [x for x in cand.actors if x not in asked]
    if quote is not None and quote.speaker:
        asking = asking or [quote.speaker]
    elif quote is None and ctx.first_person_doc and not asking:
        asking = [x for x in (ctx.author, home) if x]
    for x in list(asking):
        st = state_of(x, doc.date)
        if st and st not in asking:
            asking.append(entity_for(doc, st))
    cand.soft |= {x for x in asking if x not in cand.actors}
    cand.actors = [x for x in asking if x not in asked]
    cand.recipients = list(asked)
    cand.home_only = False



def heading_time(doc: Document, sent: SentenceView, lex):
    """"Сьогоднішній день. Головне – відбувся обмін.", "Сьогодні – день багатьох зустрічей
    ... Делегація вже провела ряд зустрічей": a sentence with no verb that opens with a date
    heads what the next sentence of its paragraph tells; that date is its time. A clock time
    heads only as a stamp ("09:10", "О 14:05:"): in a line that tells a happening of its own
    ("Близько 09:30 влучання зафіксовано в житловому кварталі.") it is that happening's
    minute, not the time of what another doer does next."""
    if any(map(_finite, doc.tokens[sent.lo:sent.hi])):     # (asked of most sentences: in C)
        return None
    tx = time_of(doc, sent.start, (sent.start, sent.start), (sent.start, sent.end), (), sent.timexes)
    if tx is not None and tx.type == "TIME" and clock_value(tx.value):
        stamp = lex.word_list("stamp_words")
        if any(t.is_word and t.norm not in stamp and not any(x.start <= t.start < x.end for x in sent.timexes)
               for t in doc.tokens[sent.lo:sent.hi]):
            return None
    return tx


def rebuffed_noun(lex, toks, k: int, lo: int) -> int | None:
    """The verb that rebuffs the trigger noun at k as its object right before it, with only a
    pointer or an adjective between ("відкинули ці звинувачення", "спростували заяви"), or None."""
    if toks[k].pos != "NOUN":
        return None
    m = k - 1
    while m > lo and toks[m].pos in ("ADJF", "PRTF", "NPRO") and m > k - 3:
        m -= 1
    return m if m >= lo and toks[m].pos == "VERB" and lemma_of(toks[m]) in lex.word_list("rebuff_verbs") else None

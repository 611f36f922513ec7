"""The build of one event candidate from its trigger: time, status, place, the clause's
actors and recipients corrected by the side rules (speaker.py, reporters.py, sides.py,
partners.py), and the marks the merging and confidence read (anaphoric, generic plural,
counted, state description).
"""
from __future__ import annotations

from ...chronicle.timerange import value_range
from ...document import Document
from ..morph import parses
from ..author import opening_body
from .arguments.roles import SYMMETRIC, clause_roles, condition_subjects
from .arguments.gerund_subjects import gerund_sides, opening_gerund_phrase
from .grammar.backgrounds import background_start
from .grammar.clauses import _agrees, _cases, _finite, _number_clash, clause_of_trigger
from .arguments.sequence_sides import sequence_sides
from .arguments.requesters import granted_askers, handled_request
from .arguments.intended_acts import intent_owners
from .arguments.slogans import slogan_spans
from .arguments.struck_possessions import struck_possessions
from .arguments.told_states import told_states
from .arguments.proposed_acts import proposed_sides
from .context import DocContext
from .merging.frames import after_phrase, during_done, points_back
from .arguments.givers import named_givers, thanked_sides
from .arguments.impersonal_doers import impersonal_doer
from .arguments.foreign_story import country_anaphor, foreign_story_before, opening_topic
from .arguments.role_antecedents import foreign_antecedent, signed_text_again
from .arguments.near_places import only_near
from .grammar.groups import counted_apposition, counts_others, foreign_origin, plural_form
from .arguments.continuation import carried_subject, left_out_subject, names_of
from .merging.mention_refs import mark_references
from .merging.merge import Cand
from .arguments.meeting_pronouns import unnamed_they
from .arguments.partners import audience, audience_sides, cue_is_partner, has_cue, party_subject, unnamed_partner
from .time_place.framed_places import framed_place
from .time_place.venues import chosen_venue, venue_chosen
from .time_place.then_clauses import then_time, when_antecedent
from ..timex.midnight import night_after
from .time_place.place_time import place_of, struck_places, time_of, visited_object
from .arguments.framed_partners import framed_partners
from .arguments.halted_supply import barred_owners, supply_destination
from .arguments.sent_to_state import sent_to_state
from .arguments.provoked_reactions import provoked_sides
from .arguments.town_anaphors import town_anaphor
from .arguments.town_regions import town_regions
from .arguments.counterparts import colleagues
from .arguments.told_bodies import told_bodies
from .time_place.office_seats import seat_place
from .time_place.told_time import heading_lends, in_relative_clause, lends, time_range_of
from .time_place.learned_time import learned_topic_start
from .arguments.pronoun_parties import pronoun_parties
from .time_place.tense_times import other_side_time
from .arguments.reporters import dateline_end, fronted_reporter, header_sides, judged, phrase_end, reporting_states, witnessed
from .arguments.sides import (adversary_words, goods_names, home_possessions, line_label, named_aside, on_home_ground,
                              passive_sides, reporter_town, striker_of_home, struck_home, target_arg, topic_partners, visit_host,
                              visited)
from .lexicon.ongoing_plurals import told_as_these
from .status.memories import suffered
from .grammar.damage_causes import damage_cause
from .status.without import inside, without_phrase
from .arguments.quote_sides import continued_quote, first_person_sides
from .arguments.speaker import (awarded_before, we_in_clause, first_person_side, fits_author, given_to_us, headed_by_someone,
                                indefinite_personal, speaker_in_person, subject_after, subject_before, with_partner)
from .arguments.states import body_state, capitals, country_ids, entity_for, home_entity, natural_feature, place_country, state_of
from .status.clause_shapes import across_parentheticals
from .status.sequences import anticipated, followed_ahead
from .status.predicate_cues import intention_noun
from .status.verb_forms import is_infinitive
from .status.status_final import status_of
from .status.rescheduled import new_time_at
from .time_place.own_times import scheduled_hour
from .merging.next_planned import next_pointer
from .triggers.finder import SentenceView, lemma_of, token_index_before
from .arguments.typed_sides import hit_sides, typed_sides
from .arguments.taken_ground import taken_ground
from .arguments.home_units import weapon_makers
from .arguments.framed_visits import framed_visit_sides
from .arguments.picketed_missions import picketed_mission
from .arguments.members_of import members_object
from .triggers.statecraft_texts import statecraft_text
from .arguments.body_sides import side_state


def build(ctx: DocContext, doc: Document, sent: SentenceView, i: int, j: int, type_: str, mode: str | None,
          weight: float, fixed_status: str | None, elaboration: bool, home: str | None,
          first_person: frozenset, home_roles: frozenset, anaphoric: frozenset,
          needs: tuple = ()) -> Cand:
    """The candidate told by the trigger at tokens i..j: the grammar's sides (arguments/roles.py)
    corrected by what the sentence says of who speaks, reports, is addressed or is struck."""
    toks = doc.tokens
    rel_clause = ctx.find.relative_clause(doc, sent, i)
    clause = rel_clause or sent.clause_of(i)
    cl = clause_of_trigger(doc, i, j, sent.lo, sent.hi, ctx.lex)
    c_lo, c_hi = sent.char_span(clause)
    g_lo, g_hi = sent.char_span((cl.lo, cl.hi)) if not rel_clause else (c_lo, c_hi)
    # a relative clause speaks of its antecedent, not of a trigger outside it
    outside = [r for r in sent.rel_spans
               if not (r[0] <= toks[i].start < r[1] or c_lo <= r[0] < c_hi)] + sent.main_after_relative(i)
    # nor does a direct quote speak of the attribution around it ("«... з агресором», – сказав
    # Рютте після зустрічі із Зеленським": the aggressor takes no part in the meeting)
    outside += [(q.start, q.end) for q in doc.quotes
                if q.kind == "direct" and sent.start <= q.start < sent.end and not q.start <= toks[i].start < q.end]
    outside += [s for s in slogan_spans(ctx.lex, doc, sent) if not s[0] <= toks[i].start < s[1]]
    # what one learns or is told of takes no time of the learning ("23 лютого отримали
    # розвіддані про наступ"): only one inside its own topic phrase (learned_time.py)
    learned = learned_topic_start(doc, i, sent.lo, ctx.lex)
    untimed = [(sent.start, toks[learned].start)] if learned is not None else []
    untimed += [r for r in sent.sequence_spans if not r[0] <= toks[i].start < r[1]]
    then, then_tx = then_time(doc, sent.lo, i, sent.timexes)
    if not then and (when_tx := when_antecedent(ctx.lex, doc, sent.lo, i, sent.timexes)) is not None:
        then, then_tx = True, when_tx   # "нагадує 1939 рік, коли Німеччина напала на Польщу"
    if then:
        # "..., що тоді Росія захопила Крим": its clause's own time, else the one "тоді" names
        untimed += [(sent.start, g_lo), (g_hi, sent.end)]
    tx = time_of(doc, toks[i].start, (g_lo, g_hi), (sent.start, sent.end), outside + untimed, sent.timexes)
    if then and tx is None:
        tx = then_tx
    dateline = dateline_end(doc, sent)
    if dateline is not None and toks[i].start >= dateline:
        # "Дніпро, 9 березня (Укрінформ) – ...": the town and agency a line is filed by take no
        # part (nor does its date date what the line tells: datelines.report_stamp)
        outside.append((sent.start, dateline))
    time = {"value": tx.value, "mod": tx.mod} if tx else None
    rng = value_range(tx.value, tx.mod) if tx else None
    ends = time_range_of(doc, tx, sent.timexes) if tx is not None else None
    if ends is not None:
        # "з 1 по 3 березня", "1-3 березня": the range, from its first day (whichever end is
        # nearer the trigger) to its last
        first, last = value_range(ends[0].value, None), value_range(ends[1].value, None)
        if first and last:
            time = {"value": ends[0].value, "mod": None, "end": ends[1].value}
            rng = (first[0], last[1])
    # status from the verb the trigger hangs on: the grammar's clause, which a dash or a
    # comma list does not cut ("Ми готуємо ще сім документів – угод")
    st_clause = clause if rel_clause else (min(clause[0], cl.lo), max(clause[1], cl.hi))
    st_clause = across_parentheticals(toks, st_clause, (sent.lo, sent.hi), ctx.lex)
    # (an hour of the small hours after the document's day is of its night: no time to come)
    st_rng = (doc.date, doc.date) if tx is not None and night_after(doc.date, tx.value) else rng
    status, explicit = status_of(doc, i, j, st_clause, (sent.lo, sent.hi), type_, ctx.lex,
                                 fixed_status, st_rng)
    if scheduled_hour(doc, tx, type_, status, explicit):
        status = "planned"
    if status == "planned" and (at := new_time_at(doc, j, sent.hi, ctx.lex)) is not None:
        # "Зустріч скасували, її перенесено на четвер": the new day is its time (rescheduled.py)
        tx = next((t for t in sent.timexes if t.start == toks[at].start and t.value), tx)
        time, rng = {"value": tx.value, "mod": tx.mod} if tx else None, value_range(tx.value, tx.mod) if tx else None
    if "honour" in needs and status in ("ongoing", "planned") and \
            not any(toks[m].tense == "futr" for m in range(sent.lo, i)):
        # "Маю честь звернутися до вас", "Мав честь вітати": done as told, not a plan
        status, explicit = "occurred", True
    if status in ("occurred", "ongoing") and ctx.find.hypothetical(doc, sent, i):
        status, explicit = "planned", True   # "можливі переговори", "перспективи переговорів"
    caused = type_ in ("ASSAULT", "COERCE") and damage_cause(doc, i, sent.lo)
    if caused:
        # "Японія відновить зруйнований ракетним ударом порт": the damage tells the strike done
        status, explicit = "occurred", True
    after = type_ == "CONSULT" and toks[i].pos == "NOUN" and after_phrase(ctx.lex, doc, sent.lo, i)
    if after and (status == "ongoing" or (status in ("planned", "conditional") and tx is None)):
        # "За підсумками розмови очікуємо рішень", "розвертає колони після переговорів": it took place
        status, explicit = "occurred", False
    if type_ == "CONSULT" and toks[i].pos == "NOUN" and status != "negated" and tx is None and \
            during_done(ctx.lex, doc, cl.lo, cl.hi, i):
        # "Ердоган під час розмови з Зеленським запропонував провести переговори": the call
        # within which a past act was done took place, as the past verb tells; the plan is the
        # proposed talks' own, another happening of the clause
        status, explicit = "occurred", True
        during = next((m for m in range(i + 1, cl.hi) if _finite(toks[m])), None)
    else:
        during = None
    passed: list[tuple[int, int]] = []
    while tx is not None and rng and doc.date and explicit is True and other_side_time(doc, status, rng, tx, (g_lo, g_hi)):
        # a date to come, or a day gone for another clause's plan (tense_times.py): not its
        # time; for a verb's act another of its clause may be ("Сьогодні домовилися про
        # перемир'я з 15 лютого": the day after the noun is the truce's), not for a noun's
        # ("оголосив про зустріч у середу": the day is the meeting's own)
        passed.append((tx.start, tx.end))
        if toks[i].pos != "VERB":
            if status == "occurred" and tx.start > toks[i].start and rng[0] > doc.date:
                # "оголосив про зустріч з виборцями у середу": a happening named after the
                # verb that reports it, on a day to come, is still to come
                status = "planned"
                break
            tx = None
            break
        tx = time_of(doc, toks[i].start, (g_lo, g_hi), (sent.start, sent.end), outside + untimed + passed,
                     sent.timexes)
        time = {"value": tx.value, "mod": tx.mod} if tx else None
        rng = value_range(tx.value, tx.mod) if tx else None
    if tx is None:
        time, rng = None, None
    if tx is None and learned is None and ctx.heading is not None and explicit is True and heading_lends(ctx.heading, status):
        # told by a verb that took place or will ("відбувся обмін" after "Сьогоднішній день."),
        # not a habit ("ворог постійно атакує")
        tx = ctx.heading
        time, rng = {"value": tx.value, "mod": tx.mod}, value_range(tx.value, tx.mod)
        ends = time_range_of(doc, tx, doc.timexes)
        if ends is not None and ends[0].text[:1].isdigit():
            # "Головне за тиждень: 16-22 жовтня" heads what took place over those days
            first, last = value_range(ends[0].value, None), value_range(ends[1].value, None)
            if first and last:
                time, rng = {"value": ends[0].value, "mod": None, "end": ends[1].value}, (first[0], last[1])
    # "Вчора Президент прибув до Вашингтона. Він провів зустріч з Трампом.": the day the
    # paragraph is telling dates what its next undated sentences tell as done; it is kept apart
    # (`Cand.story_time`) and given only to an event still undated after merging, so that a
    # sentence going on about the last talk told still merges into it
    # (what one thanks for takes no date from the day of thanks: "вдячність за підтримку")
    story = ctx.story \
        if tx is None and time is None and ctx.story is not None and learned is None and \
        not (toks[i].pos == "NOUN" and ctx.find.thanked(doc, sent, i) is not None) and lends(
            ctx.story, doc, status, explicit, st_clause,
            bool(rel_clause) or in_relative_clause(doc, sent, i, ctx.lex)) else None
    if tx is None and time is None and doc.date and status == "occurred" and explicit is True and \
            any(toks[m].norm in ctx.lex.word_list("just_now_adverbs") for m in range(cl.lo, cl.hi)):
        # "Говорили щойно з канцлером": what took place just now took place on the day of the text
        time = {"value": doc.date.isoformat(), "mod": None}
        rng = (doc.date, doc.date)
    args = [a for a in sent.args if not any(r[0] <= a.start < r[1] for r in outside)]
    args = pronoun_parties(ctx.lex, doc, sent, adversary_words(ctx.lex, doc, sent, args, home, outside), home)
    args = home_possessions(ctx.lex, doc, sent, goods_names(ctx.lex, doc, sent, args), home, type_)
    p_lo, p_hi = (cl.lo, cl.hi) if not rel_clause else clause
    own_visit = visited_object(ctx.lex, doc, args, i, p_lo, p_hi) if mode == "visit" else None
    place, used_place = (own_visit.entity, {own_visit.start}) if own_visit else \
        place_of(doc, [a for a in args if toks[p_lo].start <= a.start < toks[p_hi - 1].end],
                 p_lo, p_hi, ctx.lex, visit=(mode == "visit"), trigger=i)
    if place is not None and during is not None and any(a.entity == place and a.start >= toks[during].start for a in args):
        # ("... запропонував провести переговори у Стамбулі": the town is the proposed talks')
        place, used_place = None, set()
    if place is None and (venue := chosen_venue(ctx.lex, doc, args, i, p_lo, p_hi)) is not None:
        place, used_place = venue.entity, {venue.start}   # "Місцем переговорів обрали Стамбул"
    if place is None and type_ == "CONSULT" and mode != "phone":
        place, used_place = seat_place(doc, [a for a in args if toks[p_lo].start <= a.start < toks[p_hi - 1].end],
                                       p_lo, p_hi, visit=(mode == "visit"))  # "У Білому домі пройшла зустріч": Washington
    if status == "occurred" and venue_chosen(ctx.lex, doc, i, p_lo, p_hi):
        status, explicit = "planned", True      # (its venue chosen, the meeting is to come)
    cut_off = None
    if type_ in ("SANCTION", "THREATEN") and place is not None and \
            supply_destination(ctx.lex, doc, args, i, p_lo, p_hi, used_place):
        # "припинила експорт електроенергії в Молдову": cut off; "пригрозив припинити
        # постачання електроенергії в Україну": the one threatened
        cut_off = place if type_ == "THREATEN" else None
        place, used_place = None, set()
    if (sent_to := sent_to_state(ctx.lex, doc, args, i, type_, p_lo, p_hi)) is not None and place == sent_to:
        place = None            # "направить в Україну інструкторів": Ukraine receives them
    need = type_ == "REQUEST" and (lemma_of(toks[i]) in ctx.lex.need_words or toks[i].norm in ctx.lex.need_words)
    actors, recipients, cl, fp_actor = clause_roles(doc, args, i, j, type_, ctx.lex, sent.lo, sent.hi,
                                                    used_place, visit=(mode == "visit"), clause=cl, need=need)
    # "Орбан не представляв ЄС під час зустрічі з Путіним": the EU is the verb's, not the meeting's
    recipients = framed_partners(ctx.lex, doc, args, i, j, type_, cl, sent.lo, sent.hi, actors, recipients)
    if sent_to is not None and sent_to not in actors + recipients:
        recipients.append(sent_to)
    if cut_off is not None and cut_off not in actors + recipients:
        recipients.append(cut_off)
    if type_ == "SANCTION":
        # "закрив небо для російських літаків": whose craft are barred is the one sanctioned
        recipients += [x for x in barred_owners(ctx.lex, doc, args, i, cl.lo, cl.hi) if x not in actors + recipients]
    # "Наші міста знову обстріляли": "наш" and a town of its own are what is struck
    actors, recipients = struck_possessions(doc, args, type_, home, sent.lo, sent.hi, actors, recipients)
    # "Литва запропонувала Євросоюзу заборонити імпорт": the one addressed would do it
    actors, recipients = proposed_sides(ctx.lex, doc, args, i, type_, sent.lo, sent.hi, actors, recipients)
    # "Заяви Будапешта викликали протест у Варшаві": Warsaw protests, against Budapest
    actors, recipients, place = provoked_sides(ctx.lex, doc, args, i, type_, cl, actors, recipients, place)
    if type_ not in SYMMETRIC and (bez := without_phrase(doc, i, sent.lo, sent.hi, ctx.lex)) is not None:
        actors, recipients = inside(doc, args, bez, actors), inside(doc, args, bez, recipients)
        fp_actor = False          # "Без санкцій ми б програли": not ours
    if type_ == "REQUEST" and (askers := handled_request(ctx.lex, doc, args, i, cl.lo, cl.hi)) and \
            any(x not in askers for x in actors):
        # "США розглянуть прохання України": Ukraine asked, the US is the one asked; the
        # request was made, whatever is still to be done with it
        recipients = [x for x in actors if x not in askers] + [x for x in recipients if x not in askers]
        actors = askers
        if status in ("planned", "ongoing"):
            status, explicit = "occurred", True
    if (owners := intent_owners(ctx.lex, doc, args, i, cl.lo, cl.hi)) and any(x not in owners for x in actors):
        # "Бессент пояснив це небажанням Кремля вести переговори": the Kremlin's act, not his
        actors = owners
        recipients = [x for x in recipients if x not in owners]
    if type_ in ("ASSAULT", "COERCE") and suffered(doc, i, cl.lo, ctx.lex):
        # "Українці не простять ударів": who remembers or forgives a strike suffered it (not
        # the striker named after it, "не забудемо удар ЗСУ")
        subj = [a.entity for a in args if a.start < toks[i].start]
        actors, recipients = [x for x in actors if x not in subj], recipients + [x for x in actors if x in subj]
    # a sea or a river ("заблокувавши для нас Чорне море") is where, or what is shut: no party,
    # so the subject of the verb a gerund leans on may still be found below
    waters = ctx.lex.word_list("natural_feature_heads")
    actors = [x for x in actors if not natural_feature(x, waters)]
    recipients = [x for x in recipients if not natural_feature(x, waters)]
    if not actors:     # "..., підірвавши міст", "Провівши переговори з Ердоганом, Зеленський ..."
        actors, recipients = gerund_sides(ctx.lex, doc, args, sent, i, type_, recipients)
    lead = opening_gerund_phrase(doc, sent, i)
    if lead is not None:
        # "Обстрілявши Херсон, окупанти атакували Берислав": Kherson is the gerund's target
        earlier = {a.entity for a in args if lead[0] <= a.start < lead[1]} - \
            {a.entity for a in args if a.start >= lead[1]}
        actors = [x for x in actors if x not in earlier]
        recipients = [x for x in recipients if x not in earlier]
    if not actors and not ctx.first_person_doc:
        # "Зеленський прибув до Вашингтона. Провів переговори з Байденом."
        cont = left_out_subject(doc, sent, cl, ctx.lex.word_list("prepositions"),
                                ctx.quote_at.find(toks[i].start) is not None, i)
        if cont is not None and cont not in recipients:
            actors = [cont]
    if not actors:
        # "Уряд Японії ухвалив рішення. Надасть ще 100 мільйонів": any one subject goes on
        carried = carried_subject(doc, sent, cl, ctx.lex.word_list("prepositions"),
                                  ctx.quote_at.find(toks[i].start) is not None, ctx.first_person_doc,
                                  lambda k: names_of(ctx.lex, doc, k, home), i)
        actors = [x for x in carried if x not in recipients]
    if audience(ctx.lex, doc, i, sent.lo):
        # "Перед учасниками самітів НАТО, «Великої сімки»": the body whose gathering is
        # addressed hears the speech, it does not give it (the speaker before it does)
        actors, recipients = audience_sides(ctx.lex, doc, args, i, sent.lo, actors, recipients)
    if "foreign_party" in needs:
        # "Виступив перед парламентом Німеччини", "у Бундестазі": the body addressed and its
        # state receive the speech; the hall it is given in is no place of the meeting
        addressed = ctx.find.foreign_parties(doc, sent, i, j)
        actors, recipients = hit_sides(actors, recipients, addressed)
        if place in addressed:
            place = None
    # "Генштаб: окупанти накопичують сили": whom a report's line is credited to is on no side
    actors, recipients = header_sides(ctx.lex, doc, sent, args, i, actors, recipients)
    if "foreign_speaker" in needs:
        # "Президент Польщі виступив у Верховній Раді": the guest speaks, the home side's
        # assembly and the home side hear him; the hall is no place of its own
        speakers, heard = ctx.find.home_assembly(doc, sent, i, j)
        actors = [x for x in actors if x not in heard] + [x for x in speakers if x not in actors]
        recipients = [x for x in recipients if x not in speakers] + [x for x in heard if x not in recipients]
        if place in heard:
            place = None
    if type_ in ("ASSAULT", "COERCE") and toks[i].pos == "NOUN" and ctx.find.permitted(doc, sent, cl.lo, i):
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
    # (what is given only in the impersonal form: "прийшла на допомогу" reads as an adjective)
    given_form = toks[i].pos == "VERB" or lemma_of(toks[i]) in ctx.lex.word_list("giving_participles")
    if (type_ in ("ASSAULT", "COERCE") or (type_.lower() in ctx.lex.word_list("given_types") and given_form)) and \
            ctx.find.passive(doc, i):
        actors, recipients = passive_sides(ctx.lex, doc, args, cl, type_)
        if place in recipients:
            place = None if type_ != "ASSAULT" else place
    if not actors:
        # "СБУ провела спецоперацію. Затримано агентів": an impersonal form's doer named before
        actors = [x for x in impersonal_doer(ctx.lex, doc, sent, cl, i, type_, lambda k: names_of(ctx.lex, doc, k, home))
                  if x not in recipients]
    # (a strike followed stays struck: "Після удару по Брянську Путін пообіцяє відповісти")
    followed = status == "occurred" and type_ not in ("ASSAULT", "COERCE")
    if anticipated(doc, i, sent.lo, ctx.lex) or (followed and followed_ahead(doc, i, (cl.lo, cl.hi), ctx.lex)):
        status, explicit = "planned", True
    actors, recipients, place, to_come = sequence_sides(ctx.lex, doc, args, cl, i, actors, recipients, place)
    topic_names = topic_partners(ctx, doc, sent, args, cl, i)
    actors = [x for x in actors if x not in topic_names]
    recipients = [x for x in recipients if x not in topic_names]
    givers = ctx.find.thanked_givers(doc, sent, i) if type_ in ("AID", "SUPPORT") else []
    thanker: set[str] = set()
    if givers or type_ in ("AID", "SUPPORT") and ctx.find.thanked_unnamed(doc, sent, i, args, actors):
        actors, recipients, thanker = thanked_sides(doc, givers, actors, recipients, home,
                                                    ctx.find.thanking_states(doc, sent, i))
        place = None
        if givers and rel_clause is None and status in ("planned", "conditional") and \
                not any(is_infinitive(toks[m]) and intention_noun(doc, m, sent.lo, ctx.lex)
                        for m in range(max(sent.lo, i - 6), i + 1)):
            # ("вдячні Польщі за готовність надати літаки": thanks for a readiness, the act to come)
            status, explicit = "occurred", True
    if lemma_of(toks[i]) in ctx.lex.word_list("receive_verbs"):
        # "Уряд отримає транш від ЄС": the giver is the one after "від" (with those listed with
        # it), the subject receives
        givers = named_givers(doc, args, i, sent.hi, ctx.lex.word_list("remedy_nouns"))
        if givers:
            recipients = [x for x in actors + recipients if x not in givers]
            actors = givers
    if type_ == "AID" and actors and not recipients:
        # "На прохання України Данія передала літаки": given to the one who asked
        recipients = [x for x in granted_askers(ctx.lex, doc, args, cl.lo, cl.hi) if x not in actors]
    if place is None and type_ == "ASSAULT":
        hit = target_arg(doc, args, i, c_hi, home, ctx.lex)
        if hit is not None:
            used_place = {hit.start}    # ("атакувала Київ, Харків і Одесу": the towns after it too)
        place = (hit.entity if hit else None) or line_label(doc, args, sent.lo, i) or \
            reporter_town(ctx.lex, doc, args, sent.lo, i) or town_anaphor(doc, sent, args, i, cl.lo, cl.hi)
        if place in actors:       # "атакували Київ": the name after the verb is the target
            actors.remove(place)
            recipients.append(place)
        if place is None:
            # "Київ – балістика": the town or region hit is the place (a whole country is not)
            towns = place_country()
            place = next((x for x in recipients if x in towns), None)
    near = False
    near_only = type_ == "ASSAULT" and place is not None and only_near(ctx.lex, doc, args, place, i, sent.lo, sent.hi)
    if near_only and (actors or set(recipients) - {place} or _struck_thing(doc, args, i, sent.hi)):
        # "відбили атаку поблизу Покровська": the town the fight was near is only its place
        # (while the fight keeps a party: "бої під Торецьком" names no other, and a happening
        # with no party at all is not kept)
        recipients = [x for x in recipients if x != place]
        near = True
    elif type_ == "ASSAULT" and place and place in place_country() and place not in actors + recipients:
        recipients.append(place)  # "наступ на Харків", "удари в Харкові": the town is hit
    if type_ == "ASSAULT" and not near:
        # ("поблизу Пісків та Мар'їнки": the towns after a town the fight was near are near too)
        place = struck_places(doc, args, used_place, sent.lo, sent.hi, place, recipients)
        # "обстріляли Нікополь на Дніпропетровщині": the oblast tells where the town is
        located = town_regions(doc, args, sent.lo, sent.hi, recipients, place)
        if located:
            recipients = [x for x in recipients if x not in located]
            place = located.get(place, place)
    if type_ == "COERCE" and lemma_of(toks[i]) in ctx.lex.word_list("adversary_coercion"):
        towns = place_country()
        for x in [x for x in actors if x in towns]:
            actors.remove(x)      # "заблокували порти Маріуполя": the town is blockaded
            recipients.append(x)
        hit = [x for x in recipients if x == home or towns.get(x) == home]
        if not actors and hit and ctx.lex.adversary:
            # "депортація українців", "Маріуполь у блокаді": in this domain who deports or
            # blockades the home side's people and towns is the adversary
            adv = home_entity(doc, ctx.lex, ctx.lex.adversary)
            if adv:
                actors.append(adv)
    # ("Пєсков назвав зустріч корисною": who judges a meeting is no party to it, unless he
    # names its other party, "назвав зустріч з Байденом продуктивною")
    told_by = toks[i].pos == "NOUN" and ((type_ in ("ASSAULT", "COERCE") and (witnessed(ctx.lex, doc, cl, i) or caused)) or
                                         (judged(ctx.lex, doc, cl, i) and not (recipients and type_ in SYMMETRIC)))
    if told_by:
        # "Голова ОВА повідомив про обстріл Харкова", "Прокуратура розслідує удар по Сумах":
        # who reports, records or investigates a strike did not make it; its own phrase
        # ("російський обстріл", "обстріл ... російськими військами") still names the striker
        end = phrase_end(doc, cl, j)
        m = i
        while m > cl.lo and toks[m - 1].pos in ("ADJF", "PRTF"):
            m -= 1                # "російський ракетний обстріл": the adjectives of the noun
        own = {a.entity for a in args if toks[m].start <= a.start < toks[end - 1].end}
        actors = [x for x in actors if x in own]
        # ("повідомила про підозру російському генералу за обстріли Харкова": the suspect and
        # the body's region are the report's, not the strike's)
        before = {a.entity for a in args if a.start < toks[i].start} - own
        recipients = [x for x in recipients if x not in before]
    reporter = fronted_reporter(ctx.lex, doc, cl, i, args)
    if type_ == "ASSAULT" and _under_repelling(ctx.lex, toks, i, sent.lo):
        # "Франція долучилася до відбиття атаки Ірану на Ізраїль": who helps repel an attack is
        # no attacker; the attack's own names, after its noun, tell its sides
        actors = [x for x in actors if any(a.entity == x and a.start > toks[i].start for a in args)]
    if reporter:
        # "Як повідомив начальник ОВА, вночі ворог атакував Нікополь": who reports stands in
        # a clause of his own before the comma
        actors = [x for x in actors if x not in reporter]
        recipients = [x for x in recipients if x not in reporter]
    if type_ == "ASSAULT" and toks[i].pos == "VERB" and \
            lemma_of(toks[i]) in ctx.lex.word_list("interception_verbs") and \
            ctx.find.object_near(doc, sent, j, "air_targets", 6):
        # "ЗСУ знищили 12 ракет", "ППО збила 40 дронів": who shoots down what was launched
        # is on the side struck; "40 російських ракет": whose they were struck
        owners = [a.entity for a in args if a.start > toks[i].start and a.kind in ("adjective", "demonym")]
        recipients = [x for x in actors + recipients if x not in owners]
        actors = [x for x in owners if x not in recipients]
        # ("Повітряні сили збили 45 дронів": the force that shoots them down is not what they
        # were launched at; the state it belongs to is the side struck)
        recipients = list(dict.fromkeys(entity_for(doc, body_state(x)) if body_state(x) else x
                                        for x in recipients))
        actors = [x for x in actors if x not in recipients]
        if not recipients and home and ctx.lex.adversary:
            # ("Протиповітряна оборона знешкодила 12 ракет": in this domain the air defence
            # that names no side of its own is the home side's, unless the adversary's body
            # reports it: "У Міноборони РФ заявили, що збили 40 дронів" were the home side's)
            adv = ctx.lex.adversary.get("id")
            told = reporting_states(ctx.lex, doc, sent, cl, args)
            if adv and told == {adv}:
                recipients.append(adv)
                if not actors:
                    actors.append(home)
            elif len(told) == 1 and home not in told:
                # "Саудівська Аравія заявила, що її системи ППО перехопили дрони": a third
                # state's own air defence, told by that state, is no home side's
                recipients.extend(x for x in told if x not in actors)
            else:
                recipients.append(home)
    if type_ == "ASSAULT" and {"object:equipment", "first_object:enemy_units"} & set(needs):
        # "Сили оборони знищили російську РСЗВ", "ЗСУ збили ворожий літак": whose weapons
        # they were ("російську", "ворожий", "окупантів") is struck, who destroyed them
        # before the verb strikes; a town after it is where ("під Бахмутом"), no party
        # ("Захищаючи Волноваху, знищив танк": a town is no one who strikes)
        states = country_ids()
        owners = [a.entity for a in args if a.start > toks[i].start and a.start < toks[cl.hi - 1].end and
                  a.kind in ("adjective", "demonym")]
        before = [a.entity for a in args if a.start < toks[i].start and
                  ((a.etype or "") != "LOC" or a.entity in states)]
        actors = [x for x in dict.fromkeys(actors + recipients)
                  if x in before and x not in owners and x != place]
        recipients = list(dict.fromkeys(owners))
    actors, recipients = named_aside(ctx.lex, doc, args, sent.lo, sent.hi, type_, actors, recipients)
    colleagues(ctx.lex, doc, args, cl.lo, cl.hi, actors, recipients)
    if type_ == "ASSAULT" and not actors and lemma_of(toks[i]) in ctx.lex.word_list("home_gain_verbs") and \
            on_home_ground(recipients, place, home):
        actors.append(home)     # "Звільнили Ірпінь": the home side's ground won back is its own doing
    if type_ == "ASSAULT" and actors and (makers := weapon_makers(ctx.lex, doc, args, cl.lo, i, home)):
        # "Британські ракети Storm Shadow уразили штаб": the maker did not strike
        actors = [x for x in actors if x not in makers]
    if type_ == "ASSAULT" and not actors and lemma_of(toks[i]) not in ctx.lex.word_list("mutual_assaults") and \
            not (fp_actor and (toks[i].pos == "VERB" or "infn" in (toks[i].tags or ())) and
                 lemma_of(toks[cl.governor if cl.governor is not None else i])
                 not in ctx.lex.word_list("target_subject_verbs")):
        # ("Готуємося наступати на Херсон": the first person strikes, if a town of its own
        # side; "ми відбили атаку на Харків": the strike noun is the adversary's)
        actors.extend(striker_of_home(ctx.lex, doc, recipients, place, home, cl.lo, i))
    actors, recipients, inferred = typed_sides(ctx, doc, sent, args, i, j, type_, mode, needs, actors,
                                               recipients, home)
    if near_only and actors and place in recipients and toks[i].pos == "VERB":
        # "Бойовики обстріляли з мінометів позиції поблизу Луганська": once the striker of a verb
        # is known (the adversary of a common noun), the town it was near is only the strike's
        # place (a strike noun's town is left as read: "обстрілу наших укріплень неподалік
        # Попасної" would then join a general shelling told before it, and take its place)
        recipients = [x for x in recipients if x != place]
    if type_ == "ASSAULT" and (hit_home := struck_home(ctx.lex, doc, cl.lo, i, cl.hi, actors, recipients, place, home)):
        recipients.extend(entity_for(doc, x) for x in hit_home)     # "Противник завдав 41 удару"
        inferred = set(inferred) | set(hit_home)
    if type_ == "PROTEST":
        # "пікет біля посольства Угорщини в Києві": aimed at Hungary, held in Kyiv
        actors, recipients, place = picketed_mission(ctx.lex, doc, args, cl.lo, cl.hi, actors, recipients, place)
        if members_object(ctx.lex, doc, i, cl.lo):
            actors = []         # "Влада Грузії затримала організаторів протесту": not Georgia's protest
    if type_ in ("SANCTION", "THREATEN") and status == "conditional":
        for x in condition_subjects(doc, args, sent.lo, i, ctx.lex):
            if x in actors:
                actors.remove(x)
            if x not in recipients:
                recipients.append(x)
    if place is None and type_ == "CONSULT" and \
            ctx.lex.modes.get("CONSULT", {}).get("visit", frozenset()) & sent.lemma_set:
        # "прибув до Вільнюса, де зустрівся ...", "відвідає Варшаву": the visit's destination;
        # the trigger's own object first, and never a town in a clause about someone's other
        # trip ("Зеленський, який 5 березня відвідав Лондон, сьогодні зустрівся ...")
        own_visit = visited_object(ctx.lex, doc, args, i, sent.lo, sent.hi)
        place = own_visit.entity if own_visit else None
        if place is None:
            place, _ = place_of(doc, args, sent.lo, sent.hi, ctx.lex, visit=True)
        if place is None and not outside:
            place = visited(ctx.lex, doc, sent)
        if place in to_come:
            place = None          # ("Напередодні візиту до Вашингтона провів нараду")
    if place is None and type_ == "CONSULT" and mode != "phone":
        # "На саміті в Гаазі ..., а Сибіга провів переговори з Рубіо": the summit's town (a call
        # is held from wherever each side is)
        place = framed_place(ctx.lex, doc, args, sent, cl.lo)
    host = visit_host(ctx.lex, doc, sent, type_, mode, place, needs, home, actors, recipients)
    home_named = home is not None and home in actors + recipients
    # first person in a quote: the speaker and the home side
    in_quote = ctx.quote_at.find(toks[i].start)
    gov = toks[cl.governor] if cl.governor is not None else None
    if gov is not None and lemma_of(gov) in ctx.lex.word_list("representing_verbs") and actors and recipients:
        # "Україну на переговорах представляв Андрій Сибіга": the state a person represents
        # stands on his side, not across from him
        theirs = {state_of(x, doc.date) for x in actors} | {told_bodies(doc).get(x) for x in actors}
        moved = [x for x in recipients if x in theirs]
        actors += moved
        recipients = [x for x in recipients if x not in moved]
    # "Провів переговори з ...": a verb with no subject in a first-person text is the speaker's
    # "будуть консультації з європейськими лідерами" in a first-person text: we meet them
    # ("На зустріч і з вашим Президентом": a line with no verb at all is the speaker's too)
    verbless = not any(_finite(toks[m]) for m in range(sent.lo, sent.hi))
    # ("Я бачив по телевізору атаку на Нью-Йорк": who watched a strike is no side of it)
    fp = (fp_actor and not told_by) or (ctx.first_person_doc and in_quote is None and type_ in SYMMETRIC and
                      not actors and (gov is not None or verbless) and
                      with_partner(ctx.lex, doc, args, recipients, cl, i) and
                      not awarded_before(ctx.lex, doc, sent) and
                      not any(toks[m].pos in ("NOUN", "NPRO") and toks[m].case == "nomn" and m != i and
                              "accs" not in _cases(toks[m].text) and
                              not any(a.start <= toks[m].start < a.end for a in args)
                              for m in range(cl.lo, cl.hi))) or \
        (ctx.first_person_doc and gov is not None and not actors and
                      gov.tense == "past" and in_quote is None and type_ not in ("ASSAULT", "COERCE") and
                      # ("Там стартував весняний призов": the trigger noun is the verb's subject)
                      # ("прибув гуманітарний вантаж": the head of a phrase trigger)
                      not any(toks[m].pos == "NOUN" and toks[m].case == "nomn" and cl.governor is not None
                              and cl.governor != m and _agrees(gov, toks[m]) for m in range(i, j)) and
                      # ("Спрацювали понад десять гуманітарних коридорів": a verb that takes no
                      # object has the trigger noun after it as its subject, counted or not)
                      not (lemma_of(gov) in ctx.lex.word_list("intransitive_verbs") and
                           toks[i].pos in ("NOUN", "ADJF") and i > cl.governor and
                           toks[i - 1].norm not in ctx.lex.word_list("prepositions")) and
                      (gov.gender in ("masc", "femn") or gov.number == "plur") and lemma_of(gov) != "бути" and
                      not indefinite_personal(ctx.lex, doc, cl, gov) and
                      not headed_by_someone(ctx.lex, doc, sent) and
                      not any(toks[m].pos in ("NOUN", "NPRO") and
                              (toks[m].case == "nomn" or (m < cl.governor and subject_before(ctx.lex, doc, m, gov, cl.lo, i))) and
                              (m < cl.governor or subject_after(ctx.lex, doc, args, m, gov, cl.lo, i))
                              for m in range(cl.lo, cl.hi)))
    # "Сьогодні в Україні з візитом перебувала ...", "Україна ... Не отримала літаків": a verb
    # in another gender than the author's is not his, though it may be his state's (not
    # "Важливою була розмова з ...": there the verb agrees with the trigger noun)
    not_his = fp and not fp_actor and gov is not None and not fits_author(ctx, doc, gov) and \
        not any(toks[m].pos == "NOUN" and toks[m].case == "nomn" and toks[m].gender == gov.gender
                for m in range(i, j))
    if not fp and not actors and in_quote is None and ctx.first_person_doc and audience(ctx.lex, doc, i, sent.lo):
        fp = True             # the speaker of a first-person text addressed them
    home_only = False
    soft: set[str] = set(inferred)
    mediators = ctx.lex.word_list("mediator_words")
    for a in args:
        m = token_index_before(doc, a.start, sent.lo)
        if m is not None and lemma_of(toks[m]) in mediators:
            soft.add(a.entity)
    if type_ != "CONSULT" and any(lemma_of(toks[m]) in mediators and "ablt" in _cases(toks[m].text)
                                  for m in range(cl.lo, i)):
        # "Посередником в обміні виступили ОАЕ": who the clause says stood as a go-between
        # takes no side of the exchange or the deal it names (a go-between of talks sits at
        # them: CONSULT third-party)
        go_between = {a.entity for a in args if toks[cl.lo].start <= a.start < toks[cl.hi - 1].end}
        actors[:] = [x for x in actors if x not in go_between]
        recipients[:] = [x for x in recipients if x not in go_between]
    thanked = givers or (type_ in ("AID", "SUPPORT") and ctx.find.thanked(doc, sent, i) is not None)
    if not fp and ctx.first_person_doc and in_quote is None and given_to_us(ctx.lex, doc, cl, i, type_) and \
            not (gov is not None and gov.gender == "neut" and gov.number != "plur"):
        # "Партнери передали нам снаряди": givers named by no name give to us (not "нам вдалося
        # організувати коридор": the dative of an impersonal verb is who does it)
        fp = True
    fp_side = first_person_side(ctx.lex, doc, args, i, cl, type_, gov, actors, soft, thanked) if fp else None
    in_person = speaker_in_person(ctx.lex, doc, sent, cl, i, j, type_, fp_side)
    if fp_side and in_person and in_quote is not None and in_quote.speaker:
        if in_quote.speaker not in actors + recipients:
            (actors if fp_side == "A" else recipients).insert(0, in_quote.speaker)
            soft.add(in_quote.speaker)
    # a bare role word as the subject ("Делегація провела переговори") stands for the home side
    # (or the one the happening is for: "перемовини для делегації"; not a place or a topic)
    # ("російська армія" is the adversary's: a role word after a country's adjective is not ours)
    # ("Вони викрадають представників влади": a role word that can be neither the subject
    # nor whose the happening is, "засідання Уряду", undergoes it, it does not act)
    several = ctx.lex.word_list("several_sides_roles")
    # ("одна сторона не б'є по іншій стороні": a role word under a determiner of any one is
    # nobody's in particular)
    anyone = ctx.lex.word_list("partitive_words") | ctx.lex.word_list("generic_determiners")
    unsure = doc.meta.get("_ambiguous_roles", ())   # "Президенти Литви та Польщі ... Президент"
    role_subject = any(lemma_of(toks[m]) in home_roles and toks[m].pos == "NOUN" and toks[m].start not in unsure and
                       not (m > cl.lo and (lemma_of(toks[m - 1]) in anyone or toks[m - 1].norm in anyone)) and
                       not foreign_origin(ctx.lex, doc, m, cl.hi) and
                       not foreign_story_before(ctx.lex, doc, toks[m].start, home) and
                       not foreign_antecedent(doc, m, home) and
                       not (lemma_of(toks[m]) in several and
                            plural_form(toks[m].text, "gent" if m == j and toks[i].pos == "NOUN" else
                                         None if m > cl.lo and toks[m - 1].pos == "PREP" else "nomn")) and
                       (toks[m].case == "nomn" or "nomn" in _cases(toks[m].text) or
                        (m == j and toks[i].pos == "NOUN" and "gent" in _cases(toks[m].text))) and
                       not (m > i and _finite(toks[i]) and
                            (not _agrees(toks[i], toks[m]) or _number_clash(toks[i], toks[m], False))) and
                       (m == cl.lo or (toks[m - 1].norm not in ctx.lex.word_list("topic_prepositions")
                                       | {"по", "на", "проти", "в", "у", "до"}
                                       and not any(a.start == toks[m - 1].start and a.entity != home for a in args)))
                       for m in range(cl.lo, cl.hi))
    # "Словаччина відмовилася ... Раніше уряд країни передав Києву літаки": a report that goes
    # on about the state the sentence before opened with gives it the bare role, as coref gives
    # it the bare office (not in a first-person statement, where "уряд" is the speaker's own)
    topic = None
    if role_subject:
        topic = next((st for m in range(cl.lo, cl.hi) if lemma_of(toks[m]) in home_roles and toks[m].pos == "NOUN"
                      and (st := country_anaphor(ctx.lex, doc, m, home))), None)
        if topic is None and not ctx.first_person_doc:
            topic = opening_topic(ctx.lex, doc, sent.index, home)
    if topic is not None:
        role_subject = False
    our_role = False
    if not fp and any(lemma_of(toks[m]) in home_roles and toks[m].pos == "NOUN" and m > cl.lo and
                      lemma_of(toks[m - 1]) in ("наш", "мій") for m in range(cl.lo, cl.hi)):
        # "наша делегація на переговорах з російською стороною": ours, named in the first person
        fp, our_role = True, True
        fp_side = first_person_side(ctx.lex, doc, args, i, cl, type_, gov, actors, soft, thanked)
    if need and not actors and ctx.first_person_doc and in_quote is None:
        fp, fp_side = True, "A"   # "ППО треба шукати кожен день": the speaker's side needs it
    if "honour" in needs and not actors:
        fp, fp_side = True, "A"   # "Маю честь звернутися до вас": the one honoured speaks
    if not fp and role_subject and not actors and not told_by:
        # ("Президент поінформував партнера про наслідки ударів": who tells of it does not do it)
        fp_side = first_person_side(ctx.lex, doc, args, i, cl, type_, gov, actors, soft, thanked)
    # "ми" of a foreign speaker ("«Ми надамо зброю», – сказав Президент Франції") is that
    # speaker's state, not the home side
    voice = in_quote or (continued_quote(doc, sent, first_person) if fp and not our_role and not ctx.author else None)
    # (a text with no author but a body's statement or post: "ми" is that body, `opening_body`)
    body = opening_body(doc) if fp and voice is None and not our_role and ctx.author is None else None
    speaker = (voice.speaker if voice is not None else None if our_role else ctx.author or body) if fp else None
    # a first person no author, speaker or role names, in a text that never speaks of
    # statecraft, is a private one: nobody's side (statecraft_texts.py)
    # (nor is a bare role word there: "Команда співпрацює з лабораторією" is a team of scientists)
    private = (fp or fp_side) and not our_role and speaker is None and voice is None and \
        not statecraft_text(ctx.lex, doc)
    for side_home in (first_person_sides(doc, speaker, voice if fp else None, home) if fp_side and not private else ()):
        if side_home in actors or side_home in recipients:
            continue
        home_only = home_only or not (actors or recipients)
        (actors if fp_side == "A" else recipients).append(entity_for(doc, side_home))
        if side_home != home:
            soft.add(side_home)   # inferred from the speaker, like the home side
    if fp and fp_side and in_person and not not_his and not our_role and in_quote is None and ctx.author and \
            ctx.author not in actors + recipients:
        # the first person of an address outside quotes is its author, on the home side
        # ("наша делегація" is not the author)
        (actors if fp_side == "A" else recipients).insert(0, ctx.author)
        soft.add(ctx.author)
    if body and fp_side == "A" and body not in actors + recipients and we_in_clause(ctx.lex, toks, cl.lo, cl.hi):
        # "Міністерство оборони України. Ми передали партнерам ...": the "ми" of a body's own
        # statement or post is the body, beside its state
        actors.insert(0, entity_for(doc, body))
        soft.add(body)
    if topic is not None and not actors and not told_by and topic not in recipients:
        side = first_person_side(ctx.lex, doc, args, i, cl, type_, gov, actors, soft, thanked)
        if side:
            (actors if side == "A" else recipients).append(entity_for(doc, topic))
            soft.add(topic)
    if type_ == "ASSAULT" and not actors and suffered(doc, i, cl.lo, ctx.lex):
        actors += [x for x in striker_of_home(ctx.lex, doc, recipients, place, home, cl.lo, i) if not soft.add(x)]
    # "Київ вимагає пояснень", "спілкуються з Москвою", "від офіційного Будапешта": a capital
    # that acts or is dealt with stands for its state ("Москва вдарила по Києву": the striker
    # too); one that is hit stays the town
    caps = capitals()
    for side in ((actors, recipients) if type_ not in ("ASSAULT", "COERCE") else (actors,)):
        for n, x in enumerate(list(side)):
            st = caps.get(x)
            if st is not None:
                side.remove(x)
                if st not in actors + recipients:
                    side.insert(n, entity_for(doc, st))
    for side in (actors, recipients):
        # a person and the state they act for stand on one side
        # (on the event's own day when the text gives it: "17 березня 2025 року зустрівся з
        # Дудою" in a report written after his term)
        for x in list(side):
            st = ((rng and rng[0] and state_of(x, rng[0])) or state_of(x, doc.date) or
                  told_states(doc, country_ids()).get(x) or side_state(doc, x, ctx.lex, side, side is actors)) \
                if x not in soft else None
            if st and st not in actors + recipients:
                side.append(entity_for(doc, st))
                soft.add(st)
    # a holiday, a law or a war named ("на Великдень", MISC) is a time or a topic, never a party
    # nor is a sea or a river, whichever rule above named it
    misc = {x for x in actors + recipients if doc.entities.get(x) is not None and
            (doc.entities[x].type == "MISC" or natural_feature(x, waters))}
    if misc:
        actors[:] = [x for x in actors if x not in misc]
        recipients[:] = [x for x in recipients if x not in misc]
    trig_tok = toks[i]
    anaph = any((lemma_of(toks[m]) in anaphoric or toks[m].norm in anaphoric) and points_back(doc, sent.lo, m, i)
                for m in range(max(sent.lo, i - 2), i))
    rel = ctx.lex.word_list("relative_pronouns")
    if anaph and any(lemma_of(toks[m]) == "той" for m in range(max(sent.lo, i - 2), i)) and \
            any(toks[m].norm == "," and m + 1 < sent.hi and lemma_of(toks[m + 1]) in rel
                for m in range(j, min(sent.hi, j + 3))):
        anaph = False     # "за ту допомогу, яку ви надали": the clause after names it anew
    # "Там він проведе переговори": a sentence opening with "там" continues the happening
    # just told at that place
    place_anaph = not anaph and toks[sent.lo].norm in ctx.lex.word_list("place_anaphors")
    anaph = anaph or place_anaph
    # "«Ми обговорили ...», – заявив X" after "X провів розмову": the speaker's own recap
    anaph = anaph or (in_quote is not None and any(
        toks[m].norm in first_person for m in range(max(sent.lo, i - 2), i)))
    # "Сторони/Лідери обговорили ...": the parties of the happening just told
    anaph = anaph or party_subject(ctx.lex, doc, clause[0], i)
    # "Документ також підписали представники ДНР і ЛНР": a signing whose object is a bare word
    # for any text points back at the agreement just told (more signers of it)
    text_again = type_ == "AGREE" and signed_text_again(ctx.lex, toks, cl.lo, cl.hi, i)
    anaph = anaph or text_again
    distinct = any(lemma_of(toks[m]) in ctx.lex.word_list("non_anaphoric") or toks[m].norm in ctx.lex.word_list("non_anaphoric")
                   for m in range(max(sent.lo, i - 2), i))
    next_one = distinct and next_pointer(ctx.lex, toks, sent.lo, i)   # "Наступне засідання ..."
    # "Після цього президент США зателефонував Путіну": a sentence opened by what came next
    # tells the next happening, never more of the one just told
    distinct = distinct or _opens_with_next(ctx.lex, toks, sent.lo, i)
    # "Прокурори висунули обвинувачення ще трьом військовим": a charge laid on more people is
    # another charge, not the one just told
    distinct = distinct or (type_ == "ACCUSE" and j < sent.hi and toks[j].norm == "ще")
    # "Зустрівся з ... Її візит саме в цей день ...": someone's happening just told; "Обидві
    # зустрічі були результативними": the two just told
    owned, both = (any(lemma_of(toks[m]) in ctx.lex.word_list(w) or toks[m].norm in ctx.lex.word_list(w)
                       for m in range(max(sent.lo, _modifiers_before(toks, i, sent.lo) - 1), i))
                   for w in ("possessive_pointers", "both_words"))
    ordinal = ctx.lex.word_list("ordinal_markers")
    counted = any(toks[m].text.isdigit() or toks[m].pos == "NUMR" or
                  (toks[m].pos == "NPRO" and any(p.tag.POS == "NUMR" for p in parses(toks[m].text)))
                  for m in range(max(sent.lo, cl.lo, i - 6), i) if toks[m].is_word
                  and not (m > sent.lo and toks[m - 1].norm in ordinal)     # "питанням номер один"
                  and not counts_others(ctx.lex, doc, m, i, sent.timexes))    # "двоє людей", "14 травня"
    # "готуємо зустрічі" is generic; "провів майже 20 розмов" counts what took place
    # ("У Словаччині тривають масові протести": going on now, they are these protests)
    plural = trig_tok.number == "plur" and lemma_of(trig_tok) != trig_tok.norm and trig_tok.pos == "NOUN" \
        and not counted and "before:new" not in needs and not counted_apposition(ctx.lex, doc, sent, cl.lo, i) \
        and not told_as_these(ctx.lex, doc, cl.lo, cl.hi, i)
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
        unnamed_partner(ctx.lex, doc, sent, j, cl.hi) or unnamed_they(ctx.lex, doc, args, cl.lo, cl.hi) or
        (lemma_of(trig_tok) in ctx.lex.word_list("own_meeting_nouns") and
         not any(x != home and x not in soft for x in actors + recipients)))
    if tx is None and has_cue(ctx.lex, doc, sent) and not own_partner and \
            not cue_is_partner(ctx.lex, doc, sent, j, cl.hi):
        anaph = True
    if toks[i].pos == "NOUN" and (bg := background_start(ctx.lex, toks, i, cl.lo)) is not None:
        # "Китайські конкуренти наростили продажі в Росії на тлі санкцій": a happening named as
        # the background of another act takes none of that act's names; only its own phrase
        # names its sides and its place
        end = phrase_end(doc, cl, j)
        own = {a.entity for a in args if toks[bg].start <= a.start < toks[end - 1].end}
        actors = [x for x in actors if x in own]
        recipients = [x for x in recipients if x in own]
        place = place if place in own else None
    if type_ == "CONSULT" and mode == "visit" and toks[i].pos == "NOUN":
        # "Монголія не виконала ордер під час його візиту до Улан-Батора": the visit's own
        # phrase names who came, not the clause's subject
        actors, recipients = framed_visit_sides(ctx.lex, doc, args, i, j, cl, actors, recipients)
    # "ЗСУ звільнили Херсон": the town taken is the place; the side that loses it receives
    recipients, place = taken_ground(ctx.lex, doc, args, i, sent.hi, type_, mode, actors, recipients,
                                     place, home, soft)
    m = ctx.find.mode(type_, mode, sent, i)
    if givers and thanker:      # nor does a later rule make him the giver's side
        actors = [x for x in actors if x not in thanker]
        recipients = [x for x in recipients if x not in thanker]
    cand = Cand(type=type_, mode=m, lemma=lemma_of(trig_tok),
                trig=(toks[i].start, toks[j - 1].end), evidence=(sent.start, sent.end),
                sent=sent.index, para=sent.para, weight=weight, status=status,
                status_explicit=explicit, time=time, time_range=rng, actors=actors,
                recipients=recipients, place=place, home_only=home_only, anaphoric=anaph, place_anaphor=place_anaph, text_again=text_again, home_named=home_named,
                plural_generic=plural, state_description=state, elaboration=elaboration,
                home=home, soft=soft, distinct=distinct, next_one=next_one,
                aggregate=counted, story_time=story, undated_time=tx is None and bool(sent.timexes),
                possessive_ref=owned, both_ref=both,
                named_only=named_only(ctx.lex, doc, sent, trig_tok))
    mark_references(ctx, doc, sent, cand, i, j, cl, tx=tx, args=args, thanked=thanked, anaph=anaph,
                    own_partner=own_partner, after=after, needs=needs, first_person=first_person)
    return cand


def _modifiers_before(toks, i: int, lo: int) -> int:
    """The first of the adjectives right before the trigger noun at i ("їхня перша особиста
    зустріч": a pointer stands before them), at most three, or i itself when none."""
    m = i
    while m - 1 >= lo and i - m < 3 and toks[m - 1].pos in ("ADJF", "PRTF") and toks[m - 1].is_word:
        m -= 1
    return min(m, i - 1)


def _opens_with_next(lex, toks, lo: int, i: int) -> bool:
    """The sentence opens with a phrase of what came next ("Після цього", "Потім",
    `next_openings`), before the trigger at i."""
    for phrase in lex.word_list("next_openings"):
        words = phrase.split()
        hi = lo + len(words)
        if hi <= i and [toks[m].norm for m in range(lo, hi)] == words:
            return True
    return False


def _under_repelling(lex, toks, i: int, lo: int) -> bool:
    """The strike noun at i hangs on a noun of repelling ("відбиття атаки", "відсічі агресії",
    `repelling_nouns`), over its adjectives."""
    if toks[i].pos != "NOUN":
        return False
    m = i - 1
    while m >= lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    return m >= lo and lemma_of(toks[m]) in lex.word_list("repelling_nouns")


def _struck_thing(doc: Document, args: list, i: int, hi: int) -> bool:
    """The strike verb at i has for its object a thing named by a common noun ("Під Волновахою
    обстріляли пасажирський автобус", "обстріляли автобус біля блокпоста під Волновахою"): the
    thing was hit, and a town the text puts it near is where, not what was struck; the strike
    keeps its party by that object, however no name stands for it."""
    toks = doc.tokens
    if toks[i].pos != "VERB":
        return False
    m = i + 1
    while m < hi and toks[m].pos in ("ADJF", "PRTF", "NUMR"):
        m += 1
    return m < hi and toks[m].pos == "NOUN" and toks[m].text.islower() and "accs" in _cases(toks[m].text) and \
        not any(a.start <= toks[m].start < a.end for a in args)


def named_only(lex, doc: Document, sent: SentenceView, trig_tok) -> bool:
    """"Від обстрілів, від авіабомб.", "Потужних ударів.": a line inside a paragraph with no verb,
    no participle and no word of need ("Потрібне ембарго" asks) only names the happening by its
    noun, going on with the sentence before it; a paragraph's first line (a title, a heading, a
    schedule's item, "А попереду – зустріч") is left as it is read."""
    toks = doc.tokens
    if trig_tok.pos != "NOUN" or sent.index == 0 or doc.sentences[sent.index - 1].paragraph != sent.para:
        return False
    return not any(toks[m].pos in ("VERB", "INFN", "GRND", "PRTF", "PRTS") or
                   lemma_of(toks[m]) in lex.need_words or toks[m].norm in lex.need_words
                   for m in range(sent.lo, sent.hi))

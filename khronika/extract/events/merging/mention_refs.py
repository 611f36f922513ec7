"""How one mention of a happening points at others told before it: thanks for a happening
("Дякую за цю підтримку"), a demonstrative ("ця домовленість"), a talk going on ("Обговорили
..." after "Провів нараду"), a frame ("На переговорах ...", "Після переговорів ..."), a visit
framing a meeting, a multilateral gathering by the parties counted. `merging` joins mentions
by these marks; `build` makes the candidate and hands it here."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from ..context import DocContext
from .frames import frames_clause, visit_frame_before
from .merge import Cand
from ..grammar.sentence_view import SentenceView, lemma_of
from ..arguments.states import named_affiliations, party_count, place_country
from ..grammar.topic_phrases import in_topic_phrase
from ..arguments.turned_strikes import strike_nouns


def mark_references(ctx: DocContext, doc: Document, sent: SentenceView, cand: Cand, i: int, j: int, cl, *,
                    tx, args: list, thanked, anaph: bool, own_partner: bool, after: bool, needs,
                    first_person: frozenset) -> None:
    """Set the candidate's reference marks (`thanks_ref`, `demonstrative`, `continues`,
    `frame_ref`, `within_visit`, ...) from the words around its trigger at i..j."""
    toks = doc.tokens
    trig_tok = toks[i]
    type_, status, actors, home, soft = cand.type, cand.status, cand.actors, cand.home, cand.soft
    mode0, rng = cand.mode, cand.time_range
    # "Обговорили енергетичні питання" after "Провів нараду": no time and no subject of its own
    # "Дякую за цю підтримку", "вдячний за такий пакет": thanks for a happening told before
    thanks_anaphors = ctx.lex.word_list("thanks_anaphors")
    cand.thanks_ref = bool(thanked) and any(toks[m].norm in thanks_anaphors for m in range(max(sent.lo, i - 3), i))
    # "Ця домовленість", "цю ж угоду": a demonstrative on the trigger noun points at one happening
    demonstratives = ctx.lex.word_list("demonstratives")
    cand.demonstrative = trig_tok.pos == "NOUN" and any(
        lemma_of(toks[m]) in demonstratives and toks[m].pos in ("NPRO", "ADJF") for m in range(max(sent.lo, i - 2), i))
    cand.continues = type_ == "CONSULT" and lemma_of(trig_tok) in ctx.lex.word_list("continuation_verbs") \
        and tx is None and status == "occurred" and _finite(trig_tok) and \
        not (set(actors) - ({home} | soft)) and not anaph and \
        not any(toks[m].pos in ("NOUN", "NPRO") and toks[m].case == "nomn" and toks[m].norm not in first_person
                for m in range(cl.lo, i))
    cand.own_partner = own_partner
    cand.frame_ref = tx is None and not own_partner and frames_clause(ctx.lex, doc, sent, i, j, (cl.lo, cl.hi), type_)
    cand.gathering = lemma_of(trig_tok) in ctx.lex.word_list("gathering_nouns")
    cand.after_told = after
    # "Указ про введення санкцій": the act's noun under "про" after a paper's noun
    k = i - 1
    while k > sent.lo and lemma_of(toks[k]) in ctx.lex.word_list("decree_act_nouns"):
        k -= 1
    cand.decree_named = trig_tok.pos == "NOUN" and k - 1 >= sent.lo and toks[k].norm == "про" and \
        lemma_of(toks[k - 1]) in ctx.lex.word_list("decree_nouns")
    # "Там він проведе переговори з колегами з Франції": within the visit told, whoever the partner
    cand.place_anaphor = toks[sent.lo].norm in ctx.lex.word_list("place_anaphors")
    # "Наступного дня він взяв участь у засіданні": a happening a day after the one just told
    later = ctx.lex.word_list("later_day_phrases")
    norms = [toks[m].norm for m in range(cl.lo, min(cl.hi, sent.hi))]
    # ("Наступного дня переговори продовжилися": the same talks, going on)
    going_on = ctx.lex.word_list("going_on_again_verbs")
    cand.later_day = any(f"{a} {b}" in later for a, b in zip(norms, norms[1:])) and \
        not any(lemma_of(toks[m]) in going_on for m in range(cl.lo, min(cl.hi, sent.hi)))
    cand.within_visit = cand.frame_ref and lemma_of(trig_tok) in ctx.lex.word_list("visit_frame_nouns")
    own_place = j + 1 < sent.hi and toks[j].norm in ("в", "у", "на") and \
        any(a.start == toks[j + 1].start and a.entity == cand.place for a in args)
    if cand.frame_ref and after and not cand.within_visit and not own_place:
        # "Після переговорів міністри відвідали центр у Ряшеві": the town and the visit are the
        # clause's act that followed; the talks that came before were held where they were told
        # ("за результатами зустрічі в Києві" names the meeting's own town)
        cand.place = None
        if cand.mode == "visit":
            cand.mode = None
    if type_ == "CONSULT" and cand.place and not own_place:
        # "Говорив із Макроном – про підготовку до саміту в Гаазі": a town in the talk's topic
        # is where the topic is, not where the talk was
        at = next((m for m in range(j, sent.hi) for a in args
                   if a.entity == cand.place and a.start == toks[m].start), None)
        if at is not None and in_topic_phrase(toks, at, i, ctx.lex):
            cand.place = None
    gov = toks[cl.governor] if cl.governor is not None else None
    if trig_tok.pos == "NOUN" and gov is not None and tx is None and not own_place and \
            (lemma_of(gov) in ctx.lex.word_list("regard_verbs") or
             cand.demonstrative and lemma_of(gov) in ctx.lex.word_list("judging_verbs")) and not actors and \
            set(cand.recipients) <= {cand.place, place_country().get(cand.place)}:
        # "У Києві до візиту поставилися стримано", "У Варшаві на удар відреагували", "У
        # Брюсселі цей візит назвали провокацією": what a clause reacts to or judges was told
        # before; the town is where the reaction was, and the mention points back like "цей візит"
        cand.recipients = []
        cand.place = None
        cand.demonstrative = True
    if type_ == "CONSULT" and not cand.frame_ref and tx is None:
        cand.within_visit, cand.visit_place = visit_frame_before(ctx.lex, doc, sent, cl.lo, i)
    cand.performed = "speaker_now" in needs
    # "Корабель обстріляв Одесу. Ракети уразили корабель": who strikes and what is hit, by kind
    cand.strikers, cand.struck = strike_nouns(ctx.lex, doc, cl, i, j, type_)
    if type_ == "CONSULT" and not mode0 and \
            min(party_count(cand.participants(True), when, named_affiliations(doc, sent.args, sent.lo, sent.hi))
                for when in {doc.date, (rng[0] if rng and rng[0] else doc.date)}) >= 3:
        cand.mode = "multilateral"

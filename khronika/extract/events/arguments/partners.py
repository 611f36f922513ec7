"""Who else took part: participant cue words ("представники", "участь") that add people to
the meeting just told, audiences a speech is addressed to, party words ("Сторони підписали")
that point back to the parties of the happening before, and partners no entity names ("з
представниками бізнесу"), which make a talk a happening of its own.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..time_place.place_time import place_of
from .states import place_country
from .role_clause import SYMMETRIC
from ..triggers.finder import SentenceView, lemma_of


# how far after its trigger a partner cue word ("з представниками") may stand
PARTNER_CUE_WINDOW = 4
# how many sentences back in its paragraph "сторони" may point at the talks the report is about
PARTY_REACH = 4



def party_subject(lex: Lexicon, doc: Document, lo: int, hi: int) -> bool:
    """"Сторони підписали", "Учасники обговорили": a party word that can be a subject points
    back to the parties of the happening just told; "звернення до учасників форуму" (no
    nominative reading) names the audience of another happening."""
    words = lex.word_list("party_words")
    states = lex.word_list("several_states_nouns")
    toks = doc.tokens

    both = lex.word_list("both_words") | lex.word_list("pair_counts")

    def own_complement(m: int) -> bool:
        # "лідери 27 держав", "учасники з 40 країн": the word says whose they are, anew
        # ("Прем'єри двох країн", "міністри обох держав": the two just told)
        nxt = [t for t in toks[m + 1:min(hi, m + 4)] if t.is_word]
        if nxt and (nxt[0].norm in both or lemma_of(nxt[0]) in both):
            return False
        return bool(nxt) and (nxt[0].text[:1].isdigit() or nxt[0].pos == "NUMR" or
                              any(lemma_of(t) in states for t in nxt[:2]))

    def both_states(m: int) -> bool:
        # "Обидві країни підписали угоду": the two states just told, as "сторони" would be
        return lemma_of(toks[m]) in states and m > lo and \
            (toks[m - 1].norm in both or lemma_of(toks[m - 1]) in both)
    def one_side(m: int) -> bool:
        # ("Угорська сторона вручила ноту": a state's adjective before the word names that one
        # side, not the parties of the happening before; the refs read only for a party word)
        return m > lo and any(r.start == toks[m - 1].start and r.kind == "adjective" and r.entity
                              for r in doc.refs)
    return any(((lemma_of(t) in words or t.norm in words) or both_states(m)) and
               any(p.tag.case == "nomn" for p in parses(t.text)) and not own_complement(m) and
               not one_side(m)
               for m, t in enumerate(toks[lo:hi], lo))



def parties(lex: Lexicon, cand: Cand, sent: SentenceView, out: list[Cand]) -> None:
    """"Сторони підписали угоду": with no names of its own, the parties are those of the
    happening just before (within two sentences). "Зустріч із представниками США ... І ми
    домовились, що ...": an agreement of ours with no partner named is with the partner of
    the meeting just told in the paragraph."""
    if cand.type == "AGREE" and not cand.participants() and (set(cand.actors) & ({cand.home} | cand.soft)) \
            and not (lex.word_list("party_words") & sent.lemma_set):
        prev = next((e for e in reversed(out) if e.type == "CONSULT" and e.para == cand.para
                     and e.participants()), None)
        if prev is not None:
            for x in prev.recipients:
                if x in prev.participants() and x not in cand.actors + cand.recipients:
                    cand.recipients.append(x)
        return
    # (a noun the verb before it takes as its object, "Лідери G7 засудили напад Ірану на
    # Ізраїль", has its own sides, kept soft: `ref_only`; the subject's parties are not its)
    # ("На засіданні міністри ухвалили пакет санкцій проти Росії": the one it is aimed at is
    # named, who acts only by the party word)
    if not party_subject(lex, sent.doc, sent.lo, sent.hi) or cand.ref_only or \
            (cand.participants() and (set(cand.actors) - cand.soft - {cand.home} or cand.type in SYMMETRIC)):
        return
    near = [e for e in reversed(out) if 0 <= cand.sent - e.sent <= 2]
    # ("Зеленський провів переговори з ... Після цих переговорів сторони підписали": the parties
    # are those of the happening first told, not of the phrase that points back at it)
    # ("... зустріч Санду з Президентом України. Санду подякувала Україні за підтримку. Сторони
    # підписали угоду": the parties are those who met, not those of the help thanked for)
    # ("Свириденко провела переговори з Кос. Кос розповіла ... Свириденко наголосила ...
    # Сторони домовилися": the talks a report of a few sentences goes on about, in its paragraph)
    talk = next((e for e in reversed(out) if e.type == "CONSULT" and e.para == cand.para and
                 0 <= cand.sent - e.sent <= PARTY_REACH and not (e.anaphoric or e.demonstrative)), None)
    prev = next((e for e in near if e.type == "CONSULT" and not (e.anaphoric or e.demonstrative)), None) or \
        talk or next((e for e in near if not (e.anaphoric or e.demonstrative)), near[0] if near else None)
    if prev is None:
        return
    # (the home side is a party there too when it acts, named or not: "Делегації України та
    # Росії провели переговори ... За підсумками зустрічі сторони домовилися")
    parts = prev.participants() | ({prev.home} & set(prev.actors + prev.recipients) - prev.soft)
    for x in [*prev.actors, *prev.recipients]:      # list order: a set's would vary by run
        if x in parts and x not in cand.actors and x not in cand.recipients:
            cand.actors.append(x)
    if any(x in parts for x in cand.actors):
        # the states the parties act for come with them ("Зеленський зустрівся з Макроном.
        # Сторони підписали угоду": Ukraine and France sign too), inferred as they were there
        for x in [*prev.actors, *prev.recipients]:
            if x in prev.soft and x not in cand.actors and x not in cand.recipients:
                cand.actors.append(x)
                cand.soft.add(x)



def has_cue(lex: Lexicon, doc: Document, sent: SentenceView) -> bool:
    """A participant cue word ("представники", "участь") outside the names of the sentence
    ("спікерка Палати представників" names a body, it adds no one to a meeting) and not of
    another group its genitive names ("учасників акції")."""
    cues = lex.word_list("participant_cues")
    if not (cues & sent.lemma_set):
        return False
    return any(sent.lemmas[k - sent.lo] in cues and
               not any(a.start <= doc.tokens[k].start < a.end for a in sent.args) and
               not addressed(lex, doc, k, sent.lo) and not _of_other_group(lex, doc, sent, k) and
               not _confirmed_fact(doc, sent, k) and not _denied_cue(lex, doc, sent, k)
               for k in range(sent.lo, sent.hi))


def _denied_cue(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """"Угорщина не брала участі в голосуванні", "без участі України": a cue denied names one
    who did not take part."""
    toks = doc.tokens
    return any(toks[m].norm in lex.word_list("negators") or toks[m].norm == "без"
               for m in range(max(sent.lo, k - 3), k))


def _confirmed_fact(doc: Document, sent: SentenceView, k: int) -> bool:
    """"Зеленський згодом підтвердив, що українські військові діють ...": a cue verb followed
    by the clause or the colon of what it confirms tells a fact, not one more party of the
    meeting ("15 країн підтвердили участь" is)."""
    toks = doc.tokens
    if toks[k].pos != "VERB":
        return False
    after = [t.norm for t in toks[k + 1:min(sent.hi, k + 3)]]
    return bool(after) and (after[0] in ("що", ":") or after[:2] == [",", "що"])


def _of_other_group(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """"учасників акції", "представники бізнесу": the cue noun's own genitive says whose
    people they are, and a common noun there that is no meeting names another group."""
    toks = doc.tokens
    if toks[k].pos != "NOUN" or k + 1 >= sent.hi:
        return False
    nxt = toks[k + 1]
    return nxt.pos == "NOUN" and nxt.case == "gent" and nxt.text[:1].islower() and \
        lemma_of(nxt) not in lex.word_list("participant_of_meeting")



def cue_is_partner(lex: Lexicon, doc: Document, sent: SentenceView, j: int, hi: int) -> bool:
    """"Були хороші зустрічі з представниками Хорватії, Молдови" after a summit: the cue
    word is the trigger's own partner after "з" (or "засідання ... за участі Зеленського"), so
    the sentence tells meetings of its own, not more people at the meeting told before."""
    toks = doc.tokens
    cues = lex.word_list("participant_cues")
    preps = lex.word_list("partner_prepositions")
    for k in range(j, min(hi, sent.hi, j + PARTNER_CUE_WINDOW)):
        if lemma_of(toks[k]) in cues:
            m = k - 1
            while m >= j and toks[m].pos in ("ADJF", "PRTF", "NUMR"):
                m -= 1
            return m >= j and (toks[m].norm in preps or
                               toks[m].norm in lex.word_list("participation_prepositions"))
    return False



def audience(lex: Lexicon, doc: Document, i: int, lo: int) -> bool:
    """"до учасників форуму", "перед аудиторією саміту": the trigger noun names the
    gathering whose people a speech is addressed to."""
    m = i - 1
    while m >= lo and doc.tokens[m].pos in ("ADJF", "PRTF"):
        m -= 1
    return m >= lo and lemma_of(doc.tokens[m]) in lex.word_list("audience_nouns") and \
        addressed(lex, doc, m, lo)



def audience_sides(lex: Lexicon, doc: Document, args: list, i: int, lo: int, actors: list[str],
                   recipients: list[str]) -> tuple[list[str], list[str]]:
    """The sides of a gathering at i whose people are addressed (`audience`): the names from
    the preposition of address on hear the speech; one named before it gives it ("Президент
    звернувся до учасників саміту НАТО": the President speaks, NATO hears)."""
    toks = doc.tokens
    m = i - 1
    while m >= lo and lemma_of(toks[m]) not in lex.word_list("addressee_prepositions") and \
            toks[m].norm not in lex.word_list("addressee_prepositions"):
        m -= 1
    speakers = {a.entity for a in args if m >= lo and a.start < toks[m].start} - \
        {a.entity for a in args if m >= lo and a.start >= toks[m].start}
    heard = [x for x in actors if x not in speakers]
    return [x for x in actors if x in speakers], heard + [x for x in recipients if x not in heard]


def addressed(lex: Lexicon, doc: Document, k: int, lo: int) -> bool:
    """"звернувся до учасників форуму", "виступ перед представниками бізнесу": a cue word
    after a preposition of address names the audience of a speech of its own, not more
    people at the meeting told before."""
    m = k - 1
    while m >= lo and doc.tokens[m].pos in ("ADJF", "PRTF", "NUMR"):
        m -= 1
    return m >= lo and doc.tokens[m].norm in lex.word_list("addressee_prepositions")



def participant_cues(lex: Lexicon, doc: Document, sent: SentenceView, out: list[Cand], home: str | None) -> None:
    """"І 15 країн підтвердили, плюс представники ... НАТО": a sentence with no trigger of
    its own that names who takes part adds them to the meeting just before it."""
    if not out or out[-1].sent == sent.index:
        return
    last = out[-1]
    if last.type != "CONSULT" or last.para != sent.para or sent.index - last.sent > 3:
        return
    if not has_cue(lex, doc, sent):
        return
    # a town or region named there is where something happened ("сказано ... у Москві"),
    # not who took part
    where, _ = place_of(doc, sent.args, sent.lo, sent.hi, lex)
    towns = place_country()
    for a in sent.args:
        if a.entity in (where, last.place) or a.entity in towns:
            continue
        ent = doc.entities.get(a.entity)
        if ent is not None and ent.type == "MISC":
            continue        # "долучитися до Формули миру": a plan joined, no one taking part
        if a.entity not in last.actors and a.entity not in last.recipients:
            last.recipients.append(a.entity)
            last.home_only = False



def unnamed_partner(lex: Lexicon, doc: Document, sent: SentenceView, j: int, hi: int) -> bool:
    """"поспілкувався із представниками бізнесу", "звернення до учасників форуму", "нарада з
    командуванням": the talk's own clause names a partner, a living one or a body of people
    ("з" + instrumental, "до" + genitive),
    that no entity covers; such a mention is a happening of its own, not a repeat of a named one."""
    toks = doc.tokens
    preps = dict(x.split(":", 1) for x in lex.word_list("own_partner_cases"))
    for m in range(j, min(hi, j + 4)):
        case = preps.get(toks[m].norm)
        if not case:
            continue
        for k in range(m + 1, min(hi, m + 4)):
            t = toks[k]
            if t.pos == "NOUN" and t.case == case:
                if not any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses(t.text)) and \
                        lemma_of(t) not in lex.word_list("collective_partner_nouns"):
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

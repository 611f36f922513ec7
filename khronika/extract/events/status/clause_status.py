"""Event status from tense, aspect, mood, negation and the time of the event.

"відбудеться зустріч" is planned, "відбулася" occurred, "якщо ..., санкції" conditional,
"не відбулася" negated, "на зв'язку"/"триває" ongoing; a nominal sentence ("Третє січня –
зустріч ...") takes its status from its date compared with the publication date.

This module keeps the order of decisions (`status_of`); what a verb form says is in
verb_forms.py, the clause's frame in clause_shapes.py, the cues of governing words in
predicate_cues.py and the happening named as a time before or after in sequences.py.
"""
from __future__ import annotations

import datetime as dt

from ....document import Document, Token
from .announcements import announced_ahead
from .bills import bill_topic
from .clause_shapes import _relative_clause, _told_as_done, correlative
from .denials import denied
from .feared import feared_clause
from ..grammar.clauses import light_infinitive
from ..lexicon.compiled import Lexicon
from ..grammar.governing import past_modifiers
from .memories import remembered
from .moods import lasting, subjunctive
from .predicate_cues import (_adjunct_strike, _evaluative, _negation_goes_on, _outcome_denied,
                             _performative, _phase, _since_start, granted_request, intention_noun,
                             permission_sought)
from .relative_antecedents import relative_span
from .stances import stance_status
from .status_turns import attempt_types, attempted, constant_blow, denied_without
from .status_turns import negated as _negated
from .whether import whether_clause
from .verb_forms import _imperative, _impersonal_status, _is_verb, _tense_status, is_infinitive
from .without import counterfactual, without_phrase
from .wrecking_subjects import wrecking_subject

ONGOING_TYPES = {"CONSULT", "PROTEST", "MOBILIZE", "COOPERATE"}
SPEECH_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"}


def status_of(doc: Document, trig_i: int, trig_j: int, clause: tuple[int, int], sent: tuple[int, int],
              type_: str, lex: Lexicon, fixed: str | None,
              time_range: tuple[dt.date, dt.date] | None) -> tuple[str, bool | str]:
    """(status, explicit): True when a verb, negation or condition decided it, "time" when
    the event's date against the publication date did, False for a bare default; in-document
    merging lets a default status yield to a decided one."""
    toks = doc.tokens
    lo, hi = clause
    s_lo, _ = sent
    cond = lex.word_list("conditional_markers")
    before = " ".join(t.norm for t in toks[s_lo:trig_i])
    for frame in lex.word_list("framing_conditionals"):
        # "Якщо взяти тільки медичну інфраструктуру, то знищено ...": a way of counting, no condition
        before = f" {before} ".replace(f" {frame} ", " ").strip()
    words_before = set(before.split())
    # (a phrase matches whole words: "у будь-якому разі" ends in "...у разі" but says "anyway")
    if (any((m in words_before) if " " not in m else (f" {m} " in f" {before} ") for m in cond) or
            (correlative(lex, doc, s_lo, sent[1]) and not _told_as_done(lex, toks, s_lo, trig_i))) and \
            not _relative_clause(lex, toks, s_lo, trig_i):
        # ("Що швидше станеться так, як ми просимо, то ...": the asking, told by "як", is done)
        return "conditional", True
    if whether_clause(doc, lo, trig_i, s_lo, lex):
        return "conditional", True      # "не залежить від того, чи почнуться переговори"
    if fixed:
        return fixed, True
    if denied(doc, trig_i, s_lo, lex):
        return "negated", True          # "спростували, що зустріч відбулася"
    if (stance := stance_status(doc, trig_i, s_lo, lex)) is not None:
        return stance, True             # "Угорщина — проти нових санкцій": refused, not done
    trig = toks[trig_i]
    if subjunctive(doc, lo, hi, trig_i, lex) and not _relative_clause(lex, toks, s_lo, trig_i):
        return "conditional", True      # "мали б надати", "могли б провести зустріч"
    bez = without_phrase(doc, trig_i, s_lo, sent[1], lex)
    if bez and counterfactual(doc, bez, s_lo, sent[1], lex):
        return "conditional", True      # "Без санкцій агресор дійшов би до Дніпра"
    if trig.pos == "NOUN" and trig_i - 1 >= lo and \
            (toks[trig_i - 1].lemma or toks[trig_i - 1].norm) in lex.word_list("goal_nouns") and \
            (trig_i - 2 < lo or toks[trig_i - 2].norm in lex.word_list("goal_prepositions") or
             not any(_is_verb(t) and not is_infinitive(t) for t in toks[lo:hi])):
        # "працюємо для посилення санкцій", "А також і посилення санкцій": a change sought,
        # a goal or a topic, not a happening told as done
        return "planned", True
    if trig.pos == "NOUN" and _prepared_for(toks, trig_i, lo, lex):
        return "planned", True          # "підготовка до наступного обміну вже триває": to come
    if trig.pos == "NOUN" and bill_topic(lex, toks, lo, hi, trig_i):
        return "planned", True          # "Сенат схвалив законопроєкт про санкції": not law yet
    if type_ in ("ASSAULT", "COERCE") and remembered(doc, trig_i, lo, lex):
        return "occurred", True         # "не пробачимо обстрілів": the forgiving is denied
    planned = lex.word_list("planned_predicates")
    cancelled = lex.word_list("negating_predicates")
    ongoing = lex.word_list("ongoing_predicates")
    anchors = lex.word_list("anchors")
    light = lex.word_list("light_verbs")
    preps = lex.word_list("prepositions")
    agreeing = lex.word_list("agreement_predicates")
    # ("Там запланована зустріч": a participle of scheduling tells the plan when no verb does)
    scheduled = lex.word_list("planned_participles") if not any(
        _is_verb(t) and t.tense and not is_infinitive(t) for t in toks[lo:hi]) else frozenset()
    if trig.pos == "VERB" and not is_infinitive(trig):
        if _negated(doc, trig_i, lo, lex):
            return "negated", True
        if trig.tense == "pres" and lasting(doc, lo, hi, lex):
            return "ongoing", True       # "Протягом місяців ми домагаємося ...": it goes on
        # (a verb of seeking is the request itself, made as it is told: "Україна домагається
        # нових санкцій"; what is sought is to come)
        if trig.lemma in planned and type_ not in ("AGREE", "REQUEST"):
            return "planned", True
        if feared_clause(doc, trig_i, s_lo, lex):
            return "planned", True       # "Існує ризик, що Росія атакує Польщу": feared, to come
        st = _tense_status(trig) or _impersonal_status(doc, trig_i, lo, lex)
        if st == "ongoing" and type_ in SPEECH_TYPES:
            st = "occurred"
        return st or "occurred", True
    if trig.pos == "GRND":
        # "Виступаючи в польському парламенті, я приділив увагу ...": an adverbial participle
        # happens when its sentence's finite verb does
        _, s_hi = sent
        main = next((t for t in toks[trig_j:s_hi] if _is_verb(t) and t.tense and not is_infinitive(t)), None)
        if main is None:        # "Війська відступили, підірвавши міст": the verb it follows
            main = next((t for t in reversed(toks[sent[0]:trig_i])
                         if _is_verb(t) and t.tense and not is_infinitive(t)), None)
        st = _tense_status(main) if main is not None else None
        if st:
            return st, True
    if is_infinitive(trig) and _negated(doc, trig_i, lo, lex):
        return "negated", True           # "не надавати їй допомогу"
    if type_ == "AGREE" and trig.pos == "NOUN" and any(
            (t.lemma or t.norm) in lex.word_list("carried_out_predicates") for t in toks[trig_j:hi]):
        return "occurred", True          # "Ці домовленості так і не були виконані": reached
    if trig.pos == "NOUN" and _negated(doc, trig_i, lo, lex) and \
            not any(_is_verb(t) and not is_infinitive(t) for t in toks[lo:hi]):
        return "negated", True           # "І це в жодному разі не погроза": no verb, the noun denied
    if announced_ahead(doc, trig_i, s_lo, lex):
        return "planned", True           # "Попереду – звернення до парламенту"
    # (a speech act after such a noun is often made right there: "дає нам право вимагати: дійте!")
    owner = intention_noun(doc, trig_i, lo, lex) if is_infinitive(trig) else None
    if owner is None and trig.pos == "NOUN" and trig_i - 1 >= lo and \
            light_infinitive(toks[trig_i - 1].norm, lex.word_list("light_verbs")):
        # "небажанням Кремля вести переговори": the noun of a light infinitive hangs on that
        # infinitive's noun as the infinitive would (the tagger may read "вести" as a noun)
        owner = intention_noun(doc, trig_i - 1, lo, lex)
    noun = owner if type_ not in SPEECH_TYPES else None
    if noun in lex.word_list("refusal_nouns"):
        return "negated", True           # "відмова надати літаки"
    if (is_infinitive(trig) or trig.pos == "NOUN") and permission_sought(doc, trig_i, lo, lex):
        return "planned", True           # "звернулася по дозвіл передати літаки": asked, not done
    tried = attempted(doc, trig_i, lo, hi, owner, type_, lex, _tense_status)
    if tried:
        return tried, True               # "Намагання Росії шантажувати ... не спрацювало": made
    if noun and not (noun in lex.word_list("attempt_nouns") and type_ in attempt_types(lex)):
        return "planned", True           # "рішення Польщі передати літаки": decided, not done
    if is_infinitive(trig) and _evaluative(doc, trig_i, s_lo, lex):
        return "occurred", True          # "Радий вітати учасників": done as it is said
    if trig.pos in ("ADJF", "PRTF") and {"perf", "pssv"} <= set(trig.tags or ()):
        return "occurred", True          # "узгодженими пунктами": done
    if type_ == "REQUEST" and granted_request(doc, trig_i, lex):
        return "occurred", True          # "збереться на засідання на прохання України": asked before
    if trig.pos == "NOUN" and _since_start(toks, trig_i, lo, lex):
        return "occurred", True          # "не було дня від початку блокади": the blockade began
    # an infinitive or a noun: the governing predicate of the clause
    best: tuple[int, Token] | None = None
    rel = relative_span(doc, trig_i, s_lo, sent[1], lex)   # ("Зустріч, яка мала відбутися, скасовано")
    # ("звинуватила Україну в атаці і пообіцяла відповісти": a verb joined by "і" after the noun
    # opens a predicate of its own; the noun's is the finite verb before it)
    told_before = trig.pos == "NOUN" and any(_is_verb(x) and x.tense and not is_infinitive(x)
                                             for x in toks[lo:trig_i])
    for k in range(lo, max(hi, rel[2] + 1) if rel else hi):
        if trig_i <= k < trig_j or (rel and rel[0] <= k <= rel[1]):
            continue
        if told_before and k > trig_j and toks[k - 1].norm in ("і", "й", "та") and _is_verb(toks[k]) and \
                toks[k].tense:
            continue
        t = toks[k]
        lem = t.lemma or t.norm
        if trig.pos == "NOUN" and type_ in SPEECH_TYPES and k == trig_j and is_infinitive(t) and \
                any(x.pos == "VERB" and x.tense == "past" for x in toks[lo:trig_i]):
            continue        # "звернувся із закликом посилити санкції": what the call asks for, not its predicate
        if lem == "бути" and k + 1 < hi and toks[k + 1].pos == "VERB" and not toks[k + 1].tense and \
                toks[k + 1].norm.endswith(("но", "то")) and not is_infinitive(toks[k + 1]) and \
                (toks[k + 1].lemma or toks[k + 1].norm) in cancelled | planned | ongoing:
            continue        # "Зустріч було скасовано": the listed form in -но tells it, "було" its tense
        # a listed predicate, or any past/future verb ("засудило атаку"); an unlisted present
        # verb says nothing ("працює на відновлення після ударів")
        # a noun after an infinitive, an imperative or a need word is what is to be done
        # ("посилювати санкції", "Підтримайте санкції", "потрібні нові пакети санкцій")
        # (its object: only adjectives, numbers and nouns of the noun phrase stand between)
        # ("надано необхідну допомогу": a need word under another predicate only describes)
        wanted = trig.pos == "NOUN" and trig_i - 4 <= k < trig_i and \
            ((is_infinitive(t) and not _phase(doc, k, lo, lex)) or
             (_imperative(t) and lem not in lex.word_list("going_on_verbs")) or
             (lem in lex.need_words and not any(x.pos in ("VERB", "INFN", "PRTS", "ADJS") for x in toks[lo:trig_i]))) and \
            all(x.pos in ("ADJF", "PRTF", "NUMR", "NOUN") or x.norm in lex.contexts.get("more", ())
                for x in toks[k + 1:trig_i])           # ("Потрібні ще сильніші санкції")
        # "міста зазнають ударів", "ворог веде наступ": a light verb whose object is the
        # trigger noun carries its tense, present as well (no preposition between them)
        carrier = lem in light and _is_verb(t) and not is_infinitive(t) and trig.pos == "NOUN" and \
            k < trig_i and not any(x.norm in preps for x in toks[k + 1:trig_i])
        if lem in planned or lem in scheduled or lem in ongoing or lem in cancelled or (lem in anchors and _is_verb(t)) or carrier or \
                (lem in lex.word_list("ruling_out_verbs") and _is_verb(t) and k < trig_i) or \
                (lem in agreeing and _is_verb(t) and k < trig_i) or \
                (lem in lex.word_list("stance_verbs") and k < trig_i) or \
                (is_infinitive(trig) and _is_verb(t) and k < trig_i) or wanted or \
                (t.pos == "VERB" and t.tense in ("past", "futr")) or \
                (t.tense == "pres" and lem in lex.word_list("going_on_verbs") and
                 (k > trig_i or all(x.pos in ("ADJF", "PRTF", "NUMR") for x in toks[k + 1:trig_i])) and
                 _negated(doc, k, lo, lex)):    # "Обстріли не припиняються", "не припиняє обстрілів": they go on
            dist = abs(k - trig_i)
            if best is None or dist < best[0]:
                best = (dist, t)
                best_k = k
                best_wanted = wanted
    if best is not None and is_infinitive(best[1]) and not is_infinitive(trig):
        # "вдалося організувати коридор", "мали відкритися коридори": the infinitive's own
        # verb before it tells whether it was done, is to come or was not (a trigger that is
        # itself an infinitive keeps the nearest: "не має заважати домовитися" negates no deal)
        g = best_k - 1
        while g >= lo and toks[g].pos in ("ADVB", "PRCL") and toks[g].norm not in lex.word_list("negators"):
            g -= 1
        # (only a verb of managing or failing, or a listed predicate: "доручив надати допомогу"
        # orders what is still to come)
        glem = toks[g].lemma or toks[g].norm if g >= lo else ""
        if g >= lo and g != trig_i and toks[g].pos == "VERB" and not is_infinitive(toks[g]) and toks[g].tense \
                and (glem in lex.word_list("achieved_predicates") or glem in planned or glem in cancelled or
                     glem in lex.word_list("preventing_verbs") or
                     (glem in lex.word_list("permitting_verbs") and _negated(doc, g, lo, lex))):
            # ("завадили провести евакуацію", "не дали провести евакуацію": it did not take place)
            best, best_k = (best[0], toks[g]), g
        elif g >= lo and toks[g].pos == "NOUN" and glem in lex.word_list("intent_nouns") and \
                not _negated(doc, best_k, lo, lex):
            return "planned", True       # "ухвалили рішення розпочати переговори": decided, to come
    if best is not None and (best[1].lemma or best[1].norm) == "бути" and best[1].tense == "pres":
        nxt = toks[best_k + 1] if best_k + 1 < hi else None
        if best_k < trig_i and trig.pos == "NOUN" and type_.lower() in lex.word_list("existing_result_types"):
            return "occurred", True      # "є нові оборонні домовленості": reached, so it took place
        if best_k > trig_i and nxt is not None and nxt.pos in ("NOUN", "ADJF") and nxt.case == "ablt":
            best = None                  # "Цей удар є воєнним злочином": judged, not told again
    if best is not None:
        t = best[1]
        lem = t.lemma or t.norm
        if lem in lex.word_list("possessive_modals") and not any(
                is_infinitive(x) for x in toks[best_k + 1:min(hi, best_k + 3)]) and \
                not (is_infinitive(trig) and trig_i < best_k):
            # "мав розмову": to have, not "має відбутися"; its tense decides ("Отримати літаки
            # Україна має до осені": the infinitive put first is still the modal's, planned)
            lem = ""
        if lem in lex.word_list("ruling_out_verbs") and best_k < trig_i and not is_infinitive(t):
            return ("planned" if _negated(doc, best_k, lo, lex) else "negated"), True
        if (lem in lex.word_list("directive_verbs") or
                (lem in lex.word_list("deciding_verbs") and type_ not in SPEECH_TYPES)) and \
                is_infinitive(trig) and best_k < trig_i and not _negated(doc, best_k, lo, lex):
            # "наказав армії наступати", "вирішили передати": to come ("вирішив підтримати": a
            # stance decided on is taken from then on, as told)
            return "planned", True
        if lem in lex.word_list("preventing_verbs") and best_k < trig_i and not is_infinitive(t):
            if not _negated(doc, best_k, lo, lex):
                return "negated", True   # "обстріли завадили провести евакуацію"
            st = _tense_status(t)        # "не завадили провести евакуацію": it took place
            if st:
                return st, True
        if _negated(doc, best_k, lo, lex) and _outcome_denied(doc, trig_i, best_k, hi, lem, lex):
            st = _tense_status(t) or _impersonal_status(doc, best_k, lo, lex)
            if st:                       # "Переговори не дали результату": they were held
                return ("occurred" if st == "ongoing" and type_ in SPEECH_TYPES else st), True
        twice = denied_without(doc, trig_i, best_k, lo, hi, bez, lex, _tense_status)
        if twice:
            return twice, True           # "Не минуло жодної ночі без атак": they came
        if lem in cancelled and not _negated(doc, best_k, lo, lex) and \
                wrecking_subject(doc, trig_i, best_k, lo, hi):
            st = _tense_status(t)        # "евакуацію зірвали обстріли": the shelling took place
            if st:
                return st, True
        if (_negated(doc, best_k, lo, lex) and not _negation_goes_on(doc, trig_i, lem, type_, lex)) or lem in cancelled:
            return "negated", True
        if _performative(doc, best_k, trig_i, hi, lex):
            return "occurred", True
        if lem in lex.word_list("attempt_predicates") and type_ in attempt_types(lex) and t.tense:
            # "Ворог намагався просунутися", "окупанти намагаються штурмувати": an attempted
            # attack is an attack, made when the attempt was, whether or not it got anywhere
            st = _tense_status(t)
            if st:
                return st, True
        if lem in agreeing and best_k < trig_i and type_ != "AGREE" and not is_infinitive(t) and \
                all(x.pos in ("ADJF", "PRTF", "NUMR", "NOUN") or x.norm in lex.word_list("about_prepositions")
                    for x in toks[best_k + 1:trig_i]):
            if type_.lower() not in lex.word_list("decision_types"):
                return "planned", True   # "погодили обмін полоненими": agreed, so still to come
            st = _tense_status(t)        # "погоджує пакет санкцій": the decision being made
            if st:
                return st, True
        if lem in planned or lem in scheduled or best_wanted or (lem in lex.word_list("stance_verbs") and best_k < trig_i and
                                              any(x.norm == "за" for x in toks[best_k + 1:trig_i])):
            return "planned", True       # ("Польща виступає за ембарго": the act is advocated)
        # ("Обстріл тривав понад годину": what lasted and ended is told as done; "продовжували
        # бомбардування" keeps going on)
        lasted = lem == "тривати" and t.tense == "past"
        if lem in ongoing and t.tense == "futr" and time_range and doc.date and time_range[1] >= doc.date:
            # "У понеділок триватимуть консультації": still to come ("Візит триватиме два
            # дні" after "прибув" goes on)
            return "planned", True
        st = "occurred" if lasted else "ongoing" if lem in ongoing else \
            (_tense_status(t) or _impersonal_status(doc, best_k, lo, lex))
        if st == "ongoing" and type_ in ("ASSAULT", "COERCE") and trig.pos == "NOUN" and \
                _adjunct_strike(doc, trig_i, lex, "presupposing_prepositions"):
            return "occurred", True      # "Тривають рятувальні роботи на місці удару": the work goes on
        if lem in ongoing and not lasted:
            return "ongoing", True
        if st == "ongoing" and type_ in SPEECH_TYPES:
            st = "occurred"
        if st == "ongoing" and type_ == "AGREE" and (t.lemma or t.norm) in ("бути", "мати"):
            st = "occurred"       # "Є домовленості з Польщею", "маємо домовленості": reached
        if st:
            return st, True
        if is_infinitive(t) or is_infinitive(trig):
            return "planned", True
    if is_infinitive(trig):
        return "planned", True
    if constant_blow(doc, trig_i, lo, hi, lex):
        return "ongoing", True           # "стримують постійні атаки ворога": they go on
    verb = next((k for k in range(lo, trig_i) if _is_verb(toks[k]) and toks[k].tense), None)
    twice = denied_without(doc, trig_i, verb, lo, hi, bez, lex, _tense_status) if verb is not None else None
    if twice:
        return twice, True               # "Не минає жодного дня без обстрілів": they go on
    if type_ in SPEECH_TYPES:
        return "occurred", False
    if time_range and doc.date:
        # judged from the date: surer than nothing, weaker than a verb
        if time_range[0] > doc.date:
            return "planned", "time"
        if time_range[1] < doc.date:
            return "occurred", "time"
        return ("ongoing" if type_ in ONGOING_TYPES else "occurred"), "time"
    return "occurred", False



def _prepared_for(toks, trig_i: int, lo: int, lex: Lexicon) -> bool:
    """The trigger noun is what a noun of preparing is for ("підготовка до наступного обміну",
    "готовність до переговорів"): what is being prepared has not happened, whatever verb (a
    present "триває") tells the preparing."""
    m = past_modifiers(toks, trig_i, lo + 1, ("ADJF", "PRTF", "NUMR"))
    return m > lo and toks[m].norm == "до" and \
        (toks[m - 1].lemma or toks[m - 1].norm) in lex.word_list("preparation_nouns")

"""Cues from the words that govern a trigger: an evaluative word before an infinitive, a verb of
beginning, a first-person performative, a negated verb of stopping or of bringing a result, a
strike noun under an adjunct preposition, the noun an infinitive hangs on, a request granted.

Each answers one yes/no question that status/clause_status.py `status_of` asks in turn; kept
apart so that function reads as the order of its decisions.
"""
from __future__ import annotations

from ....document import Document, Token
from ..lexicon.compiled import Lexicon
from .verb_forms import is_infinitive


def _evaluative(doc: Document, trig_i: int, s_lo: int, lex: Lexicon) -> bool:
    """"Це велика честь для мене – виступати", "Радий вітати": an evaluative word before the
    infinitive in a sentence with no finite verb before it (no "Буду радий", "Був радий")."""
    ev = lex.word_list("evaluative_predicates")
    toks = doc.tokens
    found = False
    for t in toks[s_lo:trig_i]:
        if t.pos == "VERB" and not is_infinitive(t):
            return False
        if (t.lemma or t.norm) in ev or t.norm in ev:
            found = True
    return found


def _since_start(toks: list[Token], i: int, lo: int, lex: Lexicon) -> bool:
    """The noun at i is counted from ("від початку блокади", "з початку вторгнення", "після
    початку наступу"): it began, whatever the clause denies ("Не було дня від початку ...")."""
    m = i - 1
    while m > lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    return m > lo and (toks[m].lemma or toks[m].norm) in lex.word_list("start_nouns") and \
        toks[m - 1].norm in lex.word_list("since_prepositions")


def _performative(doc: Document, k: int, trig_i: int, hi: int, lex: Lexicon) -> bool:
    """"Хочу закликати партнерів", "маю наголосити", "хочу висловити заклик": a first-person
    present modal right before a speech-act infinitive does the act as the text says it, so the
    act and what it carries took place; "хочу зустрітися" stays a wish."""
    t = doc.tokens[k]
    if t.person != "1per" or t.tense != "pres" or (t.lemma or t.norm) not in lex.word_list("performative_modals"):
        return False
    if k > trig_i:
        return False
    speech = lex.word_list("performative_verbs")
    for m in range(k + 1, min(hi, trig_i + 1, k + 4)):
        x = doc.tokens[m]
        if is_infinitive(x):
            return (x.lemma or x.norm) in speech
    return False


def _phase(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """"почала отримувати санкції", "продовжили завдавати ударів", "вдалося розпочати
    евакуацію": an infinitive of beginning or going on, or one under such a verb, tells what
    takes place, not what is wanted."""
    phase = lex.word_list("phase_verbs")
    toks = doc.tokens
    if (toks[k].lemma or toks[k].norm) in phase:
        return True
    m = k - 1
    while m >= lo and toks[m].pos in ("ADVB", "PRCL"):
        m -= 1
    return m >= lo and (toks[m].lemma or toks[m].norm) in phase


def _negation_goes_on(doc: Document, trig_i: int, lem: str, type_: str, lex: Lexicon) -> bool:
    """"Обстріли не припинялися", "острів не витримає ударів", "не зупинили їх від авіаудару":
    a negated verb of stopping or enduring says the happening went on; "Через обстріли нам не
    вдалося забрати людей": a strike noun that gives the cause of another verb is not negated
    with it."""
    if lem in lex.word_list("going_on_verbs"):
        return True
    if type_ not in ("ASSAULT", "COERCE") or doc.tokens[trig_i].pos != "NOUN":
        return False
    m = trig_i - 1
    while m > 0 and doc.tokens[m].pos in ("ADJF", "PRTF"):
        m -= 1
    return _adjunct_strike(doc, trig_i, lex, "adjunct_prepositions")


def _outcome_denied(doc: Document, trig_i: int, k: int, hi: int, lem: str, lex: Lexicon) -> bool:
    """"Переговори не дали результату", "зустріч не принесла прориву": a negated verb of
    bringing with the trigger noun as its subject denies the result, not the happening; "не
    дали провести переговори" (an infinitive after it) still denies it."""
    toks = doc.tokens
    if lem not in lex.word_list("outcome_verbs") or toks[trig_i].pos != "NOUN" or trig_i > k:
        return False
    return not any(is_infinitive(x) for x in toks[k + 1:min(hi, k + 4)])


def _adjunct_strike(doc: Document, trig_i: int, lex: Lexicon, words: str) -> bool:
    """A trigger noun right under a preposition of the list `words` ("унаслідок удару", "на
    місці удару", "звинуватила Україну в атаці")."""
    m = trig_i - 1
    while m > 0 and doc.tokens[m].pos in ("ADJF", "PRTF"):
        m -= 1
    adj = lex.word_list(words)
    return m >= 0 and (doc.tokens[m].norm in adj or (m > 0 and f"{doc.tokens[m - 1].norm} {doc.tokens[m].norm}" in adj))


def intention_noun(doc: Document, trig_i: int, lo: int, lex: Lexicon) -> str | None:
    """The lemma of the noun an infinitive trigger hangs on ("рішення Польщі передати літаки",
    "готовність надати Україні літаки"): only its genitive owner stands between."""
    toks = doc.tokens
    m = trig_i - 1
    while m >= lo and m >= trig_i - 4 and toks[m].pos in ("NOUN", "ADJF") and toks[m].case == "gent":
        m -= 1
    if m >= lo and toks[m].pos == "NOUN" and (toks[m].lemma or toks[m].norm) in lex.word_list("infinitive_nouns"):
        return toks[m].lemma or toks[m].norm
    return None


def permission_sought(doc: Document, trig_i: int, lo: int, lex: Lexicon) -> bool:
    """An infinitive trigger hangs on a noun of leave, or a trigger noun on its "на" ("звернулася
    по дозвіл передати літаки", "дозвіл на передачу танків",
    "отримала згоду передати гаубиці", `permission_nouns`): the act is what leave is asked or
    given for, still to come, whatever the tense of the asking; the asker is not the one who
    decides it. So is an infinitive act under a noun of asking ("з вимогою ветувати закон",
    `demand_nouns`). Kept apart from `intention_noun`, whose owner also acts (the permission's owner
    does not)."""
    toks = doc.tokens
    leave = lex.word_list("permission_nouns")
    if toks[trig_i].pos != "NOUN":      # (an act asked for is no nearer: "з вимогою ветувати")
        leave = leave | lex.word_list("demand_nouns")
    if toks[trig_i].pos == "NOUN":      # "по дозвіл на передачу танків": the act under "на"
        m = trig_i - 1
        while m > lo and toks[m].pos in ("ADJF", "PRTF"):
            m -= 1
        if m > lo and (toks[m].lemma or toks[m].norm) in lex.word_list("leave_act_nouns"):
            m -= 1      # ("дозвіл на проведення консультацій": the act under its verbal noun)
            while m > lo and toks[m].pos in ("ADJF", "PRTF"):
                m -= 1
        if m - 1 < lo or toks[m].norm not in lex.word_list("permission_prepositions"):
            return False
        g = m - 1       # ("згоду Німеччини на передачу": the one who gives leave between)
        while g > lo and g >= m - 4 and toks[g].case == "gent" and toks[g].pos in ("NOUN", "ADJF") and \
                (toks[g].lemma or toks[g].norm) not in leave:
            g -= 1
        return (toks[g].lemma or toks[g].norm) in leave
    m = trig_i - 1
    while m >= lo and m >= trig_i - 4 and toks[m].pos in ("NOUN", "ADJF") and toks[m].case == "gent" and \
            (toks[m].lemma or toks[m].norm) not in leave:
        m -= 1
    return m >= lo and toks[m].pos == "NOUN" and (toks[m].lemma or toks[m].norm) in leave


def granted_request(doc: Document, trig_i: int, lex: Lexicon) -> bool:
    """"Радбез збереться на прохання України": the request noun is an adjunct of another act,
    made before it, and that act's subject is the one asked."""
    trig = doc.tokens[trig_i]
    return trig.pos == "NOUN" and trig_i > 0 and \
        f"{doc.tokens[trig_i - 1].norm}:{trig.lemma or trig.norm}" in lex.word_list("granted_requests")


def answered_act(doc: Document, trig_i: int, lo: int, lex: Lexicon) -> bool:
    """A strike noun answered by an infinitive of answering ("пообіцяв відповісти на удари",
    "погрожує відповісти на атаки дронів"): what one promises to answer has taken place, whatever
    the promise's own status (the answer itself is the threat)."""
    toks = doc.tokens
    if toks[trig_i].pos != "NOUN":
        return False
    m = trig_i - 1
    while m > lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    if m - 1 < lo or toks[m].norm != "на":
        return False
    verb = toks[m - 1]
    return (verb.pos == "INFN" or "infn" in (verb.tags or ())) and \
        (verb.lemma or verb.norm) in lex.word_list("answer_with_verbs")


def left_unanswered(doc: Document, trig_i: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """A strike noun that a verb of leaving leaves "без відповіді" or "безкарним" ("Ми не
    залишимо цей удар без відповіді", "Атака не залишиться безкарною"): a reprisal promised by
    litotes, whose act took place (the negation is the promise's) and is another's than the
    one who promises (role_clause keeps the verb's subject off its sides)."""
    toks = doc.tokens
    if toks[trig_i].pos != "NOUN":
        return False
    leaving = lex.word_list("unanswered_verbs")
    if not any((toks[m].lemma or toks[m].norm) in leaving for m in range(lo, hi) if m != trig_i):
        return False
    answered = lex.contexts.get("answer", frozenset())
    answer = answered | lex.contexts.get("unpunished", frozenset())
    without = lex.contexts.get("without", frozenset())
    for m in range(lo, hi):
        if m == trig_i:
            continue
        w = toks[m].lemma or toks[m].norm
        # ("без відповіді": an answer counts only after "без"; "безкарним" on its own)
        if w in answer and (w not in answered or (m - 1 >= lo and toks[m - 1].norm in without)):
            return True
    return False

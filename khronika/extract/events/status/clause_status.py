"""Event status from tense, aspect, mood, negation and the time of the event.

"відбудеться зустріч" is planned, "відбулася" occurred, "якщо ..., санкції" conditional,
"не відбулася" negated, "на зв'язку"/"триває" ongoing; a nominal sentence ("Третє січня –
зустріч ...") takes its status from its date compared with the publication date.
"""
from __future__ import annotations

import datetime as dt

from ....document import Document, Token
from ...morph import parses
from .bills import bill_topic
from ..grammar.clauses import _cases
from .denials import denied
from ..lexicon.compiled import Lexicon
from .memories import remembered
from .moods import lasting, subjunctive
from .relative_antecedents import relative_span
from .stances import stance_status
from .status_turns import attempt_types, attempted, constant_blow, denied_without
from .status_turns import negated as _negated
from .without import counterfactual, without_phrase

ONGOING_TYPES = {"CONSULT", "PROTEST", "MOBILIZE", "COOPERATE"}
SPEECH_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"}


def _is_verb(t: Token) -> bool:
    return t.pos in ("VERB", "INFN")


def is_infinitive(t: Token) -> bool:
    """The dictionary leaves the infinitive mark off some verbs ("звільнити" is `VERB,perf`
    only): a verb form in -ти/-тися with no tense, person or mood is one too."""
    if t.pos == "INFN" or (t.pos == "VERB" and "infn" in (t.tags or ())):
        return True
    return t.pos == "VERB" and not t.tense and not t.person and "impr" not in (t.tags or ()) \
        and t.norm.endswith(("ти", "тися", "тись"))


def across_parentheticals(toks: list[Token], clause: tuple[int, int], sent: tuple[int, int],
                          lex: Lexicon) -> tuple[int, int]:
    """"Коридори, на жаль, не працювали": a listed parenthetical between commas does not end
    the clause; the clause goes on past it on either side."""
    par = lex.word_list("parentheticals")

    def paren(a: int, b: int) -> bool:     # toks[a:b] is a parenthetical phrase
        return b > a and " ".join(t.norm for t in toks[a:b]) in par

    def comma(k: int) -> bool:
        return not toks[k].is_word and toks[k].norm == ","

    lo, hi = clause
    s_lo, s_hi = sent
    k = lo
    while k <= hi and k < s_hi:        # a parenthetical inside the clause or right after it
        nxt = next((m for m in range(k + 1, min(s_hi, k + 6)) if comma(m)), None) if comma(k) else None
        if nxt is not None and paren(k + 1, nxt):
            hi = max(hi, next((m for m in range(nxt + 1, s_hi)
                               if not toks[m].is_word and toks[m].norm in ",;:–—-"), s_hi))
            k = nxt
        k += 1
    while lo - 1 > s_lo and comma(lo - 1):
        prv = next((m for m in range(lo - 2, max(s_lo, lo - 7) - 1, -1) if comma(m)), None)
        if prv is None or not paren(prv + 1, lo - 1):
            break
        start = next((m + 1 for m in range(prv - 1, s_lo - 1, -1)
                      if not toks[m].is_word and toks[m].norm in ",;:–—-"), s_lo)
        lo = start
    return lo, hi


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


def _present_too(t: Token) -> bool:
    """"міста зазнають ударів", "Київ зазнає ракетних ударів": a form that is both the future of
    a perfective verb and the present of its imperfective pair (зазнати / зазнавати) reads as
    the present; the dictionary puts the future first."""
    return any(p.tag.POS == "VERB" and "pres" in p.tag and "impf" in p.tag for p in parses(t.text))


def _since_start(toks: list[Token], i: int, lo: int, lex: Lexicon) -> bool:
    """The noun at i is counted from ("від початку блокади", "з початку вторгнення", "після
    початку наступу"): it began, whatever the clause denies ("Не було дня від початку ...")."""
    m = i - 1
    while m > lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    return m > lo and (toks[m].lemma or toks[m].norm) in lex.word_list("start_nouns") and \
        toks[m - 1].norm in lex.word_list("since_prepositions")


def _tense_status(t: Token) -> str | None:
    if t.tense == "futr":
        return "ongoing" if _present_too(t) else "planned"
    if t.tense == "past":
        return "occurred"
    if t.tense == "pres":
        return "ongoing"
    return None


def _impersonal_status(doc: Document, k: int, lo: int) -> str | None:
    """"Україні буде передано гаубиці", "було запроваджено санкції": an impersonal form in
    -но/-то has no tense of its own; a "бути" right before it gives one (future: planned), and
    alone it tells a done act."""
    toks = doc.tokens
    if "Impe" not in (toks[k].tags or ()):
        return None
    # ("буде найближчим часом передано", "буде Україні передано": a few words may stand between)
    for m in range(k - 1, max(lo, k - 5) - 1, -1):
        if not toks[m].is_word:
            break
        if (toks[m].lemma or toks[m].norm) == "бути":
            return "planned" if toks[m].tense == "futr" else "occurred"
        if _is_verb(toks[m]):
            break
    return "occurred"


def _relative_clause(lex: Lexicon, toks: list[Token], lo: int, i: int) -> bool:
    """The trigger's own stretch after the last comma opens with a relative word ("те, чого
    потребуємо", "зброю, яку ми просимо"): it tells a fact about its antecedent, not a
    condition over the sentence."""
    m = i - 1
    while m >= lo and toks[m].is_word:
        m -= 1
    if m < lo or toks[m].norm != "," or m + 1 >= i + 1:
        return False
    first = toks[m + 1]
    if (first.lemma or first.norm) in lex.word_list("relative_pronouns") or \
            first.norm in lex.word_list("relative_pronouns"):
        return True
    return first.norm in lex.word_list("relative_after_antecedent") and m - 1 >= lo and \
        toks[m - 1].norm in lex.word_list("demonstrative_antecedents")


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


def _imperative(t: Token) -> bool:
    """An imperative with no other reading ("Підтримайте", not "три" or "повній", which the
    dictionary also reads as imperatives of "терти", "повніти")."""
    if "impr" not in (t.tags or ()):
        return False
    return all(p.tag.POS == "VERB" for p in parses(t.text))


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


def _anticipating_at(doc: Document, m: int, lo: int, lex: Lexicon, words: str = "anticipating_prepositions") -> bool:
    """Token m is a preposition of time before (or, with `sequence_prepositions`, before or
    after): "напередодні" always, "перед" unless a verb or a particle governs it ("не
    зупиняються навіть перед ударами", "звітувати перед Радою")."""
    toks = doc.tokens
    if toks[m].norm not in lex.word_list(words):
        return False
    if toks[m].norm in lex.word_list("spatial_anticipating_prepositions") and m > lo and \
            (_is_verb(toks[m - 1]) or toks[m - 1].pos in ("PRCL", "ADVB", "INFN")):
        return False
    return True


def anticipated(doc: Document, trig_i: int, lo: int, lex: Lexicon) -> bool:
    """"Напередодні зустрічі міністри ...", "перед переговорами з Туреччиною": a happening
    named as the time before which something else is done is still to come when the sentence
    speaks (the preposition governs the trigger noun itself, past its adjectives only)."""
    toks = doc.tokens
    t = toks[trig_i]
    if t.pos != "NOUN" or t.text[:1].isupper() or (t.lemma or t.norm) in lex.contexts.get("assembly", ()):
        return False              # ("перед Конгресом", "перед парламентом": a body spoken before)
    m = trig_i - 1
    while m >= lo and toks[m].pos in ("ADJF", "PRTF", "NUMR", "NPRO"):
        m -= 1
    return m >= lo and _anticipating_at(doc, m, lo, lex)


def sequence_phrases(doc: Document, lo: int, hi: int, lex: Lexicon) -> list[tuple[int, int, int]]:
    """(first token, end token, head noun) of each happening noun under a preposition of
    sequence in tokens lo..hi ("перед зустріччю з Трампом", "після цієї розмови"): the time
    before or after which the clause's verb is done, another happening; its own partners take
    no part in the verb's."""
    toks = doc.tokens
    out = []
    starts = {x.start for x in doc.mentions}
    ends = {x.end for x in doc.mentions}
    for m in range(lo, hi - 1):
        if not (_anticipating_at(doc, m, lo, lex, "sequence_prepositions") or
                (m > lo and f"{toks[m - 1].norm} {toks[m].norm}" in lex.word_list("response_prepositions"))):
            continue
        k = m + 1
        while k < hi and toks[k].pos in ("ADJF", "PRTF", "NUMR", "NPRO"):
            k += 1
        # (a happening, not a body one speaks before: "у виступі перед Конгресом", "перед
        # парламентом")
        if k >= hi or toks[k].pos != "NOUN" or (toks[k].lemma or toks[k].norm) not in lex.by_lemma or \
                toks[k].text[:1].isupper() or (toks[k].lemma or toks[k].norm) in lex.contexts.get("assembly", ()):
            continue
        end = k + 1
        # (up to the verb, a conjunction, or a subject that can only be a nominative:
        # "перед зустріччю з Трампом Зеленський поговорив")
        while end < hi and toks[end].is_word and not (_is_verb(toks[end]) and toks[end].tense) and \
                (toks[end].pos not in ("CONJ", "GRND") or _joins_like(toks, end, hi, lex)) and \
                not (toks[end].case == "nomn" and toks[end - 1].case != "nomn" and not _owner_after(toks, end, k)) and \
                not (toks[end].text[:1].isupper() and toks[end].pos == "NOUN" and
                     not _cases(toks[end].text) - {"nomn", "accs", "voct"}) and \
                not (toks[end].text[:1].isupper() and toks[end - 1].text[:1].isupper() and
                     toks[end].start in starts and toks[end - 1].end in ends and
                     "nomn" in _cases(toks[end].text)):
            # ("на удари Україна атакувала": a name only nominative is the verb's subject;
            # "на обстріли Харкова Сили оборони": so is a name after a genitive one, in another case)
            end += 1
        out.append((m + 1, end, k))
    return out


def _owner_after(toks, m: int, k: int) -> bool:
    """A declinable name right after the phrase's noun that can be its genitive ("після
    зустрічі Кулеби та Блінкена": the dictionary reads "Кулеби" first as a plural nominative)
    is the noun's own party, not the verb's subject."""
    t = toks[m]
    return m == k + 1 and t.text[:1].isupper() and "Fixd" not in (t.tags or ()) and "gent" in _cases(t.text)


def _joins_like(toks, m: int, hi: int, lex: Lexicon) -> bool:
    """A conjunction at m between two words that share a case other than the nominative
    ("після розмови Зеленського та Макрона"): it joins the phrase's own parties, it does not
    end the phrase ("після зустрічі з Макроном і Зеленський заявив" ends it)."""
    if toks[m].norm not in lex.word_list("list_joiners") or m + 1 >= hi or m - 1 < 0:
        return False
    return bool((_cases(toks[m - 1].text) & _cases(toks[m + 1].text)) - {"nomn", "accs", "voct"})


def granted_request(doc: Document, trig_i: int, lex: Lexicon) -> bool:
    """"Радбез збереться на прохання України": the request noun is an adjunct of another act,
    made before it, and that act's subject is the one asked."""
    trig = doc.tokens[trig_i]
    return trig.pos == "NOUN" and trig_i > 0 and \
        f"{doc.tokens[trig_i - 1].norm}:{trig.lemma or trig.norm}" in lex.word_list("granted_requests")


def correlative(lex: Lexicon, doc: Document, lo: int, hi: int) -> bool:
    """"Чим важча сокира, тим точніший удар", "Що швидше Україна отримає допомогу, то більше
    життів ...": a correlative comparison ties one happening to another as a condition does;
    `status_of` marks what it tells conditional, as it does after "якщо"."""
    toks = doc.tokens
    while lo < hi and not toks[lo].is_word:
        lo += 1
    if lo + 1 >= hi or toks[lo].norm not in lex.word_list("correlative_openers") or \
            toks[lo + 1].pos not in ("ADJF", "ADVB"):
        return False
    answers = lex.word_list("correlative_answers")
    return any(toks[x].norm in answers and not toks[x - 1].is_word for x in range(lo + 2, hi))


def _told_as_done(lex: Lexicon, toks: list[Token], lo: int, i: int) -> bool:
    """The trigger's own stretch after the last comma opens with a word of likeness ("як ми
    просимо"): what it tells is done, whatever it is compared with."""
    m = i - 1
    while m >= lo and toks[m].is_word:
        m -= 1
    return m + 1 < i and toks[m + 1].norm in lex.word_list("likeness_words")


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
    if trig.pos == "VERB" and not is_infinitive(trig):
        if _negated(doc, trig_i, lo, lex):
            return "negated", True
        if trig.tense == "pres" and lasting(doc, lo, hi, lex):
            return "ongoing", True       # "Протягом місяців ми домагаємося ...": it goes on
        if trig.lemma in planned and type_ != "AGREE":
            return "planned", True
        st = _tense_status(trig) or _impersonal_status(doc, trig_i, lo)
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
    if trig.pos == "NOUN" and _negated(doc, trig_i, lo, lex) and \
            not any(_is_verb(t) and not is_infinitive(t) for t in toks[lo:hi]):
        return "negated", True           # "І це в жодному разі не погроза": no verb, the noun denied
    # (a speech act after such a noun is often made right there: "дає нам право вимагати: дійте!")
    owner = intention_noun(doc, trig_i, lo, lex) if is_infinitive(trig) else None
    noun = owner if type_ not in SPEECH_TYPES else None
    if noun in lex.word_list("refusal_nouns"):
        return "negated", True           # "відмова надати літаки"
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
    for k in range(lo, max(hi, rel[2] + 1) if rel else hi):
        if trig_i <= k < trig_j or (rel and rel[0] <= k <= rel[1]):
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
        if lem in planned or lem in ongoing or lem in cancelled or (lem in anchors and _is_verb(t)) or carrier or \
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
                is_infinitive(x) for x in toks[best_k + 1:min(hi, best_k + 3)]):
            lem = ""              # "мав розмову": to have, not "має відбутися"; its tense decides
        if lem in lex.word_list("ruling_out_verbs") and best_k < trig_i and not is_infinitive(t):
            return ("planned" if _negated(doc, best_k, lo, lex) else "negated"), True
        if lem in lex.word_list("directive_verbs") and is_infinitive(trig) and best_k < trig_i and \
                not _negated(doc, best_k, lo, lex):
            return "planned", True       # "наказав армії наступати": ordered, still to come
        if lem in lex.word_list("preventing_verbs") and best_k < trig_i and not is_infinitive(t):
            if not _negated(doc, best_k, lo, lex):
                return "negated", True   # "обстріли завадили провести евакуацію"
            st = _tense_status(t)        # "не завадили провести евакуацію": it took place
            if st:
                return st, True
        if _negated(doc, best_k, lo, lex) and _outcome_denied(doc, trig_i, best_k, hi, lem, lex):
            st = _tense_status(t) or _impersonal_status(doc, best_k, lo)
            if st:                       # "Переговори не дали результату": they were held
                return ("occurred" if st == "ongoing" and type_ in SPEECH_TYPES else st), True
        twice = denied_without(doc, trig_i, best_k, lo, hi, bez, lex, _tense_status)
        if twice:
            return twice, True           # "Не минуло жодної ночі без атак": they came
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
        if lem in planned or best_wanted or (lem in lex.word_list("stance_verbs") and best_k < trig_i and
                                              any(x.norm == "за" for x in toks[best_k + 1:trig_i])):
            return "planned", True       # ("Польща виступає за ембарго": the act is advocated)
        # ("Обстріл тривав понад годину": what lasted and ended is told as done; "продовжували
        # бомбардування" keeps going on)
        lasted = lem == "тривати" and t.tense == "past"
        st = "occurred" if lasted else "ongoing" if lem in ongoing else \
            (_tense_status(t) or _impersonal_status(doc, best_k, lo))
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

"""A happening told as a habit in the present ("Росія щодня б'є по нашій енергетиці",
"Окупанти постійно обстрілюють села", "Ворог регулярно завдає ударів по логістиці"): a speaker
who says what the adversary does every day describes a pattern, and a reader of the chronicle
finds no one strike in it. A told instance has its own day ("Сьогодні знову б'ють по Харкову",
"Починаючи з минулого тижня, щоночі атакує Одесу")
or is told in the past ("щодня обстрілювали" recounts the days of a siege), or follows a
heading that dates its paragraph ("Сьогодні – важкий день. Ворог постійно атакує Харків": the
scan does not call this then); these stay.

Only a verb trigger or a noun that is the object of the present verb counts ("живе під
обстрілами"): a frame ("працюють на переговорах щодня") names one happening that goes on. The words of habit are
data (`habit_adverbs`, `habit_units` in lang/uk/events.yaml); the words of a rule
(`rule_adverbs`: "часто", "зазвичай") tell a habit in the past too ("Козаки часто нападали").
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of
from ..status.verb_forms import is_infinitive

# how many words the noun may stand after its present verb ("завдає масованих ударів")
OBJECT_REACH = 3


def habitual_present(lex: Lexicon, doc: Document, sent: SentenceView, k: int, j: int, type_: str) -> bool:
    """The trigger at k..j is a present-tense verb, or the bare object of one, in a clause
    with a word of habit and no day of its own. A request is made as it is said ("закликаємо
    постійно посилювати санкції": the habit word is the infinitive's), and a verb before an
    infinitive is no act of its own."""
    toks = doc.tokens
    lo, hi = sent.clause_of(k)
    if type_ == "REQUEST":
        return False
    if _finite(toks[k]):
        if any(is_infinitive(toks[m]) for m in range(j, hi)):
            return False
        verb = k
    elif toks[k].pos == "NOUN":
        verb = next((m for m in range(k - 1, max(lo, k - OBJECT_REACH) - 1, -1) if _finite(toks[m])), None)
        # ("Місто щоночі живе під обстрілами"; not a frame: "працюють на переговорах щодня")
        frames = lex.word_list("frame_prepositions")
        if verb is None or any(toks[m].pos == "PREP" and toks[m].norm in frames for m in range(verb + 1, k)):
            return False
    else:
        return False
    habit = _habit_words(lex, toks, lo, hi)
    # a recurring time the timex layer read ("Щочетверга", "щомісяця", "по понеділках") is a
    # word of habit too (a SET of TIMEX3)
    habit += [m for m in range(lo, hi) if m not in habit and any(
        x.type == "SET" and x.start <= toks[m].start < x.end for x in sent.timexes)]
    if toks[verb].tense != "pres":
        # ("Козаки часто нападали": a habit of old; "щодня обстрілювали" recounts a siege's
        # days, and "Як завжди, ворог вдарив уночі" tells one strike done as ever; the
        # dictionary's aspect is not trusted: it calls "нападали" perfective)
        rules = lex.word_list("rule_adverbs")
        if not (toks[verb].tense == "past" and
                any(toks[m].norm in rules and toks[m - 1].norm != "як" for m in habit)):
            return False
    if lemma_of(toks[verb]) in lex.word_list("continuous_verbs"):
        # ("колону ... блокують постійно російські солдати": a blockade kept up without a break
        # is one happening going on; "щодня блокують" is still a habit)
        habit = [m for m in habit if toks[m].norm not in lex.word_list("constancy_adverbs")]
    if not habit:
        return False
    # the habit word is itself a recurring time ("щодня" is SET P1D): only another time in the
    # sentence counts ("Починаючи з минулого тижня, Росія щоночі атакує Одесу": a stretch told)
    return not any(x.type != "SET" and not any(toks[m].start <= x.start < toks[m].end for m in habit)
                   for x in sent.timexes)


def whenever_present(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """"Коли Росія бомбардує міста, світ мовчить": a present-tense verb trigger in a clause of
    "коли" beside a main clause in the present tells any time it happens, a rule, not one
    happening; a time in the sentence ("Зараз, коли ...") or a main verb in the past or future
    ties it to one."""
    toks = doc.tokens
    if not _finite(toks[k]) or toks[k].tense != "pres":
        return False
    lo, hi = sent.clause_of(k)
    if toks[lo].norm not in lex.word_list("whenever_subordinators") or sent.timexes:
        return False
    others = [toks[m] for m in range(sent.lo, sent.hi) if not lo <= m < hi and _finite(toks[m])]
    return bool(others) and all(t.tense == "pres" for t in others)


def _habit_words(lex: Lexicon, toks, lo: int, hi: int) -> list[int]:
    """Positions of the words of habit in lo..hi: an adverb ("щодня", "постійно") or "кожен"
    with a unit of time ("кожної ночі", "кожного дня")."""
    adverbs, units = lex.word_list("habit_adverbs") | lex.word_list("rule_adverbs"), lex.word_list("habit_units")
    out = []
    for m in range(lo, hi):
        t = toks[m]
        if t.norm in adverbs or lemma_of(t) in adverbs:
            out.append(m)
        elif lemma_of(t) == "кожний" or t.norm.startswith("кожн"):
            if m + 1 < hi and lemma_of(toks[m + 1]) in units:
                out.extend((m, m + 1))
    return out

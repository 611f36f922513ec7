"""A happening named as the time before or after which another is done ("напередодні зустрічі",
"перед переговорами", "після цієї розмови").

Such a noun is still to come (status) and its own partners take no part in the main verb's
event (arguments/sequence_sides.py); both readers share the phrase found here, so it lives
apart from status/clause_status.py.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases, _name_list_comma
from ..grammar.governing import past_modifiers
from ..lexicon.compiled import Lexicon
from .verb_forms import _is_verb


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


# the words between a preposition and the happening's noun it governs
_MODIFIERS = ("ADJF", "PRTF", "NUMR", "NPRO")


def _before_noun(toks, trig_i: int, lo: int) -> int | None:
    """The token before the happening's noun at trig_i and its adjectives (down to lo; lo - 1
    when every word back to lo is one); None when the trigger is no lower-case noun."""
    t = toks[trig_i]
    if t.pos != "NOUN" or t.text[:1].isupper():
        return None
    return past_modifiers(toks, trig_i, lo, _MODIFIERS)


def _anticipated_at(doc: Document, trig_i: int, m: int, lo: int, lex: Lexicon) -> bool:
    t = doc.tokens[trig_i]
    if (t.lemma or t.norm) in lex.contexts.get("assembly", ()):
        return False              # ("перед Конгресом", "перед парламентом": a body spoken before)
    return m >= lo and _anticipating_at(doc, m, lo, lex)


def _followed_at(doc: Document, trig_i: int, m: int, clause: tuple[int, int], lex: Lexicon) -> bool:
    toks = doc.tokens
    lo, hi = clause
    words = "following_prepositions"
    if m >= lo and (toks[m].lemma or toks[m].norm) in lex.word_list("ending_nouns"):
        m, words = m - 1, "ending_prepositions"     # ("після завершення засідання", "по закінченні")
    if m < lo or toks[m].norm not in lex.word_list(words):
        return False
    tenses = {toks[k].tense for k in range(lo, hi) if k != trig_i and _is_verb(toks[k]) and toks[k].tense}
    return "futr" in tenses and "past" not in tenses


def anticipated(doc: Document, trig_i: int, lo: int, lex: Lexicon) -> bool:
    """Whether the happening named at trig_i is still to come as the time before which
    something else is done ("Напередодні зустрічі міністри ...", "перед переговорами з
    Туреччиною": the preposition governs the trigger noun itself, past its adjectives only,
    from token lo of its sentence)."""
    m = _before_noun(doc.tokens, trig_i, lo)
    return m is not None and _anticipated_at(doc, trig_i, m, lo, lex)


def followed_ahead(doc: Document, trig_i: int, clause: tuple[int, int], lex: Lexicon) -> bool:
    """"Після засідання відбудеться брифінг", "після завершення зустрічі лідери проведуть
    пресконференцію": a happening after which the clause's verb is still to come is itself
    ahead of the report, whatever its own noun says (a briefing planned after a session tells
    the session is to be held, not that it was). A verb of the clause in the past, or none in
    the future, leaves it as its own words tell ("Після засідання Кабмін провів брифінг")."""
    m = _before_noun(doc.tokens, trig_i, clause[0])
    return m is not None and _followed_at(doc, trig_i, m, clause, lex)


def bare_time_after(lex: Lexicon, doc: Document, sent, k: int) -> bool:
    """"Після засідання відбудеться брифінг": a happening named with no party of its own only as
    the time after which another is to come reports nothing of itself (the session is the one
    the report told already, or none a chronicle can place); the briefing after it is no new
    meeting either. A party of its own keeps it, to come ("Після засідання Ради ЄС відбудеться
    пресконференція"). Its phrase runs to the clause's verb or a mark."""
    if not followed_ahead(doc, k, (sent.lo, sent.hi), lex):
        return False
    toks = doc.tokens
    end = k + 1
    while end < sent.hi and toks[end].is_word and not (_is_verb(toks[end]) and toks[end].tense):
        end += 1
    lo, hi = toks[k].start, toks[end - 1].end
    return not any(lo <= a.start < hi for a in sent.args)


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
        sequence = _anticipating_at(doc, m, lo, lex, "sequence_prepositions")
        if not (sequence or
                (m > lo and f"{toks[m - 1].norm} {toks[m].norm}" in lex.word_list("response_prepositions"))):
            continue
        k = m + 1
        while k < hi and toks[k].pos in _MODIFIERS:
            k += 1
        if sequence and k < hi and not _cases(toks[k].text) & {"gent", "ablt"}:
            continue    # "Напередодні польські дрони атакували": an adverb; its nouns are the verb's
        # (a happening, not a body one speaks before: "у виступі перед Конгресом", "перед
        # парламентом")
        if k >= hi or toks[k].pos != "NOUN" or (toks[k].lemma or toks[k].norm) not in lex.by_lemma or \
                toks[k].text[:1].isupper() or (toks[k].lemma or toks[k].norm) in lex.contexts.get("assembly", ()):
            continue
        end = k + 1
        # (up to the verb, a conjunction, or a subject that can only be a nominative:
        # "перед зустріччю з Трампом Зеленський поговорив")
        # (a comma that joins names of one case goes on: "після переговорів Орбана з лідерами
        # Франції, Німеччини та Італії")
        while end < hi and (toks[end].is_word or toks[end].norm == "," and _name_list_comma(toks, end, hi)) and \
                not (_is_verb(toks[end]) and toks[end].tense) and \
                (toks[end].pos not in ("CONJ", "GRND") or _joins_like(toks, end, hi, lex)) and \
                not (toks[end].case == "nomn" and toks[end - 1].case != "nomn" and not _owner_after(toks, end, k)) and \
                not (toks[end].text[:1].isupper() and toks[end].pos == "NOUN" and toks[end - 1].pos != "PREP" and
                     not _cases(toks[end].text) - {"nomn", "accs", "voct"}) and \
                not (toks[end].text[:1].isupper() and toks[end - 1].text[:1].isupper() and
                     toks[end].start in starts and toks[end - 1].end in ends and
                     "nomn" in _cases(toks[end].text)):
            # ("на удари Україна атакувала": a name only nominative is the verb's subject;
            # "на обстріли Харкова Сили оборони": so is a name after a genitive one, in another case;
            # not one a preposition governs, "після нападу Росії на Україну")
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

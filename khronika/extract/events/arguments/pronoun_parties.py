"""Pronouns that stand for a party where the coreference layer gives no one or the wrong one
(`pronoun_parties`):

"Вони" (and "з ними", "їхній вступ": `they_forms`), read by its antecedent, the nearest subject in the plural before it, within the
paragraph and two sentences back (`they`):

- The adversary named by a common word: "Окупанти заходять у села. Вони грабують будинки",
  "Російські війська не жаліли нічого. ... За два місяці вони використали проти нас понад
  тисячу ракет". (The coreference layer sends a plural pronoun only to a demonym, "росіяни ...
  вони"; a report from the home side more often names the adversary "окупанти", and its
  strikes and deportations told with "вони" had no doer.)
- Two or more people or states named as one subject: "Саулі Ніїністьо та Володимир Зеленський
  зустрілися в Гельсінкі. Вони домовилися про ...".
- A state whose name is plural, the subject of a plural verb: "Сполучені Штати підтримують
  Україну. Вони передали ще 20 гаубиць", "Нідерланди ухвалили ... Вони надішлють".

When the nearest plural subject is anything else ("Гуманітарні коридори ... – вони спрацювали",
"нелюди – вони не готові", "політики ... Вони думали") the pronoun is left alone: better no doer
than a wrong one.

"його країна", "її держава" need nothing here: the coreference layer gives the state noun the
person's own state (extract/coref.py), and the phrase grammar reads it in the noun's case.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from .addressed_you import addressed_you
from .member_bodies import member_bodies
from .allied_bodies import allied_bodies
from ..grammar.clauses import COORD, _cases, _finite, _number
from ..grammar.ties import tie_of
from ..lexicon.compiled import Lexicon
from ..grammar.names import Arg, args_in, token_index_at
from ..grammar.sentence_view import SentenceView, lemma_of
from .states import country_ids, home_entity

SENTENCES_BACK = 2


def _plural_subject(tok) -> bool:
    return any(p.tag.case == "nomn" and "plur" in p.tag for p in parses(tok.text))


def _under_preposition(doc: Document, m: int, lo: int, preps: frozenset[str]) -> bool:
    """"За два місяці", "до наших міст": the noun's phrase hangs on a preposition (over the
    numerals and adjectives before it, which `tie_of` does not cross)."""
    if tie_of(doc, m, lo, -1, preps).prep is not None:
        return True
    toks = doc.tokens
    k = m - 1
    # ("За три тижні": the dictionary reads "три" first as a verb's imperative)
    while k >= lo and (toks[k].pos in ("ADJF", "PRTF", "NUMR") or any(p.tag.POS == "NUMR" for p in parses(toks[k].text))):
        k -= 1
    return k >= lo and toks[k].norm in preps


def _adversary_phrase(lex: Lexicon, doc: Document, m: int, adversary: str) -> bool:
    """The noun at m names the adversary: an adversary word ("окупанти", "загарбники") or a
    word for forces after the adversary's adjective ("Російські війська", "російські військові")."""
    toks = doc.tokens
    if lemma_of(toks[m]) in lex.word_list("adversary_words"):
        return True
    if lemma_of(toks[m]) not in lex.word_list("adjective_parties"):
        return False
    k = m - 1
    while k >= 0 and toks[k].pos in ("ADJF", "PRTF"):
        if any(r.entity == adversary and r.kind in ("adjective", "demonym") and r.start <= toks[k].start < r.end
               for r in doc.refs):
            return True
        k -= 1
    return False


def _party(doc: Document, a: Arg) -> bool:
    ent = doc.entities.get(a.entity)
    return a.kind in ("mention", "role") and ((ent is not None and ent.type == "PER") or a.entity in country_ids())


def _named_together(doc: Document, named: list[Arg], a: Arg, lo: int, preps: frozenset[str]) -> list[str]:
    """The parties named with `a` as one subject in the nominative ("Ніїністьо та Зеленський",
    "Україна, Польща і Литва"), `a` the last of them; [] when `a` stands alone or in another case."""
    toks = doc.tokens
    group = [a]
    while True:
        first = token_index_at(doc, group[-1].start, lo, toks.__len__())
        if first is None or first - 2 < lo or toks[first - 1].norm not in COORD - {"а", "чи", "або"}:
            break
        prev = next((b for b in named if b.start <= toks[first - 2].start < b.end), None)
        if prev is None or prev in group:
            break
        group.append(prev)
    if len(group) < 2:
        return []
    for b in group:
        k = token_index_at(doc, b.start, lo, len(toks))
        if k is None or "nomn" not in _cases(toks[k].text) or _under_preposition(doc, k, lo, preps):
            return []
    return list(dict.fromkeys(b.entity for b in reversed(group)))


def _plural_named(doc: Document, a: Arg, k: int, lo: int, hi: int, preps: frozenset[str]) -> bool:
    """A state whose one name is plural, the subject of a plural verb after it ("Сполучені
    Штати підтримують Україну", "США оголосили"): a later "вони" may stand for it alone."""
    toks = doc.tokens
    if k > lo and any(_finite(toks[m]) for m in range(lo, k)) or _under_preposition(doc, k, lo, preps):
        return False
    end = k
    while end + 1 < hi and toks[end + 1].start < a.end:
        end += 1
    last = toks[end]
    if "Fixd" not in (last.tags or ()) and not any(p.tag.case == "nomn" and "plur" in p.tag for p in parses(last.text)):
        return False
    verb = next((m for m in range(end + 1, hi) if _finite(toks[m])), None)
    return verb is not None and _number(toks[verb]) == "plur" and not any(
        toks[m].norm in COORD for m in range(end + 1, verb))


# how many words after a plural of people its genitive owner may stand ("Лідери країн
# Європейського Союзу", "президенти трьох держав Балтії та Президент Польщі")
OWNER_WINDOW = 8
# doc.meta key: the starts of the "вони" / "з ними" that stand for people no entity names
UNNAMED_KEY = "_they_unnamed"


def _whose_people(lex: Lexicon, doc: Document, m: int, hi: int, all_args: list[Arg]) -> list[str]:
    """"Лідери ЄС зібралися ... з ними", "Міністри Франції та Німеччини ... Вони": a plural of
    leaders or envoys (`partner_nouns`, `owned_people_nouns`, `party_words`) stands for the states and bodies named in
    the genitive right after it; [] when none is named ("Лідери Балтійських країн": no one a
    reader could find among the entities)."""
    toks = doc.tokens
    if not (lemma_of(toks[m]) in lex.word_list("partner_nouns") | lex.word_list("owned_people_nouns") |
            lex.word_list("collective_people_nouns") or toks[m].norm in lex.word_list("party_words")):
        return []
    out: list[str] = []
    for k in range(m + 1, min(hi, m + 1 + OWNER_WINDOW)):
        t = toks[k]
        # (a comma before any owner ends the phrase: "Лідери, які прибули з Франції")
        if not (t.is_word or (t.norm == "," and out)) or _finite(t) or t.norm in lex.word_list("prepositions"):
            break
        for a in all_args:
            ent = doc.entities.get(a.entity)
            if a.start != t.start or ent is None or a.entity in out:
                continue
            if (a.kind == "mention" and (a.entity in country_ids() or ent.type == "ORG")) or \
                    (ent.type == "PER" and a.kind in ("mention", "role") and toks[k - 1].norm in COORD - {"а", "чи", "або"}):
                # (a person joined to them: "президенти держав Балтії та Президент Польщі")
                out.append(a.entity)
    return out


def they(lex: Lexicon, doc: Document, sent: SentenceView, args: list[Arg], home: str | None) -> list[Arg]:
    """`args` with an `Arg` for each party a "вони" of the sentence stands for."""
    forms = lex.word_list("they_forms")
    if not forms & sent.lemma_set:
        return args
    adv_id = (lex.adversary or {}).get("id") if home else None
    toks = doc.tokens
    preps = lex.word_list("prepositions")
    sents = doc.sentences
    first = sent.first_in_paragraph(SENTENCES_BACK)
    extra: list[Arg] = []
    for k in range(sent.lo, sent.hi):
        t = toks[k]
        # (a ref the coreference layer gave it, to the nearest demonym, is set aside when the
        # nearest subject tells who: "Окупанти ... вбивають українців. Вони ...")
        if t.norm not in forms or any(a.start <= t.start < a.end and a.kind != "pronoun" for a in args):
            continue
        stands_for: list[str] = []
        for s_i in range(sent.index, first - 1, -1):
            s = sents[s_i]
            s_lo = s.first_token
            named = [a for a in args_in(doc, s.start, s.end) if _party(doc, a)]
            top = k - 1 if s_i == sent.index else s.last_token - 1
            decided = False
            for m in range(top, s_lo - 1, -1):
                w = toks[m]
                a = next((b for b in named if b.start <= w.start < b.end), None)
                if a is not None:
                    if a.start == w.start and (group := _named_together(doc, named, a, s_lo, preps)):
                        stands_for, decided = group, True
                        break
                    if a.start == w.start and a.entity in country_ids() and \
                            _plural_named(doc, a, m, s_lo, s.last_token, preps):
                        # "Сполучені Штати підтримують Україну. Вони передали ще 20 гаубиць"
                        stands_for, decided = [a.entity], True
                        break
                    if a.kind == "role" and a.start == w.start and (w.text.islower() or m == s_lo) and \
                            _plural_subject(w) and not _under_preposition(doc, m, s_lo, preps) and \
                            (whose := _whose_people(lex, doc, m, s.last_token + 1, args_in(doc, s.start, s.end))):
                        # "До Києва прибули прем'єри Італії, Канади та Бельгії. Зеленський провів з
                        # ними переговори": a plural role word heads the people of the states after
                        # it (the first of them named by the role word itself)
                        stands_for, decided = list(dict.fromkeys([a.entity, *whose])), True
                        break
                    continue
                if w.norm in forms or not (w.pos == "NOUN" or lemma_of(w) in lex.word_list("adjective_parties")):
                    continue
                if "Fixd" in (w.tags or ()) and m > s_lo and toks[m - 1].pos == "NOUN":
                    continue      # ("Глави МЗС країн НАТО": an indeclinable word after a noun is its genitive)
                if lemma_of(w) in lex.word_list("collective_people_nouns") and "nomn" in _cases(w.text) and \
                        not _under_preposition(doc, m, s_lo, preps):
                    # "Делегація Конгресу США прибула ... з ними": a body of people in the singular
                    stands_for = _whose_people(lex, doc, m, s.last_token + 1, args_in(doc, s.start, s.end))
                    if stands_for:
                        decided = True
                        break
                if not _plural_subject(w) or _under_preposition(doc, m, s_lo, preps):
                    continue
                if "accs" in _cases(w.text) and "anim" not in (w.tags or ()) and \
                        any(_finite(toks[v]) or "infn" in (toks[v].tags or ()) for v in range(s_lo, m)):
                    # "провели переговори", "щоб руйнувати наші міста": after its verb, a thing
                    # that may be its object (the accusative of people is another form:
                    # "скоїли окупанти" is the subject)
                    continue
                if adv_id and _adversary_phrase(lex, doc, m, adv_id):
                    adv = home_entity(doc, lex, lex.adversary)
                    stands_for = [adv] if adv else []
                else:
                    stands_for = _whose_people(lex, doc, m, s.last_token + 1, args_in(doc, s.start, s.end))
                    if not stands_for and ("anim" in (w.tags or ()) or lemma_of(w) in lex.word_list("partner_nouns")):
                        # "Лідери Балтійських країн прибули ... із ними": people no entity names
                        doc.meta.setdefault(UNNAMED_KEY, set()).add(t.start)
                decided = True
                break
            if decided:
                break
        for x in stands_for:
            ent = doc.entities.get(x)
            extra.append(Arg(t.start, t.end, x, "pronoun", ent.type if ent else None))
    if not extra:
        return args
    taken = {a.start for a in extra}
    return sorted([a for a in args if a.start not in taken] + extra, key=lambda a: a.start)


def pronoun_parties(lex: Lexicon, doc: Document, sent: SentenceView, args: list[Arg],
                    home: str | None) -> list[Arg]:
    """`args` with "вони" read as the parties it stands for, and "ви" of an address as the
    state it greets (addressed_you.py); "його країна" is the person's state already: the
    coreference layer gives the state noun that state, extract/coref.py. A bare "Депутати" after
    a legislature is named is that legislature (member_bodies.py); "союзники по НАТО" are NATO
(allied_bodies.py)."""
    args = allied_bodies(lex, doc, sent, member_bodies(lex, doc, sent, they(lex, doc, sent, args, home)))
    return addressed_you(lex, doc, sent, args, home)

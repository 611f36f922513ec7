"""A sentence that goes on with the subject of the one before it left out: "Зеленський прибув
до Вашингтона. Провів переговори з Байденом." News tells a person's day this way; the verb's
past-tense gender names who it is, as a pronoun "він" would (extract/coref.py).

Only where nothing else could be the subject: the verb opens its sentence's first clause, no
name or noun that could be its subject stands anywhere in the sentence, the text is no
first-person statement (there the author is meant, speaker.py), and the sentence before names
a person of the verb's gender as the subject of its own verb.
"""
from __future__ import annotations

from ....document import Document
from ....kb import get_kb
from ...coref import person_gender
from ..grammar.clauses import _agrees, _cases, _coordinated, _finite, _number, _number_clash, lemma_of_tok
from ..grammar.ties import tie_of
from ..lexicon.compiled import lexicon
from ..grammar.names import args_in, token_index_at
from ..grammar.sentence_view import Layers, SentenceView
from .sides import adversary_words
from .turned_strikes import noun_kind, strikers_of, struck_of


def done_by_object(doc: Document, cl, i: int | None) -> bool:
    """The trigger at i is an infinitive (or hangs on one) after a verb of control with its
    object between ("Попросив їх ухвалити пакет санкцій", "Змусили людей виїхати"): the
    object does it, so the subject left out, whoever it is, does not."""
    toks = doc.tokens
    if i is None or cl.governor is None or i <= cl.governor:
        return False
    gov = toks[cl.governor]
    if (gov.lemma or gov.norm) not in lexicon().word_list("object_control_verbs"):
        return False
    inf = next((m for m in range(cl.governor + 1, i + 1) if toks[m].pos == "INFN" or "infn" in (toks[m].tags or ())),
               None)
    return inf is not None and any(toks[m].pos in ("NOUN", "NPRO") and bool(_cases(toks[m].text) & {"accs", "datv"})
                                   for m in range(cl.governor + 1, inf))


def left_out_subject(doc: Document, sent, cl, preps: frozenset[str], in_quote: bool,
                     i: int | None = None) -> str | None:
    """The person the clause's verb continues from the sentence before, or None."""
    toks = doc.tokens
    if done_by_object(doc, cl, i):
        return None
    # the adverbs of what came next that open the sentence ("Потім", "Далі")
    sequence_words = lexicon().word_list("sequence_adverbs")
    if in_quote or cl.governor is None or cl.left_edge is not None or sent.index == 0:
        return None
    gov = toks[cl.governor]
    if gov.tense != "past" or gov.number == "plur" or gov.gender not in ("masc", "femn"):
        return None
    if any(_finite(toks[m]) for m in range(sent.lo, cl.governor)):
        return None
    # ("Сьогодні відбулася зустріч": a verb that takes no object has the noun after it as subject)
    intransitive = gov.text.endswith(("ся", "сь"))
    partitive = lexicon().word_list("partitive_words")
    for m in range(sent.lo, sent.hi):
        t = toks[m]
        if m == cl.governor or not t.is_word or t.norm in sequence_words:
            continue
        if m < cl.governor and t.text[:1].isupper() and t.pos in ("NOUN", "NPRO", "ADJF", None) and \
                not (t.pos == "NPRO" and t.case is None) and not _opening_object(t, m == sent.lo):
            # ("Потім провів переговори", "Тоді зустрівся", "Далі відвідав": a word of time or
            # place that opens the sentence, the dictionary's caseless pronoun or a guessed
            # surname, is no subject)
            return None           # "Президент провів ...": a subject of its own
        if m < cl.governor and m + 1 < sent.hi and _one_of(toks, m, partitive):
            return None           # "Один із дронів влучив у купол": one of them is the subject
        if t.pos in ("NOUN", "NPRO") and t.gender == gov.gender and t.number != "plur":
            cases = _cases(t.text)
            if "nomn" in cases and (m < cl.governor or intransitive or "accs" not in cases):
                return None
    kb = get_kb()
    # the sentence before, or the one before that when the one between names no one
    # ("Зеленський зустрівся з Макроном. Обговорили постачання ППО. Також провів зустріч ...")
    for back in (1, 2):
        if sent.index - back < 0:
            return None
        prev = doc.sentences[sent.index - back]
        if prev.paragraph != sent.para:
            return None
        named = False
        for a in args_in(doc, prev.start, prev.end):
            ent = doc.entities.get(a.entity)
            if ent is None or a.kind not in ("mention", "role"):
                continue
            k = token_index_at(doc, a.start, prev.first_token, prev.last_token)
            if k is None or toks[k].case != "nomn" or \
                    tie_of(doc, k, prev.first_token, -1, preps).prep is not None:
                continue
            named = True
            if ent.type != "PER":
                continue
            if person_gender(kb, doc, a.entity) == gov.gender:
                return a.entity
        if named:
            return None
    return None


def carried_subject(doc: Document, sent, cl, preps: frozenset[str], in_quote: bool,
                    first_person: bool, names_before, i: int | None = None) -> list[str]:
    """The subject of the sentence before, carried into a sentence whose verb has none of its
    own: "Уряд Японії ухвалив рішення. Надасть ще 100 мільйонів", "Окупанти зайшли в село.
    Обстрілювали будинки", or only a pronoun no person was found for ("Європейський Союз
    тисне на Кремль. Він запровадив обмеження"). News goes on this way with any subject, a body, a state or the
    adversary, not a person only; the verb's number, gender and person must fit the verb the
    subject governed before, and that sentence must have one subject, so a sentence of two
    actors ("Польща передала танки, а Чехія гаубиці") carries no one on.

    Within the paragraph, from the sentence right before only. In a first-person text a past
    singular verb is the author's own ("Провів нараду"), so only a plural or a third-person
    present or future verb carries a subject there. `names_before(index)` gives the names of
    a sentence as the event rules read them (with "окупанти" and the like for the adversary)."""
    toks = doc.tokens
    if in_quote or cl.governor is None or cl.left_edge is not None or sent.index == 0 or done_by_object(doc, cl, i):
        return []
    gov = toks[cl.governor]
    if gov.person in ("1per", "2per") or _number(gov) is None or "impr" in (gov.tags or ()):
        return []
    if gov.tense == "past" and _number(gov) == "sing" and (first_person or gov.gender not in ("masc", "femn", "neut")):
        return []
    if any(_finite(toks[m]) for m in range(sent.lo, cl.governor)):
        return []
    lex = lexicon()
    shot = _own_subject(doc, sent, cl.governor, lex.contexts.get("projectiles", frozenset()))
    if shot is True:
        return []
    prev = doc.sentences[sent.index - 1]
    if prev.paragraph != sent.para:
        return []
    found = _sole_subject(doc, prev.first_token, prev.last_token, preps, names_before(sent.index - 1))
    if found is None:
        return []
    verb, head, coordinated, subject = found
    noun = head
    while noun + 1 < prev.last_token and toks[noun].pos in ("ADJF", "PRTF"):
        noun += 1                   # ("Російський корабель": the demonym's noun)
    if shot == "projectile" and noun_kind(lex, lemma_of_tok(toks[noun])) in struck_of(
            lex, doc, cl.governor + 1, cl.hi, bool(strikers_of(lex, doc, cl.lo, cl.governor))):
        # "Російський корабель обстріляв Одесу. Ракети уразили корабель": what strikes the
        # striker is the other side's (turned_strikes.py)
        return []
    if shot == "projectile":
        # "Бойовики обстріляли Маріуполь. Снаряди впали на мікрорайон": what was fired falls
        # where the ones who fired it strike; only after a strike told by its striker
        return subject if any(t.type == "ASSAULT" for t in lex.by_lemma.get(verb.lemma or "", ())) else []
    if not _verbs_agree(gov, verb) or not _agrees(gov, toks[head]) or \
            _number_clash(gov, toks[head], coordinated):
        return []
    return subject


def _opening_object(t, opens: bool) -> bool:
    """A common noun that opens the sentence and cannot be a nominative ("Мера міста
    викрали", "Школу зруйновано"): its capital is the sentence's, not a name's, and a word in
    the accusative or genitive is the verb's object, so the subject is still left out. A
    proper name the dictionary knows, or a word it does not know, is left as it was: it may
    be a subject whatever its form."""
    if not opens or t.pos != "NOUN" or {"Name", "Surn", "Patr", "Geox", "Orgn"} & set(t.tags or ()):
        return False
    cases = _cases(t.text)
    return bool(cases) and "nomn" not in cases


def _genitive_attribute(doc: Document, sent, m: int) -> bool:
    """A noun right after another noun that can be its genitive ("Мера міста викрали",
    "будинки мешканців"): it tells whose, it is not the verb's subject, even where its plural
    could be a nominative."""
    toks = doc.tokens
    return m > sent.lo and toks[m - 1].pos == "NOUN" and toks[m - 1].is_word and \
        "gent" in _cases(toks[m].text)


def _verbs_agree(now, before) -> bool:
    """Two verbs that can share a subject: the same number, the same gender where both are
    past singular, neither in the first or second person."""
    if {now.person, before.person} & {"1per", "2per"}:
        return False
    if _number(now) != _number(before):
        return False
    if now.tense == "past" and before.tense == "past" and _number(now) == "sing":
        return now.gender is not None and now.gender == before.gender
    return True


def _own_subject(doc: Document, sent, g: int, projectiles: frozenset[str] = frozenset()) -> bool | str:
    """A word of the sentence that can be the verb's own subject: a capitalised noun before
    it, or a nominative noun or pronoun that agrees with it ("Відбулася зустріч": after a
    verb that takes no object too). "projectile" where the only such word is one of
    `projectiles` ("Снаряди впали", "Ракета влучила"): a thing fired, no doer."""
    found = _subject_word(doc, sent, g)
    if found is None:
        return False
    t = doc.tokens[found]
    if (t.lemma or t.norm) in projectiles and _subject_word(doc, sent, g, skip=found) is None:
        return "projectile"
    return True


def _one_of(toks, m: int, partitive: frozenset[str]) -> bool:
    """"Один із дронів": a word of `partitive_words` at m, then "з" (the caller bounds m + 1)."""
    t = toks[m]
    return toks[m + 1].norm in ("з", "із", "зі") and (t.norm in partitive or lemma_of_tok(t) in partitive)


def _subject_word(doc: Document, sent, g: int, skip: int | None = None) -> int | None:
    """The first word that can be the verb's own subject (see `_own_subject`), or None."""
    toks = doc.tokens
    gov = toks[g]
    sequence_words = lexicon().word_list("sequence_adverbs")
    intransitive = gov.text.endswith(("ся", "сь"))
    partitive = lexicon().word_list("partitive_words")
    third = lexicon().word_list("third_person_subjects")
    for m in range(sent.lo, sent.hi):
        t = toks[m]
        if m == g or m == skip or not t.is_word or t.norm in sequence_words:
            continue
        if t.norm in third and not any(r.start == t.start and r.entity for r in doc.refs):
            # "Європейський Союз тисне на Кремль. Він запровадив ...": a pronoun the coreference
            # layer gives no person stands for the subject before, as a left-out one would
            continue
        if m < g and m + 2 < sent.hi and _one_of(toks, m, partitive):
            # "Один із дронів влучив у купол": one of them is the subject, the noun it is one of
            # tells what it is (a projectile: no doer)
            return m + 2 if toks[m + 2].pos == "NOUN" else m
        if m < g and t.text[:1].isupper() and t.pos in ("NOUN", "NPRO", "ADJF", None) and \
                not (t.pos == "NPRO" and t.case is None) and not _opening_object(t, m == sent.lo):
            return m
        if t.pos in ("NOUN", "NPRO") and not _genitive_attribute(doc, sent, m):
            cases = _cases(t.text)
            if "nomn" in cases and (m < g or intransitive or "accs" not in cases) and \
                    not _number_clash(gov, t, False) and _agrees(gov, t):
                return m
    return None


def _private_heads() -> frozenset[str]:
    """People and bodies of a country that do not act for its state (`private_people_nouns`,
    `private_body_nouns`)."""
    lex = lexicon()
    return lex.word_list("private_people_nouns") | lex.word_list("private_body_nouns")


def _sole_subject(doc: Document, lo: int, hi: int, preps: frozenset[str], args: list):
    """The one subject of a sentence: the names in the nominative before its first finite
    verb, agreeing with it, and no other nominative before that verb nor another subject of a
    later verb. (verb, head token, coordinated, entities) or None."""
    toks = doc.tokens
    verbs = [m for m in range(lo, hi) if _finite(toks[m])]
    if not verbs:
        return None
    v = verbs[0]
    verb = toks[v]
    if verb.person in ("1per", "2per"):
        return None
    for a, b in zip(verbs, verbs[1:]):
        # ("Польща передала танки, а Чехія передала гаубиці": a later verb with a subject of
        # its own; "Україна отримала та передала": one shared)
        if any(toks[m].pos in ("NOUN", "NPRO") and "nomn" in (c := _cases(toks[m].text)) and
               "accs" not in c and _agrees(toks[b], toks[m]) for m in range(a + 1, b)):
            return None
    subject: list[str] = []
    covered: set[int] = set()
    head = None
    for a in args:
        if a.start >= verb.start:
            continue
        ent = doc.entities.get(a.entity)
        if ent is None or ent.type not in ("PER", "ORG", "LOC"):
            continue
        k = token_index_at(doc, a.start, lo, v)
        if k is None:
            continue
        tie = tie_of(doc, k, lo, -1, preps)
        if tie.prep is not None or toks[tie.head].case != "nomn" or not _agrees(verb, toks[tie.head]):
            continue
        end = k
        while end + 1 < v and toks[end + 1].start < a.end:
            end += 1
        if a.kind == "adjective":
            # "Німецький уряд", "Російські війська": the adjective's noun is the subject's head
            while end + 1 < v and toks[end + 1].pos in ("ADJF", "NOUN") and toks[end + 1].case == "nomn":
                end += 1
            if end > k and lemma_of_tok(toks[end]) in _private_heads():
                continue      # ("Українська тенісистка пробилася ...": a private person, no state)
        covered.update(range(tie.head, end + 1))
        head = tie.head if head is None else head
        if a.entity not in subject:
            subject.append(a.entity)
    if not subject:
        return None
    for m in range(lo, v):
        t = toks[m]
        if m not in covered and t.pos in ("NOUN", "NPRO") and t.case == "nomn" and \
                tie_of(doc, m, lo, -1, preps).prep is None and _agrees(verb, t):
            return None       # "Партнери Японії ухвалили": a subject no name of ours covers
    end = max(covered)
    return verb, head, _coordinated(doc, head, end, lo, v), subject


def names_of(lex, doc: Document, index: int, home: str | None) -> list:
    """The names of sentence `index` as a trigger's clause reads them: its mentions and refs,
    and the adversary's common names ("окупанти", "ворог") in a report from the home side."""
    # (the document's layers cut by sentence are kept with it, rebuilt when they change, so a
    # long text asks for them once, not once per trigger with no subject)
    key = (len(doc.mentions), len(doc.refs), len(doc.timexes))
    kept = doc.meta.get("_layers_by_sentence")
    if kept is None or kept[0] != key:
        kept = (key, Layers(doc))
        doc.meta["_layers_by_sentence"] = kept
    view = SentenceView(doc, index, lex, kept[1])
    return adversary_words(lex, doc, view, view.args, home, [])

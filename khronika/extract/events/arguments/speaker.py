"""The first person: whether a verb with no subject is the speaker's or the author's, which
side "я"/"ми" stands on, and whether the speaker in person (not only his state) takes part.
A first-person text ("я провів", "ми закликаємо") tells its author's own acts; these tests keep
other subjects, award lists and captions from being taken for him.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress
from operator import attrgetter, or_

from ....document import Document
from ....spans import Cover
from ...author import address_author
from ...morph import parses
from ..grammar.clauses import _cases, _finite
from ..grammar.ties import tie_of
from ..context import DocContext
from ..lexicon.compiled import Lexicon
from ..status.memories import suffered
from ..status.predicate_cues import left_unanswered
from ..grammar.names import token_index_at
from ..grammar.sentence_view import doc_norms
from ..triggers.finder import SentenceView, lemma_of, token_index_before

_PERSON = attrgetter("person")
_FIRST_PERSON = frozenset({"1per"})


@lru_cache(maxsize=4096)
def _only_first_person(word: str) -> bool:
    """Every verb reading of the form is in the first person: "провів" no, "кажу", "будемо"
    yes, and "є" no, though the dictionary reads it first as "I am": it is the present of
    "бути" for every person ("Директором є Іванов"), and two of them made any article a
    first-person statement whose subject-less verbs were then given to the home side."""
    persons = {p.tag.person for p in parses(word) if p.tag.POS == "VERB"}
    return persons == {"1per"}


def first_person_text(lex: Lexicon, doc: Document) -> bool:
    """A statement in the first person ("я провів", "ми закликаємо") outside quotes: its
    subject-less past verbs are the speaker's."""
    fp = lex.word_list("first_person")
    quoted = Cover((q.start, q.end) for q in doc.quotes)
    n = 0
    toks = doc.tokens
    # the few tokens that may count (a first-person form or a first-person verb), picked out
    # in C over the whole text; the full test runs on those alone, in text order
    maybe = compress(toks, map(or_, map(fp.__contains__, doc_norms(doc)),
                               map(_FIRST_PERSON.__contains__, map(_PERSON, toks))))
    for t in maybe:
        if (t.norm in fp and t.pos == "NPRO" and t.case == "nomn") or \
                (t.pos == "VERB" and t.person == "1per" and _only_first_person(t.text)):
            if t.start not in quoted:
                n += 1
                if n >= 2:
                    return True
    if n == 1 and address_author(doc):
        return True               # "Я провів переговори з ..." under a title that names its author
    return _opens_without_subject(doc, quoted)


def _opens_without_subject(doc: Document, quoted: Cover) -> bool:
    """A post that opens with a past verb of a person and no subject anywhere in its clause
    ("Сьогодні провів телефонну розмову з ...", "Зустрілася з ..."): its author tells his own
    acts. (Not "Сьогодні відбулася зустріч": its subject stands after the verb; nor a text that
    names someone first: the verb then continues his sentence.)"""
    toks = doc.tokens
    if not toks:
        return False
    first = toks[0].sentence
    start = 0
    greeting = next((m for m, t in enumerate(toks) if t.sentence != first), None)
    if greeting is not None and toks[greeting - 1].norm == "!" and \
            not any(_finite(t) for t in toks[:greeting]):
        # ("Дорогі українці! Сьогодні провів переговори ...": the greeting names the audience)
        first, start = toks[greeting].sentence, greeting
    verb = None
    for m in range(start, len(toks)):
        t = toks[m]
        if t.sentence != first:
            return False
        if t.start in quoted:
            return False
        if t.pos in ("NOUN", "NPRO", "ADJF", None) and t.is_word and t.text[:1].isupper():
            return False          # a name before the verb is its subject ("Зеленський прибув")
        if _finite(t):
            verb = m
            break
    if verb is None:
        return False
    v = toks[verb]
    if v.tense != "past" or v.number == "plur" or v.gender not in ("masc", "femn"):
        return False
    s_end = next((m for m in range(verb, len(toks)) if toks[m].sentence != first), len(toks))
    # ("Сьогодні відбулася зустріч": a verb that takes no object has the noun after it for subject)
    intransitive = v.text.endswith(("ся", "сь"))
    return not any(t.pos in ("NOUN", "NPRO") and t.gender == v.gender and t.number != "plur" and
                   "nomn" in (cases := _cases(t.text)) and (intransitive or "accs" not in cases)
                   for t in toks[start:s_end] if t is not v)



def fits_author(ctx: DocContext, doc: Document, verb) -> bool:
    """A singular past verb with no subject is the author's only in his gender ("приїхала"
    in an address by a man tells of a woman the text names elsewhere); his gender is the
    one his first name has in the dictionary as an animate nominative."""
    if ctx.author is None or verb.number == "plur" or verb.tense != "past" or \
            verb.gender not in ("masc", "femn"):
        return True
    if ctx.author_gender is None:
        ent = doc.entities.get(ctx.author)
        first = ent.name_uk.split()[0] if ent and ent.name_uk else ""
        genders = {p.tag.gender for p in parses(first) if p.tag.POS == "NOUN" and "anim" in p.tag and
                   p.tag.case == "nomn" and p.tag.gender in ("masc", "femn")}
        ctx.author_gender = genders.pop() if len(genders) == 1 else ""
    return not ctx.author_gender or ctx.author_gender == verb.gender



def given_to_us(lex: Lexicon, doc: Document, cl, i: int, type_: str) -> bool:
    """Aid or support the clause gives to "нам"/"мені" (a first-person dative with no
    preposition, and no "я"/"ми" subject before the trigger): the first person receives it,
    whoever gives ("Партнери передали нам снаряди": the givers are not named, "нам" is)."""
    toks = doc.tokens
    return type_ in ("AID", "SUPPORT") and toks[i].person != "1per" and \
        not any(toks[m].norm in lex.word_list("first_person") and toks[m].case == "nomn"
                for m in range(cl.lo, i)) and \
        any(toks[m].norm in lex.word_list("first_person_datives") and
            (m == cl.lo or toks[m - 1].norm not in lex.word_list("prepositions"))
            for m in range(cl.lo, cl.hi))


def first_person_side(lex: Lexicon, doc: Document, args: list, i: int, cl, type_: str, gov,
                      actors: list[str], soft: set[str], thanked: bool = False) -> str | None:
    """The side of "я"/"ми" (or a bare role word for the home side): "A" acts, "R" receives,
    None takes no part."""
    toks = doc.tokens
    gl = lemma_of(gov) if gov is not None else ""
    thanks = lex.word_list("gratitude_words")
    if thanked or any(toks[m].norm == "за" for m in range(max(cl.lo, i - 3), i)) and \
            any(lemma_of(toks[m]) in thanks for m in range(cl.lo, i)):
        # "вдячні за санкції", "дякуємо за допомогу": who thanks receives aid, imposes nothing
        return "R" if type_ in ("AID", "SUPPORT") else None
    m = i - 1
    while m > cl.lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    near = lemma_of(toks[m]) if m >= cl.lo and toks[m].pos in ("VERB", "INFN") else ""
    if type_ in ("ASSAULT", "COERCE") and (gl in lex.word_list("target_subject_verbs") or
                                           near in lex.word_list("target_subject_verbs")):
        # "ми відбиваємо атаки": who repels or suffers a strike is hit ("готувалися
        # зустрічати удар": the verb whose object the strike is decides, not the one above)
        return "R"
    if type_ in ("ASSAULT", "COERCE") and (suffered(doc, i, cl.lo, lex) or left_unanswered(doc, i, cl.lo, cl.hi, lex)):
        # "не пробачимо обстрілів", "не залишимо цей удар без відповіді": who remembers,
        # forgives or promises to answer strikes suffered them; with the
        # striker named ("не забудемо удар ЗСУ по мосту") who remembers takes no part
        return None if actors else "R"
    givers = [a.entity for a in args if a.entity in actors and
              (m := token_index_before(doc, a.start, cl.lo)) is not None and toks[m].norm == "від"]
    if gl in lex.word_list("receive_verbs") or lemma_of(toks[i]) in lex.word_list("receive_verbs") or \
            (type_ == "AID" and givers):
        return "R"                # "ми очікуємо транш від ЄС", "ми отримали допомогу", "очікуємо отримати"
    if given_to_us(lex, doc, cl, i, type_):
        return "R"                # "дайте нам літаки", "Швеція прийшла нам на допомогу": we receive
    if toks[i].pos == "NOUN" and cl.governor is not None and cl.governor != i and \
            any(x not in soft for x in actors):
        return None               # "очікуємо пакет санкцій Європи": Europe's, not ours
    return "A"



def speaker_in_person(lex: Lexicon, doc: Document, sent: SentenceView, cl, i: int, j: int, type_: str,
                      fp_side: str | None) -> bool:
    """Whether the speaker himself, not only his state, stands on the first person's side.
    "Ми вистояли й відбиваємо атаки", "надати нам допомогу", "Ми не отримали літаків": the
    plural "ми" that is struck or given to is the country; "пакет підтримки нашої держави",
    "дякую за підтримку України": the trigger names its receiver, the thanker is not it. The
    speaker receives or strikes only through the singular first person ("мені", "я",
    "дякую", `in_person_words` such as "особисто")."""
    if fp_side is None or (fp_side == "A" and type_ not in ("ASSAULT", "COERCE")):
        return True
    toks = doc.tokens
    personal = lex.word_list("in_person_words")
    if any(toks[m].norm in personal for m in range(cl.lo, cl.hi)):
        return True
    if fp_side == "R" and own_receiver(lex, doc, sent, i, j):
        return False
    singular = lex.word_list("first_person_singular")
    if fp_side == "R" and type_ == "AID":
        # "Я вдячний Японії за фінансову допомогу": aid goes to his state; the one who thanks
        # for it receives it himself only when he says he got it ("я отримав", "мені передали");
        # support thanked for may be his own ("Я вдячний Польщі за підтримку")
        receipt = lex.word_list("receive_verbs")
        return any(lemma_of(toks[m]) in receipt for m in range(cl.lo, cl.hi)) and \
            any(toks[m].norm in singular or (toks[m].person == "1per" and toks[m].number != "plur")
                for m in range(cl.lo, cl.hi))
    # on the receiving side a verb of his own counts only if it is the thanks or the receipt
    # ("Звертаюся ... з проханням надати нам допомогу": he asks, "нам" receives)
    own = lex.word_list("gratitude_words") | lex.word_list("receive_verbs") \
        if fp_side == "R" else None
    return any(toks[m].norm in singular or (toks[m].pos == "VERB" and toks[m].person == "1per" and
                                            toks[m].number != "plur" and (own is None or lemma_of(toks[m]) in own))
               for m in range(cl.lo, cl.hi))



def own_receiver(lex: Lexicon, doc: Document, sent: SentenceView, i: int, j: int) -> bool:
    """"підтримка нашої держави", "допомога Україні", "пакет для України": a trigger noun
    followed by the party it goes to (a genitive or dative name or a word for a state or a
    people, `receiver_nouns`, after possessives and adjectives)."""
    toks = doc.tokens
    if toks[i].pos != "NOUN":
        return False
    m = j
    if m < sent.hi and toks[m].norm in lex.word_list("purpose_prepositions"):
        m += 1
    while m < sent.hi and toks[m].pos in ("ADJF", "PRTF", "NPRO") and toks[m].case != "nomn":
        m += 1
    if m >= sent.hi or toks[m].case not in ("gent", "datv"):
        return False
    named = any(a.start <= toks[m].start < a.end and doc.entities.get(a.entity) is not None and
                doc.entities[a.entity].type in ("LOC", "ORG") for a in sent.args)
    return named or lemma_of(toks[m]) in lex.word_list("receiver_nouns")



def with_partner(lex: Lexicon, doc: Document, args: list, recipients: list[str], cl, i: int) -> bool:
    """A partner after "з" in a clause with no relative word ("посередникам, які спілкуються
    з Москвою" is about the mediators)."""
    toks = doc.tokens
    rel = lex.word_list("relative_pronouns")
    if any(lemma_of(toks[m]) in rel for m in range(cl.lo, cl.hi)) or \
            (cl.left_edge is not None and lemma_of(toks[cl.left_edge]) in rel):
        return False
    preps = lex.word_list("prepositions")
    for a in args:
        k = token_index_at(doc, a.start, cl.lo, cl.hi)
        if a.entity in recipients and k is not None and \
                tie_of(doc, k, cl.lo, i, preps).prep in ("з", "із", "зі", "зо"):
            return True
    return False



def subject_before(lex: Lexicon, doc: Document, m: int, verb, lo: int, trig: int) -> bool:
    """"На переговорах у Білорусі групи домовилися": a noun before a past verb under no
    preposition that can be a nominative agreeing with it ("групи" reads first as a genitive)
    is its subject, so the verb is not the speaker's."""
    toks = doc.tokens
    noun = toks[m]
    gov = next((g for g in range(m + 1, min(len(toks), m + 4)) if toks[g] is verb), None)
    # right before the verb (over adverbs), under no preposition
    if noun.pos != "NOUN" or gov is None or (m > lo and toks[m - 1].norm in lex.word_list("prepositions")) \
            or any(toks[x].pos not in ("ADVB", "PRCL") for x in range(m + 1, gov)):
        return False
    for p in parses(noun.text):
        if p.tag.POS != "NOUN" or p.tag.case != "nomn":
            continue
        if verb.number == "plur" and "plur" in p.tag:
            return True
        if verb.number != "plur" and verb.gender and verb.gender in p.tag and "plur" not in p.tag:
            return True
    return False



def subject_after(lex: Lexicon, doc: Document, args: list, m: int, verb, lo: int, trig: int) -> bool:
    """"Відбулася акція протесту": a common noun after a past verb, nominative and not
    accusative, agreeing with it and under no preposition, is its subject, so the verb is
    not the first-person speaker's (a name there is an argument of its own)."""
    noun = doc.tokens[m]
    if not noun.text[:1].islower() or any(a.start <= noun.start < a.end for a in args) \
            or "accs" in _cases(noun.text):
        return False
    if noun.number == "plur" or verb.number == "plur":
        agrees = noun.number == verb.number
    else:
        agrees = bool(noun.gender) and noun.gender == verb.gender
    return agrees and tie_of(doc, m, lo, trig, lex.word_list("prepositions")).prep is None



def indefinite_personal(lex: Lexicon, doc: Document, cl, gov) -> bool:
    """"Вас уже шантажували газом", "Нас обстрілювали": a plural verb with no subject and a
    personal pronoun as its object tells what unnamed others did, not the speaker; so does a
    verb whose subject is a relative pronoun (`relative_subject`)."""
    if relative_subject(lex, doc, cl, gov):
        return True
    if gov.number != "plur":
        return False
    objects = lex.word_list("object_pronouns")
    preps = lex.word_list("prepositions")
    toks = doc.tokens
    # an object, not a possessive ("про його візит") nor under a preposition ("до нас")
    return any(toks[m].norm in objects and not (m > cl.lo and toks[m - 1].norm in preps) and
               not (toks[m].norm in ("його", "її", "їх") and m + 1 < len(toks) and
                    toks[m + 1].pos in ("NOUN", "ADJF"))
               for m in range(cl.lo, min(cl.hi, cl.governor + 3)))



# the gender a singular relative pronoun in the nominative agrees with in the past tense
_RELATIVE_GENDER = {"який": "masc", "котрий": "masc", "яка": "femn", "котра": "femn", "яке": "neut", "котре": "neut"}


def relative_subject(lex: Lexicon, doc: Document, cl, gov) -> bool:
    """"Закликаємо країни, які вже запровадили санкції": a clause opened by a relative pronoun
    in the nominative that agrees with its verb has that pronoun as its subject; the noun it
    stands for acts, not the speaker of a first-person text ("яку ми передали" names its own
    subject)."""
    if cl.left_edge is None or gov.person in ("1per", "2per"):
        return False
    t = doc.tokens[cl.left_edge]
    if t.norm not in lex.word_list("relative_subjects"):
        return False
    gender = _RELATIVE_GENDER.get(t.norm)
    if gender is None:                  # "які", "котрі"
        return gov.number == "plur"
    return gov.number != "plur" and gov.gender in (None, gender)


def awarded_before(lex: Lexicon, doc: Document, sent: SentenceView, s0: int | None = None) -> bool:
    """"Нагороджую орденом ... лейтенанта Івана Петренка. Особисто знищив два танки": an
    award line naming a person, verb or not, at the head of the paragraph or just before
    hands the sentences after it to the one awarded."""
    if s0 is None:
        s0 = sent.index
        while s0 > 0 and doc.sentences[s0 - 1].paragraph == sent.para:
            s0 -= 1
    if s0 == sent.index:
        return False
    awards = lex.word_list("award_words")
    for s in sorted({s0, sent.index - 1}):
        line = doc.sentences[s]
        words = doc.tokens[line.first_token:line.last_token]
        if any(lemma_of(t) in awards for t in words) and \
                any(line.start <= x.start < line.end and doc.entities.get(x.entity) is not None and
                    doc.entities[x.entity].type == "PER" for x in [*doc.mentions, *doc.refs] if x.entity):
            return True
    return False



def headed_by_someone(lex: Lexicon, doc: Document, sent: SentenceView) -> bool:
    """"Полковнику Хорошуну Едуарду. Особисто організував оборону ...": a paragraph opened by
    a line with no verb that names a person (an award list, a caption) goes on about that
    person; its verbs with no subject are not the speaker's."""
    s0 = sent.index
    while s0 > 0 and doc.sentences[s0 - 1].paragraph == sent.para:
        s0 -= 1
    if s0 == sent.index:
        return False
    if awarded_before(lex, doc, sent, s0):
        return True
    head = doc.sentences[s0]
    toks = doc.tokens[head.first_token:head.last_token]
    if any(_finite(t) or t.pos == "GRND" for t in toks):
        return False
    # the line opens with the person: a name, or a rank in the dative ("Полковнику ...");
    # not "Разом із генералами Сирським, Тарнавським": those came along
    first = next((t for t in toks if t.is_word), None)
    if first is None:
        return False
    return any(x.start == first.start and doc.entities.get(x.entity) is not None
               and doc.entities[x.entity].type == "PER" for x in [*doc.mentions, *doc.refs] if x.entity) or \
        (first.pos in ("NOUN", "ADJF") and first.case == "datv" and first.text[:1].isupper())


def we_in_clause(lex: Lexicon, toks, lo: int, hi: int) -> bool:
    """The clause speaks as "ми" ("Ми передали", "нами ухвалено", "Закликаємо"): a plural
    first-person pronoun or verb, the voice of a body rather than of one person."""
    we = lex.word_list("first_person_plural")
    return any(t.norm in we or (t.pos == "VERB" and t.person == "1per" and t.number == "plur")
               for t in toks[lo:hi])

"""Refs: role phrases, pronouns, demonyms and country adjectives resolved to entities.

- Role: "Президент України", "президент", "глава МЗС Туреччини", "генсек НАТО": the `of`
  is the name right after the phrase, else a country adjective right before it
  ("американський президент"), else the role's `default_of`; the person is a name right after
  ("президент Зеленський", "Президент України Володимир Зеленський") or else the holder of
  the role on the document date.
- Pronoun: he/she forms go to the nearest person before them whose gender fits (a few
  sentences back at most); plural forms to the nearest demonym ("росіяни ... вони").
- Demonym ("росіяни") and adjective ("американською стороною") refer to their country.
A resolved ref always has its entity in `doc.entities`.
"""
from __future__ import annotations

import bisect
from itertools import compress, repeat
from operator import or_

from ..document import Entity, Ref
from ..kb.base import KnowledgeBase
from ..textnorm import QUOTE_CLOSE, QUOTE_OPEN, norm_word
from .morph import is_dictionary, parses
from .opening_state import opening_state

PRONOUN_WINDOW = 4          # sentences back
DEMONYM_WINDOW = 2
ROLE_WINDOW = 2             # sentences a bare role keeps the country named with it before


def _kb_entity(kb: KnowledgeBase, eid: str) -> Entity:
    e = kb.entities[eid]
    return Entity(e.id, e.name, e.name_uk, e.type, e.wikidata, kb=True)


def _share(a_tok, b_tok, key) -> bool:
    """The two words share a reading by `key` (of a dictionary reading with a case), or the
    dictionary gives one of them none."""
    a = {key(p) for p in parses(a_tok.text) if p.tag.case}
    b = {key(p) for p in parses(b_tok.text) if p.tag.case}
    return not a or not b or bool(a & b)


def _case(p):
    return p.tag.case


def _case_number(p):
    """(case, number) of a reading; a reading with a gender and no number is singular."""
    return p.tag.case, p.tag.number or ("sing" if p.tag.gender else None)


def _agrees(role_tok, name_tok) -> bool:
    """A name in apposition shares the role word's case; a genitive name is its owner."""
    return _share(role_tok, name_tok, _case)


def _principal(kb: KnowledgeBase, role_tok, last_tok, eid: str) -> bool:
    """A role word that can only be a nominative ("Помічник", "Прессекретар") with a known
    person's name after it in another form than his nominative is that person's aide, not
    the person: "Помічник Буданова", "Прессекретар Пєскова" (the dictionary also reads
    "Буданова" as a woman's nominative, and Peskov was a press secretary himself)."""
    e = kb.entities.get(eid)
    if e is None or e.type != "PER":
        return False
    cases = {p.tag.case for p in parses(role_tok.text) if p.tag.case}
    if not cases or cases - {"nomn", "voct"}:
        return False
    word = last_tok.norm.replace("ґ", "г")
    return all(norm_word(a.split()[-1]).replace("ґ", "г") != word
               for a in [e.name_uk, *e.aliases] if a.split())


def _modifies(word_tok, role_tok) -> bool:
    """The word before a role can agree with it in case and number ("вашого прем'єра", "ваш
    прем'єр"); "Після цього прем'єр" shares only a reading of another word ("прем'єр" as the
    genitive plural of "прем'єра"), so "цього" is no word of the role's."""
    return _share(word_tok, role_tok, _case_number)


def role_at(kb: KnowledgeBase, toks, i: int, lengths, first: str | None = None) -> tuple[int, str] | None:
    """(length, role) of the longest role phrase of `lengths` (longest first: recognizer.py)
    that opens at token i, by the words' norms; `first` read for the first word instead (a
    plural's lemma: "Президенти США")."""
    n = len(toks)
    for L in lengths:
        if i + L <= n:
            words = tuple(x.norm for x in toks[i + (first is not None):i + L])
            role = kb.role_index.get((first,) + words if first is not None else words)
            if role:
                return L, role
    return None


def _compound(doc, kb: KnowledgeBase, t, ensure) -> None:
    """"українсько-американські": one adjective ref per country, each on its own part."""
    parts = t.norm.split("-")
    if len(parts) < 2 or parts[-1] not in kb.adjectives:
        return
    found = []
    pos = t.start
    for k, part in enumerate(parts):
        eid = kb.adjectives[part] if k == len(parts) - 1 else kb.combining.get(part)
        if eid is None:
            return
        found.append((pos, pos + len(part), eid))
        pos += len(part) + 1
    for s, e, eid in found:
        ensure(eid)
        doc.refs.append(Ref(s, e, doc.text[s:e], eid, "adjective"))


def _feminine(tok) -> bool:
    """A feminine role noun ("президентка", "прем'єркою", "очільниця"): every dictionary
    reading is a feminine noun, one at least animate ("глава" is also masculine and stays
    open; pymorphy3 also reads a compound "прем'єр-міністерка" as an inanimate thing, which
    does not make it a man's office)."""
    reads = [p for p in parses(tok.text) if p.tag.POS == "NOUN"
             and is_dictionary(p)]
    return bool(reads) and all("femn" in p.tag.grammemes for p in reads) and \
        any("anim" in p.tag.grammemes for p in reads)


def _feminine_verb(toks, i: int, end: int) -> bool:
    """The role word at token i, a subject in the nominative, and the past verb right after
    its phrase (ending at char `end`) agree in the feminine: "Прем'єр-міністр провела" speaks of
    a woman. (A masculine verb says nothing: a role noun of the masculine takes one for women
    too, "Очільник Німеччини зустрівся" of Merkel.)"""
    if toks[i].case != "nomn":
        return False
    for m in range(i + 1, min(len(toks), i + 8)):
        t = toks[m]
        if t.start < end or t.pos in ("ADVB", "PRCL"):
            continue
        if t.sentence != toks[i].sentence or not t.is_word:
            return False
        return t.pos == "VERB" and t.tense == "past" and t.gender == "femn"
    return False


def _vocative(role_toks) -> bool:
    """A role word that can only be a vocative ("Президенте", "Прем'єр-міністре"): an address
    to the listener, whoever the text is spoken to."""
    for t in role_toks:
        reads = [p for p in parses(t.text) if is_dictionary(p)
                 and p.tag.case]
        if reads and all(p.tag.case == "voct" for p in reads):
            return True
    return False


def _genitive(tok) -> bool:
    """A word that can be a genitive: the complement of a role noun ("Президента литовського
    Сейму"), not a dative addressee after it ("Президент американським партнерам сказав")."""
    return any(p.tag.case == "gent" for p in parses(tok.text))


def _lemmas(tok) -> set[str]:
    return {p.normal_form for p in parses(tok.text)} if tok.is_word else set()


def _other_state(toks, j: int, lex) -> bool:
    """The role is followed by a possessive that points at the addressee's or a third state:
    "Президент вашої країни", "прем'єр вашого народу", "їхнього уряду"; or by a plural of
    states (lexicon `state_group_words`): "Глави МЗС країн G7", "міністри оборони держав-членів
    НАТО" hold the office of several other states, not the home state's."""
    if j < len(toks) and toks[j].sentence == toks[j - 1].sentence and toks[j].norm in lex.state_group_words:
        return True
    if j + 1 >= len(toks) or not toks[j].is_word:
        return False
    return bool(_lemmas(toks[j]) & lex.other_possessives) and bool(_lemmas(toks[j + 1]) & lex.state_nouns)


def _private_body(toks, j: int, n: int, lex) -> bool:
    """The role's next words are the genitive of a firm, a club or a society (lexicon
    `private_body_heads`), past at most two adjectives: "президент компанії", "Президент
    футбольного клубу", "голова правління банку" head that body, not the state."""
    k = j
    while k < n and k < j + 2 and toks[k].is_word and toks[k].pos in ("ADJF", "PRTF") and \
            toks[k].sentence == toks[j - 1].sentence:
        k += 1
    t = toks[k] if k < n else None
    return t is not None and t.is_word and t.sentence == toks[j - 1].sentence and t.text[:1].islower() and \
        bool(_lemmas(t) & lex.private_body_heads) and _genitive(t)


def _led_by_state(kb: KnowledgeBase, lex, st, i: int, j: int, date=None) -> str | None:
    """"Делегація Польщі на чолі з прем'єр-міністром": a bare role that heads a group named
    with its state right before the phrase of leading (lexicon `led_by_phrases`) is that
    state's office, not the home state's; None when no state is named there, or when the role
    is not bare ("на чолі з лідером республіканської меншості в Сенаті Мітчеллом
    Макконнеллом": a word or a name after it says whose leader he is). So is one who goes
    with a subject named right before (`accompanied_phrases`: "Прем'єр-міністр Японії разом
    із міністром закордонних справ", "Макрон у супроводі міністра оборони": the state of that
    person on `date`), unless that name is itself under a preposition ("з Макроном разом із
    міністром": whose minister goes with them is unsaid)."""
    toks, covered = st.doc.tokens, st.covered
    if j < len(toks) and toks[j].sentence == toks[i].sentence and toks[j].is_word and \
            (toks[j].text[:1].isupper() or toks[j].pos in ("ADJF", "NOUN", "PRTF")):
        return None
    for phrase, accompanied in [*((p, False) for p in lex.led_by_phrases),
                                *((p, True) for p in lex.accompanied_phrases)]:
        k = i - len(phrase) - 1
        if k < 0 or tuple(toks[k + 1 + x].norm for x in range(len(phrase))) != phrase:
            continue
        m = covered[k]
        if m is None or toks[k].sentence != toks[i].sentence:
            return None
        if not accompanied:
            return kb.country(m.entity)
        first = st.tok_at.get(m.start, k)      # (a mention starts at a token)
        if first > 0 and toks[first - 1].sentence == toks[i].sentence and toks[first - 1].pos == "PREP":
            return None
        return kb.country(m.entity) or kb.state_of(m.entity, date)
    return None


def countries_named(st, kb: KnowledgeBase, skip: frozenset[str] = frozenset()) -> set[str]:
    """The states a text names: by a name of theirs or of their places and bodies (but the
    entities in `skip`), an office of theirs a person named holds on the document's date (the
    President of the European Parliament in 2017 names no Italy, whose minister he became
    later), a demonym or a country adjective."""
    out: set[str] = set()
    for eid in st.doc.entities:
        e = kb.entities.get(eid)
        if e is None or eid in skip:
            continue
        c = kb.country(eid)
        if c:
            out.add(c)
        for r in e.roles:
            c = kb.country(r.of) if r.active(st.doc.date) else None
            if c:
                out.add(c)
    for t in st.doc.tokens:
        if t.is_word:
            c = kb.demonyms.get(t.norm) or kb.adjectives.get(t.norm)
            if c:
                out.add(c)
    return out


def person_gender(kb: KnowledgeBase, doc, eid: str) -> str | None:
    """A person's gender: the knowledge base's, else the one the document's own entities
    record for a name outside it."""
    return kb.gender(eid) or (doc.meta.get("entities_local", {}).get(eid) or {}).get("gender")


def _named_before(doc, kb: KnowledgeBase, state: str, before: int, sentence: int) -> str | None:
    """The person named last before offset `before`, within the sentence and the two before it,
    who holds an office of `state` on the document's date."""
    best = None
    for m in doc.mentions:
        if m.end > before or sentence - doc.sentence_at(m.start) > 2:
            continue
        e = doc.entities.get(m.entity)
        if e is not None and e.type == "PER" and (best is None or m.start > best.start) and \
                kb.state_of(m.entity, doc.date) == state:
            best = m
    return best.entity if best is not None else None


def _home_side_leads(doc, kb: KnowledgeBase, role: str, last: tuple, t) -> bool:
    """A bare role after the same office of another state, in a text that names the home
    state's holder too: a readout of the home side calls its own office holder by the bare
    role ("Зеленський провів розмову з Президентом Польщі ... Глава держави наголосив";
    "Президент України ... узяв участь у засіданні. Співголовував Президент Франції ...
    Глава держави поінформував"), so the role is the home state's when its holder was named
    in those sentences as the subject, or the other office was named only as a partner
    ("зустріч Міністра оборони України з Міністром оборони США. Міністр оборони заявив").
    After the other state's office named as the subject, with no home holder acting there
    ("Президент Туреччини прийняв делегацію ... Президент наголосив"), it stays his."""
    of, sentence, subject = last
    home = kb.role_defaults.get(role)
    if home is None or of == home:
        return False
    holder = kb.holder(role, home, doc.date)
    if holder is None:
        return False
    if not subject and sentence == t.sentence and t.case == "nomn":
        return True     # "Під час розмови з Президентом Європейської ради ... Глава держави
                        # наголосив": the subject is not the partner of his own talk
    named = [x for x in (*doc.mentions, *doc.refs) if x.entity == holder.id and x.start < t.start
             and t.sentence - doc.sentence_at(x.start) <= ROLE_WINDOW]
    if not named:
        return False
    if not subject:
        return True
    return any(toks[0].case == "nomn" for x in named if (toks := doc.tokens_in(x.start, x.end)))


TAIL_WORDS = 8      # how far past a role's state its remit ("з питань України") may run


def _person_after_tail(doc, toks, mention_at: dict, k: int, n: int, lex):
    """A person's mention after a role's remit ("Спецпосланець США з питань України Кіт
    Келлог", "Комісар ЄС з питань розширення Марта Кос"): the role is that person's, not its
    holder in the knowledge base. Only over lower-case words and names of places or bodies
    with no verb or punctuation between; None when no person follows so."""
    if k >= n or toks[k].norm not in lex.role_tail_prepositions:
        return None
    for x in range(k, min(n, k + TAIL_WORDS)):
        t = toks[x]
        if not t.is_word or t.pos == "VERB":
            return None
        m = mention_at.get(x)
        if m is not None:
            e = doc.entities.get(m.entity)
            if e is not None and e.type == "PER":
                return m
    return None


def _several_states(toks, kb: KnowledgeBase, mention_at: dict, j: int, end: int) -> bool:
    """The role's state, ending at `end`, is the first of several joined by "та"/"і" ("Глави
    МЗС Франції та Німеччини", "міністри оборони Польщі і Литви"): the role names several
    office holders. (`j` is the role's end token; the state may run on past it.)"""
    e = j
    while e < len(toks) and toks[e].start < end:
        e += 1
    if e + 1 >= len(toks) or toks[e].start == end or toks[e].norm not in ("та", "і", "й"):
        return False
    m = mention_at.get(e + 1)
    return m is not None and kb.country(m.entity) is not None


def plural_roles(doc, kb: KnowledgeBase, lex, mention_at: dict, role_lengths: dict, taken: list, ensure) -> None:
    """"Президенти США і Росії провели переговори", "прем'єр-міністри Італії, Канади та
    Бельгії": an office in the plural over states joined by "і"/"та" names the holder of each
    at the document's date; the first is referred to by the office and its state, the others
    by their states' names. Both holders must be known, else no one is named (a bare
    plural office, "Президенти домовилися", names no state and is left alone)."""
    toks = doc.tokens
    n = len(toks)
    for i, t in enumerate(toks):
        if taken[i] or t.number != "plur" or not t.lemma or not role_lengths.get(t.lemma):
            continue
        hit = role_at(kb, toks, i, role_lengths[t.lemma], t.lemma)
        if hit is None:
            continue
        L, role = hit
        if role in lex.generic_roles:
            continue
        states, x, e = [], i + L, i + L     # "Італії, Канади та Бельгії": the states joined after it
        last = x                           # the token the last state opens with
        while x < n:
            m = mention_at.get(x)
            if m is None or kb.country(m.entity) != m.entity:
                break
            states.append(m)
            last = x
            while x < n and toks[x].start < m.end:
                x += 1
            e = x
            if x + 1 < n and toks[x].norm in (",", "і", "та", "й"):
                x += 1
                continue
            break
        if len(states) < 2 or toks[last - 1].norm not in ("і", "та", "й"):
            continue        # (the last state joined by "і"/"та": a list, not a state among other words)
        holders = [kb.holder(role, m.entity, doc.date) for m in states]
        if any(h is None for h in holders) or len({h.id for h in holders}) < len(holders):
            continue
        spans = [(t.start, states[0].end)] + [(m.start, m.end) for m in states[1:]]
        for holder, span in zip(holders, spans):
            ensure(holder.id)
            doc.refs.append(Ref(span[0], span[1], doc.text[span[0]:span[1]], holder.id, "role"))
        for x in range(i, e):
            taken[x] = True


def _third_state_possessive(doc, kb: KnowledgeBase, lex, mention_at: dict, i: int) -> bool:
    """"у зв'язку із заявами її прем'єра" after "Угорщині": a role after "її"/"його"/"їхнього"
    is the office of the state named last before it in the sentence; when that state is not
    the home side, the home side's holder is not meant (the role stays unresolved)."""
    toks = doc.tokens
    if i == 0 or toks[i - 1].sentence != toks[i].sentence or toks[i - 1].norm not in lex.third_possessives:
        return False
    for x in range(i - 2, -1, -1):
        if toks[x].sentence != toks[i].sentence:
            break
        m = mention_at.get(x)
        if m is not None and m.end <= toks[i - 1].start and kb.country(m.entity) == m.entity:
            return m.entity != lex.home_state
    return False


def _first_person_text(doc, words: frozenset[str]) -> bool:
    """The text speaks in the first person somewhere (an address, a post, a statement of
    the home side; `words`: the lexicon's `first_person_words`): its bare roles are the
    home side's own."""
    fp = doc.meta.get("_first_person_text")
    if fp is None:
        fp = any(t.norm in words for t in doc.tokens)
        doc.meta["_first_person_text"] = fp
    return fp


def _foreign_topic(doc, kb: KnowledgeBase, st, sentence: int, home: str) -> str | None:
    """The state the sentence before opens with as its subject ("Данія виділить ...",
    "Уряд Японії схвалив ..."), when it is another than `home`; None otherwise."""
    if sentence < 1:
        return None
    c = opening_state(doc, sentence - 1, st.tok_at.get, kb.country)
    return c if c and c != home else None


def _opens_with_office(doc, kb: KnowledgeBase, st, sentence: int, i: int, role: str, role_lengths: dict) -> bool:
    """The sentence before opens with another office than `role` (the bare role at token i),
    of the state `_foreign_topic` found ("Прем'єр Польщі заявив ... Наступного дня
    президент"): its subject is that officeholder, so the state is in view through another
    office than the bare role."""
    s = doc.sentences[sentence - 1]
    toks = doc.tokens
    first = next((k for k in range(s.first_token, s.last_token) if toks[k].is_word), None)
    # (or the bare role's own sentence names another office before it: "Прем'єр Словаччини
    # заявив про це після зустрічі з президентом")
    here = doc.sentences[sentence]
    at = [first] if first is not None else []
    at += [k for k in range(here.first_token, i) if toks[k].is_word]
    for k in at:
        other = role_at(kb, toks, k, role_lengths.get(toks[k].norm) or ())
        if other is not None and other[1] != role:
            return True
    return False


def _kept_in_view(doc, kb: KnowledgeBase, lex, role: str, last: tuple, named: tuple | None, i: int) -> bool:
    """The holder the office was last named for (`last`: its state, sentence) is spoken of
    since by pronouns of the holder's gender, each within the role window of the one before
    and the last within it of the bare role at token i ("Прем'єр-міністерка Данії прибула ...
    Вона відвідала Бучу. ... Потім вона ... Прем'єр-міністерка та президент провели
    пресконференцію"): the holder is still in view, though the office was named long before.
    No other person of that gender is named in between (the pronouns could be theirs)."""
    of, sentence, _ = last
    if of is None or sentence + 1 >= len(doc.sentences):
        return False
    person = named[1] if named is not None and named[0] == of and named[1] else None
    if person is None:
        holder = kb.holder(role, of, doc.date)
        person = holder.id if holder is not None else None
    # (as a plain string: the dictionary's gender value raises on comparison with "plur")
    g = str(person_gender(kb, doc, person) or "") if person else None
    if g not in ("masc", "femn"):
        return False
    toks = doc.tokens
    lo, hi = doc.sentences[sentence + 1].start, toks[i].start
    if any(lo <= m.start < hi and m.entity != person and (e := doc.entities.get(m.entity)) is not None
           and e.type == "PER" and person_gender(kb, doc, m.entity) in (g, None) for m in doc.mentions):
        return False
    seen = sentence
    for k in range(doc.sentences[sentence + 1].first_token, i):
        tok = toks[k]
        if tok.is_word and lex.pronouns.get(tok.norm) == g:
            if tok.sentence - seen > ROLE_WINDOW:
                return False
            seen = tok.sentence
    return seen > sentence and toks[i].sentence - seen <= ROLE_WINDOW


def _state_of_gender_between(doc, kb: KnowledgeBase, st, after: int, i: int, g: str) -> bool:
    """A state named in the sentence of the pronoun at token i, after offset `after`, by a
    singular word of the pronoun's gender `g` ("Росія" for "її", "Китай" for "його")."""
    toks = doc.tokens
    for m in doc.mentions:
        if m.start < after or m.start >= toks[i].start or doc.sentence_at(m.start) != toks[i].sentence:
            continue
        if kb.country(m.entity) != m.entity:
            continue
        k = st.tok_at.get(m.start)
        if k is not None and toks[k].gender == g and toks[k].number != "plur":
            return True
    return False


def _rival_offices(doc, kb: KnowledgeBase, named: set[str], role: str, default: str, sentence: int,
                   role_lengths: dict) -> bool:
    """A text that names only other states may still mean the home state's officeholder by a
    bare role ("Президент провів розмову з Прем'єр-міністром Великої Британії": Britain has no
    president). Another state named in the text could be meant where it has a holder of that
    office on the date, unless the sentence names that holder apart from the bare role (a
    person of that state, or the office with that state: "Президент говорив з Президентом
    Польщі" is not Poland's)."""
    home = kb.country(default) or default
    rivals = {c for c in named - {home} if kb.holder(role, c, doc.date) is not None}
    if not rivals:
        return False
    toks = doc.tokens
    apart: set[str] = set()
    for m in doc.mentions:
        if doc.sentence_at(m.start) != sentence or not m.entity:
            continue
        e = doc.entities.get(m.entity)
        if e is not None and e.type == "PER":
            apart.add(kb.state_of(m.entity, doc.date) or "")
        elif e is not None and kb.country(m.entity) == m.entity:
            k = next((x for x in range(len(toks)) if toks[x].start == m.start), None)
            if k and role_lengths.get(toks[k - 1].norm):
                apart.add(m.entity)
    return bool(rivals - apart)


def resolve(st, kb: KnowledgeBase, lex, role_lengths: dict[str, list[int]]) -> None:
    doc = st.doc
    toks = doc.tokens
    n = len(toks)
    # each pass below starts from few words (a role's first word, a demonym or adjective, a
    # pronoun): they are picked out by C-level lookups over the forms, not a test per token
    norms = [t.norm for t in toks]
    mention_at: dict[int, object] = {}          # token index where a mention starts
    for m in doc.mentions:
        i = st.tok_at.get(m.start)
        if i is not None:
            mention_at[i] = m

    def ensure(eid: str) -> None:
        if eid not in doc.entities and eid in kb.entities:
            doc.entities[eid] = _kb_entity(kb, eid)

    def end_token(i: int, m) -> int:
        j = i
        while j < n and toks[j].end <= m.end:
            j += 1
        return j

    topics: set[str] | None = None

    def about(country: str) -> bool:
        """The text is about the country: it names it (or a place or body of it, a person in
        its offices, its people: "українці", "український"), or names no state at all; a text
        that names only other states is about them."""
        nonlocal topics
        if topics is None:
            topics = countries_named(st, kb)
        return not topics or country in topics

    def abroad(home: str) -> bool:
        """The text names a state other than the role's default one: an address to "пане
        Президенте" may be to its host, so the default holder is not assumed."""
        nonlocal topics
        if topics is None:
            topics = countries_named(st, kb)
        return bool(topics - {home})

    role_taken = [False] * n
    doc.meta.pop("_ambiguous_roles", None)      # (a document read again starts afresh)
    last_of: dict[str, tuple] = {}       # role -> (explicit of, sentence, named as subject)
    named_with: dict[str, tuple] = {}    # role -> (of, person) the last explicit role was named with
    named_holder: dict[tuple, str] = {}  # (role, of) -> the person the text named in that office
    # ---- roles -------------------------------------------------------------------------
    starts = list(compress(range(n), map(role_lengths.get, norms)))
    at = 0
    i = 0
    while True:
        while at < len(starts) and starts[at] < i:
            at += 1
        if at == len(starts):
            break
        i = starts[at]
        t = toks[i]
        lens = role_lengths.get(t.norm) if t.is_word and st.covered[i] is None else None
        if not lens:
            i += 1
            continue
        hit = role_at(kb, toks, i, lens)
        if hit is None:
            i += 1
            continue
        L, role = hit
        j = i + L
        end = toks[j - 1].end
        of = None
        person = None
        k = j
        # the role's last word begins a longer name ("Начальник Генерального штабу Росії" with
        # the body "Генерального штабу Росії"): the office is that body's head, of its state,
        # and a body of no known state leaves the role to no one rather than to the default
        inner = st.covered[j - 1]
        inside = inner is not None and inner.end > toks[j - 1].end
        if inside:
            of = kb.country(inner.entity)
            end = inner.end
            while k < n and toks[k].start < inner.end:
                k += 1
        m = mention_at.get(k)
        if m is None and k + 1 < n and toks[k].text in QUOTE_OPEN and mention_at.get(k + 1) is not None:
            m = mention_at[k + 1]       # "голова фракції «Слуга народу»": the quoted body
        if m is not None and doc.entities.get(m.entity) and doc.entities[m.entity].type in ("LOC", "ORG"):
            of = m.entity
            end = m.end
            k = end_token(st.tok_at.get(m.start, k), m)
            if k < n and toks[k].text in QUOTE_CLOSE and toks[k].start == end:
                end = toks[k].end       # the ref keeps the closing mark it opened with
                k += 1
            m = mention_at.get(k)
        if m is not None and doc.entities.get(m.entity) and doc.entities[m.entity].type == "PER":
            if not _principal(kb, toks[i], toks[end_token(k, m) - 1], m.entity) and (
                    _agrees(toks[i], toks[k]) or _agrees(toks[i], toks[end_token(k, m) - 1]) or
                    kb.ever_held(m.entity, role, of)):
                person = m.entity       # (a first name read in another case, an undeclined
                                        # surname that agrees: "Посол Японії Масаші Мацуда";
                                        # a foreign name pymorphy3 guesses a genitive for, of
                                        # one who held that office at some date: "Прем'єр-
                                        # міністр Японії Сігеру Ісіба" in a later text)
            else:               # "помічник Путіна Юрій Ушаков": a genitive name is the `of`
                k2 = end_token(k, m)
                m2 = mention_at.get(k2)
                if m2 is not None and doc.entities.get(m2.entity) and doc.entities[m2.entity].type == "PER":
                    person = m2.entity
                elif of is None:
                    of = m.entity
        named_later = None
        remit = k + 1 < n and toks[k].norm in lex.role_remit_prepositions and \
            toks[k + 1].norm in lex.role_remit_nouns
        if person is None and m is None and of is not None:
            named_later = _person_after_tail(doc, toks, mention_at, k, n, lex)
            if named_later is not None and _agrees(toks[i], toks[st.tok_at.get(named_later.start, k)]):
                person = named_later.entity     # "Спецпосланець США з питань України Кіт Келлог"
        if m is None and person is None and k + 2 < n and toks[k].text == "," \
                and _lemmas(toks[k + 1]) & lex.title_words:
            m2 = mention_at.get(k + 2)      # "з вашим Президентом, паном Аларом Карісом"
            if m2 is not None and doc.entities.get(m2.entity) and doc.entities[m2.entity].type == "PER" \
                    and _agrees(toks[i], toks[k + 2]):
                person = m2.entity
        if of is None and person is None and m is None and k == j and k < n and toks[k].norm in kb.adjectives \
                and kb.adjectives[toks[k].norm] != kb.country(kb.role_defaults.get(role) or "") \
                and _genitive(toks[k]):
            # "Президента литовського Сейму", "президент американської компанії": the office of
            # the body the other state's adjective begins, never the home state's holder
            body = mention_at.get(k + 1)
            if body is not None and doc.entities.get(body.entity) and doc.entities[body.entity].type == "ORG":
                of, end = body.entity, body.end
            else:
                of = kb.adjectives[toks[k].norm] if k + 1 >= n or not toks[k + 1].is_word else None
                inside = of is None             # a body we cannot name: its head stays unknown
        if of is None and person is None and m is None and k == j and _private_body(toks, j, n, lex):
            inside = True               # "президент компанії": the head of a body we cannot name
        if of is None and person is None and j < n and toks[j].is_word:
            named = [lex.state_epithets[x] for x in _lemmas(toks[j]) if x in lex.state_epithets]
            if named and named[0] in kb.entities:       # "президент країни-агресора"
                of = named[0]
                end = toks[j].end
        adjective_of = None
        if of is None and i > 0 and toks[i - 1].norm in kb.adjectives:
            of = kb.adjectives[toks[i - 1].norm]
            role_taken[i - 1] = True
            adjective_of = i - 1
        if of is None and person is None:
            of = _led_by_state(kb, lex, st, i, j, doc.date)     # "Делегація Польщі на чолі з прем'єром"
        foreign = of is None and person is None and (
            _other_state(toks, j, lex)
            # ("Після цього прем'єр поговорив": a word of "цей" in another case heads no role)
            or (i > 0 and toks[i - 1].sentence == t.sentence and bool(_lemmas(toks[i - 1]) & lex.other_possessives)
                and _modifies(toks[i - 1], t))
            or "foreign" in t.tags      # "ваш міністр закордонних справ"; a role in a Russian passage
            or _third_state_possessive(doc, kb, lex, mention_at, i))
        addressed = i > 0 and toks[i - 1].sentence == t.sentence and bool(_lemmas(toks[i - 1]) & lex.title_words)
        chained = False
        if foreign or (inside and of is None):
            pass                        # "пане Президенте вашої країни": not the home state's
        elif of is None and role in last_of and (
                t.sentence - last_of[role][1] <= ROLE_WINDOW or
                _kept_in_view(doc, kb, lex, role, last_of[role], named_with.get(role), i)) \
                and not _home_side_leads(doc, kb, role, last_of[role], t):
            of = last_of[role][0]       # "Президент Туреччини ... Президент наголосив"
            # the bare role takes the chain on: "Прем'єр Польщі ... Прем'єр наголосив ... Україна
            # отримає гармати. Прем'єр також зустрівся" is still Poland's, however many
            # sentences the chain runs over, while each link is within the window of the last
            last_of[role] = (of, t.sentence, last_of[role][2] or t.case == "nomn")
            chained = True
            if of is None:
                # (two holders just named: the events layer must not take the role for the home
                # side's either)
                doc.meta.setdefault("_ambiguous_roles", set()).add(t.start)
        elif of is None:
            of = kb.role_defaults.get(role)
            if of is not None and not about(kb.country(of) or of) and \
                    _rival_offices(doc, kb, countries_named(st, kb), role, of, t.sentence, role_lengths):
                of = None               # a bare role in a text about a state that has the office too
            elif of is not None and person is None and not _first_person_text(doc, lex.first_person_words) and \
                    (topic := _foreign_topic(doc, kb, st, t.sentence, kb.country(of) or of)) is not None:
                # "Данія виділить ще 500 мільйонів. Прем'єр-міністр також повідомила ...": a
                # report about another state goes on with that state's officeholder (or an
                # unknown one), not the home state's, whom the text never names
                of = topic if kb.holder(role, topic, doc.date) is not None and \
                    not _opens_with_office(doc, kb, st, t.sentence, i, role, role_lengths) else None
                if of is None:
                    # "Прем'єр Польщі заявив ... Наступного дня президент відвідав Литву":
                    # after another office of that state, the bare role is neither his
                    # state's holder nor the home state's
                    doc.meta.setdefault("_ambiguous_roles", set()).add(t.start)
            elif of is not None and person is None and (_vocative(toks[i:j]) or addressed) \
                    and abroad(kb.country(of) or of):
                of = None               # "пане Президенте", "пані Президент" in a speech to a
                                        # foreign host
        else:
            if role in last_of and last_of[role][1] == t.sentence and last_of[role][0] not in (of, None):
                # "Президент Литви та Президент Польщі прибули. Президент зустрівся ...": two
                # holders named together leave the bare role after them to neither
                last_of[role] = (None, t.sentence, False)
            else:
                last_of[role] = (of, t.sentence, t.case == "nomn")
            named_with[role] = (of, person)
        eid = person
        if eid is None and chained and of is not None and named_with.get(role, (None, None))[0] == of:
            # "Прем'єр Британії Кір Стармер ... Після цього прем'єр": the person the office was
            # named with, not whoever holds it on the text's date
            eid = named_with[role][1]
        former = i > 0 and toks[i - 1].sentence == t.sentence and bool(_lemmas(toks[i - 1]) & lex.former_words)
        if person is not None and of is not None and not former:
            named_holder[(role, of)] = person
        if person is None and former:
            of = None             # "колишньому міністру оборони": not the one in office now
        if eid is None and of is not None and (role, of) in named_holder:
            # "Президент Польщі Анджей Дуда прибув ... Президент Польщі наголосив": the holder
            # the text itself named in that office, whatever the knowledge base has for its date
            eid = named_holder[(role, of)]
        if person is None and of is not None and _several_states(toks, kb, mention_at, j, end):
            of = None             # "Глави МЗС Франції та Німеччини": two offices, no one holder
        if eid is None and of is not None and role in lex.generic_roles and kb.country(of) == of:
            # "Орбан заблокував рішення. За словами угорського лідера, ...": a leader of a
            # state named without the office is the person of that state the text just named
            eid = _named_before(doc, kb, of, t.start, t.sentence)
            if eid is not None:
                doc.refs.append(Ref(t.start, end, doc.text[t.start:end], eid, "role"))
                for x in range(i, j):
                    role_taken[x] = True
                i = j
                continue
        if eid is None and of is not None and named_later is None and not remit:
            # (a remit after the state, "Спецпосланець США з питань України", is an office
            # narrower than the knowledge base's: not its holder)
            holder = kb.holder(role, of, doc.date)
            eid = holder.id if holder else None
            if eid is not None and _feminine(toks[i]) and kb.gender(eid) != "femn":
                eid = None              # "Президенткою" is not a man in that office
            if eid is not None and kb.gender(eid) == "masc" and _feminine_verb(toks, i, end):
                eid = None              # "Прем'єр-міністр провела ..." is not a man in that office
        if eid is not None:
            ensure(eid)
            doc.refs.append(Ref(t.start, end, doc.text[t.start:end], eid, "role"))
            for x in range(i, j):
                role_taken[x] = True
        elif adjective_of is not None:
            # "Литва вислала російського посла": no holder known, the adjective still names
            # the state whose envoy he is
            role_taken[adjective_of] = False
        i = j

    plural_roles(doc, kb, lex, mention_at, role_lengths, role_taken, ensure)

    # ---- demonyms and adjectives ---------------------------------------------------------
    for i in compress(range(n), map(or_, map(or_, map(kb.demonyms.__contains__, norms),
                                                  map(kb.adjectives.__contains__, norms)),
                                    map(str.__contains__, norms, repeat("-")))):
        t = toks[i]
        if not t.is_word or st.covered[i] is not None or role_taken[i]:
            continue
        if t.norm in kb.demonyms:
            eid, kind = kb.demonyms[t.norm], "demonym"
        elif t.norm in kb.adjectives:
            eid, kind = kb.adjectives[t.norm], "adjective"
        elif "-" in t.norm:
            _compound(doc, kb, t, ensure)
            continue
        else:
            continue
        ensure(eid)
        doc.refs.append(Ref(t.start, t.end, t.text, eid, kind))

    # ---- pronouns ----------------------------------------------------------------------
    def gender_of(eid: str) -> str | None:
        return person_gender(kb, doc, eid)

    anchors = []    # (start, end, sentence, entity) of people named or named by a role
    for m in doc.mentions:
        ent = doc.entities.get(m.entity)
        if ent is not None and ent.type == "PER":
            anchors.append((m.start, m.end, doc.sentence_at(m.start), m.entity))
    for r in doc.refs:
        ent = doc.entities.get(r.entity) if r.entity else None
        if r.kind == "role" and ent is not None and ent.type == "PER":
            anchors.append((r.start, r.end, doc.sentence_at(r.start), r.entity))
    anchors.sort()
    demonyms = sorted((r.start, doc.sentence_at(r.start), r.entity) for r in doc.refs if r.kind == "demonym")
    # the search goes back from the pronoun, found by bisection: walking back from the end
    # of the text for every pronoun was quadratic in a long document
    anchor_starts = [a[0] for a in anchors]
    demonym_starts = [d[0] for d in demonyms]
    new_refs = []
    for i in compress(range(n), map(lex.pronouns.__contains__, norms)):
        t = toks[i]
        g = lex.pronouns.get(t.norm) if t.is_word else None
        if g is None or st.covered[i] is not None:
            continue
        sent = t.sentence
        eid = None
        chosen_end = 0
        if g in ("masc", "femn"):
            # anchors starting at or after the pronoun end after it too (no span is empty)
            # "Зеленський зустрівся з Трампом. Він заявив ...": a pronoun that is a subject
            # takes up the subject of the sentence where the nearest agreeing person stands,
            # not the person named last in it
            # ("Зеленський подякував Байдену. За його словами, ...": a possessive opening a
            # sentence takes up the subject before too, whose words or acts go on)
            # (its first or second word: "Його країна", "За його словами"; "Канцлер закликав
            # його" has it third, the object of its own clause)
            subject = t.case == "nomn" or (t.norm in lex.third_possessives and
                                           (i < 2 or toks[i - 2].sentence != sent))
            if t.case == "nomn" and i + 1 < n and toks[i + 1].sentence == sent and \
                    (toks[i + 1].lemma or toks[i + 1].norm) in lex.text_verbs:
                continue          # "Він передбачає припинення вогню": a text, no person
            best_sent = None
            own_subject = None
            for k in range(bisect.bisect_left(anchor_starts, t.start) - 1, -1, -1):
                a_start, a_end, a_sent, a_eid = anchors[k]
                if a_end > t.start:
                    continue
                if sent - a_sent > PRONOUN_WINDOW or (best_sent is not None and a_sent != best_sent):
                    break
                ag = gender_of(a_eid)
                if ag is None or ag == g:
                    at = st.tok_at.get(a_start)
                    nominative = at is not None and toks[at].case == "nomn"
                    if subject and a_sent == sent and not nominative and at is not None and \
                            not any(x.norm == "," or (x.pos == "VERB" and x.tense) for x in toks[at + 1:i]):
                        continue      # "Під час зустрічі із Зеленським він оголосив": not he (but
                                      # "я говорив з Папою, і він сказав": a clause before is his)
                    if a_eid == own_subject or (
                            not subject and a_sent == sent and nominative and at is not None and
                            all(x.is_word for x in toks[at + 1:i]) and
                            sum(1 for x in toks[at + 1:i] if x.pos == "VERB" and x.tense) <= 1):
                        own_subject = a_eid
                        continue      # "Канцлер закликав його вивести війська": an object or a
                                      # possessive is not the subject of its own clause, named
                                      # again before (that one would be "себе", "свій")
                    if best_sent is None or nominative:
                        eid = a_eid
                        chosen_end = a_end
                    if not subject or nominative:
                        break
                    best_sent = a_sent
        else:
            for k in range(bisect.bisect_left(demonym_starts, t.start) - 1, -1, -1):
                d_start, d_sent, d_eid = demonyms[k]
                if sent - d_sent > DEMONYM_WINDOW:
                    break
                at = st.tok_at.get(d_start)
                if t.case == "nomn" and at is not None and "nomn" not in {p.tag.case for p in parses(toks[at].text)}:
                    # "Кричіть про вбивства українців. ... вони продовжували бити": a plural
                    # subject stands for people who are a subject, not the ones spoken of
                    continue
                eid = d_eid
                break
        if eid is not None and t.norm in lex.third_possessives and \
                _state_of_gender_between(doc, kb, st, chosen_end, i, g):
            # "Росія відмовилася від участі, після того як СБУ заборонила в'їзд її учасниці":
            # a state of the pronoun's gender named in its sentence after the person may be
            # whose it is; the person is not guessed
            continue
        if eid is not None and t.norm in lex.third_possessives and i + 1 < n and \
                toks[i + 1].sentence == sent and (toks[i + 1].lemma or "") in lex.state_nouns:
            # "Фіцо заявив, що його країна не надаватиме допомоги": "його" only says whose; the
            # state noun is the person's state, in the noun's own case (the subject here), and
            # the person is no party of what the state does
            state = kb.state_of(eid, doc.date)
            if state is not None and st.covered[i + 1] is None:
                ensure(state)
                new_refs.append(Ref(toks[i + 1].start, toks[i + 1].end, toks[i + 1].text, state, "role"))
            continue
        if eid is not None:
            ensure(eid)
            new_refs.append(Ref(t.start, t.end, t.text, eid, "pronoun"))
    doc.refs.extend(new_refs)

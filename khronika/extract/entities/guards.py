"""Why a gazetteer match is not the entity it looks like: the KB index holds every case form
of every alias, so a word of a person's name can look like a town, a title like a foreign
surname, a name quoted as a word like whoever bears it in office today. Each test here reads
the words around the match; none names a particular entity."""
from __future__ import annotations

from ...kb.base import KBEntity, KnowledgeBase
from ..morph import dictionary_parses, is_dictionary, parses, tag_view
from .nominative import common_noun_only

_OPEN_QUOTES = {"«", "„", "“", '"', "'"}
_CLOSE_QUOTES = {"»", "“", "”", '"', "'"}
_RARE = {"Dist", "Rare", "Arch", "Slng"}


def first_name_not_place(st, i: int) -> bool:
    """A town named like a first name ("Володимир") matched by a word that is that first name
    here: a vocative ("Володимире, ..."; places are not addressed), or a word beside a
    patronymic or a surname in the same case ("Швораку Володимиру Васильовичу",
    "сержанта Володимира Балюка")."""
    toks = st.doc.tokens
    if state_before_statesman(st, i):
        return False
    reads = dictionary_parses(toks[i].text)
    # the dictionary does not tag every form of a name ("Володимир" is an animate noun):
    # an animate reading of a first name the KB knows counts too
    known = toks[i].norm in st.kb.first_names
    names = [p for p in reads if "Name" in tag_view(p).grammemes or known and "anim" in tag_view(p).grammemes]
    if not names:
        return False
    if all(tag_view(p).case == "voct" for p in reads):
        return True
    cases = {tag_view(p).case for p in names}
    for k in (i - 1, i + 1):
        if not 0 <= k < len(toks) or toks[k].sentence != toks[i].sentence:
            continue
        t = toks[k]
        if not t.is_word or not t.text[:1].isupper():
            continue
        held = st.covered[k]
        if held is not None and held.type != "PER":
            continue
        for p in dictionary_parses(t.text):
            g = tag_view(p).grammemes
            if ("Patr" in g and k == i + 1 or "Surn" in g) and tag_view(p).case in cases:
                return True
        if k == i + 1 and _guessed_surname(t.text, cases):
            return True
    return False


def state_before_statesman(st, i: int) -> bool:
    """"на Ізраїль Зеленський провів", "прем'єр-міністром Ізраїлю Нетаньягу": a state's
    one-word name that reads as a first name too, right before the surname of a person the
    knowledge base knows, is the state; the person is the KB's, no namesake of the state's
    name."""
    toks, kb = st.doc.tokens, st.kb
    if i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence:
        return False
    return any(kb.country(h.entity) == h.entity for h in kb.index.get((toks[i].norm,)) or ()) and \
        any(kb.entities[h.entity].type == "PER" for h in kb.index.get((toks[i + 1].norm,)) or ())


def first_name_opens_person(st, i: int, j: int) -> bool:
    """The model reads tokens i..j as one person, and the gazetteer took the first word
    alone for a town named like a first name ("Володимира Шапакіна", "Володимиру
    Тупіцину"): the town guard above wants the next word to be a surname the dictionary
    knows, and many are not, or are spelt like a small place or a common noun. The model's
    span is the evidence here, checked by grammar: the first word is a first name, the rest
    are capitalised words not taken by anything, and the next one can stand in the case and
    gender of that first name ("У Володимирі Ковальчук": a feminine surname, a town)."""
    toks = st.doc.tokens
    m = st.covered[i]
    if j - i < 2 or m is None or m.type != "LOC" or m.source != "kb" \
            or m.start != toks[i].start or m.end != toks[i].end:
        return False
    if any(st.covered[k] is not None or not toks[k].is_word or not toks[k].text[:1].isupper()
           or toks[k].sentence != toks[i].sentence for k in range(i + 1, j)):
        return False
    known = toks[i].norm in st.kb.first_names
    forms = {(tag_view(p).case, tag_view(p).gender) for p in dictionary_parses(toks[i].text)
             if "Name" in tag_view(p).grammemes or known and "anim" in tag_view(p).grammemes}
    return bool(forms & {(tag_view(p).case, tag_view(p).gender) for p in parses(toks[i + 1].text)
                         if tag_view(p).POS in ("NOUN", "ADJF")})


def _guessed_surname(word: str, cases: set) -> bool:
    """A surname the dictionary does not list, read from its ending in the first name's
    case ("Володимир Святошнюк", "Володимирові Гаюку"): people outside any list, so the
    guess counts when no dictionary reading of the word in that case is a common word."""
    guessed = {tag_view(p).case for p in parses(word) if not is_dictionary(p) and "Surn" in tag_view(p).grammemes}
    common = {tag_view(p).case for p in dictionary_parses(word)
              if not {"Name", "Surn", "Patr"} & set(tag_view(p).grammemes)}
    return bool(guessed & cases - common)


def surname_after_first_name(st, i: int) -> bool:
    """A word that names a place but follows a first name in the same case is that person's
    surname ("Альдо Рейн", "Іване Дніпро", "Олені Київ" are people): news puts no bare place
    right after a first name, it sets a place off with a comma or a preposition."""
    toks = st.doc.tokens
    k = i - 1
    if k < 0 or toks[k].sentence != toks[i].sentence or not toks[k].is_word \
            or not toks[k].text[:1].isupper() or toks[k].end == toks[i].start:
        return False
    held = st.covered[k]
    if held is not None and held.type != "PER":
        return False
    names = [p for p in dictionary_parses(toks[k].text) if "Name" in tag_view(p).grammemes]
    if not names:
        return False
    place = {tag_view(p).case for p in dictionary_parses(toks[i].text) if tag_view(p).POS == "NOUN"}
    return not place or any(tag_view(p).case in place for p in names)


def cut_before_noun(words) -> bool:
    """A name of several words that ends in an adjective is the model's span cut short of
    its noun ("Міста Західної" of "Міста Західної України", "Другої світової" of the war):
    Ukrainian puts the adjective before the noun, so no name ends in one."""
    if len(words) < 2 or "-" in words[-1].text:
        return False
    ps = dictionary_parses(words[-1].text)
    return bool(ps) and all(tag_view(p).POS in ("ADJF", "PRTF") for p in ps)


def noun_of_genitive(st, i: int) -> bool:
    """A sentence's first word that the dictionary reads as a common noun in the nominative,
    with a lowercase genitive after it, is that noun governing its complement, not a body or
    a thing named like it: "Дія воєнного стану продовжена", "Дії російських військ" are the
    effect of a law and the acts of an army, while "Дія стала першим застосунком" and "у
    Дії" are the state's app."""
    toks = st.doc.tokens
    k = i + 1
    if k >= len(toks) or toks[k].sentence != toks[i].sentence or not toks[k].is_word \
            or not toks[k].text[:1].islower():
        return False
    if not any(tag_view(p).POS == "NOUN" and tag_view(p).case == "nomn"
               and not {"Name", "Surn", "Patr", "Geox", "Abbr"} & set(tag_view(p).grammemes)
               for p in dictionary_parses(toks[i].text)):
        return False
    return any(tag_view(p).POS in ("NOUN", "ADJF", "PRTF") and tag_view(p).case == "gent"
               for p in dictionary_parses(toks[k].text))


def quoted_alone(st, i: int, j: int) -> bool:
    """A name that is the whole of a quotation («Шевченко», "Дарвін"): a name mentioned as a
    word, a title or a symbol, not an actor of the day's news."""
    toks = st.doc.tokens
    return (i > 0 and j < len(toks) and toks[i - 1].text in _OPEN_QUOTES
            and toks[j].text in _CLOSE_QUOTES)


def inside_quoted_name(st, i: int, j: int, a: int, b: int) -> bool:
    """Tokens a..b lie within a quoted name of several words that the span i..j holds
    ("ТОВ «Бюро Ейнштейн»", «Бюро Ейнштейн»): a person's or a place's name there is a word of
    a company's name, not the person or the place. The quotes open inside the span or right
    before it, close inside it or right after it, and hold more words than a..b."""
    toks = st.doc.tokens
    lo = max(i - 1, 0)
    hi = min(j + 1, len(toks))
    opens = [k for k in range(lo, a) if toks[k].text in _OPEN_QUOTES]
    closes = [k for k in range(b, hi) if toks[k].text in _CLOSE_QUOTES]
    if not opens or not closes:
        return False
    o, c = opens[-1], closes[0]
    return toks[o].sentence == toks[a].sentence and (c - o - 1) > (b - a) \
        and all(t.text not in _CLOSE_QUOTES for t in toks[o + 1:a])


def foreign_person(kb: KnowledgeBase, e: KBEntity, home: str | None) -> bool:
    """A person known by offices, none of them of the home state (a person with no role
    recorded is not judged)."""
    if home is None or not e.roles:
        return False
    return all(kb.country(r.of) not in (home, None) for r in e.roles)


_HEADS = {"president", "prime-minister", "chancellor", "king", "pope", "secretary-general",
          "supreme-leader", "emir"}


def idle_foreigner(st, kb: KnowledgeBase, home: str | None, i: int, e: KBEntity) -> bool:
    """A surname alone that the KB gives to a person of another country holding no office on
    the document's date (a minister before or after his term): with the many namesakes
    abroad, it names that person only when the document gives the first name or a role
    (the caller links it if the full name comes later). A sitting member of a parliament holds
    an office; a head of state or government, past or present, is known by the surname alone
    ("Саркозі", "Меркель")."""
    date = st.doc.date
    if date is None or e.id in st.doc.entities or not foreign_person(kb, e, home):
        return False
    if any(r.active(date) for r in e.roles) or any(r.role in _HEADS for r in e.roles):
        return False
    return not after_role(st, i)


def title_noun(st, i: int) -> bool:
    """A capitalised word the dictionary also reads as a person noun in a plain (not rare or
    dialect) sense: "Герцог" (duke) before "Герцогиня", not the surname Herzog. A title names
    a person: a thing noun ("хосода") is no title, and "пане Хосодо" the speaker Hosoda."""
    w = st.doc.tokens[i].text
    return any(tag_view(p).POS == "NOUN" and "anim" in tag_view(p).grammemes
               and not ({"Name", "Surn", "Patr", "Geox", "Abbr"} | _RARE) & set(tag_view(p).grammemes)
               for p in dictionary_parses(w))


def after_role(st, i: int) -> bool:
    """A role phrase ends right before the word, or before a place or body named right after
    the role ("президент Ізраїлю Герцог", "Президент Герцог")."""
    toks = st.doc.tokens
    k, _ = _past_named_body(st, i)
    return k >= 0 and toks[k].sentence == toks[i].sentence and k in st.role_tokens


def _past_named_body(st, at: int) -> tuple[int, str | None]:
    """The token before `at`, or before the place or body named right before it (where a role
    phrase ends: "президент Ізраїлю Герцог"), with that place's or body's id (or None)."""
    k = at - 1
    of = None
    held = st.covered[k] if k >= 0 else None
    if held is not None and held.type in ("LOC", "ORG"):
        of = held.entity
        while k >= 0 and st.covered[k] is held:
            k -= 1
    return k, of


def title_not_surname(st, kb: KnowledgeBase, home: str | None, i: int, ent: KBEntity,
                      ranks: frozenset[str] = frozenset()) -> bool:
    """A capitalised common noun ("Герцог", duke) that the KB matches only as the surname of a
    person of another country, with no role phrase before it: a title, unless the document
    names that person in full (the caller checks that once all full names are found). A head
    of state or government in office is known by the surname alone ("Стармер заявив", though
    the dictionary lists a stray noun "стармер"), unless the word is a title of rank."""
    if ent.id in st.doc.entities or not foreign_person(kb, ent, home) or not title_noun(st, i) or \
            after_role(st, i):
        return False
    return not sitting_head(st, ent) or any(p.normal_form in ranks for p in dictionary_parses(st.doc.tokens[i].text))


def sitting_head(st, ent: KBEntity) -> bool:
    """A head of state or government (or a king, the pope ...) in office on the document's
    date: known by the surname alone."""
    date = st.doc.date
    return date is not None and any(r.role in _HEADS and r.active(date) for r in ent.roles)


def sitting_heads(st, kb: KnowledgeBase, surfaces) -> frozenset:
    """The ids among a word's KB matches of people who are sitting heads (`sitting_head`)."""
    return frozenset(s.entity for s in surfaces if kb.entities[s.entity].type == "PER"
                     and sitting_head(st, kb.entities[s.entity]))


def named_in_full(st, eid: str) -> bool:
    """The document names the person with more than the surname somewhere."""
    return any(m.entity == eid and len(m.text.split()) > 1 for m in st.doc.mentions)


_JOINS = {",", "й", "і", "та"}


def _agree(adj, noun, listed: bool) -> bool:
    """An adjective reading that can modify the noun reading: same case, and in the singular
    the same gender and number (singular adjectives of a list share a plural noun)."""
    if tag_view(adj).case != tag_view(noun).case:
        return False
    if "plur" in tag_view(noun).grammemes:
        return listed or "plur" in tag_view(adj).grammemes
    return "plur" not in tag_view(adj).grammemes and tag_view(adj).gender == tag_view(noun).gender


def adjective_of_a_noun(st, i: int, j: int) -> bool:
    """A capitalised adjective that modifies the common noun after it, maybe across a list of
    adjectives ("на Червоній площі", "Чорного й Азовського морів"): the name of a square or a
    sea, not a person with an adjectival surname ("Зеленського указом" does not agree)."""
    toks = st.doc.tokens
    if j - i != 1:
        return False
    adjs = [p for p in dictionary_parses(toks[i].text) if tag_view(p).POS == "ADJF"]
    if not adjs:
        return False
    k = j
    while k + 1 < len(toks) and toks[k].norm in _JOINS and toks[k + 1].text[:1].isupper() \
            and any(tag_view(p).POS == "ADJF" for p in dictionary_parses(toks[k + 1].text)):
        k += 2
    if k >= len(toks) or toks[k].sentence != toks[i].sentence or not toks[k].is_word \
            or not toks[k].text[:1].islower():
        return False
    nouns = [p for p in dictionary_parses(toks[k].text) if tag_view(p).POS == "NOUN"
             and not {"Name", "Surn", "Patr"} & set(tag_view(p).grammemes)]
    return any(_agree(a, n, k > j) for a in adjs for n in nouns)


def adjectival_surname(st, i: int, j: int) -> bool:
    """A capitalised adjective the model reads as a person, with no lowercase noun or
    adjective after it, which the document writes so again inside a sentence ("Карий не міг",
    "У Карого був"): an adjectival surname the dictionary does not list as one (as it lists
    Білий or Рудий). A capital inside a sentence, repeated, is a name's; an adjective written
    so once, or only at sentence starts, or before a noun ("Донецький обласний центр"), is no
    evidence."""
    toks = st.doc.tokens
    if j - i != 1 or any({"Name", "Surn", "Patr"} & set(tag_view(p).grammemes) for p in dictionary_parses(toks[i].text)) \
            or quoted_alone(st, i, j) or not _bare_capital_adjective(st, i):
        return False        # (a surname the dictionary knows needs none of this)
    lemmas = _singular_adjective_lemmas(toks[i].text)
    return any(k != i and lemmas & _singular_adjective_lemmas(t.text) and not st.sentence_initial(k)
               and _bare_capital_adjective(st, k) for k, t in enumerate(toks) if t.is_word)


def _bare_capital_adjective(st, k: int) -> bool:
    toks = st.doc.tokens
    t = toks[k]
    if not t.text[:1].isupper() or t.text.isupper() or not _singular_adjective_lemmas(t.text):
        return False
    n = k + 1
    return not (n < len(toks) and toks[n].sentence == t.sentence and toks[n].is_word
                and toks[n].text.islower()
                and any(tag_view(p).POS in ("NOUN", "ADJF", "PRTF") for p in parses(toks[n].text)))


def _singular_adjective_lemmas(word: str) -> set[str]:
    return {p.normal_form for p in dictionary_parses(word) if tag_view(p).POS == "ADJF" and tag_view(p).number != "plur"}


def shared_head_adjective(st, i: int, j: int) -> bool:
    """A capitalised adjective joined by "та"/"і" to the capitalised adjective of a name
    after it ("в Центральній та Східній Європі", "Північної й Південної Кореї"): it shares
    that name's noun and names nothing by itself."""
    toks = st.doc.tokens
    if j - i != 1 or j + 1 >= len(toks) or toks[j].norm not in ("та", "і", "й"):
        return False
    own = dictionary_parses(toks[i].text)
    adjs = [p for p in own if tag_view(p).POS == "ADJF"]
    if not adjs or any(tag_view(p).POS == "NOUN" for p in own):
        return False
    nxt = toks[j + 1]
    if not (nxt.is_word and nxt.text[:1].isupper() and nxt.sentence == toks[i].sentence):
        return False
    return any(tag_view(p).POS == "ADJF" and tag_view(p).case in {tag_view(a).case for a in adjs}
               for p in dictionary_parses(nxt.text))


def person_evidence(st, i: int, j: int, titles: set[str]) -> bool:
    """Something in or before a name the model tags as a person says it is one: a word the
    dictionary knows as a first name, surname or patronymic (not a guess from its ending:
    "Тауер", "Сі-Ен" are guessed), a first name the KB knows, an initial, a role or a title
    ("пан") right before. A building, a company or an old place name in transliteration
    ("Сі-Ен Тауер", "Гардарикі") has none. Names in Latin letters are not judged. A double
    surname counts when the dictionary knows each part as a surname.
    A person noun right before counts as a role ("лейтенант Бжестрович")."""
    toks = st.doc.tokens
    words = [t for t in toks[i:j] if t.is_word or t.text.endswith(".")]
    if any(not _cyrillic(t.text) for t in words):
        return True
    for t in words:
        if t.text.endswith(".") and sum(ch.isalpha() for ch in t.text) == 1:
            return True             # "В. Петренко"
        if t.norm in st.kb.first_names:
            return True
        if any({"Name", "Surn", "Patr"} & set(tag_view(p).grammemes) for p in dictionary_parses(t.text)):
            return True
        parts = t.text.split("-")
        if len(parts) > 1 and all(len(x) > 2 and x[:1].isupper() for x in parts) and all(
                any("Surn" in tag_view(p).grammemes for p in dictionary_parses(x)) for x in parts):
            return True             # a double surname, each part one ("Чиж-Вишенського")
    k = i - 1
    while k >= 0 and not toks[k].is_word and toks[k].text in ",":
        k -= 1
    if k >= 0 and toks[k].sentence == toks[i].sentence and (
            k in st.role_tokens or toks[k].norm in titles
            or any(p.normal_form in titles for p in dictionary_parses(toks[k].text))
            or _person_noun(toks[k].text)):
        return True
    return after_role(st, i)


def _person_noun(word: str) -> bool:
    """A noun that names a person by what they are ("лейтенант", "журналіст", "цадик"): the
    capitalised word after it is that person's name."""
    return any(
        tag_view(p).POS == "NOUN" and "anim" in tag_view(p).grammemes
        and not ({"Name", "Surn", "Patr", "Geox", "Abbr"} | _RARE) & set(tag_view(p).grammemes)
        for p in dictionary_parses(word))


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def village_word_not_place(st, i: int, j: int) -> bool:
    """A word that matches only small places (codifier villages, which the KB takes on
    context) but is used here as something else: quoted alone ("«Гради»", a weapon), an
    adjective agreeing with the lowercase noun after it ("на Ізюмському напрямку"), or a
    surname: after a person noun ("лейтенанту Чорному") or before a first name and a
    patronymic ("Чорному Володимиру Володимировичу")."""
    toks = st.doc.tokens
    if quoted_alone(st, i, j) or adjective_of_a_noun(st, i, j):
        return True
    if j - i != 1:
        return False
    if i > 0 and toks[i - 1].sentence == toks[i].sentence and toks[i - 1].is_word \
            and toks[i - 1].text[:1].islower() and _person_noun(toks[i - 1].text):
        return True
    if i + 2 < len(toks) and all(toks[k].sentence == toks[i].sentence for k in (i + 1, i + 2)):
        cases = {tag_view(p).case for p in dictionary_parses(toks[i].text)}
        first = {tag_view(p).case for p in dictionary_parses(toks[i + 1].text) if "Name" in tag_view(p).grammemes}
        patr = {tag_view(p).case for p in dictionary_parses(toks[i + 2].text) if "Patr" in tag_view(p).grammemes}
        return bool(cases & first & patr)
    return False


def civilian_under_rank(st, kb: KnowledgeBase, lex, i: int, e: KBEntity) -> bool:
    """A name right after a military or police rank ("Старшому лейтенанту Герусу Андрію
    Андрійовичу" in an award list) that the KB gives to a person whose recorded offices are
    all civilian (a deputy, a mayor, a diplomat): a namesake in uniform, not that person.
    Up to three lowercase words or numbers may stand between ("полковнику медичної служби",
    "капітану 1 рангу"). A person with no office recorded, or one with a uniformed office
    (a commander, a body of the forces, the police or the services), is not judged."""
    if e.type != "PER" or not e.roles or not _after_rank(st, i, lex.ranks):
        return False
    for r in e.roles:
        if r.role in lex.uniformed_roles:
            return False
        body = kb.entities.get(r.of) if r.of else None
        if body is not None and body.type == "ORG" and any(
                w in lex.uniformed_body_words for w in body.name_uk.lower().split()):
            return False
    return True


def role_phrase_before(st, kb: KnowledgeBase, at: int) -> tuple[str, str | None] | None:
    """The role key of a role phrase ending right before token `at`, with the body or place
    named right after the role ("Голова Київської ОВА Кулеба": head, the OVA); None when no
    role phrase stands there."""
    toks = st.doc.tokens
    k, of = _past_named_body(st, at)
    if k < 0 or k not in st.role_tokens or toks[k].sentence != toks[at].sentence:
        return None
    start = k
    while start > 0 and start - 1 in st.role_tokens and toks[start - 1].sentence == toks[k].sentence:
        start -= 1
    role = next((kb.role_index[key] for b in range(start, k + 1)
                 if (key := tuple(t.norm for t in toks[b:k + 1])) in kb.role_index), None)
    return None if role is None else (role, of)


def local_office_namesake(st, kb: KnowledgeBase, lex, i: int, e: KBEntity) -> bool:
    """A name right after the role of a local office (`local_office_roles`: a mayor, a
    village head) that the KB person never held, while holding another office on the
    document's date: a namesake ("Мер Кулеба" in 2023 is no foreign minister, "Сільський
    голова Андрій Єрмак" no head of the Presidential Office)."""
    if e.type != "PER" or not e.roles or st.doc.date is None:
        return False
    got = role_phrase_before(st, kb, i)
    if got is None or got[0] not in lex.local_office_roles \
            or any(r.role in lex.local_office_roles for r in e.roles):
        return False
    return any(r.active(st.doc.date) for r in e.roles)


def namesake_by_occupation(st, kb: KnowledgeBase, lex, i: int, e: KBEntity, alone: bool) -> bool:
    """The KB person the name at i stands for is a namesake by the occupation or local office
    written before it (`private_namesake`, `local_office_namesake`)."""
    return private_namesake(st, lex, i, e, alone) or local_office_namesake(st, kb, lex, i, e)


def private_namesake(st, lex, i: int, e: KBEntity, alone: bool) -> bool:
    """A name right after a private occupation ("Адвокат Коломойського Олександр Лисенко",
    "Лікар Андрій Сибіга з Вінниці") that the KB gives to a person holding an office on the
    document's date: a namesake, since an office-holder is not the town's lawyer or doctor.
    A surname alone after one (`alone`: "адвокат Клімкін") is never the KB's office-holder,
    in office or not. A former occupation ("колишній журналіст ...") is not judged, nor a
    person with no office recorded."""
    if e.type != "PER" or not e.roles or (not alone and st.doc.date is None):
        return False
    k = _occupation_before(st, i, lex.private_occupations)
    if k is None:
        return False
    toks = st.doc.tokens
    if not _in_apposition(toks[k].text, toks[i].text, alone):
        return False        # "Адвокат Зеленського заявив": whose lawyer, the principal;
                            # "розповів журналістам президент Зеленський": whom he told
    if k > 0 and toks[k - 1].sentence == toks[k].sentence and (
            toks[k - 1].pos == "ADJF" or toks[k - 1].norm in lex.former_words
            or any(p.normal_form in lex.former_words for p in dictionary_parses(toks[k - 1].text))):
        return False        # "Головний санітарний лікар", "Генеральна прокурорка": a word that
                            # ends an office's title; "колишній журналіст": not now
    date = st.doc.date
    return alone or (date is not None and any(r.active(date) for r in e.roles))


def _in_apposition(noun: str, name: str, alone: bool) -> bool:
    """The name right after the occupation noun can stand in its case, so it names the one of
    that occupation ("адвокат Клімкін", "лікарю Андрію Сибізі"), not whose he is ("адвокат
    Зеленського"). A surname alone sharing only the genitive or accusative with the noun
    ("адвоката Клімкіна") is read as the principal; a name the dictionary does not parse is
    taken as written, in apposition."""
    name_cases = {tag_view(p).case for p in parses(name) if tag_view(p).case}
    if not name_cases:
        return True
    noun_cases = {v.case for p in dictionary_parses(noun) if (v := tag_view(p)).POS == "NOUN" and v.case
                  and v.number != "plur"}     # one person's occupation, not "журналістам"
    shared = noun_cases & name_cases
    return bool(shared - {"gent", "accs"}) if alone else bool(shared)


def _occupation_before(st, i: int, words: frozenset[str]) -> int | None:
    """The token of an occupation noun before token i, with at most three lowercase words,
    numbers or a person named in the genitive between ("адвокат Коломойського", "лікар
    міської лікарні № 3"); None when there is none."""
    toks = st.doc.tokens
    k = i - 1
    steps = 0
    while k >= 0 and steps < 4 and toks[k].sentence == toks[i].sentence:
        t = toks[k]
        held = st.covered[k]
        if held is not None and held.type == "PER":
            while k >= 0 and st.covered[k] is held:
                k -= 1
            steps += 1
            continue
        if t.is_word and (t.text[:1].islower() or st.sentence_initial(k)) and (
                t.norm in words or any(p.normal_form in words for p in dictionary_parses(t.text))):
            # (a word of a role phrase is the office, "Генеральний прокурор Юрій Луценко")
            return None if k in st.role_tokens else k
        if not (t.text.isdigit() or t.text == "№" or (t.is_word and t.text[:1].islower())):
            return None
        k -= 1
        steps += 1
    return None


def _after_rank(st, i: int, ranks: set[str]) -> bool:
    toks = st.doc.tokens
    k = i - 1
    for _ in range(4):
        if k < 0 or toks[k].sentence != toks[i].sentence:
            return False
        t = toks[k]
        if t.is_word and (t.norm in ranks or t.norm.split("-")[-1] in ranks
                          or any(p.normal_form in ranks for p in dictionary_parses(t.text))):
            return True
        if not (t.text.isdigit() or t.is_word and t.text[:1].islower()):
            return False
        k -= 1
    return False


def unconfirmed_namesake(e: KBEntity, date) -> bool:
    """A KB person with a common name (one the KB never links by the surname alone: "Сергій
    Мельник") named with a patronymic, as award lists and decrees name people: one of the
    name's many bearers. The KB records no patronymic to confirm him, so it is he only when he
    is known to hold an office on the document's date (a start date recorded)."""
    if e.type != "PER" or e.surname is not None:
        return False
    if date is None:
        return True
    return not any(r.start is not None and r.active(date) for r in e.roles)



def document_name(words, heads: frozenset[str]) -> bool:
    """The name ends in a document's or a gathering's head noun ("Оттавської конвенції",
    "Мінських угод", "Мюнхенську конференцію"): a treaty, a charter or an event, which the
    model reads as a body or a place."""
    last = words[-1]
    return last.text[:1].islower() and any(
        p.normal_form in heads for p in dictionary_parses(last.text) if tag_view(p).POS == "NOUN")


def day_name(words, heads: frozenset[str]) -> bool:
    """The name is a day's ("Днем Конституції Польщі", "Міжнародний день медичної сестри"):
    its first noun, the first word or the one after an adjective, is a day's head noun."""
    for w in words[:2]:
        ps = [p for p in dictionary_parses(w.text.lower()) if tag_view(p).POS in ("NOUN", "ADJF")]
        if any(tag_view(p).POS == "NOUN" and p.normal_form in heads for p in ps):
            return True
        if not any(tag_view(p).POS == "ADJF" for p in ps):
            return False
    return False


def broken_compound(st: DocState, i: int) -> bool:
    """The word at i is the second half of a compound name broken at its hyphen ("Києво-
    Святошинського району", a line break or a stray space after "Києво-"): the KB name its
    second half spells alone (Kyiv's Sviatoshynskyi district) is not meant."""
    if i == 0:
        return False
    t = st.doc.tokens[i - 1]
    return t.is_word and t.text.endswith("-") and t.text[:1].isupper() and len(t.text) > 2


def surname_not_place(st, i: int, j: int, near_place: bool) -> bool:
    """The model's one-word place is a surname the dictionary knows and nothing else
    ("Костомаров, Гулак, Шевченко", "суддя Підмогильний"): a person. Not after a place
    preposition ("на Лазо" is a street), unless the word is an instrumental after "з"
    ("на чолі з Зеровим": with a person); a town's name has readings of its own ("Ковель")."""
    if j - i != 1:
        return False
    ps = dictionary_parses(st.doc.tokens[i].text)
    if not ps or not all("Surn" in tag_view(p).grammemes for p in ps):
        return False
    if near_place:
        prev = st.doc.tokens[i - 1].norm if i else ""
        return prev in ("з", "із", "зі") and any(tag_view(p).case == "ablt" for p in ps)
    return True


def common_compound(word: str) -> bool:
    """A hyphenated compound of common nouns ("Держави-учасниці", "Країни-члени"): a
    capital at the start of a sentence, no name; the body or place it belongs to follows
    ("... ОБСЄ", "... ЄС") and is an entity of its own. A name's compound has a part the
    dictionary does not know as a common noun only ("Івано-Франківськ", "Жан-Клод"); an
    adjective part makes a name's first word ("Націонал-соціалістична партія")."""
    parts = word.split("-")
    return len(parts) > 1 and all(p and common_noun_only(p) and all(tag_view(x).POS == "NOUN" for x in parses(p))
                                  for p in parts)


def competition_head(tok, heads: frozenset[str]) -> bool:
    """The word can be a sports competition's head noun ("Лізі" of "у Лізі чемпіонів",
    "Кубку"): the dictionary also reads "Лізі" as a form of the first name "Ліза", which
    made the model's span a person. Lemmas of lexicon `competition_heads`."""
    return any(is_dictionary(p) and tag_view(p).POS == "NOUN" and p.normal_form in heads
               for p in parses(tok.text))

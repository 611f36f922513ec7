"""Document-local people: a person span put to the nominative (first name, patronymic,
surname), matched against the people the document named before through `_FormIndex`, and
a surname or first name alone linked to them. Their work grows with the number of people in
a text, which `tests/test_hardening_linear.py` keeps linear."""
from __future__ import annotations

from functools import lru_cache
from itertools import islice

from ...document import Entity
from ...kb.inflect import person_rule_forms
from ...kb.spelling import person_by_spelling
from ...kb.translit import local_id, transliterate
from ...textnorm import norm_word, roman_numeral
from ..morph import is_dictionary, parses, tag_view
from .nominative import (_all_forms, _cap, _cyrillic, context_agreement, first_name_parse,
                         full_name_parts, name_parse, name_readings, inverted_subject, verb_agreement,
                         patronymic_parse, surname_forms, surname_nominative)
from . import guards
from ..tokenscan import where
from .state import kb_entity
from .span_context import _FEMININE_OBLIQUE, _VOWELS, _function_word, _next_patronymic


def _oblique_of_another_subject(words: list[str], gender: str | None) -> frozenset[str] | None:
    """The cases in which a first name and a surname the dictionary knows agree, when they
    cannot be the nominative of the past verb after them ("Олега Бойка отримав": Oleh's
    genitive; "Мстислава Чернова отримав": Mstyslava's nominative would take "отримала").
    The verb is then another subject's (a film, a book named before), and the name an oblique
    case of its own. None when they can be its subject or the dictionary knows neither word
    as such ("Масаші Мацуда прибув": a foreign name as written)."""
    if len(words) < 2 or gender is None:
        return None
    firsts = [p for p in name_readings(words[0]) if "plur" not in tag_view(p).grammemes]
    if not firsts or any(tag_view(p).case == "nomn" and tag_view(p).gender == gender for p in firsts):
        return None
    surnames = {(tag_view(p).case, tag_view(p).gender) for p in parses(words[-1])
                if is_dictionary(p) and "Surn" in tag_view(p).grammemes and "plur" not in tag_view(p).grammemes}
    if gender == "femn" and ("nomn", "femn") in surnames and norm_word(words[0])[-1:] in ("а", "я"):
        return None     # "Мартина Ковальова подала": a woman's name the dictionary lacks,
                        # written as its nominative, and her surname's nominative
    cases = frozenset(tag_view(p).case for p in firsts
                      if tag_view(p).case not in ("nomn", "voct") and (tag_view(p).case, tag_view(p).gender) in surnames)
    return cases or None


def _woman_by_surname(np, words: list[str]) -> bool:
    """A first name the dictionary reads only as a man's oblique case ("Мартина": Мартин's
    genitive; it lacks the woman's name) before a Ukrainian surname in a consonant that has no
    man's form in that case ("Гнатюк": his genitive is "Гнатюка"), only a woman's: the two
    agree only as a woman's name, written in its nominative (Martyna Hnatiuk). Not a surname
    in -о: news often leaves a man's "-енко" undeclined ("Анатолія Цебенко")."""
    if np is None or len(words) < 2 or tag_view(np).gender != "masc" or tag_view(np).case in ("nomn", "voct") \
            or norm_word(words[0])[-1:] not in ("а", "я") or norm_word(words[-1])[-1:] in _VOWELS:
        return False
    if any("Name" in tag_view(p).grammemes and tag_view(p).gender == "femn" for p in parses(words[0])):
        return False
    cases = {tag_view(p).case for p in name_readings(words[0]) if tag_view(p).gender == "masc"}
    sps = [p for p in parses(words[-1]) if tag_view(p).case]
    if any(tag_view(p).gender == "masc" and tag_view(p).case in cases for p in sps):
        return False
    return any(is_dictionary(p) and "Surn" in tag_view(p).grammemes and tag_view(p).gender == "femn"
               and tag_view(p).case == "nomn" for p in sps) \
        and any(is_dictionary(p) and "Surn" in tag_view(p).grammemes and tag_view(p).gender == "masc" for p in sps)


def _bare_foreign_first(words: list[str]) -> bool:
    """A first name the dictionary does not know as one, ending in a consonant as a man's nominative
    does ("Зогран"; an oblique case adds a vowel, "Зограна", or -ом, "Зограном"), before a
    surname in -і, -е or -о that reads like an oblique case of another word ("Мамдані"): the
    name is in the nominative, each word as written."""
    first, last = norm_word(words[0]), norm_word(words[-1])
    return (_cyrillic(words[0]) and len(first) > 2 and first[-1] not in _VOWELS
            and not first.endswith(_INSTRUMENTAL)
            and last[-1:] in ("і", "е", "о") and not any("Name" in tag_view(p).grammemes for p in parses(words[0])))


_INSTRUMENTAL = ("ом", "ем", "єм")      # "Зограном": the one oblique case in a consonant


@lru_cache(maxsize=1 << 14)
def _lexeme_forms(parse, plural: bool) -> frozenset[str]:
    """The normed forms of a first name's paradigm (with `plural`, the plural ones too), kept
    per parse: pymorphy3 builds the whole lexeme on every call, and first names recur."""
    return frozenset(norm_word(f.word) for f in parse.lexeme if plural or "plur" not in tag_view(f).grammemes)


def _noun_subject(word: str | None, gender: str | None) -> bool:
    """A common noun in the nominative of the verb's gender right before the name ("Заява
    Олени Гончаренко викликала"): the verb's subject, and the name its genitive."""
    return bool(word) and any(
        is_dictionary(p) and tag_view(p).POS == "NOUN" and tag_view(p).case == "nomn" and tag_view(p).gender == gender
        and "inan" in tag_view(p).grammemes                # (a person noun stands in apposition: "Посол")
        and not {"Name", "Surn", "Patr", "Geox"} & set(tag_view(p).grammemes) for p in parses(word))


def _person_entry(surname: str, first: str, gender: str, written_surname: str) -> dict:
    """What the document's later short mentions of a person named in full are matched on: the
    forms of the surname (with the one written) and of the first name, and the gender."""
    return {"surname_forms": _all_forms(surname_forms(surname, gender)) | {written_surname},
            "first_forms": _all_forms(person_rule_forms(first, gender)), "gender": gender}


class _FormIndex:
    """Which of the document's local people (`entities_local`, in the order they were named) a
    word form names, by surname or first name; brought up to date as people are added. Each
    name used to be compared with every person named before it: quadratic in a long text."""

    def __init__(self, people: dict[str, dict]):
        self.people = people
        self.eids: list[str] = []
        self.surname: dict[str, list[int]] = {}
        self.first: dict[str, list[int]] = {}

    def sync(self) -> None:
        """Index the people named since the last call (all again if one was taken out)."""
        if len(self.eids) > len(self.people):       # someone was taken out: start again
            self.__init__(self.people)
        for eid, info in islice(self.people.items(), len(self.eids), None):
            k = len(self.eids)
            self.eids.append(eid)
            for f in info["surname_forms"]:
                self.surname.setdefault(f, []).append(k)
            for f in info["first_forms"]:
                self.first.setdefault(f, []).append(k)

    def named(self, form: str, first_too: bool) -> list[str]:
        """The people whose surname (with `first_too`, or first name) has this form."""
        self.sync()
        ks = self.surname.get(form, [])
        if first_too and form in self.first:
            ks = sorted(set(ks).union(self.first[form]))
        return [self.eids[k] for k in ks]


class LocalPeople:
    """Local people: a span made a person with a nominative name, or joined to one already named."""

    def _person(self, st, toks, local_people, forms: _FormIndex, gender_hint: str | None = None,
                before: str | None = None, particles: frozenset[str] | set[str] = frozenset(),
                civilian=None, after: str | None = None, mark: str | None = None,
                speech_verbs: frozenset[str] = frozenset()) -> str | None:
        words = [t.text for t in toks if t.is_word or t.text.endswith(".")]
        parts = full_name_parts(words)
        if parts is not None:
            return self._full_person(st, words, parts, local_people, forms, civilian)
        gender, oblique, name_cases = "masc", None, None
        ctx_cases, ctx_gender = inverted_subject(before, mark, speech_verbs)  # "– сказала Олександра Махова"
        subject = ctx_cases is not None     # a verb's subject (a person noun before may take a genitive)
        if ctx_cases is None and ctx_gender is None:
            ctx_cases, ctx_gender = context_agreement(before)
        if not subject and (ctx_cases is None or "nomn" in ctx_cases):
            v_cases, v_gender = verb_agreement(after)     # "Олександра Махова заявила"
            owner = _oblique_of_another_subject(words, v_gender) if v_cases is not None else None
            if owner is not None:           # "Фільм «...» Олега Бойка отримав": the film's
                ctx_cases, ctx_gender = owner, None         # verb, and the name its genitive
            elif v_cases is not None:       # ("депутатка Ноора Койвісто повідомила" too)
                ctx_cases, ctx_gender, subject = v_cases, v_gender or ctx_gender, True
        np = first_name_parse(words[0], words[-1], ctx_cases, ctx_gender or gender_hint) \
            if len(words) > 1 else None
        if np is not None and gender_hint in ("masc", "femn") and tag_view(np).gender != gender_hint:
            np = next((p for p in parses(words[0]) if is_dictionary(p) and "Name" in tag_view(p).grammemes
                       and tag_view(p).gender == gender_hint), np)     # "Українка Олександра ..."
        if np is not None and ctx_gender == "femn" and tag_view(np).gender == "masc" and not any(
                "Name" in tag_view(p).grammemes and tag_view(p).gender == "femn" for p in parses(words[0])):
            # a woman by the word before ("італійку Мікелу Баттістон") and a first name the
            # dictionary knows only as a man's: the rules put hers to the nominative (Мікела)
            np, gender = None, "femn"
            if ctx_cases and "nomn" not in ctx_cases:
                oblique, name_cases = True, tuple(sorted(ctx_cases - {"voct"} or ctx_cases))
        as_written = False
        if _woman_by_surname(np, words):
            np, gender, oblique, as_written = None, "femn", False, True
        elif np is not None and (tag_view(np).case == "voct" or (
                subject and ctx_cases == frozenset({"nomn"}) and tag_view(np).case != "nomn"
                and not _noun_subject(before, ctx_gender))):
            # a first name the dictionary reads only as an address ("Марино", Марина's
            # vocative) or only in an oblique case where the verb wants its subject ("Масаші
            # Мацуда прибув"): a foreign first name, undeclined, as written
            np, as_written = None, True
            if subject:
                oblique, gender = False, ctx_gender or gender
        if np is None and len(words) > 1 and all(norm_word(w).endswith(_FEMININE_OBLIQUE) for w in words):
            gender = "femn"     # "Шарлотою Мішельє" is no man, whatever the first name
        elif np is None and oblique is None and not as_written and _bare_foreign_first(words):
            oblique = False     # "став Зогран Мамдані": the first name as written is its
                                # nominative, and so is the surname in a vowel (not "Мамдан")
        if np is not None:
            gender = tag_view(np).gender or "masc"
            cases = {tag_view(p).case for p in parses(words[0]) if "Name" in tag_view(p).grammemes
                     and "plur" not in tag_view(p).grammemes}     # "Ольги" is no plural here
            if ctx_cases is not None and cases & ctx_cases and tag_view(np).case in ctx_cases:
                cases &= ctx_cases      # (not when the surname overruled the context)
            oblique = False if cases == {"nomn"} else (True if "nomn" not in cases else None)
            if oblique is None and len(cases) > 1:
                oblique = tag_view(np).case != "nomn"
            if cases and "nomn" not in cases:       # the surname is in the first name's case
                name_cases = tuple(sorted(cases - {"voct"} or cases))   # "Мігелю": a dative here
        elif subject and ctx_cases == frozenset({"nomn"}):
            # the subject of the verb after it ("Юссі Галла-ахо прибув", "Ноора Койвісто
            # заявила"): every word as written is its nominative, of the verb's gender,
            # whatever first name the dictionary lacks
            oblique = False
            gender = ctx_gender or gender
        elif len(words) == 1 and ctx_cases and "nomn" not in ctx_cases:
            # a surname alone takes the case of the person noun or preposition before it:
            # "генералу Грицюті" is Грицюта's dative, "судді Вересі" not Верес's locative
            oblique, name_cases = True, tuple(sorted(ctx_cases - {"voct"} or ctx_cases))
        surname_form = norm_word(words[-1])
        known = forms.named(surname_form, len(words) == 1)
        first_given = norm_word(words[0]) if len(words) > 1 and not words[0].endswith(".") else None
        if first_given:     # "Іван Петренко" after "Павло Петренко": another person
            known = [k for k in known if not local_people[k]["first_forms"]
                     or first_given in local_people[k]["first_forms"]]
        if known:                   # a surname alone, or the same person again
            return known[0]
        if len(words) == 1:
            np1 = name_parse(words[0])
            if np1 is not None:             # a first name alone, nobody named before: keep it
                gender = tag_view(np1).gender or "masc"
                name_uk = _cap(np1.normal_form, words[0])
                eid = local_id(name_uk, self.kb.entities)
                st.add_entity(Entity(eid, transliterate(name_uk), name_uk, "PER", None, kb=False))
                local_people.setdefault(eid, {"surname_forms": set(), "gender": gender,
                                              "first_forms": set(_lexeme_forms(np1, True))})
                return eid
        nom = []
        for k, w in enumerate(words):
            if w.endswith(".") or not _cyrillic(w) or roman_numeral(w) \
                    or (0 < k < len(words) - 1 and w in particles):
                nom.append(w)       # an initial, a Latin name, a regnal number ("Гаральда ІІІ"),
                continue            # a particle ("де", "фон")
            p = np if k == 0 and len(words) > 1 else None
            if k == 0 and as_written and len(words) > 1:
                nom.append(w)
                continue
            if p is not None:
                nom.append(_cap(p.normal_form, w))
                continue
            # a double surname inflects in both parts: "Косіняком-Камишем" -> "Косіняк-Камиш"
            nom.append("-".join(_cap(surname_nominative(part, gender, oblique, name_cases), part)
                                for part in w.split("-")))
        name_uk = " ".join(nom)
        if len(nom) > 1:        # "Йонас Гар Стьоре": the KB's "Йонас Гар Стере"
            known = person_by_spelling(self.kb, name_uk, " ".join(words))
            if known is not None and (civilian is None or not civilian(known)):
                st.add_entity(kb_entity(known))
                local_people.setdefault(known.id, {
                    "surname_forms": _all_forms(surname_forms(norm_word(nom[-1]), gender)) | {surname_form},
                    "first_forms": set(), "gender": gender})
                return known.id
        eid = local_id(name_uk, self.kb.entities)
        if eid not in st.doc.entities:
            st.add_entity(Entity(eid, transliterate(name_uk), name_uk, "PER", None, kb=False))
        surname = norm_word(nom[-1])
        sforms = _all_forms(surname_forms(surname, gender)) | {surname_form}
        first = norm_word(nom[0]) if len(nom) > 1 and not nom[0].endswith(".") else None
        fforms = _all_forms(person_rule_forms(first, gender)) if first else set()
        if first and np is not None:
            fforms |= _lexeme_forms(np, False)
        local_people.setdefault(eid, {"surname_forms": sforms, "first_forms": fforms, "gender": gender})
        return eid

    def _full_person(self, st, words, parts, local_people, forms: _FormIndex, civilian=None) -> str:
        """"Прізвище Ім'я По-батькові" as written, in the nominative; the id is that of "Ім'я
        Прізвище", so the person named without the patronymic elsewhere is the same entity.
        `civilian(kb_person)` is true when the name stands after a rank and the KB's namesake
        holds only civilian offices: then it is someone else."""
        surname, first, patr, gender = parts
        written_first = patronymic_parse(words[2]) is None
        s_norm = norm_word(surname)
        known = self._kb_person(first, surname)
        if known is not None and civilian is not None and civilian(known):
            known = None
        if known is not None and not written_first and guards.unconfirmed_namesake(known, st.doc.date) \
                and known.id not in st.doc.entities:
            known = None        # "Мельнику Сергію Миколайовичу": one of the name's many bearers
        if known is not None:       # "Леонід Макарович Кравчук": the KB's Leonid Kravchuk
            st.add_entity(kb_entity(known))
            local_people.setdefault(known.id, _person_entry(
                s_norm, norm_word(first), gender, norm_word(words[0 if not written_first else 2])))
            return known.id
        name_uk = f"{first} {patr} {surname}" if written_first else f"{surname} {first} {patr}"
        eid = local_id(f"{first} {surname}", self.kb.entities)
        for other in forms.named(s_norm, False):       # named again in the same document
            if norm_word(first) in local_people[other]["first_forms"]:
                return other
        if eid not in st.doc.entities:
            st.add_entity(Entity(eid, transliterate(name_uk), name_uk, "PER", None, kb=False))
        sforms = _all_forms(surname_forms(s_norm, gender)) | {norm_word(words[0 if not written_first else 2])}
        fforms = _all_forms(person_rule_forms(norm_word(first), gender))
        np = name_parse(first)
        if np is not None:
            fforms |= _lexeme_forms(np, False)
        local_people.setdefault(eid, {"surname_forms": sforms, "first_forms": fforms, "gender": gender})
        return eid

    def _kb_person(self, first: str, surname: str):
        """The one KB person whose full name is this first name and surname (nominative)."""
        hits = self.kb.index.get((norm_word(first), norm_word(surname))) or ()
        ids = {h.entity for h in hits if h.full and self.kb.entities[h.entity].type == "PER"}
        return self.kb.entities[ids.pop()] if len(ids) == 1 else None

    def kb_people_without_surname(self, st, local_people) -> None:
        """A KB person whose surname alone the KB links to nobody ("Олександр Лисенко": a
        common name) but whom the document names in full: within it, the surname alone and
        the first name alone name him ("За словами Лисенка"), as for a person the KB lacks."""
        for m in st.doc.mentions:
            e = self.kb.entities.get(m.entity)
            if e is None or e.type != "PER" or e.surname is not None or e.id in local_people:
                continue
            words = e.name_uk.split()
            written = m.text.split()
            if len(words) != 2 or len(written) < 2:
                continue
            gender = e.gender or "masc"
            first, surname = norm_word(words[0]), norm_word(words[-1])
            local_people[e.id] = _person_entry(surname, first, gender, norm_word(written[-1]))

    def namesakes_named_in_full(self, st, local_people) -> None:
        """A surname alone that the gazetteer gave to a KB person whom the document never
        names in full, in a document that names in full another person of that surname the
        KB does not know ("Руслан Кравчук приїхав. З Кравчуком погодились."): it is that
        person's, not the KB namesake's."""
        if not local_people:
            return
        owners: dict[str, set[str]] = {}
        for eid, info in local_people.items():
            ent = st.doc.entities.get(eid)
            if ent is not None and not ent.kb and info["first_forms"]:
                for f in info["surname_forms"]:
                    owners.setdefault(f, set()).add(eid)
        for m in st.doc.mentions:
            if m.type != "PER" or m.source not in ("kb", "ner-kb") or len(m.text.split()) != 1 \
                    or m.entity not in self.kb.entities or guards.named_in_full(st, m.entity):
                continue
            mine = owners.get(norm_word(m.text), set())
            if len(mine) > 1:
                mine = self._by_verb_gender(st, m, mine, local_people)
            if len(mine) == 1:
                gone, m.entity, m.source = m.entity, mine.pop(), "partial"
            elif len(mine) > 1:
                # two people of the text share the surname and nothing tells which one this
                # is ("Дмитро Іванов ... з Оленою Івановою ... Іванова"): one of them, surely
                # not the namesake the text never names, so the mention stays a person with no
                # link rather than a wrong one
                name = m.text[:1].upper() + m.text[1:]
                eid = local_id(name, self.kb.entities)
                st.add_entity(Entity(eid, transliterate(name), name, "PER", None, kb=False))
                gone, m.entity, m.source = m.entity, eid, "partial"
            else:
                continue
            if not any(x.entity == gone for x in st.doc.mentions):
                st.doc.entities.pop(gone, None)
                st.first_seen.pop(gone, None)

    @staticmethod
    def _by_verb_gender(st, m, mine: set[str], local_people) -> set[str]:
        """Several people of the document share the surname ("Світлана Ткаченко та Андрій
        Ткаченко ... Ткаченко розповіла"): a past verb right after it tells the man from the
        woman. When it does not, the mention is left to neither (`namesakes_named_in_full`)."""
        toks = st.doc.tokens
        k = st.tok_at.get(m.start)
        while k is not None and k < len(toks) and toks[k].start < m.end:
            k += 1
        if k is None or k >= len(toks) or toks[k].sentence != toks[k - 1].sentence:
            return mine
        _, gender = verb_agreement(toks[k].text)
        if gender is None:
            return mine
        return {eid for eid in mine if local_people[eid].get("gender") == gender}

    def link_partials(self, st, local_people, forms: _FormIndex, particles=frozenset()) -> None:
        if not local_people:
            return
        toks = st.doc.tokens
        # only a word whose form is one of theirs can name one of them: those few are picked
        # out by C-level lookups over the forms, not by the tests below for every token (the
        # forms stay as they are during the loop, which adds mentions and no people)
        forms.sync()
        surnames, firsts = forms.surname, forms.first
        for i in where(st.columns, "norm", surnames, firsts):
            t = toks[i]
            if st.covered[i] is not None or not t.is_word or not t.text[:1].isupper():
                continue
            named = forms.named(t.norm, True)
            if not named or sum(ch.isalpha() for ch in t.text) < 2 \
                    or (st.sentence_initial(i) and _function_word(t.text)):
                continue
            patr = _next_patronymic(toks, i)
            for eid in named:
                if eid in st.first_seen and st.first_seen[eid] < t.start:
                    ent = st.doc.entities.get(eid)
                    if patr and ent is not None and not patr & set(norm_word(ent.name_uk).split()):
                        continue    # "Володимиру Володимировичу" is not Volodymyr Oleksandrovych
                    k = i       # "Ван дер Берга" after "Ян ван дер Берг": the particles too
                    own = set(norm_word(ent.name_uk).split()) if ent is not None else set()
                    while k > 0 and toks[k - 1].norm in own and toks[k - 1].norm in particles \
                            and st.covered[k - 1] is None and toks[k - 1].sentence == t.sentence:
                        k -= 1
                    st.add_mention(k, i + 1, eid, "PER", "partial")
                    break

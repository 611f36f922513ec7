"""The gazetteer pass of the entity layer: every knowledge-base alias in every case matched
against the tokens, longest first. It is the first and largest source of mentions, and every
later pass only adds what it leaves uncovered, so it stands alone here."""
from __future__ import annotations

from itertools import compress

from ...kb.base import KBEntity
from ...kb.matches import doc_matches, surfaces
from ...textnorm import norm_word
from ..morph import is_dictionary, parses
from .places import VILLAGES, Ambiguous
from .world_places import MIN_POPULATION
from .nominative import common_reading, name_readings, plain_word
from . import guards
from .state import (_VOWELS, DocState, _caps_ok, kb_entity, other_first_name, same_first_name, street_name,
                    street_patron)


class GazetteerPass:
    """Pass 1 of `EntityRecognizer`: knowledge-base names found by the longest match of their
    forms, and the parts of a full name the match alone gets wrong (a surname with its
    particle, a patronymic, a name inside a longer one, a place that must be placed)."""

    # ---- 1. gazetteer ------------------------------------------------------------------
    def gazetteer(self, st: DocState) -> None:
        toks = st.doc.tokens
        # every KB name at every token (a name spelt with ґ also under г: "Ґроссі" is the
        # KB's "Гроссі"), looked up once and shared with the NER features
        matches = doc_matches(st.doc, self.kb)
        index = self.kb.index
        n = len(toks)
        pending: list[tuple[int, int, list[KBEntity]]] = []     # codifier places: need context
        doubtful: list[tuple[int, KBEntity]] = []       # a title like a foreign surname
        after = 0       # the token after the last name taken: a name inside it is not tried
        # (only the few tokens where a KB name starts are visited: picked out in C, in order)
        for i in compress(range(n), matches):
            if i < after or self.lex.is_stop(toks[i].norm, toks[i].text):
                continue
            if guards.broken_compound(st, i):
                continue
            found = matches[i]
            hit = None
            for L, sids in found:
                ok = surfaces(index, sids)
                if L == 1 and ok[0].caps[0] == 1 and st.sentence_initial(i) \
                        and not any(s.entity in st.doc.entities for s in ok) \
                        and self._common_word(toks[i].norm, tuple(s.entity for s in ok),
                                              guards.sitting_heads(st, self.kb, ok)) \
                        and not ((_speaker_label(st, i) or self._person_verb_after(st, i)) and any(
                            self.kb.entities[s.entity].type == "PER" for s in ok)):
                    continue
                if L == 1 and st.sentence_initial(i) \
                        and all(self.kb.entities[s.entity].type in ("ORG", "MISC") for s in ok) \
                        and guards.noun_of_genitive(st, i):
                    continue
                ents = self.kb.gated(toks, i, i + L, [self.kb.entities[s.entity] for s in ok])
                if L == 1 and all(e.type == "LOC" for e in ents) and (
                        guards.first_name_not_place(st, i) or guards.surname_after_first_name(st, i)):
                    continue
                if all(e.type == "LOC" and e.gate for e in ents) and guards.village_word_not_place(st, i, i + L):
                    continue
                if any(e.gate for e in ents) or len({e.katottg for e in ents if e.katottg}) > 1:
                    hit = (L, ok)
                    break
                ent = self._choose(st, ok, i)
                if ent is not None and guards.civilian_under_rank(st, self.kb, self.lex, i, ent):
                    ent = None      # "лейтенанту Герусу Андрію": a namesake in uniform
                if ent is not None and guards.namesake_by_occupation(st, self.kb, self.lex, i, ent, L == 1):
                    after = i + L   # "Адвокат ... Олександр Лисенко": a namesake at the bar,
                    break           # nor is his surname alone the office-holder's
                if ent is not None and ent.type == "PER" and L == 1 \
                        and not any(s.full and s.entity == ent.id for s in ok):
                    if other_first_name(st, self.kb, i, ent):
                        ent = None
                    elif guards.quoted_alone(st, i, i + L) and common_reading(toks[i].text):
                        ent = None      # «Буря», «Правда»: a thing's name, no namesake
                    elif street_name(st, i) or guards.quoted_alone(st, i, i + L):
                        ent = street_patron(self.kb, st.doc.date, ok)
                    elif guards.title_not_surname(st, self.kb, self.lex.home_state, i, ent, self.lex.titles_of_rank) \
                            or guards.idle_foreigner(st, self.kb, self.lex.home_state, i, ent):
                        doubtful.append((i, ent))
                        ent = None
                if ent is not None:
                    hit = (L, ent)
                    break
            if hit is None:
                continue
            L, e = hit
            if isinstance(e, list):
                pending.append((i, L, ents, e))
            else:
                st.add_entity(kb_entity(e))
                st.add_mention(i, i + L, e.id, e.type, "kb")
            after = i + L
        for i, e in doubtful:           # after the pass: the full name may come later
            if st.covered[i] is None and guards.named_in_full(st, e.id):
                st.add_mention(i, i + 1, e.id, e.type, "kb")
        for i, L, ents, ok in pending:  # after the pass: an oblast named later counts too
            if L == 1:                  # "Іванові Гнатенку": no village, nor Ivanov either
                ents = [e for e in ents if e.type != "PER" or not other_first_name(st, self.kb, i, e)]
                if not ents:
                    continue
            if self.add_place(st, i, i + L, ents, source="kb"):
                continue
            # a surname, not a village: a surname alone still needs its namesake in office
            # on the date ("Кобзар" in 2022 is not the mayor elected in 2024)
            kept = {e.id for e in ents if e.type != "LOC"}
            other = [s for s in ok if s.entity in kept]
            e = self._choose(st, other, i) if other else None
            if e is not None and e.type == "PER" and L == 1:
                if other_first_name(st, self.kb, i, e) \
                        or (guards.quoted_alone(st, i, i + L) and common_reading(toks[i].text)):
                    e = None
                elif street_name(st, i) or guards.quoted_alone(st, i, i + L):
                    e = street_patron(self.kb, st.doc.date, other)
            if e is not None:
                st.add_entity(kb_entity(e))
                st.add_mention(i, i + L, e.id, e.type, "kb")
            elif L > 1:
                self.inner_names(st, i, i + L)

    def particle_first_names(self, st: DocState) -> None:
        """A KB surname with its particle ("де Кроо", "фон дер Ляєн") after a first name the KB
        does not spell that way ("Александром де Кроо" for "Александер"): the whole name is
        one mention of that person. A first name of other consonants names someone else of
        that surname: the match is dropped and the name left to the model as a whole."""
        toks = st.doc.tokens
        particles = self.lex.name_particles
        for m in list(st.doc.mentions):
            k = st.tok_at.get(m.start)
            if m.type != "PER" or k is None or k == 0 or toks[k].norm not in particles:
                continue
            f = k - 1
            t = toks[f]
            if st.covered[f] is not None or not t.is_word or not t.text[:1].isupper() \
                    or t.sentence != toks[k].sentence or f in st.role_tokens or plain_word(t.text):
                continue
            e = self.kb.entities.get(m.entity)
            if e is None:
                continue
            j = k
            while j < len(toks) and st.covered[j] is m:
                j += 1
            st.remove_mention(m)
            for x in range(k, j):
                st.covered[x] = None
            if not _same_first_name(t.text, _first_names(e)):
                if not any(x.entity == e.id for x in st.doc.mentions):
                    st.doc.entities.pop(e.id, None)
                    st.first_seen.pop(e.id, None)
                continue
            st.add_mention(f, j, e.id, e.type, "kb")

    def kb_first_name_forms(self, st: DocState) -> None:
        """A KB person's surname after a first name the KB writes in another form of it
        ("Майклом Волцом" for Mike Waltz, "Томас" for a KB "Том"): the first name, a
        dictionary first name in the surname's case, is part of the mention."""
        toks = st.doc.tokens
        for m in list(st.doc.mentions):
            k = st.tok_at.get(m.start)
            if m.type != "PER" or m.source != "kb" or k is None or k == 0 \
                    or k + 1 < len(toks) and st.covered[k + 1] is m:
                continue
            f = k - 1
            t = toks[f]
            if st.covered[f] is not None or not t.is_word or not t.text[:1].isupper() \
                    or t.sentence != toks[k].sentence or f in st.role_tokens:
                continue
            e = self.kb.entities.get(m.entity)
            if e is None:
                continue
            cases = {p.tag.case for p in parses(toks[k].text)}
            names = {norm_word(p.normal_form) for p in parses(t.text)
                     if is_dictionary(p) and "Name" in p.tag.grammemes and p.tag.case in cases}
            own = {norm_word(n) for n in _first_names(e)}
            if names and not names & own and any(same_first_name(a, b) for a in names for b in own):
                st.remove_mention(m)
                st.add_mention(f, k + 1, e.id, e.type, "kb")

    def kb_patronymics(self, st: DocState) -> None:
        """A KB person named surname first with a patronymic after ("Содолю Юрію
        Вікторовичу" in an award list): the patronymic is part of the name's mention."""
        toks = st.doc.tokens
        for m in list(st.doc.mentions):
            if m.type != "PER" or m.source != "kb":
                continue
            k = st.tok_at.get(m.start)
            j = k
            while j is not None and j < len(toks) and st.covered[j] is m:
                j += 1
            if k is None or j - k != 2 or j >= len(toks) or st.covered[j] is not None \
                    or toks[j].sentence != toks[k].sentence or not toks[j].text[:1].isupper():
                continue
            first = {p.tag.case for p in parses(toks[j - 1].text) if "Name" in p.tag.grammemes}
            if first & {p.tag.case for p in parses(toks[j].text) if "Patr" in p.tag.grammemes}:
                st.remove_mention(m)
                e = self.kb.entities.get(m.entity)
                if e is not None and guards.unconfirmed_namesake(e, st.doc.date) \
                        and not any(x.entity == e.id for x in st.doc.mentions):
                    st.doc.entities.pop(e.id, None)
                    for x in range(k, j):
                        st.covered[x] = None
                    continue        # left to the local names: a person outside the KB
                st.add_mention(k, j + 1, m.entity, m.type, m.source)

    def kb_patronymics_before(self, st: DocState) -> None:
        """A KB person's surname matched alone after his own first name and a patronymic
        ("Володимир Олександрович Зеленський"): the three words are one mention. The
        gazetteer's longest match stops at the patronymic, which the KB does not record;
        another first name there has already kept the namesake out (`other_first_name`)."""
        toks = st.doc.tokens
        for m in list(st.doc.mentions):
            if m.type != "PER" or m.source != "kb":
                continue
            k = st.tok_at.get(m.start)
            if k is None or k < 2 or st.covered[k - 1] is not None or st.covered[k - 2] is not None:
                continue
            f, p = toks[k - 2], toks[k - 1]
            if not (f.is_word and p.is_word and f.text[:1].isupper() and p.text[:1].isupper()) \
                    or not f.sentence == p.sentence == toks[k].sentence or k - 2 in st.role_tokens:
                continue
            pcases = {x.tag.case for x in parses(p.text) if "Patr" in x.tag.grammemes}
            firsts = {norm_word(x.normal_form) for x in name_readings(f.text) if x.tag.case in pcases}
            e = self.kb.entities.get(m.entity)
            own = {norm_word(n) for n in _first_names(e)} if e is not None else set()
            if not firsts or e is None or not any(same_first_name(a, b) for a in firsts for b in own):
                continue
            j = k
            while j < len(toks) and st.covered[j] is m:
                j += 1
            st.remove_mention(m)
            st.add_mention(k - 2, j, m.entity, m.type, m.source)


    def inner_names(self, st: DocState, i: int, j: int) -> None:
        """A village named like a phrase and left unresolved ("Вільна Україна", "Нова
        Ушиця" with no oblast near) still holds the names that stand alone: "Вільної
        України." names Ukraine. Only names that need no place context are taken."""
        toks = st.doc.tokens
        k = i
        while k < j:
            for L in self.lengths.get(toks[k].norm, ()):
                if k + L > j or L == j - i:
                    continue
                ok = [s for s in self.kb.index.get(tuple(t.norm for t in toks[k:k + L])) or ()
                      if len(s.caps) == L and all(_caps_ok(toks[k + m], s.caps[m]) for m in range(L))]
                ents = self.kb.gated(toks, k, k + L, [self.kb.entities[s.entity] for s in ok])
                if not ents or any(e.gate for e in ents) or st.covered[k] is not None:
                    continue
                e = self._choose(st, ok)
                if e is not None:
                    st.add_entity(kb_entity(e))
                    st.add_mention(k, k + L, e.id, e.type, "kb")
                    k += L - 1
                    break
            k += 1

    def add_place(self, st: DocState, i: int, j: int, ents: list[KBEntity], source: str,
                  ner_loc: bool = False) -> bool:
        got = self.places.pick(st, i, j, ents, ner_loc)
        if got is None:
            return False
        abroad = self._abroad(st, i, j, ents, got)
        if abroad is not None:
            st.add_entity(abroad)
            st.add_mention(i, j, abroad.id, "LOC", source)
            return True
        if isinstance(got, Ambiguous):
            ent = st.add_entity(self.places.ambiguous_entity(got))
        else:
            ent = st.add_entity(kb_entity(got))
        st.add_mention(i, j, ent.id, ent.type, source)
        return True

    def _abroad(self, st: DocState, i: int, j: int, ents: list[KBEntity], got):
        """A foreign capital, country or large city (`MIN_POPULATION`) of the same form as
        the Ukrainian village or settlement picked ("консульства в Дамаску", "у Ростові",
        "до Познані"), where the text does not place that village in Ukraine
        (`PlaceResolver.placed_here`): a small village is the rarer reading of a name a
        large city abroad bears. Never over a Ukrainian city ("Одеса" is not Texas')."""
        picked = got.cands if isinstance(got, Ambiguous) else [got]
        ours = [c for c in picked if c.katottg]
        if not ours or any(c.category not in VILLAGES for c in ours) \
                or self.places.placed_here(st, i, j, ours):
            return None
        theirs = {c.id: c for c in (*picked, *ents) if c.type == "LOC" and not c.katottg
                  and ((c.population or 0) >= MIN_POPULATION or (c.iso and c.of is None))}
        if theirs:
            return kb_entity(next(iter(theirs.values()))) if len(theirs) == 1 else None
        words = [t.text for t in st.doc.tokens[i:j]]
        for name in dict.fromkeys((" ".join(words), self.namer.nominative_thing(words))):
            city = self.namer.world_city(name, MIN_POPULATION)
            if city is not None:
                return city
        return None


def _speaker_label(st: DocState, i: int) -> bool:
    """A capitalised word alone at the head of a paragraph, followed by a colon ("Малюк:
    ...", "Буданов: ..." in an interview): the speaker's surname, even where the dictionary
    also reads a common word ("малюк", a baby)."""
    toks = st.doc.tokens
    if i + 1 >= len(toks) or toks[i + 1].text != ":":
        return False
    text = st.doc.text
    k = text.rfind("\n", 0, toks[i].start)
    return not text[k + 1:toks[i].start].strip()


def _first_names(e: KBEntity) -> set[str]:
    """The first names the KB writes a person with."""
    return {n.split()[0] for n in (e.name_uk, *e.aliases) if len(n.split()) > 1} | set(e.first_names)


def _same_first_name(word: str, firsts: set[str]) -> bool:
    """A first name as written, in any case and spelling, is one of these: the same first
    three consonants ("Александром" and "Александер", "Урсулою" and "Урсула"). A person the
    KB knows by no first name is not judged."""
    def cons(w: str) -> str:
        return "".join(ch for ch in norm_word(w).replace("ґ", "г") if ch.isalpha() and ch not in _VOWELS)[:3]
    return not firsts or cons(word) in {cons(f) for f in firsts}



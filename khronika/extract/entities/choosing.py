"""Choosing among the entities one surface can name (namesakes, surnames alone, common words).
Every pass that links a match to the KB asks the same questions, so they live in one place."""
from __future__ import annotations

from ...kb.base import KBEntity
from ...kb.inflect import POSSESSIVE_SUFFIXES
from ...textnorm import norm_word
from ..morph import is_dictionary, is_listed, parses, tag_view
from . import guards
from .state import DocState, _g


class EntityChoice:
    """Which knowledge-base entity a matched surface names, shared by the passes."""

    def _choose(self, st: DocState, surfaces, at: int | None = None) -> KBEntity | None:
        """Which entity a matched surface names. Someone already named in the document wins;
        a full name beats a surname alone. A surname alone (with hundreds of people in the
        KB, many share one) goes to the namesake holding a role on the document's date
        ("Джонсон" in 2022 is Boris Johnson); when several hold one, to the one whose office
        the role phrase right before it (token `at`) names ("міністр закордонних справ
        Кулеба", "голова Київської ОВА Кулеба"), else to the one of them in a national office;
        it is left unlinked when several or none fit, or when the only namesake's roles all begin after the date."""
        ids = list(dict.fromkeys(s.entity for s in surfaces))
        if len(ids) > 1 and all(self.kb.entities[i].type == "ORG" for i in ids):
            # a short name two states' bodies share ("СЗР"): the home state's here, whatever
            # the document named before, so that "СЗР України" joins as its own;
            # `shared_bodies` decides by who is in view once every name is found
            home = [i for i in ids if self.kb.country(i) == self.lex.home_state]
            if len(home) == 1:
                return self.kb.entities[home[0]]
        seen = [i for i in ids if i in st.doc.entities]
        if len(seen) == 1:
            return self.kb.entities[seen[0]]
        full = list(dict.fromkeys(s.entity for s in surfaces if s.full))
        if seen:
            return self.kb.entities[seen[0]]
        if full:
            return self.kb.entities[full[0]]
        date = st.doc.date
        people = [self.kb.entities[i] for i in ids]
        active = [e for e in people if any(r.active(date) for r in e.roles)]
        if len(active) == 1:
            return active[0]
        if len(active) > 1 and at is not None:
            e = self._role_before(st, at, {e.id for e in active})
            if e is not None:
                return e
        if len(active) > 1:
            # with no role phrase before it, a surname alone is the namesake in a national
            # office (president, minister, speaker: the posts that name a state by default),
            # not one heading a body or deputising ("Кулеба" in 2023: the foreign minister,
            # not the deputy head of the Presidential Office)
            national = [e for e in active if any(r.active(date) and self.kb.role_defaults.get(r.role)
                                                 for r in e.roles)]
            if len(national) == 1:
                return national[0]
        heads = [e for e in people if any(r.role in guards._HEADS for r in e.roles)]
        named_before = at is not None and at > 0 and st.doc.tokens[at - 1].is_word and \
            st.doc.tokens[at - 1].text[:1].isupper()
        if not active and len(heads) == 1 and not named_before:
            return heads[0]     # "Трамп" in 2022: the past president, not a namesake in the KB
            # (after a first name, "Леонід Макарович Кравчук", the full name decides)
        if active or len(people) > 1:
            return None if all(e.type == "PER" for e in people) else people[0]
        e = people[0]
        if date is not None and e.roles and all(r.start and r.start > date for r in e.roles):
            return None         # not yet in office: another person of that name
        return e

    def _role_before(self, st: DocState, at: int, ids: set[str]) -> KBEntity | None:
        """The one of `ids` holding, on the document's date, the office that a role phrase
        ending right before token `at` names, with the body or place that may follow the
        role ("Голова Київської ОВА Кулеба"); None when no role stands there or it fits
        none or several of them."""
        got = guards.role_phrase_before(st, self.kb, at)
        if got is None:
            return None
        role, of = got
        date = st.doc.date
        holder = self.kb.holder(role, of or self.kb.role_defaults.get(role), date)
        if holder is not None and holder.id in ids:
            return holder
        fit = {eid for eid in ids for r in self.kb.entities[eid].roles
               if r.role == role and r.active(date) and (of is None or r.of == of)}
        return self.kb.entities[fit.pop()] if len(fit) == 1 else None

    def _person_verb_after(self, st: DocState, i: int) -> bool:
        """The word after token `i` is a verb whose subject is a person ("Сирський доповів",
        "Малюк заявив"): a surname that the dictionary also reads as a common word is a
        person there, not a cheese or a toddler."""
        toks = st.doc.tokens
        k = i + 1
        if k >= len(toks) or toks[k].sentence != toks[i].sentence or toks[k].pos not in ("VERB", None):
            return False
        return any(p.normal_form in self.lex.person_verbs for p in parses(toks[k].norm)
                   if tag_view(p).POS == "VERB")

    def _common_word(self, form: str, eids: tuple[str, ...], heads: frozenset = frozenset()) -> bool:
        """A capitalised word at a sentence start that the dictionary reads as another word:
        a place whose form has another lemma ("Того", "Мали"), a surname that is also a
        common noun ("Малюк"). Neither is the possessive adjective of the name itself
        ("Макронові": Macron's, or Macron in the dative) nor, for a head of state or
        government in office (`heads`, ids), a stray noun the dictionary lists under the
        surname itself ("Стармерові він передав": "стармер") or guesses behind a prefix."""
        people = all(self.kb.entities[e].type == "PER" for e in eids)
        names = set()
        for eid in eids:
            e = self.kb.entities[eid]
            names.update(_g(norm_word(w)) for a in [e.name_uk, *e.aliases] for w in a.split())
        if not people:      # a body's short form written without its apostrophe ("Мінюст" for
            names.update({w.replace("'", "") for w in names})  # "Мін'юст") is still its own
        head_names = {_g(norm_word(w)) for eid in heads for w in self.kb.entities[eid].name_uk.split()}
        own = [p for p in parses(form) if is_dictionary(p)
               and _g(norm_word(p.normal_form)) == _g(form) and _g(form) in names]
        if not people and any(tag_view(p).case == "nomn" and "plur" not in tag_view(p).grammemes for p in own) \
                and any(not self.kb.entities[e].gate for e in eids) \
                and all(tag_view(p).POS == "NOUN" and tag_view(p).case != "nomn" for p in parses(form)
                        if is_dictionary(p) and p not in own):
            return False    # the place's own name, else only a noun's oblique form ("Київ": "кий")
        for p in parses(form):
            # (for a head in office, a guess behind a prefix the dictionary does not know is no
            # other word: "Стармер" as "стар" + the verb "мерти")
            if not is_dictionary(p) or (heads and not is_listed(p)):
                continue
            if tag_view(p).case == "loct":
                continue    # a locative needs its preposition: "Мелоні" opening a sentence is no melon
            tags = set(tag_view(p).grammemes)
            if {"Name", "Surn", "Patr", "Geox"} & tags:
                continue
            if people and {"Dist", "Rare", "Arch", "Slng"} & tags:
                continue    # a dialect or rare reading ("сибіга") does not hide a known surname
            lemma = _g(norm_word(p.normal_form))
            if people and tag_view(p).POS == "ADJF" and lemma[-2:] in POSSESSIVE_SUFFIXES and lemma[:-2] in names:
                continue    # "макронів": the name's own possessive adjective
            if people and tag_view(p).POS == "NOUN" and lemma in head_names:
                continue
            if people and tag_view(p).POS != "ADJF":
                return True
            if not people and "anim" in tags and tag_view(p).POS == "NOUN":
                return True     # "Українці": people, never a place, though a village is Українка
            if _g(norm_word(p.normal_form)) not in names:
                return True
        return False

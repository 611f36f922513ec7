"""First names and forms of address alone. A first name names nobody by itself; this pass
decides which person named in full (or which head of state beside a country) it stands for."""
from __future__ import annotations

from ...kb.base import KBEntity
from ..morph import is_dictionary, parses, tag_view
from .nominative import common_reading
from .state import DocState, kb_entity


class FirstNamePass:
    """Pass 2 of `EntityRecognizer`: a first name alone, or an address ("пане Президенте"), joins
    the person the document or the KB names in full."""

    # ---- 2. first names alone ------------------------------------------------------------
    def first_names(self, st: DocState) -> None:
        toks = st.doc.tokens
        first_names = self.kb.first_names
        # most words are no first name: one C-level lookup pass, then only those that are
        found = list(map(first_names.get, [t.norm for t in toks]))
        for i in [i for i, people in enumerate(found) if people]:
            tok, people = toks[i], found[i]
            if st.covered[i] is not None or not tok.is_word or not tok.text[:1].isupper():
                continue
            if _between_surname_and_patronymic(st, i):
                continue        # "Круглову Андрію Миколайовичу": another man's full name
            before = [p for p in people if p in st.first_seen and st.first_seen[p] < tok.start]
            if len(before) == 1:
                e = self.kb.entities[before[0]]
                st.add_mention(i, i + 1, e.id, e.type, "partial")
            elif not before:
                e = self._addressed(st, tok, people) or self._head_beside_country(st, i, people)
                if e is not None:
                    st.add_entity(kb_entity(e))
                    st.add_mention(i, i + 1, e.id, e.type, "partial")

    _HEADS = {"president", "prime-minister", "chancellor", "king", "pope", "secretary-general"}
    _NAMESAKE_COUNTRIES = {"ukraine", "russia", "belarus"}

    def _addressed(self, st: DocState, tok, people) -> KBEntity | None:
        """A head of state or government addressed by first name in the vocative ("Дорогий
        Джастіне!", "друже Анджею"), in a speech that never gives the full name: the one
        person of that first name in such an office on the document's date."""
        date = st.doc.date
        names = [p for p in parses(tok.text) if "Name" in tag_view(p).grammemes
                 and is_dictionary(p)]
        if date is None or common_reading(tok.text) or "foreign" in tok.tags:
            return None     # (a Russian dative "Андрею" is no Ukrainian vocative)
        i = st.tok_at.get(tok.start)
        k = i + 1 if i is not None else None
        while k is not None and k + 1 < len(st.doc.tokens) and st.doc.tokens[k].norm in self.lex.name_particles \
                and st.doc.tokens[k].text[:1].islower():
            k += 1          # "Мігелю де Карвальо"
        if k is not None and k < len(st.doc.tokens) and st.doc.tokens[k].is_word \
                and st.doc.tokens[k].text[:1].isupper():
            return None     # a surname follows: a name, not an address by first name
        if not self._undeclined_address(st, tok) and (
                not any(tag_view(p).case == "voct" for p in names) or any(tag_view(p).case == "nomn" for p in names)):
            return None     # "Має" is a verb, "Марко" a nominative: only a plain vocative
        heads = [self.kb.entities[p] for p in people
                 if any(r.role in self._HEADS and r.active(date) for r in self.kb.entities[p].roles)]
        if any(r.of in self._NAMESAKE_COUNTRIES for e in heads for r in e.roles):
            return None     # "Олександре", "Володимире": any reader's namesake, not the president
        return heads[0] if len(heads) == 1 else None

    @staticmethod
    def _undeclined_address(st: DocState, tok) -> bool:
        """A foreign first name the dictionary does not know, which has no vocative form of
        its own, addressed all the same: a vocative word before it and "!" or "," after it
        ("дорогий Ігнаціо!", "друже Маріо,")."""
        if any(is_dictionary(p) for p in parses(tok.text)):
            return False
        toks = st.doc.tokens
        i = st.tok_at.get(tok.start)
        if i is None or i == 0 or i + 1 >= len(toks) or toks[i + 1].text not in ("!", ",") \
                or toks[i - 1].sentence != tok.sentence:
            return False
        return any(tag_view(p).case == "voct" and tag_view(p).POS in ("ADJF", "NOUN")
                   and is_dictionary(p)
                   for p in parses(toks[i - 1].text))

    def _head_beside_country(self, st: DocState, i: int, people) -> KBEntity | None:
        """A head of state or government addressed by first name alone in the sentence that
        names the state ("Франція – Еммануель, я вірю, що ви будете за нас"): the one person
        of that first name heading that state on the document's date. Not for the states
        whose first names every reader shares (the namesake countries)."""
        date, toks = st.doc.date, st.doc.tokens
        if date is None or common_reading(toks[i].text) or i + 1 >= len(toks) \
                or toks[i + 1].text not in (",", "!"):
            return None     # an address is set off by a comma or "!"; "Еммануель прийшов" is not
        sent = toks[i].sentence
        named = {self.kb.country(m.entity) for m in st.doc.mentions if m.type == "LOC"
                 and st.doc.sentence_at(m.start) == sent}
        named.discard(None)
        if named & self._NAMESAKE_COUNTRIES:
            return None
        heads = {p for p in people for r in self.kb.entities[p].roles
                 if r.role in self._HEADS and r.active(date) and self.kb.country(r.of) in named}
        return self.kb.entities[heads.pop()] if len(heads) == 1 else None


def _between_surname_and_patronymic(st: DocState, i: int) -> bool:
    """A first name after an unclaimed capitalised word and before a patronymic: the middle
    of a full name written surname first ("Підполковнику Круглову Андрію Миколайовичу"), a
    person of its own, not anyone of that first name named before."""
    toks = st.doc.tokens
    if i == 0 or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return prev.is_word and prev.text[:1].isupper() and st.covered[i - 1] is None \
        and prev.sentence == toks[i].sentence == nxt.sentence and nxt.text[:1].isupper() \
        and any("Patr" in tag_view(p).grammemes for p in parses(nxt.text))

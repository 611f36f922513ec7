"""Names listed under one shared noun (oblasts, bodies). The gazetteer matches one name at a
time, so a list whose items share a single noun needs a pass of its own."""
from __future__ import annotations

from itertools import compress

from ...kb.base import KBEntity
from ...textnorm import norm_word
from ..morph import is_dictionary, parses
from ..tokenscan import where
from .state import DocState, kb_entity


class SharedNounPass:
    """Lists that share one noun: "Донецька та Луганська області", "Харківської, Сумської
    областей", and bodies listed before a common noun; each adjective names its own entity."""

    # ---- oblasts named by adjectives sharing one noun -----------------------------------
    _OBLAST_NOUN = {"область", "області", "областей", "областям", "областями", "областях"}
    _LIST_JOINS = {",", "та", "і", "й"}

    def oblast_adjectives(self) -> dict[str, str]:
        """Every singular feminine form of each oblast's adjective ("донецької") -> oblast id.
        Oblasts of other countries too ("Ростовська та Воронезька області" share the noun
        as Ukraine's do); where two share an adjective, Ukraine's oblast keeps it."""
        if getattr(self, "_oblast_adj", None) is None:
            from ..morph import analyzer
            out: dict[str, str] = {}
            # (the table's fields, not its entities: no object made for each of its places)
            oblasts = [(eid, category, name_uk) for eid, type_, category, name_uk
                       in self.kb.entities.fields("type", "category", "name_uk")
                       if type_ == "LOC" and category in ("O", None)]
            oblasts.sort(key=lambda e: e[1] != "O")
            for eid, _, name_uk in oblasts:
                words = name_uk.split()
                if len(words) != 2 or words[1] != "область":
                    continue
                for p in analyzer().parse(norm_word(words[0])):
                    if p.tag.POS == "ADJF":
                        for f in p.lexeme:
                            if "femn" in f.tag.grammemes and "plur" not in f.tag.grammemes:
                                out.setdefault(norm_word(f.word), eid)
                        break
            self._oblast_adj = out
        return self._oblast_adj

    def oblast_lists(self, st: DocState) -> None:
        """"Донецька, Луганська та Харківська області", "у Сумській і Чернігівській
        областях": one noun for several oblasts, each adjective a mention of its oblast (the
        last one with the noun). An adjective the gazetteer took for a city ("Луганська",
        Luhansk's genitive) gives way."""
        toks = st.doc.tokens
        adj = self.oblast_adjectives()
        # the oblast nouns picked out by one C-level lookup over the forms (few texts hold one)
        nouns = list(compress(range(len(toks)), map(self._OBLAST_NOUN.__contains__, [t.norm for t in toks])))
        for n in nouns:
            t = toks[n]
            if n == 0:
                continue
            last = n - 1
            others = n >= 3 and toks[n - 1].norm in self._OTHERS and toks[n - 2].norm in self._LIST_JOINS
            if others:
                last = n - 3        # "у Чернігівській, Сумській та інших областях"
            if toks[last].norm not in adj:
                continue
            chain = [last]
            k = last - 1
            while k >= 1 and toks[k].norm in self._LIST_JOINS and toks[k - 1].norm in adj \
                    and toks[k - 1].text[:1].isupper() and toks[k - 1].sentence == t.sentence:
                chain.append(k - 1)
                k -= 2
            if len(chain) < 2 or not all(toks[c].text[:1].isupper() for c in chain):
                continue
            spans = [(c, c + 1) for c in chain[1:]] + [(last, last + 1) if others else (n - 1, n + 1)]
            self._list_mentions(st, spans, [self.kb.entities[adj[toks[i].norm]] for i, _ in spans])
        for n in nouns:
            chain = self._adjectives_after(st, n, adj)
            if len(chain) >= 2:
                self._list_mentions(st, [(c, c + 1) for c in chain],
                                    [self.kb.entities[adj[toks[c].norm]] for c in chain])

    def elided_oblasts(self, st: DocState) -> None:
        """An oblast adjective standing alone, its noun said earlier in the sentence or in
        the one before ("в усіх областях ..., включно з Луганською та Донецькою", "кошти
        направлять у Сумську область. Післязавтра – в Київську."): a mention of the oblast.
        Only where nothing else took the word (the gazetteer reads "Луганську" as the city)
        and no word follows that it could agree with ("Київську Русь")."""
        toks = st.doc.tokens
        adj = self.oblast_adjectives()
        noun_sentences = {toks[k].sentence for k in where(st.columns, "norm", self._OBLAST_NOUN)}
        if not noun_sentences:
            return
        for k in where(st.columns, "norm", adj):      # (the oblast adjectives' tokens alone: `tokenscan`)
            t = toks[k]
            if t.norm not in adj or not t.text[:1].isupper() or st.covered[k] is not None \
                    or not ({t.sentence, t.sentence - 1} & noun_sentences):
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.sentence == t.sentence and nxt.is_word \
                    and nxt.norm not in self._LIST_JOINS:
                continue
            e = self.kb.entities[adj[t.norm]]
            st.add_entity(kb_entity(e))
            st.add_mention(k, k + 1, e.id, e.type, "kb")

    _SET_OFF = {",", "–", "—", ":", "-"}
    _OTHERS = {"інших", "іншим", "іншими", "інші"}

    def _adjectives_after(self, st: DocState, n: int, adj: dict[str, str]) -> list[int]:
        """The oblast adjectives listed after an oblast noun, the noun left out ("трьох
        областей України – Київської, Чернігівської та Сумської", "Вінницька область,
        Рівненська, Львівська")."""
        toks = st.doc.tokens
        k = n + 1
        while k < min(n + 5, len(toks)) and toks[k].sentence == toks[n].sentence and (
                toks[k].text in self._SET_OFF
                or (st.covered[k] is not None and st.covered[k].type == "LOC" and toks[k].case == "gent")):
            k += 1
        chain = []
        while k < len(toks) and toks[k].sentence == toks[n].sentence and toks[k].norm in adj \
                and toks[k].text[:1].isupper() and (k + 1 >= len(toks) or toks[k + 1].norm not in self._OBLAST_NOUN):
            chain.append(k)
            if k + 2 < len(toks) and toks[k + 1].norm in self._LIST_JOINS:
                k += 2
            else:
                break
        return chain if k > n + 1 else []

    def _list_mentions(self, st: DocState, spans, ents) -> bool:
        """One mention per listed adjective (the last one with the shared noun), each of its
        own entity; the mentions there before give way unless one is a person or a body."""
        toks = st.doc.tokens
        if any(st.covered[x] is not None and st.covered[x].type != "LOC"
               for i, j in spans for x in range(i, j)):
            return False
        for (i, j), e in zip(spans, ents):
            for m in {id(st.covered[x]): st.covered[x] for x in range(i, j) if st.covered[x]}.values():
                st.remove_mention(m)
                x = st.tok_at.get(m.start, i)
                while x < len(toks) and st.covered[x] is m:
                    st.covered[x] = None
                    x += 1
                if not any(x.entity == m.entity for x in st.doc.mentions):
                    st.doc.entities.pop(m.entity, None)
                    st.first_seen.pop(m.entity, None)
            st.add_entity(kb_entity(e))
            st.add_mention(i, j, e.id, e.type, "kb")
        return True

    def shared_noun_lists(self, st: DocState) -> None:
        """Named places or bodies listed by their adjectives with one plural noun ("Чорного
        й Азовського морів", "на Чорному та Азовському морях"): each adjective with the noun in
        the singular is a KB name ("Азовське море"), so each is a mention of its entity."""
        toks = st.doc.tokens
        # only where a list joint stands two words before (one C-level lookup over the forms)
        joints = compress(range(len(toks) - 2), map(self._LIST_JOINS.__contains__, [t.norm for t in toks[:-2]]))
        for n in [m + 2 for m in joints if m >= 1]:
            t = toks[n]
            if not t.is_word or not t.text[:1].islower() or t.norm in self._OBLAST_NOUN \
                    or not toks[n - 1].text[:1].isupper() or toks[n - 2].norm not in self._LIST_JOINS:
                continue
            nouns = [p for p in parses(t.text) if p.tag.POS == "NOUN" and "plur" in p.tag.grammemes
                     and is_dictionary(p)]
            if not nouns:
                continue
            chain = [n - 1]
            k = n - 2
            while k >= 1 and toks[k].norm in self._LIST_JOINS and toks[k - 1].text[:1].isupper() \
                    and toks[k - 1].sentence == t.sentence:
                chain.append(k - 1)
                k -= 2
            ents = [self._listed(st, toks[c], nouns) for c in reversed(chain)]
            if len(chain) < 2 or any(e is None for e in ents) or len({e.id for e in ents}) < len(ents):
                continue
            chain.reverse()
            self._list_mentions(st, [(c, c + 1) for c in chain[:-1]] + [(n - 1, n + 1)], ents)

    def _listed(self, st: DocState, tok, nouns) -> KBEntity | None:
        """The KB entity an adjective names with the singular of the plural noun after it."""
        from .span_context import _singular_nominative
        for noun in nouns:
            sing = _singular_nominative(noun)
            if sing is None:
                continue
            for a in parses(tok.text):
                if a.tag.POS != "ADJF" or a.tag.case != noun.tag.case or "plur" in a.tag.grammemes:
                    continue
                f = a.inflect({"nomn", sing.tag.gender}) if sing.tag.gender else None
                hits = self.kb.index.get((norm_word(f.word), norm_word(sing.word))) if f else None
                ent = self._choose(st, hits) if hits else None
                if ent is not None and len({h.entity for h in hits}) > 1 and st.tok_at.get(tok.start) is not None:
                    # "у Дарницькому та Деснянському районах": which city's districts
                    got, _ = self.places.district(st, st.tok_at[tok.start],
                                                  [self.kb.entities[h.entity] for h in hits])
                    ent = got if isinstance(got, KBEntity) else ent if got is None else None
                if ent is not None and not ent.gate:
                    return ent
        return None

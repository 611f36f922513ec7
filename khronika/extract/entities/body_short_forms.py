"""Short forms of bodies: "Службі" after "Служби безпеки України" is the same body. Kept apart
from the gazetteer because it depends on what the document named before, not on the KB index."""
from __future__ import annotations

from functools import lru_cache
from itertools import islice, takewhile
from operator import attrgetter

from ...textnorm import QUOTE_OPEN
from ..morph import is_dictionary, parses, tag_view
from .nominative import plain_word
from .state import DocState


_IS_WORD = attrgetter("is_word")


class BodyShortFormPass:
    """A body named in full and then by its head noun alone with a capital."""

    def body_short_forms(self, st: DocState) -> None:
        """A body named in full, then by its head noun alone with a capital ("Служби безпеки
        України" … "кожному у Службі"; "Офісу Президента" … "Голова Офісу"): the same body,
        when exactly one body named before has that head noun. At a sentence start, before
        another capitalised word, a genitive or an adjective (the start of another name), or
        inside a role phrase the capital says nothing."""
        toks = st.doc.tokens
        heads: list[tuple[int, str, frozenset[str]]] = []      # (start, entity, head lemmas)
        for m in st.doc.mentions:
            e = self.kb.entities.get(m.entity)
            k = st.tok_at.get(m.start)
            if m.type != "ORG" or e is None or k is None:
                continue
            # (the walk stops at the mention's end: it used to copy and test every token to
            # the document's end, for each body named)
            words = list(filter(_IS_WORD, takewhile(lambda t: t.start < m.end, islice(toks, k, None))))
            if len(words) < 2:
                continue
            lemmas = next((_noun_lemmas(t.text) for t in words if _noun_lemmas(t.text)), frozenset())
            if lemmas:
                heads.append((m.start, m.entity, lemmas))
        if not heads:
            return
        named = {eid for _, eid, _ in heads}
        for i, t in enumerate(toks):
            if st.covered[i] is not None and t.is_word and t.text[:1].isupper() and not t.text.isupper():
                self._another_bodys_head(st, i, heads, named)
                continue
            if st.covered[i] is not None or not t.is_word or not t.text[:1].isupper() or t.text.isupper() \
                    or i in st.role_tokens or st.sentence_initial(i) or not plain_word(t.text):
                continue
            if i and toks[i - 1].text in QUOTE_OPEN or i + 1 < len(toks) and _name_goes_on_after(toks[i + 1]):
                continue        # «Союз лівих сил», "Рада директорів": a longer name of its own
            lemmas = _noun_lemmas(t.text)
            bodies = {eid for start, eid, hl in heads if start < t.start and hl & lemmas}
            if len(bodies) == 1:
                eid = bodies.pop()
                st.add_mention(i, i + 1, eid, "ORG", "kb")


    def _another_bodys_head(self, st: DocState, i: int, heads, named: set[str]) -> None:
        """A head noun the gazetteer gave alone to another body of that short name
        ("Конгрес": the US Congress) after the document named in full one body of that head
        ("Конгресу місцевих та регіональних влад Ради Європи ... Конгрес ухвалив"): the body
        named before, unless the other is named in full too or is a body of the home state
        ("Рада" after "Європейська рада" is still the Verkhovna Rada)."""
        m = st.covered[i]
        if m.type != "ORG" or m.source != "kb" or m.entity in named or st.tok_at.get(m.start) != i \
                or m.end != st.doc.tokens[i].end or self.kb.country(m.entity) == self.lex.home_state:
            return
        lemmas = _noun_lemmas(st.doc.tokens[i].text)
        bodies = {eid for start, eid, hl in heads if start < m.start and hl & lemmas}
        if len(bodies) != 1:
            return
        st.drop_mention(m)
        st.add_mention(i, i + 1, bodies.pop(), "ORG", "kb")


@lru_cache(maxsize=1 << 14)
def _noun_lemmas(word: str) -> frozenset[str]:
    """The dictionary's noun lemmas of a word ("Службі" -> служба)."""
    return frozenset(p.normal_form for p in parses(word)
                     if tag_view(p).POS == "NOUN" and is_dictionary(p))


def _name_goes_on_after(t) -> bool:
    """A word after a capitalised noun that may continue its name: capitalised, or a genitive
    or an adjective ("Союз лівих сил", "Рада директорів")."""
    if not t.is_word:
        return False
    if t.text[:1].isupper():
        return True
    return any(tag_view(p).POS in ("ADJF", "NOUN") and tag_view(p).case == "gent" for p in parses(t.text)) \
        or any(tag_view(p).POS == "ADJF" for p in parses(t.text))

"""Names outside the knowledge base: the NER model's view of the document's uncovered tokens,
handed to `LocalNamer`. Kept apart because it is the one pass that runs a model."""
from __future__ import annotations

from types import SimpleNamespace

from ..morph import dictionary_parses
from .nominative import plain_word
from . import russian
from .state import DocState


class OutsideKbPass:
    """Pass 3 of `EntityRecognizer`: names the knowledge base does not know, from the statistical
    NER model (or a small rule without it), made into document-local entities."""

    # ---- 3. names the KB does not know ---------------------------------------------------
    def local_names(self, st: DocState) -> None:
        model = self.ner()
        spans: list[tuple[int, int, str]] = []
        if model is not None:
            view = self._ner_view(st)
            try:
                spans = list(model.predict(view) or []) if view.sentences else []
            except Exception:
                spans = []
        elif self.fallback_people:
            spans = self.namer.rule_people(st)
        if st.doc.foreign_spans:
            # "Кулебе позвонил Энтони Блинкен": the model's span is cut at the verb first, so
            # that a name the Russian rules find inside it does not drop the others
            spans = self.namer.split_at_words(st, sorted(spans), self.lex.name_particles)
            ru = russian.people(st)
            ru += [p for p in russian.places(st, self.namer.russian_places())
                   if not any(p[0] < e and b < p[1] for b, e, _ in ru)]
            spans = ru + [s for s in spans if not any(s[0] < e and b < s[1] for b, e, _ in ru)]
        self.namer.add_spans(st, spans, self.lex)

    @staticmethod
    def _name_goes_on(st: DocState, k: int) -> bool:
        """A one-word body name the KB knows ("Конгрес", "Рада") followed by a lowercase
        genitive or adjective that may continue a longer name ("Конгресу місцевих та
        регіональних влад"): the model is asked where the name ends."""
        toks = st.doc.tokens
        m = st.covered[k]
        if m is None or m.type != "ORG" or m.start != toks[k].start or m.end != toks[k].end \
                or toks[k].text.isupper() or k + 1 >= len(toks):
            return False
        t = toks[k + 1]
        return t.is_word and t.sentence == toks[k].sentence and t.text[:1].islower() \
            and any(p.tag.POS in ("ADJF", "NOUN") and p.tag.case == "gent"
                    for p in dictionary_parses(t.text))

    def _ner_view(self, st: DocState) -> SimpleNamespace:
        """The document cut to the sentences where a name may still be unknown: a capitalised
        word not covered by the KB (the CRF is the slow part of this layer)."""
        toks = st.doc.tokens
        keep = []
        for sent in st.doc.sentences:
            for k in range(sent.first_token, sent.last_token):
                t = toks[k]
                if st.covered[k] is not None and self._name_goes_on(st, k):     # (covered: asked first)
                    keep.append(sent)
                    break
                if not t.is_word or st.covered[k] is not None or not t.text[:1].isupper():
                    continue
                n = t.norm
                if self.lex.is_stop(n, t.text) or n in self.kb.adjectives or n in self.kb.demonyms \
                        or n in self.role_lengths or n in self.lex.pronouns:
                    continue
                if k == sent.first_token and plain_word(t.text):
                    continue
                keep.append(sent)
                break
        return SimpleNamespace(text=st.doc.text, tokens=toks, sentences=keep, date=st.doc.date,
                               id=st.doc.id, meta=st.doc.meta)     # meta: the KB matches

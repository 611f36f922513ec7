"""Bodies and subdivisions of other states. A state body's alias ("МЗС", "парламент") names
the Ukrainian body by default; these passes decide when another country's body is meant and
make a local entity for it, which the gazetteer alone would link wrongly."""
from __future__ import annotations

from ...document import Entity
from ...kb.translit import local_id, slug, transliterate
from .. import coref
from ..morph import dictionary_parses, parses
from .nominative import _proper_paradigm, plain_word
from . import guards
from .body_heads import genitive_heads
from .body_templates import state_body
from .state import DocState, kb_entity


class ForeignBodyPass:
    """Bodies of other states: a Ukrainian body's alias with another country after it or an
    adjective before it names that country's body, a document-local entity when the KB has
    none; bare body words and foreign subdivisions likewise."""

    def foreign_bodies(self, st: DocState) -> None:
        """A state body's alias with another country in the genitive (or an indeclinable
        name: "США", "ФРН") after it names that country's body, not the KB one: "МЗС
        Німеччини" is not Ukraine's ministry, "Національна гвардія США" not Ukraine's guard,
        "Сенат Польщі" not the US Senate. The two mentions become one, linked to the KB body
        when the lexicon's template for the home body names one ("mfa-of-germany"), else a
        document-local entity."""
        toks, n = st.doc.tokens, len(st.doc.tokens)
        i = 0
        while i < n:
            m = st.covered[i]
            me = self.kb.entities.get(m.entity) if m is not None and m.type == "ORG" else None
            home = self.kb.country(me.id) if me is not None else None
            if home is None or m.start != toks[i].start:
                i += 1
                continue
            tpl = self.lex.foreign_bodies.get(m.entity)
            j = i
            while j < n and st.covered[j] is m:
                j += 1
            if self._adjective_body(st, i, j, m, home, tpl):
                i = j
                continue
            if self._bodies_of_states(st, i, j, m):
                i = j
                continue
            c = st.covered[j] if j < n else None
            ce = self.kb.entities.get(c.entity) if c is not None else None
            if ce is None or c.start != toks[j].start or not self.kb.is_country(ce.id) \
                    or ce.id == home or toks[j].sentence != toks[i].sentence \
                    or not (toks[j].case == "gent" or "Fixd" in toks[j].tags):
                i = j
                continue
            k = j
            while k < n and st.covered[k] is c:
                k += 1
            eid = tpl["id"].format(id=ce.id) if tpl else None
            if eid not in self.kb.entities and j - i == 1 \
                    and (toks[i].lemma or toks[i].norm) in self.lex.government_nouns:
                # "Кабмін Чехії" as "Уряд Канади": the state stands for its government
                # (lexicon `government_nouns`), no body of no state is made
                self._replace_mentions(st, (m, c), j, k, kb_entity(ce))
                i = k
                continue
            body = state_body(self.kb, tpl, ce.id, c.text)
            if body is not None:
                ent = st.add_entity(body)
            else:
                ent = self._local_body(st, f"{self.namer.nominative_thing([t.text for t in toks[i:j]])} {c.text}",
                                       ce.id)
            self._replace_mentions(st, (m, c), i, k, ent)
            i = k

    def _bodies_of_states(self, st: DocState, i: int, j: int, m) -> bool:
        """A plural of states right after the alias ("МЗС країн G7", "Міноборони
        держав-членів НАТО") names the bodies of those states, not the home one: the mention
        goes (the bodies of a group are no one entity, and the home body would pull its head
        in for "Глави МЗС країн ...")."""
        toks = st.doc.tokens
        if j >= len(toks) or m.type != "ORG" or toks[j].sentence != toks[i].sentence \
                or st.covered[j] is not None or toks[j].norm not in self.lex.state_group_words:
            return False
        st.remove_mention(m)            # its tokens stay covered: no later pass takes them
        if not any(x.entity == m.entity for x in st.doc.mentions):
            st.doc.entities.pop(m.entity, None)
            st.first_seen.pop(m.entity, None)
        return True

    def _local_body(self, st: DocState, uk: str, state: str | None = None) -> Entity:
        """A foreign body the knowledge base does not hold: an entity of the document named
        as written (its id kept apart from any KB id), of `state` when the text says whose."""
        eid = local_id(uk, self.kb.entities)
        return st.add_entity(Entity(eid, transliterate(uk), uk, "ORG", None, kb=False, of=state))

    @staticmethod
    def _replace_mentions(st: DocState, old: tuple, i: int, k: int, ent: Entity) -> None:
        """Tokens i..k become one mention of `ent` in place of the mentions `old`; an entity
        left with no mention leaves the document."""
        st.doc.mentions = [x for x in st.doc.mentions if all(x is not o for o in old)]
        st.add_mention(i, k, ent.id, ent.type, "kb" if ent.kb else "rule")
        for gone in {o.entity for o in old}:
            if not any(x.entity == gone for x in st.doc.mentions):
                st.doc.entities.pop(gone, None)
                st.first_seen.pop(gone, None)

    def _adjective_body(self, st: DocState, i: int, j: int, m, home: str, tpl) -> bool:
        """Another state's adjective before a body's alias ("литовського Сейму", "естонського
        МЗС") names that state's body, not the KB one of `home` (Poland's Sejm, Ukraine's
        ministry): linked to the KB body the lexicon's template names for that state, else a
        document-local entity named by the two words."""
        toks = st.doc.tokens
        a = toks[i - 1] if i > 0 else None
        if a is None or not a.is_word or st.covered[i - 1] is not None or a.sentence != toks[i].sentence:
            return False
        other = self.kb.adjectives.get(a.norm)
        if other is None or other == home or not self.kb.is_country(other):
            return False
        body = state_body(self.kb, tpl, other)
        if body is not None:
            ent = st.add_entity(body)
        else:
            ent = self._local_body(st, self.namer.nominative_thing([t.text for t in toks[i - 1:j]]), other)
        self._replace_mentions(st, (m,), i - 1, j, ent)
        return True

    def bare_foreign_bodies(self, st: DocState) -> None:
        """A foreign body named by its name without the country ("Конгрес" of "Конгрес
        США") in a text that never names that country and that names another body of that
        word: a longer name the model found ("Конгресу місцевих та регіональних влад Ради
        Європи"), or the word followed by lowercase genitives that go on with the name
        ("засідання Конгресу місцевих та регіональних влад"). Every bare mention of it is
        then that other body (one document-local entity), not the KB one."""
        doc, toks = st.doc, st.doc.tokens
        bare = []
        for m in doc.mentions:
            e = self.kb.entities.get(m.entity) if m.type == "ORG" and m.source == "kb" else None
            if e is None or " " in m.text.strip():
                continue
            c = self.kb.country(e.id)
            words = e.name_uk.split()
            if c not in (None, self.lex.home_state) and len(words) > 1 \
                    and any(" " not in a and a == words[0] for a in e.aliases):
                bare.append((m, c))
        if not bare:
            return
        skip = frozenset(m.entity for m, _ in bare if not guards.named_in_full(st, m.entity))
        named = coref.countries_named(st, self.kb, skip)
        bare = [(m, self.namer.nominative_thing([m.text])) for m, c in bare
                if c not in named and m.entity in skip]
        longer: dict[str, str] = {}     # the bare word's nominative -> the longer body's id
        for x in doc.entities.values():
            if x.type == "ORG" and not x.kb and len(x.name_uk.split()) > 1:
                longer.setdefault(x.name_uk.split()[0], x.id)
        tails = {}
        for m, uk in bare:
            i = st.tok_at.get(m.start)
            j = self._genitive_tail(st, i) if i is not None else None
            if j is not None:
                tails[id(m)] = (i, j)
                longer.setdefault(uk, None)
        for m, uk in bare:
            if uk not in longer:
                continue                # nothing says another body of that word is meant
            gone = m.entity
            if id(m) in tails:
                i, j = tails[id(m)]
                name = self.namer.nominative_thing([t.text for t in toks[i:j]])
                eid = longer[uk] or slug(transliterate(name))
                longer[uk] = eid
                st.add_entity(Entity(eid, transliterate(name), name, "ORG", None, kb=False))
                st.remove_mention(m)
                st.add_mention(i, j, eid, "ORG", "rule")
            else:
                eid = longer[uk]
                if eid is None:
                    continue            # its longer name comes later: see the second pass
                m.entity, m.source = eid, "rule"
            if not any(x.entity == gone for x in doc.mentions):
                doc.entities.pop(gone, None)
                st.first_seen.pop(gone, None)
        for m, uk in bare:              # a bare mention before the longer name
            if m.entity in self.kb.entities and longer.get(uk):
                gone, m.entity, m.source = m.entity, longer[uk], "rule"
                if not any(x.entity == gone for x in doc.mentions):
                    doc.entities.pop(gone, None)
                    st.first_seen.pop(gone, None)

    def bare_word_bodies(self, st: DocState) -> None:
        """A KB body's one-word alias that is a common noun ("Рада" of the Verkhovna Rada)
        followed at once by a lowercase genitive noun names another body ("засідання Ради
        асоціації Україна – ЄС", "Рада директорів"): that body, local to the document. Not an
        alias the dictionary lists only as a proper noun ("Мінекономіки", "Укрзалізниці"): the
        genitive after it is the object of the sentence ("направила до Мінекономіки
        обґрунтування"), no part of a name."""
        doc, toks = st.doc, st.doc.tokens
        for m in list(doc.mentions):
            if m.type != "ORG" or m.source != "kb" or " " in m.text.strip() or m.text.isupper():
                continue
            i = st.tok_at.get(m.start)
            if i is None or i + 1 >= len(toks):
                continue
            nxt = toks[i + 1]
            if not (nxt.is_word and nxt.text[:1].islower() and st.covered[i + 1] is None and
                    nxt.sentence == toks[i].sentence and
                    any(p.tag.POS == "NOUN" and not _proper_paradigm(p)
                        for p in dictionary_parses(m.text.lower())) and
                    any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in dictionary_parses(nxt.text)) and
                    not any(p.tag.POS in ("VERB", "INFN") for p in dictionary_parses(nxt.text))):
                continue        # ("небажанням Кремля вести переговори": "вести" is a verb here)
            # the one-word alias it inflects ("Ради" -> "Рада"; the dictionary's first reading
            # of "ради" is the unit "рад"), the genitive after it as it is
            kbe = self.kb.entities.get(m.entity)
            aliases = [a for a in (kbe.aliases if kbe else []) if " " not in a and a[:3].lower() == m.text[:3].lower()]
            head = aliases[0] if aliases else \
                next(p.normal_form for p in dictionary_parses(m.text.lower()) if p.tag.POS == "NOUN")
            if head.lower() not in genitive_heads(self.kb):
                continue            # "У Кремлі рішення не ухвалили": a seat takes no genitive
                                    # of its own; the noun after it is the clause's
            name = f"{head[:1].upper()}{head[1:]} {nxt.text}"
            self._replace_mentions(st, (m,), i, i + 2, self._local_body(st, name))

    def foreign_subdivisions(self, st: DocState) -> None:
        """A region of another country whose name is common words opening with an adjective
        ("Західна", Fiji's Western Division; "Центральний регіон", Malawi's) named in a text that never names that
        country: the words describe a part of somewhere else ("міста Західної та
        Центральної України"), no mention."""
        doc = st.doc
        odd = []
        for m in doc.mentions:
            e = self.kb.entities.get(m.entity) if m.type == "LOC" else None
            if e is None or not e.iso or "-" not in e.iso:
                continue
            c = self.kb.country(e.id)
            if c in (None, self.lex.home_state):
                continue
            words = m.text.split()
            # (a quality adjective, gradable in the dictionary, "Західна", "Центральний"; not one
            # made from a town's name, "Брянська область", "Білгородській області")
            if all(plain_word(w) for w in words) and \
                    any(p.tag.POS == "ADJF" and "compb" in p.tag.grammemes for p in parses(words[0])):
                odd.append((m, c))
        if not odd:
            return
        named = coref.countries_named(st, self.kb, frozenset(m.entity for m, _ in odd))
        for m, c in odd:
            if c in named:
                continue
            st.remove_mention(m)
            for x in range(len(st.covered)):
                if st.covered[x] is m:
                    st.covered[x] = None
            if not any(x.entity == m.entity for x in doc.mentions):
                doc.entities.pop(m.entity, None)
                st.first_seen.pop(m.entity, None)

    @staticmethod
    def _genitive_tail(st: DocState, i: int) -> int | None:
        """Where a name that goes on after its first word in lowercase genitives ends:
        adjectives (maybe joined by "та", "і") and one noun ("Конгресу місцевих та
        регіональних влад", "Конгресу громад"); None when no such words follow."""
        toks = st.doc.tokens

        def gen(k, pos):
            t = toks[k]
            return t.is_word and t.text[:1].islower() and st.covered[k] is None \
                and t.sentence == toks[i].sentence and any(
                    p.tag.POS == pos and p.tag.case == "gent" for p in dictionary_parses(t.text))
        k = i + 1
        while k < len(toks):
            if gen(k, "ADJF"):
                k += 1
            elif toks[k].norm in ("та", "і", "й") and k > i + 1 and k + 1 < len(toks) \
                    and gen(k + 1, "ADJF"):
                k += 1
            else:
                break
        return k + 1 if k < len(toks) and gen(k, "NOUN") else None

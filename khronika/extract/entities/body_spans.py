"""Where a body's name begins and ends: the pass that widens or adds organisation mentions
after the knowledge base and the NER model have had their say.

News of every genre names bodies the knowledge base does not hold, and the model cuts long
names at the wrong place: "Дніпровський апеляційний суд" at the start of a sentence is never
shown to it (every capitalised word there is a plain adjective), "47-ї окремої механізованої
бригади «Магура»" ends before its quoted name, "ПрАТ «Київстар»" loses its legal form, and
"Державне агентство з енергоефективності та енергозбереження України" keeps only its
country. The guidelines ask for the whole name as one ORG with nothing nested. The words
that head a name, open a remit or a branch, and the legal forms are data
(`lang/uk/body_names.yaml`); this pass reads the grammar around them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from ...document import Entity, Mention
from ...kb.base import KBEntity
from ...kb.translit import local_id, transliterate
from ...lang.uk import load
from ..morph import is_dictionary, parses, tag_view
from ...textnorm import norm_word
from ..tokenscan import where
from .state import DocState, kb_entity

_FIRST3 = itemgetter(slice(None, 3))

_ORDINAL = re.compile(r"^\d+-(?:й|ї|а|ма|го|му|ої|ій|ю|м|му|ий|ого|ому|ою|ту|та|ти|тої|тій)$")
_OPEN, _CLOSE = "«„“\"", "»“”\""
_ALL_CASES = frozenset(["nomn", "gent", "datv", "accs", "ablt", "loct", "voct"])


@lru_cache(maxsize=1)
def _data() -> dict:
    d = load("body_names") or {}
    return {
        "heads": frozenset(d.get("head_nouns") or ()),
        "abbreviations": frozenset(d.get("head_abbreviations") or ()),
        "company_words": frozenset(norm_word(w) for w in d.get("company_words") or ()),
        "stems": frozenset([*(w[:3] for w in d.get("head_nouns") or ()),
                            *(norm_word(w)[:3] for w in d.get("head_abbreviations") or ())]),
        "remit": [tuple(x) for x in d.get("remit_openers") or ()],
        "joiners": frozenset(d.get("remit_joiners") or ()),
        "place_nouns": frozenset(d.get("place_nouns") or ()),
        "branch": frozenset(d.get("branch_prepositions") or ()),
        "unbranched": frozenset(d.get("unbranched_heads") or ()),
        "legal": frozenset([*(d.get("legal_forms") or ()), *(d.get("club_forms") or ())]),
        "kinds": frozenset(d.get("kind_abbreviations") or ()),
        "remit_heads": frozenset(d.get("genitive_remit_heads") or ()),
        "need_name": frozenset(d.get("heads_needing_a_name") or ()),
        "regional": frozenset(d.get("regional_heads") or ()),
        "remit_stop": frozenset(d.get("remit_stop") or ()),
        "place_like": frozenset(d.get("place_like_heads") or ()),
        "named_after": frozenset(d.get("named_after") or ()),
        "suffixes": frozenset(d.get("legal_suffixes") or ()),
        "home_genitive": tuple(norm_word(w) for w in d.get("home_genitive") or ()),
    }


_UNIT_NOUNS = frozenset(["область", "район", "громада"])
_PLACE_SUFFIXES = ("ський", "цький", "зький")


@lru_cache(maxsize=2)
def _place_adjective_lemmas(kb) -> frozenset:
    """The lemmas of the adjectives that name the codifier's oblasts, raions and hromadas
    ("Генічеський район", "Львівська громада"), the relational "-ський" ones only, less the
    adjectives of countries."""
    countries = {p.normal_form for f in kb.adjectives for p in parses(f) if tag_view(p).POS == "ADJF"}
    out = set()
    for _, type_, category, name_uk in kb.entities.fields("type", "category", "name_uk"):
        if type_ != "LOC" or category not in ("O", "P", "H"):
            continue
        words = name_uk.split()
        if len(words) != 2 or words[1] not in _UNIT_NOUNS:
            continue
        lemma = next((p.normal_form for p in parses(words[0]) if tag_view(p).POS == "ADJF"), None)
        if lemma and lemma.endswith(_PLACE_SUFFIXES) and lemma not in countries:
            out.add(lemma)
    return frozenset(out)


@lru_cache(maxsize=100_000)
def _head_of(word: str) -> str | None:
    """The lemma of one of the nouns that head a body's name, if the word reads as one; an
    administration's abbreviation ("РДА") is its own lemma."""
    if word in _data()["abbreviations"]:
        return word
    heads = _data()["heads"]
    return next((p.normal_form for p in parses(word) if is_dictionary(p) and tag_view(p).POS == "NOUN"
                 and p.normal_form in heads), None)


def _head_lemma(word: str) -> bool:
    return _head_of(word) is not None


_PROPER = {"Name", "Surn", "Patr"}


@lru_cache(maxsize=20_000)
def _genitive_word(word: str) -> str | None:
    """"NOUN" or "ADJF" for a lower-case word that can be a genitive of that part of speech.
    A proper name's reading is none ("надала": a surname's genitive, but lower case it is the
    verb after the body, "Венеційська комісія надала висновок")."""
    if not word[:1].islower():
        return None
    pos = {tag_view(p).POS for p in parses(word) if is_dictionary(p) and tag_view(p).case == "gent"
           and tag_view(p).POS in ("NOUN", "ADJF") and not _PROPER & set(tag_view(p).grammemes)}
    return "NOUN" if "NOUN" in pos else "ADJF" if pos else None


@lru_cache(maxsize=20_000)
def _modifier(word: str) -> bool:
    """An adjective or participle that may stand in a name before its head noun."""
    return any(tag_view(p).POS in ("ADJF", "PRTF") for p in parses(word))


@lru_cache(maxsize=20_000)
def _head_cases(word: str) -> frozenset:
    if word in _data()["abbreviations"]:
        return _ALL_CASES       # "РДА" does not decline: any adjective's case agrees
    heads = _data()["heads"]
    return frozenset(tag_view(p).case for p in parses(word)
                     if is_dictionary(p) and tag_view(p).POS == "NOUN" and p.normal_form in heads)


@lru_cache(maxsize=20_000)
def _modifier_cases(word: str) -> frozenset:
    """The cases an adjective before a head can agree with it in."""
    return frozenset(tag_view(p).case for p in parses(word) if tag_view(p).POS in ("ADJF", "PRTF"))


@lru_cache(maxsize=20_000)
def _capital_genitive_adjective(word: str) -> bool:
    return any(tag_view(p).POS == "ADJF" and tag_view(p).case == "gent" for p in parses(word))


@lru_cache(maxsize=20_000)
def _tail_word(word: str) -> int:
    """A lower-case Cyrillic word that cannot end a name: 2 when no reading of it is a
    noun ("також", "минулий"), 1 for a function word that is also read as a noun ("про",
    an indeclinable noun too; "шляхом", "край"), 0 otherwise."""
    if not word[:1].islower() or not ("\u0400" <= word[:1] <= "\u04ff"):
        return 0
    ps = [p for p in parses(word) if is_dictionary(p)]
    if not ps:
        return 0
    if not any(tag_view(p).POS == "NOUN" for p in ps):
        return 2
    return 1 if any(tag_view(p).POS in ("PREP", "CONJ", "PRCL") for p in ps) else 0


@lru_cache(maxsize=20_000)
def _also_noun(word: str) -> bool:
    return any(is_dictionary(p) and tag_view(p).POS == "NOUN" for p in parses(word))


@lru_cache(maxsize=20_000)
def _nominative_noun(word: str) -> bool:
    """The word can be a noun in the nominative: at a sentence's start, the subject before a
    body's name ("Слідчі Головного управління"). A noun reading only in another case (the
    dictionary's genitive of a town "Олександрівськ" in "Олександрівська лікарня") is none."""
    return any(is_dictionary(p) and tag_view(p).POS == "NOUN" and tag_view(p).case == "nomn" for p in parses(word))


@lru_cache(maxsize=20_000)
def _remit_word(word: str) -> bool:
    """A lower-case noun or adjective of a remit ("енергоефективності", "надзвичайних")."""
    return word[:1].islower() and any(tag_view(p).POS in ("NOUN", "ADJF") for p in parses(word))


def _named_head(toks, i: int) -> bool:
    """A head noun in lower case named after someone ("лікарня імені Мечникова", "університету
    ім. Шевченка"): the body's name opens at the head, and the person's name is part of it,
    not a person of the text."""
    k = i + 1
    return k + 1 < len(toks) and toks[k].norm in _data()["named_after"] and toks[i].sentence == toks[k].sentence \
        and _head_lemma(toks[i].text)


class BodySpanPass:
    """Bodies' names as one mention: a capitalised run of adjectives up to a head noun, with
    its place, remit, territorial branch or quoted name after it; a legal form before a
    company's quoted name; and a local name headed by a body noun typed ORG."""

    def body_spans(self, st: DocState) -> None:
        toks, n = st.doc.tokens, len(st.doc.tokens)
        d = _data()
        # a name opens at most a few words before its head noun or at a legal form: only
        # the tokens near one are read (the first three letters of a head's lemma stay in
        # every form of it, a cheap test before the dictionary)
        stems = d["stems"]
        # (the three letters of every token taken and looked up in C: `tokenscan`)
        near = map(stems.__contains__, map(_FIRST3, st.columns.values("norm")))
        heads = [k for k in compress(range(n), near) if _head_of(toks[k].text) is not None]
        starts = sorted({i for h in heads for i in range(max(0, h - 8), h + 1)}
                        | set(where(st.columns, "text", d["legal"])))
        after = 0
        for i in starts:
            if i < after:
                continue
            t = toks[i]
            got = None
            if t.is_word and t.text in d["legal"]:
                got = self._legal_form_span(st, i)
            elif t.is_word and (t.text[:1].isupper() or _ORDINAL.match(t.norm) or _named_head(toks, i)):
                got = self._head_span(st, i)
            if got is not None and self._take(st, i, got):
                after = got
        self._trim_kinds(st)
        self._span_edges(st)
        self._counted_unit_names(st)
        self._body_types(st)

    # ---- where a name ends ----------------------------------------------------------------
    def _head_span(self, st: DocState, i: int) -> int | None:
        """The end of a name that opens at token i with adjectives (or an ordinal) and goes
        on to a head noun and what follows it; None when no name opens here."""
        toks, n = st.doc.tokens, len(st.doc.tokens)
        if i in st.role_tokens:
            return None
        sent = toks[i].sentence
        j = i
        if _ORDINAL.match(toks[j].norm):
            j += 1
        while j < n and toks[j].sentence == sent and toks[j].is_word and not _head_lemma(toks[j].text) \
                and _modifier(toks[j].text):
            j += 1
        if j >= n or toks[j].sentence != sent or not toks[j].is_word or not _head_lemma(toks[j].text):
            return None
        cases = _head_cases(toks[j].text)
        if not all(_modifier_cases(t.text) & cases for t in toks[i:j] if not _ORDINAL.match(t.norm)):
            return None         # "Слідчі Головного управління": the name opens later
        initial = st.sentence_initial(i)
        if initial and j > i and _nominative_noun(toks[i].text):
            return None         # "Слідчі Головного управління": a noun, not the name's adjective
        modifiers = j - i - bool(_ORDINAL.match(toks[i].norm))
        if modifiers and j + 1 < n and (toks[j + 1].text[:1].isupper() or toks[j + 1].text[:1] in _OPEN) \
                and _head_of(toks[j].text) in self.lex.descriptor_nouns \
                and all(t.norm in self.kb.adjectives for t in toks[i:j]):
            return None         # "Німецький концерн Rheinmetall", "Французьке агентство AFP":
                                # whose body and what kind (kb/lexicon.yaml descriptor_nouns),
                                # then its name
        start_after = j + 1
        chain = False
        if _head_of(toks[j].text) in _data()["remit_heads"]:
            got = self._genitive_chain(st, j + 1, sent)
            if got is None:
                return None     # "Державна служба спеціального ...": where it ends is unclear
            chain = got > j + 1
            start_after = got
        end, ext = self._after_head(st, start_after, sent, _head_of(toks[j].text))
        if chain and start_after - (j + 1) < 2 and toks[j].case == "ablt" \
                and not {"genitive", "genitive_body"} & ext and self._kb_body(st, i, start_after) is None:
            # "конфіскованого Державною митною службою майна": after a body in the
            # instrumental (the doer of a passive) one genitive belongs to the participle;
            # the name ends at its head, unless a place or body closes the remit
            chain = False
            end, ext = self._after_head(st, j + 1, sent, _head_of(toks[j].text))
        if chain:
            ext.add("remit")
        if _head_of(toks[j].text) in _data()["need_name"] and not {"quote", "genitive_body"} & ext:
            return None         # "Американська оборонна компанія": a description
        if modifiers == 0:
            # a head noun alone (or after a number) is a name only with a body or place of its
            # own after it ("Управління СБУ в Одеській області", "12-та бригада Національної
            # гвардії"), never with a quote alone ("Бригаду «Азов»") nor a count alone ("2-й
            # батальйон"); one named after someone is a name ("Інституті фізіології ім. О.
            # Богомольця"); opening a sentence, a bare head needs a branch: "Комітет
            # Європейського парламенту" there is a committee of it, not its name
            counted = bool(_ORDINAL.match(toks[i].norm))
            if ext == {"genitive"} and _head_of(toks[j].text) in _data()["regional"]:
                return end      # "Прокуратура Харківщини", "Поліція Київської області"
            if "branch" in ext or {"remit", "genitive_body"} <= ext or ("named" in ext and not initial) \
                    or ("genitive_body" in ext and (counted or not initial)
                                   and _head_of(toks[j].text) not in _data()["need_name"]):
                return end
            return None
        if ext or modifiers >= 2 or not initial or (modifiers == 1 and self._place_adjective(toks[i].text)):
            return end          # opening a sentence, one adjective is a name's only when it
        return None             # is a place's ("Генічеська РДА", "Львівська міськрада")

    def _place_adjective(self, word: str) -> bool:
        """The word is the adjective of a raion, hromada or oblast of the codifier
        ("Генічеська", "Львівська"): before a body's head noun it names that body even where
        a sentence's capital makes every adjective look like a name. A country's adjective is
        the country's ("Українська" is also a hromada's)."""
        lemmas = _place_adjective_lemmas(self.kb)
        return any(tag_view(p).POS == "ADJF" and p.normal_form in lemmas for p in parses(word))

    def _after_head(self, st: DocState, k: int, sent: int, head: str | None = None) -> tuple[int, set[str]]:
        """How far a name goes on after its head noun (token k is the first after it, `head`
        its lemma), and what it took: a place or body in the genitive, a remit, a branch, a
        quoted name."""
        toks, n = st.doc.tokens, len(st.doc.tokens)
        d = _data()
        took: set[str] = set()
        for _ in range(4):
            if k >= n or toks[k].sentence != sent:
                break
            t = toks[k]
            m = st.covered[k]
            # a place's kind, then its name: "суду міста Києва"
            if t.norm in d["place_nouns"] and k + 1 < n and toks[k + 1].sentence == sent \
                    and self._genitive_name(st, k + 1):
                k = self._mention_end(st, k + 1)
                took.add("genitive")
                continue
            if m is not None and m.start == t.start and m.type in ("LOC", "ORG") \
                    and self._genitive_name(st, k):
                took.add("genitive_body" if m.type == "ORG" else "genitive")
                k = self._mention_end(st, k)
                continue
            if m is None and t.is_word and t.text[:1].isupper() and self._genitive_name(st, k):
                inner = self._head_span(st, k)      # "інституту Національного університету"
                if inner is not None:
                    took.add("genitive_body")
                    k = inner
                    continue
            if m is None and t.is_word and t.text[:1].isupper() and not st.sentence_initial(k) \
                    and k + 1 < n and st.covered[k + 1] is None and toks[k + 1].sentence == sent \
                    and _capital_genitive_adjective(t.text) and _genitive_word(toks[k + 1].text) == "NOUN":
                took.add("genitive")        # "центр Центрального регіону"
                k += 2
                continue
            if t.norm in d["named_after"] and "named" not in took:
                x = k + 1               # "університету імені Ярослава Мудрого", "ім. М. Холодного"
                if x < n and toks[x].text == ".":
                    x += 1
                y = x
                while y < n and toks[y].sentence == sent and toks[y].is_word and toks[y].text[:1].isupper() \
                        and (st.covered[y] is None or st.covered[y].type == "PER"):
                    y = self._mention_end(st, y)
                    if y < n and toks[y].text == "." and len(toks[y - 1].text) == 1:
                        y += 1      # an initial
                if y > x:
                    took.add("named")
                    k = y
                    continue
                break
            if t.text[:1] in _OPEN and not t.is_word and "quote" not in took:
                close = self._quote_end(st, k)
                if close is not None:
                    took.add("quote")
                    k = close
                    continue
            # ("засідання Ради НАТО в Ризі": a council meets in a town, it has no branch there)
            if "genitive_body" in took and t.norm in d["branch"] and k + 1 < n and head not in d["unbranched"]:
                b = st.covered[k + 1]
                if b is not None and b.type == "LOC" and b.start == toks[k + 1].start \
                        and toks[k + 1].case in ("loct", "datv"):     # (after в/у the one is the other)
                    took.add("branch")
                    k = self._mention_end(st, k + 1)
                    continue
            remit = self._remit_end(st, k, sent)
            if remit is not None and "remit" not in took:
                took.add("remit")
                k = remit
                continue
            break
        return k, took

    def _genitive_chain(self, st: DocState, k: int, sent: int) -> int | None:
        """The end of a remit in the genitive right after its head ("агентство резерву",
        "служба спеціального зв'язку та захисту інформації"): lower-case genitives joined by
        "та"/"і", ending on a noun. k itself when none follows; None when the run ends on an
        adjective (the name goes on in a way this pass cannot bound). A comma joins only a
        list that "і"/"та" closes ("комітет молодіжної політики, спорту і туризму"): a comma
        with no conjunction after it may end the name before a clause of the sentence."""
        toks, n = st.doc.tokens, len(st.doc.tokens)
        d = _data()
        x, last, end = k, None, k
        before_comma = None     # the end before an open comma, until a conjunction closes it
        while x < n and toks[x].sentence == sent and x - k < 12 and st.covered[x] is None:
            t = toks[x]
            if t.norm in d["remit_stop"] or t.norm in d["named_after"]:
                break
            pos = _genitive_word(t.text)
            if pos is None:
                if t.norm in d["joiners"] and last == "NOUN" and x + 1 < n \
                        and _genitive_word(toks[x + 1].text) and toks[x + 1].norm not in d["remit_stop"] \
                        and (t.norm != "," or toks[x + 1].text[:1].islower()):
                    if t.norm == ",":
                        if before_comma is None:
                            before_comma = end
                    else:
                        before_comma = None
                    x += 1
                    continue
                break
            last = pos
            x += 1
            if pos == "NOUN":
                end = x
        if before_comma is not None:
            return before_comma
        if last == "ADJF":
            return None
        return end

    def _remit_end(self, st: DocState, k: int, sent: int) -> int | None:
        """A remit after the head ("з питань безпечності харчових продуктів України"): an
        opener, lower-case nouns and adjectives, and a place or body in the genitive that
        closes it. Without that closing name the words may be anything: nothing is taken."""
        toks, n = st.doc.tokens, len(st.doc.tokens)
        d = _data()
        for opener in d["remit"]:
            if tuple(t.norm for t in toks[k:k + len(opener)]) != opener:
                continue
            x = k + len(opener)
            words = 0
            while x < n and toks[x].sentence == sent and words < 10:
                t = toks[x]
                m = st.covered[x]
                if m is not None and m.start == t.start and m.type in ("LOC", "ORG") \
                        and words and self._genitive_name(st, x):
                    return self._mention_end(st, x)
                if m is None and (_remit_word(t.text) or (t.norm in d["joiners"] and words)):
                    x += 1
                    words += t.is_word
                    continue
                break
            return None
        return None

    def _quote_end(self, st: DocState, k: int) -> int | None:
        """The token after the quote that closes the one at k, with nested quotes
        («НАЕК «Енергоатом»»); None unless the quoted name starts with a capital."""
        toks, n = st.doc.tokens, len(st.doc.tokens)
        if k + 1 >= n or not toks[k + 1].is_word or not (toks[k + 1].text[:1].isupper()
                                                          or toks[k + 1].text[:1].isdigit()):
            return None
        depth, x = 0, k
        while x < n and x - k <= 12 and toks[x].sentence == toks[k].sentence:
            t = toks[x]
            if not t.is_word and t.text in "«„" or (t.text in "\"“" and depth == 0):
                depth += 1
            elif not t.is_word and t.text in _CLOSE:
                depth -= 1
                nxt = toks[x + 1] if x + 1 < n else None
                if depth == 0 or nxt is None or nxt.is_word or nxt.text not in _CLOSE:
                    return x + 1    # (nested closing quotes are often written as one:
                                    # "ДП «НАЕК «Енергоатом»")
            x += 1
        return None

    def _legal_form_span(self, st: DocState, i: int) -> int | None:
        """A legal form (or two: "ДП «НАЕК «Енергоатом»»", "ПрАТ КП «...»") and the quoted
        name after it."""
        toks, n = st.doc.tokens, len(st.doc.tokens)
        k = i + 1
        if k < n and toks[k].is_word and toks[k].text in _data()["legal"]:
            k += 1
        if k < n and not toks[k].is_word and toks[k].text[:1] in _OPEN:
            return self._quote_end(st, k)
        return None

    @staticmethod
    def _genitive_name(st: DocState, k: int) -> bool:
        """A capitalised name at token k that can be a genitive, or an indeclinable one
        ("України", "Києва", "СБУ", "ЄС")."""
        t = st.doc.tokens[k]
        if not t.is_word or not t.text[:1].isupper():
            return False
        ps = parses(t.text)
        return t.text.isupper() or not any(is_dictionary(p) for p in ps) \
            or any(tag_view(p).case == "gent" for p in ps)

    @staticmethod
    def _mention_end(st: DocState, k: int) -> int:
        """The token after the mention that covers token k (k + 1 when none does)."""
        toks, m = st.doc.tokens, st.covered[k]
        if m is None:
            return k + 1
        while k < len(toks) and st.covered[k] is m:
            k += 1
        return k

    # ---- one mention for the name -----------------------------------------------------------
    def _take(self, st: DocState, i: int, j: int) -> bool:
        """Tokens i..j become one ORG mention in place of the mentions wholly inside them.
        Not when a mention runs over either edge, nor over a person; a single KB body inside
        keeps its entity ("ПрАТ «Київстар»" is still Kyivstar), else the name is a local one."""
        toks = st.doc.tokens
        inner: dict[int, Mention] = {}
        for k in range(i, j):
            m = st.covered[k]
            if m is not None:
                inner[id(m)] = m
        start, end = toks[i].start, toks[j - 1].end
        named = {toks[k + 1].start for k in range(i, j - 1) if toks[k].norm in _data()["named_after"]}
        if any(m.start < start or m.end > end
               or (m.type == "PER" and m.start not in named and not self._adjective_person(st, m))
               for m in inner.values()):
            return False
        if any(m.start == start and m.end == end for m in inner.values()):
            return False        # already one mention
        bodies = [m for m in inner.values() if m.type == "ORG" and self.kb.entities.get(m.entity) is not None]
        keep = None
        if len(bodies) == 1 and (bodies[0].start == start or self._quoted_core(st, bodies[0], i, j)):
            keep = st.doc.entities.get(bodies[0].entity)
        if keep is None and (ke := self._kb_body(st, i, j)) is not None:
            keep = st.add_entity(kb_entity(ke))
        if keep is None:
            words = [t.text for t in toks[i:j]]
            # a legal form or a club's kind and its quoted name do not decline: as written
            # ("ТОВ «Будінвест»", not "ТОВ « Будінвест »")
            uk = " ".join(st.doc.text[start:end].split()) if words[0] in _data()["legal"] \
                else self.namer.nominative_thing(words)
            eid = local_id(uk, self.kb.entities)
            keep = st.add_entity(Entity(eid, transliterate(uk), uk, "ORG", None, kb=False))
        self._replace_mentions(st, tuple(inner.values()), i, j, keep)
        return True

    def _adjective_person(self, st: DocState, m: Mention) -> bool:
        """A person that is one adjective of a body's name ("Головне" of "Головне управління
        ... КМДА", read as a surname's vocative): the word reads as an adjective and never
        as a first name, surname or patronymic."""
        if " " in m.text:
            return False
        return _modifier(m.text) and not any(
            {"Name", "Surn", "Patr"} & set(tag_view(p).grammemes) for p in parses(m.text))

    def _kb_body(self, st: DocState, i: int, j: int) -> KBEntity | None:
        """The KB body the whole span names, also without the home state's name after it
        ("Державної прикордонної служби" is the State Border Guard Service of Ukraine)."""
        norms = tuple(t.norm for t in st.doc.tokens[i:j])
        for tail in ((), _data()["home_genitive"]):
            hits = [h for h in self.kb.index.get(norms + tail) or () if h.full
                    and self.kb.entities[h.entity].type == "ORG"]
            if len({h.entity for h in hits}) == 1:
                return self.kb.entities[hits[0].entity]
        return None

    @staticmethod
    def _quoted_core(st: DocState, m: Mention, i: int, j: int) -> bool:
        """The KB body's mention is the quoted name of the span: «Київстар» of "ПрАТ
        «Київстар»", «НАЕК «Енергоатом»» of "ДП «НАЕК «Енергоатом»»"."""
        text = st.doc.text
        before = text[st.doc.tokens[i].start:m.start].rstrip()
        return before[-1:] in _OPEN and m.type == "ORG"

    # ---- words before a name, and a name's type ------------------------------------------
    def _trim_kinds(self, st: DocState) -> None:
        """A model's span that opens with a common-noun abbreviation of a kind of place
        ("АЗС WOG", "ТРЦ «Океан»"): the name is what follows."""
        toks, kinds = st.doc.tokens, _data()["kinds"]
        for m in list(st.doc.mentions):
            i = st.tok_at.get(m.start)
            if i is None or m.source != "ner" or toks[i].text not in kinds:
                continue
            k = i + 1
            while k < len(toks) and not toks[k].is_word and toks[k].end <= m.end:
                k += 1
            j = self._mention_end(st, i)
            if k >= j or not (toks[k].text[:1].isupper() or toks[k].text[:1] in _OPEN):
                continue        # ("АЗС №8" is the station's name with its number)
            ent = st.doc.entities.get(m.entity)
            if ent is None or ent.kb:
                continue
            uk = self.namer.nominative_thing([t.text for t in toks[k:j]])
            eid = local_id(uk, self.kb.entities)
            new = st.add_entity(Entity(eid, transliterate(uk), uk, "ORG", None, kb=False))
            for x in range(i, k):
                st.covered[x] = None
            self._replace_mentions(st, (m,), k, j, new)

    def _counted_unit_names(self, st: DocState) -> None:
        """A numbered unit named by its abbreviation and then its honorary name in quotes
        ("47-ї ОМБр «Магура»"): one mention, as "47-ї окремої механізованої бригади «Магура»"
        is; the quoted name is no entity of its own."""
        toks, n = st.doc.tokens, len(st.doc.tokens)
        for m in list(st.doc.mentions):
            i = st.tok_at.get(m.start)
            if m.type != "ORG" or i is None or not _ORDINAL.match(toks[i].norm):
                continue
            j = self._mention_end(st, i)
            if j >= n or toks[j].text[:1] not in _OPEN or toks[j].is_word or toks[j].start != toks[j - 1].end + 1:
                continue
            close = self._quote_end(st, j)
            inner = {id(st.covered[k]): st.covered[k] for k in range(j, close or j) if st.covered[k] is not None}
            if close is None or close - j > 6 or any(x.type == "PER" or x.end > toks[close - 1].end
                                                     for x in inner.values()):
                continue
            ent = st.doc.entities.get(m.entity)
            if ent is not None:
                self._replace_mentions(st, (m, *inner.values()), i, close, ent)

    def _span_edges(self, st: DocState) -> None:
        """A model's span cut one mark short or one word long: a bracket it opened and left
        open ("Всесвітнього фонду природи ( WWF"), the period of a company's legal suffix
        ("Metinvest B. V.", "Ронтекс Інк."), or lower-case words after the name that are no
        noun ("Київради про", "Укрзалізниці минулого"): a name ends on a noun."""
        toks, n, d = st.doc.tokens, len(st.doc.tokens), _data()
        for m in list(st.doc.mentions):
            ent = st.doc.entities.get(m.entity)
            i = st.tok_at.get(m.start)
            if ent is None or ent.kb or i is None or m.type == "PER" or st.covered[i] is not m:
                continue
            j = self._mention_end(st, i)
            last = toks[j - 1]
            if j < n and st.covered[j] is None and toks[j].sentence == last.sentence and (
                    (toks[j].text in ")]" and m.text.count("(") + m.text.count("[")
                     > m.text.count(")") + m.text.count("]"))
                    or (toks[j].text == "." and toks[j].start == last.end
                        and (last.text in d["suffixes"] or (len(last.text) == 1 and last.text.isupper()
                                                            and j - i > 1)))):
                m.end = toks[j].end
                m.text = st.doc.text[m.start:m.end]
                st.covered[j] = m
                continue
            k = j
            while k - 1 > i and (tail := _tail_word(toks[k - 1].text)) \
                    and not _modifier(toks[k - 2].text) \
                    and (tail == 2 or _also_noun(toks[k - 2].text) or not toks[k - 2].is_word):
                k -= 1      # (after an adjective the word is the noun it qualifies, "Волинським
                            # шляхом", or an ellipsis: "Тернопільського педагогічного")
            if k < j:
                uk = self.namer.nominative_thing([t.text for t in toks[i:k]])
                eid = local_id(uk, self.kb.entities)
                new = st.add_entity(Entity(eid, transliterate(uk), uk, m.type, None, kb=False))
                for x in range(k, j):
                    st.covered[x] = None
                self._replace_mentions(st, (m,), i, k, new)

    def _body_types(self, st: DocState) -> None:
        """A local name of several words whose last word is a body's head noun is an
        organisation, whatever the model typed it ("Українським інститутом" read as a
        place by its adjective)."""
        toks = st.doc.tokens
        for m in st.doc.mentions:
            if m.type not in ("LOC", "PER") or m.source != "ner":
                continue
            ent = st.doc.entities.get(m.entity)
            i = st.tok_at.get(m.start)
            if ent is None or ent.kb or i is None:
                continue
            j = self._mention_end(st, i)
            head = _head_of(toks[j - 1].text)
            if j - i < 2 or not all(t.is_word for t in toks[i:j]) or head is None \
                    or (m.type == "LOC" and head in _data()["place_like"]):
                continue        # ("бомбу на Драматичний театр": the building may be meant)
            ent.type = "ORG"
            for x in st.doc.mentions:
                if x.entity == ent.id:
                    x.type = "ORG"

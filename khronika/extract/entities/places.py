"""Which codifier place a name is, and whether it is a place at all.

Thirty thousand settlement names include ordinary words and surnames ("Мирне", "Щастя",
"Весела"), and a hundred villages share a name ("Іванівка"). A gated name (`KBEntity.gate`)
is taken only in a place context: a settlement word before it ("село", "смт", "м.",
"поблизу"), a place preposition for a name that is no common word, the statistical model's
LOC tag, or its oblast, raion or hromada named nearby. Among namesakes the one inside a unit
named in its sentence wins, then the one sharing its units with the settlements named in its
sentence, then one inside a unit named a sentence away (then anywhere in the document); of
several there, the one city. With none, a city always taken for a name (an oblast centre,
or the one big city of that name), else the name stays ambiguous: a document-local place,
not a guess.
"""
from __future__ import annotations

from ...document import Entity
from ...kb.base import KBEntity, KnowledgeBase
from ...kb.translit import slug, transliterate
from ...lang.uk import load
from ...textnorm import norm_word

AREAS = ("O", "K", "P", "H")        # units whose mention places a settlement
DISTRICT = "B"                      # a district of a city
OBLAST = "O"
_TOWNS = ("K", "M")
VILLAGES = ("C", "X", "T")          # a village or a settlement: smaller than any city abroad


class Ambiguous:
    """A place name several codifier units share, with nothing nearby to choose."""

    def __init__(self, cands: list[KBEntity]):
        self.cands = cands


class PlaceResolver:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        data = load("kb/lexicon") or {}
        self.settlement_words = {norm_word(w) for w in data.get("settlement_words") or []}
        self.prepositions = {norm_word(w) for w in data.get("place_prepositions") or []}
        self.plural_words = {norm_word(w) for w in data.get("settlement_plurals") or []}
        self.resident_nouns = {norm_word(w) for w in data.get("resident_nouns") or []}
        self.kinds: dict[str, frozenset[str]] = {}      # settlement word -> codifier categories
        for kind in data.get("settlement_kinds") or []:
            for w in kind.get("words") or []:
                self.kinds[norm_word(w)] = frozenset(kind.get("categories") or ())

    # ---- context -------------------------------------------------------------------------
    def evidence(self, st, i: int, j: int | None = None) -> int:
        """2 after a settlement word or a word of its people ("мешканці Бородянки"), or
        inside a list of places ("Гостомель, Бородянка, Макарів"), 1 after a place
        preposition (not at a sentence start), else 0."""
        toks = st.doc.tokens
        if self._listed(st, i, i + 1 if j is None else j):
            return 2
        k = i - 1
        while k >= 0 and not toks[k].is_word and toks[k].text in ".":
            k -= 1
        if k >= 1 and toks[k].text in ("–", "—", ":") and toks[k - 1].norm in self.plural_words:
            k -= 1              # "одного з ваших міст – Герніки": named after a plural
            return 2 if toks[k].sentence == toks[i].sentence else 0
        if k < 0 or toks[k].sentence != toks[i].sentence:
            return 0
        if toks[k].norm in self.settlement_words or toks[k].norm in self.resident_nouns:
            return 2
        if toks[k].norm in self.prepositions and not st.sentence_initial(i):
            return 1
        return 0

    _LIST_JOINS = {",", "та", "і", "й", "...", "…"}

    def _unit_attached(self, st, j: int) -> bool:
        """An oblast, raion or hromada named right after the name, as its address ("Львів
        Дніпропетровської області", "Львові, що на Дніпропетровщині", "Львові на
        Дніпропетровщині")."""
        toks = st.doc.tokens
        at = {st.tok_at.get(m.start): m for m in st.doc.mentions}
        for k in range(j, min(len(toks), j + 4)):
            m = at.get(k)
            if m is not None:
                e = self.kb.entities.get(m.entity)
                return e is not None and bool(e.katottg) and e.category in AREAS
            if toks[k].norm not in (",", "що", "на", "у", "в"):
                return False
        return False

    def _kind_before(self, st, i: int) -> frozenset[str] | None:
        """The codifier categories the settlement word right before the name admits ("с.",
        "смт", "місто"), or None when no such word stands there."""
        toks = st.doc.tokens
        k = i - 1
        while k >= 0 and not toks[k].is_word and toks[k].text == ".":
            k -= 1
        if k < 0 or toks[k].sentence != toks[i].sentence:
            return None
        return self.kinds.get(toks[k].norm)

    def _address_unit(self, st, j: int) -> KBEntity | None:
        """An oblast, raion or hromada named right after the name, with nothing between:
        its address ("Тростянець Самбірського району"), not a list ("Харків, Сумську
        область")."""
        m = st.covered[j] if j < len(st.doc.tokens) else None
        if m is None or st.tok_at.get(m.start) != j or st.doc.tokens[j].sentence != st.doc.tokens[j - 1].sentence:
            return None
        e = self.kb.entities.get(m.entity)
        return e if e is not None and e.katottg and e.category in AREAS else None

    def _out_of_place(self, st, i: int, j: int, cands: list[KBEntity]) -> Ambiguous | None:
        """The name's own words say which kind of place it is, or where it lies, and no
        namesake fits: a place the codifier lists under another name or unit, which no
        namesake of another kind or another oblast stands for (a wrong link is worse than
        none). "с. Тростянець" is no city; "Тростянець Самбірського району" is not the
        town in Sumy oblast."""
        places = [c for c in cands if c.type == "LOC" and c.katottg]
        if not places:
            return None
        unit = self._address_unit(st, j)
        if unit is not None and not any(unit.katottg in c.parents for c in places):
            return Ambiguous(places)
        kind = self._kind_before(st, i)
        if kind and not any(c.category in kind for c in places) \
                and not _best_fit(places, self.areas(st, i, 0)):
            return Ambiguous(places)
        return None

    def _of_kind(self, st, i: int, cands: list[KBEntity]) -> list[KBEntity]:
        """The namesakes of the kind the settlement word before the name admits ("с.": the
        villages), unless that leaves out the one a unit named in its sentence holds: a
        place the codifier has since made a town is still called "селище"
        ("селищі Слобожанське Чугуївського району")."""
        kind = self._kind_before(st, i)
        if not kind:
            return cands
        same = [c for c in cands if c.type != "LOC" or not c.katottg or c.category in kind]
        areas = self.areas(st, i, 0)
        if areas and _best_fit(cands, areas) and not _best_fit(same, areas):
            return cands
        return same

    def _listed(self, st, i: int, j: int) -> bool:
        """A place named right before or after, joined by a comma or "та"/"і"."""
        toks = st.doc.tokens
        for join, other in ((i - 1, i - 2), (j, j + 1)):
            if not (0 <= other < len(toks)) or toks[join].norm not in self._LIST_JOINS \
                    or toks[other].sentence != toks[i].sentence:
                continue
            m = st.covered[other]
            if m is not None and m.type == "LOC" and self.kb.entities.get(m.entity) is not None \
                    and self.kb.entities[m.entity].katottg:
                return True
            if m is None and toks[other].text[:1].isupper() and any(
                    e.katottg and e.gate <= 1 for e in (
                        self.kb.entities[h.entity] for h in self.kb.index.get((toks[other].norm,)) or ())):
                return True     # a place name that is no common word, not resolved yet
        return False

    def areas(self, st, i: int, window: int | None) -> set[str]:
        """Codifier codes of the oblasts, raions and hromadas named within `window` sentences
        of token i (the whole document when None)."""
        by_sentence, everywhere = self._area_index(st)
        if window is None:
            return set(everywhere)
        sent = st.doc.tokens[i].sentence
        out: set[str] = set()
        for k in range(sent - window, sent + window + 1):
            out.update(by_sentence.get(k, ()))
        return out

    _SETTLEMENTS = ("K", "M", "T", "C", "X")
    _SPAN = 60          # tokens each side: a list of places is read within one sentence

    def settled(self, st, i: int) -> set[str]:
        """The oblasts, raions and hromadas of the settlements already resolved in token i's
        sentence: a list of places names one area ("З Бервиці, Бучі, Богданівки … до
        Броварів" lies in Kyiv oblast's Brovary raion), which a unit named in the sentence
        before or after does not outweigh."""
        toks, out = st.doc.tokens, set()
        sent = toks[i].sentence
        for k in range(max(0, i - self._SPAN), min(len(toks), i + self._SPAN)):
            m = st.covered[k]
            if m is None or toks[k].sentence != sent or st.tok_at.get(m.start) != k:
                continue
            e = self.kb.entities.get(m.entity)
            if e is not None and e.katottg and e.category in self._SETTLEMENTS:
                out.update(e.parents)
        return out

    def _area_index(self, st) -> tuple[dict[int, dict[str, int]], dict[str, int]]:
        """The area codes named so far, by sentence and in all (code -> how many mentions
        name it): kept per document and brought up to date with the mentions added and
        removed (`DocState.removed`) since the last call (each place would otherwise look
        at every mention, quadratic in a long document); rebuilt when the mention list was
        replaced or changed in another way."""
        ms = st.doc.mentions
        idx = getattr(st, "_area_idx", None)
        if idx is not None and idx["list"] is ms and idx["removed"] < len(st.removed):
            hit = False
            for k, m in st.removed[idx["removed"]:]:
                if k < idx["seen"]:             # a mention already counted
                    self._count(st, idx, m, -1)
                    idx["seen"] -= 1
                    hit = True
            idx["removed"] = len(st.removed)
            if hit:
                idx["last"] = ms[idx["seen"] - 1] if idx["seen"] else None
        if idx is None or idx["list"] is not ms or idx["seen"] > len(ms) \
                or (idx["seen"] and ms[idx["seen"] - 1] is not idx["last"]):
            idx = {"list": ms, "seen": 0, "last": None, "by": {}, "all": {},
                   "removed": len(st.removed)}
            st._area_idx = idx
        for m in ms[idx["seen"]:]:
            self._count(st, idx, m, 1)
        idx["seen"] = len(ms)
        idx["last"] = ms[-1] if ms else None
        return idx["by"], idx["all"]

    def _count(self, st, idx: dict, m, step: int) -> None:
        e = self.kb.entities.get(m.entity)
        if e is None or not e.katottg or e.category not in AREAS:
            return
        _bump(idx["all"], e.katottg, step)
        k = st.tok_at.get(m.start)
        if k is not None:
            _bump(idx["by"].setdefault(st.doc.tokens[k].sentence, {}), e.katottg, step)

    # ---- choice --------------------------------------------------------------------------
    def district(self, st, i: int, cands: list[KBEntity]):
        """(the place, the candidates left) for a name that cities' districts share
        ("Шевченківський район" of Kyiv, Lviv, Dnipro, Zaporizhzhia ...): the district of the
        city named in its sentence or the next one; else a raion of that name (an oblast's
        raion is named without its city); else the one district, or none (ambiguous)."""
        districts = [c for c in cands if c.category == DISTRICT]
        if not districts:
            return None, cands
        toks, sent = st.doc.tokens, st.doc.tokens[i].sentence
        cities = self._cities()
        wanted = {cities[c.parents[-1]] for c in districts if c.parents and c.parents[-1] in cities}
        named = set()           # the cities of these districts named nearby, resolved yet or not
        lo = max(0, i - self._SPAN * 2)
        for k in range(lo, min(len(toks), i + self._SPAN * 2)):
            t = toks[k]
            if t.is_word and t.text[:1].isupper() and abs(t.sentence - sent) <= 1:
                named.update(s.entity for s in self.kb.index.get((t.norm,)) or () if s.entity in wanted)
        hit = [c for c in districts if c.parents and cities.get(c.parents[-1]) in named]
        if len(hit) == 1:
            return hit[0], cands
        rest = [c for c in cands if c.category != DISTRICT]
        if rest:
            return None, rest
        return (districts[0] if len(districts) == 1 else Ambiguous(districts)), cands

    def _cities(self) -> dict[str, str]:
        """Codifier code -> id of every city (built once, on the first district named)."""
        got = getattr(self, "_city_ids", None)
        if got is None:
            got = self._city_ids = {katottg: eid for eid, katottg, category
                                    in self.kb.entities.fields("katottg", "category")
                                    if katottg and category in _TOWNS}
        return got

    def pick(self, st, i: int, j: int, cands: list[KBEntity], ner_loc: bool = False):
        """The entity these candidates name at tokens i..j, an `Ambiguous`, or None (no
        place). A name of several capitalised words ("Велика Новосілка") inside a sentence is
        itself some evidence."""
        if i > 0 and st.doc.tokens[i - 1].is_word and st.doc.tokens[i - 1].text.endswith("-") \
                and st.doc.tokens[i - 1].text[:1].isupper():
            # the second half of a compound broken at its hyphen ("Києво- Святошинського
            # району"): a place, but not the unit its second half names alone
            places = [c for c in cands if c.type == "LOC" and c.katottg]
            return Ambiguous(places) if places else None
        got, cands = self.district(st, i, cands)
        if got is not None:
            return got
        odd = self._out_of_place(st, i, j, cands)
        if odd is not None:
            return odd
        cands = self._home_first(st, i, j, cands)
        cands = self._of_kind(st, i, cands)     # "с. Тростянець": the villages only
        # a unit named in the same sentence before one named in the sentence before or after
        # ("… Богданівки … до Броварів. З Лисичанська … Луганської області …")
        fit = _best_fit(cands, self.areas(st, i, 0))
        own = bool(fit)         # inside a unit its own sentence names: no city elsewhere
        big = [c for c in cands if not c.gate and c.type == "LOC"]
        if self._name_over_villages(st, i, j, fit, big):
            # "влучили у Львів, Полтаву та Дніпропетровську область": an oblast named beside
            # the city, not after it ("Львів Дніпропетровської області", "село Львів"), does
            # not make the city a village of that oblast
            return big[0]
        if not fit and all(c.gate for c in cands):
            # (a city always taken for a name stays that city beside other towns:
            # "з Кривого Рогу та Олександрії" is not the village of Kryvyi Rih raion)
            fit = _best_fit(cands, self.settled(st, i))
            if fit and self.evidence(st, i, j) < min(c.gate for c in fit):
                fit = []        # a common word beside a town is no village near it
        if not fit:
            fit = _best_fit(cands, self.areas(st, i, 1))
            if self._name_over_villages(st, i, j, fit, big) and big[0].category == OBLAST:
                # nor an oblast named a sentence before another oblast's name ("На Сумщині ...
                # На Харківщині ...": Kharkiv oblast, not the Sumy oblast village Харківщина);
                # a city's name there stays that oblast's village ("На Рівненщині ... в
                # Олександрії"), as local news writes it
                return big[0]
        if len(fit) > 1:
            fit = _the_city(fit)
        if len(fit) == 1:
            return fit[0]
        open_ = [c for c in cands if not c.gate]
        if len(open_) > 1:
            open_ = [c for c in open_ if c.type == "LOC"]     # the city, not the surname
        if len(open_) == 1 and open_[0].type != "LOC" and (not fit or not own):
            return None         # a person's name ("Кобзар"): the caller judges it as a name
        if len(open_) == 1 and (not fit or not own):
            # a city that is always a name, before several villages of an oblast named a
            # sentence away ("маріупольців у Запоріжжя" after "на Донеччині"); villages of an
            # oblast its own sentence names stay ambiguous among themselves ("між Василівкою
            # та Кам'янським у Запорізькій області" is not the city of Dnipropetrovsk oblast)
            return open_[0]
        cands = [c for c in cands if c.type == "LOC"]
        if not cands:
            return None
        need = min(c.gate for c in cands)
        # the model's LOC tag counts as a place preposition would, for a name that is no
        # common word
        ev = self.evidence(st, i, j) + (1 if ner_loc and need == 1 else 0)
        if sum(t.is_word for t in st.doc.tokens[i:j]) > 1 and not st.sentence_initial(i):
            ev = max(ev, 1)
        if not fit and ev < need:
            return None
        pool = fit or cands
        if len(pool) == 1:
            return pool[0]
        far = _best_fit(pool, self.areas(st, i, None))
        if len(far) == 1:
            return far[0]
        return Ambiguous(pool)

    def _name_over_villages(self, st, i: int, j: int, fit: list[KBEntity], big: list[KBEntity]) -> bool:
        """The one place always taken for a name (`big`) wins over the gated namesakes that
        only an oblast or raion named nearby fits, unless the unit is the name's own address
        or a settlement word stands before it."""
        return bool(fit) and len(big) == 1 and big[0] not in fit and all(c.gate for c in fit) \
            and not self._unit_attached(st, j) \
            and not (i > 0 and st.doc.tokens[i - 1].norm in self.settlement_words)

    def _home_first(self, st, i: int, j: int, cands: list[KBEntity]) -> list[KBEntity]:
        """The candidates without the foreign cities of the name's form when the text places
        a Ukrainian namesake here (`placed_here`: "село Вороніж" or Sumy oblast in the story,
        then "у Воронежі" is the village, not Voronezh); else all of them, so that a large city
        abroad stays the reading of a name the story does not put in Ukraine."""
        abroad = [c for c in cands if c.type == "LOC" and not c.katottg and c.of not in (None, "ukraine")]
        if not abroad or len(abroad) == len(cands):
            return cands
        ours = [c for c in cands if c.katottg]
        if not ours or not self.placed_here(st, i, j, ours):
            return cands
        return [c for c in cands if c not in abroad]

    def placed_here(self, st, i: int, j: int, ours: list[KBEntity]) -> bool:
        """The text itself puts these Ukrainian namesakes at tokens i..j: a settlement word of
        their kind before ("село Дамаска"), an oblast, raion or hromada as their address or
        named anywhere in the document around one of them (a local story), other settlements
        of their area in the sentence, or a list of Ukrainian places. A place preposition or
        the model's tag alone does not: it fits a foreign city of that form as well."""
        kind = self._kind_before(st, i)
        if kind and any(c.category in kind for c in ours):
            return True
        if self.evidence(st, i, j) >= 2 or self._address_unit(st, j) is not None or self._unit_attached(st, j):
            return True
        return bool(_best_fit(ours, self.areas(st, i, None)) or _best_fit(ours, self.settled(st, i)))

    def ambiguous_entity(self, amb: Ambiguous) -> Entity:
        uk = amb.cands[0].name_uk
        return Entity(ambiguous_id(self.kb, uk), transliterate(uk), uk, "LOC", None, kb=False)


def ambiguous_id(kb: KnowledgeBase, uk: str) -> str:
    """The document-local id of a codifier name several units share ("Мар'їнка"): the same
    in every document, so the events layer knows which state such a place lies in."""
    eid = slug(transliterate(uk))
    return eid + "-ua" if eid in kb.entities else eid


def _bump(counts: dict[str, int], code: str, step: int) -> None:
    n = counts.get(code, 0) + step
    if n:
        counts[code] = n
    else:
        del counts[code]


_CITIES = ("K", "M")        # codifier categories of a city


def _the_city(fit: list[KBEntity]) -> list[KBEntity]:
    """Among namesakes inside the named unit, the one city (ungated, else of city status)
    before the villages of its name ("Василівка" in Zaporizhzhia oblast is the town, not the
    village of that name there); all of them when that does not single one out."""
    for keep in (lambda c: not c.gate, lambda c: c.category in _CITIES):
        one = [c for c in fit if keep(c)]
        if len(one) == 1:
            return one
    return fit


def _best_fit(cands: list[KBEntity], areas: set[str]) -> list[KBEntity]:
    """The candidates lying inside the most of the named units."""
    if not areas:
        return []
    scored = [(len(areas.intersection(c.parents)), c) for c in cands if c.katottg]
    top = max((s for s, _ in scored), default=0)
    return [c for s, c in scored if s == top] if top else []

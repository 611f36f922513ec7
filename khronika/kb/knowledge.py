"""The knowledge base API: the entities, the surface index built from their inflected
aliases, dated roles and who held them, role phrases, adjectives and demonyms. Reading the
data files is `datafiles.py`; building, caching and sharing one object per process is
`base.py`."""
from __future__ import annotations

import dataclasses
import datetime as dt

from ..textnorm import norm_word
from .bodynames import body_name_variants, compound_short_forms
from .inflect import is_acronym, phrase_forms, place_forms
from .records import KBEntity, RoleSpan, Surface, _date
from .table import EntityTable, Index

_OBLAST_SHORT = ("обл.", "обл")
_JOINS = frozenset({"і", "та", "й"})


def alias_tokens(alias: str) -> list[str]:
    """An alias cut into tokens the way the segmenter cuts text."""
    from ..extract.segment import tokenize
    return [w for w, _, _ in tokenize(alias, 0, len(alias))]


def _caps(words: list[str]) -> tuple[int, ...]:
    out = []
    for w in words:
        if is_acronym(w):
            out.append(2)
        elif w[:1].isupper():
            out.append(1)
        else:
            out.append(0)
    return tuple(out)


class KnowledgeBase:
    """Entities by id, the surface index, dated roles, role phrases, adjectives and demonyms."""

    def __init__(self, entities: dict[str, KBEntity], roles_lex: dict):
        self.entities = entities
        self.role_defaults: dict[str, str | None] = {k: v.get("default_of") for k, v in roles_lex.items()}
        self.role_phrases: dict[str, list[str]] = {k: list(v.get("uk") or []) for k, v in roles_lex.items()}
        # roles whose holder acts for a fixed state, whatever `of` they hold ("ambassador-of-ukraine"
        # of the United States acts for Ukraine)
        self.role_acts_for: dict[str, str] = {k: v["acts_for"] for k, v in roles_lex.items() if v.get("acts_for")}
        # roles whose holder, for a body that records none, is its head (a company's chief
        # executive is recorded once, as `head`, whatever title the news gives)
        self.role_or_head: frozenset[str] = frozenset(k for k, v in roles_lex.items() if v.get("or_head"))
        self.index: Index | dict = {}
        self.first_names: dict[str, set[str]] = {}
        self.role_index: dict[tuple[str, ...], str] = {}
        self.adjectives: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.combining: dict[str, str] = {}     # first part of a compound adjective
        self.roles: dict[str, list[RoleSpan]] = {}
        self.max_len = 1
        self.role_max_len = 1
        # (forms of an alias) -> {entity id: the gate that alias needs}: an old name of a
        # town that is also a surname ("Стаханов") needs a place context its present name
        # does not ("Кадіївка")
        self.alias_gates: dict[tuple[str, ...], dict[str, int]] = {}
        self.alias_heads: frozenset[str] = frozenset()      # their first words
        for e in entities.values():
            for r in e.roles:
                self.roles.setdefault(r.role, []).append(r)

    # ---- building ------------------------------------------------------------------------
    def build_index(self, alias_gates: dict[str, int] | None = None) -> None:
        """`alias_gates`: a place's alias (lower case) -> the gate it needs, above the
        place's own (`gated`)."""
        self.index = {}
        self.alias_gates = {}
        alias_gates = alias_gates or {}
        for e in self.entities.values():
            kind = "person" if e.type == "PER" else "thing"
            for alias, full in self._aliases(e):
                words = alias_tokens(alias)
                if not words:
                    continue
                # one Surface shared by every form of an alias keeps the compiled index small
                surface = Surface(e.id, _caps(words), full)
                forms_of = place_forms(words) if e.katottg or e.iso else phrase_forms(words, kind, e.gender)
                gate = alias_gates.get(alias.lower(), 0) if e.katottg and alias != e.name_uk else 0
                for forms in forms_of:
                    if gate and forms[-1].endswith("им") and not words[-1].lower().endswith("им"):
                        continue    # "з Димитровим" is the man: the town is "Димитровом"
                    self._add(forms, surface)
                    if gate > e.gate:
                        self.alias_gates.setdefault(forms, {})[e.id] = gate
                    if e.katottg and len(forms) == 2 and words[-1] == "область":
                        # lists and addresses shorten the noun ("Донецька обл.", "у Харківській
                        # обл."); the adjective alone is the city ("Донецька" is Donetsk's)
                        for short in _OBLAST_SHORT:
                            self._add((forms[0], short), surface)
                    if kind == "thing" and len(forms) > 2:
                        # "і", "та", "й" join the words of a name as writers please ("Рада
                        # національної безпеки та оборони", "Боснія і Герцеговина")
                        for k in range(1, len(forms) - 1):
                            if forms[k] in _JOINS:
                                for c in _JOINS - {forms[k]}:
                                    self._add(forms[:k] + (c,) + forms[k + 1:], surface)
            for first in e.first_names:
                for forms in phrase_forms([first], "person", e.gender):
                    self.first_names.setdefault(forms[0], set()).add(e.id)
            for lemma in e.adj:
                for f in _lexeme(lemma, "ADJF"):
                    self.adjectives.setdefault(f, e.id)
                if lemma.endswith("ий"):        # "українсько-американські"
                    self.combining.setdefault(norm_word(lemma[:-2] + "о"), e.id)
            for form in e.combining:
                self.combining.setdefault(norm_word(form), e.id)
            for lemma in e.demonym:
                for f in _lexeme(lemma, "NOUN"):
                    self.demonyms.setdefault(f, e.id)
        for role, phrases in self.role_phrases.items():
            for phrase in phrases:
                words = alias_tokens(phrase)
                for forms in phrase_forms(words, "thing"):
                    key = tuple(forms)
                    # a longer phrase for another role keeps its own key; first writer wins
                    self.role_index.setdefault(key, role)
                    self.role_max_len = max(self.role_max_len, len(key))
        self.alias_heads = frozenset(forms[0] for forms in self.alias_gates)
        self.index = Index(self.index)
        self.entities = EntityTable.compact(dict(self.entities))

    def _aliases(self, e: KBEntity) -> list[tuple[str, bool]]:
        """(alias, full): a surname alone is a partial name, resolved with more care."""
        out: list[tuple[str, bool]] = [(e.name_uk, True)]
        out += [(a, a != e.surname) for a in e.aliases]
        if e.type == "PER" and e.roles:
            out += [(a, True) for a in self._russian_sounding(e)]
        if e.type == "ORG":
            have = {e.name_uk, *e.aliases}
            out += [(v, True) for v in body_name_variants(e.name_uk) if v not in have]
            have |= {a for a, _ in out}
            out += [(v, True) for v in compound_short_forms([a for a, _ in out]) if v not in have]
            # a body's short form is often written without its apostrophe ("Мінюст" for
            # "Мін'юст"); the form without it is no other word
            out += [(a.replace("'", ""), full) for a, full in list(out)
                    if "'" in a and len(a.split()) == 1 and a.replace("'", "") not in have]
        return out

    def _russian_sounding(self, e: KBEntity) -> list[str]:
        """The person's full names with the first name in its Russian sound ("Ніколай
        Патрушев" for "Микола Патрушев"), for a person who acted for Russia or Belarus
        (`russian_first_names` in lexicon.yaml); none for anyone else."""
        from ..lang.uk import load
        lex = load("kb/lexicon") or {}
        variants = lex.get("russian_first_names") or {}
        words = e.name_uk.split()
        if len(words) < 2 or words[0] not in variants:
            return []
        states = set(lex.get("russian_first_name_states") or ())
        if not any(self.role_state(r) in states for r in e.roles):
            return []
        have = {e.name_uk, *e.aliases}
        return [n for v in variants[words[0]] if (n := " ".join([v, *words[1:]])) not in have]

    def _add(self, forms: tuple[str, ...], surface: Surface) -> None:
        bucket = self.index.setdefault(forms, [])
        for k, s in enumerate(bucket):
            if s.entity == surface.entity:
                if s is surface:
                    return
                caps = tuple(min(a, b) for a, b in zip(s.caps, surface.caps)) \
                    if len(s.caps) == len(surface.caps) else s.caps
                bucket[k] = Surface(s.entity, caps, s.full or surface.full)   # shared: not mutated
                return
        bucket.append(surface)
        self.max_len = max(self.max_len, len(forms))

    # ---- queries -------------------------------------------------------------------------
    def gated(self, toks, i: int, j: int, ents: list[KBEntity]) -> list[KBEntity]:
        """The entities a match of tokens i..j found, each with the gate of the alias matched:
        "Стаханова" is Kadiivka only where a place word says so ("вулиця Стаханова", "бюст
        Стаханова" name the man), though "Кадіївки" needs none. (Most matches start with no
        gated alias's word: one set lookup.)"""
        if toks[i].norm not in self.alias_heads:
            return ents
        gates = self.alias_gates.get(tuple(t.norm for t in toks[i:j]))
        if not gates:
            return ents
        return [dataclasses.replace(e, gate=gates[e.id]) if e.id in gates else e for e in ents]

    def entity(self, eid: str) -> KBEntity | None:
        """The entity with this id, or None."""
        return self.entities.get(eid)

    def lookup(self, surface: str) -> list[KBEntity]:
        """Entities a written name can refer to, in any case ("Туреччиною" -> Turkey)."""
        key = tuple(norm_word(w) for w in alias_tokens(surface))
        return [self.entities[s.entity] for s in self.index.get(key, [])]

    def holder(self, role: str, of: str | None, date: dt.date | None = None) -> KBEntity | None:
        """Who held `role` of `of` on `date` (without a date: the current holder, i.e. the
        latest whose role has no end). A body's head is found through its `head` role."""
        date = _date(date)
        if role == "head" and self.is_country(of):
            return self.head_of_country(of, date)
        spans = [r for r in self.roles.get(role, []) if self._of_fits(r.of, of) and r.active(date)]
        if not spans and role in ("head",) and of in self.entities and self.entities[of].head:
            hrole, hof = self.entities[of].head
            if hrole != "head":
                return self.holder(hrole, hof, date)
        if not spans and role in self.role_or_head and of in self.entities and not self.is_country(of) \
                and (self.entities[of].head is None or self.entities[of].head[0] == "head"):
            return self.holder("head", of, date)
        if not spans:
            return None
        spans.sort(key=lambda r: (r.of == of, r.start or dt.date.min), reverse=True)
        return self.entities.get(spans[0].person)

    # who a bare "керівник / очільник / глава" of a state is, in this order: the office that
    # leads the state's policy where both a president and a chancellor exist (Germany,
    # Austria), the president, else the head of government, else a monarch
    HEAD_OF_COUNTRY = ("chancellor", "president", "prime-minister", "supreme-leader", "king", "emir")

    def is_country(self, eid: str | None) -> bool:
        e = self.entities.get(eid) if eid else None
        return e is not None and e.type == "LOC" and e.of is None and not e.katottg

    def head_of_country(self, country: str, date: dt.date | None = None) -> KBEntity | None:
        """"Керівник Росії", "очільник Білорусі": the holder on the date of the first of
        `HEAD_OF_COUNTRY` the state has (nobody when its holder on the date is unknown), never the head of one of its bodies (the head of
        Russia's military intelligence is no head of Russia); None when nobody is known. A state
        whose record names the office that leads it (`head`: a parliamentary republic's prime
        minister, "угорський лідер") is led by that office's holder."""
        e = self.entities.get(country)
        if e is not None and e.head and e.head[0] != "head":
            return self.holder(e.head[0], e.head[1] or country, date)
        for role in self.HEAD_OF_COUNTRY:
            spans = [r for r in self.roles.get(role, []) if r.of == country]
            if spans:       # the state has this office: its holder on the date or nobody
                spans = sorted((r for r in spans if r.active(date)),
                               key=lambda r: r.start or dt.date.min, reverse=True)
                return self.entities.get(spans[0].person) if spans else None
        return None

    def roles_of(self, eid: str, date=None) -> list[RoleSpan]:
        """The roles a person holds on `date` (all current ones without a date), for pages
        that say who someone is."""
        e = self.entities.get(eid)
        if e is None:
            return []
        date = _date(date)
        return [r for r in e.roles if r.active(date)]

    def ever_held(self, eid: str, role: str, of: str | None) -> bool:
        """Whether the person held `role` of `of` at any date: a name written beside the role
        in a text of another year is still its holder then."""
        e = self.entities.get(eid)
        return e is not None and any(r.role == role and self._of_fits(r.of, of) for r in e.roles)

    def _of_fits(self, role_of: str | None, of: str | None) -> bool:
        if of is None or role_of == of:
            return of is not None or role_of is None
        parent = self.entities.get(role_of).of if role_of in self.entities else None
        return parent == of

    def country(self, eid: str | None, depth: int = 0) -> str | None:
        """The country an entity belongs to: a country itself, else up the `of` chain of a
        body or a place."""
        e = self.entities.get(eid) if eid else None
        if e is None or depth > 4:
            return None
        if e.type == "LOC" and e.of is None:
            return e.id
        return self.country(e.of, depth + 1) if e.of else None

    def state_of(self, eid: str, date=None) -> str | None:
        """The state a person acts for on `date`: the country their role is of, directly or
        through the body it belongs to ("secretary of nsdc" -> nsdc -> ukraine), three steps
        up at most; an envoy acts for the state that sends them (`role_acts_for`), an occupation
        official for the state the role's `for` names. A person and
        their state stand on one side of an event; "його країна" is that state."""
        e = self.entity(eid)
        if e is None or e.type != "PER":
            return None
        for r in self.roles_of(eid, date):
            state = self.role_state(r)
            if state is not None:
                return state
        return None

    def role_state(self, r: RoleSpan) -> str | None:
        """The state the holder of one role acts for (`state_of`, whatever the date)."""
        if r.acts_for:
            return r.acts_for
        if r.role in self.role_acts_for:
            return self.role_acts_for[r.role]
        of, hops = r.of, 0
        while of is not None and hops < 3:
            o = self.entity(of)
            if o is None:
                break
            if o.iso and o.type == "LOC" and o.of is None:
                return o.id
            of, hops = o.of, hops + 1
        return None

    def gender(self, eid: str) -> str | None:
        e = self.entities.get(eid)
        return e.gender if e else None


def _lexeme(lemma: str, pos: str) -> set[str]:
    """Every form of an adjective or demonym lemma (all genders, numbers, cases)."""
    from ..extract.morph import analyzer
    out = {norm_word(lemma)}
    for p in analyzer().parse(norm_word(lemma)):
        if p.tag.POS != pos or p.normal_form != norm_word(lemma) \
                or {"Surn", "Name", "Fixd", "inan"} & set(p.tag.grammemes) and pos == "NOUN":
            continue
        out.update(norm_word(f.word) for f in p.lexeme
                   if "comp" not in f.tag.grammemes and "supr" not in f.tag.grammemes)
    return out


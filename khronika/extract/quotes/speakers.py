"""Who speaks: resolve a quote's speaker to an entity id through the entity layer.

The subject of the speech verb is looked up among the mentions (proper names) and refs (roles,
pronouns) that the entity layer resolved; the nearest one to the cue in the attribution wins,
nominative first. When the attribution names nobody resolvable (a pronoun the entity layer left
open, a role it did not link), the speaker is the nearest preceding person whose grammatical
gender fits the verb ("заявила" -> a woman), outside quoted text, and failing that the speaker
of the previous quote. Bodies, media and regional administrations that speak are found by the
mixin in `body_speakers`.
"""
from __future__ import annotations

import bisect

from functools import lru_cache

from ...document import Document, Entity, Token
from ...kb.base import get_kb
from ...spans import Cover
from ..author import address_author, address_title, title_body
from ..morph import parses
from .body_speakers import BodySpeakers
from .candidates import NOBODY, SPEAKER_TYPES, Candidate
from .lexicon import Lexicon, paragraph_starts, tokens_in


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """The first words of the knowledge base's role phrases ("міністра", "речника")."""
    return frozenset(k[0] for k in get_kb().role_index)


@lru_cache(maxsize=1)
def office_nouns() -> dict[str, frozenset[str]]:
    """The head noun of each role phrase (lower-case nominative: "міністр", "речник", "мер")
    -> the roles it heads: "– сказав міністр" refers back to someone holding one of them."""
    out: dict[str, set[str]] = {}
    for role, phrases in get_kb().role_phrases.items():
        for phrase in phrases:
            words = phrase.split()
            if words:
                out.setdefault(words[0].lower(), set()).add(role)
    return {k: frozenset(v) for k, v in out.items()}


def _plural_nominative(t: Token) -> bool:
    """A plural noun the dictionary also reads in the nominative: "Жителі Києва розповіли"
    is read first as a locative singular, yet is the plural verb's subject."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur"
               for p in parses(t.text))


def _name_gender(words: list[str]) -> str | None:
    """Gender of a personal name from the dictionary's Name/Surn parses ("Юлія" -> femn)."""
    votes = {"masc": 0, "femn": 0}
    for w in words:
        # a name is given in the nominative: its nominative readings decide ("Мар'яна" is a
        # woman's name, though it is also the genitive of "Мар'ян"); a surname read as both
        # ("Петренко") gives no vote; a word with no nominative reading, its first one
        named = [p for p in parses(w) if p.tag.gender is not None
                 and {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        nomn = {str(p.tag.gender) for p in named if p.tag.case == "nomn"}
        genders = nomn if nomn else {str(named[0].tag.gender)} if named else set()
        if len(genders) == 1 and (g := next(iter(genders))) in votes:
            votes[g] += 1
    if votes["masc"] == votes["femn"]:
        return None
    return "masc" if votes["masc"] > votes["femn"] else "femn"


class SpeakerResolver(BodySpeakers):
    """Built per document: the candidates sorted by offset, genders cached per entity."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self._gender: dict[str, str | None] = {}
        self.quoted: list[tuple[int, int]] = []
        cands: list[Candidate] = []
        for m in doc.mentions:
            etype = m.type
            ent = doc.entities.get(m.entity)
            if ent is not None:
                etype = ent.type
            cands.append(Candidate(m.start, m.end, m.entity, etype, self._nominative(m.start, m.end),
                                   None))
        for r in doc.refs:
            ent = doc.entities.get(r.entity) if r.entity else None
            etype = ent.type if ent is not None else ("PER" if r.kind in ("role", "pronoun") else None)
            side = self._side(r.end) if r.kind == "adjective" and r.entity else None
            if side is not None:
                # "Українська сторона відповіла": the state the adjective names speaks
                cands.append(Candidate(r.start, side.end, r.entity, etype,
                                       self._nominative(side.start, side.end), None))
                continue
            if r.kind not in ("role", "pronoun") and etype != "PER":
                continue
            cands.append(Candidate(r.start, r.end, r.entity, etype, self._nominative(r.start, r.end),
                                   self._pronoun_gender(r.text), pronoun=r.kind == "pronoun"))
        cands.sort(key=lambda c: c.start)
        self.cands = cands
        # offsets for bisection: a quote looks at the candidates near it, never at all of
        # them, so a long document costs linear time
        self._starts = [c.start for c in cands]
        self._longest = max((c.end - c.start for c in cands), default=0)
        self._people = [c.start for c in cands if c.type == "PER" and c.entity]
        self._first_named: dict | None = None    # lemma -> token ends, then earliest name
        self._address: bool | None = None
        self._author: str | None = None         # the address's author, NOBODY if none
        self._is_titled: bool | None = None
        self._collective: bool | None = None
        self._token_starts: list[int] | None = None

    def _side(self, pos: int) -> Token | None:
        """The noun of a party right after an adjective ("українська сторона", "російській
        стороні"): `side_nouns` in speech.yaml."""
        nxt = next((t for t in tokens_in(self.doc, pos, pos + 20) if t.is_word), None)
        return nxt if nxt is not None and nxt.lemma in self.lex.side_nouns else None

    @property
    def quoted(self) -> list[tuple[int, int]]:
        return self._quoted

    @quoted.setter
    def quoted(self, spans: list[tuple[int, int]]) -> None:
        self._quoted = spans
        self._quoted_cover = Cover(spans)

    def _overlapping(self, start: int, end: int) -> list[Candidate]:
        """The candidates that overlap [start, end), in offset order."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [c for c in self.cands[lo:hi] if c.start < end and start < c.end]

    # ---- features ----------------------------------------------------------------------
    def _nominative(self, start: int, end: int) -> bool:
        for t in tokens_in(self.doc, start, end):
            if t.is_word:
                return t.case == "nomn" or t.case is None
        return True

    def _pronoun_gender(self, text: str) -> str | None:
        w = text.lower()
        for g, words in self.lex.pronouns.items():
            if w in words:
                return g
        return None

    def entity_gender(self, eid: str | None) -> str | None:
        if not eid:
            return None
        if eid not in self._gender:
            known = get_kb().gender(eid)     # the knowledge base's first
            if known in ("masc", "femn"):
                self._gender[eid] = known
                return known
            words: list[str] = []
            ent = self.doc.entities.get(eid)
            if ent is not None and ent.name_uk:
                words = ent.name_uk.split()
            if not words:
                for m in self.doc.mentions:
                    if m.entity == eid:
                        words = m.text.split()
                        break
            self._gender[eid] = _name_gender(words) if words else None
        return self._gender[eid]

    # ---- resolution --------------------------------------------------------------------
    @staticmethod
    def verb_gender(cue: Token | None) -> str | None:
        if cue is None:
            return None
        if cue.number == "plur" or (cue.tags and "plur" in cue.tags):
            return "plur"
        g = str(cue.gender) if cue.gender is not None else None
        return g if g in ("masc", "femn") else None

    def _fits(self, cand: Candidate, gender: str | None) -> bool:
        if gender is None or gender == "plur" or (cand.type not in ("PER", None) and not cand.pronoun):
            return True     # a body's name agrees by its grammar, not by a person's sex
        g = cand.gender if cand.pronoun and cand.entity is None else self.entity_gender(cand.entity)
        return g is None or g == gender

    def _written_fits(self, c: Candidate, gender: str | None) -> bool:
        """A name outside the knowledge base written as the verb's gender in the nominative:
        "Олександра Махова заявила" is the woman, though the name alone also reads as Oleksandr
        Makhov's genitive and the entity layer may have taken that reading; the verb's agreement
        decides who speaks (the entity's name is the entity layer's to read)."""
        ent = self.doc.entities.get(c.entity) if c.entity else None
        if gender not in ("masc", "femn") or c.type != "PER" or ent is None or ent.kb:
            return False
        words = [t for t in tokens_in(self.doc, c.start, c.end) if t.is_word]
        if not words:
            return False
        first = [p for p in parses(words[0].text) if "Name" in p.tag.grammemes]
        last = [p for p in parses(words[-1].text) if p.tag.case == "nomn"]
        return any(p.tag.case == "nomn" and str(p.tag.gender) == gender for p in first) and (
            len(words) == 1 or not last or any(str(p.tag.gender) in (gender, "None") or
                                               p.tag.gender is None for p in last))

    def _in_quote(self, pos: int) -> bool:
        return pos in self._quoted_cover

    def address(self) -> bool:
        """Whether the document is a first-person address: its writer says "я" or "ми" (or a
        verb in the first person) outside quotes at least `address_min_first_person` times. A
        speech verb there with no subject of its own is the writer's ("Сьогодні у зверненні
        до парламенту наголосив, що ..."), not the last person named paragraphs before."""
        if self._address is None:
            n = 0
            need = self.lex.address_min_first_person
            for t in self.doc.tokens:
                if ((t.pos == "VERB" and t.person == "1per")
                        or (t.norm in self.lex.first_subject and t.pos == "NPRO" and t.case == "nomn")) \
                        and not self._in_quote(t.start):
                    n += 1
                    if n >= need:
                        break
            self._address = n >= need
        return self._address

    def _address_titled(self) -> bool:
        """A document its title calls an address ("Звернення до українців") is the writer's
        own speech even when few of its verbs are in the first person ("Сьогодні у зверненні
        до парламенту наголосив, що ..."): a verb with no subject is the author's when the
        title names him, nobody's when it does not, never the last person named before."""
        if self._is_titled is None:
            self._is_titled = address_title(self.doc.title)
        return self._is_titled

    def _pronoun_in(self, start: int, end: int) -> str | None:
        """The gender of an unresolved speaker pronoun written in the attribution."""
        for t in tokens_in(self.doc, start, end):
            if t.is_word and t.case not in ("datv", "ablt"):   # "йому відповіли": the addressee
                for g, words in self.lex.pronouns.items():
                    if t.norm in words:
                        return g
        return None

    def in_region(self, start: int, end: int, cue: Token | None) -> str | None:
        """The resolved speaker named inside the attribution, nearest to the cue."""
        anchor = cue.start if cue is not None else start
        gender = self.verb_gender(cue)
        best, best_key = None, None
        for c in self._overlapping(start, end):
            if c.entity is None:
                continue
            medium = self._after_medium(c.start)
            if c.type not in SPEAKER_TYPES and c.type is not None and not c.nominative \
                    and not (gender == "plur" and self._where_said(c)) and not medium:
                continue    # "Президент України": the country is no subject here
            if (c.type == "MISC" and not medium) or self._after_topic(c.start):
                continue    # a holiday, a title; "скажемо про Маріуполь": what is spoken of
            if self._of_populace(c):
                continue    # "67% громадян Євросоюзу вважають": the citizens, not the Union
            if self._addressee(c):
                continue    # "розповіло «Українській правді» джерело": who was told
            if not self._fits(c, gender) and not self._written_fits(c, gender):
                continue
            # a person first, then an organisation, then a country or an agency in the
            # nominative ("Україна заявила", "як повідомляє Укрінформ")
            rank = 0 if c.type == "PER" else 1 if c.type in SPEAKER_TYPES or c.type is None else 2
            key = (rank, 0 if c.nominative else 1, abs(c.start - anchor))
            if best_key is None or key < best_key:
                best, best_key = c, key
        if best is not None and not best.nominative and self._subject_pronoun(start, end):
            return None     # "– сказав він після зустрічі з Трампом": "він" is not Trump
        if best is not None and best.type == "ORG":
            best = self._whole_body(best, start)
        return best.entity if best else None

    def _relayed_words(self, region: tuple[int, int], cue: Token | None) -> int | None:
        """Where the owner of relayed words is named: after "слова" in "передає слова X"
        (a relaying verb as the cue, its noun of words within two words after it)."""
        if cue is None or cue.lemma not in self.lex.relay_verbs:
            return None
        after = [t for t in tokens_in(self.doc, cue.end, region[1]) if t.is_word][:2]
        noun = next((t for t in after if t.lemma in self.lex.relay_nouns), None)
        return noun.end if noun is not None else None

    def _unnamed_owner(self, start: int, end: int) -> bool:
        """Whether the word right after the relayed words' noun is a person in the genitive
        ("слова командувача", "заяву речниці"), not a thing ("слова подяки")."""
        t = next((t for t in tokens_in(self.doc, start, end) if t.is_word), None)
        return t is not None and any(p.tag.POS == "NOUN" and p.tag.case == "gent"
                                     and "anim" in p.tag for p in parses(t.text))

    def _person_in(self, start: int, end: int, cue: Token | None) -> str | None:
        """The person named in [start, end), nearest its start."""
        for c in self._overlapping(start, end):
            if c.entity and c.type == "PER" and c.start >= start and not self._addressee(c):
                return c.entity
        return None

    def _whole_body(self, c: Candidate, start: int) -> Candidate:
        """A body named with its parent after it ("Всесвітня продовольча програма ООН
        повідомила"): the longest body named speaks, the agency, not the UN it belongs to."""
        text = self.doc.text
        while True:
            head = next((h for h in reversed(self._overlapping(max(start, c.start - 200), c.start))
                         if h.entity and h.entity != c.entity and h.type == "ORG" and h.nominative
                         and h.end <= c.start and not text[h.end:c.start].strip()), None)
            if head is None:
                return c
            c = head

    def _where_said(self, c: Candidate) -> bool:
        """A place named with "в"/"у" as the source of a plural verb with no subject: "У
        Москві заявляли, що ...", "у Вашингтоні повідомили" (its government speaks)."""
        if c.type != "LOC":
            return False
        before = [t for t in tokens_in(self.doc, max(0, c.start - 12), c.start) if t.is_word]
        return bool(before) and before[-1].norm in self.lex.place_prepositions

    def _can_be_nominative(self, c: Candidate) -> bool:
        """Nominative, or a word the dictionary also reads so ("МЗС", which does not decline,
        is read in the genitive first)."""
        if c.nominative:
            return True
        first = next((t for t in tokens_in(self.doc, c.start, c.end) if t.is_word), None)
        return first is not None and any(p.tag.case == "nomn" for p in parses(first.text))

    def _addressee(self, c: Candidate) -> bool:
        """A name in the dative with no preposition before it: the one spoken to ("сказав
        Укрінформу", "розповіла «Українській правді»"), never the speaker. Right after the
        speech verb a name that may be a dative is one ("повідомили Укрінформу", which the
        dictionary reads as a genitive first)."""
        if c.nominative:
            return False
        words = [t for t in tokens_in(self.doc, max(0, c.start - 30), c.end) if t.is_word]
        inside = [t for t in words if t.start >= c.start]
        before = [t for t in words if t.end <= c.start]
        if not inside or (before and before[-1].pos == "PREP"):
            return False
        return inside[0].case == "datv" or (
            bool(before) and self.lex.is_speech_verb(before[-1])
            and any(p.tag.case == "datv" for p in parses(inside[0].text)))

    def _of_populace(self, c: Candidate) -> bool:
        """A body or place named in the genitive after its people ("громадян Євросоюзу",
        "жителів Києва"): the people speak, not the body; a spokesman noun ("представник
        Київради") is not one of them, so the body still speaks through him."""
        if c.nominative:
            return False
        before = [t for t in tokens_in(self.doc, max(0, c.start - 30), c.start) if t.is_word]
        return bool(before) and before[-1].lemma in self.lex.populace

    def _subject_pronoun(self, start: int, end: int) -> bool:
        for t in tokens_in(self.doc, start, end):
            if t.is_word and t.pos == "NPRO" and t.case == "nomn" and any(
                    t.norm in ws for ws in self.lex.pronouns.values()):
                return True
        return False

    def _after_topic(self, pos: int) -> bool:
        """Whether the word before `pos` opens a topic ("про", "щодо"), not a source."""
        prev = [t for t in tokens_in(self.doc, max(0, pos - 12), pos) if t.is_word]
        return bool(prev) and prev[-1].norm in self.lex.topic_openers \
            and prev[-1].norm not in self.lex.body_prepositions

    def _covered(self, start: int, end: int) -> bool:
        return bool(self._overlapping(start, end))

    def indefinite(self, start: int, end: int, cue: Token | None) -> bool:
        """The attribution names a speaker that is no entity: "Хтось сказав", "Здоровий глузд
        каже", "експерти вважають", "за словами аналітика", or nobody at all behind a plural
        verb ("йому відповіли, що"). The nearest person before is then not the speaker. A
        common noun that stood before a name earlier ("Голова ОВА Іван Петренко ... Голова
        заявив") still refers back."""
        return self.description(start, end, cue) is not None or (
            cue is not None and self.verb_gender(cue) == "plur" and cue.pos == "VERB"
            and not any(c.entity and not self._of_populace(c)
                        for c in self._overlapping(start, end)))

    def description(self, start: int, end: int, cue: Token | None) -> tuple[int, int] | None:
        """The words that describe a speaker no entity stands for ("військовий експерт",
        "аналітика американського інституту"), as (start, end), or None. The subject of a
        speech verb is in the nominative; the owner of a reporting frame ("за словами
        військового експерта", "на думку аналітиків") in the genitive right after it."""
        toks = tokens_in(self.doc, start, end)
        owner = self._frame_owner(toks, cue)
        plural = self.verb_gender(cue) == "plur" and cue is not None and cue.pos == "VERB"
        for k, t in enumerate(toks):
            if t.norm in self.lex.partitive_heads and k + 2 < len(toks) \
                    and toks[k + 1].norm in ("з", "із", "зі") and toks[k + 2].pos == "NOUN" \
                    and (cue is None or toks[k + 2].end <= cue.start):
                # "Один з рупорів окупантів заявив": one of a group, no one entity
                return t.start, self._noun_phrase(toks, k + 2)[1]
            if not t.is_word or t.pos not in ("NOUN", "NPRO"):
                continue
            if t.case != "nomn" and not (k == owner and t.case == "gent") \
                    and not (plural and t is not cue and _plural_nominative(t)):
                continue
            if k and toks[k - 1].pos == "PREP":
                continue    # "Під час розмови наголосив": a preposition's object, no subject
            if t.norm in self.lex.first_person or t is cue or self._covered(t.start, t.end) \
                    or any(t.norm in ws for ws in self.lex.pronouns.values()):
                continue
            if t.pos == "NOUN" and (self._named_before(t, start) or self._titled(t)):
                continue
            if k == owner and t.norm in role_heads():
                continue    # "Глава МЗС Андрій Сибіга ... За словами міністра": an office
                            # refers back to its holder; "аналітика" or "експерта" does not
            return self._noun_phrase(toks, k)
        return None

    def _frame_owner(self, toks: list[Token], cue: Token | None) -> int | None:
        """The index of the first noun after a reporting frame's key word ("за словами
        <аналітика>", "на думку <експертів>"), where the frame is the cue; else None. An
        adjective before it belongs to the owner ("за словами військового експерта")."""
        if cue is None or not toks or toks[0] is not cue or cue.norm not in self.lex.frame_heads:
            return None
        forms = self.lex.frame_forms.get(cue.norm, frozenset())
        for k, t in enumerate(toks[1:4], 1):
            if t.norm in forms:
                for m in range(k + 1, len(toks)):
                    u = toks[m]
                    if not u.is_word or u.pos in ("PREP", "CONJ", "VERB"):
                        return None
                    if u.pos in ("NOUN", "NPRO"):
                        return m
                return None
        return None

    @staticmethod
    def _noun_phrase(toks: list[Token], k: int) -> tuple[int, int]:
        """The head noun with the adjectives that agree with it before and its genitive
        dependents after ("військового експерта", "представник міської ради")."""
        head = toks[k]
        first = k
        while first > 0 and toks[first - 1].is_word and toks[first - 1].pos in ("ADJF", "PRTF") \
                and toks[first - 1].case == head.case:
            first -= 1
        last = k
        while last + 1 < len(toks) and toks[last + 1].is_word \
                and toks[last + 1].pos in ("NOUN", "ADJF", "PRTF") \
                and (toks[last + 1].case == "gent" or (toks[last].case == "gent" and last > k
                                                      and toks[last].pos in ("ADJF", "PRTF"))):
            last += 1   # "жителі Києва"; "міської ради": the noun after a genitive adjective
        return toks[first].start, toks[last].end

    def _titled(self, t: Token) -> bool:
        """A capitalised noun inside a sentence is a title ("– наголосив Президент"), which
        names a person even when no role entry resolved it."""
        if not t.text[:1].isupper():
            return False
        i = t.start - 1
        while i >= 0 and self.doc.text[i] in " \t":
            i -= 1
        return i >= 0 and self.doc.text[i] not in ".!?…\n"

    def _named_before(self, word: Token, before: int) -> bool:
        """The same word ended at most 60 characters before a person's name, that name lying
        before `before`. Per lemma, the earliest such name is found once (from the ends of
        the lemma's tokens and the people's offsets): scanning every token before every
        attribution was quadratic in a long document."""
        if self._first_named is None:
            self._first_named = {}
            for t in self.doc.tokens:
                self._first_named.setdefault(t.lemma, []).append(t.end)
        got = self._first_named.get(word.lemma)
        if got is None:
            return False
        if isinstance(got, list):       # token ends, first time this lemma is asked about
            people, first = self._people, float("inf")
            for end in got:
                k = bisect.bisect_left(people, end)     # the nearest name at or after the word
                if k < len(people) and people[k] - end <= 60:
                    first = people[k]   # ends ascend, so the first fit has the earliest name
                    break
            got = self._first_named[word.lemma] = first
        return got < before

    def preceding(self, pos: int, gender: str | None) -> str | None:
        """The nearest person before `pos` whose gender fits, outside quoted text."""
        for n in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            c = self.cands[n]
            if c.entity is None or c.type != "PER":
                continue
            if self._in_quote(c.start):
                continue
            if self._fits(c, gender):
                return c.entity
        return None

    def _sourceless(self, start: int, end: int) -> bool:
        """A data frame that names no source: "за попередніми даними", "за оцінкою"."""
        words = [t for t in tokens_in(self.doc, start, end) if t.is_word]
        return len(words) >= 2 and words[0].norm == "за" and any(
            t.norm in self.lex.data_frames for t in words[1:3]) and not any(
            t.norm in self.lex.data_frames for t in words[3:]) and all(
            t.norm in self.lex.data_frames or t.pos in ("ADJF", "ADVB") for t in words[1:])

    def resolve(self, region: tuple[int, int] | None, cue: Token | None, before: int,
                previous: str | None) -> str | None:
        """Speaker for a quote: the attribution first, then the fallbacks."""
        gender = self.verb_gender(cue)
        if region is not None:
            if cue is not None and cue.pos == "VERB" and cue.person == "2per":
                # "коли телефонуєш друзям і кажеш: ...": a generic "you", whoever is named
                # near it ("кажеш друзям Джастіна Трюдо")
                return NOBODY
            if cue is not None and cue.pos == "VERB" and cue.person == "1per" and not any(
                    t.lemma in self.lex.caption_nouns for t in tokens_in(self.doc, *region)):
                # "ми говоримо: «Дякую!»": the writer, whoever else is named; "Я нагадаю
                # слова Леха Качинського: «...»" still quotes the one whose words they are
                return self.writer(cue, region)
            owner = self._relayed_words(region, cue)
            if owner is not None:
                # "Пресслужба Генштабу передає слова командувача": the words' owner speaks,
                # a person only (no body or country named after the noun); one left unnamed
                # is nobody. "Президент передав слова подяки" names no owner: he speaks.
                person = self._person_in(owner, region[1], cue)
                if person or self._unnamed_owner(owner, region[1]):
                    return person or NOBODY
            if self._source_speaks(region, cue):
                # "Джерело в МЗС розповіло", "за словами джерел «Української правди»": a
                # source left unnamed, neither the body it is in nor the medium it told
                return NOBODY
            found = self.in_region(region[0], region[1], cue) or self.body(region[0], region[1])
            if found is None:
                found = self.located(region[0], region[1], cue)
            if found:
                found = self._regional_entity(found)
            if found == NOBODY:
                return NOBODY   # "повідомили в ОВА" in a text of no one oblast
            if found:
                # "речник Повітряних сил розповів": the office's holder on the document date
                # speaks, when the knowledge base knows him; else the body for him
                return self._office_of_body(region, found, cue) or found
            named = self._anaphoric_owner(region, cue)
            if named is not None:
                # "За даними адміністрації": the body just named; "за даними обласної
                # адміністрації" in a text of no one oblast: nobody
                return named
            if cue is not None and self._relative_before(cue):
                # "Івану Петренку, який заявив, що ...": the name the relative clause follows;
                # "держави, яка вважає, що ...": a common noun, no one to name
                return self._antecedent(cue) or NOBODY
            if (cue is not None and cue.person == "1per") or any(
                    t.norm in self.lex.first_subject and t.case == "nomn"
                    for t in tokens_in(self.doc, region[0], region[1])):
                return self.writer(cue, region)     # "я відповів: «...»": the writer
            if self._sourceless(region[0], region[1]):
                return NOBODY       # "за попередніми даними, ...": a source left unnamed
            office = self._office_holder(region[0], region[1], before)
            if office:
                return office       # "«...», – сказав міністр": the minister named before
            referred = self._epithet_person(region[0], region[1], before, gender)
            if referred:
                return referred     # "– наголосив посадовець": the person just named
            pron = self._pronoun_in(region[0], region[1])
            if pron in ("masc", "femn"):
                # "– сказав він": a person named before whose gender fits, or nobody the text
                # names (a deputy left unnamed), never the body or medium that spoke last
                return self.preceding(before, pron) or NOBODY
            if pron == "plur":
                # "Вони відповідають, що ...": a group, not the last person; a body that spoke
                # in the plural in the sentence before ("У Генштабі повідомили ... Вони також
                # додали") is the group
                return self._plural_body_before(region[0]) or NOBODY
            if gender == "plur" and cue is not None and cue.pos == "VERB" \
                    and self.description(region[0], region[1], cue) is None:
                # "У Харківській ОВА повідомили ... Там також додали, що ...": the body that
                # spoke in the plural in the sentence before goes on
                went_on = self._plural_body_before(region[0])
                if went_on:
                    return went_on
            if self.indefinite(region[0], region[1], cue):
                return NOBODY
            elif cue is not None and cue.pos == "VERB" and cue.tense is not None:
                subject = self._previous_subject(region[0], gender)
                if subject:
                    return subject
                if (self.address() or self._address_titled()) and not (
                        self.verb_gender(cue) in ("masc", "femn") and self._collective_writer()):
                    # the writer of the address ("наголосив", a past verb with no person);
                    # "як заявляє" in the third person is someone the text leaves unnamed.
                    # A body's statement ("Заява МЗС", "ми" only) has no writer who says
                    # "наголосив": that is a person named before
                    return NOBODY if cue.person == "3per" else self.writer(cue, region)
        found = self.preceding(before, gender)
        return found or previous

    def _office_holder(self, start: int, end: int, before: int) -> str | None:
        """A bare office noun as the speaker ("– сказав міністр", "повідомив мер"), which no
        role entry resolved: the nearest person named before who holds that office on the
        document's date (people who hold none are passed over: "Сибіга зустрівся з Каллас.
        «...», – сказав міністр" is Sybiha)."""
        offices = office_nouns()
        roles = None
        for t in tokens_in(self.doc, start, end):
            if t.is_word and t.pos == "NOUN" and t.case == "nomn" and not self._covered(t.start, t.end):
                roles = offices.get(t.norm)
                if roles:
                    break
        if not roles:
            return None
        kb = get_kb()
        seen: set[str] = set()
        for n in range(bisect.bisect_left(self._starts, before) - 1, -1, -1):
            c = self.cands[n]
            if c.entity is None or c.type != "PER" or c.entity in seen or self._in_quote(c.start):
                continue
            seen.add(c.entity)
            if any(r.role in roles for r in kb.roles_of(c.entity, self.doc.date)):
                return c.entity
        return None

    def _epithet_person(self, start: int, end: int, before: int, gender: str | None) -> str | None:
        """A bare word for a person that names no office ("– наголосив посадовець", "За
        словами посадовця", "Співрозмовниця додала"): news refers back with it to the
        person just named, in this paragraph or the one before, whose gender fits. With an
        adjective ("американський посадовець") it may be an unnamed source, and in the
        plural ("і я, і урядовці говорили") it is a group: nobody."""
        words = [t for t in tokens_in(self.doc, start, end) if t.is_word]
        head = next((k for k, t in enumerate(words) if t.pos == "NOUN"
                     and t.lemma in self.lex.person_epithets), None)
        if head is None or gender == "plur" or words[head].number == "plur" \
                or (head and words[head - 1].pos == "ADJF") \
                or self._covered(words[head].start, words[head].end):
            return None
        if gender not in ("masc", "femn") and words[head].gender == "femn":
            gender = "femn"     # "за словами посадовиці": a woman
        starts = paragraph_starts(self.doc)
        k = bisect.bisect_right(starts, before) - 1
        floor = starts[k - 1] if k >= 1 else 0
        for n in range(bisect.bisect_left(self._starts, before) - 1, -1, -1):
            c = self.cands[n]
            if c.start < floor:
                break
            if c.entity is None or c.type != "PER" or self._in_quote(c.start):
                continue
            return c.entity if self._fits(c, gender) else None
        return None

    def _office_of_body(self, region: tuple[int, int], body: str, cue: Token | None) -> str | None:
        """The holder of an office named right before the body that would speak ("речник
        Повітряних сил", "за словами речниці МЗС"), on the document's date. The entity layer
        resolves one role per phrase; an office noun shared by several roles ("речник": a
        press secretary or a spokesperson) is tried for each, so the body's spokesman is
        found whatever his role is called. None without a date or a known holder."""
        ent = self.doc.entities.get(body)
        if self.doc.date is None or ent is None or ent.type not in ("ORG", "LOC"):
            return None
        offices = office_nouns()
        kb = get_kb()
        for c in self._overlapping(*region):
            if c.entity != body:
                continue
            before = [t for t in tokens_in(self.doc, max(region[0], c.start - 40), c.start) if t.is_word]
            if not before:
                continue
            head = before[-1]
            roles = offices.get(head.norm) or offices.get(head.lemma.lower())
            if not roles:
                continue
            # "Речниця МЗС заявила": a woman in the office, never a man the KB lists in it
            gender = "femn" if head.gender == "femn" else self.verb_gender(cue) if cue else None
            holders = {h.id for r in sorted(roles) if (h := kb.holder(r, body, self.doc.date))
                       and (gender not in ("masc", "femn") or kb.gender(h.id) in (None, gender))}
            if len(holders) == 1:
                eid = holders.pop()
                if eid not in self.doc.entities and kb.entity(eid) is not None:
                    e = kb.entity(eid)
                    self.doc.entities[eid] = Entity(e.id, e.name, e.name_uk, e.type, e.wikidata, kb=True)
                return eid
        return None

    def _collective_writer(self) -> bool:
        """Whether the writer is a body, not one person: the title names a body ("Заява МЗС
        України ..."). (A writer who never says "я" may still be one person: an address
        drops the pronoun, "Сьогодні говорив з ...".)"""
        if self._collective is None:
            self._collective = bool(title_body(self.doc))
        return self._collective

    def writer(self, cue: Token | None, region: tuple[int, int]) -> str:
        """Who speaks in the writer's own words ("І я на це відповів: «...»", "Сьогодні у
        зверненні наголосив, що ..."): the author the title or the first line of an address
        names, when one person speaks (not "ми") and the verb's gender fits him; else nobody
        the text names."""
        body = title_body(self.doc)
        if body and cue is not None and cue.person == "1per" and self.verb_gender(cue) == "plur":
            return body     # "ми говоримо: «...»" in "Заява МЗС України": the ministry
        if cue is None or not (self.address() or self._address_titled()) or cue.number == "plur" or "plur" in cue.tags \
                or any(t.norm in self.lex.first_subject and t.norm != "я" and t.case == "nomn"
                       for t in tokens_in(self.doc, region[0], region[1])):
            return NOBODY
        if self._author is None:
            self._author = address_author(self.doc) or NOBODY
        gender = self.verb_gender(cue)
        if self._author and gender in ("masc", "femn") \
                and self.entity_gender(self._author) not in (None, gender):
            return NOBODY
        return self._author

    def _relative_before(self, cue: Token) -> bool:
        """"X, який заявив, що ...": a relative pronoun stands for the subject named before."""
        words = [t for t in tokens_in(self.doc, max(0, cue.start - 40), cue.start) if t.is_word]
        return bool(words) and any(t.lemma in self.lex.relatives for t in words[-2:])

    def _antecedent(self, cue: Token) -> str | None:
        """The entity whose name ends right before the comma of ", який <cue>"."""
        text = self.doc.text
        comma = text.rfind(",", max(0, cue.start - 40), cue.start)
        if comma < 0:
            return None
        for c in reversed(self._overlapping(max(0, comma - 80), comma)):
            if c.entity and c.type in SPEAKER_TYPES and not text[c.end:comma].strip():
                return c.entity
        return None

    def _previous_subject(self, pos: int, gender: str | None) -> str | None:
        """A verb with no subject of its own goes on from the sentence before: "Росія хоче
        домінувати. І вважає, що ..." is Russia's claim. That sentence's subject: the first
        entity in the nominative before its first verb, in the same paragraph."""
        sents = self.doc.sentences
        if not sents:
            return None
        text = self.doc.text
        while pos < len(text) - 1 and text[pos].isspace():
            pos += 1        # a region may open on the space after the stop before
        si = self.doc.sentence_at(pos)
        if si == 0 or sents[si - 1].paragraph != sents[si].paragraph:
            return None
        prev = sents[si - 1]
        verb = next((t.start for t in tokens_in(self.doc, prev.start, prev.end)
                     if t.pos == "VERB"), prev.end)
        for c in self._overlapping(prev.start, verb):
            if c.entity and self._can_be_nominative(c) and c.type in ("PER", "ORG", "LOC") \
                    and not self._in_quote(c.start) and self._fits(c, gender):
                return c.entity
        return None

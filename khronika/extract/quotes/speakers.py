"""Who speaks: resolve a quote's speaker to an entity id through the entity layer.

The subject of the speech verb is looked up among the mentions (proper names) and refs (roles,
pronouns) that the entity layer resolved; the nearest one to the cue in the attribution wins,
nominative first. When the attribution names nobody resolvable (a pronoun the entity layer left
open, a role it did not link), the speaker is the nearest preceding person whose grammatical
gender fits the verb ("заявила" -> a woman), outside quoted text, and failing that the speaker
of the previous quote. This module holds the candidates, the attribution's own reading and the
order of the fallbacks (`resolve`); each way of finding a speaker is a mixin in a module named
for it: gender agreement (`speaker_agreement`), the document's author (`author_speakers`),
described speakers no entity stands for (`described_speakers`), speakers referred back to
(`referred_speakers`), a plural pronoun's subject before it (`plural_speakers`), bodies,
media and regional administrations (`body_speakers`), and the state a bare mission speaks
for (`mission_speakers`).
"""
from __future__ import annotations

import bisect

from ...document import Document, Token
from ...spans import Cover
from ..morph import parses, tag_view
from .author_speakers import AuthorSpeakers
from .body_speakers import BodySpeakers
from .candidates import NOBODY, SPEAKER_TYPES, Candidate
from .described_speakers import DescribedSpeakers
from .lexicon import Lexicon, paragraph_starts, tokens_in
from .mission_speakers import MissionSpeakers
from .plural_speakers import PluralSpeakers
from .referred_speakers import ReferredSpeakers, person_noun
from .role_words import office_nouns, role_heads  # noqa: F401  (imported from here by callers)
from .speaker_agreement import SpeakerAgreement


class SpeakerResolver(AuthorSpeakers, DescribedSpeakers, ReferredSpeakers, SpeakerAgreement,
                      BodySpeakers, PluralSpeakers, MissionSpeakers):
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
            cands.append(Candidate(m.start, m.end, m.entity, etype,
                                   self._nominative(m.start, m.end, m.entity if etype == "PER" else None),
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
        стороні", "російські військові"): `side_nouns` and the forces of `they_speakers` in
        speech.yaml."""
        nxt = next((t for t in tokens_in(self.doc, pos, pos + 20) if t.is_word), None)
        return nxt if nxt is not None and (nxt.lemma in self.lex.side_nouns
                                           or nxt.lemma in self.lex.they_forces) else None

    @property
    def quoted(self) -> list[tuple[int, int]]:
        return self._quoted

    @quoted.setter
    def quoted(self, spans: list[tuple[int, int]]) -> None:
        self._quoted = spans
        self._quoted_cover = Cover(spans)
        self._narrated_pronouns()

    def _overlapping(self, start: int, end: int) -> list[Candidate]:
        """The candidates that overlap [start, end), in offset order."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [c for c in self.cands[lo:hi] if c.start < end and start < c.end]

    # ---- features ----------------------------------------------------------------------
    def _nominative(self, start: int, end: int, person: str | None = None) -> bool:
        """The first word that declines decides: a first name that does not ("Джо", which the
        dictionary reads as a nominative in any case) leaves it to the surname ("Джо Байдену"
        is a dative). A `person`'s name is a nominative of one of his gender: "Сибіги", read
        first as a plural of things, is his genitive."""
        words = [t for t in tokens_in(self.doc, start, end) if t.is_word]
        for k, t in enumerate(words):
            if t is not words[-1] and t.pos == "ADJF" and words[k + 1].pos == "NOUN" \
                    and "anim" in words[k + 1].tags:
                continue    # "Петрові Мельнику": a first name read as a possessive adjective
            if "Fixd" not in t.tags or t is words[-1]:
                if t.case is None:
                    return True
                return t.case == "nomn" and (person is None or self._one_nominative(t, person))
        return True

    def _one_nominative(self, t: Token, person: str) -> bool:
        """Whether the dictionary reads the word as a singular nominative of the person's
        gender (or of none)."""
        g = self.entity_gender(person)
        return any(tag_view(p).case == "nomn" and "plur" not in p.tag and (g is None or tag_view(p).gender in (g, None))
                   for p in parses(t.text))

    # ---- resolution --------------------------------------------------------------------
    def _in_quote(self, pos: int) -> bool:
        return pos in self._quoted_cover

    def _pronoun_in(self, start: int, end: int) -> str | None:
        """The gender of an unresolved speaker pronoun written in the attribution. A
        possessive before the subject noun ("його батько казав", "її мати") is its owner,
        not who speaks ("за його словами" is)."""
        toks = [t for t in tokens_in(self.doc, start, end) if t.is_word]
        for k, t in enumerate(toks):
            if t.case not in ("datv", "ablt") and not (
                    k and _object_of(toks[k - 1], t, toks[k + 1] if k + 1 < len(toks) else None)):
                # "йому відповіли": the addressee; "погладив його й прошепотів": the object
                for g, words in self.lex.pronouns.items():
                    if t.norm in words:
                        if k + 1 < len(toks) and toks[k + 1].start - t.end <= 1 \
                                and person_noun(toks[k + 1]):
                            break
                        return g
        return None

    def _object_pronoun(self, c: Candidate) -> bool:
        """A pronoun the entity layer resolved that stands right after a finite verb not in
        the nominative: the verb's object ("Дід погладив його по голові й прошепотів"), not
        who speaks."""
        toks = [t for t in tokens_in(self.doc, max(0, c.start - 40), c.end + 40) if t.is_word]
        k = next((i for i, t in enumerate(toks) if t.start >= c.start), None)
        return k is not None and k >= 1 and _object_of(
            toks[k - 1], toks[k], toks[k + 1] if k + 1 < len(toks) else None)

    def _owner_of_subject(self, c: Candidate) -> bool:
        """A possessive pronoun right before a noun for a person in the nominative ("його
        батько", "її сусідка"): it names whose the subject is, not who speaks ("Його заява:
        «...»" is still his)."""
        nxt = next((t for t in tokens_in(self.doc, c.end, c.end + 40) if t.is_word), None)
        return nxt is not None and not self.doc.text[c.end:nxt.start].strip() and person_noun(nxt)

    def _inner_clause(self, region: tuple[int, int], cue: Token | None) -> tuple[int, int]:
        """An attribution whose speech verb stands in a content clause ("Грицак розповів, що
        його батько повторював: «...»", "нагадав, що Путін казав: «...»"): the clause's own
        subject speaks, so the words before its "що" are left out. A comma between "що" and
        the verb ("..., що Україна готова, і додав: «...»") keeps the whole attribution."""
        if cue is None or not region[0] < cue.start <= region[1]:
            return region
        text = self.doc.text
        for t in reversed(tokens_in(self.doc, region[0], cue.start)):
            if t.text in ",;:.!?…" and t.start > region[0]:
                if t.text == ",":
                    continue
                break
            if t.norm in self.lex.complementizers and t.norm != "як":
                before = text[region[0]:t.start].rstrip()
                if before.endswith(",") and "," not in text[t.end:cue.start]:
                    return t.end, region[1]
                break
        return region

    def in_region(self, start: int, end: int, cue: Token | None) -> str | None:
        """The resolved speaker named inside the attribution, nearest to the cue."""
        anchor = cue.start if cue is not None else start
        gender = self.verb_gender(cue)
        best, best_key = None, None
        for c in self._overlapping(start, end):
            if c.entity is None:
                continue
            # a medium's name, or a state's after its mission ("у посольстві Польщі") or its
            # words ("Реакція Москви: «...»")
            medium = self._after_medium(c.start) or (c.type == "LOC" and (
                self._after_mission(c.start) or self._after_caption(c.start)))
            if c.type not in SPEAKER_TYPES and c.type is not None and not c.nominative \
                    and not (gender == "plur" and self._where_said(c)) and not medium:
                continue    # "Президент України": the country is no subject here
            if (c.type == "MISC" and not medium) or self._after_topic(c.start):
                continue    # a holiday, a title; "скажемо про Маріуполь": what is spoken of
            if self._of_populace(c):
                continue    # "67% громадян Євросоюзу вважають": the citizens, not the Union
            if c.pronoun and (self._owner_of_subject(c) or self._object_pronoun(c)):
                continue    # "його батько повторював": the father, not "його";
                            # "Дід погладив його й прошепотів": whom he stroked
            if ((c.type == "PER" and not self._can_be_nominative(c)) or (
                    c.type != "PER" and self._after_person(c))) and self._dependent(c.start):
                continue    # "заступниця прем'єр-міністра повідомила": the deputy, not her
                            # chief; "помічник президента США": nor the state (while
                            # "представник Київради" speaks for the body)
            if self._addressee(c) or self._told_after_subject(c, cue, start, gender):
                continue    # "розповіло «Українській правді» джерело": who was told;
                            # "Зеленський розповів Рютте": a name that does not decline
            if c.type == "PER" and not c.pronoun and self._party_of_talk(c.start):
                continue    # "– сказала вона після зустрічі з Метте Фредеріксен": whom she met
            if c.type == "PER" and not c.nominative and cue is not None and c.start >= cue.end \
                    and cue.lemma in self.lex.asking_verbs:
                continue    # "«...?» – запитали Зеленського": the one asked
            if gender == "plur" and self._one_after_plural(c, cue):
                continue    # "– повідомили Рютте в МЗС": whom they told, not who
            if not self._fits(c, gender) and not self._written_fits(c, gender) \
                    and not self._press_owner(c):
                continue
            # a person first, then an organisation, then a country or an agency in the
            # nominative ("Україна заявила", "як повідомляє Укрінформ")
            rank = 0 if c.type == "PER" else 1 if c.type in SPEAKER_TYPES or c.type is None else 2
            key = (rank, 0 if c.nominative else 1, abs(c.start - anchor))
            if best_key is None or key < best_key:
                best, best_key = c, key
        if best is not None and not best.nominative and self._subject_pronoun(start, end):
            return None     # "– сказав він після зустрічі з Трампом": "він" is not Trump
        if best is not None and not best.nominative and cue is not None \
                and best.start >= cue.end and self._subject_noun(start, cue.start):
            return None     # "журналіст запитав Президента": the one asked is no subject
        if best is not None and best.type == "ORG":
            best = self._whole_body(best, start)
        return best.entity if best else None

    def _state_side(self, region: tuple[int, int]) -> str | None:
        """"За даними турецької сторони": a state's adjective before a word for a side
        (`_side`) speaks as that state, in any case the frame puts it in."""
        for r in self.doc.refs:
            if r.kind == "adjective" and r.entity and region[0] <= r.start < region[1] and \
                    (side := self._side(r.end)) is not None and side.lemma in self.lex.side_nouns:
                return r.entity
        return None

    def _party_of_talk(self, pos: int) -> bool:
        """A person (or his office) named at `pos` right after a preposition of company,
        direction or topic (`party_prepositions`: "з", "до", "після", "про"): someone the
        speaker met, answered or spoke of, whom an attribution never makes its subject."""
        t = self._token_before(pos)
        return t is not None and t.norm in self.lex.party_prepositions \
            and not self.doc.text[t.end:pos].strip()

    def _press_owner(self, c: Candidate) -> bool:
        """A person named in the genitive right after a press service ("повідомила пресслужба
        Президента"): the verb agrees with the service, who speaks for him."""
        if c.nominative or c.type != "PER":
            return False
        before = [t for t in tokens_in(self.doc, max(0, c.start - 30), c.start) if t.is_word]
        return bool(before) and before[-1].lemma in self.lex.press_services \
            and not self.doc.text[before[-1].end:c.start].strip()

    def _relayed_words(self, region: tuple[int, int], cue: Token | None) -> int | None:
        """Where the owner of relayed words is named: after "слова" in "передає слова X"
        (a relaying verb as the cue, its noun of words within two words after it)."""
        if cue is None or cue.lemma not in self.lex.relay_verbs:
            return None
        after = [t for t in tokens_in(self.doc, cue.end, region[1]) if t.is_word][:2]
        if cue.lemma in self.lex.citing_verbs and after and any(
                tag_view(p).POS == "NOUN" and tag_view(p).case in ("accs", "gent") and "anim" in p.tag
                for p in parses(after[0].text)):
            return cue.end      # "процитував рятувальників: «...»": whom he quotes speaks
        noun = next((t for t in after if t.lemma in self.lex.relay_nouns), None)
        return noun.end if noun is not None else None

    def _unnamed_owner(self, start: int, end: int) -> bool:
        """Whether the word right after the relayed words' noun is a person in the genitive
        ("слова командувача", "заяву речниці"), not a thing ("слова подяки")."""
        t = next((t for t in tokens_in(self.doc, start, end) if t.is_word), None)
        return t is not None and any(tag_view(p).POS == "NOUN" and tag_view(p).case == "gent"
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

    def _after_person(self, c: Candidate) -> bool:
        """Whether a person's name or role ends right before the candidate or takes it in
        ("президента США", a role whose span holds the state)."""
        return any(p.type == "PER" and p.entity and p.start < c.start and (
            p.end >= c.start or not self.doc.text[p.end:c.start].strip())
            for p in self._overlapping(max(0, c.start - 80), c.start + 1))

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
        if first is None:
            return False
        if c.type == "PER" and c.entity and not c.pronoun:
            # "Радник Умєрова": "Умєрова" is a woman's nominative, not his
            return self._one_nominative(first, c.entity)
        return any(tag_view(p).case == "nomn" for p in parses(first.text))

    def _addressee(self, c: Candidate) -> bool:
        """A name in the dative with no preposition before it: the one spoken to ("сказав
        Укрінформу", "розповіла «Українській правді»"), never the speaker. Right after the
        speech verb a name that may be a dative is one ("повідомили Укрінформу", which the
        dictionary reads as a genitive first)."""
        if c.type != "PER" and self._addressees_outlet(c):
            return True
        if c.nominative:
            return False
        words = [t for t in tokens_in(self.doc, max(0, c.start - 30), c.end) if t.is_word]
        inside = [t for t in words if t.start >= c.start]
        before = [t for t in words if t.end <= c.start]
        if not inside or (before and before[-1].pos == "PREP"):
            return False
        if before and before[-1].pos == "NOUN" and inside[0].case == "datv" and \
                any(tag_view(p).case == "gent" for p in parses(inside[0].text)) and \
                not self.lex.is_speech_verb(before[-1]):
            return False    # "Представник Пентагону повідомив": after a noun, its genitive
        if c.type == "PER" and before and self.lex.is_speech_verb(before[-1]) and \
                self.verb_gender(before[-1]) == self.entity_gender(c.entity) is not None and \
                all(any(tag_view(p).case == "nomn" for p in parses(t.text)) for t in (inside[0], inside[-1])):
            return False    # "заявила Кая Каллас": a name of the verb's gender that reads as a
                            # nominative is its subject ("Кая" is first a genitive of "Кай")
        if c.type != "PER" and before and self.lex.is_speech_verb(before[-1]) and \
                before[-1].gender == "neut" and any(p.tag.case == "nomn" for p in parses(inside[0].text)):
            return False    # "повідомило МЗС України": a body's name that does not decline, after
                            # a verb in the neuter, is its subject, not whom it told
        return inside[0].case == "datv" or (
            bool(before) and self.lex.is_speech_verb(before[-1])
            and any(tag_view(p).case == "datv" for p in parses(inside[0].text)))

    def _told_after_subject(self, c: Candidate, cue: Token | None, start: int,
                            gender: str | None) -> bool:
        """A person's name that does not decline right after the speech verb, when the verb's
        subject stands before it in its clause ("Зеленський розповів Рютте, що ...",
        "Президент пообіцяв Фіцо", "Міністр оборони Литви сказав Каллас"): the dative of the
        one told, which the dictionary reads as a nominative too. With no subject before the
        verb ("– сказав Рютте", "Розповів Рютте і про те") the name is its subject."""
        if not self._person_right_after_verb(c, cue) or not self.lex.is_speech_verb(cue):
            return False
        first = next((t for t in tokens_in(self.doc, c.start, c.end) if t.is_word), None)
        if first is None or not any(tag_view(p).case == "datv" for p in parses(first.text)):
            return False
        words = [t for t in tokens_in(self.doc, start, cue.start) if t.is_word and not self._in_quote(t.start)]
        for k in range(len(words) - 1, -1, -1):
            t = words[k]
            if t.norm in self.lex.complementizers or t.norm in self.lex.relatives \
                    or (t.pos == "VERB" and "infn" not in t.tags):
                return False    # "..., що Зеленський приїхав, сказав Рютте": another clause
            if k and words[k - 1].pos == "PREP":
                continue        # "Після зустрічі з Рютте": whom he met
            subject = next((s for s in self._overlapping(t.start, t.end) if s.entity), None)
            if subject is not None:
                if subject.nominative and self._fits(subject, gender) \
                        and not self._party_of_talk(subject.start):
                    return True
            elif t.pos == "NOUN" and t.case == "nomn" and "anim" in t.tags \
                    and (gender not in ("masc", "femn") or t.gender == gender):
                return True     # "Міністр оборони Литви": a subject left unnamed
        return False

    def _person_right_after_verb(self, c: Candidate, cue: Token | None) -> bool:
        """A named person (no pronoun) right after the verb cue, nothing but spaces between."""
        return cue is not None and cue.pos == "VERB" and c.type == "PER" and not c.pronoun and \
            c.start >= cue.end and not self.doc.text[cue.end:c.start].strip()

    def _one_after_plural(self, c: Candidate, cue: Token | None) -> bool:
        """One person named right after a plural speech verb and joined to no other ("–
        запитали Каллас журналісти", "Як повідомили Фіцо в Брюсселі"): a name that does not
        decline, told or asked; a plural verb's subject is several ("– заявили Зеленський і
        Макрон")."""
        if not self._person_right_after_verb(c, cue):
            return False
        nxt = next((t for t in tokens_in(self.doc, c.end, c.end + 20) if t.text.strip()), None)
        return nxt is None or (nxt.text != "," and nxt.norm not in self.lex.coordinators)

    def _addressees_outlet(self, c: Candidate) -> bool:
        """A body or medium named right after the person spoken to, or after that person's
        outlet noun ("сказав журналісту агентства РБК-Україна", "повідомили кореспонденту
        Укрінформу", "власкору IA ZIK"): whom the words were told to and for whom he works,
        never the speaker, whatever case the dictionary gives an undeclined or Latin name; the
        words stand side by side ("... допомогти нашим друзям. Україна ..." is no such pair). A
        person after such a noun may still be the subject ("розповів журналістам Петро
        Мазур"): the case test above decides for persons."""
        text = self.doc.text
        before = [t for t in tokens_in(self.doc, max(0, c.start - 40), c.start) if t.is_word]
        end = c.start
        if before and before[-1].pos == "NOUN" and before[-1].case == "gent" \
                and "inan" in before[-1].tags and not text[before[-1].end:end].strip():
            end = before[-1].start      # "агентства", "телеканалу": the addressee's outlet
            before = before[:-1]
        return bool(before) and before[-1].pos == "NOUN" and before[-1].case == "datv" \
            and "anim" in before[-1].tags and not text[before[-1].end:end].strip()

    def _of_populace(self, c: Candidate) -> bool:
        """A body or place named in the genitive after its people ("громадян Євросоюзу",
        "жителів Києва"): the people speak, not the body; a spokesman noun ("представник
        Київради") is not one of them, so the body still speaks through him."""
        if c.nominative:
            return False
        before = [t for t in tokens_in(self.doc, max(0, c.start - 30), c.start) if t.is_word]
        return bool(before) and before[-1].lemma in self.lex.populace

    def _subject_noun(self, start: int, end: int) -> bool:
        """A common noun for a person in the nominative that no name covers ("журналіст"),
        before the verb: the attribution's subject is someone the text leaves unnamed."""
        return any(t.is_word and t.text[:1].islower() and person_noun(t)
                   and not self._covered(t.start, t.end) and not self._in_quote(t.start)
                   for t in tokens_in(self.doc, start, end))

    def _subject_pronoun(self, start: int, end: int) -> bool:
        for t in tokens_in(self.doc, start, end):
            if t.is_word and t.pos == "NPRO" and t.case == "nomn" and t.norm in self.lex.all_pronouns:
                return True
        return False

    def _after_topic(self, pos: int) -> bool:
        """Whether the word before `pos` opens a topic ("про", "щодо"), not a source."""
        prev = [t for t in tokens_in(self.doc, max(0, pos - 12), pos) if t.is_word]
        return bool(prev) and prev[-1].norm in self.lex.topic_openers \
            and prev[-1].norm not in self.lex.body_prepositions

    def _covered(self, start: int, end: int) -> bool:
        return bool(self._overlapping(start, end))

    def resolve(self, region: tuple[int, int] | None, cue: Token | None, before: int,
                previous: str | None) -> str | None:
        """Speaker for a quote: the attribution first, then the fallbacks."""
        gender = self.verb_gender(cue)
        if region is not None:
            region = self._inner_clause(region, cue)
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
            cited = self._cited(region)
            if cited is not None:
                return cited        # "повідомляє Reuters з посиланням на Пентагон"
            if self._source_speaks(region, cue):
                # "Джерело в МЗС розповіло", "за словами джерел «Української правди»": a
                # source left unnamed, neither the body it is in nor the medium it told
                return NOBODY
            unnamed = self._pronoun_after_unnamed(region)
            if unnamed is not None:
                return unnamed      # "Виступив свідок. Він розповів, що ...": the witness
            if self._text_pronoun(region, cue):
                return self._issuing_subject(region[0]) or NOBODY   # "У ньому повідомляється"
            if cue is not None and self._relative_before(cue):
                named = self._antecedent(cue)
                if named is not None:
                    # "дав слово прокурору Омельченку, який заявив: «...»": the one the
                    # relative clause follows, not the subject of the clause before it
                    return named
            shared = self._shared_office(region, before, gender)
            if shared is not None:
                return shared       # "Макрон прийняв Зеленського. «...», – сказав президент"
            found = self.in_region(region[0], region[1], cue) or self.body(region[0], region[1]) \
                or self._state_side(region)
            if found is None:
                found = self.located(region[0], region[1], cue)
            if found is None:
                found = self.mission_state(region)  # "– йдеться у повідомленні посольства"
            if found is None:
                found = self._there(region, cue)    # "як там кажуть" after "у Москві"
            if found:
                found = self._regional_entity(found)
            if found == NOBODY:
                return NOBODY   # "повідомили в ОВА" in a text of no one oblast
            if found:
                # "речник Повітряних сил розповів": the office's holder on the document date
                # speaks, when the knowledge base knows him; else the body for him
                return self._office_of_body(region, found, cue) or found
            members = self._assembly_of_members(region)
            if members is not None:
                return members      # "Європарламент ухвалив ... Депутати наголосили"
            named = self._anaphoric_owner(region, cue)
            if named is not None:
                # "За даними адміністрації": the body just named; "за даними обласної
                # адміністрації" in a text of no one oblast: nobody
                return named
            issued = self._issuer(region, cue)
            if issued is not None:
                return issued       # "МЗС засудило удар. У заяві йдеться: «...»": the ministry
            # the pronoun of the attribution, asked twice below ("– сказав він")
            pron = self._pronoun_in(region[0], region[1])
            if pron in ("masc", "femn") and gender == "plur" and cue is not None and cue.pos == "VERB":
                pron = None     # "Її назвали «провокацією»": whom they named, not who
            if cue is not None and self.lex.is_document_verb(cue) and pron is None:
                # "В обґрунтуванні закупівлі наголошується, що": a verb with no subject, never
                # the subject of the sentence before ("«Черкасиміськбуд» було обрано ..."); "в
                # огляді компанії" names the body just named
                if any(t.lemma in self.lex.anaphoric_bodies for t in tokens_in(self.doc, *region)):
                    return self._body_before(region[0]) or NOBODY
                return NOBODY
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
            office = self._office_holder(region[0], region[1], before, gender)
            if office is not None:
                return office       # "«...», – сказав міністр": the minister named before
            referred = self._epithet_person(region[0], region[1], before, gender)
            if referred:
                return referred     # "– наголосив посадовець": the person just named
            titled = self._title_back(region[0], region[1], before, gender)
            if titled:
                return titled       # "Як зазначив директор": the director named before
            if self._kin_subject(region) or self._thing_subject(region, cue):
                # "Дід погладив його й прошепотів", "Мати подивилася на доньку й сказала": the
                # old man, the mother, not the one named before nor the pronoun's person;
                # "Як зазначає видання, X є ...": the outlet no rule found, never X
                return NOBODY
            if pron in ("masc", "femn"):
                unnamed = self._unnamed_antecedent(region[0], pron)
                if unnamed is not None:
                    # "... виступив представник Нацгвардії. Свою присутність він пояснив тим,
                    # що ...": the representative the sentence before made its subject, for
                    # the body he speaks for, not the writer named three sentences back
                    return unnamed
                # "– сказав він": a person named before whose gender fits, or nobody the text
                # names (a deputy left unnamed), never the body or medium that spoke last
                return self.preceding(before, pron) or self.headline_person(pron) or NOBODY
            if pron == "plur":
                # "Вони відповідають, що ...": a group, not the last person; a body that spoke
                # in the plural in the sentence before ("У Генштабі повідомили ... Вони також
                # додали") is the group
                # "Росія обстрілює Чернігів. Вони кажуть, що ...": the subject before
                return self._plural_body_before(region[0]) or self._they(region) or NOBODY
            if gender == "plur" and cue is not None and cue.pos == "VERB":
                # "У Харківській ОВА повідомили ... Там також додали, що ...": the body that
                # spoke in the plural in the sentence before goes on; so does one that was
                # the subject there ("МЗС засудило ухвалу. Рішення назвали «нікчемним»")
                went_on = (self.description(region[0], region[1], cue) is None
                           and self._plural_body_before(region[0])) or self._body_goes_on(region, cue)
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
        return found or previous or self.headline_person(gender)

    def _pronoun_after_unnamed(self, region: tuple[int, int]) -> str | None:
        """An attribution whose only subject is "він"/"вона", after a sentence whose subject
        is an unnamed person (`_unnamed_antecedent`): the entity layer, which reads no
        subjects, may have sent the pronoun on to a name further back."""
        if not (self._subject_pronoun(*region) or self._frame_pronoun(*region)) or any(
                c.entity and not c.pronoun for c in self._overlapping(*region)):
            return None
        g = self._pronoun_in(*region)
        return self._unnamed_antecedent(region[0], g) if g in ("masc", "femn") else None

    def _frame_pronoun(self, start: int, end: int) -> bool:
        """A possessive pronoun inside a frame of reported words ("За його словами", "на її
        думку"): who speaks, as "він" would be ("Помічник Буданова повідомив ... За його
        словами": the aide)."""
        words = [t for t in tokens_in(self.doc, start, end) if t.is_word]
        return any(k + 1 < len(words) and t.norm in self.lex.all_pronouns and any(
            f["head"] == words[k - 1].norm and words[k + 1].norm in f.get("forms", ())
            for f in self.lex.frames) for k, t in enumerate(words) if k)

    def _unnamed_antecedent(self, pos: int, gender: str) -> str | None:
        """The subject of the sentence before a pronoun's, when that is a common noun for a
        person of the pronoun's gender that no entity covers ("виступив представник
        Нацгвардії України", "прийшов свідок"): the nearest antecedent, nearer than anyone
        named before it. The body named in the genitive right after the noun speaks for him;
        with none, the text names nobody (NOBODY). None when that sentence has no such
        subject or names a person of that gender itself."""
        first = next((t for t in tokens_in(self.doc, pos, pos + 80) if t.is_word), None)
        if not self.doc.sentences or first is None:
            return None
        si = self.doc.sentence_at(first.start)
        if si == 0:
            return None
        prev = self.doc.sentences[si - 1]
        if self._in_quote(prev.start):
            return None
        for c in self._overlapping(prev.start, prev.end):
            if c.entity and c.type == "PER" and self._fits(c, gender) and c.nominative:
                return None     # "Петренко прийшов до суду. Він сказав": the name
        words = [t for t in tokens_in(self.doc, prev.start, prev.end) if t.is_word]
        for k, t in enumerate(words):
            if t.gender != gender or t.number == "plur" or not person_noun(t) \
                    or self._covered(t.start, t.end) or (k and words[k - 1].pos == "PREP"):
                continue
            if t.lemma in self.lex.kin_words or t.lemma in self.lex.person_epithets:
                return None     # "мама ... Вона припускає": the mother named before, maybe
            verb = next((w.start for w in words[k + 1:] if w.pos == "VERB"), prev.end)
            first_names = {w.start for w in words[k + 1:] if w.start < verb and "Name" in (w.tags or ())}
            if any(c.entity and c.type == "PER" and c.start in first_names and self._fits(c, gender)
                   for c in self._overlapping(t.end, verb)):
                # "Прессекретарка президента Юлія Мендель ...": the title of the person named
                # in full after it ("Помічник Буданова": whom the aide serves is no name of his)
                return None
            starts = paragraph_starts(self.doc)
            p = bisect.bisect_right(starts, t.start) - 1
            titled = self._titled_with(t.lemma, starts[max(0, p - self.lex.title_paragraphs)],
                                       t.start, gender)
            if titled:
                return titled   # "вітчим Юрій Ісиков ... Вітчим ... Він каже": Isykov
            nxt = words[k + 1] if k + 1 < len(words) else None
            if nxt is not None and nxt.start - t.end <= 1:
                for c in self._overlapping(nxt.start, min(prev.end, nxt.start + 80)):
                    if c.start == nxt.start and c.entity and c.type in ("ORG", "GPE", None):
                        return c.entity     # in the genitive, or indeclinable (Міноборони)
            return NOBODY
        return None

    def _thing_subject(self, region: tuple[int, int], cue: Token | None) -> bool:
        """An attribution whose subject is a medium's or a body's common noun no entity
        covers, right next to its verb ("Як зазначає видання", "відомство наголошує"): it
        speaks, though nothing resolved which medium or body it is; a person named before
        does not."""
        if cue is None or cue.pos != "VERB":
            return False
        words = [t for t in tokens_in(self.doc, *region) if t.is_word]
        k = next((i for i, t in enumerate(words) if t.start == cue.start), None)
        if k is None:
            return False
        near = words[max(0, k - 1):k] + words[k + 1:k + 2]
        lex = self.lex
        return any(t.pos == "NOUN" and t.case == "nomn" and t.number != "plur"
                   and (t.lemma in lex.media_nouns or t.lemma in lex.anaphoric_bodies)
                   and not self._covered(t.start, t.end) for t in near)

    def _kin_subject(self, region: tuple[int, int]) -> bool:
        """An attribution whose subject is a word of kinship or age no entity covers ("Дід
        погладив його й прошепотів", "– озвалася мати"): a character of its own."""
        kin = self.lex.kin_words
        return any((t.lemma in kin or t.norm in kin or t.text.lower() in kin)
                   and t.pos in ("NOUN", "ADJF") and not self._covered(t.start, t.end) and any(
                       tag_view(p).POS in ("NOUN", "ADJF") and "nomn" in p.tag and "plur" not in p.tag
                       and p.normal_form in kin for p in parses(t.text))
                   for t in tokens_in(self.doc, *region) if t.is_word)


def _object_of(verb: Token, pron: Token, nxt: Token | None) -> bool:
    """A pronoun not in the nominative right after a finite verb is its object ("погладив
    його по голові"): "сказав він" keeps its subject, "за його словами" and "кричали її
    очі" (a possessive before its noun) their owner."""
    return verb.pos == "VERB" and "infn" not in verb.tags and pron.case not in (None, "nomn") \
        and pron.pos == "NPRO" and verb.end >= pron.start - 1 \
        and not (nxt is not None and nxt.pos in ("NOUN", "ADJF") and nxt.start - pron.end <= 1)

"""Speakers referred back to: an attribution that names nobody itself ("– сказав міністр",
"– наголосив посадовець", "X, який заявив", a verb with no subject after "Росія хоче ...")
speaks for a person or body named before it: the holder of the office on the document's
date, the person just named whose gender fits, the relative clause's antecedent, the subject
of the sentence before. A mixin of `speakers.SpeakerResolver`, which holds the candidates
sorted by offset (`cands`, `_starts`)."""
from __future__ import annotations

import bisect

from ...document import Document, Entity, Token
from ...kb.base import get_kb
from ..coref import PRONOUN_WINDOW
from .candidates import NOBODY, SPEAKER_TYPES, Candidate
from ..morph import parses
from .lexicon import Lexicon, paragraph_starts, tokens_in
from .role_words import office_nouns


def person_noun(t: Token) -> bool:
    """A common noun for a person in the nominative ("батько", "сусідка", "колега",
    "заступник"): animate in the dictionary. Such a noun refers to someone the text leaves
    unnamed or named before, so it is no name of its own."""
    return t.pos == "NOUN" and t.case == "nomn" and any(
        p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "nomn" for p in parses(t.text))


class ReferredSpeakers:
    """Speakers one document refers back to (see the module's docstring)."""

    doc: Document
    lex: Lexicon
    cands: list[Candidate]
    _starts: list[int]

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

    def _narrated_pronouns(self) -> None:
        """A subject pronoun outside quotes ("– сказав він") that the entity layer, which
        does not know quotes, took up from a name inside the quoted words ("«Петренко і
        його команда – герої ... », – сказав він") refers to the narration instead: the
        subject of the nearest narrated sentence naming a person of its gender ("Ляшко
        відвідав лікарню, де зустрівся з лікарем Петренком" -> Ляшко). Pronouns whose
        nearest agreeing name is narrated keep the entity layer's reading."""
        if not self._quoted:
            return
        sents = self.doc.sentences
        for p in self.cands:
            if p.pronoun and p.entity and p.gender == "plur" and p.nominative \
                    and not self._in_quote(p.start):
                # "«Українці самі себе обстрілюють». ... Вони стверджують, що ...": a demonym
                # quoted from the other side is not who "вони" are; the subject before is
                # read instead (`plural_speakers`)
                named = max((r.start for r in self.doc.refs if r.entity == p.entity
                             and r.kind != "pronoun" and r.end <= p.start), default=None)
                if named is not None and self._in_quote(named):
                    p.entity = None
                continue
            if not p.pronoun or p.entity is None or p.gender not in ("masc", "femn") \
                    or not p.nominative or self._in_quote(p.start):
                continue
            nearest = next((c for c in self._anchors_before(p.start) if self._fits(c, p.gender)), None)
            if nearest is None or not self._in_quote(nearest.start) or not sents:
                continue
            here = self.doc.sentence_at(p.start)
            counted = 0
            for si in range(here, -1, -1):
                s = sents[si]
                if not (self._in_quote(s.start) or self._in_quote(s.start + 1)):
                    counted += 1
                if counted > PRONOUN_WINDOW + 1:
                    break
                fitting = [c for c in self._overlapping(s.start, min(s.end, p.start))
                           if c.entity and c.type == "PER" and not c.pronoun and c.end <= p.start
                           and not self._in_quote(c.start) and self._fits(c, p.gender)
                           and (si != here or c.nominative)]
                if fitting:
                    subjects = [c for c in fitting if c.nominative]
                    p.entity = (subjects or fitting)[-1].entity
                    break

    def _anchors_before(self, pos: int):
        """Named or role-named people before `pos`, nearest first (the entity layer's
        antecedents of a pronoun)."""
        for n in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            c = self.cands[n]
            if c.entity and c.type == "PER" and not c.pronoun and c.end <= pos:
                yield c

    def _office_holder(self, start: int, end: int, before: int, gender: str | None = None) -> str | None:
        """A bare office noun as the speaker ("– сказав міністр", "повідомив мер"), which no
        role entry resolved: the nearest person named before who holds that office on the
        document's date (people who hold none are passed over: "Сибіга зустрівся з Каллас.
        «...», – сказав міністр" is Sybiha), and of the speaker's `gender` when the words tell
        it (a man named before is no "очільниця" who "зазначила"). Of two holders in one
        sentence, the one it made its subject, not the one he met. The owner of a frame ("За
        словами речника") whom no one named before holds is an officer the text leaves
        unnamed (NOBODY)."""
        offices = office_nouns()
        roles = None
        words = [t for t in tokens_in(self.doc, start, end) if t.is_word]
        state = None
        owner = False       # "За словами помічника": the office owns a frame of words
        for k, t in enumerate(words):
            if t.pos != "NOUN" or self._covered(t.start, t.end):
                continue
            owner = t.case != "nomn" and self._frame_owner_at(words, k)
            if t.case == "nomn" or owner:
                roles = offices.get(t.norm) or (offices.get(t.lemma) if owner else None)
                if roles:
                    office = t
                    # "– сказав британський міністр": an officer of that state only
                    state = self._adjective_state(words[k - 1]) if k else None
                    break
        if not roles:
            return None
        kb = get_kb()
        seen: set[str] = set()
        met, floor = None, -1
        for n in range(bisect.bisect_left(self._starts, before) - 1, -1, -1):
            c = self.cands[n]
            if c.start < floor:
                break
            if c.entity is None or c.type != "PER" or c.entity in seen or self._in_quote(c.start):
                continue
            if not self._fits(c, gender) or (met and (self._met_party(c) or self._possessor(c))):
                # "Очільниця громади зазначила": no man named before, whatever he heads; a
                # woman's name passed over may still be read in her office's noun, which
                # agrees with "наголосив" ("Міністр оборони Литви Довіле Шакалене")
                continue
            seen.add(c.entity)
            held = [r for r in kb.roles_of(c.entity, self.doc.date) if r.role in roles]
            if state is not None and not any(kb.country(r.of) == state for r in held):
                continue    # "Шаппс зустрівся з Умєровим. – сказав британський міністр"
            if not held and not self._named_with_office(c.entity, office) \
                    and not self._introduced_in(c, roles):
                continue
            if met is None and state is None and self._met_party(c):
                # "Сибіга зустрівся з міністром Польщі Сікорським. «...», – сказав міністр":
                # the subject of that sentence who holds the office too, not the one he met
                met = c.entity
                floor = self.doc.sentences[self.doc.sentence_at(c.start)].start if self.doc.sentences else 0
                continue
            return c.entity
        if met is None and owner:
            # "Путін провів нараду. За словами речника, ...": an officer nobody named, not the
            # person named before, who holds no such office
            return NOBODY
        return met

    def _shared_office(self, region: tuple[int, int], before: int, gender: str | None) -> str | None:
        """A bare office noun as the speaker ("– сказав президент", "Міністр заявив") right
        after a sentence naming two or more of its holders: the one that sentence made its
        subject ("Макрон прийняв Зеленського", "Сибіга зустрівся з Сікорським"), NOBODY when it
        made two its subjects ("Зеленський і Макрон провели пресконференцію"), else None (the
        usual reading: the entity layer's, or `_office_holder`)."""
        offices = office_nouns()
        words = [t for t in tokens_in(self.doc, *region) if t.is_word]
        k = next((k for k, t in enumerate(words) if t.pos == "NOUN" and t.case == "nomn"
                  and offices.get(t.norm)), None)
        if k is None or not self.doc.sentences or (k > 0 and any(
                p.tag.POS == "ADJF" for p in parses(words[k - 1].text))) or (
                k + 1 < len(words) and words[k + 1].case == "gent" and words[k + 1].end <= region[1]
                and not self.lex.is_speech_token(words[k + 1])):
            return None         # ("британський міністр", "міністр оборони Литви": not bare)
        office, roles = words[k], offices[words[k].norm]
        here = self.doc.sentence_at(before)
        if here < 1:
            return None
        prev = self.doc.sentences[here - 1]
        kb = get_kb()
        holders: dict[str, bool] = {}       # entity -> made the subject
        for n in range(bisect.bisect_left(self._starts, prev.start), bisect.bisect_left(self._starts, prev.end)):
            c = self.cands[n]
            if c.entity is None or c.type != "PER" or c.pronoun or self._in_quote(c.start):
                continue
            if not (any(r.role in roles for r in kb.roles_of(c.entity, self.doc.date))
                    or self._named_with_office(c.entity, office) or self._introduced_in(c, roles)):
                continue
            subject = self._fits(c, gender) and not self._met_party(c) and not self._possessor(c) \
                and self._may_be_subject(c)
            holders[c.entity] = holders.get(c.entity, False) or subject
        if len(holders) < 2:
            return None
        subjects = [e for e, s in holders.items() if s]
        if len(subjects) == 1:
            return subjects[0]
        return NOBODY if subjects else None

    def _may_be_subject(self, c: Candidate) -> bool:
        """The candidate's first word reads as a nominative and no preposition stands before
        it ("Володимира Зеленського" after "прийняв" is his object)."""
        first = next((t for t in tokens_in(self.doc, c.start, c.end) if t.is_word), None)
        if first is None:
            return False
        before = self._token_before(c.start)
        if before is not None and before.pos == "PREP":
            return False
        return any(p.tag.case == "nomn" for p in parses(first.text)) or first.case == "nomn"

    def _frame_owner_at(self, words: list[Token], k: int) -> bool:
        """Whether words[k] is the genitive right after a reporting frame's word ("за словами
        <речника>"), or after a caption's noun of speech ("«...» Такою була відповідь
        <генсека>")."""
        if k and words[k].case == "gent" and words[k - 1].lemma in self.lex.caption_nouns \
                and words[k - 1].case in ("nomn", None):
            return True
        return k > 1 and words[k].case == "gent" and words[k - 2].norm in self.lex.frame_heads \
            and words[k - 1].norm in self.lex.frame_forms.get(words[k - 2].norm, ())

    def _met_party(self, c: Candidate) -> bool:
        """The person is one met or spoken of, named after a preposition of company, or
        after one and his office ("з міністром оборони Литви Довіле Шакалене")."""
        if self._party_of_talk(c.start):
            return True
        text = self.doc.text
        for r in self._role_refs(c.entity):
            # (the office may end before a place: "з послом Франції в Німеччині Франсуа
            # Дельатром")
            if r.end <= c.start < r.end + 40 \
                    and not any(ch in ",;:.!?()–—«»" for ch in text[r.end:c.start]):
                return self._party_of_talk(r.start)
        return False

    def _introduced_in(self, c: Candidate, roles) -> bool:
        """The words right before the name name one of `roles` ("Глава МЗС Іван Петренко"
        for "міністра"), though the knowledge base does not list him in it."""
        kb = get_kb()
        lead = [t for t in tokens_in(self.doc, max(0, c.start - 80), c.start) if t.is_word]
        if not lead or any(ch in ".!?;:–—,«»()" for ch in self.doc.text[lead[-1].end:c.start]):
            return False
        lead = lead[-kb.role_max_len:]
        name = next((t for t in tokens_in(self.doc, c.start, c.end) if t.is_word), None)
        cases = {p.tag.case for p in parses(name.text)} - {None} if name is not None else set()
        norms = [t.norm for t in lead]

        def agrees(word: Token) -> bool:
            # in apposition, in the name's case ("Помічник президента США" names no president
            # an aide); a word the dictionary gives no case agrees ("Глава")
            own = {p.tag.case for p in parses(word.norm)} - {None}
            return not own or not cases or bool(own & cases)
        return any(kb.role_index.get(tuple(norms[j:j + n])) in roles and agrees(lead[j])
                   for j in range(len(norms)) for n in range(1, len(norms) - j + 1))

    def _named_with_office(self, entity: str, office: Token) -> bool:
        """The text itself named the person with the office word ("Посол України в Німеччині
        Олексій Макеєв"), whether or not the knowledge base lists him in it."""
        cache = self.__dict__.setdefault("_named_office", {})   # (once per person and word)
        got = cache.get((entity, office.lemma))
        if got is None:
            got = cache[(entity, office.lemma)] = any(
                any(t.is_word and t.lemma == office.lemma for t in tokens_in(self.doc, r.start, r.end)[:1])
                for r in self._role_refs(entity))
        return got

    def _role_refs(self, entity: str | None) -> list:
        """The entity layer's role references to `entity`, grouped once per document (asked
        per candidate: scanning every reference each time grew with the square of the text)."""
        index = self.doc.meta.get("_quote_role_refs")
        if index is None or index[0] != len(self.doc.refs):
            by: dict[str, list] = {}
            for r in self.doc.refs:
                if r.kind == "role" and r.entity:
                    by.setdefault(r.entity, []).append(r)
            index = self.doc.meta["_quote_role_refs"] = (len(self.doc.refs), by)
        return index[1].get(entity, []) if entity else []

    def _epithet_person(self, start: int, end: int, before: int, gender: str | None) -> str | None:
        """A bare word for a person that names no office ("– наголосив посадовець", "За
        словами посадовця", "Співрозмовниця додала"): news refers back with it to the
        person just named, in this paragraph or the one before, whose gender fits. With an
        adjective ("американський посадовець") it may be an unnamed source, and in the
        plural ("і я, і урядовці говорили") it is a group: nobody."""
        words = [t for t in tokens_in(self.doc, start, end) if t.is_word]
        head = next((k for k, t in enumerate(words) if t.pos == "NOUN"
                     and t.lemma in self.lex.person_epithets and self._says(words, k)), None)
        if head is None or gender == "plur" or words[head].number == "plur" \
                or self._covered(words[head].start, words[head].end):
            return None
        state = None
        if head and words[head - 1].pos == "ADJF" and words[head - 1].lemma not in self.lex.epithet_adjectives:
            # "Американський дипломат наголосив": the state's own official just named (one
            # who holds an office of it on the document's date), else an unnamed source
            state = self._adjective_state(words[head - 1])
            if state is None:
                return None
        if gender not in ("masc", "femn") and words[head].gender == "femn":
            gender = "femn"     # "за словами посадовиці": a woman
        starts = paragraph_starts(self.doc)
        k = bisect.bisect_right(starts, before) - 1
        floor = starts[k - 1] if k >= 1 else 0
        titled = self._titled_with(words[head].lemma, floor, before, gender)
        if titled:
            return titled       # "Прокурор Омельченко ... адвокат Фомін ... – сказав прокурор"
        # "міський голова", "прокурор Запорізької області": a word with a qualifier may be
        # anyone holding it ("сільський, селищний, міський голова, який ..."), so it refers
        # back only to someone who was just speaking ("– зауважує Петро Гайдейчук. Голова
        # громади розповідає")
        qualified = (head and words[head - 1].pos == "ADJF" and state is None) or (
            head + 1 < len(words) and words[head + 1].case == "gent"
            and words[head + 1].pos in ("NOUN", "ADJF") and words[head + 1].end <= end
            and not self.lex.is_speech_token(words[head + 1]))
        met = None
        for n in range(bisect.bisect_left(self._starts, before) - 1, -1, -1):
            c = self.cands[n]
            if c.start < floor:
                break
            if c.entity is None or c.type != "PER" or self._in_quote(c.start):
                continue
            if qualified and not self._spoke(c):
                continue
            if state is not None and not any(
                    r.of == state for r in get_kb().roles_of(c.entity, self.doc.date)):
                continue
            if self._party_of_talk(c.start):
                # "X зустрівся з радником Y. «...», – зазначив посадовець": X, the subject;
                # the one met only when no one else fits
                met = met or (c.entity if self._fits(c, gender) else None)
                continue
            if self._fits(c, gender):
                if self._possessor(c):
                    # "Ніколенко прокоментував заяву Лаврова. «...», – написав дипломат": the
                    # subject of that sentence, not the owner of its object
                    return self._subject_before(c, gender) or c.entity
                return c.entity
            if gender != "femn" or words[head].gender != "femn":
                return met
            # "Шмигаль зустрівся з Христею Фріланд. Прем'єр поінформував ... Співрозмовниця
            # запевнила": a word that names a woman passes over the man named since
        return met

    def _possessor(self, c: Candidate) -> bool:
        """A name in the genitive right after a common noun in another case than the
        nominative ("заяву Лаврова", "про слова Путіна"): whose the thing is, not who acts."""
        noun = self._token_before(c.start)
        if noun is None or not noun.is_word or noun.pos != "NOUN" or noun.case in ("nomn", None) \
                or not noun.text[:1].islower():
            return False
        first = next((t for t in tokens_in(self.doc, c.start, c.end) if t.is_word), None)
        # "Лаврова" reads as a woman's surname in the nominative too: any genitive reading
        return first is not None and any(p.tag.case == "gent" for p in parses(first.text))

    def _subject_before(self, c: Candidate, gender: str | None) -> str | None:
        """The person named in the nominative before `c` in its sentence, whose gender fits."""
        lo = self.doc.sentences[self.doc.sentence_at(c.start)].start if self.doc.sentences else 0
        for n in range(bisect.bisect_left(self._starts, c.start) - 1, -1, -1):
            e = self.cands[n]
            if e.start < lo:
                break
            if e.entity and e.type == "PER" and e.nominative and not self._in_quote(e.start) \
                    and self._fits(e, gender):
                return e.entity
        return None

    def _adjective_state(self, t: Token) -> str | None:
        """The state an adjective stands for ("американський": the United States), from the
        entity layer's adjective refs; None for any other adjective."""
        for r in self.doc.refs:
            if r.kind == "adjective" and r.start <= t.start < r.end and r.entity:
                e = self.doc.entities.get(r.entity)
                if e is not None and e.type == "LOC":
                    return r.entity
        return None

    def _spoke(self, c: Candidate) -> bool:
        """Whether the person is named as a speaker: a speech word within two words before
        the name or three after it, in its sentence ("– зауважує Петро Гайдейчук", "Андрій
        Садовий зазначив")."""
        sent = self.doc.sentences[self.doc.sentence_at(c.start)]
        before = [t for t in tokens_in(self.doc, max(sent.start, c.start - 40), c.start) if t.is_word][-2:]
        after = [t for t in tokens_in(self.doc, c.end, min(sent.end, c.end + 60)) if t.is_word][:3]
        return any(self.lex.is_speech_token(t) for t in before + after)

    def _title_back(self, start: int, end: int, before: int, gender: str | None) -> str | None:
        """A bare singular noun of the attribution that introduced a person named just before
        ("Директор центру Богдан Кравчук розповів ... Як зазначив директор, ..."; "Рятувальниця
        Марія Литвиненко ... – каже рятувальниця"): that person, though the word is in no
        list; a veteran named since does not take the director's words. The word itself ties
        them, so it looks back further than a bare epithet does (`title_paragraphs`)."""
        if gender == "plur":
            return None
        starts = paragraph_starts(self.doc)
        k = bisect.bisect_right(starts, before) - 1
        floor = starts[max(0, k - self.lex.title_paragraphs)]
        words = [t for t in tokens_in(self.doc, start, end) if t.is_word]
        for k, t in enumerate(words):
            if t.pos == "NOUN" and t.number != "plur" and self._says(words, k) \
                    and not self._covered(t.start, t.end) and not self._in_quote(t.start) \
                    and any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses(t.text)):
                # a person's word only: "Як зауважує суд" names no one introduced as "суд";
                # or its synonym ("Адвокат Петро Мельник ... – сказав захисник")
                for lemma in (t.lemma, *self.lex.title_synonyms.get(t.lemma, ())):
                    found = self._titled_with(lemma, floor, before, gender)
                    if found:
                        return found
        return None

    def _says(self, words: list[Token], k: int) -> bool:
        """Whether the noun words[k] can be who speaks: the subject (nominative) or the owner
        right after a frame's word ("за словами посадовця"), not a chief ("Заступник
        прокурора стверджує") or the one asked ("запитала ... чоловіка")."""
        t = words[k]
        if t.case == "nomn":
            return True
        return t.case == "gent" and k > 0 and any(words[k - 1].norm in f["forms"] for f in self.lex.frames)

    def _titled_with(self, lemma: str, floor: int, before: int, gender: str | None) -> str | None:
        """The person introduced with this very word right before the name ("прокурор
        Олександр Омельченко", "пенсіонерка Валентина") in the window an epithet looks back
        over: when a lawyer was named after the prosecutor, "– наголосив прокурор" is still
        the prosecutor's."""
        near = []
        for n in range(bisect.bisect_left(self._starts, before) - 1, -1, -1):
            c = self.cands[n]
            if c.start < floor:
                break
            if c.entity is None or c.type != "PER" or self._in_quote(c.start):
                continue
            if not self._fits(c, gender):
                if gender == "masc" and self._introduced_as(c, lemma, floor):
                    # "Прокурор Ірина Коваль ... – наголосив прокурор": the verb agrees with
                    # the masculine noun of her office, which names her still
                    return c.entity
                continue
            if self._introduced_as(c, lemma, floor):
                return c.entity
            near.append(c)
        # the person named in the window, introduced with the word further back ("прем'єра
        # у постановці режисера Романа Мархоліа" ... "Мархоліа уникає ..." / "Режисер
        # сказав"): the first person of the window who ever was
        for c in near:
            for n in range(bisect.bisect_left(self._starts, floor) - 1, -1, -1):
                e = self.cands[n]
                if e.entity == c.entity and not self._in_quote(e.start) \
                        and self._introduced_as(e, lemma, 0):
                    return c.entity
        return None

    def _introduced_as(self, c: Candidate, lemma: str, floor: int) -> bool:
        """Whether the word stands right before the name in the name's own phrase, no verb
        between ("Директор центру Богдан Кравчук"): "Дід сів біля хлопчика Устимка"
        introduces the boy, not the old man."""
        lead = [t for t in tokens_in(self.doc, max(floor, c.start - 60), c.start) if t.is_word][-4:]
        name = next((t for t in tokens_in(self.doc, c.start, c.end) if t.is_word), None)
        return any(t.lemma == lemma and not any(ch in ".!?;:–—" for ch in self.doc.text[t.end:c.start])
                   and not any(w.pos == "VERB" for w in lead[k + 1:])
                   # in apposition, in the name's case: "глузування росіянина Анісімов" is
                   # the Russian's mockery and Anisimov's reply, not "росіянин Анісімов"
                   # (a surname that does not decline, "Петренко", is read in its sentence:
                   # the subject of the verb before it is in the nominative)
                   and not (k == len(lead) - 1 and name is not None and t.case and name.case
                            and t.case != name.case and "Fixd" not in name.tags
                            and (name.case == "nomn"
                                 or not any(p.tag.case == t.case for p in parses(name.text))))
                   for k, t in enumerate(lead))

    def _dependent(self, pos: int) -> bool:
        """Whether the words from `pos` only qualify a person named before them by a common
        noun in the nominative, through a chain of genitives ("заступник <міністра оборони>",
        "радник <президента>", "заступник <начальника ОВА>", "помічник президента <США>"):
        that unnamed person speaks, never the one named after him. A title in the same case
        as the name ("за словами міністра Сибіги") is apposition and does not count; nor does
        a noun that is itself a candidate (a name or a resolved role: "Міністр оборони")."""
        words = [t for t in tokens_in(self.doc, max(0, pos - 80), pos) if t.is_word]
        text = self.doc.text
        for t in reversed(words[-6:]):
            if any(ch in ",:;–—()«»\"" for ch in text[t.end:pos]):
                return False
            if t.case == "gent" or (t.pos == "ADJF" and t.case == "gent"):
                continue
            return person_noun(t) and not self._covered(t.start, t.end)
        return False

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
            if not roles or self._dependent(head.start):
                continue    # "заступник начальника ОВА": not the head, the body for him
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
        fits = [c for c in self._overlapping(prev.start, verb)
                if c.entity and self._can_be_nominative(c) and c.type in ("PER", "ORG", "LOC")
                and not self._in_quote(c.start) and self._fits(c, gender)]
        # a person's name read as a nominative first: "Посол України в США Оксана Маркарова
        # заявила" is hers, not Ukraine's ("України" may be read as a plural nominative) nor
        # the United States' (an abbreviation that does not decline)
        best = min(fits, key=lambda c: 0 if c.nominative and c.type == "PER" else
                   1 if c.nominative else 2, default=None)
        return best.entity if best is not None else None

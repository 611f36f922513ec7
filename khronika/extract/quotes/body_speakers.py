"""Bodies that speak: the part of the speaker resolution that finds an organisation, a medium
or a region's administration as who speaks ("у міськраді додали", "пише «Ділова столиця»",
"Про це повідомили в ОВА", "– зазначив речник відомства"), and an unnamed source that speaks
for no one the text names. A mixin of `speakers.SpeakerResolver`, which holds the document,
the lexicon and the candidates sorted by offset (`cands`, `_starts`, `_longest`); a body
found here becomes an entity of the document with its mention and a candidate for the
speakers after it.
"""
from __future__ import annotations

import bisect

from ...document import Document, Entity, Mention, Ref, Token
from ...kb.translit import slug, transliterate
from ..body_refs import body_nouns, named_earlier, resolve as resolve_body
from .bodies import located_body, named_body, nominative, published_body
from .candidates import NOBODY, SPEAKER_TYPES, Candidate
from .lexicon import Lexicon, names_document, paragraph_starts, sentence_before, tokens_in
from ..regions import regional_body


class BodySpeakers:
    """Body speakers of one document (see the module's docstring)."""

    doc: Document
    lex: Lexicon
    cands: list[Candidate]
    _starts: list[int]
    _longest: int
    _token_starts: list[int] | None

    def _source_speaks(self, region: tuple[int, int], cue: Token | None) -> bool:
        """Whether the first noun of the attribution, past a frame's own words ("за
        словами"), is an unnamed source's ("джерело", "інсайдер"); "повідомляє Reuters з
        посиланням на джерела" names the medium first."""
        words = [t for t in tokens_in(self.doc, region[0], region[1]) if t.is_word]
        for k, t in enumerate(words):
            if t is cue or t.pos != "NOUN" or t.norm in self.lex.data_frames \
                    or any(t.norm in f["forms"] for f in self.lex.frames):
                continue
            if t.lemma in self.lex.confidant_nouns and k + 1 < len(words):
                # "співрозмовник видання в уряді": the outlet's source; "наш співрозмовник"
                # in an interview is the one interviewed
                nxt = words[k + 1]
                return nxt.lemma in self.lex.media_nouns or nxt.norm in self.lex.body_prepositions \
                    or any(m.start <= nxt.start < m.end and m.type == "ORG" for m in self.doc.mentions)
            return t.lemma in self.lex.source_nouns
        return False


    def _cited(self, region: tuple[int, int]) -> str | None:
        """The person or body a medium cites by name ("повідомляє Reuters з посиланням на
        Пентагон"): the words are the source's, the medium only relays them. None when the
        attribution cites no one, or an unnamed source ("з посиланням на джерела")."""
        words = [t for t in tokens_in(self.doc, *region) if t.is_word]
        for frame in self.lex.citing_frames:
            n = len(frame)
            for k in range(len(words) - n):
                if [w.norm for w in words[k:k + n]] != frame:
                    continue
                after = words[k + n]
                if after.lemma in self.lex.source_nouns:
                    return None
                for c in self._overlapping(after.start, region[1]):
                    if c.start < after.start:
                        continue
                    if c.start == after.start and c.entity and c.type in SPEAKER_TYPES \
                            and not c.pronoun:
                        return c.entity
                    break
                return None
        return None

    def _issuer(self, region: tuple[int, int], cue: Token | None) -> str | None:
        """A document that speaks with no owner named ("У заяві йдеться: «...»", "Як
        зазначено в повідомленні, ...", "– ідеться у зведенні"): news names its issuer in the
        sentence before ("МЗС засудило удар. У заяві йдеться ..."), so the body just named
        speaks; NOBODY with none, never the person named last (a document is no one's
        words of his own). None when the attribution is not such a document, or names its
        owner ("у заяві МЗС")."""
        if cue is None or not self.lex.is_document_verb(cue):
            return None
        words = [t for t in tokens_in(self.doc, *region) if t.is_word]
        for n in range(len(words) - 1):
            if names_document(self.lex, words[n], words[n + 1]):
                rest = [t for t in words[n + 2:] if t.start != cue.start
                        and t.norm not in self.lex.complementizers]
                if rest:
                    return None     # "у рішенні Ради", "в повідомленні прокуратури"
                found = self._issuing_subject(region[0])
                if found is None and words[n + 1].lemma in self.lex.personal_documents:
                    # "Зеленський звернувся до нації. «...», – йдеться у зверненні": an
                    # address is one person's words, the person the sentence before makes
                    # its subject
                    found = self._addressing_person(region[0])
                return found or NOBODY
        return None

    def _text_pronoun(self, region: tuple[int, int], cue: Token | None) -> bool:
        """A document named by a pronoun before its impersonal verb ("Управління направило
        обґрунтування. У ньому повідомляється, що ..."): the pronoun stands for the text, not
        for the person the entity layer may take it for; its issuer speaks (`_issuer`)."""
        if cue is None or not self.lex.is_document_verb(cue):
            return False
        words = [t for t in tokens_in(self.doc, *region) if t.is_word]
        return any(a.norm in self.lex.body_prepositions and b.norm in self.lex.named_text_pronouns
                   for a, b in zip(words, words[1:]))

    def _issuing_subject(self, pos: int) -> str | None:
        """The body that issued a document, from the sentences before `pos` (in its paragraph
        and the one before), nearest first: a body named as a sentence's subject, before its
        first finite verb and outside a prepositional phrase ("Командування Повітряних сил
        оприлюднило звіт", "Напередодні свята Генштаб попередив"), or right after a speech
        verb closing the sentence ("..., повідомляє ДСНС"). A sentence whose subject is
        someone else is passed over ("ворог продовжує наступ"), and ends the search when it
        tells speech ("обвинувачений визнав вину"): a body named on the way ("на
        автопарковці станції «ОККО»") issued nothing."""
        doc = self.doc
        starts = paragraph_starts(doc)
        k = bisect.bisect_right(starts, pos) - 1
        floor = starts[k - 1] if k >= 1 else 0
        si = doc.sentence_at(pos) if pos < len(doc.text) else len(doc.sentences) - 1
        while si >= 0 and doc.sentences[si].end > floor:
            sent = doc.sentences[si]
            toks = [t for t in tokens_in(doc, sent.start, min(sent.end, pos))
                    if t.is_word and not self._in_quote(t.start)]
            si -= 1
            spoken = False
            for n, t in enumerate(toks):
                if self.lex.is_speech_token(t):
                    # a document's own verb ("У заяві йдеться") goes on with the same issuer
                    spoken = spoken or not self.lex.is_document_verb(t)
                    c = self._org_at(toks[n + 1]) if n + 1 < len(toks) else None
                    if c is not None and c.nominative:
                        return c.entity     # "..., повідомляє Державна служба ..."
            found = self._subject_body(toks)
            if found:
                return found
            if spoken:
                return None
        return None

    def _addressing_person(self, pos: int) -> str | None:
        """The one person named in the nominative, outside quotes, in the sentence before
        `pos` (in its paragraph or closing the one before); None when none or several are."""
        prev = sentence_before(self.doc, pos)
        if prev is None:
            return None
        people = {c.entity for c in self._overlapping(prev.start, prev.end)
                  if c.entity and c.type == "PER" and c.nominative and not c.pronoun
                  and not self._in_quote(c.start)}
        return people.pop() if len(people) == 1 else None

    def _subject_body(self, toks: list[Token]) -> str | None:
        """The body named as the subject of a sentence's words, read up to its first finite
        verb; None when the subject is something else or none is found."""
        in_phrase = False
        for n, t in enumerate(toks):
            if t.pos == "VERB" and "infn" not in t.tags:
                return None
            if t.pos == "PREP":
                in_phrase = True
                continue
            if in_phrase and t.case != "nomn":
                continue            # "Напередодні Дня Незалежності", "у салоні автомобіля"
            in_phrase = False
            c = self._org_at(t)
            if c is not None:
                return c.entity
            if t.pos == "NOUN" and n + 1 < len(toks) and self._org_at(toks[n + 1]) is not None:
                continue            # "Командування Повітряних сил": the body it heads
            if (t.pos in ("NOUN", "NPRO") and t.case == "nomn") or any(
                    c.entity and c.type == "PER" for c in self._overlapping(t.start, t.end)):
                return None         # another subject: "Суд врахував", "Петренко заявив"
        return None

    def _org_at(self, t: Token) -> Candidate | None:
        """The body named at the token (an ORG candidate outside quotes)."""
        return next((c for c in self._overlapping(t.start, t.end) if c.entity and c.type == "ORG"
                     and not self._in_quote(c.start)), None)

    def _after_medium(self, pos: int) -> bool:
        """Whether a medium's common noun stands right before `pos` ("видання Politico",
        "газета The Guardian"): what it names is a medium, whatever type the entity layer
        gave the name."""
        t = self._token_before(pos)
        return t is not None and t.is_word and t.lemma in self.lex.media_nouns

    def _after_caption(self, pos: int) -> bool:
        """Whether a noun of words (`caption_nouns`) stands right before `pos`: a place after
        it owns the words ("Реакція Москви: «...»", "Відповідь Польщі:", "у заяві Литви")."""
        t = self._token_before(pos)
        return t is not None and t.is_word and t.lemma in self.lex.caption_nouns

    def _after_mission(self, pos: int) -> bool:
        """Whether a diplomatic mission's noun stands right before `pos`, as the subject
        ("Посольство Франції наголосило") or where it is said ("у посольстві Польщі"): the
        state named after it speaks through the mission, in whatever case. Never a mission
        where others stand ("– заявили протестувальники під посольством Росії"). So does a
        state's own body by its common noun and field ("в міністерстві оборони Литви")."""
        k = bisect.bisect_left(self._tok_starts(), pos) - 1
        toks = self.doc.tokens
        k = self._state_body_head(toks, k)
        if k < 0 or not toks[k].is_word or (toks[k].lemma not in self.lex.mission_nouns and
                                             toks[k].lemma not in self.lex.state_body_nouns):
            return False
        if toks[k].case == "nomn":
            return True
        return toks[k].case == "loct" and k >= 1 and toks[k - 1].norm in self.lex.body_prepositions


    def _state_body_head(self, toks: list[Token], k: int) -> int:
        """The index of a state's body's noun that the body's field in the genitive follows
        ("міністерстві оборони", "міністерстві закордонних справ"); `k` itself when the
        words before it are no such field (a mission's noun stands right before its state)."""
        j = k
        while j >= 0 and k - j < 3 and toks[j].is_word and toks[j].case == "gent" and \
                toks[j].pos in ("NOUN", "ADJF") and toks[j].lemma not in self.lex.state_body_nouns:
            j -= 1
        if j < k and j >= 0 and toks[j].is_word and toks[j].lemma in self.lex.state_body_nouns:
            return j
        return k

    def _tok_starts(self) -> list[int]:
        if self._token_starts is None:
            self._token_starts = [t.start for t in self.doc.tokens]
        return self._token_starts

    def _token_before(self, pos: int) -> Token | None:
        """The last token that starts before offset `pos` (None at the text's start): what
        stands right before a name or a cue, found by bisection, not by a walk back."""
        k = bisect.bisect_left(self._tok_starts(), pos) - 1
        return self.doc.tokens[k] if k >= 0 else None


    def body(self, start: int, end: int) -> str | None:
        """A body or a medium that the attribution names but the entity layer did not know
        ("пише «Ділова столиця»", "за даними ОВА"): it speaks as an entity of its own, added
        to the document with its mention."""
        found = named_body(self.doc, self.lex, start, end)
        if found is None:
            return None
        s, e, name = found
        if s and self.doc.text[s - 1] in self.lex.openers:
            name = nominative(name)     # «Економічної правди» is «Економічна правда»
        regional = self._regional(s, e, name)
        if regional is not None:
            return regional
        return self._local_body(s, e, name)


    def _regional_entity(self, eid: str) -> str:
        """An entity the entity layer made of a region's body named without its region ("в
        ОДА" as a body called "ОДА") is the body of the text's oblast: its mentions move
        there and the local entity goes; NOBODY with no single oblast; any other entity
        stays itself."""
        ent = self.doc.entities.get(eid)
        kind = self.lex.regional_bodies.get((ent.name_uk or "").lower()) \
            if ent is not None and not ent.kb else None
        if kind is None:
            return eid
        body = regional_body(self.doc, kind)
        if body is None:
            return NOBODY
        self._kb_body(body)
        for m in list(self.doc.mentions) + list(self.doc.refs):
            if m.entity == eid:
                m.entity = body.id
        for c in self.cands:
            if c.entity == eid:
                c.entity = body.id
        del self.doc.entities[eid]
        return body.id


    def _kb_body(self, body) -> None:
        if body.id not in self.doc.entities:
            self.doc.entities[body.id] = Entity(body.id, body.name, body.name_uk, body.type,
                                                body.wikidata, kb=True)


    def _regional(self, s: int, e: int, name: str) -> str | None:
        """A region's body named without its region ("в ОВА"): the knowledge base's body of
        the oblast the text is about, as a mention of it; NOBODY when the text names no
        single oblast; None for a name that is no such word."""
        kind = self.lex.regional_bodies.get(name.lower())
        if kind is None:
            return None
        body = regional_body(self.doc, kind)
        if body is None:
            return NOBODY
        self._kb_body(body)
        return self._body_mention(s, e, body.id)


    def located(self, start: int, end: int, cue: Token | None) -> str | None:
        """A body named by its common noun where it speaks, with a plural verb ("у міськраді
        додали", "в поліції повідомили"), or as the author of the text that says it with any
        verb ("йдеться в повідомленні прокуратури"): an entity of the document named by the
        noun."""
        if cue is None:
            return None
        found = published_body(self.doc, self.lex, start, end)
        if found is None and self.verb_gender(cue) != "plur":
            return None
        found = found or located_body(self.doc, self.lex, start, end)
        if found is None:
            return None
        kinded = self._kinded_body(*found)
        if kinded is not None:
            return kinded
        if found[2].lower() in self.lex.anaphoric_bodies:
            # "Як зазначили у відомстві": the body just named, not a body called "Відомство"
            named = self._body_before(found[0])
            if named:
                return named
        if found[2].lower() in body_nouns():
            return NOBODY       # "у відомстві" with no body named: no body called "Відомство"
        regional = self._regional(*found)
        if regional is not None:
            return regional
        return self._local_body(*found)


    def _anaphoric_owner(self, region: tuple[int, int], cue: Token | None) -> str | None:
        """A body's common noun alone as who speaks ("за даними адміністрації", "у відомстві
        вважають"), or after the noun of one who speaks for it ("речник відомства"): the
        nearest body named before it, as `located` does for "у відомстві"."""
        found = self.description(region[0], region[1], cue)
        if found is None:
            return None
        words = [t for t in tokens_in(self.doc, *found) if t.is_word]
        if words and len(words) <= 3:
            # "За даними обласної військової адміністрації": a region's body in the genitive
            name = nominative(self.doc.text[words[0].start:words[-1].end])
            regional = self._regional(words[0].start, words[-1].end, name)
            if regional is not None:
                return regional
        if len(words) == 2 and words[1].case == "gent" and words[0].pos == "NOUN":
            # "– зазначив речник відомства", "повідомила пресслужба парламенту": someone
            # who speaks for the body just named; with no name of his own, the body speaks
            words = words[1:]
        if len(words) == 1:
            kinded = self._kinded_body(words[0].start, words[0].end, words[0].lemma)
            if kinded is not None:
                return kinded
        if len(words) == 1 and words[0].lemma in self.lex.media_nouns:
            # "Як пише The Wall Street Journal, ... Видання зазначає, що ...": the medium
            # just named; with none, no medium called "Видання"
            return self._medium_before(found[0]) or NOBODY
        if len(words) != 1 or words[0].lemma not in self.lex.anaphoric_bodies:
            return None
        return self._body_before(found[0])


    def _kinded_body(self, s: int, e: int, name: str) -> str | None:
        """A body named by a noun of a kind ("у міськраді", "суду", "пресслужба парламенту"):
        the body of that kind the text means (`body_refs`), as a reference on the noun; NOBODY
        when none fits (never a body of its own called "Міськрада"); None for a noun of no
        kind, or a loose one ("відомство") that leaves it to the body just named."""
        noun = body_nouns().get(name.lower())
        if noun is None:
            return None
        eid = resolve_body(self.doc, name, s) or named_earlier(self.doc, name, s)
        if eid is None:
            return None if noun.loose else NOBODY
        if not any(r.start == s and r.end == e for r in self.doc.refs):
            self.doc.refs.append(Ref(s, e, self.doc.text[s:e], eid, "body"))
        return self._body_candidate(s, e, eid)


    def _body_before(self, pos: int) -> str | None:
        """The nearest body (an ORG) named before `pos` outside quotes, in its paragraph or
        the one before. A name the knowledge base does not know after a preposition is the
        weakest antecedent: one named as a subject before it goes first ("Міністерство освіти
        оголосило про зміни в НМТ. ... речник відомства": the ministry, not the exam)."""
        starts = paragraph_starts(self.doc)
        k = bisect.bisect_right(starts, pos) - 1
        floor = starts[k - 1] if k >= 1 else 0
        nearest = None
        for n in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            c = self.cands[n]
            if c.start < floor:
                break
            if c.entity and c.type == "ORG" and not self._in_quote(c.start):
                ent = self.doc.entities.get(c.entity)
                if (ent is not None and ent.kb) or not self._after_preposition(c.start):
                    return c.entity
                nearest = nearest or c.entity
        return nearest

    def _medium_before(self, pos: int) -> str | None:
        """The nearest medium named as a source before `pos`, in its paragraph or the one
        before: a name after a medium's common noun ("видання Politico"), or in Latin script
        or in marks with a speech word or a data frame next to it ("Як пише The Guardian",
        "за даними «Ділової столиці»", "Reuters повідомляє"); never a person."""
        starts = paragraph_starts(self.doc)
        k = bisect.bisect_right(starts, pos) - 1
        floor = starts[k - 1] if k >= 1 else 0
        text = self.doc.text
        for n in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            c = self.cands[n]
            if c.start < floor:
                break
            if not c.entity or c.type == "PER" or self._in_quote(c.start):
                continue
            if self._after_medium(c.start):
                return c.entity
            marked = c.start > 0 and text[c.start - 1] in self.lex.openers
            if not (marked or (text[c.start:c.start + 1].isascii() and text[c.start:c.start + 1].isupper())):
                continue
            # in its own sentence: "власником компанії «СПО».\nЯк зазначає видання" names
            # no medium in «СПО», whatever speaks in the sentence after it
            sent = self.doc.sentences[self.doc.sentence_at(c.start)] if self.doc.sentences else None
            lo, hi = (sent.start, sent.end) if sent else (0, len(text))
            near = [t for t in tokens_in(self.doc, max(lo, c.start - 40), c.start) if t.is_word][-3:] + \
                [t for t in tokens_in(self.doc, c.end, min(hi, c.end + 30)) if t.is_word][:2]
            if any(self.lex.is_speech_token(t) or t.norm in self.lex.data_frames for t in near):
                return c.entity
        return None

    def _after_preposition(self, pos: int) -> bool:
        t = self._token_before(pos)
        return t is not None and t.pos == "PREP"


    def _local_body(self, s: int, e: int, name: str) -> str | None:
        """A body the knowledge base does not know becomes an entity of the document, with its
        mention, and a candidate for the speakers after it."""
        eid = slug(name) or None
        if eid is None:
            return None
        if eid not in self.doc.entities:
            self.doc.entities[eid] = Entity(eid, transliterate(name), name, "ORG", None, kb=False)
        return self._body_mention(s, e, eid)


    def _body_mention(self, s: int, e: int, eid: str) -> str:
        """A body's mention found by this layer, and a candidate for the speakers after it."""
        self.doc.mentions.append(Mention(s, e, self.doc.text[s:e], eid, "ORG", source="quotes"))
        return self._body_candidate(s, e, eid)

    def _body_candidate(self, s: int, e: int, eid: str) -> str:
        """The body at [s, e) made a speaker candidate, kept in offset order."""
        k = bisect.bisect_left(self._starts, s)
        self.cands.insert(k, Candidate(s, e, eid, "ORG", True, None))
        self._starts.insert(k, s)
        self._longest = max(self._longest, e - s)
        return eid


    def _there(self, region: tuple[int, int], cue: Token | None) -> str | None:
        """"Почуйте, як там кажуть: «...»": a word for a place (`there_words`) as the only
        source of a plural verb is the place named before it with "в"/"у", in its sentence or
        the one before in its paragraph ("звучить у Москві"), whose government speaks, as in
        "У Москві заявляли"."""
        if cue is None or self.verb_gender(cue) != "plur" or not any(
                t.norm in self.lex.there_words for t in tokens_in(self.doc, *region) if t.is_word):
            return None
        sents = self.doc.sentences
        if not sents:
            return None
        si = self.doc.sentence_at(cue.start)
        lo = sents[si - 1].start if si and sents[si - 1].paragraph == sents[si].paragraph \
            else sents[si].start
        places = [c for c in self._overlapping(lo, cue.start)
                  if c.entity and c.type == "LOC" and not self._in_quote(c.start) and self._where_said(c)]
        return places[-1].entity if places else None

    def _plural_body_before(self, pos: int) -> str | None:
        """The body named with a plural speech verb in the sentence before: in its paragraph,
        or closing the paragraph before when the attribution's sentence opens its own (news
        gives each sentence a paragraph: "Як повідомили в пресслужбі ОВА, ...¶«...», – додали
        там")."""
        prev = sentence_before(self.doc, pos)
        if prev is None:
            return None
        verb = next((t for t in tokens_in(self.doc, prev.start, prev.end)
                     if (t.lemma in self.lex.verbs or t.lemma in self.lex.naming_verbs)
                     and t.pos == "VERB" and self.verb_gender(t) == "plur"
                     and t.person not in ("1per", "2per") and not self._in_quote(t.start)), None)
        if verb is None:
            return None
        bodies = [c for c in self._overlapping(prev.start, prev.end)
                  if c.entity and c.type == "ORG" and not self._in_quote(c.start)]
        if not bodies:
            return None
        return min(bodies, key=lambda c: abs(c.start - verb.start)).entity

    def _assembly_of_members(self, region: tuple[int, int]) -> str | None:
        """The assembly whose members speak ("Депутати наголосили", `assembly_members`): the
        assembly that is the subject of the sentence before, in its paragraph or closing the
        one before; None when no members speak or no assembly is named there."""
        words = [t for t in tokens_in(self.doc, *region) if t.is_word and not self._in_quote(t.start)]
        if not any(t.lemma in self.lex.assembly_members and t.number == "plur" and t.case == "nomn"
                   for t in words):
            return None
        before = sentence_before(self.doc, region[0])
        if before is None:
            return None
        found = self._subject_of(before.start, before.end)
        ent = self.doc.entities.get(found) if found else None
        return found if ent is not None and ent.type == "ORG" and self._assembly(ent) else None

    def _assembly(self, ent) -> bool:
        names = (ent.name_uk or "").lower().split()
        return any(w in self.lex.assembly_names for w in names) or any(
            w in self.lex.assembly_after_first for w in names[1:])


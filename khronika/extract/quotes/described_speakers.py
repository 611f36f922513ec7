"""Speakers no entity stands for: an attribution that describes who speaks ("військовий
експерт", "за словами аналітика", "Один з рупорів окупантів") or names nobody behind a plural
verb, and a data frame that names no source ("за попередніми даними"). Such a quote is
nobody's the text names, not the last person's before it. A mixin of
`speakers.SpeakerResolver`, which holds the candidates (`_overlapping`, `_people`)."""
from __future__ import annotations

import bisect

from ...document import Document, Token
from ..morph import parses
from .lexicon import Lexicon, tokens_in
from .role_words import role_heads


def _plural_nominative(t: Token) -> bool:
    """A plural noun the dictionary also reads in the nominative: "Жителі Києва розповіли"
    is read first as a locative singular, yet is the plural verb's subject."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur"
               for p in parses(t.text))


class DescribedSpeakers:
    """Described, unnamed speakers of one document (see the module's docstring)."""

    doc: Document
    lex: Lexicon
    _people: list[int]
    _first_named: dict | None

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
                    or t.norm in self.lex.all_pronouns:
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
                self._first_named.setdefault(t.lemma, []).append(t)
        got = self._first_named.get(word.lemma)
        if got is None:
            return False
        if isinstance(got, list):       # tokens, first time this lemma is asked about
            people, first = self._people, float("inf")
            for t in got:
                k = bisect.bisect_left(people, t.end)   # the nearest name at or after the word
                if k < len(people) and people[k] - t.end <= 60 \
                        and not self._other_case(t, people[k]):
                    first = people[k]   # ends ascend, so the first fit has the earliest name
                    break
            got = self._first_named[word.lemma] = first
        return got < before

    def _other_case(self, word: Token, name_start: int) -> bool:
        """The word right before a name read as a subject in another case than the word
        ("глузування росіянина Петренко"): the word names someone else (whose mockery), not
        the man named after it, who stays a description's referent of his own."""
        if getattr(word, "case", None) in (None, "nomn"):
            return False
        name = next((t for t in tokens_in(self.doc, name_start, name_start + 40) if t.is_word), None)
        return name is not None and name.case == "nomn" \
            and not self.doc.text[word.end:name_start].strip()

    def _sourceless(self, start: int, end: int) -> bool:
        """A data frame that names no source: "за попередніми даними", "за оцінкою"."""
        words = [t for t in tokens_in(self.doc, start, end) if t.is_word]
        return len(words) >= 2 and words[0].norm == "за" and any(
            t.norm in self.lex.data_frames for t in words[1:3]) and not any(
            t.norm in self.lex.data_frames for t in words[3:]) and all(
            t.norm in self.lex.data_frames or t.pos in ("ADJF", "ADVB") for t in words[1:])

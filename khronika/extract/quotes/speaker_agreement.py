"""Agreement between a speech verb and who may speak: the gender of a person (the knowledge
base's, else read from the name's dictionary parses), of a pronoun and of the verb ("заявила"
-> a woman, "заявили" -> plural). A mixin of `speakers.SpeakerResolver`: every way of finding
a speaker filters its candidates through it, so it is one module the others can rely on."""
from __future__ import annotations

from ...document import Document, Token
from ...kb.base import get_kb
from ..morph import parses, tag_view
from .candidates import Candidate
from .lexicon import Lexicon, tokens_in


def _name_gender(words: list[str]) -> str | None:
    """Gender of a personal name from the dictionary's Name/Surn parses ("Юлія" -> femn)."""
    votes = {"masc": 0, "femn": 0}
    for w in words:
        # a name is given in the nominative: its nominative readings decide ("Мар'яна" is a
        # woman's name, though it is also the genitive of "Мар'ян"); a surname read as both
        # ("Петренко") gives no vote; a word with no nominative reading, its first one
        named = [p for p in parses(w) if tag_view(p).gender is not None
                 and {"Name", "Surn", "Patr"} & set(tag_view(p).grammemes)]
        nomn = {str(tag_view(p).gender) for p in named if tag_view(p).case == "nomn"}
        genders = nomn if nomn else {str(named[0].tag.gender)} if named else set()
        if not named and w[:1].isupper():
            # a surname that declines as an adjective ("Загребельська", "Ковальський")
            # is not tagged as one; its nominative adjective readings tell the sex all the same
            genders = {str(tag_view(p).gender) for p in parses(w)
                       if tag_view(p).POS == "ADJF" and tag_view(p).case == "nomn" and tag_view(p).gender is not None}
        if len(genders) == 1 and (g := next(iter(genders))) in votes:
            votes[g] += 1
    if votes["masc"] == votes["femn"]:
        return None
    return "masc" if votes["masc"] > votes["femn"] else "femn"


class SpeakerAgreement:
    """Gender agreement of one document's speakers (see the module's docstring)."""

    doc: Document
    lex: Lexicon
    _gender: dict[str, str | None]

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
        return g is None or g == gender or (gender == "masc" and self._office_agrees(cand))

    def _office_agrees(self, cand: Candidate) -> bool:
        """A woman named by an office noun of the masculine ("Як заявив голова НБУ Валерія
        Гонтарева", "міністр ... зазначив"): the verb agrees with the noun, as Ukrainian
        allows; the candidate's own first word is that noun (a role the entity layer read)."""
        first = next((t for t in tokens_in(self.doc, cand.start, cand.end) if t.is_word), None)
        return first is not None and first.pos == "NOUN" and first.gender == "masc" \
            and first.case == "nomn" and not {"Name", "Surn", "Patr"} & first.tags

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
        first = [p for p in parses(words[0].text) if "Name" in tag_view(p).grammemes]
        last = [p for p in parses(words[-1].text) if tag_view(p).case == "nomn"]
        return any(tag_view(p).case == "nomn" and str(tag_view(p).gender) == gender for p in first) and (
            len(words) == 1 or not last or any(str(tag_view(p).gender) in (gender, "None") or
                                               tag_view(p).gender is None for p in last))

"""The writer as speaker: a first-person address ("Сьогодні у зверненні наголосив, що ...",
"І я на це відповів: «...»") or a body's statement ("ми говоримо" in "Заява МЗС") speaks in
its author's words, whom the title or the first line names. A mixin of
`speakers.SpeakerResolver`; apart because it reads the document as a whole (its title, its
first-person verbs) where the rest of the resolution reads the attribution."""
from __future__ import annotations

from ...document import Document, Token
from ..author import (add_title_person, address_author, address_title, title_body, title_person,
                      title_tells_speech)
from .candidates import NOBODY
from .lexicon import Lexicon, tokens_in


class AuthorSpeakers:
    """The author of one document as speaker (see the module's docstring)."""

    doc: Document
    lex: Lexicon
    _address: bool | None
    _author: str | None
    _is_titled: bool | None
    _collective: bool | None

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

    def headline_person(self, gender: str | None) -> str | None:
        """The one person a news story's title names ("Зеленський пообіцяв нові системи ППО"),
        as the speaker of last resort when the text names no one whose gender fits ("«...», –
        сказав він"). Never in an address: its title names the writer, who speaks only in his
        own words (`writer`), not in the words he quotes."""
        if self.address() or self._address_titled():
            return None
        person = title_person(self.doc)
        if person is None or (gender in ("masc", "femn") and self.entity_gender(person) not in (None, gender)):
            return None
        add_title_person(self.doc, person)
        return person

    def headline_speaker(self) -> str | None:
        """The title's person for words quoted with no attribution at all, only when the title
        tells that he spoke ("Президент звернувся до нації", "Зеленський: ...", "Сибіга
        пообіцяв ..."): a title that names him doing something else ("Зеленський прибув до
        Вашингтона") does not make the slogan or inscription quoted under it his."""
        if not title_tells_speech(self.doc.title, self.lex.verbs):
            return None
        return self.headline_person(None)

"""The title of a printed interview ("Розмова з міністром закордонних справ Фінляндії ...",
"Інтерв'ю з послом Литви") followed by its turns ("– Як ви оцінюєте ...?"): the conversation
it names is the interview itself, a journalist's, not a talk between the parties of this
domain. A verbless first paragraph counts as such a title when the next paragraph opens with
a dash, as an interview's first turn does (the quotes layer reads the turns themselves)."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from ..grammar.sentence_view import SentenceView

DASHES = ("–", "—", "-", "―")


def interview_title(doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at token k stands in an interview's title paragraph."""
    if sent.para != 0 or len(doc.paragraphs) < 2:
        return False
    first = doc.paragraphs[0]
    if any(_finite(t) for t in doc.tokens[sent.lo:sent.hi]) or sent.end < first.end - 1:
        return False
    nxt = doc.paragraphs[1]
    return doc.text[nxt.start:nxt.end].lstrip()[:1] in DASHES

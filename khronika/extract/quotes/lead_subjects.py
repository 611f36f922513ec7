"""The body a clause names as it hands over to a quote with a colon but no speech verb ("У
фракції «Батьківщина» звільнення не підтримали: «...»"): that body speaks, not the one who
spoke last. Any other lead leaves the quote to the usual fallbacks."""
from __future__ import annotations

from ...document import Document
from .lexicon import IMPERATIVE, Lexicon, tokens_in


def lead_subject(doc: Document, lex: Lexicon, resolver, pos: int) -> str | None:
    """The body the colon clause before the mark at `pos` makes speak with a plural verb, as
    news names a body where it speaks ("У фракції «Батьківщина» ... не підтримали:", "У
    Кремлі ... відреагували:"); None when no such clause stands before the mark. A person or
    a singular verb is left to the usual reading: in a story "вона у листі увиразнює свою
    позицію:" or "а Платон Іларіонович примовляє до батька:" name others nearby too."""
    if not doc.sentences:
        return None
    sent = doc.sentences[doc.sentence_at(pos)]
    k = pos
    while k > sent.start and (doc.text[k - 1].isspace() or doc.text[k - 1] in lex.openers):
        k -= 1
    if k <= sent.start or doc.text[k - 1] != ":":
        return None
    region = (sent.start, k - 1)
    words = [t for t in tokens_in(doc, *region) if t.is_word]
    verb = next((t for t in words if t.pos == "VERB" and "infn" not in t.tags
                 and t.person not in ("1per", "2per") and not IMPERATIVE & t.tags), None)
    if verb is None or verb.number != "plur":
        return None
    found = resolver.in_region(region[0], region[1], verb)
    ent = doc.entities.get(found) if found else None
    return found if ent is not None and ent.type == "ORG" else None

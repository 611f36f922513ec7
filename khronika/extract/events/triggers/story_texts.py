"""Whether a text is a story: fiction, a memoir told as a tale, a fairy tale.

A story follows its characters, and names them as people do who know them: by one word, a
first name or a surname ("Наталочка", "Толя", "Анісімов"), again and again, and nobody in the
knowledge base is one of them. A news report names a person in full at least once, and the
people it follows are public ones, so it calls nobody the knowledge base does not know by one
bare word many times over (resistinua, the lead's news, Nashi Groshi: none; Brown-UK's fiction:
most texts). `story_text` in events.yaml gives how many mentions make such a character.

In a story the trigger words of statecraft are everyday words ("Прошу тебе", "Зустрічаємося
завтра", "погодився Кий"), so grounding.py keeps only its events with a party the knowledge
base knows, besides the home side a first person falls back to.
"""
from __future__ import annotations

from collections import Counter

from ....document import Document
from ..lexicon.compiled import Lexicon


def _min_mentions(lex: Lexicon) -> int:
    for item in lex.word_list("story_text"):
        k, _, v = str(item).partition(":")
        if k.strip() == "min_mentions":
            return int(v)
    return 0


def story_text(lex: Lexicon, doc: Document) -> bool:
    """A person the knowledge base does not know is named by one word `min_mentions` times."""
    need = _min_mentions(lex)
    if not need:
        return False
    counts = Counter(m.entity for m in doc.mentions)
    for eid, n in counts.items():
        e = doc.entities.get(eid)
        if n >= need and e is not None and e.type == "PER" and not e.kb and \
                len((e.name_uk or e.name).split()) == 1:
            return True
    return False

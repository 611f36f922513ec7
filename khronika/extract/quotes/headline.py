"""A headline that quotes: "Кулеба: Україна не чекає членства в НАТО під час війни".

News sites title a statement by its speaker's name, a colon and the claim, with no marks and
no speech verb; the story below tells the same claim in its own words. The headline is the
document's first paragraph of one line, over a story of more paragraphs, or the first
sentence of a post of one paragraph ("Представник ГУР Андрій Юсов: противник накопичує сили
на півдні.": the sentences after it may be the channel's own words); the words before
the colon are a short name of one person or body the entity layer knows, and nothing else
("Фото: Іван Петренко", "Україна: новини дня" name no speaker); a topic after the name
("Сибіга про переговори: ...", `headline_topic_words`) or where he spoke ("Кулеба у Twitter:
...", `headline_setting_words`) is left out of it, and a person named
with the body of his office ("Глава МЗС Кулеба") speaks, not the body. A headline whose claim is in
marks is read as any quote is (`direct`)."""
from __future__ import annotations

from ...document import Document
from .lexicon import Lexicon, tokens_in

# a speaker's name in a headline: a surname, a name and surname, a role and a surname
_LABEL_WORDS = 4
# a claim is a clause, not a word or two ("Зеленський: відео")
_CLAIM_WORDS = 3


def headline_quote(doc: Document, lex: Lexicon) -> tuple[int, int, str] | None:
    """(start, end, speaker) of the claim a quoting headline makes, or None."""
    if not doc.paragraphs:
        return None
    return _line_quote(doc, lex, 0, len(doc.paragraphs) == 1)


def line_quotes(doc: Document, lex: Lexicon) -> list[tuple[int, int, str, int]]:
    """(start, end, speaker, paragraph) of each later paragraph that opens as a quoting
    headline does: a digest lists statements so ("Головне за день.\n\nКулеба у Twitter:
    Росія має відповісти ..."). Read as a post's first line is: its first sentence, whose
    claim has a verb."""
    found = []
    for k in range(1, len(doc.paragraphs)):
        got = _line_quote(doc, lex, k, True)
        if got is not None:
            found.append((*got, k))
    return found


def _line_quote(doc: Document, lex: Lexicon, k: int, post: bool) -> tuple[int, int, str] | None:
    """The claim of paragraph k read as a quoting headline; `post`: only its first sentence,
    which must have a verb."""
    text = doc.text
    p = doc.paragraphs[k]
    line = text[p.start:p.end]
    colon = line.find(":")
    if colon <= 0 or "\n" in line.strip() or any(c in lex.marks for c in line):
        return None
    if k and doc.sentences and doc.sentences[doc.sentence_at(p.start)].end <= p.start + colon:
        return None     # a later line's colon is in its first sentence, after the name
    head = [t for t in tokens_in(doc, p.start, p.start + colon) if t.is_word]
    # "Сибіга про переговори: ...": the topic after the name is no name
    # ("Кулеба у Twitter: ...": nor where he spoke)
    about = next((k for k, t in enumerate(head) if k and (
        t.norm in lex.headline_topic_words or t.norm in lex.headline_setting_words)), len(head))
    label = head[:about]
    if not label or len(label) > _LABEL_WORDS or not all(t.text[:1].isupper() for t in label):
        return None
    name_end = label[-1].end
    start, end = p.start + colon + 1, p.end
    while start < end and text[start].isspace():
        start += 1
    if post:
        # a post's claim is a clause with its verb: "Андрій Юсов: біографія та кар'єра" is
        # a page's title, no one's words
        if not doc.sentences:
            return None
        end = min(end, doc.sentences[doc.sentence_at(start)].end)
        if not any(t.pos == "VERB" for t in tokens_in(doc, start, end)):
            return None
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!…"):
        end -= 1
    if len(text[start:end].split()) < _CLAIM_WORDS:
        return None
    named = [m for m in doc.mentions if p.start <= m.start and m.end <= name_end
             and m.entity and m.type in ("PER", "ORG")]
    # "Глава МЗС Кулеба": the person, not the body of his office
    who = {m.entity for m in named if m.type == "PER"} or {m.entity for m in named}
    if len(who) != 1:
        return None
    return start, end, who.pop()

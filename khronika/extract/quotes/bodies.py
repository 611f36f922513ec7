"""Bodies and media that speak without being known to the knowledge base: a name in quote
marks ("пише «Ділова столиця»") or an abbreviation ("за даними ОВА") inside an attribution
that no entity mention covers. Reporters name their sources this way every day; the speaker is
the named body itself, as a mention of an entity of the document."""
from __future__ import annotations

import re

from ...document import Document
from ..morph import parses
from .lexicon import Lexicon, names_document, tokens_in


_ROMAN = re.compile(r"[IVXLCМDХІ]+$")


def _covered(doc: Document, start: int, end: int, adjectives: bool = True) -> bool:
    """Whether an entity mention or reference lies on [start, end); with `adjectives` False
    an adjective's reference does not count ("«Європейська правда»" is a name in marks, not
    Europe's adjective)."""
    return any(m.start < end and start < m.end for m in doc.mentions) or any(
        r.start < end and start < r.end for r in doc.refs
        if adjectives or r.kind != "adjective")


def _quoted_name(doc: Document, lex: Lexicon, start: int, end: int) -> tuple[int, int, str] | None:
    """«Економічна правда» inside [start, end): a short capitalised name in marks."""
    text = doc.text
    for k in range(start, end):
        ch = text[k]
        if ch not in lex.openers:
            continue
        close = text.find(lex.pairs[ch], k + 1, min(len(text), k + 60))
        if close < 0:
            return None
        inner = text[k + 1:close].strip()
        words = inner.split()
        if not inner or not inner[0].isupper() or not 1 <= len(words) <= lex.body_max_words \
                or any(c in ".!?:;" for c in inner):
            return None
        s = k + 1 + (len(text[k + 1:close]) - len(text[k + 1:close].lstrip()))
        return s, s + len(inner), inner
    return None


def _latin_capital(word: str) -> bool:
    """A capitalised word in Latin script ("The", "Economist")."""
    return word[:1].isascii() and word[:1].isupper() and word.isalpha()


def _before_speech_verb(lex: Lexicon, toks: list, n: int) -> bool:
    """Whether the Latin-script name starting at toks[n] (up to `body_max_words` capitalised
    words) stands right before a speech verb ("The Guardian зазначає")."""
    k = n
    while k + 1 < len(toks) and k - n + 1 < lex.body_max_words and _latin_capital(toks[k + 1].text):
        k += 1
    return k + 1 < len(toks) and lex.is_speech_verb(toks[k + 1])


def nominative(name: str) -> str:
    """A quoted name as the nominative, so that "за даними «Економічної правди»" and "пише
    «Економічна правда»" name one body: every word put in the nominative from the case of the
    first (a name the dictionary cannot read stays as written)."""
    words = name.split()
    first = parses(words[0]) if words else []
    case = first[0].tag.case if first else None
    if case in (None, "nomn"):
        return name
    out = []
    for w in words:
        p = next((p for p in parses(w) if p.tag.case == case), None)
        got = p.inflect({"nomn"}) if p is not None else None
        if got is None:
            out.append(w)
            continue
        word = got.word
        out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(out)


def named_body(doc: Document, lex: Lexicon, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, name) of the body named in an attribution, or None."""
    toks = [t for t in tokens_in(doc, start, end) if t.is_word or t.text in lex.marks]
    for n, t in enumerate(toks):
        prev = toks[n - 1].norm if n else ""
        if prev in lex.topic_openers and prev not in lex.body_prepositions:
            continue        # "заявив про ППО": what was spoken of
        if n and toks[n - 1].lemma in lex.source_nouns:
            continue        # "за словами джерел «Української правди»": unnamed sources speak
        if t.text in lex.openers:
            found = _quoted_name(doc, lex, t.start, end)
            if found is not None and not _covered(doc, found[0], found[1], adjectives=False):
                return found
            continue
        # (and "Bloomberg повідомляє, що ...": a name in Latin script as the verb's subject)
        latin_source = _latin_capital(t.text) and (
            (bool(n) and (lex.is_speech_verb(toks[n - 1]) or toks[n - 1].norm in lex.data_frames))
            or _before_speech_verb(lex, toks, n))
        if ((prev and toks[n - 1].lemma in lex.media_nouns) or latin_source) and t.text[:1].isupper() \
                and t.text.isalpha() and not _covered(doc, t.start, t.end):
            # "за даними видання Politico", "пише газета The Guardian": the medium's name
            # after its common noun, in any script, up to the first word in lower case; a
            # name in Latin script right after the verb or "за даними" is a medium or agency
            # with no noun ("як зазначає The Economist", "за даними Bloomberg")
            last = n
            while last + 1 < len(toks) and last - n + 1 < lex.body_max_words \
                    and toks[last + 1].text[:1].isupper() and toks[last + 1].text.isalpha() \
                    and not _covered(doc, toks[last + 1].start, toks[last + 1].end):
                last += 1
            return t.start, toks[last].end, doc.text[t.start:toks[last].end]
        w = t.text
        if 2 <= len(w) <= 6 and w.isalpha() and w.isupper() and w.lower() not in lex.not_bodies \
                and not _ROMAN.match(w) and not _covered(doc, t.start, t.end):
            return t.start, t.end, w
    return None


def _body_noun_ref(doc: Document, t) -> bool:
    """Whether a word in lower case is only a body's common noun the entity layer referred
    to a body ("у пресслужбі суду": the court the story named), not a name: the owner of the
    press service is read from the noun's kind, as a speaker, which a reference is not."""
    return t.text[:1].islower() and not any(m.start < t.end and t.start < m.end for m in doc.mentions) \
        and any(r.start <= t.start and t.end <= r.end and r.kind == "body" for r in doc.refs)


def located_body(doc: Document, lex: Lexicon, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, nominative name) of a body named by its common noun where it speaks ("у
    міськраді додали", "в міській раді уточнили"): a body preposition, up to two adjectives
    and a noun of `located_bodies` in the locative, with no name after it in the genitive
    (that name speaks: "у пресслужбі Міноборони")."""
    toks = [t for t in tokens_in(doc, start, end) if t.is_word]
    for n, t in enumerate(toks[:-1]):
        if t.norm not in lex.body_prepositions or t.norm == "на":
            continue
        k = n + 1
        while toks[k].pos == "ADJF" and k + 1 < len(toks) and k - n <= 2:
            k += 1      # "в обласній військовій адміністрації": two adjectives at most
        noun = toks[k]
        if not any(p.normal_form in lex.located_bodies and p.tag.case == "loct"
                   for p in parses(noun.text)):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.end <= end and (nxt.text[:1].isupper() or _covered(
                doc, nxt.start, nxt.end)) and not _body_noun_ref(doc, nxt):
            return None     # "у пресслужбі Міноборони", "в адміністрації Ізюма"
        owner = next((p for p in parses(nxt.text) if p.normal_form in lex.located_bodies
                      and p.tag.case == "gent"), None) if nxt is not None and nxt.end <= end else None
        if owner is not None:
            # "у пресслужбі міськради": the council speaks through its service
            return nxt.start, nxt.end, owner.normal_form[:1].upper() + owner.normal_form[1:]
        s, e = toks[n + 1].start, noun.end
        head = next(p for p in parses(noun.text)
                    if p.normal_form in lex.located_bodies and p.tag.case == "loct")
        words = [t for t in toks[n + 1:k]]
        name = " ".join([_agreeing(t.text, head.tag.gender) for t in words] + [head.normal_form])
        return s, e, name[:1].upper() + name[1:]
    return None


def published_body(doc: Document, lex: Lexicon, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, nominative name) of a body named by its common noun as the author of
    the text where the words were published ("йдеться в повідомленні прокуратури", "пишуть
    на сторінці міськради"): a body preposition, a noun of `source_documents` in the
    locative and a noun of `located_bodies` in the genitive right after it. Whatever the
    verb's number: the text speaks for its author."""
    toks = [t for t in tokens_in(doc, start, end) if t.is_word]
    for n in range(len(toks) - 2):
        doc_noun = toks[n + 1]
        if not names_document(lex, toks[n], doc_noun):
            continue
        k = n + 2
        while k + 1 < len(toks) and k - n <= 3 and toks[k].pos == "ADJF" and toks[k].case == "gent":
            k += 1      # "в повідомленні обласної поліції"
        owner = toks[k]
        if (owner.text[:1].isupper() or _covered(doc, owner.start, owner.end)) \
                and not _body_noun_ref(doc, owner):
            return None     # "в заяві МЗС": the name speaks
        got = next((p for p in parses(owner.text) if p.normal_form in lex.located_bodies
                    and p.tag.case == "gent"), None)
        if got is not None:
            return owner.start, owner.end, got.normal_form[:1].upper() + got.normal_form[1:]
    return None


def _agreeing(word: str, gender: str | None) -> str:
    """An adjective before a located body in the nominative, agreeing with the body's noun
    ("міській раді" -> "міська рада")."""
    p = next((p for p in parses(word) if p.tag.POS == "ADJF" and p.tag.case == "loct"), None)
    got = p.inflect({"nomn"} | ({gender} if gender else set())) if p is not None else None
    return got.word if got is not None else word


def media_typed(doc: Document, speakers: set[str]) -> None:
    """A speaker the knowledge base does not know, named only in Latin script, that the
    entity layer's model typed a person or a misc name ("Bloomberg", "Axios", "Le Monde"): news
    in Ukrainian writes people's names in Cyrillic, and a Latin name that speaks as a source is
    a medium or an agency, so it becomes an organisation with its mentions."""
    for eid in speakers:
        ent = doc.entities.get(eid)
        if ent is None or ent.kb or ent.type not in ("PER", "MISC"):
            continue
        ms = [m for m in doc.mentions if m.entity == eid]
        if ms and all(_latin_name(m.text) for m in ms):
            ent.type = "ORG"
            for m in ms:
                m.type = "ORG"


def _latin_name(text: str) -> bool:
    words = text.replace("-", " ").replace("'", " ").split()
    return bool(words) and all(w[:1].isupper() and w.isascii() and w.isalpha() for w in words if w.lower() != "the") \
        and any(w.lower() != "the" for w in words)

"""The author of a first-person address, which both the quote layer (who says "я говорив") and
the events layer (whose act "ми домовилися" tells) need; it lives beside both so neither imports
the other. An address printed as plain text ("Сьогодні я говорив з ...", "ми домовилися") names
its speaker only in its title ("Звернення Президента України", "Брифінг Прем'єр-міністра
України Дениса Шмигаля") or its first line ("Звернення Президента України Володимира Зеленського
...", "Президент України Володимир Зеленський:").

A title is not part of the text, so the entity layer never saw it: its names and role phrases
are looked up in the knowledge base here (a role through its holder on the document date). Two
people named there ("Брифінг Михайла Подоляка та Дениса Шмигаля") leave the author unknown: a
wrong participant is worse than none. The words that mark a title or end its speaker phrase are
data (`lang/uk/address.yaml`); the answer is found once per document and kept in `doc.meta`.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import lru_cache

from ..document import Document, Entity
from ..kb.base import alias_tokens, get_kb
from ..lang.uk import load
from ..textnorm import norm_word
from .morph import parses

NAME_MAX = 4          # words in a person's name ("Рафаеля Маріано Гроссі")
_KEY = "_address_author"
_NOBODY = ""


@dataclass(frozen=True)
class AddressWords:
    genres: frozenset[str]      # "звернення", "брифінг": a title naming its speaker after it
    verbs: frozenset[str]       # "звернутися": "X звернувся до ..." names X
    stops: frozenset[str]       # where the words naming the speaker end
    offices: tuple[str, ...]    # role ids whose holder is trusted as an uncorroborated author
    line_words: frozenset[str]  # "телеграм-канал": words a first line naming a body may hold
    statement_genres: frozenset[str]    # "заява": a first line opening with one names its body
    missions: frozenset[str]    # "посольство": a mission that speaks for its state


@lru_cache(maxsize=1)
def address_words() -> AddressWords:
    data = load("address")
    words = lambda k: frozenset(str(w).lower() for w in data.get(k) or ())
    as_written = lambda k: frozenset(str(w) for w in data.get(k) or ())
    return AddressWords(words("genres"), words("verbs"), words("stops") | words("prepositions"),
                        tuple(str(r) for r in data.get("author_offices") or ()), words("body_line_words"),
                        as_written("statement_genres"), as_written("mission_nouns"))


def lemma_of(word: str) -> str:
    ps = parses(word)
    return ps[0].normal_form if ps else word.lower()


def _people(words: list[str], date, kb) -> list[str]:
    """The people a phrase of a title names, by name or by a role held on `date`."""
    norms = [norm_word(w) for w in words]
    out: list[str] = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(NAME_MAX, len(words) - i), 1, -1):     # a full name, not a lone word
            found = [e for e in kb.lookup(" ".join(words[i:i + n])) if e.type == "PER"]
            if len({e.id for e in found}) == 1:
                hit = (n, found[0].id)
                break
        if hit is None:
            for n in range(min(kb.role_max_len, len(words) - i), 0, -1):
                role = kb.role_index.get(tuple(norms[i:i + n]))
                if role is None:
                    continue
                of, k = None, i + n
                for m in range(min(3, len(words) - k), 0, -1):       # "Президента України"
                    owners = [e for e in kb.lookup(" ".join(words[k:k + m])) if e.type in ("LOC", "ORG")]
                    if owners:
                        of, k = owners[0].id, k + m
                        break
                of = of or kb.role_defaults.get(role)
                person = kb.holder(role, of, date) if of and date else None
                # a name right after the role is the person ("Президента України Володимира
                # Зеленського"): read on, it is found as a name
                hit = (k - i, person.id if person else None)
                break
        if hit is None:
            i += 1
            continue
        if hit[1] and hit[1] not in out:
            out.append(hit[1])
        i += hit[0]
    return out


def _phrase_after(words: list[str], k: int, stops: frozenset[str]) -> list[str]:
    """The words naming who speaks after a genre word: up to a preposition or punctuation
    ("Промова Президента України в Кнесеті", "Звернення ... до народу Швейцарії")."""
    out = []
    for w in words[k + 1:]:
        if norm_word(w) in stops or not any(ch.isalnum() for ch in w):
            break
        out.append(w)
    return out


def _from_title(title: str, date, lex: AddressWords) -> str | None:
    kb = get_kb()
    words = alias_tokens(title)
    genres, stops, verbs = lex.genres, lex.stops, lex.verbs
    for k, w in enumerate(words):
        if lemma_of(w) in genres or norm_word(w) in genres:
            people = _people(_phrase_after(words, k, stops), date, kb)
            return people[0] if len(people) == 1 else None
    # "Президент України Володимир Зеленський: ...", "Володимир Зеленський звернувся до ..."
    for k, w in enumerate(words):
        if w == ":" or (k and lemma_of(w) in verbs):
            people = _people(words[:k], date, kb)
            return people[0] if len(people) == 1 else None
        if not any(ch.isalnum() for ch in w):
            break
    return None


def address_title(title: str | None) -> bool:
    """Whether a title calls the document an address, a speech or a briefing ("Звернення до
    українців"), whether or not it names who gives it."""
    if not title:
        return False
    genres = address_words().genres
    return any(lemma_of(w) in genres or norm_word(w) in genres for w in alias_tokens(title))


def _from_first_line(doc: Document, lex: AddressWords) -> str | None:
    """"Звернення Президента України Володимира Зеленського наприкінці 559-го дня": the first
    sentence opening with a genre word names its author among its people."""
    if not doc.sentences or not doc.tokens:
        return None
    s = doc.sentences[0]
    toks = doc.tokens[s.first_token:s.last_token]
    genres, stops = lex.genres, lex.stops
    if not toks or not (toks[0].norm in genres or (toks[0].lemma or "").lower() in genres):
        return None
    end = s.end
    for t in toks[1:]:
        if t.norm in stops or not t.is_word:
            end = t.start
            break
    people = []
    for x in [*doc.mentions, *doc.refs]:
        ent = doc.entities.get(x.entity) if x.entity else None
        if ent is not None and ent.type == "PER" and toks[0].end <= x.start < end and x.entity not in people:
            people.append(x.entity)
    return people[0] if len(people) == 1 else None


def address_author(doc: Document) -> str | None:
    """The one person the title or the first line names as the address's speaker, or None; found
    once per document, and added to its entities when the text itself never names him."""
    if _KEY in doc.meta:
        return doc.meta[_KEY] or None
    lex = address_words()
    author = _from_title(doc.title, doc.date, lex) if doc.title else None
    if author is None:
        author = _from_first_line(doc, lex)
    if author is None and isinstance(doc.meta.get("author"), str):
        # the input's own "author" field: one person the knowledge base knows by that name; a
        # name taken from a "speakers" list only when the text or the person's office bears it out
        people = _people(alias_tokens(doc.meta["author"]), doc.date, get_kb())
        author = people[0] if len(people) == 1 else None
        if author is not None and doc.meta.get("author_from") == "speakers" \
                and not _corroborated(doc, author, lex):
            author = None
    _add_kb_entity(doc, author)
    doc.meta[_KEY] = author or _NOBODY
    return author


def _corroborated(doc: Document, person: str, lex: AddressWords) -> bool:
    """Whether a name from the input's metadata is borne out: the text names the person, or
    the person holds on the document's date an office whose holder gives addresses. A video's
    voice-over ("speakers": the translator) is neither, and would else act in the address's
    events and speak its words."""
    if any(m.entity == person for m in doc.mentions) or any(r.entity == person for r in doc.refs):
        return True
    # an undated document: the offices the person holds now
    return any(fnmatchcase(r.role, pat) for r in get_kb().roles_of(person, doc.date)
               for pat in lex.offices)


def title_body(doc: Document) -> str | None:
    """The one body a statement's title names as its author when it names no person ("Заява
    МЗС України щодо ...", "Заява Міністерства закордонних справ України"): the ministry's
    statement, whose "ми" is the ministry, not an address by one person. Found once per
    document."""
    key = "_title_body"
    if key in doc.meta:
        return doc.meta[key] or None
    found = None
    if doc.title and address_author(doc) is None:
        kb = get_kb()
        words = alias_tokens(doc.title)
        lex = address_words()
        for k, w in enumerate(words):
            if lemma_of(w) in lex.genres or norm_word(w) in lex.genres:
                phrase = _phrase_after(words, k, lex.stops)
                bodies: list[str] = []
                i = 0
                while i < len(phrase):
                    for n in range(min(NAME_MAX + 2, len(phrase) - i), 0, -1):
                        hit = {e.id for e in kb.lookup(" ".join(phrase[i:i + n])) if e.type == "ORG"}
                        if len(hit) == 1:
                            bodies.append(hit.pop())
                            i += n
                            break
                    else:
                        i += 1
                found = bodies[0] if len(set(bodies)) == 1 else None
                break
    _add_kb_entity(doc, found)
    doc.meta[key] = found or _NOBODY
    return found


def title_person(doc: Document) -> str | None:
    """The one person a news headline given as the document's title names ("Зеленський
    пообіцяв нові системи ППО", "Президент звернувся до нації"), by name, by surname alone when
    the knowledge base knows one person by it and nothing else, or by a role held on the
    document date; None when it names nobody or more than one. The story under such a title
    may name its speaker only there ("«...», – сказав він"). Found once per document, and added
    to its entities when the text never names him."""
    key = "_title_person"
    if key in doc.meta:
        return doc.meta[key] or None
    found = None
    if doc.title:
        kb = get_kb()
        words = alias_tokens(doc.title)
        people = set(_people(words, doc.date, kb))
        for w in words:
            if w[:1].isupper():
                hits = {(e.id, e.type) for e in kb.lookup(w)}
                if len(hits) == 1 and next(iter(hits))[1] == "PER":
                    people.add(next(iter(hits))[0])
        found = people.pop() if len(people) == 1 else None
    doc.meta[key] = found or _NOBODY
    return found


def title_tells_speech(title: str | None, speech_lemmas: frozenset[str]) -> bool:
    """Whether a headline tells that someone spoke: a colon after the speaker ("Зеленський:
    ..."), a speech verb of `speech_lemmas` ("пообіцяв") or an address verb ("звернувся")."""
    if not title:
        return False
    verbs = address_words().verbs
    return ":" in title or any(lemma_of(w) in speech_lemmas or lemma_of(w) in verbs
                               for w in alias_tokens(title))


def add_title_person(doc: Document, eid: str) -> None:
    """The title's person made one of the document's entities when a quote gives him the
    words and the text itself never names him."""
    _add_kb_entity(doc, eid)


def _add_kb_entity(doc: Document, eid: str | None) -> None:
    """An author found in the title or the metadata becomes one of the document's entities
    when the text itself never names it."""
    if eid is not None and eid not in doc.entities:
        e = get_kb().entity(eid)
        if e is not None:
            doc.entities[eid] = Entity(e.id, e.name, e.name_uk, e.type, e.wikidata, kb=True)


def opening_body(doc: Document) -> str | None:
    """The one body whose statement or post the document is, when it names no person as its
    author: its title's body (`title_body`), or a first line that is nothing but the body's
    name, after a word of the genre at most ("Міністерство оборони України", "Заява МЗС
    України", "Телеграм-канал Запорізької ОВА:"). The "ми" of the text under it is that body.
    A first line that says anything else (a heading, "Генштаб: ворог завдав ударів") names no
    author. Found once per document."""
    key = "_opening_body"
    if key in doc.meta:
        return doc.meta[key] or None
    found = title_body(doc)
    if found is None and address_author(doc) is None:
        found = _statement_line_body(doc)
        if found is None and doc.sentences and doc.paragraphs:
            found = _body_line(doc)
    doc.meta[key] = found or _NOBODY
    return found


def _body_line(doc: Document) -> str | None:
    """A first line of its own paragraph that is nothing but one body's name, after a word of
    the genre at most (`opening_body`)."""
    s = doc.sentences[0]
    if len(doc.paragraphs) > 1 and (len(doc.sentences) < 2 or doc.sentences[1].paragraph != s.paragraph):
        toks = doc.tokens[s.first_token:s.last_token]
        bodies = {m.entity for m in doc.mentions if s.start <= m.start < s.end and
                  (e := doc.entities.get(m.entity)) is not None and e.type == "ORG"}
        spans = [(m.start, m.end) for m in doc.mentions if m.entity in bodies]
        allowed = address_words().genres | address_words().line_words
        rest = [t for t in toks if t.is_word and not any(a <= t.start < b for a, b in spans)]
        if len(bodies) == 1 and all((t.lemma or t.norm) in allowed or t.norm in allowed for t in rest) and \
                all(t.is_word or t.norm in (":", ".") for t in toks):
            return bodies.pop()
    return None


def _statement_line_body(doc: Document) -> str | None:
    """A first line of its own paragraph that opens with a statement's genre ("Заява
    Посольства США щодо надання зброї", "Декларація саміту НАТО в Уельсі") names the one body
    whose statement follows, in the words after the genre up to a stop word: a body the
    knowledge base holds, or, for a state's mission it does not ("Посольства Великої
    Британії"), the state that mission's name ends with."""
    if len(doc.paragraphs) < 2 or len(doc.sentences) < 2 or doc.sentences[1].paragraph == doc.sentences[0].paragraph:
        return None
    genres, missions = address_words().statement_genres, address_words().missions
    s = doc.sentences[0]
    toks = doc.tokens[s.first_token:s.last_token]
    k = 0
    while k < len(toks) and k < 2 and (toks[k].lemma or toks[k].norm) == "спільний":
        k += 1            # "Спільна заява ..."
    if k >= len(toks) or not ((toks[k].lemma or "") in genres or toks[k].norm in genres):
        return None
    stops = address_words().stops
    end = s.end
    for t in toks[k + 1:]:
        if t.norm in stops or not t.is_word:
            end = t.start
            break
    bodies = {m.entity for m in doc.mentions if toks[k].end <= m.start < end and
              (e := doc.entities.get(m.entity)) is not None and e.type == "ORG"}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    ent = doc.entities[body]
    if ent.kb:
        return body
    words = alias_tokens(ent.name_uk or "")
    if not words or lemma_of(words[0]) not in missions:
        return None
    kb = get_kb()
    for n in range(min(3, len(words) - 1), 0, -1):
        states = {e.id for e in kb.lookup(" ".join(words[-n:])) if e.type == "LOC"}
        if len(states) == 1:
            state = states.pop()
            _add_kb_entity(doc, state)
            return state
    return None

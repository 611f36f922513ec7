"""Where a direct quote names its speaker: "– зазначив X" after the closing mark, "Він
сказав:" before the opening one, the next sentence opening with its speech verb ("Про це
заявила X"), or a caption. Also the speech cue of an attribution and the first-person and
narration tests that decide whether a paragraph still speaks. Apart from the scan of the marks
(`quote_marks`) and the assembly (`direct`): each reads the text around one quote only.
"""
from __future__ import annotations

import re

from ...document import Document, Token
from ..morph import parses
from ..timex.calendar import CLOCK_WRITTEN
from .direct_segment import Segment, _standalone
from .lexicon import Lexicon, finite_third, tokens_in
from .referred_speakers import person_noun
from .role_words import office_nouns


def _words_between(doc: Document, start: int, end: int) -> list[Token]:
    return [t for t in tokens_in(doc, start, end) if t.is_word]


def speech_cue(doc: Document, lex: Lexicon, start: int, end: int, max_words: int = 5,
               after_quote: bool = False) -> Token | None:
    """The speech verb among the first words of an attribution ("– зазначив Президент").
    Right after a quote and its dash (`after_quote`) a verb of remembering attributes too
    ("– пригадує пенсіонерка"), when finite and in the third person."""
    words = _words_between(doc, start, end)[:max_words]
    for k, t in enumerate(words):
        if lex.is_speech_token(t) or (
                after_quote and t.lemma in lex.after_quote_verbs and finite_third(t)
                and not _has_object(words[k + 1:k + 4])):
            return t
    return None


ACTION_REACH = 4        # words from the dash to the narrator's verb
INVERTED_REACH = 40     # characters from a verb that opens the action to its subject


def _actor(doc: Document, lex: Lexicon, t: Token) -> bool:
    """A word that names who acts: "він"/"вона", a person's name or a noun for a person in
    the nominative ("мати", "росіянин", "доктор")."""
    return t.norm in lex.action_subject_pronouns or person_noun(t) or (
        t.case == "nomn" and (t.lemma in lex.kin_words or t.lemma in lex.person_epithets)) or (
        _person_at(doc, t.start) and t.case in _NAME_CASES)


# the cases the tagger may give a name that is a subject ("Петро" is read as a vocative)
_NAME_CASES = frozenset({"nomn", "voct", None})


def action(doc: Document, lex: Lexicon, start: int, end: int) -> tuple[Token, int] | None:
    """The verb of a narrator's action that attributes a dialogue turn with no speech verb,
    and the end of the words that name the one who acts ("— Ходімо, — Петро підвівся.", "—
    Ні, — вона похитала головою.", "— За тиждень, — розвів руками лікар."): right after the
    turn's inner dash its subject (a person named in the nominative, a noun for a person or
    "він"/"вона") and a finite verb in the third person, in either order. Fiction attributes
    most turns this way; whoever acts speaks. A lower-case common word after the dash ("— а
    вони пішли") goes on with the speech."""
    words = _words_between(doc, start, end)[:ACTION_REACH]
    if not words:
        return None
    if len(words) > 1 and words[0].norm in lex.honorifics and words[1].text[:1].isupper():
        words = words[1:]   # "пані Галина витерла сльози": the name acts
    first = words[0]
    verb = words[1] if first.norm in lex.negations and len(words) > 1 else first
    if finite_third(verb) and first.text[:1].islower():
        # the verb first, then its object and its subject: "розвів руками доктор", "не
        # підтримав глузування колеги Іван"; the last person named before the clause's next
        # verb or stop acts ("перехопив Андріїв погляд Анісімов": "Андріїв" is his object's)
        actor = None
        for t in tokens_in(doc, verb.end, end):
            if not t.is_word or t.pos == "VERB" or t.start - verb.end > INVERTED_REACH:
                break
            if _actor(doc, lex, t) and t.norm not in lex.action_subject_pronouns:
                actor = t
        return (verb, actor.end) if actor is not None else None
    if first.norm in lex.action_subject_pronouns:
        k = 1
    elif _person_at(doc, first.start) or (
            first.text[:1].isupper() and first.case == "nomn" and first.pos in ("NOUN", "PROPN")
            and (first.lemma in lex.kin_words or first.lemma in lex.person_epithets
                 or _named_at(doc, first.start) or first.pos == "PROPN")):
        k = 1
        while k < len(words) and words[k].text[:1].isupper() and words[k].pos != "VERB":
            k += 1      # the surname after the first name
    elif _actor(doc, lex, first):
        k = 1           # "— А я? — росіянин вороже дивився на нього."
    else:
        return None
    for t in words[k:k + 2]:
        if finite_third(t):
            return t, t.end
        if t.pos not in ("ADVB", "PRCL", "ADJF"):
            break       # "знову", "не", "вороже" (read as an adjective) may stand between
    return None


def action_cue(doc: Document, lex: Lexicon, start: int, end: int) -> Token | None:
    """The verb of `action`, standing for the speech verb of the turn it attributes."""
    found = action(doc, lex, start, end)
    return found[0] if found else None


def _has_object(words: list[Token]) -> bool:
    """A noun in the accusative after a verb of remembering: "– пригадав він фразу з книги"
    recalls someone else's words, not his own. The dictionary's readings decide ("рядок" is
    read as a nominative first); a thing, never the person who speaks ("пенсіонерка Ганна"),
    nor a name ("глава МЗС": "МЗС" reads as any case), nor the noun of a prepositional phrase
    ("– відреагував він на заяви Кремля")."""
    return any(t.pos == "NOUN" and t.text[:1].islower() and not (k and words[k - 1].pos == "PREP")
               and any(p.tag.case == "accs" and p.tag.POS == "NOUN" and "inan" in p.tag
                       for p in parses(t.text))
               for k, t in enumerate(words))


def first_person(doc: Document, lex: Lexicon, start: int, end: int) -> bool:
    """Whether a stretch speaks in the first person (a pronoun or a 1st-person verb)."""
    for t in tokens_in(doc, start, end):
        if not t.is_word:
            continue
        if t.norm in lex.first_person or (t.pos == "VERB" and t.person == "1per"):
            return True
    return False


def narration(doc: Document, lex: Lexicon, start: int, end: int) -> bool:
    """A speech verb reporting someone else ("Він зазначив, що", "заявив Зеленський"): the
    narrator is speaking again. A bare "15 країн підтвердили" inside an address is not."""
    toks = [t for t in tokens_in(doc, start, end) if t.is_word or t.text in ",:"]
    third = lex.pronouns.get("masc", frozenset()) | lex.pronouns.get("femn", frozenset()) \
        | lex.pronouns.get("plur", frozenset())
    for i, t in enumerate(toks):
        if not (t.lemma in lex.verbs and t.pos == "VERB" and t.person not in ("1per", "2per")):
            continue
        near = toks[max(0, i - 2):i] + toks[i + 1:i + 3]
        if any(u.norm in lex.first_person for u in near):
            continue
        if any(u.norm in third or (u.text[:1].isupper() and u.start != start) for u in near if u.is_word):
            return True
        for j in range(i + 1, min(len(toks), i + 1 + lex.max_gap)):
            if toks[j].text == ":" or (toks[j].norm in lex.complementizers and toks[j - 1].text == ","):
                return True
    return False


def _sentence_end(text: str, pos: int, limit: int) -> int:
    m = re.compile(r"[.!?…]").search(text, pos, limit)
    return m.start() if m else limit


def _post_attribution(doc: Document, lex: Lexicon, pos: int, limit: int) -> tuple[int, int] | None:
    """The "– зазначив X" right after a quote (pos = just after the closing mark)."""
    text = doc.text
    m = lex.attr_dash.match(text, pos, limit)
    if not m or not any(c in lex.dashes for c in m.group()):
        return None
    stop = _sentence_end(text, m.end(), limit)
    nxt = lex.resume_dash.search(text, m.end(), stop)
    if nxt:
        stop = nxt.start()
    if speech_cue(doc, lex, m.end(), stop, _reach(doc, lex, m.end(), stop, 5),
                  after_quote=True) is None:
        return None
    return (m.end(), stop)


ABOUT_THIS_REACH = 6     # words from "Так" to its speech verb


def _reach(doc: Document, lex: Lexicon, start: int, stop: int, plain: int) -> int:
    """How many words may stand before the speech verb: after "Так" or "Про це" pointing back
    at the quote the speaker's role and name come first ("– так глава МЗС Андрій Сибіга
    відреагував"), so the verb stands further off than after a bare dash."""
    first = next((t for t in tokens_in(doc, start, stop) if t.is_word), None)
    return ABOUT_THIS_REACH if first is not None and first.norm in lex.about_first else plain


def _next_sentence_attribution(doc: Document, lex: Lexicon, pos: int,
                               limit: int) -> tuple[int, int] | None:
    """A quote that ends its sentence and is attributed by the next one, which opens with
    its speech verb: "«...». Про це заявила Кая Каллас." """
    text = doc.text
    m = re.compile(r"[.!?…]?\s+").match(text, pos, limit)
    if not m or not (text[pos - 2] in ".!?…" or (m.group() and m.group()[0] in ".!?…")):
        return None
    start = m.end()
    if start >= limit or not text[start].isupper():
        return None
    stop = _sentence_end(text, start, limit)
    # "Так ситуацію на фронті прокоментував X": after "Так" or "Про це" the verb may follow
    # what was commented on
    reach = _reach(doc, lex, start, stop, 3)
    pointing = reach == ABOUT_THIS_REACH
    # pointing back at the quote, a verb that attributes only right after one does here
    # too ("«...». Так X відреагував на заяви Кремля")
    cue = speech_cue(doc, lex, start, stop, reach, after_quote=pointing)
    if cue is None or (cue.pos == "VERB" and not finite_third(cue)):
        return None     # "Бо хотіти повторити ..." names no speaker (a speech adjective or
                        # gerund as the cue has no person to ask)
    return (start, stop)


def _named_at(doc: Document, pos: int) -> bool:
    """Whether a person, a body or a role phrase begins at `pos` (entity layer, if it ran)."""
    starts = doc.meta.get("_quote_name_starts")
    if starts is None or doc.meta.get("_quote_name_n") != len(doc.mentions) + len(doc.refs):
        starts = {m.start for m in doc.mentions if m.type in ("PER", "ORG")}
        starts |= {r.start for r in doc.refs if r.kind == "role"}
        doc.meta["_quote_name_starts"] = starts
        doc.meta["_quote_name_n"] = len(doc.mentions) + len(doc.refs)
    return pos in starts


def _place_at(doc: Document, pos: int) -> bool:
    """Whether a place's name (a state, a capital speaking for its government) begins at `pos`."""
    return any(m.start == pos and m.type == "LOC" for m in doc.mentions)


def _person_at(doc: Document, pos: int) -> bool:
    return any(m.start == pos and m.type == "PER" for m in doc.mentions)


def _speech_like(doc: Document, seg: Segment) -> bool:
    """Words that can be someone's speech: a name in marks («Азовсталі») takes no caption."""
    words = _words_between(doc, seg.start, seg.end)
    # "«Ми разом сильніші». Виступ ...": three words that are a sentence of their own speak
    return len(words) > 3 or any(t.pos == "VERB" for t in words) or (
        len(words) == 3 and _standalone(doc.text, seg))


_PAREN = re.compile(r"[.,]?\s*\(\s*")
_CLOCK = re.compile(CLOCK_WRITTEN)


def _caption_attribution(doc: Document, lex: Lexicon, pos: int, limit: int,
                         own: bool = False, here: bool = False,
                         inside: bool = False) -> tuple[int, int] | None:
    """Who said it, printed after the quote with no speech verb: "«...». Брифінг заступника
    керівника Офісу Президента Андрія Сибіги." or "«...» – Президент України під час звернення
    до ...". The caption opens with a speech-event noun or with the speaker's name or role,
    and has no verb of its own (else it is narration going on). `here`: the caption is a
    paragraph of its own that starts at `pos`, printed before the quote. `inside`: the quote
    opens after words of its own sentence, where a name after it is narration going on
    ("ЗАТ «Завод» Сергія Шапрана": whose the plant is; "ВАТ «Дороги» – ДП «...»"), not a
    caption; a noun of speech still is ("яке вона «...» – слова мами")."""
    text = doc.text
    bare = False        # "«...» Олег Кіпер, голова Одеської ОВА": no mark between them
    paren = None if here else _PAREN.match(text, pos, limit)
    m = None if here else lex.attr_dash.match(text, pos, limit)
    if here:
        start = pos
    elif paren:
        m = paren       # "«...» (Президент України Володимир Зеленський)"
    elif not (m and any(c in lex.dashes for c in m.group())):
        m = re.compile(r"[.!?…]?\s+").match(text, pos, limit)
        if not m:
            return None
        bare = not (own or text[pos - 2] in ".!?…" or m.group()[0] in ".!?…")
    if not here:
        start = m.end()
    if bare and (inside or not (start < limit and _named_at(doc, start) and _person_at(doc, start))):
        return None     # only a person's name may follow a quote with no stop or dash
    if start >= limit or not text[start].isalpha():
        return None
    stop = text.find(")", start, limit) if paren else _sentence_end(text, start, limit)
    if stop < 0:
        return None
    # the caption's head ends at its first comma: "– Президент під час звернення, яке він
    # записав у Києві" has a verb only in the clause that describes the speech
    head = next((t.start for t in tokens_in(doc, start, stop) if t.text == ","), stop)
    words = _words_between(doc, start, head)
    if not words or any(t.pos == "VERB" and "infn" not in t.tags and t.norm not in lex.caption_leads
                        for t in words):
        return None
    k = 0
    while k < min(3, len(words) - 1) and (words[k].norm in lex.caption_leads or (
            words[k].pos == "ADJF" and words[k + 1].lemma in lex.caption_nouns)):
        k += 1          # "Це слова Президента ...", "з вечірнього звернення Президента ...",
                        # "Вечірнє звернення Президента ..."
    if words[k].lemma in lex.caption_nouns or (k == 0 and not inside and _named_at(doc, words[0].start) and (
            not here or _person_at(doc, words[0].start))):
        return (start, stop)
    if here and k == 0 and head == stop and _role_and_name(doc, words):
        return (start, stop)
    return None


def published_words(lex: Lexicon, words: list[Token], k: int) -> bool:
    """A verb of publishing with words as its object, before a colon ("МЗС Литви оприлюднило
    заяву: «...»", "Партія поширила звернення: «...»"): the words that follow are its
    subject's, as after "заявило:"."""
    return words[k].lemma in lex.publish_verbs and words[k].pos == "VERB" and \
        any(w.lemma in lex.relay_nouns for w in words[k + 1:k + 3])


def _role_and_name(doc: Document, words: list[Token]) -> bool:
    """A caption line that is a person's office and name and nothing else ("Міністр оборони
    Олексій Резніков", "Посол Франції в Україні Гаель Вессьєр"), as a quote card prints it
    above the words: it opens with a capitalised noun of an office the knowledge base knows
    and ends with the name of a person."""
    first, last = words[0], words[-1]
    return first.text[:1].isupper() and first.lemma in office_nouns() and any(
        m.type == "PER" and m.end == last.end and m.start > first.start for m in doc.mentions)


def _pre_attribution(doc: Document, lex: Lexicon, start: int, pos: int) -> tuple[int, int] | None:
    """A speech verb in the same sentence before the opening mark ("Він сказав: «...»"), or a
    verb of address before a colon ("звернувся до громадян Росії: «...»"). A denied one ("Ми
    не кажемо «...»") tells nobody's words, unless another verb after it does ("не коментував
    угоду, але заявив: «...»")."""
    text = doc.text
    i = max(text.rfind(".", start, pos), text.rfind("!", start, pos), text.rfind("?", start, pos))
    while i > start and text[i] == "." and _initial_before(text, i):
        # "В. Зеленський: «...»": the stop of an initial ends no sentence
        i = max(text.rfind(".", start, i), text.rfind("!", start, i), text.rfind("?", start, i))
    s = i + 1 if i >= 0 else start
    words = [t for t in tokens_in(doc, s, pos) if t.is_word]
    colon = text[start:pos].rstrip().endswith(":")
    denied = False
    for k, t in enumerate(words):
        if lex.is_speech_verb(t) or (colon and t.lemma in lex.colon_verbs) or \
                (colon and published_words(lex, words, k)):
            if k and words[k - 1].norm in lex.negations:
                # "Ми не кажемо «...»": nobody says it here; but "не коментував угоду, але
                # заявив: «...»" says it with the verb after
                denied = True
                continue
            return (s, pos)
    if denied:
        return None
    while words and _CLOCK.fullmatch(words[0].text):
        words = words[1:]   # a live blog's time stamp ("10:05 Мер Києва Віталій Кличко: «...»")
    if _name_colon(doc, lex, words, pos) or (colon and _owned_words(doc, lex, words)):
        return (s, pos)
    return None


def _initial_before(text: str, i: int) -> bool:
    """Whether the stop at `i` closes a capital initial ("В." of "В. Зеленський")."""
    return i >= 1 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha())


def _owned_words(doc: Document, lex: Lexicon, words: list[Token]) -> bool:
    """A lead that names words and their owner before a colon, with no speech verb: "Його
    відповідь була короткою: «...»", "Коментар міністра: «...»", "Її слова були такими:".
    The noun of speech (`caption_nouns`) among the first three words, a possessive pronoun
    right before it or a name in the two words after it; "Відповідь проста: «...»" names
    no owner."""
    if not words or len(words) > lex.name_lead_words:
        return False
    third = lex.pronouns.get("masc", frozenset()) | lex.pronouns.get("femn", frozenset()) \
        | lex.pronouns.get("plur", frozenset())
    for k, t in enumerate(words[:3]):
        if t.lemma not in lex.caption_nouns or not (t.case in ("nomn", None) or any(
                p.tag.case == "nomn" for p in parses(t.text))):
            continue    # "слова" is read as a genitive first
        if k and words[k - 1].norm in third:
            return True
        if any(_named_at(doc, u.start) for u in words[k + 1:k + 3]):
            return True     # "Коментар Сибіги", "Коментар міністра Сибіги"
        if k + 1 < len(words) and _place_at(doc, words[k + 1].start):
            return True     # "Реакція Москви: «...»", "Відповідь Польщі:": a state or its capital
        if k + 2 < len(words) and words[k + 2].lemma in lex.side_nouns and any(
                r.kind == "adjective" and r.start == words[k + 1].start for r in doc.refs):
            return True     # "Реакція української сторони: «...»"
    return False


def _name_colon(doc: Document, lex: Lexicon, words: list[Token], pos: int) -> bool:
    """A speaker's name or office and a colon, with no verb, right before the quote: the way
    headlines and captions print who speaks ("Голова СБУ Василь Малюк: «...»", "Сибіга у
    Брюсселі: «...»"). The sentence must open with the name: "Результат простий: «...»"
    names no one."""
    text = doc.text
    i = pos - 1
    while i >= 0 and (text[i].isspace() or text[i] in lex.openers):
        i -= 1
    if i < 0 or text[i] != ":" or not words or len(words) > lex.name_lead_words:
        return False
    if any(t.pos == "VERB" and "infn" not in t.tags for t in words):
        return False
    named = words[_after_stance(doc, lex, words):]
    if named and named[0].lemma in lex.caption_nouns:
        return False    # "Коментар Брюсселя:" taken whole for a body's name: the words' noun
    return bool(named) and (_named_at(doc, named[0].start) or _described_name(
        doc, named, capital=named is words))


STANCE_PHRASE = 3       # words of the phrase after a stance word: "у протилежному", "в цьому"


def _after_stance(doc: Document, lex: Lexicon, words: list[Token]) -> int:
    """Where the name begins after a stance word that opens the caption and its phrase
    ("Переконаний у протилежному голова комітету Данило Гетманцев: «...»": the one who is
    convinced says the words); 0 when the lead opens with no stance word. The name begins
    after the phrase's preposition and its words in other cases, with a noun in the
    nominative or a name (the tagger may read "Юлія" as a genitive)."""
    if len(words) < 3 or words[0].lemma not in lex.stance or words[0].case != "nomn" \
            or words[1].pos != "PREP":
        return 0
    for k in range(2, min(len(words), STANCE_PHRASE + 2)):
        if (words[k].case == "nomn" and words[k].pos in ("NOUN", "PROPN")) \
                or _named_at(doc, words[k].start):
            return k
    return 0


def _described_name(doc: Document, words: list[Token], capital: bool = True) -> bool:
    """A caption that opens with a capitalised noun for a person and ends with a person's
    name ("Голова комітету Роксолана Підласа: «...»", "Політолог Олексій Гарань: «...»"):
    the office need not be one the knowledge base resolves to its holder. After a stance
    word (`capital` false) the noun is in lower case."""
    first = words[0]
    k = len(words)
    while k > 1 and len(words) - k < STANCE_TAIL and words[k - 1].pos in ("ADJF", "PRTF", "ADVB") \
            and words[k - 1].case in ("nomn", None) and words[k - 1].text[:1].islower():
        k -= 1      # "Автор документа Ярослав Юрчишин розчарований:": his stance, then his words
    last = words[k - 1]
    return (first.text[:1].isupper() or not capital) and person_noun(first) and any(
        m.type == "PER" and m.end == last.end and m.start > first.start for m in doc.mentions)


STANCE_TAIL = 2         # words of stance after the name before the colon: "категорично проти"

"""Direct speech: text inside quote marks, and paragraphs opened by a speech dash.

Works paragraph by paragraph (a quote never swallows the rest of the document): a closing mark
without its opening closes a quote that began at the paragraph start, an opening mark never
closed ends at the paragraph end, and a quote that opens in one paragraph and closes in a later
one (intermediate paragraphs without marks) becomes one quote per paragraph, linked in a group
so that they share one speaker. A dash-opened first-person address goes on paragraph by
paragraph while the paragraphs keep speaking in the first person.

The scan of one paragraph lives in `quote_marks`, the attribution of one quote in
`direct_attribution`, the segment itself in `direct_segment`; this module assembles them
across paragraphs and keeps the names callers import from it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ...document import Document
from .direct_attribution import (_caption_attribution, action, action_cue, _next_sentence_attribution,
                                 _post_attribution, _pre_attribution, _sentence_end, _speech_like,
                                 _words_between, first_person, narration, speech_cue)
from .direct_segment import Segment, _opens_inside, _standalone
from .lexicon import Lexicon, paragraph_starts, tokens_in
from .naming import naming_attribution
from .quote_marks import (_dash_start, _framed_close, _has_marks, _scan_inner_dashes, _scan_marks,
                          _split_at_attribution, _unless_orphan)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _introduced(doc: Document, lex: Lexicon, seg: Segment) -> bool:
    """Whether the text right before the opening mark hands over to speech: "сказав: «",
    "заявив, що «", a dash."""
    text = doc.text
    i = seg.start - 2
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in ":" or text[i] in lex.dashes or text[i] == "\n":
        return True
    if text[i] == ",":      # "Як зазначив міністр, «...»"
        # not the editor's "Нагадаємо, «Укртранснафта» пропонувала ...": a name follows
        return any(lex.is_speech_verb(t) and not (t.person == "1per" and t.number == "plur")
                   for t in _words_between(doc, max(0, i - 40), i)[-4:])
    prev = [t for t in tokens_in(doc, max(0, i - 40), i + 1) if t.is_word or t.text == ","]
    # "заявив, що «...»", not "свою нібито «владу»"
    return len(prev) > 1 and prev[-1].norm in lex.complementizers and (
        prev[-2].text == "," or lex.is_speech_token(prev[-2]))


# a sentence ends between two words: a stop before a space, or a new line
_SENTENCE_BREAK = re.compile(r"[.!?…](?=\s)|\n")


# what may stand between a title word and its name in marks: "постанову №155 «", "указ № 64/2022 «"
_NUMBER_GAP = re.compile(r"\s*(?:№\s*)?[\d/.-]+\s*")

# an act's registration number right before the marks, its date after it or not:
# "розпорядження Кабінету Міністрів від 21 грудня 2016 р. № 991 «Про ...»", "Указом № 23/2017
# від 3 лютого 2017 року «за особисту мужність ...»": what follows is its title or its wording
_ACT_NUMBER = re.compile(r"№\s*\d[\w/.-]*(?:\s+від\s+\d{1,2}[\s.]+\w+[\s.]+\d{4}\s*(?:р\.|року)?)?\s*$")


# a name in marks that ends with an initial's stop: ТОВ «Ю. К.», фірма «А. Т. К.»
_INITIAL_END = re.compile(r"(?:^|(?<=[\s.]))[A-ZА-ЯІЇЄҐ]\.\s*$")


# a closed pair of marks and a conjunction or comma up to the next opening mark:
# "скандували «Херсон – це Україна!» і «Додому!»"
_CHAINED = re.compile(r"[«„“\"]([^«»„“”\"\n]{1,80})[»“”\"]\s*(?:,|і|й|та|чи|або)\s*$")


def _chain_start(text: str, mark: int) -> int:
    """Where a list of names or slogans in marks begins, for the one whose opening mark is at
    `mark`: the words before the first of them tell what they all are ("під гаслами «...»,
    «...» та «...»")."""
    for _ in range(5):
        m = _CHAINED.search(text, max(0, mark - 90), mark)
        if m is None:
            break
        mark = m.start()
    return mark


def _authors_work(doc: Document, lex: Lexicon, opening: int) -> bool:
    """Marks right after a title word and its author's name ("у матеріалі Оксани Коваленко
    «...»", "фільм Сергія Лозниці «...»"): what they hold is the work's title, not the
    author's words."""
    text = doc.text
    for m in doc.mentions:
        if m.type != "PER" or not 0 <= opening - m.end <= 2 or text[m.end:opening].strip():
            continue
        before = [t for t in tokens_in(doc, max(0, m.start - 30), m.start) if t.is_word]
        return bool(before) and (before[-1].lemma in lex.title_words or before[-1].norm in
                                 lex.title_words) and not text[before[-1].end:m.start].strip()
    return False


def _is_title(doc: Document, lex: Lexicon, seg: Segment) -> bool:
    """A quoted name («Нафтогаз», операція «Щит», закон «Про ...») or a slogan a crowd
    chants ("скандували «...»") rather than speech."""
    if not seg.opened or not seg.closed:
        return False
    if seg.lead:
        return False
    opening = _chain_start(doc.text, seg.start - 1)
    before = [t for t in tokens_in(doc, max(0, opening - 40), opening)
              if t.is_word and not t.text[:1].isdigit()]
    if _ACT_NUMBER.search(doc.text, max(0, opening - 48), opening):
        return True         # the title of a numbered act, however far its act word stands
    if before and before[-1].lemma in lex.amended_units \
            and not doc.text[before[-1].end:opening].strip() and _amends(doc, lex, opening):
        return True         # "замінивши слова «...» словами «...»": the wording an act amends
    if before and before[-1].norm in lex.cited_words and not doc.text[before[-1].end:opening].strip():
        return True         # "після фрази «Стоп, знято!»": a phrase named as a phrase
    if before and before[-1].norm in lex.refrain_words \
            and not doc.text[before[-1].end:opening].strip(" ,:\t"):
        return True         # "повторюють, як мантру, «...»": a refrain, nobody's words here
    # the word's form too: "Гасло «...» стало ..." opening a sentence, which the dictionary
    # reads first as a verb ("гаснути")
    if before and (before[-1].lemma in lex.title_words or before[-1].norm in lex.title_words
                   or before[-1].lemma in lex.slogan_verbs) and (
            before[-1].end >= opening - 2
            or _NUMBER_GAP.fullmatch(doc.text, before[-1].end, opening)) \
            and not _SENTENCE_BREAK.search(doc.text, before[-1].end, opening + 1):
        # the title word names what follows only in its own sentence: "... виробництво ракет.
        # «Вони шукають ...», – пояснив X" is speech after a sentence ending on "ракет";
        # закон «Про ...», постанову №155 «Про ...»; "зміни до програми «єОселя», – пише
        # X": the attribution is the whole sentence's, the name in marks no quote
        return True
    if _authors_work(doc, lex, opening):
        return True         # "у матеріалі Оксани Коваленко «...»": the work's title
    after = next((t for t in tokens_in(doc, seg.end + 1, min(len(doc.text), seg.end + 40)) if t.is_word), None)
    if after is not None and after.lemma in lex.slogan_verbs \
            and not doc.text[seg.end + 1:after.start].strip(" ,\t" + "".join(lex.dashes)):
        return True         # "«Геть війну!» – скандували студенти"
    words = _words_between(doc, seg.start, seg.end)
    if seg.attr is not None and seg.attr[0] > seg.end:
        # "Росія назвала це «спецоперацією», – заявив X": a few words in marks inside a
        # sentence that the attribution closes; the sentence is the claim, found unmarked
        return len(words) <= 3 and _opens_inside(doc.text, seg) and not _introduced(doc, lex, seg)
    if re.search(r"[.!?…]\s*$", doc.text[seg.start:seg.end]) \
            and not _INITIAL_END.search(doc.text, seg.start, seg.end):
        return False        # a sentence in marks; not the initials of a name («Ю. К.»)
    if seg.attr is None and len(words) >= 2 and _acted_before_colon(doc, seg):
        return False        # "Захарова звинуватила Київ: «Це провокація режиму»": her words
    if seg.attr is None and len(words) <= 12 and not _standalone(doc.text, seg) \
            and not any(t.pos in ("VERB", "GRND") for t in words) \
            and sum("foreign" in t.tags for t in words) < 3:
        # no one said it and nothing in it is said (three words of a Russian passage, which
        # carry no parts of speech, may say anything; "«лихие 90-е»" is a name): the name of
        # a fund, a law, a party, a slogan ("«Фонд відновлення зруйнованого майна»", "у режимі «все для фронту»")
        return True
    if len(words) >= 5:
        return False
    if len(words) <= 4 and seg.attr is None and re.match(r"\s*\w", doc.text[seg.end + 1:seg.end + 3]):
        return True         # the sentence goes on after it: «Великий диктатор» Чарлі Чапліна
    if _introduced(doc, lex, seg):
        return False
    if seg.attr is None or len(words) <= 1:
        return True         # a name, or scare quotes ("так звані «вибори»")
    # a speech verb earlier in the sentence: a short name is still a title ("розповів про
    # «Павутину»"), and so is a short phrase with no verb ("назвав це «дзеркальною
    # відповіддю»", which the gold leaves optional); "«Ми переможемо»" is speech
    return len(words) <= 3 and not any(t.pos == "VERB" for t in words)


def _acted_before_colon(doc: Document, seg: Segment) -> bool:
    """A sentence in marks after a colon that ends a clause in which a named person or body
    acts ("Речниця Марія Захарова звинуватила Київ: «Це провокація режиму»"): the words of
    that act, however short and verbless, not a name ("Гасло акції: «Україна – це Європа»"
    has no act before it)."""
    text = doc.text
    if not text[seg.start:seg.start + 1].isupper() or not doc.sentences \
            or not text[:seg.start - 1].rstrip().endswith(":"):
        return False
    start = doc.sentences[doc.sentence_at(seg.start)].start
    colon = text.rfind(":", start, seg.start)
    if colon < 0 or not any(start <= m.start < colon and m.type in ("PER", "ORG") for m in doc.mentions):
        return False
    return any(t.pos == "VERB" and "infn" not in t.tags and t.person not in ("1per", "2per")
               for t in tokens_in(doc, start, colon))


def _amends(doc: Document, lex: Lexicon, pos: int) -> bool:
    """Whether a verb of amending an act ("замінити", "доповнивши") stands earlier in the
    sentence of `pos`: the wording in marks after "слова" is then what the act strikes or
    puts in, while "зі словами «...»" elsewhere still hands over to speech."""
    start = doc.sentences[doc.sentence_at(pos)].start if doc.sentences else 0
    return any(t.lemma in lex.amendment_verbs for t in tokens_in(doc, start, pos))


def find_direct(doc: Document, lex: Lexicon) -> list[Segment]:
    """Every direct quote of the document, in order, with its attribution and group."""
    text = doc.text
    paras = doc.paragraphs
    per_para: list[list[Segment]] = []
    dash_para: dict[int, int] = {}
    for pi, p in enumerate(paras):
        d = _dash_start(text, lex, p.start, p.end)
        if d is not None:
            dash_para[pi] = d
            per_para.append([])
        else:
            segs = _split_at_attribution(doc, lex, _scan_marks(doc, lex, pi, p.start, p.end))
            inner = _scan_inner_dashes(doc, lex, pi, p.start, p.end, segs)
            per_para.append(sorted(segs + inner, key=lambda g: g.start) if inner else segs)

    out: list[Segment] = []
    groups = iter(range(1, 10**9))
    pi = 0
    n = len(paras)
    while pi < n:
        if pi in dash_para:
            d = dash_para[pi]
            cue = speech_cue(doc, lex, d, paras[pi].end, 1)
            if cue is not None and cue.person not in ("1per", "2per") and cue.pos != "GRND":
                # "– зазначив він." printed as its own paragraph: the previous quote's attribution
                if out and out[-1].paragraph == pi - 1 and out[-1].attr is None:
                    out[-1].attr = (d, _sentence_end(text, d, paras[pi].end))
                pi += 1
                continue
            pi = _dash_paragraphs(doc, lex, pi, dash_para, out, next(groups))
            continue
        segs = per_para[pi] = _unless_orphan(doc, lex, per_para[pi], paras[pi])
        _emit(doc, lex, segs, paras[pi], groups, out)
        while segs and not segs[-1].closed:
            # a quote left open: does it close (or reopen, «-style) in a later paragraph?
            # Paragraphs between hold no marks or only quotes nested inside it.
            chain = segs[-1].group
            j = pi + 1
            while j < n and j - pi <= MAX_OPEN_PARAGRAPHS and j not in dash_para \
                    and _inner_only(per_para[j], paras[j]):
                j += 1
            later = per_para[j] if j < n and j not in dash_para else []
            if j == pi + 1 and later and not later[0].opened \
                    and _name_across_lines(doc, lex, segs[-1], later[0], paras[pi], paras[j]):
                # «Наші гроші.\nЗапоріжжя» in a text printed one sentence a line: a name
                if out and out[-1] is segs[-1]:
                    out.pop()
                rest = later[1:]
                _emit(doc, lex, rest, paras[j], groups, out)
                pi, segs = j, rest
                continue
            if not _may_run_on(doc, lex, segs[-1], paras[pi]) and not (
                    later and not later[0].opened and _framed_close(doc, lex, later[0], paras[j])):
                # a mark opened inside narration that no later paragraph closes with a speech
                # frame: a misprint ("ВАТ «ДАК «Дороги» «повинно ...", "у стилі « офлайн ."
                # and a stray » paragraphs later), no speech
                if out and out[-1] is segs[-1]:
                    out.pop()
                break
            if later and later[0].opened and j > pi + 1:
                # «-style paragraphs reopen each one with a mark; a quote whose next paragraphs
                # do not, and a later paragraph that opens a mark, are two things: the quote
                # ends at its paragraph and the narration between stays narration
                break
            if not (later and (not later[0].opened or later[0].start - 1 == paras[j].start)):
                if j >= n and _address_opened(doc, segs[-1], paras[pi]):
                    # never closed, as an address printed after "Звернення ...:" often is:
                    # it runs on while the paragraphs do not narrate
                    for mid in range(pi + 1, n):
                        if narration(doc, lex, paras[mid].start, paras[mid].end):
                            break
                        s, e = _trim(text, paras[mid].start, paras[mid].end)
                        out.append(Segment(s, e, mid, chain, opened=False, closed=False))
                    pi = n
                break
            for mid in range(pi + 1, j):
                s, e = _trim(text, paras[mid].start, paras[mid].end)
                # a paragraph inside the quote may hand over to the narrator and resume ("...
                # обираємо ми самі, – переконаний X, декан школи. – Ця книга ..."): the
                # attribution is the whole quote's, and no speech
                for piece in _split_at_attribution(
                        doc, lex, [Segment(s, e, mid, chain, opened=False, closed=False)]):
                    piece.group = chain
                    piece.start, piece.end = _trim(text, piece.start, piece.end)
                    if piece.end > piece.start:
                        out.append(piece)
            _emit(doc, lex, later, paras[j], groups, out, chain)
            pi, segs = j, later
        pi += 1
    return out


MAX_OPEN_PARAGRAPHS = 12


def _may_run_on(doc: Document, lex: Lexicon, seg: Segment, p) -> bool:
    """Whether a quote left open at its paragraph's end may go on in the paragraphs after it:
    one opened at the start of a sentence, handed over to ("заявив: «", "що «", a dash) or
    carried from an earlier paragraph. A mark opened in the middle of narration and never
    closed ("ВАТ «ДАК «Дороги України» «повинно заплатити ...") is a misprint; read on, it
    would make the paragraphs after it speech."""
    if not seg.opened or seg.lead is not None or seg.attr is not None:
        return True
    mark = seg.start - 1        # the opening mark, before the spaces trimmed off the quote
    while mark > p.start and doc.text[mark].isspace():
        mark -= 1
    at_mark = replace(seg, start=mark + 1)
    return not _opens_inside(doc.text, at_mark) or _introduced(doc, lex, at_mark)


def _name_across_lines(doc: Document, lex: Lexicon, seg: Segment, closing: Segment, p, q) -> bool:
    """A name in marks that a line break cuts after its inner stop: texts printed one sentence
    a line (a splitter took the stop for a sentence end) give "Про це пишуть «Наші гроші.\n
    Запоріжжя» з посиланням ..." and "На табличці написано «Музей.\nЦентр розпису» .". The
    mark opens inside narration without handing over to speech, the next line closes it, and
    the two halves read as one are a name (`_is_title`), not two quotes of nobody."""
    if not seg.opened or seg.closed or seg.lead is not None or not _opens_inside(doc.text, seg):
        return False
    if q.start - p.end > 2 or _introduced(doc, lex, seg) or seg.start - 1 <= p.start:
        return False        # a blank line between: paragraphs, not a broken sentence
    whole = Segment(seg.start, closing.end, seg.paragraph, -1)
    whole.attr = _post_attribution(doc, lex, closing.end + 1, q.end)
    return _is_title(doc, lex, whole)


def _inner_only(segs: list[Segment], p) -> bool:
    """A paragraph inside an open quote: no marks, or only quotes nested in the running one
    ("... вибивати окупантів, «мінусувати» їх.")."""
    return all(s.opened and s.closed and s.start - 1 > p.start for s in segs)


def _address_opened(doc: Document, seg: Segment, p) -> bool:
    """A quote opened at the start of a paragraph that a lead ending in a colon introduces,
    or at the start of the document."""
    return seg.start - 1 <= p.start and (seg.lead is not None or p.start == doc.paragraphs[0].start)


def _next_paragraph(doc: Document, end: int) -> tuple[int, int] | None:
    k = bisect.bisect_left(paragraph_starts(doc), end)
    if k < len(doc.paragraphs):
        return (doc.paragraphs[k].start, doc.paragraphs[k].end)
    return None


def _previous_paragraph(doc: Document, start: int) -> tuple[int, int] | None:
    k = bisect.bisect_left(paragraph_starts(doc), start) - 1
    return (doc.paragraphs[k].start, doc.paragraphs[k].end) if k >= 0 else None


def _emit(doc: Document, lex: Lexicon, segs: list[Segment], p, groups, out: list[Segment],
          chain: int | None = None) -> None:
    """Attribute, filter and trim the segments of one paragraph; the first one joins `chain`
    (a quote opened in an earlier paragraph) when given."""
    text = doc.text
    title = None        # the last name in marks passed over, right before this segment
    for k, seg in enumerate(segs):
        seg.group = chain if (k == 0 and chain is not None) else \
            segs[k - 1].group if (seg.joined and k) else next(groups)
        if seg.closed and seg.attr is None:
            seg.attr = _post_attribution(doc, lex, seg.end + 1, p.end)
        if seg.attr is None and seg.opened:
            seg.attr = _pre_attribution(doc, lex, p.start if k == 0 else segs[k - 1].end + 1,
                                        seg.start - 1)
            if seg.attr is not None and title is not None and title is segs[k - 1]:
                seg.attr = _over_name(doc, lex, title, seg.attr, p.start)
        if seg.attr is None and seg.closed and (seg.opened or (k == 0 and chain is not None)) \
                and _speech_like(doc, seg):
            # "«...». Про це заявила X" (the closing paragraph of a quote opened in an earlier
            # one too); a name in marks before "Про це повідомляється"
            # ("пров. «Музейний, 25-19». Про це повідомляється у листі ...") is no speech
            seg.attr = _next_sentence_attribution(doc, lex, seg.end + 1, p.end)
        if seg.attr is None and seg.closed and k == len(segs) - 1 and not any(
                c.isalnum() for c in text[seg.end + 1:p.end]):
            seg.attr = _about_this_paragraph(doc, lex, seg, p.end)
        if seg.attr is None and seg.closed and _speech_like(doc, seg):
            seg.attr = _caption_attribution(doc, lex, seg.end + 1, p.end,
                                            inside=_opens_inside(text, seg) and not _after_colon(text, seg))
            if seg.attr is None and k == len(segs) - 1 and not any(
                    c.isalnum() for c in text[seg.end + 1:p.end]):
                # the caption printed as the next paragraph
                nxt = _next_paragraph(doc, p.end)
                if nxt is not None and nxt[1] - nxt[0] < 300:
                    seg.attr = _caption_attribution(doc, lex, nxt[0] - 1, nxt[1], own=True)
        if seg.attr is None and k == 0 and seg.start - 1 <= p.start:
            # "Зеленський заявив:" closing the paragraph before
            prev = _previous_paragraph(doc, p.start)
            if prev is not None and doc.text[prev[1] - 1] == ":":
                seg.lead = prev
            elif prev is not None and prev[1] - prev[0] < 300 and chain is None \
                    and not _has_marks(text, lex, prev[0], prev[1]) and _speech_like(doc, seg):
                # a caption printed as the paragraph before: "Звернення Президента України
                # Володимира Зеленського за підсумками тижня.\n\n«...»"; a name in marks
                # («Щедрик» у соборі ...) takes none
                seg.attr = _caption_attribution(doc, lex, prev[0], prev[1], here=True)
        # asked once: a quote with no attribution yet asks here, one attributed otherwise only
        # when it may be a title below
        asked = seg.attr is None and seg.lead is None
        named = naming_attribution(doc, lex, seg) if asked else None
        if named is not None:
            seg.attr, seg.naming = named[0], True   # "назвав рішення «нікчемним»"
        if not (k == 0 and chain is not None) and not seg.naming and _is_title(doc, lex, seg):
            if not asked and seg.lead is None:
                named = naming_attribution(doc, lex, seg)
            if named is None:
                title = seg
                continue
            # "оцінив переговори як «конструктивні»": a speech verb that judges by a word
            seg.attr, seg.naming = named[0], True
        seg.start, seg.end = _trim(text, seg.start, seg.end)
        if seg.end > seg.start:
            out.append(seg)


def _after_colon(text: str, seg: Segment) -> bool:
    """A quote handed over to by a colon ("Цитата дня: «...» – Дмитро Кулеба"): the words
    before it introduce it, so a name after it is its caption, not narration going on."""
    return text[:seg.start - 1].rstrip(" \t«„“\"").endswith(":")


def _over_name(doc: Document, lex: Lexicon, name: Segment, attr: tuple[int, int],
               floor: int) -> tuple[int, int]:
    """An attribution that opens right after a name in marks in its own clause ("Компанія
    «Укрзалізниця» заявила: «...»", "Корпорація «Х» повідомила: «...»"): the name and the
    words of its clause before it are the attribution's subject, so it reaches back over them
    to the clause's start. Only a name after the noun of its kind, before a finite verb: a
    comma after the name ("у рамках «Туру», девіз якого говорить") ends its clause before the
    verb, and a word in marks alone ("«Господарі» відповідали") may be anyone's nickname."""
    text = doc.text
    verb = next((t for t in tokens_in(doc, name.end, attr[1]) if lex.is_speech_token(t)), None)
    if verb is None or verb.pos != "VERB" or "infn" in verb.tags \
            or any(c in ",.!?…;" for c in text[name.end:verb.start]):
        return attr     # "«Зайвими» слід вважати": no one's attribution; a stop between: the
                        # name is in a sentence before the attribution's
    start = name.start - 1
    while start > floor and text[start - 1] not in ",;:.!?…\n":
        start -= 1
    if not any(t.is_word for t in tokens_in(doc, start, name.start)):
        return attr     # "«Господарі» відповідали": a word in marks, no kind named before it
    return (start, attr[1])


def _about_this_paragraph(doc: Document, lex: Lexicon, seg: Segment, p_end: int):
    """A quote that closes its paragraph, attributed by the next paragraph when that opens
    with words that point back at it and a speech verb ("«...».\nТак прокоментував
    підсумки зустрічі міністр оборони.", "Про це заявила ..."; `about_this`). Another
    opening ("Президент заявив: ...") introduces what follows, not what went before."""
    nxt = _next_paragraph(doc, p_end)
    if nxt is None or nxt[1] - nxt[0] > 300:
        return None
    head = doc.text[nxt[0]:nxt[0] + 12].split(maxsplit=1)
    if not head or head[0].lower() not in lex.about_first:
        return None         # the common case, told without looking at the words
    words = [t for t in tokens_in(doc, nxt[0], min(nxt[1], nxt[0] + 40))]
    for seq in lex.about_this:
        if len(words) > len(seq) and all(w.is_word and w.norm == x for w, x in zip(words, seq)) \
                and words[len(seq)].is_word:
            return _next_sentence_attribution(doc, lex, seg.end + 1, nxt[1])
    return None


def _is_lead(doc: Document, lex: Lexicon, start: int, end: int) -> bool:
    """A paragraph that introduces the speech after it: it ends with a colon, or it is one
    sentence of narration with a speech verb and no quotation of its own ("Про це у вечірньому
    зверненні повідомив президент.")."""
    text = doc.text
    if text[end - 1] == ":":
        return True
    if _has_marks(text, lex, start, end):
        return False
    if len(re.findall(r"[.!?…](?:\s|$)", text[start:end])) > 1:
        return False
    return any(lex.is_speech_token(t) for t in tokens_in(doc, start, end))


def _continues_turn(doc: Document, lex: Lexicon, pi: int, start: int, out: list[Segment]) -> bool:
    """A dash paragraph with no attribution right after a paragraph whose dash turn names its
    speaker ("– Ми допоможемо, – сказав посол. / – Уряд Канади вже виділив кошти."): the same
    speaker goes on, in the first person or not. Not a question (the interviewer's turn), nor
    an item of a list (lower-case, or closed by ";" or ",")."""
    text = doc.text
    if not _after_attributed_turn(text, pi, out):
        return False
    body = text[start:doc.paragraphs[pi].end].rstrip(" \t»“”")
    return text[start].isupper() and body[-1:] in (".", "!", "…")


# how many dash paragraphs with no attribution may go on with a turn that had one
_TURN_RUN = 6


def _after_attributed_turn(text: str, pi: int, out: list[Segment]) -> bool:
    """Whether the dash paragraphs right before paragraph pi run back, one paragraph each and
    none of them a question, to a dash turn whose speaker is named after its words or in a
    lead before it ("— Ми
    вистоїмо, — заявив Зеленський. / — Наші воїни ... / — Ворог втрачає сили."): a speech
    printed as dash paragraphs goes on with the same speaker, in the first person or not."""
    k = len(out) - 1
    para = pi - 1
    while para >= max(0, pi - _TURN_RUN):
        segs = []
        while k >= 0 and out[k].paragraph >= para:
            if out[k].paragraph == para:
                segs.append(out[k])
            k -= 1
        if not segs or not all(s.dash for s in segs):
            return False
        if any((s.attr is not None and s.attr[0] >= s.end) or s.lead is not None for s in segs):
            return True     # (or one a lead sentence gives its speaker: "Речник розповів
                            # про атаку.\n\n— Ворог атакував ...\n\n— Ракет не було.")
        if any(s.attr is not None or text[s.start:s.end].rstrip(" \t»“”").endswith("?") for s in segs):
            return False
        para -= 1
    return False


def _answers_turn(doc: Document, lex: Lexicon, pi: int, start: int, out: list[Segment]) -> bool:
    """A dash paragraph with no attribution in a dialogue under way: right after a dash turn
    that replies ("— Піду, — відповів Степан.") or asks ("— А коли повернешся?"), the next
    turn answers it ("— А коли повернешся?", "— Увечері."); who says it is left to the
    alternation of the turns; so does a question right after an attributed turn
    (`_said_before`). A sentence, not an item of a list."""
    text = doc.text
    prev = out[-1] if out else None
    if prev is None or prev.paragraph != pi - 1 or not prev.dash:
        return False
    asked = text[prev.start:prev.end].rstrip(" \t»“”").endswith("?")
    replied = prev.attr is not None and prev.attr[0] >= prev.end and any(
        t.lemma in lex.reply_verbs for t in tokens_in(doc, *prev.attr))
    before = out[-2] if len(out) > 1 else None
    if before is not None and before.paragraph == pi - 2 and before.dash \
            and text[before.start:before.end].rstrip(" \t»“”").endswith("?"):
        replied = True      # the turn before answered a question: the exchange goes on
    body = text[start:doc.paragraphs[pi].end].rstrip(" \t»“”")
    if not (asked or replied) and not (body.endswith("?") and _said_before(out, pi)):
        return False
    return text[start].isupper() and body[-1:] in (".", "!", "?", "…")


def _said_before(out: list[Segment], pi: int) -> bool:
    """Whether the paragraph before is a dash turn its narrator attributes after the words
    ("— Підемо до річки, — сказала мати. — Там прохолодно."): a question opened by a dash
    right after it is the other party's turn ("— А якщо там калюжі?"), whichever verb the
    narrator chose; the part resumed after the narrator's words carries no attribution of its
    own, so every segment of that paragraph counts."""
    return any(s.paragraph == pi - 1 and s.dash and s.attr is not None and s.attr[0] >= s.end
               for s in out[-4:])


def _dash_paragraphs(doc: Document, lex: Lexicon, pi: int, dash_para: dict[int, int],
                     out: list[Segment], group: int) -> int:
    """A dash-opened paragraph and the first-person paragraphs that continue it; returns the
    index of the next paragraph to look at."""
    text = doc.text
    paras = doc.paragraphs
    p = paras[pi]
    start = dash_para[pi]
    segs: list[Segment] = []
    # "– Ми готові, – сказав він. – Але ..." : the narrator's words sit between dashes
    pos = start
    while True:
        m = lex.inner_dash.search(text, pos, p.end)
        while m and speech_cue(doc, lex, m.end(), p.end, 4, after_quote=True) is None \
                and action_cue(doc, lex, m.end(), p.end) is None:
            m = lex.inner_dash.search(text, m.end(), p.end)
        if not m:
            segs.append(Segment(pos, p.end, pi, group, dash=True))
            break
        cut = m.start() + (0 if m.group(1) == "," else 1)
        attr_end = _sentence_end(text, m.end(), p.end)
        resume = lex.resume_dash.search(text, m.end(), p.end)
        attr = (m.end(), attr_end if not resume else resume.start())
        if speech_cue(doc, lex, m.end(), p.end, 4, after_quote=True) is None:
            # a narrator's action: its subject speaks, not whoever else the action names
            # ("— А я? — росіянин дивився на Андрія.")
            attr = (m.end(), action(doc, lex, m.end(), p.end)[1])
        segs.append(Segment(pos, cut, pi, group, attr=attr, dash=True))
        if resume is None:
            break
        pos = resume.end()
        if pos >= p.end:
            break
    attributed = any(s.attr for s in segs)
    prev = paras[pi - 1] if pi else None
    lead = None
    if prev is not None and pi - 1 not in dash_para and _is_lead(doc, lex, prev.start, prev.end):
        lead = (prev.start, prev.end)
    answering = not (attributed or lead) and _answers_turn(doc, lex, pi, start, out)
    if not (attributed or lead or answering or first_person(doc, lex, p.start, p.end)
            or _continues_turn(doc, lex, pi, start, out)):
        return pi + 1
    for s in segs:
        s.lead = lead
        s.start, s.end = _trim(text, s.start, s.end)
        if s.end > s.start:
            out.append(s)
    nxt = pi + 1
    if answering:
        return nxt      # a dialogue's next dash paragraph is the next turn, not this one
    if attributed:
        return _turn_goes_on(doc, lex, nxt, dash_para, out, group, lead)
    # the address goes on while paragraphs speak in the first person
    while nxt < len(paras):
        q = paras[nxt]
        if nxt in dash_para:
            s = dash_para[nxt]
        elif _has_marks(text, lex, q.start, q.end):
            break
        else:
            s = q.start
        if not first_person(doc, lex, q.start, q.end) or narration(doc, lex, q.start, q.end):
            break
        a, b = _trim(text, s, q.end)
        out.append(Segment(a, b, nxt, group, lead=lead, dash=True, opened=False))
        nxt += 1
    return nxt


def _turn_goes_on(doc: Document, lex: Lexicon, nxt: int, dash_para: dict[int, int],
                  out: list[Segment], group: int, lead) -> int:
    """The paragraphs after an attributed dash turn that go on with it: plain paragraphs (no
    dash, no marks) that speak in the first person of the present or future and do not narrate
    ("— Дивіться, — він розгорнув карту. — Ми тут.\n\nЗаходимо з півночі, потім
    розділимося."). A speaker who goes on for several paragraphs opens no new dash, while a
    narrator, even one who says "я", tells in the past ("Я кивнув і пішов за ним"), which has
    no person. The next dash paragraph is the next turn; returns the index to look at."""
    text = doc.text
    paras = doc.paragraphs
    while nxt < len(paras) and nxt not in dash_para:
        q = paras[nxt]
        if _has_marks(text, lex, q.start, q.end) or lex.inner_dash.search(text, q.start, q.end) \
                or not _speaks_now(doc, q.start, q.end) or narration(doc, lex, q.start, q.end):
            break       # a dash inside: narration that gives the word to someone again
        a, b = _trim(text, q.start, q.end)
        out.append(Segment(a, b, nxt, group, lead=lead, dash=True, opened=False))
        nxt += 1
    return nxt


def _speaks_now(doc: Document, start: int, end: int) -> bool:
    """A verb of the first person in the present or the future ("чекаю", "розділимося",
    "притискатиму"): past forms carry no person, so a first-person narrator never has one.
    The copula "є", which the dictionary reads first as "I am", is any person's."""
    return any(t.pos == "VERB" and t.person == "1per" and t.norm != "є"
               for t in tokens_in(doc, start, end))

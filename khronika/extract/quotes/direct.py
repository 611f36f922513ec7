"""Direct speech: text inside quote marks, and paragraphs opened by a speech dash.

Works paragraph by paragraph (a quote never swallows the rest of the document): a closing mark
without its opening closes a quote that began at the paragraph start, an opening mark never
closed ends at the paragraph end, and a quote that opens in one paragraph and closes in a later
one (intermediate paragraphs without marks) becomes one quote per paragraph, linked in a group
so that they share one speaker. A dash-opened first-person address goes on paragraph by
paragraph while the paragraphs keep speaking in the first person.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ...document import Document, Token
from .lexicon import IMPERATIVE as _IMPERATIVE, Lexicon, paragraph_starts, tokens_in


@dataclass(slots=True)
class Segment:
    """A direct quote before attribution. `attr` is the (start, end) of the text that names
    the speaker (after the quote, "– зазначив X", or before it, "Він сказав:"); `group` links
    the paragraphs of one quote or one address."""
    start: int
    end: int
    paragraph: int
    group: int
    attr: tuple[int, int] | None = None
    lead: tuple[int, int] | None = None   # a previous paragraph that introduces the address
    opened: bool = True
    closed: bool = True
    dash: bool = False
    said_by: str | None = None    # an interview turn's speaker, known from the layout
    turn: bool = False


def _words_between(doc: Document, start: int, end: int) -> list[Token]:
    return [t for t in tokens_in(doc, start, end) if t.is_word]


def speech_cue(doc: Document, lex: Lexicon, start: int, end: int, max_words: int = 5) -> Token | None:
    """The speech verb among the first words of an attribution ("– зазначив Президент")."""
    words = _words_between(doc, start, end)[:max_words]
    for t in words:
        if lex.is_speech_token(t):
            return t
    return None


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


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


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
    if speech_cue(doc, lex, m.end(), stop) is None:
        return None
    return (m.end(), stop)


ABOUT_THIS_REACH = 6     # words from "Так" to its speech verb


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
    first = next((t for t in tokens_in(doc, start, stop) if t.is_word), None)
    # "Так ситуацію на фронті прокоментував X": after "Так" or "Про це" the verb may follow
    # what was commented on
    reach = ABOUT_THIS_REACH if first is not None and first.norm in lex.about_first else 3
    cue = speech_cue(doc, lex, start, stop, reach)
    if cue is None or cue.person in ("1per", "2per") or "infn" in cue.tags or _IMPERATIVE & cue.tags:
        return None     # "Бо хотіти повторити ..." names no speaker
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


def _person_at(doc: Document, pos: int) -> bool:
    return any(m.start == pos and m.type == "PER" for m in doc.mentions)


def _speech_like(doc: Document, seg: Segment) -> bool:
    """Words that can be someone's speech: a name in marks («Азовсталі») takes no caption."""
    words = _words_between(doc, seg.start, seg.end)
    # "«Ми разом сильніші». Виступ ...": three words that are a sentence of their own speak
    return len(words) > 3 or any(t.pos == "VERB" for t in words) or (
        len(words) == 3 and _standalone(doc.text, seg))


_PAREN = re.compile(r"[.,]?\s*\(\s*")


def _caption_attribution(doc: Document, lex: Lexicon, pos: int, limit: int,
                         own: bool = False) -> tuple[int, int] | None:
    """Who said it, printed after the quote with no speech verb: "«...». Брифінг заступника
    керівника Офісу Президента Андрія Сибіги." or "«...» – Президент України під час звернення
    до ...". The caption opens with a speech-event noun or with the speaker's name or role,
    and has no verb of its own (else it is narration going on)."""
    text = doc.text
    bare = False        # "«...» Олег Кіпер, голова Одеської ОВА": no mark between them
    paren = _PAREN.match(text, pos, limit)
    m = lex.attr_dash.match(text, pos, limit)
    if paren:
        m = paren       # "«...» (Президент України Володимир Зеленський)"
    elif not (m and any(c in lex.dashes for c in m.group())):
        m = re.compile(r"[.!?…]?\s+").match(text, pos, limit)
        if not m:
            return None
        bare = not (own or text[pos - 2] in ".!?…" or m.group()[0] in ".!?…")
    start = m.end()
    if bare and not (start < limit and _named_at(doc, start) and _person_at(doc, start)):
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
    if not words or any(t.pos == "VERB" and "infn" not in t.tags for t in words):
        return None
    k = 0
    while k < min(3, len(words) - 1) and (words[k].norm in lex.caption_leads or (
            k and words[k].pos == "ADJF" and words[k + 1].lemma in lex.caption_nouns)):
        k += 1          # "Це слова Президента ...", "з вечірнього звернення Президента ..."
    if words[k].lemma in lex.caption_nouns or (k == 0 and _named_at(doc, words[0].start)):
        return (start, stop)
    return None


def _pre_attribution(doc: Document, lex: Lexicon, start: int, pos: int) -> tuple[int, int] | None:
    """A speech verb in the same sentence before the opening mark ("Він сказав: «...»"), or a
    verb of address before a colon ("звернувся до громадян Росії: «...»")."""
    text = doc.text
    i = max(text.rfind(".", start, pos), text.rfind("!", start, pos), text.rfind("?", start, pos))
    s = i + 1 if i >= 0 else start
    words = [t for t in tokens_in(doc, s, pos) if t.is_word]
    colon = text[start:pos].rstrip().endswith(":")
    for k, t in enumerate(words):
        if lex.is_speech_verb(t) or (colon and t.lemma in lex.colon_verbs):
            if k and words[k - 1].norm in lex.negations:
                return None     # "Ми не кажемо «...»": nobody says it here
            return (s, pos)
    if _name_colon(doc, lex, words, pos):
        return (s, pos)
    return None


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
    return _named_at(doc, words[0].start)


def _scan_marks(doc: Document, lex: Lexicon, p_index: int, ps: int, pe: int) -> list[Segment]:
    """Top-level quote segments of one paragraph (inner marks are content)."""
    text = doc.text
    out: list[Segment] = []
    stack: list[str] = []
    seg_start = ps
    collapsed = -1      # a closing mark that left the same kind open: «... «...» may close both
    for mm in lex.mark_re.finditer(text, ps, pe):
        i = mm.start()
        ch = text[i]
        collapsed = -1
        if ch in lex.openers and ch in lex.closers:      # " or “
            before = text[i - 1] if i > ps else " "
            after = text[i + 1] if i + 1 < pe else " "
            nested_open = ch == '"' and (before.isspace() or before in "(«„") and after.isalnum()
            if stack and stack[-1] == ch and not nested_open:
                stack.pop()
                if not stack:
                    out.append(Segment(seg_start, i, p_index, -1))
                continue
            if ch == '"' and not stack:
                if not before.isspace() and before not in "(-–—" and (after.isspace() or after in ",.;:!?"):
                    if not out:                          # an orphan closing mark
                        out.append(Segment(ps, i, p_index, -1, opened=False))
                    continue
            if not stack:
                seg_start = i + 1
            stack.append(lex.pairs[ch])
            continue
        if ch in lex.openers:
            if not stack:
                seg_start = i + 1
            stack.append(lex.pairs[ch])
            continue
        # a closing mark
        if ch in stack:
            while stack and stack[-1] != ch:
                stack.pop()
            stack.pop()
            if not stack:
                out.append(Segment(seg_start, i, p_index, -1))
            elif stack[-1] == ch:
                collapsed = i
        elif not stack and (not out or all(s.opened and s.closed for s in out)):
            # a quote running from an earlier paragraph closes here; quotes before the mark
            # were nested in it
            out = [Segment(ps, i, p_index, -1, opened=False)]
    if stack and collapsed >= 0 and len(stack) == 1 and text[collapsed + 1:pe].strip(" .,;") \
            and len(text[seg_start:collapsed].split()) <= 10 \
            and not text[collapsed + 1:pe].lstrip(" .,;")[:1].islower():
        # «фонд «Повернись живим». Або ...: one mark closes the name and the name within it
        # (a common way to print nested marks), and the paragraph goes on in narration
        out.append(Segment(seg_start, collapsed, p_index, -1))
    elif stack:
        out.append(Segment(seg_start, pe, p_index, -1, closed=False))
    return out


def _scan_inner_dashes(doc: Document, lex: Lexicon, p_index: int, ps: int, pe: int,
                       taken: list[Segment]) -> list[Segment]:
    """Speech opened by a dash in the middle of a paragraph, after a narrated sentence, and
    handed back by ", – <speech verb>": "... повідомив він. – Ми не зупинимося, – додав він."
    Only with that attribution: a bare dash inside a sentence is punctuation."""
    text = doc.text
    out: list[Segment] = []
    pos = ps
    while True:
        m = lex.sentence_dash.search(text, pos, pe)
        if not m:
            return out
        start = m.end()
        pos = start
        if start >= pe or text[start].isdigit() or not text[start].isalpha():
            continue
        close = lex.inner_dash.search(text, start, pe)
        while close and speech_cue(doc, lex, close.end(), pe, 4) is None:
            close = lex.inner_dash.search(text, close.end(), pe)
        if not close:
            continue
        end = close.start() + (0 if close.group(1) == "," else 1)
        if any(t.start < end and start < t.end for t in taken):
            continue
        out.append(Segment(start, end, p_index, -1, dash=True))
        pos = close.end()


def _has_marks(text: str, lex: Lexicon, ps: int, pe: int) -> bool:
    return any(c in lex.marks for c in text[ps:pe])


def _dash_start(text: str, lex: Lexicon, ps: int, pe: int) -> int | None:
    """Where the speech begins after a paragraph-initial dash, or None."""
    if text[ps] not in lex.dashes or pe - ps < 3:
        return None
    i = ps + 1
    while i < pe and text[i].isspace():
        i += 1
    if i >= pe or text[i].isdigit() or text[i] in lex.dashes:
        return None
    return i


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
        return any(lex.is_speech_verb(t) for t in _words_between(doc, max(0, i - 40), i)[-4:])
    prev = [t for t in tokens_in(doc, max(0, i - 40), i + 1) if t.is_word or t.text == ","]
    # "заявив, що «...»", not "свою нібито «владу»"
    return len(prev) > 1 and prev[-1].norm in lex.complementizers and (
        prev[-2].text == "," or lex.is_speech_token(prev[-2]))


_ENDS = frozenset(".!?…\n")


def _standalone(text: str, seg: Segment) -> bool:
    """A quote that is a sentence of its own ("«Солідарність – це щоденна робота»."), not a
    part of a sentence that goes on around it."""
    i = seg.start - 2
    while i >= 0 and text[i] not in _ENDS:
        if not text[i].isspace() and text[i] not in "*_":
            return False
        i -= 1
    j = seg.end + 1
    while j < len(text) and text[j] not in _ENDS:
        if not text[j].isspace() and text[j] not in "*_\"»“":
            return False
        j += 1
    return True


def _opens_inside(text: str, seg: Segment) -> bool:
    """Whether words of its own sentence stand before the quote's opening mark."""
    i = seg.start - 2
    while i >= 0 and text[i] not in _ENDS:
        if text[i].isalnum():
            return True
        i -= 1
    return False


# a sentence ends between two words: a stop before a space, or a new line
_SENTENCE_BREAK = re.compile(r"[.!?…](?=\s)|\n")
# what may stand between a title word and its name in marks: "постанову №155 «", "указ № 64/2022 «"
_NUMBER_GAP = re.compile(r"\s*(?:№\s*)?[\d/.-]+\s*")


def _is_title(doc: Document, lex: Lexicon, seg: Segment) -> bool:
    """A quoted name («Нафтогаз», операція «Щит», закон «Про ...») rather than speech."""
    if not seg.opened or not seg.closed:
        return False
    if seg.lead:
        return False
    before = [t for t in tokens_in(doc, max(0, seg.start - 40), seg.start - 1)
              if t.is_word and not t.text[:1].isdigit()]
    if before and before[-1].lemma in lex.title_words and (
            before[-1].end >= seg.start - 3
            or _NUMBER_GAP.fullmatch(doc.text, before[-1].end, seg.start - 1)) \
            and not _SENTENCE_BREAK.search(doc.text, before[-1].end, seg.start):
        # the title word names what follows only in its own sentence: "... виробництво ракет.
        # «Вони шукають ...», – пояснив X" is speech after a sentence ending on "ракет";
        # закон «Про ...», постанову №155 «Про ...»; "зміни до програми «єОселя», – пише
        # X": the attribution is the whole sentence's, the name in marks no quote
        return True
    words = _words_between(doc, seg.start, seg.end)
    if seg.attr is not None and seg.attr[0] > seg.end:
        # "Росія назвала це «спецоперацією», – заявив X": a few words in marks inside a
        # sentence that the attribution closes; the sentence is the claim, found unmarked
        return len(words) <= 3 and _opens_inside(doc.text, seg) and not _introduced(doc, lex, seg)
    if re.search(r"[.!?…]\s*$", doc.text[seg.start:seg.end]):
        return False
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
            segs = _scan_marks(doc, lex, pi, p.start, p.end)
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
        _emit(doc, lex, per_para[pi], paras[pi], groups, out)
        segs = per_para[pi]
        while segs and not segs[-1].closed:
            # a quote left open: does it close (or reopen, «-style) in a later paragraph?
            # Paragraphs between hold no marks or only quotes nested inside it.
            chain = segs[-1].group
            j = pi + 1
            while j < n and j - pi <= MAX_OPEN_PARAGRAPHS and j not in dash_para \
                    and _inner_only(per_para[j], paras[j]):
                j += 1
            later = per_para[j] if j < n and j not in dash_para else []
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
                out.append(Segment(s, e, mid, chain, opened=False, closed=False))
            _emit(doc, lex, later, paras[j], groups, out, chain)
            pi, segs = j, later
        pi += 1
    return out


MAX_OPEN_PARAGRAPHS = 12


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
    for k, seg in enumerate(segs):
        seg.group = chain if (k == 0 and chain is not None) else next(groups)
        if seg.closed:
            seg.attr = _post_attribution(doc, lex, seg.end + 1, p.end)
        if seg.attr is None and seg.opened:
            seg.attr = _pre_attribution(doc, lex, p.start if k == 0 else segs[k - 1].end + 1,
                                        seg.start - 1)
        if seg.attr is None and seg.closed and seg.opened:
            seg.attr = _next_sentence_attribution(doc, lex, seg.end + 1, p.end)
        if seg.attr is None and seg.closed and _speech_like(doc, seg):
            seg.attr = _caption_attribution(doc, lex, seg.end + 1, p.end)
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
        if not (k == 0 and chain is not None) and _is_title(doc, lex, seg):
            continue
        seg.start, seg.end = _trim(text, seg.start, seg.end)
        if seg.end > seg.start:
            out.append(seg)


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
        while m and speech_cue(doc, lex, m.end(), p.end, 4) is None:
            m = lex.inner_dash.search(text, m.end(), p.end)
        if not m:
            segs.append(Segment(pos, p.end, pi, group, dash=True))
            break
        cut = m.start() + (0 if m.group(1) == "," else 1)
        attr_end = _sentence_end(text, m.end(), p.end)
        resume = lex.resume_dash.search(text, m.end(), p.end)
        segs.append(Segment(pos, cut, pi, group, attr=(m.end(), attr_end if not resume else resume.start()),
                            dash=True))
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
    if not (attributed or lead or first_person(doc, lex, p.start, p.end)):
        return pi + 1
    for s in segs:
        s.lead = lead
        s.start, s.end = _trim(text, s.start, s.end)
        if s.end > s.start:
            out.append(s)
    nxt = pi + 1
    if attributed:
        return nxt
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

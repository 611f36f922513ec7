"""The scan of one paragraph for direct speech: stretches between quote marks (an unmatched
closing mark closes a quote opened at the paragraph start, an unclosed one runs to its end),
dashes that resume a quote inside a paragraph, and the paragraph-initial speech dash; and
whether a closing mark with no opening one ends speech (`_framed_close`, `_unless_orphan`),
which reads the mark's own paragraph alone. Apart from the assembly across paragraphs
(`direct`) because it reads one paragraph alone.
"""
from __future__ import annotations

from ...document import Document
from .direct_attribution import _post_attribution, _sentence_end, first_person, speech_cue
from .direct_segment import Segment
from .lexicon import Lexicon, tokens_in


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
            if ch in '"“' and not stack:
                # a mark after a word and before a space or a stop closes a quote opened in
                # an earlier paragraph (with " or „ … “), not opens one
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
            if stack and _closes_name(doc, lex, stack, ch, seg_start, i, pe):
                stack.clear()
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


def _closes_name(doc: Document, lex: Lexicon, stack: list[str], ch: str, start: int, i: int,
                 pe: int) -> bool:
    """A closing mark that ends a name nested in a name: "ДП «НАЕК «Енергоатом» уклало ...",
    "ТОВ «Торговий дім «Ветек» ...". Ukrainian print often gives one mark for both, so the
    outer mark is closed by nothing after it in the paragraph; left open, it would turn the
    narration that follows (and the paragraphs after it) into a quote. The mark closes both
    when the rest of the paragraph cannot close the outer one and the words up to it are a
    short name with no verb; a quote that runs on («Ми захищаємо «Азовсталь» ...) keeps its
    verb and stays open."""
    if any(c != ch for c in stack):
        return False
    opener = next((o for o, c in lex.pairs.items() if c == ch), None)
    rest = doc.text[i + 1:pe]
    if opener is None or opener == ch or rest.count(ch) - rest.count(opener) >= len(stack):
        return False
    words = [t for t in tokens_in(doc, start, i) if t.is_word]
    return 0 < len(words) <= _NAME_WORDS and not any(t.pos in ("VERB", "GRND") for t in words)


# a name nested in a name is a few words ("Акціонерна страхова компанія «ІНГО Україна»")
_NAME_WORDS = 8


def _split_at_attribution(doc: Document, lex: Lexicon, segs: list[Segment]) -> list[Segment]:
    """Speech in marks that hands over to the narrator and resumes: "«Ми працюємо над
    стійкістю, – сказав міністр. – Це головне завдання»". The attribution between the dashes
    is no speech: the words before it are a quote attributed by it, the words after it a
    quote of the same speaker (`joined`). Only with a speech verb in the third person right
    after the dash and the speech resumed by a dash after it."""
    if not segs:
        return segs         # most paragraphs quote nothing
    text = doc.text
    out: list[Segment] = []
    for seg in segs:
        if seg.dash:
            out.append(seg)
            continue
        pos, first = seg.start, True
        while True:
            m = lex.inner_dash.search(text, pos, seg.end)
            cue = None
            while m:
                # the verb right after this dash, not after the next one ("..., – обираємо ми
                # самі, – переконаний X": the first dash goes on with the speech)
                nxt = lex.inner_dash.search(text, m.end(), seg.end)
                cue = speech_cue(doc, lex, m.end(), nxt.start() if nxt else seg.end, 4,
                                 after_quote=True)
                if cue is not None and cue.person not in ("1per", "2per"):
                    break
                m = nxt
            resume = lex.resume_dash.search(text, m.end(), seg.end) if m else None
            if m is None or resume is None or resume.end() >= seg.end \
                    or resume.start() > _sentence_end(text, m.end(), seg.end):
                out.append(Segment(pos, seg.end, seg.paragraph, -1, opened=seg.opened and first,
                                   closed=seg.closed, joined=not first))
                break
            cut = m.start() + (0 if m.group(1) == "," else 1)
            out.append(Segment(pos, cut, seg.paragraph, -1, attr=(m.end(), resume.start()),
                               opened=seg.opened and first, joined=not first))
            pos, first = resume.end(), False
    return out


def _scan_inner_dashes(doc: Document, lex: Lexicon, p_index: int, ps: int, pe: int,
                       taken: list[Segment]) -> list[Segment]:
    """Speech opened by a dash in the middle of a paragraph, after a narrated sentence, and
    handed back by ", – <speech verb>": "... повідомив він. – Ми не зупинимося, – додав він."
    Only with that attribution: a bare dash inside a sentence is punctuation, except right
    after the sentence that attributes such a turn ("Посол дав інтерв'ю. – Ми допоможемо, –
    сказав він. – Наш уряд виділив кошти."): there the dash resumes the same speaker's words
    (`_continued_turn`)."""
    text = doc.text
    out: list[Segment] = []
    pos = ps
    resumes = -1        # where the attribution sentence of the last turn ends
    while True:
        m = lex.sentence_dash.search(text, pos, pe)
        if not m:
            return out
        start = m.end()
        pos = start
        if start >= pe or text[start].isdigit() or not text[start].isalpha():
            continue
        close = lex.inner_dash.search(text, start, pe)
        while close and speech_cue(doc, lex, close.end(), pe, 4, after_quote=True) is None:
            close = lex.inner_dash.search(text, close.end(), pe)
        if not close:
            turn = _continued_turn(doc, lex, m, resumes, pe)
            resumes = -1
            if turn is not None and not any(t.start < turn[1] and turn[0] < t.end for t in taken):
                out.append(Segment(turn[0], turn[1], p_index, -1, dash=True, joined=True))
                pos = turn[1]
            continue
        end = close.start() + (0 if close.group(1) == "," else 1)
        if any(t.start < end and start < t.end for t in taken):
            continue
        out.append(Segment(start, end, p_index, -1, dash=True))
        pos = close.end()
        resumes = _sentence_end(text, close.end(), pe)


def _continued_turn(doc: Document, lex: Lexicon, m, resumes: int, pe: int) -> tuple[int, int] | None:
    """The stretch of a dash turn that opens right where the attribution sentence of the turn
    before it ends, up to the next sentence dash or the paragraph's end; None when it does not
    open there, or when it asks something (the interviewer's question is another speaker's,
    and so is everything after it)."""
    text = doc.text
    if not 0 <= resumes < m.start() or text[resumes:m.start()].strip(".!?…"):
        return None
    nxt = lex.sentence_dash.search(text, m.end(), pe)
    end = nxt.start() if nxt else pe
    while end > m.end() and text[end - 1].isspace():
        end -= 1
    if text[m.end():end].rstrip("»“” ").endswith("?"):
        return None
    return m.end(), end


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


def _framed_close(doc: Document, lex: Lexicon, closing: Segment, q) -> bool:
    """Whether a closing mark in a later paragraph ends speech: a speech frame follows it
    ("...», – сказав X", "...», зазначив суд"). Without it a stray closing mark paragraphs
    after a mark opened inside narration says nothing about the paragraphs between, which are
    narration."""
    if _post_attribution(doc, lex, closing.end + 1, q.end) is not None:
        return True
    start = closing.end + 1
    while start < q.end and not doc.text[start].isalnum():
        start += 1
    return start < q.end and speech_cue(doc, lex, start, _sentence_end(doc.text, start, q.end),
                                        after_quote=True) is not None


def _unless_orphan(doc: Document, lex: Lexicon, segs: list[Segment], p) -> list[Segment]:
    """The segments of a paragraph no open quote of an earlier paragraph runs into, less a
    first one that only a closing mark makes ("Ціни знову поповзли вгору » ."). The scan reads
    a closing mark with no opening one as the end of a quote opened paragraphs before; when
    no such quote is open, the mark is a misprint or the tail of something the text lost, and
    the words from the paragraph start are narration unless a speech frame follows the mark
    ("Будемо будувати далі » , – сказав мер") or one stands inside the words. Words in the first
    person are someone's own ("Ми вистоїмо»."): the annotation guidelines keep a quote that a
    closing mark alone ends at the paragraph's start, and only narration is taken out."""
    if not segs or segs[0].opened or segs[0].dash or segs[0].attr is not None \
            or _framed_close(doc, lex, segs[0], p) or first_person(doc, lex, segs[0].start, segs[0].end):
        return segs
    return segs[1:]

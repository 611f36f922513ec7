"""Interviews: a conversation printed as its layout, with no speech verb to attribute a turn.

Three layouts are read. Dash turns ("— Коли почнеться ремонт?" / "— Ми плануємо почати 15-го."):
a dash paragraph that asks (ends with "?") is the interviewer's, the dash paragraphs after it
up to the next question are the answer, with the plain paragraphs between them. Labelled
turns ("Малюк: ...", "Питання: ..." / "Відповідь: ..."): a paragraph opened by a short
capitalised label and a colon, when the document holds such labels for both sides. Plain turns:
questions as paragraphs of one short sentence with no mark, after a lead that tells of a talk.

The answers are direct quotes of the interviewee: the person a turn's label names, else the
one person the lead before the first turn (or the title) names. A question is quoted when its
label names someone, or when the lead names the one outlet whose journalist asks ("в інтерв'ю
«Лізі»"): the questions are the outlet's; an unnamed journalist of no named outlet is no one. The
label words are data (`speech.yaml`, `interview_*`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...document import Document, Paragraph, Sentence
from ..author import address_author
from .described_speakers import DescribedSpeakers
from .lexicon import IMPERATIVE, Lexicon, tokens_in
from .role_words import role_heads

# "Василь Малюк:", "Малюк:", "Питання:", "П.:", "В.З.:": one to three capitalised words, or
# initials written together, and a colon
_LABEL = re.compile(r"((?:[^\W\d_]\.){2,3}|(?:[^\W\d_][\w'’ʼ-]*\.?)(?:\s+[^\W\d_][\w'’ʼ-]*\.?){0,2})"
                    r"\s*:\s+(?=\S)")


@dataclass(slots=True)
class Turn:
    start: int
    end: int
    paragraph: int
    question: bool
    speaker: str | None
    described: tuple[int, int] | None = None   # the role phrase of an interviewee no entity names


# a turn printed inside quote marks ("Макрон: «Ми нічого не виключаємо»."): the marks and the
# stop after them are no words of the turn
_MARKS = {"«": "»", "„": "“", "“": "”", '"': '"'}


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    close = _MARKS.get(text[start:start + 1])
    if close is not None:
        last = end
        while last > start and text[last - 1] in ".,;…":
            last -= 1
        inner = text[start + 1:last - 1]
        if last - start > 2 and text[last - 1] == close and close not in inner \
                and text[start] not in inner:
            return start + 1, last - 1
    return start, end


def _asks(text: str, start: int, end: int) -> bool:
    return text[start:end].rstrip(" \t»\"“”").endswith("?")


def _person_at(doc: Document, start: int, end: int) -> str | None:
    """The person or body whose mention lies inside [start, end)."""
    for m in doc.mentions:
        if start <= m.start and m.end <= end and m.entity and m.type in ("PER", "ORG"):
            return m.entity
    return None


def _interview_sentences(doc: Document, lex: Lexicon, lead_end: int,
                         lead_start: int = 0) -> Iterator[Sentence]:
    """The sentences of the lead, from `lead_start` up to `lead_end`, that hold an interview
    word ("інтерв'ю", "в розмові", "розповів"): the lead names the interviewee and the outlet in them, and
    a name elsewhere in the lead is someone the talk is about."""
    for s in doc.sentences:
        if s.start >= lead_end:
            break
        if s.start < lead_start:
            continue
        words = doc.text[s.start:s.end].lower()
        if any(w in words for w in lex.interview_words):
            yield s


def _interviewee(doc: Document, lex: Lexicon, lead_end: int, lead_start: int = 0) -> str | None:
    """The one person the lead before the first turn names (a sentence with an interview word
    first), else the address author the title names. With `lead_start`, the lead is a
    closing line after the turns ("Про зиму ми поговорили з головою ОВА ...") and has no
    title to fall back on."""
    people: list[str] = []
    for m in sorted(_people_named(doc), key=lambda m: m.start):
        if lead_start <= m.start and m.end <= lead_end and m.entity not in people:
            people.append(m.entity)
    if len(people) > 1 and doc.sentences:
        told = []
        for s in _interview_sentences(doc, lex, lead_end, lead_start):
            told += [m.entity for m in _people_named(doc) if s.start <= m.start < s.end
                     and m.entity not in told]
        people = list(dict.fromkeys(told))     # a name and its role ref are one person
        talked = _talked_with(doc, lex, lead_end, lead_start)
        if len(people) > 1 and talked in people:
            return talked   # "Інтерв'ю з лікаркою Оксаною Дорошенко записала Марія Гуменюк"
        if len(people) > 1:
            # "Шмигаль розповів про закупівлі після зустрічі з Каллас": who tells is the subject
            subjects = [e for e in people if any(
                m.entity == e and m.start < lead_end and _nominative(doc, m.start, m.end)
                for m in doc.mentions)]
            people = subjects if len(subjects) == 1 else people
    if len(people) == 1:
        return people[0]
    return address_author(doc) if not people and not lead_start else None


def _talked_with(doc: Document, lex: Lexicon, lead_end: int, lead_start: int = 0) -> str | None:
    """The one person a lead sentence with an interview word names in the instrumental after
    "з" ("Інтерв'ю з лікаркою Оксаною Дорошенко", "поговорили з мером X"): whom the talk was
    with, not the journalist who wrote it down; None when no one or several are."""
    found = set()
    for s in _interview_sentences(doc, lex, lead_end, lead_start):
        for m in _people_named(doc):
            if not (s.start <= m.start < s.end):
                continue
            words = [t for t in tokens_in(doc, s.start, m.end) if t.is_word]
            inside = [t for t in words if t.start >= m.start]
            before = [t for t in words if t.end <= m.start][-4:]
            at = [k for k in range(1, len(before)) if before[k].norm in lex.interview_with]
            if inside and inside[0].case == "ablt" and at and \
                    before[at[-1] - 1].norm.startswith(lex.interview_with_heads):
                found.add(m.entity)
    return found.pop() if len(found) == 1 else None


def _people_named(doc: Document) -> list:
    """The people the text names: by name, or by a role the entity layer resolved to its
    holder on the document's date ("Розмова з міністром закордонних справ Фінляндії")."""
    return [m for m in doc.mentions if m.type == "PER" and m.entity] + [
        r for r in doc.refs if r.kind == "role" and r.entity and
        doc.entities.get(r.entity) is not None and doc.entities[r.entity].type == "PER"]


def _described(doc: Document, lex: Lexicon, lead_end: int, lead_start: int = 0) -> tuple[int, int] | None:
    """The role phrase of an interviewee whom no entity names ("Інтерв'ю з послом Литви в
    Україні", "Посол розповів виданню ..."): the first office word in a lead sentence with an
    interview word, with the genitives after it; one that names a state or body comes first.
    Whose "ми" the answers speak is read from it."""
    found = []
    for s in _interview_sentences(doc, lex, lead_end, lead_start):
        toks = tokens_in(doc, s.start, s.end)
        for k, t in enumerate(toks):
            if t.is_word and t.pos == "NOUN" and t.norm in role_heads():
                lo, hi = DescribedSpeakers._noun_phrase(toks, k)
                for m in sorted(doc.mentions, key=lambda m: m.start):
                    if m.start >= hi and not doc.text[hi:m.start].strip():
                        hi = m.end      # "послом | Литви": the name the office is of
                found.append((lo, hi))
                break
    named = [f for f in found if any(f[0] <= m.start < f[1] for m in doc.mentions)]
    return (named or found or [None])[0]


def _nominative(doc: Document, start: int, end: int) -> bool:
    first = next((t for t in tokens_in(doc, start, end) if t.is_word), None)
    return first is not None and first.case == "nomn"


def _told(doc: Document, lex: Lexicon, lead_end: int, lead_start: int = 0) -> bool:
    """Whether the lead before the first question names a person in a sentence with an
    interview word ("Денис Шмигаль розповів журналістам ..."): a single question and answer
    after it is that person's interview, not a dialogue quoted in a story."""
    return any(any(s.start <= m.start < s.end and m.type == "PER" and m.entity for m in doc.mentions)
               for s in _interview_sentences(doc, lex, lead_end, lead_start))


def _labelled(doc: Document, lex: Lexicon) -> list[Turn] | None:
    """Labelled turns: a label (every word capitalised) used for two paragraphs or more, on
    both sides: one side asks (a question label, or its paragraphs end with "?"), the other
    answers. "Скажу просто: ..." or "Фото: ..." once each are no interview; a question label
    and an answer label of `speech.yaml` ("Питання:", "Відповідь:") are one even once."""
    text = doc.text
    found = []
    for pi, p in enumerate(doc.paragraphs):
        # ("— В. З.: ...": an answer's label after the dash of a turn)
        at = p.start
        if text[at:at + 1] in lex.dashes:
            at += 1
            while at < p.end and text[at] in " \t":
                at += 1
        m = _LABEL.match(text, at, p.end)
        if m is None or m.end() - p.start > 40 or not all(
                w[:1].isupper() for w in m.group(1).split()):
            continue
        label = m.group(1).lower().rstrip(".")
        answer = _inline_label(text, m.end(), p.end) if label in lex.interview_question_labels else None
        if answer is not None:
            # "Журналіст: Коли ...? Міністр: ...": the question and its answer in one paragraph
            found.append((pi, Paragraph(p.start, answer.start()), m, label))
            found.append((pi, Paragraph(answer.start(), p.end), answer, answer.group(1).lower().rstrip(".")))
            continue
        found.append((pi, p, m, label))
    uses: dict[str, list[bool]] = {}
    for _, p, m, label in found:
        uses.setdefault(label, []).append(_asks(text, m.end(), p.end))
    repeated = {k: v for k, v in uses.items() if len(v) >= 2}
    asked = [k for k in uses if k in lex.interview_question_labels]
    answered = [k for k in uses if k in lex.interview_answer_labels]
    if asked and answered and not (set(asked) | set(answered)) & set(repeated):
        # a single "Питання: ... / Відповідь: ..." pair: the label words say what they are
        # (a name or "Фото:" used once says nothing)
        repeated.update({k: uses[k] for k in asked + answered})
    elif asked and set(repeated) - set(asked):
        # "Журналіст:" once between the turns of a named speaker: its words say who asks
        repeated.update({k: uses[k] for k in asked})
    elif asked and not repeated:
        # "Кореспондент: ...? / Умєров: ...", "Журналіст: ...? / Міністр: ...": a question
        # label once, answered right after under a name or an office word
        replies = {b[3] for a, b in zip(found, found[1:]) if a[3] in asked and b[3] not in asked
                   and _asks(text, a[2].end(), a[1].end) and _answerer_label(doc, b[2])}
        if replies:
            repeated.update({k: uses[k] for k in asked + sorted(replies)})
    askers = {k for k, v in repeated.items()
              if k in lex.interview_question_labels or sum(v) * 2 > len(v)}
    answerers = {k for k, v in repeated.items() if k not in askers}
    if not askers:
        dashed = _dash_asked(doc, lex, found)
        if dashed is not None:
            return dashed
    if not askers or not answerers:
        # a transcript of a briefing or a debate: two people or more, each named by the label
        # of his turns, and nobody who mostly asks; every turn is its speaker's
        # (a label used once counts when two people or more are so named: "Дмитро Лазуткін: ...
        # / Олександр Ткачук: ... / Дмитро Лазуткін: ...")
        people = {label: _person_at(doc, m.start(1), m.end(1)) for _, _, m, label in found}
        named = {label for label, who in people.items() if who}
        if len({people[k] for k in named}) < 2 or sum(
                1 for *_, label in found if label in named) < _TRANSCRIPT_TURNS:
            return None
        askers, answerers = set(), named
        repeated = {k: uses[k] for k in named}
    lead_end = found[0][1].start
    turns = []
    for pi, p, m, label in found:
        if label not in repeated:
            continue
        s, e = _trimmed(text, m.end(), p.end)
        named = _person_at(doc, m.start(1), m.end(1))
        if named is None and label in answerers and (
                label in lex.interview_answer_labels or len(answerers) == 1):
            named = _interviewee(doc, lex, lead_end)
            if named is not None and _initials(m.group(1)) and not _label_fits(doc, named, m.group(1)):
                named = None    # "Ю.М.:" answers, the lead names another: someone unknown
        unnamed = named is None and label in answerers
        turns.append(Turn(s, e, pi, label in askers, named, _described(doc, lex, lead_end) if unnamed else None))
    return turns


def _inline_label(text: str, start: int, end: int) -> re.Match | None:
    """The label of an answer printed in its question's paragraph, right after the question
    mark ("Журналіст: Коли ...? Міністр: ..."), or None."""
    q = text.find("?", start, end)
    while q != -1:
        k = q + 1
        while k < end and text[k] in " \t»\"“”":
            k += 1
        m = _LABEL.match(text, k, end) if k > q + 1 else None
        if m is not None and m.end() - k <= 40 and all(w[:1].isupper() for w in m.group(1).split()):
            return m
        q = text.find("?", q + 1, end)
    return None


def _answerer_label(doc: Document, m: re.Match) -> bool:
    """A label that names a person ("Умєров:") or an office ("Міністр:", "Посол:")."""
    if _person_at(doc, m.start(1), m.end(1)):
        return True
    words = m.group(1).lower().split()
    return len(words) == 1 and words[0] in role_heads()


# a transcript has a turn more than its two people at least
_TRANSCRIPT_TURNS = 3


def _dash_asked(doc: Document, lex: Lexicon, found: list) -> list[Turn] | None:
    """Questions answered under the interviewee's label ("— Ви очікуєте ...? / Кулеба: ...",
    "— Чи буде ...? / В.З.: ...", or with no dash): the asking side has no label of its own. An
    answer is a labelled paragraph right after a question; one label answers them all,
    twice at least or once after a lead that tells of a talk. The label's person answers, else
    the one person the lead names when the label is his initials or his surname's word."""
    text = doc.text
    paras = doc.paragraphs
    labelled = {pi for pi, *_ in found}
    # a question opens with a dash, or is a short paragraph of no label (its bold type lost)
    asks = [_asks(text, p.start, p.end) and (text[p.start:p.start + 1] in lex.dashes or (
        k not in labelled and len(text[p.start:p.end].split()) <= _QUESTION_WORDS))
        for k, p in enumerate(paras)]
    answers = [(pi, p, m, label) for pi, p, m, label in found if pi and asks[pi - 1]]
    labels = {label for *_, label in answers}
    if len(labels) != 1 or not answers:
        return None
    lead_end = paras[next(k for k in range(len(paras)) if asks[k])].start
    if len(answers) < 2 and not _told(doc, lex, lead_end):
        return None     # one question and answer: an interview only when the lead says so
    m = answers[0][2]
    named = _person_at(doc, m.start(1), m.end(1))
    if named is None:
        named = _interviewee(doc, lex, lead_end)
        if named is not None and not _label_fits(doc, named, m.group(1)):
            named = None    # a label that is not the lead's person's: someone unknown
    at = {pi: m for pi, _, m, _ in answers}
    described = _described(doc, lex, lead_end) if named is None else None
    turns = []
    within = False      # inside an answer: its later plain paragraphs are its own
    for k, p in enumerate(paras):
        if asks[k] and k + 1 in at:
            s, e = _trimmed(text, p.start + (text[p.start] in lex.dashes), p.end)
            turns.append(Turn(s, e, k, True, None))
        elif k in at:
            s, e = _trimmed(text, at[k].end(), p.end)
            turns.append(Turn(s, e, k, False, named, described))
            within = True
            continue
        elif within and not asks[k] and any(j in at for j in range(k + 1, len(paras))):
            if _hands_over(text, p):
                continue    # the narrator's words that hand over to the next turn
            s, e = _trimmed(text, p.start, p.end)   # an answer's later paragraph
            turns.append(Turn(s, e, k, False, named, described))
            continue
        within = False
    return turns


def _label_fits(doc: Document, eid: str, label: str) -> bool:
    """Whether a label names a person as his initials ("В.З." for "Володимир Зеленський") or
    with a word of his name ("Зеленський", "Володимир Зеленський")."""
    ent = doc.entities.get(eid)
    words = [w.lower() for w in (ent.name_uk if ent is not None else "").split()]
    if _initials(label):
        letters = [c.lower() for c in label if c.isalpha()]
        return len(letters) <= len(words) and all(w[:1] == c for w, c in zip(words, letters))
    return any(w.lower() in words for w in label.split())


def _initials(label: str) -> bool:
    """A label of two or three initials ("В.З.", "Ю.М.:"); "В." alone is "Відповідь"."""
    return _INITIALS.fullmatch(label.replace(" ", "")) is not None


_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,3}")


def _dashed(doc: Document, lex: Lexicon) -> list[Turn] | None:
    text = doc.text
    paras = doc.paragraphs
    dash = [bool(p.end - p.start > 2 and text[p.start] in lex.dashes) for p in paras]
    asks = [dash[k] and _asks(text, p.start, p.end) for k, p in enumerate(paras)]
    inline = [_inline_answer(doc, lex, p) if dash[k] and not asks[k] else None
              for k, p in enumerate(paras)]
    pairs = sum(1 for k in range(len(paras) - 1) if asks[k] and dash[k + 1] and not asks[k + 1]) \
        + sum(1 for x in inline if x is not None)
    if pairs < 1:
        return None
    first = next(k for k in range(len(paras)) if asks[k] or inline[k] is not None)
    named = {_self_named(doc, lex, [k]) for k in range(len(paras)) if dash[k]} - {None}
    if len(named) > 1:
        return None     # "— Ти підеш? — спитала Марія. / — Піду, — сказав Степан.": turns of
                        # two people who name themselves, a dialogue, not an interview
    trailer = _trailer(doc, lex, dash, first)
    label = _name_line(doc, dash, first)
    if pairs == 1 and not _told(doc, lex, paras[first].start) and trailer is None and label is None:
        return None     # one question and answer: an interview only when the lead says so
    interviewee = label or _interviewee(doc, lex, paras[first].start)
    if interviewee is None and trailer is not None:
        interviewee = _interviewee(doc, lex, trailer[1], trailer[0])
    if interviewee is None:
        interviewee = _self_named(doc, lex, [k for k in range(first, len(paras))
                                             if dash[k] and not asks[k]])
    described = None
    if interviewee is None:
        described = _described(doc, lex, paras[first].start) or (
            _described(doc, lex, trailer[1], trailer[0]) if trailer is not None else None)
    turns = []
    k = first
    while k < len(paras):
        p = paras[k]
        if inline[k] is not None:
            # "– Чи буде ...? – Так, ...": the question and its answer in one paragraph
            asked, answer = inline[k]
            turns.append(Turn(*_trimmed(text, p.start + 1, asked), k, True, None))
            turns.append(Turn(*_trimmed(text, answer, p.end), k, False, interviewee, described))
            k += 1
            continue
        if asks[k]:
            s, e = _trimmed(text, p.start + 1, p.end)
            turns.append(Turn(s, e, k, True, None))
            k += 1
            continue
        if dash[k]:
            s, e = _trimmed(text, p.start + 1, p.end)
        elif any(asks[j] for j in range(k + 1, len(paras))) and k > first:
            if _hands_over(text, p):
                k += 1      # "Стефанчук зробив паузу і додав:": the narrator's, no answer
                continue
            s, e = _trimmed(text, p.start, p.end)   # an answer's later paragraph
        else:
            break
        turns.append(Turn(s, e, k, False, interviewee, described))
        k += 1
    return turns


def _hands_over(text: str, p) -> bool:
    """A plain paragraph between the turns that ends with a colon ("Стефанчук зробив паузу і
    додав:"): the narrator handing over to the next dash turn, no words of the answer."""
    return text[p.start:p.end].rstrip().endswith(":")


def _inline_answer(doc: Document, lex: Lexicon, p) -> tuple[int, int] | None:
    """A dash paragraph that asks and answers ("– Чи буде мобілізація жінок? – Ні, таких
    планів немає."): the end of its question and the start of the answer after the inner dash,
    which opens with a capital; a speech verb there ("...? – запитала журналістка") tells who
    asked, no answer follows. None for any other paragraph."""
    text = doc.text
    for m in lex.inner_dash.finditer(text, p.start, p.end):
        if m.group(1) != "?":
            continue
        first = next((t for t in tokens_in(doc, m.end(), p.end) if t.is_word), None)
        if first is None or not text[m.end():m.end() + 1].isupper() or lex.is_speech_verb(first):
            return None
        return m.start() + 1, m.end()
    return None


def _plain(doc: Document, lex: Lexicon) -> list[Turn] | None:
    """Turns with no mark at all, as web interviews print them once the bold type of the
    questions is lost: a question is a paragraph of one short sentence ending with "?", the
    paragraphs after it up to the next question are the answer. Only after a lead that names
    the interviewee and says it is a talk ("Ми поговорили з нею про ..."), and with two
    questions answered at least: an essay's rhetorical question is no turn."""
    text = doc.text
    paras = doc.paragraphs
    if not doc.sentences:
        return None
    count = [0] * len(paras)
    for sent in doc.sentences:
        count[sent.paragraph] += 1
    asks = [count[k] == 1 and (_asks(text, p.start, p.end) or _requests(doc, p.start, p.end))
            and text[p.start] not in lex.dashes
            and not any(c in lex.marks for c in text[p.start:p.end])
            and len(text[p.start:p.end].split()) <= _QUESTION_WORDS for k, p in enumerate(paras)]
    first = next((k for k in range(1, len(paras)) if asks[k]), None)
    if first is None or first > _LEAD_PARAGRAPHS:
        return None     # an interview's lead is short; a story's question comes anywhere
    if any(text[p.start] in lex.dashes for p in paras[first:]):
        return None     # dialogue of a story, or dash turns (read by `_dashed`)
    questions = [k for k in range(first, len(paras)) if asks[k]] + [len(paras)]
    if any(b - a - 1 > _ANSWER_PARAGRAPHS for a, b in zip(questions, questions[1:])):
        return None     # narration between two questions, not an answer
    answered = [k for k in range(first, len(paras) - 1) if asks[k] and not asks[k + 1]]
    lead_end = paras[first].start
    if len(answered) < 2 or not any(True for _ in _interview_sentences(doc, lex, lead_end)) \
            or not any(m.end <= lead_end for m in _people_named(doc)):
        return None
    interviewee = _interviewee(doc, lex, lead_end)
    if interviewee is None:
        return None
    turns = []
    for k in range(first, len(paras)):
        s, e = _trimmed(text, paras[k].start, paras[k].end)
        turns.append(Turn(s, e, k, asks[k], None if asks[k] else interviewee))
    return turns


def _requests(doc: Document, start: int, end: int) -> bool:
    """A question put as a request ("Розкажіть, на якому етапі переговори."): the paragraph
    opens with a verb in the imperative of the polite plural, the interviewer's "ви"."""
    first = next((t for t in tokens_in(doc, start, end) if t.is_word), None)
    return first is not None and first.pos == "VERB" and bool(IMPERATIVE & first.tags) \
        and first.number == "plur" and first.person == "2per"


# a question printed as a paragraph of its own is one short sentence; the lead before the first
# one and each answer are a few paragraphs
_QUESTION_WORDS = 30
_LEAD_PARAGRAPHS = 3
_ANSWER_PARAGRAPHS = 6


def _self_named(doc: Document, lex: Lexicon, answers: list[int]) -> str | None:
    """The one person an answer names as its speaker after an inner dash and a speech verb
    ("— Так, ми готуємося, — відповів генерал Олександр Сирський."), when no lead names the
    interviewee: every answer is his. Two people named so make a dialogue, not an interview."""
    text = doc.text
    found: set[str] = set()
    for k in answers:
        p = doc.paragraphs[k]
        for m in lex.inner_dash.finditer(text, p.start, p.end):
            words = [t for t in tokens_in(doc, m.end(), p.end) if t.is_word]
            if not words or not lex.is_speech_verb(words[0]):
                continue
            end = next((t.start for t in tokens_in(doc, m.end(), p.end) if t.text in ".!?…"), p.end)
            found |= {mn.entity for mn in doc.mentions if m.end() <= mn.start and mn.end <= end
                      and mn.type == "PER" and mn.entity}
    return found.pop() if len(found) == 1 else None


def _name_line(doc: Document, dash: list[bool], first: int) -> str | None:
    """The person a line of his own names right above the dash turns ("Тарас Мельничук,
    голова громади:"), as a press service prints its chief's answers: every answer is his,
    after the questions too. The line ends with a colon and names one person; None otherwise."""
    k = next((j for j in range(first + 1) if dash[j]), None)
    if not k:
        return None
    p = doc.paragraphs[k - 1]
    line = doc.text[p.start:p.end].rstrip()
    if not line.endswith(":") or len(line.split()) > _NAME_LINE_WORDS:
        return None
    # the name written out first: a role beside it ("Олена Шуляк, голова фракції") is hers,
    # whoever the knowledge base says held it
    named = {m.entity for m in doc.mentions if m.type == "PER" and m.entity
             and p.start <= m.start and m.end <= p.end}
    people = named or {m.entity for m in _people_named(doc) if p.start <= m.start and m.end <= p.end}
    return people.pop() if len(people) == 1 else None


# a name line is a name with a short title after it, not a sentence
_NAME_LINE_WORDS = 12


def _trailer(doc: Document, lex: Lexicon, dash: list[bool], first: int) -> tuple[int, int] | None:
    """The closing line of an interview opened straight with its questions ("– Чи вистачає
    генераторів? – Так, ... Про підготовку до зими ми поговорили з головою ОВА X."): the
    first paragraph after the dash turns, when it names a person in a sentence with an
    interview word; None otherwise."""
    if any(doc.text[p.start:p.end].strip() for p in doc.paragraphs[:first]):
        return None     # a lead stands before the questions: it names the interviewee
    k = first
    while k < len(dash) and dash[k]:
        k += 1
    if k >= len(dash):
        return None
    p = doc.paragraphs[k]
    return (p.start, p.end) if _told(doc, lex, p.end, p.start) else None


def interview_turns(doc: Document, lex: Lexicon) -> list[Turn] | None:
    """The turns of an interview printed as one, or None for any other document."""
    if len(doc.paragraphs) < 2:
        return None     # a lead and a question answered in its own paragraph at least
    turns = _labelled(doc, lex) or _dashed(doc, lex) or _plain(doc, lex)
    if turns:
        outlet = _outlet(doc, lex, turns[0].start)
        for t in turns:
            if t.question and t.speaker is None:
                t.speaker = outlet      # the journalist asks for the outlet the lead names
    return turns


def _outlet(doc: Document, lex: Lexicon, lead_end: int) -> str | None:
    """The one medium the lead names in a sentence with an interview word ("в інтерв'ю
    «Лізі»", "Інтерв'ю ... для «Дзеркала тижня»", "розповів виданню Politico"): its
    journalist asks the questions, so they are its words. A name in marks or in Latin
    script, or after a medium's noun; none or two: the questions stay unquoted."""
    text = doc.text
    found: list[str] = []
    placed: list[str] = []      # right after the interview word, "для" or a medium's noun
    for s in _interview_sentences(doc, lex, lead_end):
        for m in doc.mentions:
            if not (s.start <= m.start and m.end <= s.end) or m.type != "ORG" or not m.entity:
                continue
            before = [t for t in tokens_in(doc, max(s.start, m.start - 30), m.start) if t.is_word]
            marked = m.start > 0 and text[m.start - 1] in lex.openers
            latin = text[m.start:m.start + 1].isascii() and text[m.start:m.start + 1].isalpha()
            media = bool(before) and before[-1].lemma in lex.media_nouns
            placed_here = media or (bool(before) and (before[-1].norm == "для" or any(
                before[-1].norm.startswith(w) for w in lex.interview_words)))
            if (marked or latin or placed_here) and m.entity not in found:
                found.append(m.entity)      # "в інтерв'ю Укрінформу" needs no marks
                if placed_here:
                    placed.append(m.entity)
    found = placed or found
    return found[0] if len(found) == 1 else None

"""The quote layer: every direct and indirect quote, attributed to an entity.

Direct quotes come first (`direct`); indirect ones are searched only outside them
(`indirect`), so reported speech inside a quotation is not counted twice. Speakers are
resolved through the entity layer's mentions and refs (`speakers`); a body or medium the
entity layer did not know that is named as the source ("пише «Ділова столиця»", "за даними
ОВА") becomes an entity with its mention (`bodies`), since a speaker must be an entity of the
document. The Ukrainian knowledge is `lang/uk/speech.yaml`, read by `lexicon`. Options
(`Settings.options["quotes"]`): `indirect` (default true), `topic` (emit the optional
"наголосив на необхідності ..." quotes, default true), `link_gap` (how many paragraphs an
unattributed quote may look back for the previous speaker, default 1: the paragraph
right before).
"""
from __future__ import annotations

import re

from ...document import Document, Quote, Span, Token
from ...pipeline import component
from ...settings import Settings
from ..morph import parses
from .bodies import media_typed
from .direct import Segment, _pre_attribution, find_direct, speech_cue
from .direct_attribution import action_cue, published_words
from .headline import headline_quote, line_quotes
from .indirect import find_indirect
from .interview import Turn, interview_turns
from .lead_subjects import lead_of_other_subject, lead_subject
from .manner_leads import manner_lead
from .lexicon import Lexicon, finite_third, lead_sentence, lexicon, tokens_in
from .place_speakers import speaking_for
from .plural_speakers import adversary
from .russian_frames import foreign_lead, in_foreign, russian_frames
from ..regions import oblast_codes
from ..timex.calendar import CLOCK_WRITTEN
from .speakers import SpeakerResolver, role_heads

def _blocked(text: str, segs: list[Segment]) -> list[tuple[int, int]]:
    """Direct quotes with their marks: indirect content never starts on them."""
    return [(max(0, s.start - 1), min(len(text), s.end + 1)) for s in segs]


def _fragment(text: str, seg: Segment) -> bool:
    """A quoted fragment of a sentence: opened and closed in place, lower-case, with no
    attribution of its own after it."""
    return (seg.opened and seg.closed and not seg.dash and seg.lead is None
            and not (seg.attr and seg.attr[0] > seg.end) and text[seg.start:seg.start + 1].islower())


def _wordy(text: str, start: int, end: int) -> bool:
    """A quote holds at least one word (marks and dashes alone are no speech)."""
    return end > start and any(c.isalnum() for c in text[start:end])


def _published(doc: Document, lex: Lexicon, seg: Segment) -> list[Token]:
    """The verb of publishing words before a colon that hands over to the quote ("МЗС Литви
    оприлюднило заяву: «...»"), as a one-item list, or none."""
    if not doc.text[seg.attr[0]:seg.attr[1]].rstrip().endswith(":"):
        return []
    words = [t for t in tokens_in(doc, *seg.attr) if t.is_word]
    return [t for k, t in enumerate(words) if published_words(lex, words, k)][-1:]


def _cue_of(doc: Document, lex: Lexicon, seg: Segment) -> Token | None:
    if seg.naming:
        # "назвав рішення «нікчемним»": the one who names the thing says the word
        return next((t for t in reversed(tokens_in(doc, *seg.attr))
                     if t.pos == "VERB" and (t.lemma in lex.naming_verbs
                                             or t.lemma in lex.naming_as_verbs)), None)
    if seg.attr and seg.attr[1] <= seg.start:
        # a lead-in ("Як повідомляє пресслужба, Петренко заявив: «...»"): the speech verb
        # nearest the quote is its speaker's; one before it may relay his words
        said = [t for t in tokens_in(doc, *seg.attr) if lex.is_speech_token(t)] or [
            t for t in tokens_in(doc, *seg.attr) if t.lemma in lex.colon_verbs] or _published(doc, lex, seg)
        if said:
            return said[-1]
    if seg.attr:
        # a dialogue turn a narrator's action attributes: the action's verb stands for the
        # speech verb, so an unnamed actor ("— росіянин глянув") is nobody the text names
        return speech_cue(doc, lex, seg.attr[0], seg.attr[1], 8, after_quote=True) or next(
            (t for t in tokens_in(doc, *seg.attr) if lex.is_speech_token(t)), None) or (
            action_cue(doc, lex, seg.attr[0], seg.attr[1]) if seg.dash else None)
    if seg.lead:
        # the lead's last speech word, the one that hands over to the quote: "Умєров
        # поінформував Президента ... Глава держави зазначив:" quotes the head of state
        # ("Тарас продовжив:" hands over with a verb of manner before the colon)
        colon = doc.text[seg.lead[0]:seg.lead[1]].rstrip().endswith(":")
        return next((t for t in reversed(tokens_in(doc, *seg.lead)) if lex.is_speech_token(t)
                     or (colon and t.lemma in lex.colon_verbs and t.pos == "VERB")), None)
    return None


def _asks_back(text: str, last: Segment, seg: Segment, said_groups: set[int]) -> bool:
    """A dash question with no attribution right after a dash turn its narrator attributes:
    the next party's turn in a dialogue, not more words of the speaker just named."""
    return seg.dash and last.dash and last.group != seg.group and last.group in said_groups \
        and seg.group not in said_groups and text[seg.start:seg.end].rstrip(" \t»“”").endswith("?")


def _describes_speaker(lex: Lexicon, tok: Token) -> bool:
    """A noun for someone who can speak: animate in the dictionary, or a body's common name;
    not a word that may be an adjective ("Здоровий глузд каже": no surname Здоровий)."""
    if tok.pos != "NOUN":
        return False
    ps = parses(tok.text)
    return not any(p.tag.POS == "ADJF" for p in ps) and (tok.lemma in lex.speaker_bodies or any(
        "anim" in p.tag for p in ps if p.tag.POS == "NOUN"))


def _relayed(doc: Document, lex: Lexicon, resolver: SpeakerResolver,
             seg: Segment) -> tuple[str, Token] | None:
    """The speaker and verb of a lead-in ("X сказав:") right before a quote whose own
    attribution after it names no one."""
    text = doc.text
    k = seg.start - 1
    while k > 0 and (text[k - 1].isspace() or text[k - 1] in lex.openers):
        k -= 1
    if k <= 0 or text[k - 1] != ":":
        return None
    para = doc.paragraphs[_para_of(doc, seg.start)] if doc.sentences else None
    pre = _pre_attribution(doc, lex, para.start if para else 0, k - 1)
    if pre is None:
        return None
    said = [t for t in tokens_in(doc, *pre) if lex.is_speech_verb(t)]
    if not said:
        return None
    sp = resolver.resolve(pre, said[-1], pre[0], None)
    return (sp, said[-1]) if sp else None


_STAMP = re.compile(rf"\s*{CLOCK_WRITTEN}\b")


def _stamped(doc: Document, para: int) -> bool:
    """A paragraph that opens with a clock time ("11:00 «...»"): a new entry of a live blog,
    which goes on with no one's words from the entry before."""
    return bool(doc.paragraphs) and bool(_STAMP.match(doc.text, doc.paragraphs[para].start))


def _para_of(doc: Document, pos: int) -> int:
    return doc.sentences[doc.sentence_at(pos)].paragraph if doc.sentences else 0


def _inside_narration(doc: Document, pos: int) -> bool:
    """Whether a quote opens after words of its own paragraph (inside a sentence or after
    one), not at the paragraph's start."""
    if not doc.sentences:
        return False
    p = doc.paragraphs[doc.sentences[doc.sentence_at(pos)].paragraph]
    return any(c.isalnum() for c in doc.text[p.start:pos])


def _hands_over(doc: Document, lex: Lexicon, resolver: SpeakerResolver, sent) -> bool:
    """An editor's sentence between the one that introduces a speech and the speech
    ("Наводимо текст звернення повністю."): it names the text (`caption_nouns`,
    `handover_nouns`), no one, and has no verb but the editor's first person plural."""
    words = [t for t in tokens_in(doc, sent.start, sent.end) if t.is_word]
    return bool(words) and not resolver._covered(sent.start, sent.end) and any(
        t.lemma in lex.caption_nouns or t.norm in lex.handover_nouns or t.lemma in lex.handover_nouns
        for t in words) and all(t.pos != "VERB" or (t.person == "1per" and t.number == "plur")
                                for t in words)


def _recalls(doc: Document, lex: Lexicon, resolver: SpeakerResolver, start: int, pos: int) -> bool:
    """Words before a colon that hand over to someone's speech without naming him or saying
    who speaks ("Він казав співвітчизникам. Згадайте, як це звучало тоді: «...»"): no speech
    word and no one named in them, so the sentence before tells who speaks."""
    head = doc.text[start:pos].rstrip(" \t«„“\"‹*_")
    if not head.endswith(":") or resolver._covered(start, pos):
        return False
    # nor the writer's own sentence ("Колись я бачив фільм, у його героя є така репліка:"),
    # nor one that tells whose words they are (a person, "його")
    return not any(
        lex.is_speech_token(t) or t.lemma in lex.colon_verbs or t.lemma in lex.relay_nouns
        or t.norm in lex.first_person or t.norm in lex.first_subject
        or t.norm in lex.all_pronouns
        or (t.pos == "NOUN" and "anim" in t.tags)
        for t in tokens_in(doc, start, pos) if t.is_word)


def _introducer(doc: Document, lex: Lexicon, resolver: SpeakerResolver, pos: int) -> str | None:
    """The speaker of a quote with no attribution of its own, opening right after a sentence
    in which a named person speaks ("Зеленський прокоментував удар.\n\n«Ми відповімо»").
    Nobody else: the nearest name before a quoted film line, slogan or proverb is not who
    says it."""
    # (a mark inside a sentence, whose own verb was looked at, counts only where it recalls
    # the sentence before; "... звернувся до українців. Наводимо текст звернення." hands over)
    prev = lead_sentence(doc, resolver, pos, " \t«„“\"‹*_" + "".join(lex.dashes),
                         inside=lambda start: _recalls(doc, lex, resolver, start, pos),
                         hands_over=lambda s: _hands_over(doc, lex, resolver, s))
    if prev is None:
        return None
    words = [t for t in tokens_in(doc, prev.start, prev.end) if t.is_word]
    # a verb of address goes too: "Омбудсман звернувся до Червоного Хреста.\n\n«...»"
    # and a verb of publishing: "Єрмак опублікував допис про переговори.\n\n«...»"
    cue = next((t for k, t in enumerate(words)
                if (t.lemma in lex.verbs or t.lemma in lex.colon_verbs or t.lemma in lex.publish_verbs)
                and finite_third(t)
                and not (k and words[k - 1].norm in lex.negations)), None)
    if cue is None:
        return None
    owner = resolver._relayed_words((prev.start, prev.end), cue)
    if owner is not None:
        # "Пресслужба передала слова командувача ...": the words' owner, not the service
        return resolver._person_in(owner, prev.end, cue) or None
    return resolver.in_region(prev.start, prev.end, cue) or None


def _after_quote(doc: Document, resolver: SpeakerResolver, pos: int) -> bool:
    """Whether the sentence before the one at `pos` holds a quote: its speaker is the one
    who spoke before, not one who introduces what follows."""
    si = doc.sentence_at(pos) if doc.sentences else 0
    if si == 0:
        return False
    prev = doc.sentences[si - 1]
    return any(a < prev.end and prev.start < b for a, b in resolver.quoted)


def _adjacent(doc: Document, before: Segment, seg: Segment) -> bool:
    """Whether a direct quote follows the one before with nothing between but marks, dashes
    and the attribution of the one before ("«...» — кричала вона. «...»"), at most a line
    apart: turns of one exchange."""
    if seg.paragraph - before.paragraph > 1 or seg.start < before.end:
        return False
    gap = doc.text[before.end:seg.start]
    if before.attr and before.end <= before.attr[0] and before.attr[1] <= seg.start:
        gap = doc.text[before.end:before.attr[0]] + doc.text[before.attr[1]:seg.start]
    if not any(c.isalnum() for c in gap):
        return True
    # a short tail after a dash that no speech verb attributes ("» — кричали її очі. «")
    tail = gap.strip(" \t\n«»„“”\"")
    return tail[:1] in "–—-" and bool(tail) and len(tail.split()) <= 8 \
        and not any(ch in tail[1:].rstrip(" .!?…") for ch in ".!?…")


def _with_turns(doc: Document, segs: list[Segment], turns: list[Turn]) -> list[Segment]:
    """An interview's turns replace what the paragraph-by-paragraph reading found in their
    paragraphs: an answer is one quote of the interviewee; a question only when its label
    names who asks."""
    # an answer that names its own speaker ("— Ми ..., — відповів X") keeps its reading
    own = {t.paragraph for t in turns if not t.question and any(
        s.paragraph == t.paragraph and s.attr and s.attr[0] >= s.end for s in segs)}
    paras = {t.paragraph for t in turns} - own
    # a dash address read on past the last turn ("Додамо, що ...") goes with the turns
    dropped = {s.group for s in segs if s.paragraph in paras}
    kept = [s for s in segs if s.paragraph not in paras and s.group not in dropped]
    group = max((s.group for s in segs), default=0) + 1
    for t in turns:
        if (t.question and t.speaker is None) or t.paragraph in own:
            continue
        kept.append(Segment(t.start, t.end, t.paragraph, group, said_by=t.speaker, turn=True,
                            described=t.described))
        group += 1
    kept.sort(key=lambda s: s.start)
    return kept


def _interview_title(doc: Document, segs: list[Segment], turns: list[Turn]) -> None:
    """A quote in the title of an interview ("«Ми не можемо чекати»: інтерв'ю з командиром
    бригади") is the interviewee's, as the answers below it are: the one person the turns
    speak for, when the title's own words name no one."""
    said = {t.speaker for t in turns if not t.question} - {None}
    if len(said) != 1 or not doc.paragraphs or not turns:
        return
    title = doc.paragraphs[0]
    if title.end > turns[0].start:
        return
    who = said.pop()
    for s in segs:
        if s.paragraph != 0 or s.turn:
            continue
        region = s.attr or s.lead
        if region and any(region[0] <= m.start < region[1] and m.entity for m in doc.mentions):
            continue    # "«...», – Сирський про ...": the title names its speaker itself
        s.said_by, s.turn = who, True


def extract_quotes(doc: Document, settings: Settings | None = None) -> list[Quote]:
    """All quotes of an annotated document (tokens with morphology; mentions/refs if any)."""
    settings = settings or Settings()
    lex = lexicon()
    text = doc.text
    segs = [s for s in find_direct(doc, lex) if _wordy(text, s.start, s.end)]
    turns = interview_turns(doc, lex)
    if turns:
        segs = _with_turns(doc, segs, turns)
        _interview_title(doc, segs, turns)
    head = headline_quote(doc, lex)
    if head is not None and any(s.start < head[1] and head[0] < s.end for s in segs):
        head = None     # read as a direct quote
    if head is not None:
        group = max((s.group for s in segs), default=0) + 1
        segs.insert(0, Segment(head[0], head[1], 0, group, said_by=head[2], turn=True))
    lines = [x for x in line_quotes(doc, lex)
             if not any(s.start < x[1] and x[0] < s.end for s in segs)]
    group = max((s.group for s in segs), default=0)
    for start, end, who, para in lines:
        # a digest's line "Кулеба у Twitter: Росія має ...": its name speaks, as a headline's
        group += 1
        segs.append(Segment(start, end, para, group, said_by=who, turn=True))
    if lines:
        segs.sort(key=lambda s: s.start)
    if settings.option("quotes", "indirect", True):
        # a lower-case fragment quoted inside reported speech ("заявив, що сторони «ближчі,
        # ніж будь-коли» до угоди") belongs to the indirect clause, not a quote of its own
        weak = [s for s in segs if _fragment(text, s)]
        if weak:
            strong = [s for s in segs if not _fragment(text, s)]
            first = find_indirect(doc, lex, _blocked(text, strong))
            embedded = {id(s) for s in weak
                        if any(q.start < s.start - 1 and q.end >= s.end - 1 for q in first)}
            segs = [s for s in segs if id(s) not in embedded]
        indirect = find_indirect(doc, lex, _blocked(text, segs))
        if head is not None:
            # the headline's name before its colon is no one's words ("Міністр Сибіга: ...
            # Про це він сказав у Брюсселі" points back at the claim, not at the name)
            indirect = [q for q in indirect
                        if not (doc.paragraphs[0].start <= q.start and q.end <= head[0])]
    else:
        indirect = []
    spans = [(s.start, s.end) for s in segs]
    indirect = [q for q in indirect if _wordy(text, q.start, q.end)]
    if not settings.option("quotes", "topic", True):
        indirect = [q for q in indirect if not q.optional]

    resolver = SpeakerResolver(doc, lex)
    resolver.quoted = spans + [(q.start, q.end) for q in indirect]
    link_gap = int(settings.option("quotes", "link_gap", 1))

    # speakers of direct groups: the member with an attribution decides for the group
    group_cue: dict[int, tuple[Segment, Token | None]] = {}
    for s in segs:
        if s.attr or s.lead:
            group_cue.setdefault(s.group, (s, _cue_of(doc, lex, s)))
    items: list[tuple[int, object]] = [(s.start, s) for s in segs] + [(q.start, q) for q in indirect]
    items.sort(key=lambda x: x[0])

    out: list[Quote] = []
    group_speaker: dict[int, str | None] = {}
    previous: str | None = None
    previous_para = -10
    previous_foreign = False        # the words that gave `previous` are in Russian
    # first pass: quotes with an attribution of their own
    resolved: dict[int, tuple[str | None, Token | None]] = {}
    for idx, (_, item) in enumerate(items):
        if isinstance(item, Segment):
            if item.group in group_cue:
                if item.group not in group_speaker:
                    owner, cue = group_cue[item.group]
                    region = owner.attr or owner.lead
                    sp = resolver.resolve(region, cue, region[0], None)
                    if not sp and owner.attr and owner.attr[0] >= owner.end:
                        # "X сказав: «...», – повідомляє пресслужба": the relaying body names
                        # no one; the person whose words they are speaks
                        relayed = _relayed(doc, lex, resolver, owner)
                        if relayed:
                            sp = relayed[0]
                            group_cue[item.group] = (owner, relayed[1])
                    group_speaker[item.group] = sp
                _, cue = group_cue[item.group]
                resolved[idx] = (group_speaker[item.group], cue)
        else:
            sp = resolver.resolve(item.region, item.cue, item.region[0], None)
            resolved[idx] = (sp, item.cue)
        if isinstance(item, Segment) and item.turn:
            resolved[idx] = (item.said_by, None)    # the layout says who speaks
    # second pass: previous-speaker fallbacks, in reading order
    exchange: tuple[str | None, str | None] | None = None   # (replied to, replier)
    last_seg: Segment | None = None
    group_said: dict[int, str | None] = {}
    inferred: dict[int, str | None] = {}
    said_groups: set[int] = set()       # groups a speech verb of their own attributes
    for idx, (_, item) in enumerate(items):
        para = doc.sentences[doc.sentence_at(item.start)].paragraph if doc.sentences else 0
        seg = item if isinstance(item, Segment) else None
        foreign_here = in_foreign(doc, item.start, item.end)
        adjacent = seg is not None and last_seg is not None and _adjacent(doc, last_seg, seg)
        if seg is None or not adjacent:
            exchange = None
        if seg is not None and seg.group in inferred:
            speaker, cue = inferred[seg.group], None     # a later line of an inferred turn
        elif idx in resolved:
            speaker, cue = resolved[idx]
            if seg is not None and cue is not None:
                said_groups.add(seg.group)
            if speaker is None and not (isinstance(item, Segment) and item.turn) and \
                    not (seg is not None and lead_of_other_subject(doc, lex, resolver, item.start)):
                speaker = previous
            if seg is not None and adjacent and speaker and last_seg.group != seg.group and (
                    (cue is not None and cue.lemma in lex.reply_verbs)
                    or text[last_seg.start:last_seg.end].rstrip(" \t»“”").endswith("?")) \
                    and group_said.get(last_seg.group) != speaker:
                # "«...» — кричала вона. «...», — відповів він.", "— Ти підеш? — спитала
                # Марія. — Піду, — сказав Степан.": an exchange of two
                exchange = (group_said.get(last_seg.group), speaker)
        elif seg is not None and exchange is not None and last_seg.group != seg.group:
            # the turn after a reply with no attribution of its own: the turns alternate,
            # so it is the one replied to (nobody, when that turn named no one)
            cue = None
            speaker = exchange[0]
            exchange = (exchange[1], exchange[0])
            inferred[seg.group] = speaker
        elif seg is not None and adjacent and _asks_back(text, last_seg, seg, said_groups):
            # "— Повернуся, — пообіцяла Уляна. / — Ви завтра їдете?": with no exchange under
            # way, the question answers the attributed turn, so it is the other party's
            # (whom the text does not name), and the turn after it goes back to the one asked
            cue, speaker = None, None
            exchange = (group_said.get(last_seg.group), None)
            inferred[seg.group] = None
        else:
            cue = None
            embedded = resolver.address() and _inside_narration(doc, item.start)
            # a line quoted inside the writer's own sentence in an address ("у героя є така
            # репліка: «...»") is nobody's the text names: not the last speaker's
            # "У фракції «Батьківщина» звільнення не підтримали: «...»": the body that
            # clause names, never the speaker before
            speaker = lead_subject(doc, lex, resolver, item.start)
            if speaker is None and seg is not None:
                # "Міністр був категоричний. «...»": the one the sentence before describes
                speaker = manner_lead(doc, lex, resolver, item.start)
            # "Опозиція виступила проти: «...»": a subject of its own that is no one the
            # text names; no fallback gives the words to someone else
            other = speaker is None and seg is not None and \
                lead_of_other_subject(doc, lex, resolver, item.start)
            # "В ответ в Кремле заявили: «...»": a Russian frame names someone this layer
            # cannot read; Russian words after a Ukrainian speaker's are not his by default
            other = other or (speaker is None and seg is not None and foreign_lead(doc, item.start))
            switched = seg is not None and not previous_foreign and foreign_here
            embedded = embedded or other
            if speaker is None and not other and not switched:
                speaker = previous if para - previous_para <= link_gap and not embedded \
                    and not (para != previous_para and _stamped(doc, para)) else None
            if speaker is None and not other and not (switched and _after_quote(doc, resolver, item.start)):
                speaker = _introducer(doc, lex, resolver, item.start)
            if speaker is None and not embedded and not switched:
                # a later member of the same chain, or the next attributed direct quote in
                # this or the next paragraph (a body's reported speech after it, "У пресслужбі
                # ОВА зазначили, що ...", does not lend its speaker to words quoted before)
                for j in range(idx + 1, min(len(items), idx + 3)):
                    if j in resolved and resolved[j][0] and isinstance(items[j][1], Segment):
                        reply = resolved[j][1] is not None and resolved[j][1].lemma in lex.reply_verbs
                        # a reply answers the words before it: they are someone else's
                        later = _para_of(doc, items[j][1].start)
                        if later - para <= link_gap and not reply and not (
                                later != para and _stamped(doc, later)):
                            # (a live blog's next entry is another item: "11:00 «...»\n\n
                            # 11:05 «...», – сказав X" leaves the first one's unknown)
                            speaker = resolved[j][0]
                        break
            if speaker is None and not embedded and not switched:
                speaker = resolver.headline_speaker()   # "Президент звернувся до нації" above
        # "Брюссель відповів": the union the text names, never the town
        speaker = speaking_for(doc, lex, speaker) if speaker else speaker
        kind = "direct" if isinstance(item, Segment) else "indirect"
        cue_span = None
        if cue is not None:
            cue_end = getattr(item, "cue_end", cue.end) if kind == "indirect" else cue.end
            cue_span = Span.of(text, cue.start, max(cue.end, cue_end))
        described = None
        if not speaker and idx in resolved and not (isinstance(item, Segment) and item.turn):
            # "за словами військового експерта": the words that describe who speaks
            region = item.region if kind == "indirect" else (
                group_cue[item.group][0].attr or group_cue[item.group][0].lead)
            found = resolver.description(region[0], region[1], cue) if region else None
            # a person ("військовий експерт") or a body ("російське керівництво") describes
            # who speaks; "хтось", "вони" or a thing ("ці слова кажуть") name nobody
            if found and any(_describes_speaker(lex, t) for t in tokens_in(doc, *found)):
                described = Span.of(text, *found)
        if not speaker and isinstance(item, Segment) and item.turn and item.described:
            described = Span.of(text, *item.described)     # "Інтерв'ю з послом Литви"
        out.append(Quote(item.start, item.end, text[item.start:item.end], kind, speaker or None,
                         cue_span, described))
        if seg is not None:
            group_said.setdefault(seg.group, speaker or None)
            last_seg = seg
        if speaker:
            previous = speaker
            previous_para = para
            previous_foreign = foreign_here
    media_typed(doc, {q.speaker for q in out if q.speaker})
    return out


@component("quotes", requires=("tokens", "morph"), provides=("quotes", "mentions"))
class Quotes:
    """Pipeline component: appends the document's quotes to `doc.quotes`."""

    def __init__(self, settings: Settings):
        self.settings = settings
        lexicon()
        role_heads()        # the knowledge base's office words, read once, not in a document
        oblast_codes()      # and its oblasts by their codes
        adversary()         # and who "окупанти" are (events.yaml, large: not in a document)

    def __call__(self, doc: Document) -> None:
        with russian_frames(doc, lexicon()):
            doc.quotes.extend(extract_quotes(doc, self.settings))

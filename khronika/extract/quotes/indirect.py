"""Indirect speech: the content clause of a speech verb ("заявив, що <...>") and the rest of
the sentence after a reporting frame ("За його словами, <...>", "Як зазначив X, <...>").

The content keeps to the sentence of its cue: following sentences are left out on purpose
(a quote outside any gold quote costs precision, a missing optional one costs nothing).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from ...document import Document, Token
from ..morph import parses
from .interview import _asks
from .indirect_cues import (_apposition_end, _denied, _frame_at, _idiom, _in_document, _long_tail,
                            _narrator_speaks, _text_named, _topic_how)
from .lexicon import IMPERATIVE as _IMPERATIVE, Lexicon, finite_third, names_document, paragraph_starts, tokens_in

_FINAL = re.compile(r"[\s.!?…:;,]+$")


@dataclass(slots=True)
class Indirect:
    start: int
    end: int
    cue: Token                      # the speech verb, or the frame's key word
    cue_end: int                    # end of the cue span (a frame spans several words)
    region: tuple[int, int]         # where the speaker is named
    optional: bool = False          # a weaker pattern ("наголосив на необхідності ...")


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """`spans` sorted by start and not overlapping (the direct quotes)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _clip(doc: Document, start: int, end: int, blocked: list[tuple[int, int]]) -> tuple[int, int]:
    """Cut a content stretch before any direct quote that begins inside it, and trim it."""
    text = doc.text
    for s, e in blocked:
        if s <= start < e:
            return start, start
        if start <= s < end:
            end = s
    while start < end and (text[start].isspace() or text[start] in ",:–—-"):
        start += 1
    m = _FINAL.search(text, start, end)
    if m and m.end() == end:
        end = m.start()
    # a quote mark opening the content belongs to a direct quote found elsewhere
    while end > start and text[end - 1] in "«„“\"":
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _lead_in(doc: Document, lex: Lexicon, start: int, end: int) -> bool:
    """Whether a content stretch is only the lead-in of a direct quote that follows it: "Як
    повідомляє пресслужба, <Петренко заявив:> «...»" relays the person's words, and what he
    says is the quote, not "Петренко заявив"."""
    text = doc.text
    k = end
    while k < len(text) and (text[k].isspace() or text[k] in ":–—-"):
        k += 1
    if k >= len(text) or text[k] not in lex.openers or ":" not in text[end:k]:
        return False
    words = [t for t in tokens_in(doc, start, end) if t.is_word]
    return bool(words) and any(lex.is_speech_verb(t) for t in words[-3:])


def _relays(doc: Document, lex: Lexicon, start: int, end: int) -> bool:
    """Whether a frame's content is a person's own reported speech: "Як повідомила пресслужба
    Міноборони, <Денис Шмигаль заявив, що ...>". The service relays; the person named as the
    subject of the speech verb says the content clause, which the verb's own pattern finds."""
    toks = [t for t in tokens_in(doc, start, end) if t.is_word or t.text in ",:"]
    for k, t in enumerate(toks[:lex.max_gap]):
        if t.text in ",:":
            return False        # the verb must belong to the content's first clause
        if not _finite_speech(lex, t):
            continue
        if not any(m.type == "PER" and start <= m.start and m.end <= t.start for m in doc.mentions) \
                and not any(_person_noun(u) for u in toks[:k]):
            return False        # a person named, or by a role ("командувач наголосив")
        nxt = toks[k + 1:k + 1 + lex.max_gap]
        return any(u.text == ":" or (u.norm in lex.complementizers and j and nxt[j - 1].text == ",")
                   or (u.norm in lex.complementizers and j == 0) for j, u in enumerate(nxt))
    return False


def _person_noun(t: Token) -> bool:
    """A noun in the nominative that names a person ("командувач", "речниця"): animate in
    the dictionary, read as no adjective."""
    if not t.is_word or t.pos != "NOUN" or t.case != "nomn":
        return False
    ps = parses(t.text)
    return not any(p.tag.POS == "ADJF" for p in ps) and any(
        "anim" in p.tag for p in ps if p.tag.POS == "NOUN" and p.tag.case == "nomn")


def _sentence_words(doc: Document, si: int) -> list[Token]:
    return doc.sentence_tokens(si)


_LEMMA, _NORM = attrgetter("lemma"), attrgetter("norm")


def find_indirect(doc: Document, lex: Lexicon, direct: list[tuple[int, int]]) -> list[Indirect]:
    """Indirect quotes outside the direct ones (`direct` are their (start, end) spans)."""
    out: list[Indirect] = []
    text = doc.text
    direct = sorted(direct)
    for si, sent in enumerate(doc.sentences):
        toks = _sentence_words(doc, si)
        if not toks or _inside(sent.start, direct) and _inside(sent.end - 1, direct):
            continue
        # the speech words of the sentence, found once: most sentences have none (one C-level
        # lookup per token and list, no Python test per token)
        speech, frame_heads = lex.speech_lemmas, lex.frame_heads
        cues: list[int] = list(compress(range(len(toks)), map(speech.__contains__, map(_LEMMA, toks))))
        heads: list[int] = list(compress(range(len(toks)), map(frame_heads.__contains__, map(_NORM, toks))))
        # "Таку заяву зробив ...": a sentence that points back needs no speech word
        points = not cues and any(t.lemma in lex.about_this_determiners for t in toks[:3])
        if not cues and not heads and not points:
            continue
        before = len(out)
        _sentence_quotes(doc, lex, toks, sent, direct, out, cues, heads)
        if len(out) == before and (cues or points):
            q = _closing(doc, lex, toks, sent, direct, cues) if cues else None
            if q is not None and _points_only(doc, lex, q):
                q = None    # "Про це, зокрема, заявила X": the sentence before is the claim
            q = q or _about_this(doc, lex, toks, si, direct, out)
            if q is not None:
                out.append(q)
        if len(out) > before and out[-1].cue.lemma in lex.named_text_verbs \
                and not _text_named(lex, toks, out[-1].start, out[-1].end):
            out.pop()   # "Повідомляється, що ...": a newsroom's "it is reported", no one's words
    out.sort(key=lambda q: q.start)
    return out


def _points_only(doc: Document, lex: Lexicon, q: Indirect) -> bool:
    """A quote of nothing but words that point back at what was said and words set off
    beside them ("Про це, зокрема" before ", заявила X"): the sentence before holds the claim."""
    words = [t.norm for t in tokens_in(doc, q.start, q.end) if t.is_word]
    opener = next((ws for ws in lex.about_this if words[:len(ws)] == ws), None)
    return opener is not None and all(w in lex.parentheticals for w in words[len(opener):])


def _finite_speech(lex: Lexicon, t: Token) -> bool:
    return t.is_word and t.lemma in lex.verbs and finite_third(t)


def _closing(doc: Document, lex: Lexicon, toks: list[Token], sent, direct,
             cues: list[int]) -> Indirect | None:
    """The claim first, its source after: "Ворог втратив дві гармати, – повідомили в
    Генштабі.", "..., – пише «Ділова столиця».", "..., повідомив представник міськради." The
    verb closes the sentence with its subject after it and no content clause of its own."""
    for i in cues:
        t = toks[i]
        if i < 2 or not _finite_speech(lex, t) or _inside(t.start, direct):
            continue
        k = i - 1
        dash = toks[k].text in lex.dashes
        if dash:
            k -= 1
        if toks[k].text != ",":
            continue
        rest = toks[i + 1:]
        if not dash and t.tense != "past" and not (
                rest and (rest[0].text in lex.openers or rest[0].text[:1].isupper()
                          or rest[0].lemma in lex.media_nouns or _person_noun(rest[0])
                          or (len(rest) > 1 and rest[0].norm in lex.body_prepositions
                              and (rest[1].text[:1].isupper()
                                   or rest[1].lemma in lex.source_documents
                                   or rest[1].lemma in lex.located_bodies)))):
            # "Руїни міст, нагадують руїни Вердена": a present verb in a series; a medium or a
            # name right after it is a source ("..., пише «Економічна правда»", "..., пише
            # газета The Guardian"), and so is a person ("..., передає кореспондент
            # Укрінформу"), a body where it speaks ("..., кажуть у Кремлі", "..., повідомляють
            # в ОВА", "..., кажуть у міськраді") or the text it published ("..., йдеться в
            # повідомленні прокуратури")
            continue
        for n in range(len(rest) - 1):
            if rest[n].text == "," and rest[n + 1].pos == "GRND":
                rest = rest[:n]     # "– зазначив X, коментуючи зустріч": the speaker ends here
                break
        words = [u for u in rest if u.is_word]
        if not words or len(words) > 14 or any(
                u.norm in lex.complementizers or u.text in ":;," or _finite_speech(lex, u)
                or u.norm in lex.first_person for u in _unquoted(lex, rest)):
            continue    # "..., заявив він, що ..."; a name in marks may say "наших"
        first = rest[0]
        if first.norm in lex.topic_openers and not (len(rest) > 1 and names_document(lex, first, rest[1])):
            continue    # "..., розповів про плани": a topic, not a source ("..., йдеться на
                        # сайті ОВА" is where it was published)
        if not (first.text in lex.openers or first.text[:1].isupper()
                or (first.case == "nomn" and first.pos in ("NOUN", "NPRO", "ADJF"))
                or first.norm in lex.body_prepositions):
            continue    # the speaker follows the verb: a name, a noun, "в Генштабі", «Видання»
        if any(sent.start <= b <= toks[k].start + 1 for a, b in direct):
            continue    # «...», – заявив X (or "– Ми ..., – сказав він"): a direct quote's
        start = _speech_from(doc, lex, sent.start, direct) if dash else sent.start
        s, e = _clip(doc, start, toks[k].start, direct)
        if len([u for u in tokens_in(doc, s, e) if u.is_word]) < 3:
            return None
        end = rest[-1].end if rest else t.end
        return Indirect(s, e, t, t.end, (toks[k].start, end))
    return None


def _unquoted(lex: Lexicon, toks: list[Token]) -> list[Token]:
    """The tokens outside quote marks ("журналісти «Наших грошей»": the name is left out)."""
    out, depth = [], 0
    for u in toks:
        if u.text in lex.openers and not (depth and u.text in lex.closers):
            depth += 1
        elif u.text in lex.closers and depth:
            depth -= 1
        elif not depth:
            out.append(u)
    return out


def _speech_from(doc: Document, lex: Lexicon, start: int, direct) -> int:
    """Where unmarked speech closed by ", – сказав X" begins: the earlier sentences of the
    paragraph belong to it when they hold no quote or speech verb of their own ("Ми зробили
    все. Три котельні запрацюють, – сказав мер.", "Уночі ворог атакував Одесу. Пошкоджено
    склад, – повідомили в ОВА.")."""
    k = bisect.bisect_right(paragraph_starts(doc), start) - 1
    para = doc.paragraphs[k] if k >= 0 and start < doc.paragraphs[k].end else None
    if para is None or para.start == start:
        return start
    words = [t for t in tokens_in(doc, para.start, start) if t.is_word]
    if _inside(para.start, direct) or any(c in lex.marks for c in doc.text[para.start:start]):
        return start
    if any(lex.is_speech_token(t) for t in words):
        return start
    return para.start


def _about_this(doc: Document, lex: Lexicon, toks: list[Token], si: int, direct,
                found: list[Indirect]) -> Indirect | None:
    """"Україна отримає нові системи ППО. Про це повідомив Президент." The sentence before is
    what was said; "Таку думку висловив X.", "Так вважає X." likewise."""
    if si == 0 or len(toks) < 3:
        return None
    words = [t for t in toks if t.is_word]
    lead = 0
    while lead < 2 and lead < len(words) and words[lead].pos in ("ADVB", "PRCL", "CONJ") \
            and words[lead].norm not in lex.about_first and words[lead].norm not in lex.about_this_pronouns:
        lead += 1       # "Сьогодні про це сказав ...", "Також про це повідомив ..."
    words = words[lead:]
    opener = next((ws for ws in lex.about_this if [w.norm for w in words[:len(ws)]] == ws), None)
    n = len(opener) if opener is not None else _pointing_words(lex, words)
    if not n or len(words) < n + 1:
        return None
    verbs = [t for t in words[n:n + 5] if _finite_speech(lex, t) or (
        opener is None and n == 2 and _finite_made(lex, t))]
    if not verbs or any(w.norm in lex.first_person for w in words[n:n + 5]):
        return None     # "Про це ми говорили з ...": the writer
    sent = doc.sentences[si]
    if opener is None and (":" in doc.text[sent.start:sent.end]
                           or any(c in lex.marks for c in doc.text[sent.start:sent.end])):
        return None     # "Ці слова кажуть: «Годі»": it hands over to the words after it
    if n == 1:
        # "Так вважає X": the verb right after the word, nothing between ("Так, ...": yes)
        k = toks.index(words[0])
        if k + 1 >= len(toks) or toks[k + 1] is not verbs[0]:
            return None
    prev = doc.sentences[si - 1]
    # `found` runs in reading order and ends before this sentence: only its last one can
    # reach into the sentence before
    if _inside(prev.start, direct) or (found and found[-1].end > prev.start):
        return None
    # the claim is the paragraph before "Про це ...", as far back as it holds no speech or
    # quote of its own: "Уряд виділить кошти. Гроші надійдуть до кінця року. Про це повідомив X."
    first = si - 1
    while first > 0:
        cand = doc.sentences[first - 1]
        if cand.paragraph != prev.paragraph or _inside(cand.start, direct) \
                or any(c in lex.marks for c in doc.text[cand.start:cand.end]) \
                or (found and found[-1].end > cand.start) \
                or any(lex.is_speech_token(t) for t in tokens_in(doc, cand.start, cand.end)):
            break
        first -= 1
    s, e = _clip(doc, doc.sentences[first].start, prev.end, direct)
    if e - s < 3 or not any(t.pos not in ("CONJ", "PRCL", "ADVB") for t in tokens_in(doc, s, e)
                            if t.is_word):
        return None     # "Однак «...». Про це повідомляється ...": the claim is the quote
    if opener is None and any(t.norm in lex.first_person for t in tokens_in(doc, s, e)):
        return None     # "Ми це чули ... І це кажуть у Вашингтоні": the writer's own account
    cue = verbs[0]
    sent = doc.sentences[si]
    return Indirect(s, e, cue, cue.end, (sent.start, sent.end))


def _pointing_words(lex: Lexicon, words: list[Token]) -> int:
    """How many words open a sentence by pointing back at what was said before, beyond the
    fixed `about_this` openings: a demonstrative and a noun of speech ("Таку заяву ...",
    "Це попередження ...") are two, a bare "Це" one (its verb is checked after); 0 for none."""
    if len(words) >= 2 and words[0].lemma in lex.about_this_determiners \
            and words[1].lemma in lex.about_this_nouns:
        return 2
    return 1 if words and words[0].norm in lex.about_this_pronouns else 0


def _finite_made(lex: Lexicon, t: Token) -> bool:
    """A verb that tells who made the words a demonstrative points at ("Таку заяву зробив
    X", "Цю інформацію оприлюднили в ..."), in the third person."""
    return t.is_word and t.lemma in lex.about_this_verbs and finite_third(t)


def _topic_prep_at(lex: Lexicon, toks: list[Token], i: int) -> int | None:
    """Where the preposition of a topic verb's told object stands: right after the verb
    ("наголосив на ...") or after its addressee ("поінформував колег про ...", "запевнив
    партнерів у ..."): a few nouns or pronouns, no verb, comma or other preposition. "у"
    before a name is where it was said ("запевнив у Брюсселі"), not what."""
    preps = lex.topic_preps[toks[i].lemma]
    for k in range(i + 1, min(len(toks), i + 2 + lex.topic_gap)):
        u = toks[k]
        if u.norm in preps:
            if u.norm in lex.place_prepositions and k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
                return None
            return k
        if not u.is_word or u.pos not in ("NOUN", "NPRO", "ADJF"):
            return None
    return None


def _named_subject(lex: Lexicon, toks: list[Token], i: int) -> bool:
    """Whether someone other than the writer stands as the subject before a topic verb
    ("Прем'єр-міністр поінформував колег про ...", "Він наголосив на ..."). In an address
    "Поінформував Президента Єгипту про ситуацію" is the writer's own account, plain text
    that holds no quote (the gold guidelines)."""
    for u in toks[:i]:
        if u.case == "nomn" and u.pos in ("NOUN", "NPRO") and u.norm not in lex.first_person:
            return True
    return False


def _before_relay_tail(doc: Document, lex: Lexicon, s: int, e: int) -> int:
    """Where a content clause ends when the sentence closes on the medium that relays it
    ("Фіцо заявив, що ..., передає «Радіо Свобода»"): at the comma before that tail, a
    speech verb in the third person and its source, a few words with no clause of their
    own. The speaker stays the one who said it; the medium's words are no content."""
    text = doc.text
    comma = text.rfind(",", s, e)
    if comma < 0 or e - comma > 120:
        return e            # no comma, or a tail longer than a verb and a source's name
    tail = [t for t in tokens_in(doc, comma + 1, e) if t.is_word]
    if not tail or len(tail) > 8:
        return e
    verb = tail[0]
    if verb.pos == "VERB" and lex.is_speech_verb(verb) and verb.person in (None, "3per") \
            and not any(t.norm in lex.complementizers for t in tail):
        while comma > s and text[comma - 1].isspace():
            comma -= 1
        return comma
    return e


def _before_speakers_next_act(doc: Document, t: Token, s: int, e: int) -> int:
    """Where a content clause ends when the speaker's next act is joined after it ("Моді
    заявив, що Індія не є нейтральною, і запропонував допомогу"): at the comma before "і",
    "та" or "й" and a verb of the speech verb's own tense, gender and number that no
    nominative of the content agrees with (in "заявив, що він прибув і провів переговори" the
    content's "він" does, so the verb is the content's)."""
    words = [u for u in tokens_in(doc, s, e)]
    for n in range(2, len(words) - 1):
        comma, conj, verb = words[n - 2], words[n - 1], words[n]
        if comma.text != "," or conj.norm not in ("і", "й", "та") or verb.pos != "VERB":
            continue
        if not (verb.tense == t.tense == "past" and verb.gender == t.gender and verb.number == t.number):
            continue
        if any(u.pos in ("NOUN", "NPRO") and u.case == "nomn" and u.gender == verb.gender and
               u.number == verb.number for u in words[:n - 2]):
            continue
        end = comma.start
        while end > s and doc.text[end - 1].isspace():
            end -= 1
        return end
    return e


def _participle_phrase_end(toks: list[Token], k: int) -> int:
    """"Як ти сказав, звертаючись до парламенту, ми ...": an adverbial participle right after
    the frame's comma tells how the speaker spoke; its phrase, up to the next comma of the
    sentence, is the frame's, and the content starts after it."""
    if k + 1 >= len(toks) or toks[k + 1].pos != "GRND":
        return k
    n = k + 2
    while n < len(toks) and toks[n].text not in ",.!?…;:" and toks[n].sentence == toks[k].sentence:
        n += 1
    return n if n < len(toks) and toks[n].text == "," else k


def _joined_region(doc: Document, lex: Lexicon, sent_start: int, clause: int, t: Token,
                   found: int) -> tuple[int, int]:
    """Where the speaker of a verb in a clause joined by "але", "а", "однак" ... to the one
    before it, or of an adverbial participle, is looked for. "Губернатор підтвердив атаку, але
    заявив, що ..." and "Суд відхилив скаргу, підтвердивши, що ..." have no subject of their
    own: the subject of the sentence speaks (the words before its first verb), not whoever
    spoke in the paragraph before nor the owner of "його скаргу". A clause with its own
    subject ("..., а міністр заявив, що") keeps its own."""
    own = (clause, found)
    if clause <= sent_start:
        return own
    words = [u for u in tokens_in(doc, clause, t.start) if u.is_word]
    gerund = not words and (t.pos == "GRND" or t.norm in lex.adjectives)
    if not gerund and (not words or words[0].norm not in lex.joining_conjunctions):
        return own
    if any(u.case == "nomn" and u.pos in ("NOUN", "NPRO") or u.text[:1].isupper() for u in words[1:]):
        return own
    before = tokens_in(doc, sent_start, clause)
    verb = next((u for u in before if u.pos == "VERB" and u.tense), None)
    if verb is None or not any(u.case == "nomn" and u.pos in ("NOUN", "NPRO")
                               for u in before if u.end <= verb.start):
        return own          # "Вбивають людей у Донецьку, і кажуть, що ...": no subject before either
    return (sent_start, verb.start)


def _sentence_quotes(doc: Document, lex: Lexicon, toks: list[Token], sent, direct,
                     out: list[Indirect], cues: list[int], heads: list[int]) -> None:
    """A frame's or a speech verb's content clause in one sentence (the first one found)."""
    text = doc.text
    used = False
    # reporting frames
    for i in heads:
        t = toks[i]
        hit = _frame_at(lex, toks, i)
        if not hit or _inside(t.start, direct):
            continue
        j, fr = hit
        if any(u.norm in lex.first_person for u in toks[i:j + 1]):
            continue    # "за нашими підрахунками": the writer's own
        if fr.get("verb") and _idiom(lex, toks, i, j):
            continue    # "як (то) кажуть, ...": a saying, nobody's words
        # where the frame ends: the next comma
        k = j + 1
        while k < len(toks) and toks[k].text != "," and toks[k].text not in ".!?…":
            k += 1
        if k < len(toks) and toks[k].text == ",":
            k = _apposition_end(toks, i, j, k)
            if fr.get("verb"):
                k = _participle_phrase_end(toks, k)
            s, e = _clip(doc, toks[k].end, sent.end, direct)
            e = _before_relay_tail(doc, lex, s, e)
            region = (t.start, toks[k].start)
        else:
            # a closing frame: "..., як зазначив X." / "..., за словами X."; the speaker
            # is all that follows ("Майже тиждень, як Росія оголосила ..." is no frame)
            if i == 0 or toks[i - 1].text != "," or _long_tail(lex, toks, j) \
                    or (i > 1 and toks[i - 2].norm in lex.relative_heads):
                continue    # "після того, як сказав X": a time, not a source
            if toks[j].person == "2per" or _asks(text, sent.start, sent.end):
                continue    # "Пане генерале, як ви оцінюєте ситуацію?": a question asks
                            # what someone thinks, it reports no one's words
            s, e = _clip(doc, sent.start, toks[i].start, direct)
            region = (t.start, sent.end)
        if e - s < 3 or _lead_in(doc, lex, s, e) or _relays(doc, lex, s, e):
            continue
        # the cue is the speech verb of "як зазначив", the whole "за його словами" else
        cue = toks[j] if fr.get("verb") else t
        out.append(Indirect(s, e, cue, toks[j].end, region))
        used = True
        break
    if used:
        return
    # speech verb + complementizer or colon
    for i in cues:
        t = toks[i]
        if not t.is_word or _inside(t.start, direct):
            continue
        infinitive = "infn" in t.tags and t.norm.endswith(("ти", "тися", "тись"))
        if t.person == "1per" or infinitive or (bool(_IMPERATIVE & t.tags) and not _in_document(lex, toks, i)):
            continue            # the newsroom ("Нагадаємо, що"), no speaker ("сказати",
                                # "зазначено"); "У постанові сказано, що": the text speaks
        if i and toks[i - 1].norm == "як":
            continue
        if i + 1 < len(toks) and toks[i + 1].norm in lex.not_speech_before.get(t.lemma, ()):
            continue            # "хто відповідав за безпеку, за те, що ...": no speech
        if _narrator_speaks(lex, toks, i) or _denied(lex, toks, i):
            continue
        found = None
        for j in range(i + 1, min(len(toks), i + 1 + lex.max_gap)):
            u = toks[j]
            if u.text in ".!?…;" or u.norm in lex.dashes or lex.is_speech_token(u):
                break
            if t.lemma in lex.object_senses and toks[j - 1].pos != "PREP" \
                    and (u.pos == "NOUN" or (u.pos == "NPRO" and u.lemma in lex.object_pronouns)) \
                    and (u.case == "accs" or any(p.tag.case == "accs" for p in parses(u.text))):
                break       # "відзначатиме річницю ..., що", "передало її ..., що": an object,
                            # then a relative clause
            if u.norm == "що" and toks[j - 1].text == "," and toks[i + 1].norm == "про" and \
                    j + 1 < len(toks) and toks[j + 1].pos == "VERB" and toks[j + 1].tense:
                break       # "оголосила про «націоналізацію» об'єктів, що належать ...": a "що" with
                            # no subject of its own after a topic opens a relative clause ("сказав
                            # про вторгнення, що Європа такого не бачила" tells what was said)
            if u.norm in lex.complementizers and (j == i + 1 or toks[j - 1].text == ","):
                if u.norm == "як" and _topic_how(lex, toks, j):
                    break
                if u.norm == "як" and j + 1 < len(toks) and toks[j + 1].norm in lex.refrain_words:
                    break       # "повторюють, як мантру, ...": a comparison, no content
                if u.norm == "як" and j + 2 < len(toks) and toks[j + 1].is_word \
                        and toks[j + 2].text == ",":
                    continue    # "скаже, як завжди, що ...": a parenthesis, the clause follows
                if j >= 2 and toks[j - 1].text == "," and toks[j - 2].norm in lex.relative_heads:
                    break       # "за все, що вона робить", "на питання, що заважало"
                if j >= 3 and toks[j - 1].text == "," and toks[j - 2].norm in lex.bare_relative_heads \
                        and toks[j - 3].pos != "PREP":
                    break       # "сказав те, що ми хотіли почути": what, not that ("розповів
                                # про те, що ..." reports the content)
                found = u.end
                break
            if u.text == ":" and j <= i + 4:
                found = u.end
                break
        if found is not None:
            s, e = _clip(doc, found, sent.end, direct)
            e = _before_relay_tail(doc, lex, s, e)
            e = _before_speakers_next_act(doc, t, s, e)
            content = [u for u in tokens_in(doc, s, e) if u.is_word]
            if len(content) == 1 and content[0].pos == "VERB":
                continue        # "пояснює, що відбувається": what is asked about, no claim
            if _lead_in(doc, lex, s, e):
                continue        # "повідомили, що мер наголосив: «...»": the service relays,
                                # the mayor's own words are the quote
            if e - s >= 3:
                clause = max(text.rfind(",", sent.start, t.start), sent.start)
                while clause > sent.start and not text[clause + 1:t.start].strip():
                    # "Сікорський, своєю чергою, запевнив, що ...": past a parenthetical set off
                    # by commas right before the verb, to the speaker before it
                    prev = text.rfind(",", sent.start, clause)
                    if prev < 0 or " ".join(text[prev + 1:clause].lower().split()) not in lex.parentheticals:
                        break
                    clause = max(text.rfind(",", sent.start, prev), sent.start)
                out.append(Indirect(s, e, t, t.end, _joined_region(doc, lex, sent.start, clause, t, found)))
                break
        elif t.lemma in lex.topic_verbs and t.tense != "futr" \
                and (k := _topic_prep_at(lex, toks, i)) is not None and _named_subject(lex, toks, i):
            # "поінформує депутатів про результати візиту" announces a telling to come: the
            # topic is not yet told, no quote
            s, e = _clip(doc, toks[k].start, sent.end, direct)
            if e - s >= 3:
                out.append(Indirect(s, e, t, t.end, (sent.start, t.end), optional=True))
                break

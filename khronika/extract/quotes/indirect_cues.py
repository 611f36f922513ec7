"""Tests on the words around a speech cue for indirect speech (`indirect.py`): a reporting
frame and where it ends ("За його словами, ...", "Як зазначив посол Японії Масахіро Кімура,
..."), an impersonal form after the document it is written in, a narrator's or a denied speech
verb, a phrase after the verb that tells how, not what. Kept apart from the scan that uses
them so that each module stays small.
"""
from __future__ import annotations

from ...document import Token
from .lexicon import IMPERATIVE as _IMPERATIVE, Lexicon, names_document


# words between the document ("У заяві") and its impersonal verb: its issuer and what
# describes it ("У заяві Міністерства оборони Великої Британії сказано", "У підсумковій
# декларації, ухваленій у Мінську, сказано")
DOCUMENT_REACH = 10


def _in_document(lex: Lexicon, toks: list[Token], i: int) -> bool:
    """An impersonal form ("сказано", "зазначено") after the document it is written in ("У
    постанові сказано, що ...", "У заяві міністерства зазначено, що ..."): the document
    speaks for its issuer (`body_speakers`). The document opens the words before the verb, an
    adjective may stand before its noun, and its issuer's genitive or a phrase about it (no
    finite verb) after it."""
    if "Impe" not in toks[i].tags:
        return False
    for k in range(i - 2, max(-1, i - 2 - DOCUMENT_REACH), -1):
        noun = k + 1
        while noun < i - 1 and toks[noun].pos == "ADJF":
            noun += 1           # "У підсумковій декларації"
        if names_document(lex, toks[k], toks[noun]):
            return not any(t.pos == "VERB" and "Impe" not in t.tags for t in toks[noun + 1:i])
        if toks[k].pos == "VERB":
            break
    return False


def _frame_at(lex: Lexicon, toks: list[Token], i: int) -> tuple[int, dict] | None:
    """If a reporting frame begins at toks[i], the index of its last key token."""
    t = toks[i]
    if t.norm not in lex.frame_heads:
        return None
    for fr in lex.frames:
        if t.norm != fr["head"]:
            continue
        window = int(fr.get("window", 3))
        words = 0
        for j in range(i + 1, len(toks)):
            u = toks[j]
            if not u.is_word:
                if u.text == "," and fr.get("verb"):
                    continue        # "Як ти, Андрію, сказав, ..."
                break
            words += 1
            if words > window:
                break
            if fr.get("verb"):
                if u.lemma in lex.verbs and u.pos == "VERB" and not _IMPERATIVE & u.tags \
                        and "infn" not in u.tags:
                    return j, fr
                if u.lemma in lex.verbs and "Impe" in u.tags and j + 2 < len(toks) \
                        and names_document(lex, toks[j + 1], toks[j + 2]):
                    return j, fr    # "Як зазначено в повідомленні, ...": the text speaks
            elif u.norm in fr["forms"]:
                return j, fr
    return None


def _apposition_end(toks: list[Token], i: int, j: int, k: int) -> int:
    """The comma that ends a frame's speaker. A speaker described without a name ("за
    словами великого поляка, папи Івана Павла ІІ, ...") is named in an apposition in the
    same case set off by commas: the content starts after it, and the name is inside the
    speaker's region. A speaker named at once ("за словами міністра Кулеби, ...") ends at
    the first comma."""
    if any(u.is_word and u.text[:1].isupper() for u in toks[i + 1:k]):
        return k
    head = next((u for u in toks[j + 1:k] if u.is_word), None)
    end = k
    for _ in range(3):      # "великого поляка, близького друга України, ... Івана Павла ІІ,"
        k2 = end + 1
        while k2 < len(toks) and toks[k2].text not in ",.!?…;:":
            k2 += 1
        seg = [u for u in toks[end + 1:k2] if u.is_word]
        if k2 >= len(toks) or toks[k2].text != "," or not seg or head is None:
            break
        first = seg[0]
        if first.pos not in ("NOUN", "ADJF") or not first.text[:1].islower() \
                or first.case != head.case or any(u.pos == "VERB" for u in seg) \
                or not any(u.text[:1].isupper() for u in seg[1:]):
            break
        end = k2
    return end


def _long_tail(lex: Lexicon, toks: list[Token], j: int) -> bool:
    rest = [u for u in toks[j + 1:] if u.is_word]
    return len(rest) > 6 or any(u.text in ":;" for u in toks[j + 1:]) or any(
        u.pos == "VERB" for u in rest)


def _narrator_speaks(lex: Lexicon, toks: list[Token], i: int) -> bool:
    """The writer's own stance or words, which an address prints as plain text and no reader
    counts as a quote: "Я впевнений, що ...", "Впевнений, що ...", "Ми сказали, що ..."."""
    k = i - 1
    before: list[Token] = []
    while k >= 0 and toks[k].text not in ",;:.!?…":
        if toks[k].is_word:
            before.append(toks[k])
        k -= 1
    if not before and k >= 1 and toks[k].text == ",":
        # "Корольчук, своєю чергою, переконаний, що ...": past a parenthetical set off by
        # commas, to the subject before it
        m = k - 1
        while m >= 0 and toks[m].text not in ",;:.!?…":
            m -= 1
        words = " ".join(t.norm for t in toks[m + 1:k] if t.is_word)
        if m >= 0 and toks[m].text == "," and words in lex.parentheticals:
            k = m - 1
            while k >= 0 and toks[k].text not in ",;:.!?…":
                if toks[k].is_word:
                    before.append(toks[k])
                k -= 1
    if any(t.norm in lex.first_subject for t in before):
        return True
    # a stance adjective with no subject of its own: the writer's "(я) впевнений"
    return toks[i].lemma in lex.stance and not any(
        t.pos in ("NOUN", "NPRO") or (t.text[:1].isupper() and t.pos not in ("CONJ", "PRCL"))
        for t in before)


def _denied(lex: Lexicon, toks: list[Token], i: int) -> bool:
    """Speech that did not happen or is only possible: a negation right before the verb or
    the stance adjective's copula ("не сказали, що ...", "ніхто не був упевнений, що ...",
    "не переконують їх, що ..."), or a stance after an infinitive copula ("дозволить бути
    впевненими, що ..."). Nobody said what follows. ("не раз наголошував, що" is said.)"""
    words = [u for u in toks[max(0, i - 3):i] if u.is_word]
    if words and words[-1].norm in lex.negations:
        return True
    if toks[i].lemma in lex.stance and words and words[-1].lemma == "бути":
        # the infinitive itself ("бути"; the dictionary does not always tag it), or "не був"
        return words[-1].norm == "бути" or (len(words) > 1 and words[-2].norm in lex.negations)
    return False


def _idiom(lex: Lexicon, toks: list[Token], i: int, j: int) -> bool:
    """"як кажуть", "як то кажуть", "як говорять": a plural verb with no subject between the
    frame's head and the verb and none after it, a saying and not a source."""
    verb = toks[j]
    if verb.number != "plur" and "plur" not in verb.tags:
        return False
    if any(u.is_word and u.norm not in lex.saying_particles for u in toks[i + 1:j]):
        return False
    return j + 1 >= len(toks) or not toks[j + 1].is_word


def _topic_how(lex: Lexicon, toks: list[Token], j: int) -> bool:
    """"говорили, як не допустити війни", "розповідають, як підірвати", "говорили як про
    місце": after "як" an infinitive with no finite verb, or "про", is the topic of the talk,
    not its content."""
    if j + 1 < len(toks) and toks[j + 1].norm in lex.topic_openers:
        return True
    for u in toks[j + 1:]:
        if u.text in ",;:.!?…" or u.norm in lex.dashes:
            return False
        if u.pos in ("NOUN", "NPRO") and u.case == "nomn":
            return False        # "як він бачить": a subject, so a clause of its own
        if u.pos == "VERB":
            return "infn" in u.tags and u.norm.endswith(("ти", "тися", "тись"))
    return False


def _text_named(lex: Lexicon, toks: list[Token], start: int, end: int) -> bool:
    """Whether a sentence names where its impersonal words were published: a document after
    a body preposition ("у звіті", "в обґрунтуванні закупівлі"), or a body or medium named
    after one, in marks or capitalised ("у «Віснику державних закупівель»", "на сайті ЦПК",
    "в Укрінформі"), or a pronoun for a text ("У ньому"). A verb of `named_text_verbs` attributes only so: alone ("Повідомляється, що
    ...", "Як повідомляється, ...") it is the newsroom's formula for a report of no one. The
    words of the quote itself [start, end) name nothing ("Повідомляється, що у Києві ...")."""
    for k, t in enumerate(toks[:-1]):
        if t.norm not in lex.body_prepositions or start <= t.start < end:
            continue
        nxt = toks[k + 1]
        noun = next((u for u in toks[k + 1:k + 4] if u.pos != "ADJF"), nxt)   # "у пояснювальній записці"
        if names_document(lex, t, noun) or nxt.norm in lex.named_text_pronouns or any(
                u.text in lex.openers or (u.is_word and u.text[:1].isupper())
                for u in toks[k + 1:k + 3]):
            return True     # "у звіті", "у ньому", "у «Віснику ...»", "в системі «Прозорро»"
    return False

"""An attack named by its noun with both its sides: "засудили напад Ірану на Ізраїль", "після
нападу Росії на українські кораблі". The noun "напад" alone is most often the war's background
("з початку нападу"), so it tells a happening only with an anchoring verb, or here with the
attacker named right after it in the genitive (a state) and what
it fell on after "на". The home side as its target is the war itself ("напад Росії на
Україну"), no one happening: that stays with the anchoring verbs."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases
from ..grammar.sentence_view import SentenceView, lemma_of
from ..lexicon.compiled import lexicon
from ..arguments.states import country_ids

# how far after the noun the attacker's name may stand (past adjectives: "напад російської армії")
WINDOW = 4


def sided_attack(lex, doc: Document, sent: SentenceView, j: int) -> bool:
    """After the trigger noun (ending at `j`): a state in the genitive, then "на" and
    a word that is not the home side's own name."""
    toks = doc.tokens
    home = (lex.home or {}).get("id")
    k = j
    attacker = None
    while k < min(sent.hi, j + WINDOW):
        t = toks[k]
        if not t.is_word or t.pos == "PREP":
            break
        a = next((a for a in sent.args if a.start <= t.start < a.end and a.kind == "mention"), None)
        if a is not None:
            # (a state only: a body's genitive is read as what it struck, "напад ХАМАС на
            # Ізраїль" would make the group the one attacked)
            if a.entity not in country_ids() or "gent" not in _cases(t.text) or a.entity == home:
                return False
            attacker = a
            while k < sent.hi and toks[k].start < a.end:
                k += 1
            break
        if t.pos not in ("ADJF", "PRTF"):
            return False
        k += 1
    if attacker is None or k + 1 >= sent.hi or toks[k].norm != "на":
        return False
    nxt = toks[k + 1]
    target = next((a for a in sent.args if a.start <= nxt.start < a.end), None)
    # (the home side's ships or posts, "на українські кораблі", are things hit, not the war)
    return nxt.is_word and not (target is not None and target.entity == home and target.kind == "mention")


def attack_after(lex, doc: Document, sent: SentenceView, i: int, j: int) -> bool:
    """The noun at [i, j) right under a preposition that takes a happening as past
    (`presupposing_prepositions`: "після нападу", "внаслідок вторгнення", maybe past its
    adjectives and "початку"), with a state named as its attacker (`named_attacker`): the
    attack the clause's own act followed is told as one that happened ("Після нападу Росії
    Литва закрила кордон"), whoever it fell on. A fit of coughing or a dog's attack names no
    state; "з початку вторгнення" counts time and is not under such a preposition."""
    toks = doc.tokens
    m = i - 1
    while m > sent.lo and toks[m].is_word and (
            toks[m].pos in ("ADJF", "PRTF") or toks[m].norm in lex.word_list("start_nouns")):
        m -= 1
    if m < sent.lo:
        return False
    words = lex.word_list("presupposing_prepositions")
    under = toks[m].norm in words or (m > sent.lo and f"{toks[m - 1].norm} {toks[m].norm}" in words)
    return under and named_attacker(doc, sent, i, j)


def named_attacker(doc: Document, sent: SentenceView, i: int, j: int) -> bool:
    """A state named as the one attacking in the noun phrase of the noun at [i, j): its
    adjective before the noun ("після російського вторгнення", past other adjectives) or its
    name in the genitive after it ("після нападу Росії", "вторгнення російської армії" does
    not name one); for a seizure of land (`seizure_nouns`), its taker in the instrumental past
    the land ("після анексії Криму Росією")."""
    toks = doc.tokens
    states = country_ids()

    def arg_at(t):
        return next((a for a in sent.args if a.start <= t.start < a.end), None)
    k = i - 1
    while k >= sent.lo and toks[k].is_word and toks[k].pos in ("ADJF", "PRTF"):
        a = arg_at(toks[k])
        if a is not None and a.kind == "adjective" and a.entity in states:
            return True
        k -= 1
    k = j
    land = False
    seizure = lemma_of(toks[i]) in lexicon().word_list("seizure_nouns")
    while k < min(sent.hi, j + WINDOW + 2):
        t = toks[k]
        if not t.is_word or t.pos == "PREP":
            return False
        a = arg_at(t)
        if a is not None and land:
            # "після анексії Криму Росією": past the land taken, its taker in the instrumental
            return a.kind == "mention" and a.entity in states and "ablt" in _cases(t.text)
        if seizure and a is not None and a.kind == "mention" and a.entity not in states and "gent" in _cases(t.text):
            land = True
            while k < sent.hi and toks[k].start < a.end:
                k += 1
            continue
        if a is not None:
            return a.kind == "mention" and a.entity in states and "gent" in _cases(t.text)
        if t.pos not in ("ADJF", "PRTF"):
            return False
        k += 1
    return False

"""A happening named by a noun and told done by the participle of its verb.

Reports fold the verb that tells a happening into a participle on its noun: "Підписаний у
Вашингтоні договір набуде чинності", "Досягнуті в Стамбулі домовленості передбачають ...",
"домовленості, досягнуті під час зустрічі", "Оголошений Байденом пакет допомоги включає ...".
The noun alone is no happening ("договір" may be any treaty), and the clause's own verb
("набуде", "передбачають") is none of the eventive predicates the `anchor` needs look for;
the participle is that predicate. It anchors the noun as its verb would
(`participle_verbs` in events.yaml pairs each participle with its verb, so an anchor list
of verbs, `anchors` or an `anchor_*` list, decides as for the verb itself).

Only a perfective passive participle that agrees with the noun in case and number, standing
before it within its phrase ("Підписаний у вівторок меморандум") or opening a phrase right
after it ("угода, укладена минулого року"): "договір про підписання" or "підписаний мною
лист ... угода" tie nothing to the noun.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses, tag_view
from ..grammar.sentence_view import SentenceView

# how far before the noun its participle may stand ("Підписаний у вівторок у Києві меморандум")
_BEFORE = 5
_STOP_POS = ("VERB", "INFN", "CONJ", "PRCL")
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
_NUMBERS = frozenset({"plur"})


def _agreements(text: str, participle: bool) -> set[tuple[str, str]]:
    """(case, number) readings of a noun, or of a perfective passive participle."""
    out = set()
    for p in parses(text):
        tag = p.tag
        if participle and not (tag.POS in ("ADJF", "PRTF") and "pssv" in tag):
            continue
        if not participle and tag.POS != "NOUN":
            continue
        grams = set(str(tag).replace(" ", ",").split(","))
        # (a singular reading carries its gender, a plural one "plur")
        out |= {(c, n) for c in grams & _CASES for n in (grams & _NUMBERS or {"sing"})}
    return out


def _verb_of(pairs: dict[str, str], text: str) -> str | None:
    for p in parses(text):
        if tag_view(p).POS in ("ADJF", "PRTF") and "pssv" in p.tag and p.normal_form in pairs:
            return pairs[p.normal_form]
    return None


_PAIRS: dict[int, dict[str, str]] = {}


def participle_pairs(lex) -> dict[str, str]:
    """participle lemma -> verb lemma, from `participle_verbs` ("підписаний:підписати"); read
    once per lexicon (the anchor needs ask for it at every noun trigger)."""
    pairs = _PAIRS.get(id(lex))
    if pairs is None:
        pairs = {}
        for item in lex.word_list("participle_verbs"):
            part, _, verb = str(item).partition(":")
            if verb:
                pairs[part.strip()] = verb.strip()
        _PAIRS[id(lex)] = pairs
    return pairs


def participle_verb(lex, doc: Document, sent: SentenceView, k: int) -> str | None:
    """The verb of the participle that tells the noun at token k done, or None."""
    pairs = participle_pairs(lex)
    if not pairs:
        return None
    toks = doc.tokens
    noun = _agreements(toks[k].text, participle=False)
    if not noun:
        return None
    # before the noun, within its phrase
    for m in range(k - 1, max(sent.lo - 1, k - 1 - _BEFORE), -1):
        t = toks[m]
        if not t.is_word or t.pos in _STOP_POS:
            break
        verb = _verb_of(pairs, t.text)
        if verb is not None:
            return verb if noun & _agreements(t.text, participle=True) else None
    # right after it, the participle opening its own phrase ("угода, укладена ...")
    m = k + 1
    if m < sent.hi and toks[m].text == ",":
        m += 1
    if m < sent.hi:
        verb = _verb_of(pairs, toks[m].text)
        if verb is not None and noun & _agreements(toks[m].text, participle=True):
            return verb
    return None

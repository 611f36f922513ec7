"""A happening named only to date another act ("Напередодні саміту міністри зустрілися",
"Через два дні після саміту Росія атакувала Київ"): with no party in its own phrase, nor a
subject standing before that phrase to share it ("Президенти після спільної зустрічі зробили
заяви"), the noun is a time, not an event; the act's names belong to the act, and a chronicle
entry built from them gives the summit an actor it never had. Told with its own parties or
place ("після саміту G7 у Хіросімі", "перед зустріччю з Трампом") it stays."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases

# how many words of genitives after the noun may name its own parties
CHAIN = 6
_MARKS = frozenset("«»“”\"'")


def dating_only(doc: Document, sent, k: int, participants: set[str]) -> bool:
    """The trigger noun at k heads a phrase of sequence (`sequence_prepositions`) that names
    no one and nowhere, and none of the candidate's participants stands before that phrase."""
    if doc.tokens[k].pos != "NOUN":
        return False
    toks = doc.tokens
    for a_lo, a_hi, head in sent.sequence_nouns:
        if head != k:
            continue
        # (a name right after the noun that can be its genitive is its own, an indeclinable one
        # too: "саміту НАТО у Вашингтоні", whose "НАТО" the phrase leaves out as a possible
        # subject; "після саміту Росія атакувала" is the verb's subject)
        # ("Напередодні зустрічі міністрів фінансів країн «Великої сімки»": a chain of such
        # genitives, quote marks between, names the noun's own parties however long it is)
        m = k + 1
        while m < min(sent.hi, k + 1 + CHAIN) and (toks[m].norm in _MARKS or _owner_like(toks[m])):
            m += 1
        end = max(a_hi, m)
        lo_c, hi_c = toks[a_lo].start, toks[end - 1].end
        if any(lo_c <= a.start < hi_c for a in sent.args) or \
                any(toks[m].pos == "NPRO" for m in range(k + 1, end)):
            return False    # (a pronoun partner is a party too: "після зустрічі з ним")
        before = {a.entity for a in sent.args if sent.start <= a.start < toks[a_lo - 1].start}
        return not (participants & before)
    return False


def _owner_like(t) -> bool:
    """A word that can stand as a noun's genitive owner: an indeclinable name or a genitive."""
    return "Fixd" in (t.tags or ()) or "gent" in _cases(t.text)

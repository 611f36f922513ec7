""""Британія направить в Україну інструкторів", "Канада відправить до Латвії 1200 військових",
"Німеччина розмістила в Литві бригаду": the state troops, instructors or aid are sent to is the
one that receives them, not the place where the sending happens. For a trigger that sends (a verb
or a noun of `sending_words` in lang/uk/events.yaml), a state named after one of
`destination_prepositions` close to it is a recipient; a town stays the place ("надіслали
допомогу в Харків"). People or the fallen given back go to a state as aid does ("Росія повернула
в Україну тіла загиблих")."""
from __future__ import annotations

from ..grammar.names import token_index_at
from ..grammar.sentence_view import lemma_of
from .states import country_ids

SENT_TYPES = ("AID", "MOBILIZE", "RETREAT")
AFTER, BEFORE = 8, 4        # how far after (past the troops named) and before the trigger


def sent_to_state(lex, doc, args: list, i: int, type_: str, lo: int, hi: int) -> str | None:
    """The state the trigger at i sends to, or None."""
    toks = doc.tokens
    if type_ not in SENT_TYPES or lemma_of(toks[i]) not in lex.word_list("sending_words"):
        return None
    preps = lex.word_list("destination_prepositions")
    for a in args:
        if a.kind != "mention" or a.entity not in country_ids():
            continue
        k = token_index_at(doc, a.start, lo, hi)
        if k is not None and k > lo and toks[k - 1].norm in preps and \
                (i < k <= i + AFTER or i - BEFORE <= k - 1 < i):
            return a.entity
    return None

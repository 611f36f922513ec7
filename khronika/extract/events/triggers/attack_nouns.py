"""An attack named by its noun with both its sides: "засудили напад Ірану на Ізраїль", "після
нападу Росії на українські кораблі". The noun "напад" alone is most often the war's background
("з початку нападу"), so it tells a happening only with an anchoring verb, or here with the
attacker named right after it in the genitive (a state) and what
it fell on after "на". The home side as its target is the war itself ("напад Росії на
Україну"), no one happening: that stays with the anchoring verbs."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases
from ..grammar.sentence_view import SentenceView
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

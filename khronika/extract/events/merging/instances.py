"""One of several happenings singled out in a sentence of its own: "Ми готуємо сім безпекових
угод. Зокрема щодо безпекової угоди зі Сполученими Штатами..." A verbless sentence opened by a
word that picks out an instance ("зокрема", "насамперед") and naming the previous sentence's
happening again with a partner of its own tells one more happening of that kind, with that
partner and the status of the one it is picked out of. Without the opening word the noun is
only a topic ("щодо угоди"); a happening of another kind ("Обговорили співпрацю. Зокрема щодо
постачання ППО") stays the topic of the talk.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from ..lexicon.compiled import Lexicon
from .merge import Cand
from ..triggers.splits import partner_copy
from ..triggers.finder import SentenceView, TriggerFinder, lemma_of

# how far into the sentence the instance's noun may stand ("Зокрема щодо безпекової угоди")
INSTANCE_REACH = 5


def singled_out(lex: Lexicon, find: TriggerFinder, doc: Document, sent: SentenceView,
                out: list[Cand]) -> Cand | None:
    if not out or not sent.args:
        return None
    last = out[-1]
    toks = doc.tokens
    if sent.index - last.sent != 1 or last.status == "negated" or \
            toks[sent.lo].norm not in lex.word_list("instance_markers"):
        return None
    if any(_finite(t) or t.pos in ("INFN", "GRND") for t in toks[sent.lo:sent.hi]):
        return None
    for k in range(sent.lo + 1, min(sent.hi, sent.lo + 1 + INSTANCE_REACH)):
        if lemma_of(toks[k]) != last.lemma:
            continue
        if not find.has_partner(doc, sent, k + 1):
            return None
        names = [a.entity for a in sent.args if a.start > toks[k].start
                 and a.entity not in last.actors and a.entity != last.home]
        if not names:
            return None
        return partner_copy(doc, sent, last, names, (toks[k].start, toks[k].end))
    return None

""""Сили оборони завдали ураження арсеналу окупантів", "уразили два склади боєприпасів
окупантів", "уражено склад ворога": whose depot, base or position a strike hits is the side
struck. The name stands in the genitive of a site that cannot strike (`struck_sites` in
lang/uk/events.yaml), and the walk read it as the striker: after a strike noun the genitive is
its doer ("удар ворога"), and a site read as a nominative before an impersonal or subjectless
verb looked like the subject. A site is what is hit wherever it stands in a strike's clause,
so its owner is moved to the side struck; a site the strike comes from ("з позицій
противника") keeps its owner the striker.
"""
from __future__ import annotations

from ..grammar.clauses import lemma_of_tok
from ..grammar.ties import Tie
from ..lexicon.compiled import Lexicon

# prepositions of where a strike comes from: the site's owner launched it
FROM_PREPOSITIONS = frozenset({"з", "із", "зі", "від", "звідки"})


def owns_struck_site(lex: Lexicon, toks, k: int, tie: Tie, i: int, j: int) -> bool:
    """The name at token k owns a site of `struck_sites` that heads or fills the genitive chain
    it hangs on (tokens tie.head .. k-1, the trigger's own words aside)."""
    if tie.prep in FROM_PREPOSITIONS or tie.head >= k:
        return False
    sites = lex.word_list("struck_sites")
    return any(toks[m].pos == "NOUN" and lemma_of_tok(toks[m]) in sites
               for m in range(tie.head, k) if not i <= m < j)

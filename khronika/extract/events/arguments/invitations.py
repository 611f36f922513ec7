"""Invitations passed on. "Міністр передав запрошення Президенту Туреччини відвідати Україну":
the one in the dative is invited and would come; the one who passes the invitation does not
come, he stands for the host as one who invites does ("Зеленський запросив Макрона відвідати
Україну"). The clause is read as a clause of control (`role_clause`), so the names take the
sides that a verb of inviting gives them. "Прийняв запрошення відвідати" is not this: the one
who accepts comes himself.
"""
from __future__ import annotations

from ..grammar.clauses import _can_be, lemma_of_tok
from ..lexicon.compiled import Lexicon


def passed_invitation(toks, governor: int | None, first_inf: int | None, lex: Lexicon) -> bool:
    """True when the clause's verb passes on an invitation (`invitation_passing_verbs`) and the
    invitation noun and a noun that can be a dative (the one invited) stand between the verb
    and the infinitive the invitation is to."""
    if governor is None or first_inf is None:
        return False
    gov = toks[governor]
    if (gov.lemma or gov.norm) not in lex.word_list("invitation_passing_verbs"):
        return False
    between = range(governor + 1, first_inf)
    nouns = lex.word_list("invitation_nouns")
    return any(lemma_of_tok(toks[m]) in nouns or toks[m].norm in nouns for m in between) and \
        any(toks[m].pos in ("NOUN", "NPRO") and _can_be(toks[m], "datv") and
            lemma_of_tok(toks[m]) not in nouns for m in between)

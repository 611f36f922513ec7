"""The subject of a gerund told after its finite verb ("Війська відступили з Херсона, підірвавши
міст"): the gerund has no subject of its own in its clause, so the clause roles of its
trigger find none; the verb it follows names it."""
from __future__ import annotations

from ...document import Document
from .arguments import clause_roles
from .clauses import _finite


def trailing_gerund_subject(lex, doc: Document, args, sent, i: int, type_: str,
                            recipients: list[str]) -> list[str]:
    """"Війська відступили з Херсона, підірвавши міст", "керівництво Альянсу дало ..., відмовившись
    зробити": a gerund after its finite verb has that verb's subject, read as the verb's actors
    (its own objects stay its recipients)."""
    toks = doc.tokens
    v = next((m for m in range(i - 1, sent.lo - 1, -1) if _finite(toks[m])), None)
    if v is None or not any(toks[m].norm == "," for m in range(v + 1, i)):
        return []
    main, _, _, _ = clause_roles(doc, args, v, v + 1, type_, lex, sent.lo, sent.hi, set())
    return [x for x in main if x not in recipients]

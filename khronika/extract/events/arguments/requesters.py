"""Who asked for what is given: "На прохання України Данія передала літаки", "Японія на
запит Києва надасть генератори". Aid given at someone's request, with no receiver named, goes
to the one who asked (the request itself is an event of its own, `granted_request`)."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import lemma_of_tok
from ..grammar.names import Arg, token_index_at
from ..lexicon.compiled import Lexicon


def granted_askers(lex: Lexicon, doc: Document, args: list[Arg], lo: int, hi: int) -> list[str]:
    """The names right after a request noun under "на" or "за" in tokens lo..hi, in text
    order (a capital is made its state with the other sides, in `build`)."""
    toks = doc.tokens
    granted = lex.word_list("granted_requests")
    out: list[str] = []
    for m in range(lo + 1, hi - 1):
        if f"{toks[m - 1].norm}:{lemma_of_tok(toks[m])}" not in granted:
            continue
        for a in args:
            k = token_index_at(doc, a.start, lo, hi)
            if k is None or not m < k <= m + 3 or a.kind != "mention":
                continue
            if all(toks[x].pos in ("ADJF", "PRTF", "NOUN") for x in range(m + 1, k + 1)):
                if a.entity not in out:
                    out.append(a.entity)
    return out


def handled_request(lex: Lexicon, doc: Document, args: list[Arg], i: int, lo: int, hi: int) -> list[str]:
    """"США розглянуть прохання України", "Рада ЄС задовольнила запит Польщі": a request noun
    that is the object of another's verb, with its owner in the genitive right after it. The
    owner asked (the names returned, in text order); the verb's subject is the one asked, not
    a requester beside the owner. Nothing when the noun stands under a preposition or opens
    its clause."""
    toks = doc.tokens
    if toks[i].pos != "NOUN" or lemma_of_tok(toks[i]) not in lex.word_list("stance_nouns") or i - 1 < lo:
        return []
    g = i - 1
    while g > lo and toks[g].pos in ("ADJF", "PRTF"):
        g -= 1
    if toks[g].pos != "VERB" or not toks[g].tense:
        return []
    owners: list[str] = []
    for a in sorted(args, key=lambda x: x.start):
        k = token_index_at(doc, a.start, lo, hi)
        if k is not None and i < k <= i + 2 and a.kind == "mention" and \
                all(toks[x].pos in ("ADJF", "NOUN") for x in range(i + 1, k + 1)) and toks[k].case == "gent" \
                and a.entity not in owners:
            owners.append(a.entity)
    return owners

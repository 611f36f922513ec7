"""A river named by its bare name where a town or a region shares it: "лівий берег Дніпра" is
the river's bank, not the city of Dnipro; "гирло Десни" is no village.

A river is a knowledge-base place whose Ukrainian name is "річка X" (so the bare name "X"
keeps naming the town, as it does in most news); it is taken for a place mention "X" only
right after a word of a river's parts or course (`river_nouns` in lang/uk/kb/lexicon.yaml:
"берег", "гирло", "русло", "лівобережжя"), and a place mention "X" the model or the
codifier gave there becomes the river. After "річка" itself a codifier place the KB knows no
river of becomes a document-local river: a wrong link is worse than none."""
from __future__ import annotations

from ...document import Entity
from ...kb.base import KnowledgeBase
from ...kb.translit import slug, transliterate
from ..morph import is_dictionary, parses, tag_view
from .state import DocState, kb_entity


def _lemmas(word: str) -> set[str]:
    return {p.normal_form for p in parses(word) if is_dictionary(p) and tag_view(p).POS == "NOUN"}


def _local_river(name: str) -> Entity:
    """A river the KB does not hold, named like a codifier place: a document-local river,
    named as the KB names its rivers ("річка X")."""
    uk = f"річка {name}"
    return Entity(slug(transliterate(uk)), transliterate(uk), uk, "LOC", None, kb=False)


def rivers(st: DocState, kb: KnowledgeBase, river_nouns: frozenset[str],
           river_words: frozenset[str] = frozenset()) -> None:
    if not river_nouns:
        return
    toks = st.doc.tokens
    for m in list(st.doc.mentions):
        if m.type != "LOC":
            continue
        i = st.tok_at.get(m.start)
        if i is None or i == 0:
            continue
        prev = toks[i - 1]
        if not prev.is_word or prev.sentence != toks[i].sentence or not (_lemmas(prev.text) & river_nouns):
            continue
        ent = st.doc.entities.get(m.entity)
        if ent is None:
            continue
        river = next((e for e in kb.lookup(f"річка {ent.name_uk}") if e.type == "LOC"), None)
        if river is None and ent.kb and ent.katottg and _lemmas(prev.text) & river_words:
            river = _local_river(ent.name_uk)   # "через річку Остер": not the town of Oster
        if river is None or river.id == m.entity:
            continue
        j = i
        while j < len(toks) and toks[j].end <= m.end:
            j += 1
        old = m.entity
        st.remove_mention(m)
        st.add_entity(river if isinstance(river, Entity) else kb_entity(river))
        st.add_mention(i, j, river.id, "LOC", "kb")
        if not any(x.entity == old for x in st.doc.mentions):
            st.doc.entities.pop(old, None)
            st.first_seen.pop(old, None)

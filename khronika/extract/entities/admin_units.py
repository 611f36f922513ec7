"""Administrative units the codifier does not hold, named by an adjective and the unit's noun
(lexicon.yaml unit_nouns): a raion abolished in 2020 ("у Верхньодніпровському районі"), a
county or governorate of history ("Ніжинського повіту Чернігівської губернії"). The knowledge
base knows today's units only, and the model left these out or kept the adjective alone (a
city's or an oblast's name), so the place was lost or wrongly linked. The two words are one
document-local place, named in the nominative ("Ніжинський повіт"); a unit the KB knows was
matched whole by the gazetteer before and is left alone."""
from __future__ import annotations

from ...document import Entity
from ...kb.translit import local_id, transliterate
from ..morph import dictionary_parses, parses, tag_view
from .state import DocState


def _unit(tok, nouns: frozenset[str]):
    """The dictionary parse of a unit noun at tok (lower case), or None."""
    if not tok.is_word or not tok.text[:1].islower():
        return None
    return next((p for p in dictionary_parses(tok.text)
                 if tag_view(p).POS == "NOUN" and p.normal_form in nouns), None)


def _nominative(adj_text: str, noun) -> str | None:
    """'Ніжинського' before 'повіту' -> 'Ніжинський': the adjective's parse in the noun's case
    and gender, put in the nominative singular of that gender (from its lemma, so an adjective
    the dictionary only guesses, "Антрацитівському", is put there too)."""
    gender = tag_view(noun).gender
    for p in parses(adj_text):
        if tag_view(p).POS != "ADJF" or tag_view(p).case != tag_view(noun).case:
            continue
        if tag_view(noun).number != "plur" and tag_view(p).gender != gender:
            continue
        base = p.normal_form    # the masculine nominative, also of a guessed adjective
        if not gender or not base.endswith("ий"):
            continue
        word = base if gender == "masc" else base[:-2] + ("а" if gender == "femn" else "е")
        return word[:1].upper() + word[1:]
    return None


def _units_only(st: DocState, m, nouns: frozenset[str]) -> bool:
    """The mention's words are two or more adjective + unit noun pairs and nothing else."""
    i = st.tok_at.get(m.start)
    if i is None:
        return False
    words = [t for t in st.doc.tokens[i:st.end_token(i, m)] if t.is_word]
    return len(words) >= 4 and len(words) % 2 == 0 and all(
        w.text[:1].isupper() and _unit(n, nouns) is not None for w, n in zip(words[::2], words[1::2]))


def admin_units(st: DocState, kb, nouns: frozenset[str]) -> None:
    """Add a local place for each capitalised adjective + unit noun the KB did not match
    (module docstring)."""
    if not nouns:
        return
    toks = st.doc.tokens
    for m in list(st.doc.mentions):
        if m.source.startswith("ner") and m.type in ("ORG", "LOC") and _units_only(st, m, nouns):
            st.drop_mention(m)    # "Лубенського повіту Полтавської губернії": two units, one each
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if not a.is_word or not a.text[:1].isupper() or a.text.isupper() or b.sentence != a.sentence \
                or (st.covered[i + 1] is not None and st.covered[i + 1] is not st.covered[i]) \
                or "-" in a.text[1:]:
            continue
        if not a.norm.endswith(("ського", "ському", "ським", "ській", "ської", "ською", "ську",
                                "ський", "ська", "цького", "цькому", "цьким", "цькій", "цької",
                                "цькою", "цьку", "цький", "цька", "зького", "зькому", "зькій",
                                "зької", "зький", "зька")):
            continue
        noun = _unit(b, nouns)
        if noun is None:
            continue
        m = st.covered[i]
        whole = m is not None and m.start == a.start and m.end == b.end and m.source.startswith("ner") \
            and m.entity not in kb.entities      # the model's span, named by its own rules
        if m is not None and not whole and (m.start != a.start or m.end != a.end
                                            or m.type not in ("LOC", "PER")):
            continue            # a word of a longer name
        adj = _nominative(a.text, noun)
        if adj is None:
            continue
        name = f"{adj} {noun.normal_form}"
        if kb.lookup(name):
            continue            # a unit the KB knows, written in a way the gazetteer missed
        if m is not None:
            st.drop_mention(m)
        eid = local_id(name, kb.entities)
        ent = st.add_entity(Entity(eid, transliterate(name), name, "LOC", None, kb=False))
        st.add_mention(i, i + 2, ent.id, "LOC", "unit")

"""A foreign surname with its particle named again at a sentence's start ("Де Вільпен", "Ван
Голлен", "Фон дер Ляєн" after "Домінік де Вільпен"): the particle is written with a capital
there, so it reads as a word ("де" is also "where") and the model and the rules cut it off,
leaving the bare surname, which the model may even type a place ("Голлен"). The particles
and the surname after them are one more mention of the person the text named in full, and
the particles take the surname's reading: the events layer reads a name's case and part of
speech from its first word, and "Де" read as the pronoun "where" lost the subject of "Де
Вільпен закликав"."""
from __future__ import annotations

from ...textnorm import norm_word
from .state import DocState


def _surname_form(word: str, surname: str) -> bool:
    """`word` (lowercase) is a case form of `surname`: the nominative, or the stem with an
    ending ("вільпена", "голленом"; "нахайяна" for "нахайян")."""
    if word == surname:
        return True
    stem = surname[:-1] if surname[-1:] in "аояь" else surname
    return len(stem) >= 3 and word.startswith(stem) and len(word) - len(stem) <= 3


def particle_surnames(st: DocState, particles: set[str]) -> None:
    """Join capitalised particles opening a sentence to the surname after them, as a mention
    of the person whose name in the document holds those particles before that surname."""
    doc, toks = st.doc, st.doc.tokens
    people = {eid: norm_word(e.name_uk).split() for eid, e in doc.entities.items() if e.type == "PER"}
    if not people:
        return
    for i, t in enumerate(toks):
        if t.norm not in particles or not t.text[:1].isupper() or st.covered[i] is not None \
                or not st.sentence_initial(i):
            continue
        k = i
        while k < len(toks) and toks[k].norm in particles and st.covered[k] is None \
                and toks[k].sentence == t.sentence:
            k += 1
        if k >= len(toks) or toks[k].sentence != t.sentence or not toks[k].text[:1].isupper():
            continue
        parts = [x.norm for x in toks[i:k]]
        owner = None
        for eid, words in people.items():
            n = len(parts)
            if any(words[p:p + n] == parts and _surname_form(toks[k].norm, words[p + n])
                   for p in range(1, len(words) - n)):
                if owner is not None:
                    owner = None
                    break               # two people of that surname: neither is assumed
                owner = eid
        if owner is None:
            continue
        m = st.covered[k]
        if m is not None:
            if st.tok_at.get(m.start) != k or st.end_token(k, m) != k + 1:
                continue                # the surname is inside a longer name of its own
            st.drop_mention(m)
        st.add_mention(i, k + 1, owner, "PER", "partial")
        for x in toks[i:k]:
            x.pos, x.case, x.gender, x.number, x.tags = \
                toks[k].pos, toks[k].case, toks[k].gender, toks[k].number, toks[k].tags


def _family_word(t, particles: frozenset[str]) -> bool:
    """"аль-Сауд", "Аль-Тані": the article and the family name in one word."""
    head, dash, rest = t.norm.partition("-")
    return bool(dash) and head in particles and rest[:1].isalpha() and t.text[len(head) + 1:][:1].isupper()


def family_tails(st: DocState, particles: frozenset[str]) -> None:
    """A person's name that goes on with the Arabic article and a family name ("Мухаммед бін
    Заїд" + "Аль Нахайян", a KB name shorter than the one written; "... бін Фархан
    аль-Сауд"): the mention runs over them, as one name (GUIDELINES: the span is the name)."""
    toks = st.doc.tokens
    for m in list(st.doc.mentions):
        if m.type != "PER":
            continue
        i = st.tok_at.get(m.start)
        if i is None:
            continue
        j = st.end_token(i, m)
        if j >= len(toks) or toks[j].sentence != toks[i].sentence or st.covered[j] is not None \
                or toks[j].start != toks[j - 1].end + 1:
            continue
        if _family_word(toks[j], particles):
            end = j + 1
        elif toks[j].norm in particles and toks[j].text[:1].isupper() and j + 1 < len(toks) \
                and toks[j + 1].sentence == toks[j].sentence and st.covered[j + 1] is None \
                and toks[j + 1].is_word and toks[j + 1].text[:1].isupper() \
                and toks[j + 1].start == toks[j].end + 1:
            end = j + 2
        else:
            continue
        st.remove_mention(m)
        st.add_mention(i, end, m.entity, m.type, m.source)

"""A foreign person named again by the surname of several words ("Ребелу де Соуза" after
"Марселу Ребелу де Соуза", "Лопес Обрадор" after "Андрес Мануель Лопес Обрадор"): the model
finds the shorter name whole, and it became a second person of its own, since the partial
links go word by word. A name outside the knowledge base whose nominative is the last two or
more words of another person's name in the document is that person."""
from __future__ import annotations

from ...textnorm import norm_word
from .state import DocState


def surname_phrases(st: DocState) -> None:
    doc = st.doc
    people = {eid: norm_word(e.name_uk).split() for eid, e in doc.entities.items()
              if e.type == "PER" and e.name_uk}
    for eid, words in list(people.items()):
        if doc.entities[eid].kb or len(words) < 2:
            continue
        owners = {other for other, full in people.items()
                  if other != eid and len(full) > len(words) and full[-len(words):] == words}
        if len(owners) != 1:
            continue            # none, or two people of that surname: neither is assumed
        owner = owners.pop()
        if st.first_seen.get(owner, 0) > st.first_seen.get(eid, 0):
            continue            # the short name first: it is read as it stands
        for m in doc.mentions:
            if m.entity == eid:
                m.entity = owner
        doc.entities.pop(eid, None)
        st.first_seen.pop(eid, None)

"""The shapes in which news writes a Ukrainian state body's official name.

An official name puts the state before the field: "Державна служба України з надзвичайних
ситуацій", "Державне агентство України з питань кіно". News drops the state or moves it to the
end ("Державна служба з надзвичайних ситуацій", "Державна служба з надзвичайних ситуацій
України") and, where the field is a plain genitive, the preposition too ("Державна служба
надзвичайних ситуацій"); "з питань X" keeps its preposition ("служба питань праці" is no name).
Each shape is an alias of the body, generated here rather than typed into every entry."""
from __future__ import annotations

_STATE = "України"
_FIELD = "з"
_TOPIC = "питань"


def body_name_variants(name: str) -> list[str]:
    """The other shapes of an official name "<body> України з <field>" (none for other names)."""
    words = name.split()
    for k in range(1, len(words) - 2):
        if words[k] == _STATE and words[k + 1] == _FIELD:
            head, field = words[:k], words[k + 2:]
            out = [" ".join([*head, _FIELD, *field]), " ".join([*head, _FIELD, *field, _STATE])]
            if field[0] != _TOPIC:
                out.append(" ".join([*head, *field]))
            return out
    return []

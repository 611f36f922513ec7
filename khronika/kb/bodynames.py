"""The shapes in which news writes a Ukrainian state body's official name.

An official name puts the state before the field: "Державна служба України з надзвичайних
ситуацій", "Державне агентство України з питань кіно". News drops the state or moves it to the
end ("Державна служба з надзвичайних ситуацій", "Державна служба з надзвичайних ситуацій
України") and, where the field is a plain genitive, the preposition too ("Державна служба
надзвичайних ситуацій"); "з питань X" keeps its preposition ("служба питань праці" is no name).
Each shape is an alias of the body, generated here rather than typed into every entry."""
from __future__ import annotations

from functools import lru_cache

_STATE = "України"
_FIELD = "з"
_TOPIC = "питань"


@lru_cache(maxsize=1)
def _state_heads() -> frozenset:
    """Head nouns of a state body that take their field in the genitive ("Бюро економічної
    безпеки", "Державна податкова служба"): lang/uk/body_names.yaml genitive_remit_heads."""
    from ..lang.uk import load
    return frozenset((load("body_names") or {}).get("genitive_remit_heads") or ())


@lru_cache(maxsize=1)
def tail_prepositions() -> frozenset:
    """Prepositions that open the tail of a body's name ("... з питань ..."): a name that
    ends in one is cut short (lang/uk/body_names.yaml name_tail_prepositions). The KB's
    aliases and the entity layer's span admission read the same list."""
    from ..lang.uk import load
    return frozenset((load("body_names") or {}).get("name_tail_prepositions") or ())


def _without_state(words: list[str]) -> list[str]:
    """"<body> України" as news writes it at home, without the state ("Бюро економічної
    безпеки", "Державна митна служба"): only a body whose head is a state body's noun, named
    by two words or more before the state; another state's body of that name has its own
    country after it, which the entity layer reads (`foreign_bodies`)."""
    if len(words) < 3 or words[-1] != _STATE or any(w[:1] in "«\"" for w in words):
        return []
    rest = words[:-1]
    if not any(w.lower().rstrip(",") in _state_heads() for w in rest) or rest[-1] in tail_prepositions():
        return []
    return [" ".join(rest)]


def body_name_variants(name: str) -> list[str]:
    """The other shapes of an official name "<body> України з <field>", and "<body> України"
    without the state (none for other names)."""
    words = name.split()
    plain = _without_state(words)
    if plain:
        return plain
    for k in range(1, len(words) - 2):
        if words[k] == _STATE and words[k + 1] == _FIELD:
            head, field = words[:k], words[k + 2:]
            out = [" ".join([*head, _FIELD, *field]), " ".join([*head, _FIELD, *field, _STATE])]
            if field[0] != _TOPIC:
                out.append(" ".join([*head, *field]))
            return out
    return []


@lru_cache(maxsize=1)
def _compound_kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(full words, short forms) of a body's kind, longest first (lang/uk/body_names.yaml
    compound_kinds)."""
    from ..lang.uk import load
    data = (load("body_names") or {}).get("compound_kinds") or {}
    return tuple(sorted(((k, tuple(v)) for k, v in data.items()), key=lambda kv: -len(kv[0])))


def compound_short_forms(names: list[str]) -> list[str]:
    """The names with the words of their kind in short: "Львівська міська рада" ->
    "Львівська міськрада", "Харківська обласна державна адміністрація" -> "Харківська ОДА"
    and "Харківська облдержадміністрація". News writes a council or an administration either
    way, and the short form alone, after the adjective of its town, was read as the town."""
    out: list[str] = []
    for name in names:
        low = name.lower()
        for full, shorts in _compound_kinds():
            k = low.find(full)
            if k < 0 or (k and low[k - 1] != " ") or (k + len(full) < len(low) and low[k + len(full)] != " "):
                continue
            out += [name[:k] + short + name[k + len(full):] for short in shorts]
            break
    return out

"""Lengths written as one adjective, mixed into the scanner: "дводенних переговорів" (P2D),
"тритижневий курс", "п'ятирічний план", "півторагодинна розмова", "30-денне перемир'я".
Ukrainian folds the count into the word, so no number stands before a unit for `Counts` to
read. The forms are built once from the lexicon's stems (`lexicon.length_adjective_forms`).

The same adjective of a person is an age, not a time ("десятирічна дівчинка", "у 15-річному
віці"): the noun it stands with decides, an animate one or a noun of age leaves it out, and so
does none at all ("загинула десятирічна": the adjective stands for the person). A capitalised
noun after it is a person's name ("11-річний Максим", "10-річна Олена") when the dictionary
reads it as a living being or a name in any of its readings, or does not know it ("5-річний
Стармер"); a capitalised noun the dictionary knows only as a thing names a body or a
gathering ("п'ятиденні Збори", "дводенний Саміт", "тритижневі Навчання"): a length.

A mixin of `scan.Scanner` (it supplies n, toks, lex, emit).
"""
from __future__ import annotations

import re

from ..morph import dictionary_parses, parses

# what a noun phrase's adjectives may be before its noun ("дворічна програма фінансування",
# "тридцятиденне повне перемир'я")
_MAX_ADJECTIVES = 3


def digit_form(d: dict) -> re.Pattern:
    """"30-денний", "72-годинне", "5-річного": digits, a hyphen and a unit's adjective (the
    pattern, from the lexicon's data)."""
    units = "|".join(sorted(d["length_adjective_units"], key=len, reverse=True))
    endings = "|".join(sorted(set(d["length_adjective_endings"])
                              | set(d["length_adjective_soft_endings"]), key=len, reverse=True))
    return re.compile(rf"(\d{{1,3}})-({units})({endings})$")


class LengthAdjectives:
    """`m_length_adjective` (a word) and `m_length_adjective_digits` ("30-денний")."""

    def m_length_adjective(self, i: int) -> int | None:
        value = self.lex.length_adjective_forms.get(self.n(i))
        if value is None or not self._of_a_thing(i):
            return None
        self.emit(i, i + 1, "DURATION", value)
        return i + 1

    def m_length_adjective_digits(self, i: int) -> int | None:
        lex = self.lex
        m = lex.length_adjective_digits.match(self.n(i))
        if m is None or not self._of_a_thing(i):
            return None
        n, unit = int(m.group(1)), lex.length_adjective_units[m.group(2)]
        if n == 0:
            return None
        self.emit(i, i + 1, "DURATION", length_value(n, unit))
        return i + 1

    def _of_a_thing(self, i: int) -> bool:
        """The adjective at i stands with a noun that is no person and no age."""
        toks = self.toks
        k = i + 1
        while k < len(toks) and k - i <= _MAX_ADJECTIVES and toks[k].pos in ("ADJF", "PRTF"):
            k += 1
        if k >= len(toks) or toks[k].pos != "NOUN":
            return False
        tok = toks[k]
        return "anim" not in (tok.tags or ()) and tok.norm not in self.lex.age_nouns and \
            not (tok.text[:1].isupper() and toks[k - 1].is_word and not toks[k - 1].text[:1].isupper()
                 and _may_name_a_person(tok.text))


def _may_name_a_person(word: str) -> bool:
    """Whether a capitalised noun may be a person's name: some dictionary reading is a living
    being or a name ("Максим" is first read as a thing, "Богдан" as a living being with no
    name tag), or the dictionary does not know the word."""
    known = dictionary_parses(word)
    return not known or any({"anim", "Name", "Surn", "Patr"} & p.tag.grammemes for p in parses(word))


def length_value(n: float, unit: str) -> str:
    """The TIMEX3 length of n units ("P2D", "PT1.5H", "P30D")."""
    num = int(n) if n == int(n) else n
    if unit in ("H", "MIN"):
        return f"PT{num}{unit[0]}"
    return f"P{num}{unit}"


def forms(d: dict) -> dict[str, str]:
    """Every written form of a length adjective -> its value, from the lexicon's data."""
    out: dict[str, str] = {}
    soft = set(d["length_adjective_soft_units"])
    for stem, unit in d["length_adjective_units"].items():
        endings = d["length_adjective_soft_endings" if stem in soft else
                    "length_adjective_endings"]
        for number, n in d["length_adjective_numbers"].items():
            value = length_value(float(n), unit)
            for e in endings:
                out[f"{number}{stem}{e}"] = value
    for stem, value in d["length_adjective_halves"].items():
        for e in d["length_adjective_endings"]:
            out[f"{stem}{e}"] = value
    return out

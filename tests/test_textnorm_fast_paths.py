"""The normalisers skip `str.translate` for words holding no character a table changes: each
character the tables name, alone and inside a word, must still come out as the translation
gives it, and Roman numerals still be found."""
from khronika.textnorm import (_APOSTROPHE_TABLE, _ROMAN_CYRILLIC, _TABLE, APOSTROPHES, DASHES, HYPHENS,
                               norm_word, one_apostrophe, roman_numeral)


def _samples():
    for ch in APOSTROPHES + DASHES + HYPHENS + "ёЁ\u00a0":
        yield ch
        yield f"Кам{ch}янка"
        yield f"{ch}Київ"
        yield f"Київ{ch}"
    yield from ("Київ", "ЄС", "2026", "NATO", "Ґроссі")


def test_every_changed_character_is_still_changed():
    for w in _samples():
        assert one_apostrophe(w) == w.translate(_APOSTROPHE_TABLE)
        if not roman_numeral(w):
            assert norm_word.__wrapped__(w) == w.translate(_TABLE).lower()


def test_roman_numerals_in_latin_and_cyrillic_letters():
    for w in ("II", "XIV", "ІІІ", "ХІV", "XC", "CCC"):
        assert roman_numeral(w), w
        assert norm_word.__wrapped__(w) == w.translate(_ROMAN_CYRILLIC).lower()
    for w in ("І", "X", "IIII", "ІХа", "Іран", "VX", "ХІмік"):
        assert not roman_numeral(w), w

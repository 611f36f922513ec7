"""A word that opens with a Cyrillic letter skips pymorphy3's shape units (speed, issue 14):
the units are not asked, and the parses are the full analyser's."""
import pymorphy3.units as units

from khronika.extract import morph


def _count_shape_calls(monkeypatch) -> list[str]:
    calls: list[str] = []
    for cls in (units.LatinAnalyzer, units.NumberAnalyzer, units.PunctuationAnalyzer,
                units.RomanNumberAnalyzer):
        original = cls.check_shape

        def counted(self, word, word_lower, _original=original):
            calls.append(word)
            return _original(self, word, word_lower)
        monkeypatch.setattr(cls, "check_shape", counted)
    return calls


def test_a_cyrillic_word_is_not_asked_for_its_shape(monkeypatch):
    calls = _count_shape_calls(monkeypatch)
    morph._parse.__wrapped__("домовилися")
    morph._parse.__wrapped__("Зеленьский")      # not in the dictionary: the guessers run
    assert calls == []


def test_other_words_still_are(monkeypatch):
    calls = _count_shape_calls(monkeypatch)
    tags = [str(p.tag) for w in ("XIV", "pdf", "12,5", "…") for p in morph._parse.__wrapped__(w)]
    assert calls and {"ROMN", "LATN", "NUMB,real", "PNCT"} <= set(tags)


def test_cyrillic_words_parse_as_with_every_unit():
    full = morph.analyzer()
    words = ("слово", "Київ", "ІІ", "Х", "М", "С-300", "Т-72", "Ту-154", "а1", "ЗСУ", "З'ясували",
             "Зеленьский", "хто-небудь", "пів-Європи", "Ж", "ґанок", "ёлка", "ыы", "а…")
    for w in words:
        assert list(morph._parse.__wrapped__(w)) == full.parse(w), w

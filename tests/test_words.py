"""The fast word tokenizer gives tokenize-uk's words and spans exactly (the library as it
ships: `words.stock()` takes khronika's compiled and gated patterns out)."""
import random

import tokenize_uk

from khronika.extract import words
from khronika.extract.words import word_spans

# pieces that reach the hidden characters tokenize-uk puts back (decimal commas, spaced
# thousands, clock times, dotted abbreviations and initials, braces inside words, tags,
# URLs, soft hyphens) and its plain paths
PIECES = [
    "Міністр заявив", " ", ".", ",", "!", "?", "…", "«Ми тут»", "5 січня 2026 р.", "р.", "тис.",
    "3,5", "2 000 000", "1\u00a0000", "12:30", "ВКПБ(о)", "(див. нижче)", "<b>", "</b>", "<br/>",
    "https://www.rada.gov.ua/news/1,5", "www.kmu.gov.ua", "mail@ukr.net", "ftp://x.org",
    "с/г", "Л/ДНР", "А. Б. Коваль", "В. о. голови", "т. зв.", "і т. д.", "ст. 5", "п. 3",
    "м. Київ", "вул. Хрещатик", "пп.", "проф.", "#тег", "50%", "-20", "–5", "—", " – ", "-",
    "Україна–НАТО", "п'ять", "п’ять", "'слово'", "слово\u00ad\nслово", "\u00ad", "\u200b",
    "\t", "\n", "+380", "Укрінформ.UA", "UNIAN.net", "[1]", "сл[о]во", "«Нафтогаз»-у",
    "2022-го", "XXI", "ІІІ", "\ue001", "\ue110", "\ue120", "\ue300",
    # what the gated patterns look for: a letter before a digit, odd apostrophes, a hyphen
    # at a quote, digits in groups of three
    "ст5", "Ст5", "п'ять2", "ак12", "м´ясо", "п\"ять", "б`ю", "з”явився", "В”ЯЗ", "м‟ясо",
    "ТОВ-«Ромашка»", "«Нафтогаз»-ом", "\"кава\"-бар", "1 234", "12\u00a0345", "1\u202f000",
    "а\u2028", "\u0085", "\u3000",
]


def _same(text: str) -> None:
    got = word_spans(text)
    with words.stock():
        assert got == tokenize_uk.tokenize_words_with_spans(text), text


def test_same_words_as_tokenize_uk_on_written_news():
    for text in [
        "Угоду на 3,5 млрд грн підписали 5 січня 2026 р. о 12:30 у Києві (див. сайт www.kmu.gov.ua).",
        "В. о. міністра А. Б. Коваль сказав: «Ми переможемо» — і пішов.",
        "Тут 2 000 000 людей, 50% з них — на сході; т. зв. «сірі зони».",
        "Лист на mail@ukr.net і https://rada.gov.ua/news/1,5?a=b <b>жирний</b>.",
        "",
        "   ",
        "-Починаємо",
        "— Так, — сказав він.",
    ]:
        _same(text)


def test_same_words_as_tokenize_uk_on_random_pieces():
    rng = random.Random(14)
    for _ in range(1500):
        _same("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))))


def test_string_patterns_compiled_once_and_gated_change_no_word():
    """tokenize-uk's string patterns compiled once (`_CompiledOnce`) and its gated patterns
    (`_Gated`) against the library as it ships: the same words and spans on the same texts."""
    rng = random.Random(7)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))) for _ in range(400)]
    assert isinstance(words._tk.re, words._CompiledOnce)
    assert isinstance(words._tk.NUMBER_MISSING_SPACE, words._Gated)
    got = [word_spans(t) for t in texts]
    with words.stock():
        assert not isinstance(words._tk.NUMBER_MISSING_SPACE, words._Gated)
        stock = [word_spans(t) for t in texts]
    assert isinstance(words._tk.NUMBER_MISSING_SPACE, words._Gated)
    assert got == stock


def test_gated_pattern_changes_what_it_would_change():
    """Where the gate finds its pair the library's pattern runs: "ст5" is split as shipped."""
    with words.stock():
        want = tokenize_uk.tokenize_words_with_spans("Стаття ст5 і п”ять")
    assert word_spans("Стаття ст5 і п”ять") == want
    assert [w for w, _, _ in want][:3] == ["Стаття", "ст", "5"]


def test_patterns_that_find_nothing_leave_the_sentence_unchanged_before_their_template():
    """The abbreviation and initials patterns (`_SearchFirst`) search before they substitute:
    a sentence none of them matches comes back as it is, one they match is changed as the
    library changes it (the hidden dots of "і т. д." and "А. Б." keep their words whole)."""
    assert isinstance(words._tk.ABBR_DOT_ENDING_PATTERN, words._SearchFirst)
    assert isinstance(words._tk.INITIALS_DOT_PATTERN_SP_2, words._SearchFirst)
    plain = "Депутати голосували довго"
    assert words._tk.ABBR_DOT_ENDING_PATTERN.sub(r"\1.x", plain) is plain
    rng = random.Random(21)
    texts = ["Лист, т. зв. звернення, підписав О. П. Мельник, і т. д. — 3,5 тис. грн."] + [
        "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))) for _ in range(300)]
    got = [word_spans(t) for t in texts]
    with words.stock():
        assert not isinstance(words._tk.ABBR_DOT_ENDING_PATTERN, words._SearchFirst)
        stock = [word_spans(t) for t in texts]
    assert got == stock
    assert [w for w, _, _ in got[0][2:4]] == ["т.", "зв."] and ("О.", 33, 35) in got[0]

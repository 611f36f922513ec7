"""The fast sentence splitter gives tokenize-uk's sentences exactly."""
import random

import tokenize_uk

from khronika.extract.sentences import sentence_spans

# pieces that reach every break rule of the Ukrainian SRX rules and many of its exceptions
PIECES = [
    "Міністр заявив", ".", " ", "!", "?", "…", "...", "?!", "«Ми тут».", "р.", " р. ", "див.",
    "т. ч.", "В. о. голови", "А. Б. Коваль", "5 січня 2026 р.", "12:30", "3.5", " - ", " – ",
    "— Так,", "\u00a0", "\u202f", "\n", "\n\n", "\r\n", "\x0b", "\x0c", "\u2029", "\u2028", "\x85",
    "<0}", "{0>", "<0", "0}", "{", "<", "00:01:02,345\n", ")", "(див. нижче)", "»", "\"",
    "Україна", "НАТО", "США", "вул. Хрещатик", "тис.", "грн.", "ст. 5", "п. 3", "англ.", "Ін.",
    "\t", "  ", "ОК.", "a.m.", "www.rada.gov.ua", "1.", "2)", "Е.", "м. Київ", "і т. д.",
]


def _same(text: str) -> None:
    want = [(s, e) for _, s, e in tokenize_uk.tokenize_sents_with_spans(text)]
    assert sentence_spans(text) == want, text


def test_same_sentences_as_tokenize_uk_on_written_news():
    for text in [
        "Угоду підписали 5 січня 2026 р. у Варшаві, див. додаток. Другий абзац почався!",
        "Президент сказав: «Ми переможемо». Прем'єр погодився… Потім? Ніхто не знає!!!",
        "В. о. міністра А. Б. Коваль прибув до м. Києва. Зустріч — о 12:30.",
        "Без жодної крапки тут речення",
        "Текст <0}з маркером{0> і далі. Ще одне речення.",
        "Рядок\u2029другий рядок. Третій\r\nчетвертий\x0b… П'ятий.",
        "",
        "   ",
        "Кінець.\u00a0\nНовий. Ось\u202f. І. Так.\u00a0 Далі",
    ]:
        _same(text)


def test_same_sentences_as_tokenize_uk_on_random_pieces():
    rng = random.Random(14)
    for _ in range(600):
        _same("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40))))

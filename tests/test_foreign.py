"""Russian passages inside a Ukrainian text: found, listed, and kept from later layers."""
import pytest

from khronika.document import Document
from khronika.extract.foreign import find_foreign, russian
from khronika.pipeline import Pipeline
from khronika.settings import Settings


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(pipeline=("segment", "morph", "foreign", "quotes")))


@pytest.mark.parametrize("text,expected", [
    ("Сьогодні ми провели важливу нараду з урядовцями щодо енергетики.", False),
    ("Будемо захищатися.", False),
    ("Посилюватися щотижнево, без жодних пауз.", False),
    ("Хочу еще раз обратиться к тем, кто сейчас меня слушает в Москве.", True),
    ("Выходите на улицы и требуйте остановить эту бессмысленную войну.", True),
])
def test_russian_or_not(text, expected):
    assert russian(text) is expected


def test_a_russian_passage_in_an_address_is_marked_and_not_analysed(pipe):
    text = ("Сьогодні ми провели нараду щодо оборони. Вдячний усім, хто працює.\n\n"
            "А теперь я хочу, чтобы меня услышали в России. Потому что мы – люди. "
            "Они заявили, что война закончится быстро.\n\n"
            "Слава Україні!")
    doc = pipe(Document(text))
    spans = [(f["start"], f["end"], f["language"]) for f in doc.foreign_spans]
    start = text.index("А теперь")
    end = text.index("быстро.") + len("быстро.")
    assert spans == [(start, end, "ru")]
    # the Russian "заявили, что" is no Ukrainian speech verb: no quote from it
    assert doc.quotes == []
    assert all(t.lemma is None for t in doc.tokens if start <= t.start < end and t.is_word)
    out = doc.to_json()
    assert out["foreign_spans"][0]["text"].startswith("А теперь")


def test_a_quoted_russian_phrase_inside_a_ukrainian_sentence():
    base = Pipeline(Settings(pipeline=("segment", "morph")))
    text = "Ми ніколи не скажемо «можем повторить еще раз, если понадобится» про війну."
    doc = base(Document(text))
    s, e = find_foreign(doc)[0]
    assert text[s:e] == "можем повторить еще раз, если понадобится"


def test_a_ukrainian_text_has_no_foreign_spans(pipe):
    doc = pipe(Document("Президент заявив, що переговори тривають. Будемо захищатися."))
    assert doc.foreign_spans == [] and "foreign_spans" not in doc.to_json()


def _marked(doc):
    return [doc.text[f["start"]:f["end"]] for f in doc.foreign_spans]


def test_short_sentences_of_a_russian_paragraph_are_russian(pipe):
    text = ("Дякую нашим захисникам.\n\n"
            "Жители оккупированных городов, держитесь! За свою землю. За Украину. Мы придем. "
            "Они закрыли все источники информации. Даже Telegram и YouTube. Мы – люди. А вы?\n\n"
            "Слава Україні!")
    doc = pipe(Document(text))
    start = text.index("Жители")
    end = text.index("А вы?") + len("А вы?")
    assert _marked(doc) == [text[start:end]]


def test_a_short_ukrainian_sentence_stays_ukrainian_beside_one_russian_sentence(pipe):
    # one Russian sentence does not make its paragraph Russian
    text = "Вони кричали нам: «Уходите отсюда немедленно, пока не поздно!» Так тримати. Ми вдома."
    doc = pipe(Document(text))
    assert _marked(doc) == ["Уходите отсюда немедленно, пока не поздно!"]


def test_russian_words_after_a_colon_in_a_ukrainian_sentence(pipe):
    text = ("Люди в окупованому місті виходили на вулиці й кричали російською мовою: оккупанты, "
            "уходите домой. Ми чуємо їх.")
    doc = pipe(Document(text))
    assert _marked(doc) == ["оккупанты, уходите домой"]


def test_a_ukrainian_text_without_ukrainian_letters_in_places_has_no_russian(pipe):
    text = "Разом ми сильніші. Будемо працювати далі. Дякую всім, хто допомагає. Наша мета – мир."
    assert pipe(Document(text)).foreign_spans == []


def test_a_ukrainian_attribution_after_a_russian_quote_stays_out_of_the_passage():
    pipe = Pipeline(Settings(pipeline=("segment", "morph", "entities", "foreign", "quotes")))
    text = ("Президент Володимир Зеленський звернувся до громадян Росії.\n\n«Сегодня я обращаюсь "
            "к вам. Ваши войска обстреляли мирные города, и вы об этом молчите», — сказав "
            "Зеленський.")
    doc = pipe(Document(text))
    (s, e), = [(f["start"], f["end"]) for f in doc.foreign_spans]
    assert text[s:e].lstrip("«").startswith("Сегодня") and text[s:e].endswith("молчите")
    assert [q.speaker for q in doc.quotes] == ["volodymyr-zelenskyy"]

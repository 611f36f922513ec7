"""Quotes (issue 17, Q34): an office with its state after the text has named its holder
("Президент Польщі Анджей Дуда прибув ... – наголосив Президент Польщі") is that holder, not
the one the knowledge base has for the document's date; a speaker told in the sentence before
by how he spoke ("Міністр був категоричний. «...»") or after by whose words they were ("«...»
Такою була відповідь прем'єра."); a digest's line "Кулеба у Twitter: ..."; a name with its
initial before a colon ("В. Зеленський: «...»"); an answer labelled by initials after a dash
("— В. З.: ...") or in a labelled interview whose lead says "поговорила з"; the narrator's line
that hands over to a turn ("Стефанчук ... додав:") is no answer; dash paragraphs that go on
with an attributed turn; a dash address after a sentence that introduces it; Russian words
after a Ukrainian speaker's, or after a Russian frame, are not his by default. Texts written
for these tests."""
import pytest

from khronika.document import Document
from quote_helpers import FOREIGN, pipe_fixture, reader, spans_or_none


pipe = pipe_fixture(FOREIGN)
quotes = reader(spans_or_none, "2026-03-10")


@pytest.mark.parametrize("text,who", [
    ("Президент Польщі Анджей Дуда прибув до Києва. Він зустрівся із Зеленським.\n\nПрезидент "
     "Польщі наголосив: «Польща завжди буде поруч з Україною».", "andrzej-duda"),
    ("Президент Польщі Анджей Дуда прибув до Києва. «Польща завжди буде поруч з Україною», – "
     "наголосив Президент Польщі.", "andrzej-duda"),
    ("Президент Польщі Анджей Дуда прибув до Києва. Польський президент наголосив, що Польща "
     "завжди буде поруч.", "andrzej-duda"),
    # near misses: no holder named; a former holder named; another state's office
    ("Президент Польщі прибув до Києва. «Польща завжди буде поруч з Україною», – наголосив "
     "Президент Польщі.", "karol-nawrocki"),
    ("Колишній президент Польщі Анджей Дуда прибув до Києва. «Польща завжди буде поруч з "
     "Україною», – наголосив Президент Польщі.", "karol-nawrocki"),
    ("Президент Польщі Анджей Дуда прибув до Києва. «Литва завжди буде поруч з Україною», – "
     "наголосив Президент Литви.", "gitanas-nauseda"),
], ids=["colon", "after", "adjective", "unnamed", "former", "other-state"])
def test_an_office_after_its_named_holder_is_that_holder(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


@pytest.mark.parametrize("text,want", [
    ("Журналісти запитали про бюджет. «Бюджет буде виконано в повному обсязі». Такою була "
     "відповідь прем'єр-міністра Дениса Шмигаля.", "denys-shmyhal"),
    ("Журналісти запитали про бюджет. «Бюджет буде виконано в повному обсязі». Такими були "
     "слова Зеленського.", "volodymyr-zelenskyy"),
    ("Генсек НАТО Марк Рютте зустрівся з Андрієм Сибігою. «Нам потрібні рішення», – сказав "
     "Сибіга.\n\nЖурналісти запитали про строки. «Рішення ухвалять на саміті». Такою була "
     "відповідь генсека.", "mark-rutte"),
    # near misses: whose answer is not told; a title is no one's words
    ("Журналісти запитали про бюджет. «Бюджет буде виконано в повному обсязі». Такою була "
     "відповідь.", None),
    ("Журналісти запитали про бюджет. «Бюджет буде виконано в повному обсязі». Такою була назва "
     "статті Зеленського.", None),
], ids=["answer-of", "words-of", "office-named-before", "unnamed", "title"])
def test_a_sentence_after_the_quote_says_whose_words(pipe, text, want):
    assert quotes(pipe, text)[-1][1] == want


@pytest.mark.parametrize("text,want", [
    ("Міністр оборони Рустем Умєров провів нараду. Міністр був категоричний. «Жодних поступок "
     "агресору не буде».", "rustem-umerov"),
    ("Зеленський зустрівся з Макроном.\n\nЗеленський був лаконічним.\n\n«Жодних поступок агресору "
     "не буде».", "volodymyr-zelenskyy"),
    ("Макрон прибув до Києва. «Франція з вами», – сказав Макрон. Зеленський був категоричним. "
     "«Жодних поступок агресору не буде».", "volodymyr-zelenskyy"),
    # near misses: a sentence of no manner of speaking; of a state, not of speech
    ("Зеленський зустрівся з Макроном. Погода була похмурою. «Жодних поступок агресору не буде».",
     None),
    ("Зеленський зустрівся з Макроном. Зеленський був утомленим. «Жодних поступок агресору не "
     "буде».", None),
], ids=["office", "paragraphs", "after-other-speaker", "weather", "tired"])
def test_a_sentence_of_manner_before_the_quote_names_its_speaker(pipe, text, want):
    assert quotes(pipe, text)[-1][1] == want


@pytest.mark.parametrize("text,want", [
    ("Кулеба у Twitter: Росія має відповісти за свої злочини.",
     [("Росія має відповісти за свої злочини", "oleksiy-kuleba")]),
    ("Головне за день.\n\nКулеба у Twitter: Росія має відповісти за свої злочини.\n\nЗеленський: "
     "ми не віддамо жодного метра нашої землі.",
     [("Росія має відповісти за свої злочини", "oleksiy-kuleba"),
      ("ми не віддамо жодного метра нашої землі", "volodymyr-zelenskyy")]),
    ("В. Зеленський: «Ми готові до переговорів, але не до капітуляції».",
     [("Ми готові до переговорів, але не до капітуляції", "volodymyr-zelenskyy")]),
    # near misses: a topic that names no one; a line with no verb
    ("Україна в НАТО: експерти оцінили шанси на вступ до альянсу.", []),
    ("Головне за день.\n\nЗеленський: біографія президента.", []),
], ids=["post", "digest", "initial", "state", "no-verb"])
def test_a_line_of_name_and_colon_quotes_the_name(pipe, text, want):
    assert quotes(pipe, text) == want


@pytest.mark.parametrize("text,want", [
    ("Інтерв'ю з Віталієм Зінченком, директором центру.\n\n— Як змінилася робота центру?\n\n— "
     "В. З.: Ми перейшли на цілодобовий режим.\n\n— Чого вам бракує?\n\n— В. З.: Бракує "
     "генераторів.",
     [("Ми перейшли на цілодобовий режим.", "vitalii-zinchenko"),
      ("Бракує генераторів.", "vitalii-zinchenko")]),
    ("Журналістка Марія Петренко поговорила з Віталієм Кличком.\n\nМ. П.: Як місто готується до "
     "зими?\n\nВ. К.: Ми закупили генератори.\n\nМ. П.: А школи?\n\nВ. К.: Школи теж.",
     [("Ми закупили генератори.", "vitali-klitschko"), ("Школи теж.", "vitali-klitschko")]),
    ("Голова Верховної Ради Руслан Стефанчук дав інтерв'ю «Українській правді».\n\n— Коли Рада "
     "розгляне бюджет?\n\n— Перше читання відбудеться наступного тижня.\n\nСтефанчук зробив "
     "паузу і додав:\n\n— Ми не затягуватимемо.\n\n— А що з виборами?\n\n— Вибори неможливі.",
     [("Коли Рада розгляне бюджет?", "ukrainska-pravda"),
      ("Перше читання відбудеться наступного тижня.", "ruslan-stefanchuk"),
      ("Ми не затягуватимемо.", "ruslan-stefanchuk"), ("А що з виборами?", "ukrainska-pravda"),
      ("Вибори неможливі.", "ruslan-stefanchuk")]),
], ids=["dash-initials", "both-initials", "narration-between-turns"])
def test_answers_under_initials_are_the_interviewees(pipe, text, want):
    assert quotes(pipe, text) == want


@pytest.mark.parametrize("text,want", [
    ("— Ми вистоїмо, — заявив Зеленський на брифінгу.\n\n— Наші воїни тримають оборону.\n\n— "
     "Ворог втрачає сили щодня.\n\n— Дякую всім, хто допомагає.",
     [("Ми вистоїмо", "volodymyr-zelenskyy"), ("Наші воїни тримають оборону.", "volodymyr-zelenskyy"),
      ("Ворог втрачає сили щодня.", "volodymyr-zelenskyy"),
      ("Дякую всім, хто допомагає.", "volodymyr-zelenskyy")]),
    ("Зеленський звернувся до нації.\n\n— Ми вистоїмо. Наші воїни тримають оборону.",
     [("Ми вистоїмо. Наші воїни тримають оборону.", "volodymyr-zelenskyy")]),
    ("Речник Повітряних сил Юрій Ігнат розповів про нічну атаку.\n\n— Ворог атакував 80 "
     "дронами.\n\n— Ракет цього разу не було.",
     [("Ворог атакував 80 дронами.", "yurii-ihnat"), ("Ракет цього разу не було.", "yurii-ihnat")]),
    # near miss: narration between ends the turn; a dash line after it that is not in the first
    # person is nobody's words
    ("— Ми вистоїмо, — заявив Зеленський.\n\nЗал аплодував.\n\n— Ворог втрачає сили щодня.",
     [("Ми вистоїмо", "volodymyr-zelenskyy")]),
], ids=["run", "introduced", "after-lead", "narration-between"])
def test_dash_paragraphs_go_on_with_the_speaker(pipe, text, want):
    assert quotes(pipe, text) == want


@pytest.mark.parametrize("text,want", [
    ("«Ми не відступимо», – сказав Зеленський.\n\nВ ответ в Кремле заявили: «Мы продолжим "
     "операцию до конца».", None),
    ("«Ми не відступимо», – сказав Зеленський.\n\n«Мы продолжим операцию до конца».", None),
    # near misses: a Russian attribution names its speaker; a Ukrainian one; an introducer
    ("Зеленський заявив: «Ми не відступимо».\n\n«Мы продолжим операцию до конца», — сказал "
     "Путин.", "vladimir-putin"),
    ("«Ми вистоїмо», – сказав Зеленський.\n\n«Вы можете остановить эту войну», – додав він "
     "російською.", "volodymyr-zelenskyy"),
    ("Зеленський звернувся до росіян.\n\n«Вы можете остановить эту войну. Выходите на улицы, "
     "пока не поздно».", "volodymyr-zelenskyy"),
], ids=["russian-frame", "after-ukrainian", "russian-attribution", "ukrainian-attribution",
        "introduced"])
def test_russian_words_are_not_the_last_speakers_by_default(pipe, text, want):
    assert quotes(pipe, text)[-1][1] == want


@pytest.mark.parametrize("text,want", [
    ("Зеленський звернувся до росіян. «Вы можете остановить эту войну. Выходите на улицы, пока "
     "не поздно», – сказав він російською.",
     ["«Вы можете остановить эту войну. Выходите на улицы, пока не поздно"]),
    ("Соловйов заявив в ефірі: «Нужно ударить по Киеву». Його слова обурили українців.",
     ["Нужно ударить по Киеву"]),
    # near misses: Ukrainian names in marks
    ("Вони співали «Червону калину» та «Ой у лузі».", []),
    ("Серіал «Слуга народу» знімали в Києві.", []),
], ids=["up-to-attribution", "short-phrase", "songs", "series"])
def test_russian_passages_are_marked(pipe, text, want):
    doc = pipe(Document(text, date="2026-11-20"))
    assert [text[f["start"]:f["end"]] for f in doc.foreign_spans] == want

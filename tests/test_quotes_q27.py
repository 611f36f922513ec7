"""Quotes on genres the project reads little (issue 17, Q27): press-service reports whose
next paragraph goes on with "– додали там", a speaker the news title alone names. Texts
written for these tests."""
import pytest

from khronika.document import Document

from quote_helpers import FOREIGN, analysed, pipe_fixture, reader, spans_or_none


pipe = pipe_fixture(FOREIGN)
quotes = reader(spans_or_none, "2026-11-20")


@pytest.mark.parametrize("text,who", [
    ("Через атаку дронів пошкоджено об'єкт енергетики.\n\nЯк повідомили в пресслужбі "
     "Житомирської ОВА, без світла залишилися понад десять тисяч абонентів.\n\n"
     "«Енергетики вже розпочали ремонт», – додали там.", "zhytomyr-ova"),
    ("У Генштабі повідомили, що ворог втратив ще 900 військових.\n\n"
     "«Найзапекліші бої тривають на сході», – додали там.", "general-staff-of-ukraine"),
    ("У Генштабі повідомили, що ворог втратив ще 900 військових.\n\n"
     "«Найзапекліші бої тривають на сході», – додали вони.", "general-staff-of-ukraine"),
], ids=["ova-tam", "genshtab-tam", "genshtab-vony"])
def test_a_body_that_spoke_in_the_paragraph_before_goes_on(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


def test_people_who_spoke_before_are_no_body(pipe):
    # near miss: the paragraph before tells people speak, no body: nobody is named
    text = ("Мешканці Бучі розповіли журналістам, що пережили під час окупації.\n\n"
            "«Ми ховалися в підвалі три тижні», – розповіли вони.")
    assert quotes(pipe, text)[-1] == ("Ми ховалися в підвалі три тижні", None)


TITLED = "Україна найближчим часом отримає нові системи протиповітряної оборони.\n\n"


@pytest.mark.parametrize("title,text,who", [
    ("Зеленський пообіцяв нові системи ППО",
     TITLED + "«Ми отримаємо нові системи вже цього місяця», – сказав він.", "volodymyr-zelenskyy"),
    ("Президент звернувся до нації",
     "«Сьогодні ми маємо важливу новину. Партнери погодили новий пакет допомоги».",
     "volodymyr-zelenskyy"),
    ("Сибіга: тиск на Росію має зростати",
     "Україна очікує нового пакета санкцій.\n\n«Тиск на Росію має зростати».", "andrii-sybiha"),
    # near misses: a pronoun of the other gender; a title that tells no speech; two people
    ("Зеленський пообіцяв нові системи ППО",
     TITLED + "«Ми отримаємо нові системи вже цього місяця», – сказала вона.", None),
    ("Президент відвідав Харків", "«Ми відбудуємо кожен будинок у цьому місті».", None),
    ("Сибіга і Рубіо обговорили санкції",
     "Україна очікує нового пакета санкцій.\n\n«Тиск на Росію має зростати», – сказав він.", None),
], ids=["pronoun", "address-verb", "colon", "other-gender", "no-speech", "two-people"])
def test_a_speaker_the_title_alone_names(pipe, title, text, who):
    doc = pipe(Document(text, date="2026-11-20", title=title))
    assert [q.speaker or None for q in doc.quotes][-1:] == [who]


@pytest.mark.parametrize("text,who", [
    ("«Ми стежимо за ситуацією», – заявили в посольстві Польщі.", "poland"),
    ("Як повідомили у посольстві Німеччини, канцлер прибуде наступного тижня.", "germany"),
    ("«Українці можуть звертатися по допомогу», – наголосили у консульстві Чехії в Одесі.",
     "czech-republic"),
    # near misses: people standing by a mission are not it; one who visits it speaks himself
    ("«Ми вимагаємо припинити війну», – заявили протестувальники під посольством Росії.", None),
    ("Зеленський відвідав посольство Польщі. «Дякуємо за підтримку», – сказав він.",
     "volodymyr-zelenskyy"),
], ids=["posolstvi", "indirect", "konsulstvi", "protesters", "visitor"])
def test_a_state_speaks_through_its_mission(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


COURT = "Шевченківський районний суд Києва відправив під варту підозрюваного у шпигунстві.\n\n"


@pytest.mark.parametrize("text,who", [
    (COURT + "У пресслужбі суду зазначили, що запобіжний захід діятиме до січня.",
     "shevchenkivskyi-raionnyi-sud-kyieva"),
    (COURT + "«Запобіжний захід діятиме до січня», – повідомили в пресслужбі суду.",
     "shevchenkivskyi-raionnyi-sud-kyieva"),
    (COURT + "«Запобіжний захід діятиме до січня», – йдеться в повідомленні суду.",
     "shevchenkivskyi-raionnyi-sud-kyieva"),
    # near miss: no court named before; prosecutors are no court
    ("Прокурори Київської області повідомили про підозру. У пресслужбі суду зазначили, що "
     "засідання відбудеться завтра.", None),
], ids=["u-presssluzhbi", "dash", "povidomlenni", "no-court"])
def test_a_court_speaks_through_its_press_service(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


@pytest.mark.parametrize("text,who", [
    ("Голова комітету Роксолана Підласа: «Усі цифри в бюджеті реалістичні».", "roksolana-pidlasa"),
    ("Бюджет обговорили в комітеті.\n\nПолітолог Олексій Гарань: «Реальних передумов для миру "
     "поки немає».", "oleksii-haran"),
], ids=["holova-komitetu", "politoloh"])
def test_a_caption_of_a_persons_noun_and_name_before_a_colon(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


@pytest.mark.parametrize("text,who", [
    ("«Жодних переговорів про території не буде», – відреагував глава МЗС Андрій Сибіга.",
     "andrii-sybiha"),
    ("«Жодних переговорів про території не буде». Так глава МЗС Андрій Сибіга відреагував на "
     "заяви Кремля.", "andrii-sybiha"),
], ids=["dash", "tak"])
def test_a_reaction_right_after_the_quote_attributes_it(pipe, text, who):
    assert quotes(pipe, text) == [("Жодних переговорів про території не буде", who)]


def test_a_reaction_elsewhere_says_nothing(pipe):
    text = "Ринок відреагував падінням. Аналітик Петро Іваненко відреагував на це спокійно."
    assert quotes(pipe, text) == []


def test_a_russian_clause_after_a_ukrainian_frame_is_marked_and_quoted(pipe):
    text = "Пєсков заявив, что переговоры с Киевом сейчас невозможны. Українська сторона відповіла різко."
    doc = analysed(pipe, text, "2026-11-20")
    assert [text[s["start"]:s["end"]] for s in doc.foreign_spans] == [
        "что переговоры с Киевом сейчас невозможны"]
    assert spans_or_none(doc) == [("переговоры с Киевом сейчас невозможны", "dmitry-peskov")]


def test_a_ukrainian_clause_after_a_comma_stays_ukrainian(pipe):
    # near miss: a tail with no letter only Ukrainian has is still Ukrainian
    text = "Пєсков заявив, що переговори неможливі, бо на думку Москви ворог сильний."
    doc = analysed(pipe, text, "2026-11-20")
    assert doc.foreign_spans == []


@pytest.mark.parametrize("text,who", [
    ("Зеленський звернувся до нації ввечері.\n\n«Ми отримаємо нові системи вже цього місяця», – "
     "йдеться у зверненні.", "volodymyr-zelenskyy"),
    ("Президент Зеленський виступив у Бундестазі.\n\n«Україна потребує більше ППО», – йдеться у "
     "промові.", "volodymyr-zelenskyy"),
    ("Зеленський звернувся до нації ввечері. У зверненні йдеться, що нові системи прибудуть "
     "цього місяця.", "volodymyr-zelenskyy"),
    # near miss: a statement after a meeting of two is no one person's
    ("Зеленський зустрівся з Туском. «Сторони обговорили безпеку», – йдеться у заяві.", None),
], ids=["zvernennia", "promova", "indirect", "zaiava-of-two"])
def test_an_address_speaks_for_the_person_who_gave_it(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who

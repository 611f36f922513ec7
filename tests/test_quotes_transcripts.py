"""Quotes in layouts of other genres (issue 17, Q23): a speaker who goes on in a paragraph of
his own after a dialogue turn a narrator's action or a speech verb attributes, the forms of
address before a name that acts, transcripts whose turns are labelled with names or initials
(a briefing with its moderator, an interview with "Журналіст:" once), a quote card that prints
the speaker's office and name on the line above the words, and a document that speaks for its
issuer named after it. Every text here is written for these tests."""
import pytest

from khronika.extract.quotes import lexicon

from quote_helpers import FOREIGN, pipe_fixture, reader, spans_or_none

pipe = pipe_fixture(FOREIGN)
quotes = reader(spans_or_none, "2023-09-14")


def test_the_data_holds_forms_of_address_hosts_and_declarations():
    lex = lexicon()
    assert {"пан", "пані"} <= lex.honorifics
    assert {"модератор", "ж"} <= lex.interview_question_labels
    assert "декларація" in lex.source_documents


def test_a_turn_goes_on_in_a_paragraph_that_speaks_in_the_present(pipe):
    got = quotes(pipe, "Тамара сиділа на лавці біля хати.\n\n— Онука пише щотижня, — Тамара "
                       "поправила хустку.\n\nЗимою я приїжджаю до неї в місто. Там тепліше.")
    assert [t for t, _ in got] == ["Онука пише щотижня",
                                   "Зимою я приїжджаю до неї в місто. Там тепліше."]
    assert all(sp and "tamara" in sp for _, sp in got), got


def test_a_turn_a_speech_verb_attributes_goes_on_too(pipe):
    got = quotes(pipe, "— Сюди не заходьте, — попередив сапер Богдан Кравець.\n\nМи перевіряємо підвал, "
                       "там ще може бути вода.")
    assert [t for t, _ in got] == ["Сюди не заходьте",
                                   "Ми перевіряємо підвал, там ще може бути вода."]
    assert got[0][1] == got[1][1] and got[0][1] and "kravets" in got[0][1], got


def test_a_narrator_who_tells_in_the_past_does_not_go_on_with_the_turn(pipe):
    got = quotes(pipe, "— Ходімо до річки, — Данило підвівся з трави.\n\nЯ кивнув і пішов "
                       "за ним стежкою.")
    assert [t for t, _ in got] == ["Ходімо до річки"]


def test_the_next_dash_paragraph_is_still_a_turn_of_its_own(pipe):
    got = quotes(pipe, "— Ходімо до річки, — Данило підвівся з трави.\n\nЗнаю тут коротшу "
                       "стежку.\n\n— Я краще піду дорогою.")
    assert [t for t, _ in got] == ["Ходімо до річки", "Знаю тут коротшу стежку.",
                                   "Я краще піду дорогою."]


def test_a_name_after_a_form_of_address_acts(pipe):
    got = quotes(pipe, "Ми зайшли до хати вже ввечері.\n\n— Тут усе було інакше, — пані "
                       "Олена показала на стіну.")
    assert len(got) == 1 and got[0][0] == "Тут усе було інакше", got
    assert got[0][1] and "olena" in got[0][1], got


def test_a_transcript_with_initials_as_labels(pipe):
    got = quotes(pipe, "Ж.: Чому ви повернулися в Україну?\nО.К.: Бо тут моя родина. Я не "
                       "міг інакше.\nЖ.: Ви плануєте залишитися?\nО.К.: Так, назавжди.")
    assert [t for t, _ in got] == ["Бо тут моя родина. Я не міг інакше.", "Так, назавжди."]


def test_a_journalist_labelled_once_asks_the_named_speaker(pipe):
    got = quotes(pipe, "Стефанішина: Ми виконали всі сім рекомендацій Єврокомісії.\n"
                       "Журналіст: Коли почнуться переговори?\nСтефанішина: Ми очікуємо "
                       "рішення до кінця року.", date="2023-09-14")
    assert [t for t, _ in got] == ["Ми виконали всі сім рекомендацій Єврокомісії.",
                                   "Ми очікуємо рішення до кінця року."]
    assert all(sp and "stefanishyna" in sp for _, sp in got), got


def test_a_briefing_transcript_gives_each_turn_to_its_label(pipe):
    got = quotes(pipe, "Брифінг провела речниця Марта Гнатюк.\nГнатюк: Добрий день. Сьогодні з "
                       "нами голова Державної служби з надзвичайних ситуацій Андрій Даниленко.\n"
                       "Даниленко: Дякую. За тиждень рятувальники розмінували сто гектарів.\n"
                       "Гнатюк: Наступне запитання.\nДаниленко: Розмінування триває в трьох "
                       "областях.")
    assert len(got) == 4, got
    assert [bool(sp and "hnatiuk" in sp) for _, sp in got] == [True, False, True, False], got
    assert got[1][1] == got[3][1] and got[1][1], got


@pytest.mark.parametrize("text,date,who", [
    ("Міністр охорони здоров'я Віктор Ляшко\n«Кожна лікарня отримає генератор до зими»",
     "2022-10-20", "liashko"),
    ("Прем'єр-міністр Денис Шмигаль\n«Ми відновимо енергосистему швидше, ніж ворог її руйнує»",
     "2022-11-15", "shmyhal"),
])
def test_an_office_and_name_printed_above_a_quote_name_its_speaker(pipe, text, date, who):
    got = quotes(pipe, text, date=date)
    assert len(got) == 1 and got[0][1] and who in got[0][1], got


def test_a_line_above_a_quote_that_narrates_names_no_speaker(pipe):
    got = quotes(pipe, "Міністр охорони здоров'я Віктор Ляшко відвідав лікарню.\n«Кожна "
                       "лікарня отримає генератор до зими»", date="2022-10-20")
    assert got == [("Кожна лікарня отримає генератор до зими", None)], got


@pytest.mark.parametrize("text,who", [
    ("У заяві Міністерства оборони Литви зазначено, що навчання триватимуть два тижні.",
     "lithuania"),
    ("У спільній декларації, підписаній у Вільнюсі, сказано, що кордони держав непорушні.",
     None),
])
def test_a_document_with_its_issuer_or_description_speaks(pipe, text, who):
    got = quotes(pipe, text)
    assert len(got) == 1, got
    assert (who is None and got[0][1] is None) or (got[0][1] and who in got[0][1]), got


def test_the_data_holds_the_verbs_that_need_a_named_text():
    lex = lexicon()
    assert {"повідомлятися", "мовитися"} <= lex.named_text_verbs <= lex.document_verbs
    assert "декларація" in lex.source_documents


def test_a_report_in_a_named_bulletin_is_the_bulletins(pipe):
    got = quotes(pipe, "Районна лікарня уклала угоду на ремонт даху за 3 млн грн.\nПро це "
                       "повідомляється у «Віснику державних закупівель».", date="2017-03-02")
    assert len(got) == 1 and got[0][0].startswith("Районна лікарня уклала угоду"), got
    assert got[0][1] and "visnyk" in got[0][1], got


@pytest.mark.parametrize("text", [
    "Повідомляється, що в Одесі відкрили новий пологовий будинок.",
    "Як повідомляється, ремонт мосту завершать до осені.",
])
def test_a_newsrooms_it_is_reported_is_no_quote(pipe, text):
    assert quotes(pipe, text) == []


def test_a_document_named_by_a_pronoun_is_no_person(pipe):
    got = quotes(pipe, "Мер Полтави Олександр Мамай підписав розпорядження про ремонт шкіл. "
                       "Відділ освіти надіслав до міськради обґрунтування витрат.\nУ ньому "
                       "повідомляється, що «ремонт потребують дванадцять шкіл».",
                 date="2019-02-11")
    assert [t for t, _ in got] == ["ремонт потребують дванадцять шкіл"], got
    assert not (got[0][1] or "").endswith("mamai"), got


def test_a_conjunction_left_of_a_quote_is_no_claim(pipe):
    got = quotes(pipe, "Спершу роботи оцінили у 4 млн грн.\nОднак «під час робіт з'явилися "
                       "нові витрати».\nПро це повідомляється в обґрунтуванні закупівлі.",
                 date="2019-02-11")
    assert "Однак" not in [t for t, _ in got], got


def test_a_surname_declined_as_an_adjective_tells_the_sex(pipe):
    got = quotes(pipe, "Комітет перевірить тендери на ремонт доріг.\nПро це повідомила "
                       "державна уповноважена АМКУ Агія Загребельська.", date="2018-06-01")
    assert len(got) == 1 and got[0][1] and "zahrebelska" in got[0][1], got


def test_the_data_holds_journalists_works_and_companies():
    lex = lexicon()
    assert {"матеріал", "стаття", "сюжет"} <= lex.title_words
    assert {"корпорація", "фірма"} <= lex.located_bodies


def test_the_title_of_a_work_after_its_authors_name_is_no_quote(pipe):
    got = quotes(pipe, "Депутат купив будинок у Флориді. Про це йдеться в матеріалі Ірини "
                       "Савчук «Флоридська дача народного обранця».", date="2017-05-03")
    assert not any(t.startswith("Флоридська") for t, _ in got), got


@pytest.mark.parametrize("text,who", [
    ("Компанія «Укрзалізниця» заявила: «Потяги курсуватимуть за звичайним графіком».",
     "ukrzaliznytsia"),
    ("Державна компанія «Нафтогаз» повідомила: «Газу вистачить на всю зиму».", "naftogaz"),
])
def test_a_body_named_in_marks_after_its_kind_speaks(pipe, text, who):
    got = quotes(pipe, text)
    assert len(got) == 1 and got[0][1] and who in got[0][1], got


def test_a_word_in_marks_after_a_comma_is_not_who_speaks(pipe):
    got = quotes(pipe, "Оркестр поїде до Житомира в межах «Літнього туру», гасло якого "
                       "говорить саме за себе: «Музика об'єднує!»")
    assert all(sp is None for _, sp in got), got


def test_a_company_a_text_named_speaks_when_told_of_where_it_is(pipe):
    got = quotes(pipe, "Податкова перевіряє фірму «Зелений двір».\nУ фірмі заявили, що всі "
                       "податки сплачено вчасно.", date="2018-06-01")
    assert len(got) == 1 and got[0][1] and "zelenyi" in got[0][1], got

"""Direct quotes on real text of other genres (issue 17): causes found by reading the output
on untuned press, essays, fiction and investigative news. Every text here is written for these
tests."""
import pytest

from quote_helpers import NAMES, heads, pipe_fixture, reader


pipe = pipe_fixture(NAMES)
quotes = reader(heads, "2025-03-10")


# A speech verb after a negated one in the same lead-in: the second one hands over to the quote.
NEGATED_THEN_SAID = [
    ("Прем'єр-міністр Денис Шмигаль розповів про підготовку до зими. «Запаси газу достатні», – "
     "сказав він.\n\nМіністр оборони Рустем Умєров не коментував умови контракту, але заявив: "
     "«Бригади отримають техніку до кінця місяця».",
     [("Запаси", "denys-shmyhal"), ("Бригади", "rustem-umerov")]),
    ("Прем'єр-міністр Денис Шмигаль провів нараду з енергетиками.\n\nМіністр оборони Рустем Умєров "
     "не сказав, коли надійдуть літаки, проте наголосив: «Партнери дотримують слова».",
     [("Партнери", "rustem-umerov")]),
]


@pytest.mark.parametrize("text,expected", NEGATED_THEN_SAID)
def test_a_denied_verb_does_not_silence_the_speech_verb_after_it(pipe, text, expected):
    got = quotes(pipe, text)
    for want in expected:
        assert want in got


def test_a_denied_verb_alone_still_quotes_nobody(pipe):
    got = quotes(pipe, "Прем'єр-міністр Денис Шмигаль провів нараду.\n\n"
                       "Ми не кажемо «усе гаразд», ми кажемо правду.")
    assert ("усе", "denys-shmyhal") not in got


# A refrain compared to a mantra is cited, not said here.
REFRAINS = [
    "Прем'єр-міністр Польщі Дональд Туск заявив про нові кордонні правила.\n\nКремлівські "
    "телеведучі роками повторюють, як мантру, «Захід прагне знищити Росію».",
    "Речник Кремля Дмитро Пєсков прокоментував санкції.\n\nЧиновники повторювали як мантру: "
    "«Ціни не зростуть».",
]


@pytest.mark.parametrize("text", REFRAINS)
def test_a_refrain_repeated_like_a_mantra_is_nobodys_quote(pipe, text):
    got = quotes(pipe, text)
    assert [w for w, _ in got if w in ("Захід", "Ціни", "мантру")] == []


# Names of firms nested in names with one closing mark, and marks opened inside narration and
# never closed: no speech, and no quote running on into the paragraphs after them.
NAMES = [
    "ДП «НАЕК «Енергоатом» 12 березня підписало договір з ТОВ «Торгова компанія «Світанок» на "
    "постачання насосів.\n\nВартість договору становить 4,2 млн грн.\n\nКомпанія працює на ринку "
    "з 2011 року.",
    "Дочірнє підприємство «Полтавський шляхбуд» ВАТ «ДАК «Дороги Полтавщини» «має повернути "
    "ТОВ «Асфальт Плюс» аванс у сумі 2,1 млн грн.\n\nТаке рішення ухвалив господарський суд."
    "\n\nДоговір між сторонами уклали у 2019 році.",
]


@pytest.mark.parametrize("text", NAMES)
def test_nested_names_and_unclosed_marks_are_no_speech(pipe, text):
    assert quotes(pipe, text) == []


def test_a_name_in_marks_followed_by_its_owner_is_no_caption(pipe):
    text = ("До 2015 року фірмою керував Петро Гнатюк, син голови правління ЗАТ «Ковельський "
            "завод металевих конструкцій» Василя Бондаренка – депутата обласної ради.")
    assert quotes(pipe, text) == []


def test_the_refrain_words_are_data():
    from khronika.extract.quotes.lexicon import lexicon
    assert {"мантру", "заклинання"} <= lexicon().refrain_words


def test_a_name_in_marks_opening_a_paragraph_takes_no_caption_from_the_one_before(pipe):
    text = ("Джамала настільки точна й природна в цьому фільмі, що жодної критики навіть не "
            "заслуговує.\n\n«Щедрик» у Михайлівському соборі став окрасою стрічки.")
    assert quotes(pipe, text) == []

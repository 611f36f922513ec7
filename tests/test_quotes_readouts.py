"""Readouts of talks and meetings (official statements): the bare role after a partner's
office of the same name is the home side's holder; "проінформував, що" reports speech; a
topic told after the addressee ("поінформував колег про ...", "запевнив партнерів у ...") is
a quote (optional: `topic`) of the one who told it, but not the writer's own account in an address.
Texts written for these tests."""
import pytest

from quote_helpers import NAMES, pipe_fixture, reader, spans_or_none


pipe = pipe_fixture(NAMES)
quotes = reader(spans_or_none, "2022-06-10")


@pytest.mark.parametrize("text,expected", [
    # the home holder by name, the partner's office only as the partner
    ("Володимир Зеленський мав розмову з Президентом Чехії Мілошем Земаном. Глава держави "
     "наголосив, що Україні бракує снарядів.", "volodymyr-zelenskyy"),
    # both offices as partners of a meeting
    ("Відбулася зустріч Міністра оборони України Олексія Резнікова з Міністром оборони "
     "Великої Британії Беном Воллесом. Міністр оборони зазначив, що фронт потребує артилерії.",
     "oleksii-reznikov"),
    # the partner's office as a subject, the home holder as a subject too
    ("Прем'єр-міністр України Денис Шмигаль прибув на конференцію у Варшаві. Відкрив її "
     "Прем'єр-міністр Польщі Матеуш Моравецький. Прем'єр-міністр розповів, що уряд готує "
     "план відбудови.", "denys-shmyhal"),
])
def test_a_bare_role_after_the_partners_office_is_the_home_holder(pipe, text, expected):
    got = quotes(pipe, text)
    assert len(got) == 1 and got[0][1] == expected


def test_the_partners_office_as_the_only_subject_keeps_the_role(pipe):
    got = quotes(pipe, "Президент Чехії Мілош Земан прийняв делегацію з Києва. Президент "
                       "наголосив, що Прага підтримає санкції.")
    assert [s for _, s in got] == ["milos-zeman"]


def test_proinformuvav_shcho_reports_speech(pipe):
    got = quotes(pipe, "Міністр оборони України Олексій Резніков проінформував, що нові "
                       "гаубиці вже прибули на фронт.")
    assert got == [("нові гаубиці вже прибули на фронт", "oleksii-reznikov")]


@pytest.mark.parametrize("text,content,speaker", [
    ("Прем'єр-міністр України Денис Шмигаль поінформував колег про підготовку до зими.",
     "про підготовку до зими", "denys-shmyhal"),
    ("Міністр оборони України Олексій Резніков запевнив партнерів у готовності армії до "
     "наступу.", "у готовності армії до наступу", "oleksii-reznikov"),
])
def test_a_topic_told_after_the_addressee_is_an_optional_quote(pipe, text, content, speaker):
    assert quotes(pipe, text) == [(content, speaker)]


@pytest.mark.parametrize("text", [
    # where it was said, not what
    "Олексій Резніков запевнив у Лондоні партнерів у готовності армії.",
    # the writer's own account in an address, plain text with no quote
    "Сьогодні провів розмову з Президентом Чехії. Поінформував його про ситуацію на фронті.",
])
def test_no_topic_quote_for_a_place_or_the_writers_account(pipe, text):
    assert quotes(pipe, text) == []


def test_topic_verbs_data_names_prepositions():
    """speech.yaml's `topic_verbs` maps a preposition to the verbs whose object with it is
    what was told."""
    from khronika.extract.quotes import lexicon
    lex = lexicon()
    assert lex.topic_preps["наголосити"] == {"на"}
    assert lex.topic_preps["поінформувати"] == {"про"}
    assert {"в", "у"} <= lex.topic_preps["запевнити"] and lex.topic_gap >= 1


def test_a_womans_epithet_passes_over_the_man_named_since(pipe):
    got = quotes(pipe, "Прем'єр-міністр України Денис Шмигаль зустрівся з віцепрем'єркою Канади "
                       "Христею Фріланд. Прем'єр-міністр подякував за гранти. Співрозмовниця "
                       "запевнила, що Оттава виділить новий кредит.")
    assert got == [("Оттава виділить новий кредит", "chrystia-freeland")]


def test_a_mans_epithet_still_takes_only_the_last_named(pipe):
    got = quotes(pipe, "Христя Фріланд зустрілася з Денисом Шмигалем. Посадовець заявив, що "
                       "кредит надійде взимку.")
    assert got == [("кредит надійде взимку", "denys-shmyhal")]


@pytest.mark.parametrize("text,expected", [
    # a rank refers back to the general just named
    ("Командувач Сухопутних військ Олександр Сирський повідомив, що ворога відкинуто. "
     "Генерал додав, що оборона Харкова тримається.", "oleksandr-syrskyi"),
    # an office several hold at once, which no role resolves alone
    ("Віцепрем'єр-міністр Ірина Верещук розповіла, що автобуси вже виїхали. Віцепрем'єрка "
     "уточнила, що першими вивезуть дітей.", "iryna-vereshchuk"),
])
def test_a_rank_or_a_shared_office_refers_back_to_the_person_named(pipe, text, expected):
    got = quotes(pipe, text)
    assert [s for _, s in got] == [expected, expected]


def test_a_subject_left_unnamed_goes_on_from_the_person_not_her_country(pipe):
    """The sentence before names a state in the genitive and an indeclinable abbreviation
    before the person who is its subject: she goes on speaking."""
    got = quotes(pipe, "Посол України в США Оксана Маркарова розповіла, що Конгрес схвалив "
                       "допомогу. Посол уточнила, що гроші надійдуть до кінця року.")
    assert [s for _, s in got] == ["oksana-markarova", "oksana-markarova"]


@pytest.mark.parametrize("text", [
    "На площі мітингувальники скандували «Маріуполь – це Україна!».",
    "«Свободу полоненим!» – скандували учасники акції біля посольства.",
    "Зала проскандувала: «Дякуємо ЗСУ!»",
])
def test_a_slogan_a_crowd_chants_is_no_quote(pipe, text):
    assert quotes(pipe, text) == []


def test_slogan_verbs_data():
    from khronika.extract.quotes import lexicon
    assert "скандувати" in lexicon().slogan_verbs


def test_a_caption_paragraph_before_an_address_names_its_speaker(pipe):
    text = ("Виступ Прем'єр-міністра України Дениса Шмигаля на засіданні уряду.\n\n"
            "«Шановні колеги! Зима буде складною.\n\n"
            "Ми маємо підготувати резервні джерела живлення для лікарень.»")
    got = quotes(pipe, text)
    assert len(got) == 2 and {s for _, s in got} == {"denys-shmyhal"}


@pytest.mark.parametrize("text", [
    "Україна та Польща\n\n«Кордон має бути відкритим для гуманітарних вантажів.»",
    "Уряд провів засідання.\n\n«Кордон має бути відкритим для гуманітарних вантажів.»",
])
def test_a_heading_or_narration_before_a_quote_is_no_caption(pipe, text):
    assert [s for _, s in quotes(pipe, text)] == [None]


@pytest.mark.parametrize("text,expected", [
    ("Школи отримають генератори до грудня. Про це повідомила пресслужба Президента.",
     "volodymyr-zelenskyy"),
    ("Як повідомила прес-служба Дениса Шмигаля, уряд виділив кошти на ремонт мостів.",
     "denys-shmyhal"),
])
def test_a_press_service_speaks_for_the_person_it_serves(pipe, text, expected):
    assert [s for _, s in quotes(pipe, text, "2022-11-20")] == [expected]


def test_the_thanked_with_an_indeclinable_first_name_is_no_speaker(pipe):
    """"Джо" reads as a nominative in any case; the surname shows the dative of the one thanked."""
    got = quotes(pipe, "Володимир Зеленський подякував Джо Байдену за новий пакет і наголосив, "
                       "що гаубиці вже на фронті.", "2022-07-20")
    assert [s for _, s in got] == ["volodymyr-zelenskyy"]


def test_the_subject_beside_the_partners_office_in_one_sentence_is_the_home_holder(pipe):
    got = quotes(pipe, "Під час розмови з Президентом Європейської ради Шарлем Мішелем Глава "
                       "держави наголосив, що Україна виконала всі рекомендації.", "2022-07-20")
    assert [s for _, s in got] == ["volodymyr-zelenskyy"]


def test_a_womans_office_word_refers_back_to_her(pipe):
    got = quotes(pipe, "Олексій Резніков зустрівся з Міністром оборони Нідерландів Кайсою "
                       "Оллонгрен. Міністерка запевнила, що гаубиці прибудуть восени.", "2022-07-20")
    assert got == [("гаубиці прибудуть восени", got[0][1])] and got[0][1] is not None \
        and "ollongren" in got[0][1]

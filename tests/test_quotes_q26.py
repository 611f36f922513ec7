"""Quotes on untuned short media text (issue 17, Q26): answers printed under a name line
("Василь Петренко, голова громади:") keep their speaker after the first question, a claim
whose source comes after it in a sentence of its own ("Таку заяву зробив ..."), an interviewee
who speaks to a journalist named in the same sentence, and a speaker referred to by a role
noun in the sentence after his name. Texts written for these tests."""
import pytest

from quote_helpers import FOREIGN, pipe_fixture, reader, spans_or_none


pipe = pipe_fixture(FOREIGN)
quotes = reader(spans_or_none, "2024-06-11")


@pytest.mark.parametrize("text", [
    ("Відділ комунікацій громади оприлюднив відповіді її голови на запитання мешканців.\n\n"
     "Тарас Мельничук:\n\n— Нову школу добудуємо до вересня.\n\n— А як щодо дороги?\n\n"
     "— Дорогу відремонтуємо наступного літа."),
    ("Тарас Мельничук, голова Бережанської громади:\n\n— Нову школу добудуємо до вересня.\n\n"
     "— А як щодо дороги?\n\n— Дорогу відремонтуємо наступного літа."),
])
def test_answers_under_a_name_line_are_the_named_persons(pipe, text):
    got = [(t, s) for t, s in quotes(pipe, text) if not t.endswith("?")]
    assert [t for t, _ in got] == ["Нову школу добудуємо до вересня.",
                                   "Дорогу відремонтуємо наступного літа."]
    assert {s for _, s in got} == {"taras-melnychuk"}


@pytest.mark.parametrize("text,claim,who", [
    ("Зима буде важкою для енергетиків. Таку заяву зробив міністр енергетики Герман Галущенко.",
     "Зима буде важкою для енергетиків", "herman-halushchenko"),
    ("Ворог готує новий наступ на півночі. Таке попередження Кирило Буданов озвучив у неділю.",
     "Ворог готує новий наступ на півночі", "kyrylo-budanov"),
    ("Обмін полоненими відбувся завдяки посередництву Катару. Це підтвердив Дмитро Лубінець.",
     "Обмін полоненими відбувся завдяки посередництву Катару", "dmytro-lubinets"),
], ids=["zaiava", "poperedzhennia", "tse"])
def test_a_claim_a_demonstrative_points_back_at_is_its_speakers(pipe, text, claim, who):
    assert quotes(pipe, text) == [(claim, who)]


@pytest.mark.parametrize("text", [
    "Росія погрожує ударами по столиці. Таку заяву засудили в МЗС України.",
    "Мости відремонтують до осені. Це означає, що об'їзди триватимуть ще пів року.",
], ids=["judged", "means"])
def test_a_sentence_that_judges_what_was_said_before_does_not_say_it(pipe, text):
    assert quotes(pipe, text) == []


def test_a_headline_that_names_its_speaker_before_a_colon_quotes_him(pipe):
    text = ("Стефанчук: Рада розгляне бюджет у першому читанні до кінця тижня\n\n"
            "Голова Верховної Ради Руслан Стефанчук повідомив, що депутати отримали проєкт бюджету.")
    got = quotes(pipe, text)
    assert got[0] == ("Рада розгляне бюджет у першому читанні до кінця тижня", "ruslan-stefanchuk")


@pytest.mark.parametrize("text", [
    "Фото: Іван Петренко\n\nУ Черкасах відкрили новий міст через Дніпро.",
    "Україна: новини дня\n\nУ Черкасах відкрили новий міст через Дніпро.",
    "Зеленський і Дуда: зустріч у Варшаві відбудеться в травні\n\nЛідери обговорять безпеку.",
], ids=["photo", "place", "two"])
def test_a_headline_label_that_names_no_one_speaker_quotes_nothing(pipe, text):
    assert not any(t.startswith(("Іван", "новини", "зустріч")) for t, _ in quotes(pipe, text))


def test_the_journalist_told_is_not_the_speaker_whatever_his_first_name_reads_as(pipe):
    # "Петрові" is first a possessive adjective in the nominative for the dictionary
    text = ("Голова громади Степан Лук'янчук у коментарі журналістові «Волині» Петрові Мельнику "
            "заявив, що громада не підвищуватиме тарифи на воду.")
    assert quotes(pipe, text) == [("громада не підвищуватиме тарифи на воду", "stepan-lukianchuk")]


@pytest.mark.parametrize("text,who", [
    ("Держсекретар США Ентоні Блінкен провів переговори з українським колегою. Американський "
     "дипломат наголосив, що допомога Україні триватиме.", "antony-blinken"),
    # no official of that state named before: an unnamed source
    ("Міністр закордонних справ Андрій Сибіга провів переговори в Брюсселі. Американський "
     "дипломат наголосив, що допомога Україні триватиме.", None),
], ids=["official", "unnamed"])
def test_a_state_adjective_before_an_epithet_refers_back_to_that_states_official(pipe, text, who):
    assert quotes(pipe, text)[-1] == ("допомога Україні триватиме", who)


def test_the_writers_own_sentence_a_pronoun_points_back_at_is_not_a_claim(pipe):
    text = ("Ми маємо підтвердження, що літаки готові до передачі. Але чуємо, що це нібито "
            "неможливо. І це кажуть у Вашингтоні.")
    assert not any(t.startswith("Ми маємо") for t, _ in quotes(pipe, text))


def test_a_caption_opened_by_an_adjective_names_the_speaker(pipe):
    text = ("«Кожне місто, яке окупанти зруйнували, ми відбудуємо». Вечірнє звернення Президента "
            "України Володимира Зеленського.")
    assert quotes(pipe, text) == [("Кожне місто, яке окупанти зруйнували, ми відбудуємо",
                                   "volodymyr-zelenskyy")]


def test_a_name_line_names_its_person_whoever_held_the_role_beside_it(pipe):
    text = ("Олена Шуляк, голова фракції «Слуга народу»:\n\n— Законопроєкт ми доопрацювали.\n\n"
            "— Коли його проголосують?\n\n— Сподіваюся, у вересні.")
    got = [(t, s) for t, s in quotes(pipe, text) if not t.endswith("?")]
    assert got == [("Законопроєкт ми доопрацювали.", "olena-shuliak"),
                   ("Сподіваюся, у вересні.", "olena-shuliak")]


def test_a_masculine_verb_agreeing_with_a_womans_office_noun_is_hers(pipe):
    text = ("Як заявив голова Національного банку Валерія Гонтарева, банківська система пройшла "
            "найгостріший етап кризи.")
    got = quotes(pipe, text)
    assert got == [("банківська система пройшла найгостріший етап кризи", "valeria-gontareva")]


@pytest.mark.parametrize("text,who", [
    ("Уряд Японії виділить Україні ще мільярд доларів, повідомляє Reuters з посиланням на "
     "Міністерство фінансів України.", "ministry-of-finance-of-ukraine"),
    ("За даними Bloomberg з посиланням на Дениса Шмигаля, уряд отримає перший транш у травні.",
     "denys-shmyhal"),
], ids=["body", "person"])
def test_a_medium_citing_a_named_source_relays_the_sources_words(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


def test_a_medium_citing_unnamed_sources_speaks_itself(pipe):
    text = "Уряд Японії виділить Україні ще мільярд доларів, повідомляє Reuters з посиланням на джерела."
    assert quotes(pipe, text)[-1][1] == "reuters"


def test_a_quote_in_an_interviews_title_is_the_interviewees(pipe):
    text = ("«Без людей техніка не воює»: інтерв'ю з командиром бригади\n\n"
            "Командир бригади Петро Гайовий розповів нашому виданню про бої на півдні.\n\n"
            "— Чого бракує найбільше?\n\n— Людей. Техніку дають, а поповнення немає.\n\n"
            "— А дронів?\n\n— Дронів теж мало.")
    got = quotes(pipe, text)
    assert got[0] == ("Без людей техніка не воює", "petro-haiovyi")


def test_plain_turns_may_open_with_a_request_instead_of_a_question(pipe):
    text = ("Заступник міністра Тарас Качка відповів на запитання нашого видання про угоду.\n\n"
            "Розкажіть, на якому етапі переговори.\n\n"
            "Текст майже погоджено, лишилися технічні питання.\n\n"
            "Ми очікуємо підписання до кінця місяця.\n\n"
            "Чи буде угода ратифікована?\n\n"
            "Так, це обов'язкова умова.")
    got = [(t, s) for t, s in quotes(pipe, text) if not t.startswith(("Розкажіть", "Чи буде"))]
    assert [t for t, _ in got] == ["Текст майже погоджено, лишилися технічні питання.",
                                   "Ми очікуємо підписання до кінця місяця.", "Так, це обов'язкова умова."]
    assert {s for _, s in got} == {"taras-kachka"}


def test_a_transcript_of_two_named_people_quotes_each_turn(pipe):
    text = ("Стенограма брифінгу в міністерстві.\n\n"
            "Дмитро Лазуткін: Цього місяця армія отримала рекордну кількість дронів.\n\n"
            "Олександр Ткачук: На фронт також надійшли нові бронемашини.\n\n"
            "Дмитро Лазуткін: Про закупівлі розповімо наступного тижня.")
    got = quotes(pipe, text)
    assert [s for _, s in got] == ["dmytro-lazutkin", "oleksandr-tkachuk", "dmytro-lazutkin"]


def test_the_interviewee_is_whom_the_talk_was_with_not_who_wrote_it_down(pipe):
    text = ("Інтерв'ю з лікаркою Оксаною Дорошенко записала Марія Гуменюк.\n\n"
            "— Як ви почуваєтеся після трьох місяців у червоній зоні?\n\n"
            "— Втомлена, але тримаюся.\n\n— Що б ви сказали тим, хто не носить масок?\n\n"
            "— Подумайте про своїх батьків.")
    got = [(t, s) for t, s in quotes(pipe, text) if not t.endswith("?")]
    assert got == [("Втомлена, але тримаюся.", "oksana-doroshenko"),
                   ("Подумайте про своїх батьків.", "oksana-doroshenko")]


def test_a_pointing_sentence_that_hands_over_to_a_quote_points_forward(pipe):
    text = "Іван Петренко провів нараду. Хтось сказав: «Ми переможемо».\n\nЦі слова кажуть: «Годі»."
    assert [t for t, _ in quotes(pipe, text)] == ["Ми переможемо", "Годі"]


@pytest.mark.parametrize("text,who", [
    ("Глава МЗС Сибіга: Україна отримає нові системи ППО цього року\n\nМіністр виступив у Брюсселі.",
     "andrii-sybiha"),
    ("Сибіга про переговори: Україна не погодиться на ультиматуми\n\nМіністр виступив у Брюсселі.",
     "andrii-sybiha"),
], ids=["office", "topic"])
def test_a_headline_names_its_speaker_beside_his_office_or_before_a_topic(pipe, text, who):
    assert quotes(pipe, text)[0][1] == who

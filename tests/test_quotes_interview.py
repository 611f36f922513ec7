"""Interviews printed as turns (dash turns, name labels, "Питання:"/"Відповідь:"): the answers
are the interviewee's direct quotes, with no speech verb anywhere. Texts written for these
tests."""
import pytest

from quote_helpers import NAMES, analysed, heads, pipe_fixture, reader


pipe = pipe_fixture(NAMES)
quotes = reader(heads, "2026-03-12")


def test_dash_turns_answer_for_the_person_the_lead_names(pipe):
    text = ("Міський голова Андрій Садовий в інтерв'ю нашому виданню розповів про ремонт доріг.\n\n"
            "— Пане Андрію, коли почнеться ремонт?\n\n"
            "— Ми плануємо почати 15-го. У вівторок буде нарада.\n\n"
            "— А скільки це коштуватиме?\n\n"
            "— Близько мільйона гривень.\n\nГроші вже є в бюджеті.\n\n"
            "— Коли завершите?\n\n— Влітку.\n\n"
            "Додамо, що торік ремонт не завершили.")
    assert quotes(pipe, text) == [("Ми", "andriy-sadovyi"), ("Близько", "andriy-sadovyi"),
                                  ("Гроші", "andriy-sadovyi"), ("Влітку.", "andriy-sadovyi")]


def test_name_labels_name_who_answers(pipe):
    text = ("Голова СБУ Василь Малюк дав інтерв'ю журналістам.\n\n"
            "Журналіст: Що відбулося в Ізюмі у вересні 2022 року?\n\n"
            "Малюк: 15-го ми зайшли в місто. У вівторок почали розслідування.\n\n"
            "Журналіст: Скільки справ відкрито?\n\nМалюк: Понад сотню.")
    assert quotes(pipe, text) == [("15-го", "vasyl-maliuk"), ("Понад", "vasyl-maliuk")]


@pytest.mark.parametrize("text,expected", [
    ("Розмова з міністеркою Юлією Свириденко.\n\n"
     "Питання: Коли надійдуть виплати?\n\n"
     "Відповідь: Уже в квітні. Ми перевіримо кожну заяву.\n\n"
     "Питання: А якщо заяву відхилять?\n\n"
     "Відповідь: Людина зможе оскаржити рішення.",
     [("Уже", "yulia-svyrydenko"), ("Людина", "yulia-svyrydenko")]),
    # a single pair is an interview too: the label words say so (other labels need two turns)
    ("Розмова з головою Миколаївської ОВА Віталієм Кімом.\n\n"
     "Питання: Чи вистачає в області укриттів?\n\n"
     "Відповідь: У школах так, у селах ще будуємо.",
     [("У", "vitaliy-kim")]),
], ids=["pairs", "one-pair"])
def test_question_and_answer_labels(pipe, text, expected):
    assert quotes(pipe, text) == expected


def test_labels_with_no_one_asking_are_no_interview(pipe):
    text = ("Фото: Іван Петренко\n\nДжерело: пресслужба\n\nУ Києві відкрили новий міст.\n\n"
            "Читайте також: ремонт триватиме до літа.")
    assert quotes(pipe, text) == []


def test_an_interviewee_the_lead_does_not_single_out_is_left_unknown(pipe):
    text = ("Іван Петренко та Олена Коваль поговорили з нами про війну.\n\n"
            "— Що буде далі?\n\n— Будемо працювати.\n\n— А потім?\n\n— Відбудуємо місто.")
    assert [s for _, s in quotes(pipe, text)] == [None, None]


def test_one_dash_question_and_answer_after_a_lead_naming_who_tells(pipe):
    text = ("Міністр оборони Денис Шмигаль розповів журналістам про нові закупівлі після зустрічі "
            "з Каєю Каллас.\n\n"
            "— Чи встигне армія отримати снаряди до літа?\n\n"
            "— Ми вже підписали контракти з трьома виробниками.")
    assert quotes(pipe, text) == [("Ми", "denys-shmyhal")]


def test_one_dash_answer_that_names_its_speaker_keeps_its_span(pipe):
    text = ("Міністр оборони Денис Шмигаль розповів журналістам про нові закупівлі.\n\n"
            "— Чи встигне армія отримати снаряди до літа?\n\n"
            "— Ми вже підписали контракти з трьома виробниками, — відповів Шмигаль.")
    doc = analysed(pipe, text, "2026-03-12")
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("Ми вже підписали контракти з трьома виробниками", "denys-shmyhal")]


def test_one_dash_question_in_a_story_is_no_interview(pipe):
    # no lead that tells: a question and a reply quoted in a story keep their own reading
    text = ("Денис Шмигаль приїхав на завод у вівторок.\n\n"
            "— Чи встигнете до літа? — запитав він директора.\n\n"
            "— Так, встигнемо, — відповів директор.")
    doc = analysed(pipe, text, "2026-03-12")
    assert [q.text for q in doc.quotes][:1] == ["Чи встигнете до літа?"]

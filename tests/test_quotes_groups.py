"""Speakers that are groups, states and media referred back to, and words in marks that no
one says here (issue 17, Q18): "Вони кажуть ..." after a state or its forces, "видання" for
the medium just named, a medium named before its verb, phrases named as phrases. Texts
written for these tests."""
import pytest

from quote_helpers import FOREIGN, analysed, heads, pipe_fixture, reader


pipe = pipe_fixture(FOREIGN)
quotes = reader(heads, "2022-05-10")


def test_the_data_of_groups_and_cited_words_loads():
    from khronika.extract.quotes import lexicon
    lex = lexicon()
    assert "вони" in lex.they_pronouns and lex.they_sentences >= 1
    assert "окупант" in lex.they_adversary_words and "військовий" in lex.they_forces
    assert "фрази" in lex.cited_words and "слова" not in lex.cited_words


# ---- "вони" as the speaker -------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    # a state, the subject of the sentence before (an address)
    ("Росія третій тиждень обстрілює Суми. Вони кажуть, що цілять лише у військові склади.",
     "russia"),
    # a body the entity layer knows (news)
    ("Кремль знову погрожує Європі. Вони заявляють: «Ваші танки стануть нашими трофеями».",
     "kremlin"),
    # the adversary's common word speaks for the adversary (regional news)
    ("Окупанти зайшли до Бердянська вранці. Вони кажуть людям: «Ми тут, щоб вас урятувати».",
     "russia"),
    # a state's forces named by its adjective
    ("Російські військові вивезли з міста зерно. Вони стверджують, що купили його в фермерів.",
     "russia"),
])
def test_they_speak_for_the_subject_before(pipe, text, speaker):
    assert quotes(pipe, text)[-1][1] == speaker


def test_they_is_not_a_demonym_inside_the_words_quoted_before(pipe):
    text = ("Російські пропагандисти повторюють старий міф: «Поляки самі підпалили свої склади». "
            "Сьогодні окупанти знову обстріляли Сумщину. Вони стверджують, що цілили у "
            "військовий аеродром.")
    assert quotes(pipe, text)[-1] == ("цілили", "russia")


@pytest.mark.parametrize("text", [
    # people named as a group: no entity, never the state named after them
    ("Мешканці Ірпеня повертаються додому з Польщі. Вони кажуть, що будинки треба відбудувати "
     "до зими."),
    # the sentence before has no subject that could be "вони": nobody, not the last name
    ("Зеленський поговорив з партнерами. Я питаю в них про літаки. Вони відповідають, що "
     "рішення ще немає."),
])
def test_they_of_a_group_or_of_no_subject_is_nobody(pipe, text):
    assert quotes(pipe, text)[-1][1] is None


# ---- media ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("Як пише The Times, Лондон відкриє ще два центри для біженців. Видання уточнює, що "
     "перший запрацює в березні.", "the-times"),
    ("Як повідомляє Financial Times, Еврокомісія готує кредит для Києва. За даними видання, "
     "сума сягне п'яти мільярдів євро.", "financial-times"),
])
def test_the_outlet_word_points_back_at_the_medium(pipe, text, speaker):
    assert quotes(pipe, text)[-1][1] == speaker


def test_outlet_word_with_no_medium_before_is_nobody(pipe):
    text = ("Зеленський провів нараду з військовими. За даними видання, наступна нарада "
            "відбудеться в п'ятницю.")
    assert quotes(pipe, text)[-1][1] is None


def test_medium_in_latin_script_before_its_verb_speaks_as_an_organisation(pipe):
    text = ("Як повідомляє CNN, Вашингтон готує новий пакет. Bloomberg повідомляє з посиланням "
            "на джерела, що Брюссель схвалить кредит до літа.")
    doc = analysed(pipe, text, "2022-05-10")
    assert [q.speaker for q in doc.quotes] == ["cnn", "bloomberg"]
    assert doc.entities["bloomberg"].type == "ORG"


# ---- words in marks that nobody says here -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Оператор вимкнув камеру лише після фрази «Все, розходимось!», яку крикнув режисер.",
    "Волонтери з Харкова зробили вираз «Ми своїх не кидаємо» назвою свого фонду.",
    # a title word opening the sentence, which the dictionary reads first as a verb
    "Гасло «Разом до перемоги!» з'явилося на білбордах Львова.",
    # a second slogan joined to the first: both are the crowd's chant, nobody's speech
    "Студенти під мерією скандували «Ні корупції!» та «Геть!». Серед них був ректор Петро Мельник.",
])
def test_phrases_named_as_phrases_are_no_quotes(pipe, text):
    assert quotes(pipe, text) == []


def test_a_phrase_noun_with_a_colon_still_hands_over_to_speech(pipe):
    text = "Міністр Дмитро Кулеба повторив свою фразу: «Ми не торгуємо територіями»."
    assert quotes(pipe, text) == [("Ми", "dmytro-kuleba")]


@pytest.mark.parametrize("text, speaker", [
    ("Російські військові стверджують, що колону біля Ізюму знищила українська авіація.", "russia"),
    ("Білоруська влада заявила, що кордон з Литвою закриють на ремонт.", "belarus"),
])
def test_a_states_forces_or_rulers_speak_for_it(pipe, text, speaker):
    assert quotes(pipe, text)[-1][1] == speaker


# ---- a third person's speech recalled after a colon that names no one ---------------------------
def test_recalled_speech_after_a_colon_is_the_person_named_before(pipe):
    text = ("Друзі!\n\nЗгадаю сьогодні Лєха Валенсу. Він казав робітникам Гданська в 1980 році. "
            "Згадайте, як це звучало тоді: «Не буде свободи без солідарності!\n\n"
            "Ми не відступимо.»\n\nМи теж не відступимо.")
    doc = analysed(pipe, text, "2022-05-10")
    speakers = {q.speaker for q in doc.quotes}
    assert len(doc.quotes) == 2 and len(speakers) == 1 and None not in speakers
    assert doc.entities[speakers.pop()].type == "PER"


def test_words_before_a_colon_that_name_the_words_leave_no_one(pipe):
    # the sentence before says no one spoke: the words are nobody's here
    text = ("Учора пройшов ще один день війни. Ніхто не сказав головного: «Досить!»")
    assert [s for _, s in quotes(pipe, text)] in ([], [None])


def test_they_in_a_parenthesis_is_the_subject_of_its_own_sentence(pipe):
    text = "Учора загарбники влаштували, як вони кажуть, «зачистку» двох сіл біля Бахмута."
    assert quotes(pipe, text) == [("зачистку", "russia")]


def test_there_is_the_place_named_before(pipe):
    text = ("Вчора у Варшаві зібрали прихильників уряду. Послухайте, як там кажуть: "
            "«Кордон має бути відкритим для всіх».")
    assert quotes(pipe, text)[-1] == ("Кордон", "warsaw")


def test_saying_what_without_a_preposition_is_no_reported_speech(pipe):
    text = ("Прем'єр Естонії Кая Каллас сказала те, що в Таллінні думають давно. Міністр "
            "розповів про те, що кордон посилять.")
    assert [q for q in quotes(pipe, text) if q[0] == "в"] == []
    assert quotes(pipe, text)[-1][0] == "кордон"


# ---- an interview printed as dash turns, its interviewee named only in an answer -------------
def test_dash_interview_answers_are_the_one_who_names_himself_in_one(pipe):
    text = ("— Пане міністре, як ви оцінюєте нинішню зиму?\n\n"
            "— Зима важка, але енергосистема тримається. Ремонтники працюють цілодобово.\n\n"
            "— Чи будуть відключення в січні?\n\n"
            "— Думаю, що графіків не буде, — відповів міністр енергетики Герман Галущенко.")
    doc = analysed(pipe, text, "2023-12-10")
    got = [(q.text.split()[0], q.speaker) for q in doc.quotes]
    assert got[0] == ("Зима", got[-1][1]) and got[-1][1] is not None
    assert not any(t.startswith("Пане") for t, _ in got)   # the question reports no one


def test_a_closing_frame_in_a_question_reports_no_one(pipe):
    text = "Ситуація на кордоні стабільна, як ви вважаєте?"
    assert quotes(pipe, text) == []

"""Quotes and speakers in media news of several genres (agency items, regional news,
interviews, press releases relaying a person), end to end: short items written for these
tests."""

from khronika.document import Document

from quote_helpers import FOREIGN, analysed, kinds_heads, pipe_fixture, reader


pipe = pipe_fixture(FOREIGN)
quotes = reader(kinds_heads, "2025-11-24")


def test_title_word_ends_the_sentence_before_the_quote(pipe):
    # "ракет" may name a missile in marks ("ракета «Фламінго»"), but not across a full stop
    got = quotes(pipe, "Сибіга говорив про виробництво ракет. «Вони купують деталі в Азії», "
                       "– пояснив Сибіга.")
    assert got == [("direct", "Вони", "andrii-sybiha")]


def test_russian_words_after_an_address_verb_and_colon(pipe):
    # a passage in Russian has no Ukrainian verbs to show it is speech; the colon after
    # "звернулася до ...:" hands over to the words, which stay marked as Russian
    text = ("Прем'єр-міністр Юлія Свириденко звернулася до мешканців окупованих міст: "
            "«Мы вас не бросим. Держитесь».")
    doc = analysed(pipe, text, "2025-11-24")
    assert [(q.kind, q.text.split()[0], q.speaker, q.cue.text if q.cue else None)
            for q in doc.quotes] == [("direct", "Мы", "yulia-svyrydenko", "звернулася")]
    assert doc.foreign_spans


def test_an_address_verb_without_a_colon_says_nothing(pipe):
    assert quotes(pipe, "Мер міста звернувся до суду з позовом «Про захист ділової репутації».") == []


def test_interview_named_after_its_questions(pipe):
    # the questions come first and the closing line names who answered
    text = ("– Чи готові лікарні до відключень?\n"
            "– Так, кожна має генератор і запас пального на тиждень.\n"
            "– А школи?\n"
            "– Школи теж, але не всі.\n"
            "Про зиму ми поговорили з прем'єр-міністеркою Юлією Свириденко.")
    assert quotes(pipe, text) == [("direct", "Так,", "yulia-svyrydenko"),
                                  ("direct", "Школи", "yulia-svyrydenko")]


def test_a_story_after_a_lead_keeps_its_lead(pipe):
    # a lead before the questions names the interviewee; the line after them is narration
    text = ("Юлія Свириденко дала інтерв'ю.\n"
            "– Чи готові лікарні до відключень?\n"
            "– Так, кожна має генератор.\n"
            "Раніше з нею говорив Андрій Сибіга.")
    assert quotes(pipe, text) == [("direct", "Так,", "yulia-svyrydenko")]


def test_ova_without_its_region_is_the_region_of_the_text(pipe):
    got = quotes(pipe, "Уночі на Херсонщині внаслідок обстрілу знеструмлено три села. "
                       "Про це повідомили в ОВА.")
    assert got == [("indirect", "Уночі", "kherson-ova")]
    got = quotes(pipe, "Як зазначили в обласній військовій адміністрації, у Полтаві "
                       "відновили подачу води.")
    assert got == [("indirect", "у", "poltava-ova")]


def test_ova_of_no_one_region_is_no_junk_body(pipe):
    doc = pipe(Document("Рятувальники працювали всю ніч. За даними ОВА, пожежу загасили.",
                        date="2025-11-24"))
    assert [q.speaker for q in doc.quotes] == [None]
    assert not any(e.name_uk in ("ОВА", "Ова") for e in doc.entities.values())


def test_one_who_speaks_for_the_body_just_named(pipe):
    # no name of his own: the body he speaks for is the best speaker the text gives
    got = quotes(pipe, "Національна поліція затримала двох шахраїв. «Вони ошукали понад сто "
                       "пенсіонерів», – зазначив представник відомства.")
    assert got == [("direct", "Вони", "national-police-of-ukraine")]
    got = quotes(pipe, "Нацбанк знизив облікову ставку. Речник регулятора пояснив, що ціни "
                       "зростають повільніше.")
    assert got == [("indirect", "ціни", "national-bank-of-ukraine")]


def test_one_who_speaks_for_no_body_named_is_nobody(pipe):
    got = quotes(pipe, "Уночі над областю збили шість дронів. «Постраждалих немає», – "
                       "зазначив речник відомства.")
    assert got == [("direct", "Постраждалих", None)]


def test_a_short_name_in_marks_inside_russian_is_no_quote(pipe):
    text = ("Президент звернувся до росіян.\n\nВы помните, как называли то десятилетие – "
            "«золотые нулевые»? Тогда казалось, что впереди только рост.")
    assert quotes(pipe, text) == []


def test_oda_the_entity_layer_took_for_a_body_of_its_own(pipe):
    doc = pipe(Document("На Рівненщині вітер пошкодив лінії електропередачі. Як повідомили в "
                        "ОДА, без світла лишаються 40 сіл.", date="2025-11-24"))
    assert [q.speaker for q in doc.quotes] == ["rivne-ova"]
    assert "oda" not in doc.entities


def test_a_bare_word_for_a_person_refers_back_to_the_one_just_named(pipe):
    got = quotes(pipe, "Голова Херсонської ОВА Олександр Прокудін оглянув зруйновану школу. "
                       "«Відбудуємо до вересня», – пообіцяв посадовець.")
    assert got == [("direct", "Відбудуємо", "oleksandr-prokudin")]
    got = quotes(pipe, "Сергій Марченко підписав угоду з банком. За словами урядовця, кредит "
                       "спрямують на зарплати вчителям.")
    assert got == [("indirect", "кредит", "serhiy-marchenko")]


def test_a_described_official_may_be_an_unnamed_source(pipe):
    got = quotes(pipe, "Сергій Марченко підписав угоду з банком. Американський посадовець "
                       "заявив, що кредит затвердять за тиждень.")
    assert got == [("indirect", "кредит", None)]
    got = quotes(pipe, "Сергій Марченко підписав угоду з банком. Урядовці вже заявили, що "
                       "кредит затвердять за тиждень.")
    assert got == [("indirect", "кредит", None)]


def test_so_commented_with_the_object_before_the_verb(pipe):
    got = quotes(pipe, "«Ворог втратив ініціативу». Так події минулого тижня прокоментував "
                       "Олександр Сирський.")
    assert got == [("direct", "Ворог", "oleksandr-syrskyi")]


def test_a_medium_named_after_its_common_noun(pipe):
    got = quotes(pipe, "За даними видання Politico, Брюссель відклав голосування.")
    assert got == [("indirect", "Брюссель", "politico")]
    got = quotes(pipe, "Брюссель відклав голосування, пише газета «Дзеркало тижня».")
    assert got == [("indirect", "Брюссель", "dzerkalo-tyzhnia")]


def test_a_name_in_marks_that_opens_on_a_place_adjective(pipe):
    # "Європейська" alone would be Europe's adjective; in marks it begins a medium's name
    got = quotes(pipe, "Брюссель відклав голосування, пише «Європейська правда».")
    assert got == [("indirect", "Брюссель", "yevropeiska-pravda")]


def test_an_unnamed_source_is_nobody_the_text_names(pipe):
    got = quotes(pipe, "Андрій Сибіга прилетів до Варшави. Джерело в МЗС розповіло, що візит "
                       "триватиме два дні.")
    assert got == [("indirect", "візит", None)]
    got = quotes(pipe, "За словами джерел «Української правди», візит перенесли.")
    assert got == [("indirect", "візит", None)]
    got = quotes(pipe, "Київ отримав нові літаки, повідомляє Reuters з посиланням на джерела.")
    assert got == [("indirect", "Київ", "reuters")]


def test_a_banker_is_the_central_banker_just_named(pipe):
    got = quotes(pipe, "Андрій Пишний пояснив рішення правління. «Інфляція сповільнюється», "
                       "– запевнив банкір.")
    assert got == [("direct", "Інфляція", "andriy-pyshnyi")]


def test_a_region_s_body_in_the_genitive_of_a_frame(pipe):
    got = quotes(pipe, "У Черкасах уночі збили два дрони. За даними обласної військової "
                       "адміністрації, уламки пошкодили дах школи.")
    assert got == [("indirect", "уламки", "cherkasy-ova")]
    got = quotes(pipe, "Андрій Сибіга прилетів до Варшави. За даними обласної військової "
                       "адміністрації, постраждалих немає.")
    assert got == [("indirect", "постраждалих", None)]


def test_a_body_named_as_subject_before_an_unknown_name_after_a_preposition(pipe):
    # the entity layer may take an exam's or a programme's abbreviation for a body; the
    # body the sentence is about is who its spokesman speaks for
    doc = pipe(Document("Міністерство освіти оголосило зміни до ЗНО. «Іспит стане коротшим», "
                        "– зазначив речник відомства.", date="2025-11-24"))
    speaker = doc.entities[doc.quotes[0].speaker]
    assert speaker.name_uk.startswith("Міністерство освіти")


def test_a_state_named_as_a_side(pipe):
    got = quotes(pipe, "Сергій Лавров запропонував зустріч у Стамбулі. Українська сторона "
                       "відповіла, що місце переговорів ще не обрано.")
    assert got == [("indirect", "місце", "ukraine")]
    got = quotes(pipe, "Як зазначили в американській стороні, консультації тривали шість годин.")
    assert got == [("indirect", "консультації", "united-states")]


def test_a_speaker_before_a_parenthetical_set_off_by_commas_speaks():
    from khronika.pipeline import analyze
    for text in ("Сибіга зустрівся з Сікорським. Сікорський, своєю чергою, запевнив, що Варшава "
                 "продовжить підтримувати Київ.",
                 "Сибіга зустрівся з Сікорським. Польський міністр, зі свого боку, наголосив, що "
                 "Варшава допомагатиме."):
        doc = analyze(text, "2025-11-12")
        assert [q.speaker for q in doc.quotes] == ["radoslaw-sikorski"], text


def test_a_states_leader_is_the_person_of_that_state_just_named(pipe):
    # "словацького лідера" after Fico is Fico, not the holder of another Slovak office
    got = quotes(pipe, "Прем'єр-міністр Словаччини Роберт Фіцо відмовився підписати заяву. "
                       "За словами словацького лідера, документ шкодить інтересам країни.", "2025-03-04")
    assert got == [("indirect", "документ", "robert-fico")]


def test_a_name_of_the_verbs_gender_after_it_speaks_though_read_first_as_a_genitive(pipe):
    # "Кая" is first a genitive of the man's name "Кай"; after "заявила" it is Kaja Kallas
    got = quotes(pipe, "Брюссель готує новий пакет обмежень, заявила Кая Каллас.", "2026-02-10")
    assert got == [("indirect", "Брюссель", "kaja-kallas")]

"""Speakers in news genres (issue 17, Q19): reportage that refers back to a person by sex, age
or trade ("– каже жінка", "– наголосив прокурор", "– додав міський голова"), and statements
whose document speaks for the body that issued it ("У заяві йдеться", "Як зазначено в
повідомленні"). Short items written for these tests."""
import pytest

from khronika.extract.quotes import lexicon

from quote_helpers import FOREIGN, analysed, kinds_heads, pipe_fixture, reader


pipe = pipe_fixture(FOREIGN)
quotes = reader(kinds_heads, "2025-03-18")


def test_the_data_holds_epithets_and_document_verbs():
    lex = lexicon()
    assert {"жінка", "чоловік", "прокурор", "експерт"} <= lex.person_epithets
    assert "міський" in lex.epithet_adjectives
    assert {"йтися", "зазначатися"} <= lex.document_verbs


@pytest.mark.parametrize("text,who", [
    ("Жителька Борисполя Оксана Дем'яненко показує розбиту теплицю. «Усе, що ми виростили, "
     "загинуло за одну ніч», – каже жінка.", "oksana-demianenko"),
    ("Пасічник Степан Гордійчук втратив половину вуликів. «Бджоли не пережили морозів», "
     "– додав чоловік.", "stepan-hordiichuk"),
    ("Аналітикиня Марина Костенко прогнозує зростання цін. Як зазначила експертка, "
     "подорожчання триватиме до осені.", "maryna-kostenko"),
])
def test_a_person_named_then_called_by_sex_or_trade_speaks(pipe, text, who):
    got = quotes(pipe, text)
    assert got and got[-1][2] == who


def test_the_trade_word_finds_the_one_introduced_with_it(pipe):
    # a lawyer was named after the prosecutor: "– наголосив прокурор" is still the prosecutor
    text = ("Прокурор Тарас Білик вимагав арешту. Захищав обвинуваченого адвокат Максим Ярош. "
            "«Підозрюваний тиснув на свідків», – наголосив прокурор.")
    assert quotes(pipe, text)[-1][2] == "taras-bilyk"


def test_the_mayor_named_by_his_office_word_speaks(pipe):
    # a mayor the knowledge base does not list, named in the paragraph before
    text = ("Міська рада Бахмача затвердила бюджет. Петро Сидоренко пояснив, що більшість "
            "коштів піде на укриття.\n\n«Ми не можемо відкладати ремонт шкіл», – наголосив "
            "міський голова.")
    got = quotes(pipe, text)
    assert got[-1][1] == "Ми" and got[-1][2] == "petro-sydorenko"


def test_a_pensioner_who_is_indignant_speaks(pipe):
    text = ("Нову зупинку перенесли на кілометр. «Тепер я ходжу до автобуса пів години», – "
            "обурюється пенсіонерка Ганна Рибченко.")
    assert quotes(pipe, text) == [("direct", "Тепер", "hanna-rybchenko")]


def test_a_statement_speaks_for_the_body_that_issued_it(pipe):
    text = ("Командування Повітряних сил оприлюднило звіт за ніч. «Збито сорок ударних дронів "
            "над північними областями», – ідеться у зведенні.")
    got = quotes(pipe, text)
    assert got[-1][1] == "Збито" and got[-1][2] is not None
    doc = analysed(pipe, text, "2025-03-18")
    assert "Повітряні сили" in doc.entities[got[-1][2]].name_uk


def test_an_impersonal_verb_of_a_document_is_reported_speech(pipe):
    text = ("Служба безпеки України затримала агента ворога в Полтаві. Як зазначено в "
            "повідомленні, чоловік передавав координати блокпостів.")
    got = quotes(pipe, text)
    assert [(k, w) for k, w, _ in got] == [("indirect", "чоловік")]
    assert got[0][2] is not None and got[0][2] != "NOBODY"


def test_a_document_with_no_issuer_named_is_no_persons_word(pipe):
    # the last person named did not write the decree: nobody, never him
    text = ("Депутат Роман Лісничий проголосував проти. У постанові зазначається, що "
            "тарифи переглянуть у червні.")
    got = quotes(pipe, text)
    assert got and got[-1][1] == "тарифи" and got[-1][2] != "roman-lisnychyi"


def test_a_stance_after_a_parenthetical_has_its_subject_before_it(pipe):
    text = ("Економіст Богдан Ярмоленко, своєю чергою, переконаний, що гривня до літа "
            "стабілізується.")
    assert quotes(pipe, text) == [("indirect", "гривня", "bohdan-yarmolenko")]


@pytest.mark.parametrize("text", [
    # the inner speaker is a relative or neighbour no entity names: nobody, not the narrator
    "Письменниця Олена Гребінь розповіла, що її бабуся завжди повторювала: «Хліб не "
    "викидають».",
    "Олена Гребінь згадує дитинство. Її бабуся казала: «Хліб не викидають».",
])
def test_an_unnamed_relative_quoted_inside_is_not_the_narrator(pipe, text):
    got = quotes(pipe, text)
    assert got and got[-1][1] == "Хліб" and got[-1][2] is None


def test_a_named_inner_speaker_still_speaks(pipe):
    text = ("Посол Естонії Анніка Пярн нагадала, що Путін казав: «Естонія – тимчасова "
            "держава».")
    got = quotes(pipe, text)
    assert got[-1][1] == "Естонія" and got[-1][2] == "vladimir-putin"


def test_a_bare_title_goes_back_to_the_one_it_introduced(pipe):
    # "директор" is in no list of epithets: the word that introduced him ties them, past a
    # paragraph about someone else
    text = ("У Полтаві відкрили центр протезування. Директор центру Тимофій Гаврилюк розповів, "
            "що протези виготовляють за два тижні.\n\nПацієнт Остап Волошин чекав на протез "
            "пів року. «Нарешті я знову за кермом», – каже чоловік.\n\nЯк зазначив директор, "
            "наступного року центр прийматиме вдвічі більше людей.")
    got = quotes(pipe, text)
    assert got[-1][1] == "наступного" and got[-1][2] == "tymofii-havryliuk"


def test_a_body_named_on_the_way_issued_no_document(pipe):
    # the petrol station where the bribe was taken did not write the verdict: nobody
    text = ("Посадовець отримав хабар на заправці «Вектор-Ойл» у Житомирі. У суді обвинувачений "
            "визнав провину. У вироку зазначається, що чоловік раніше не був судимий.")
    got = quotes(pipe, text)
    assert got and got[-1][1] == "чоловік" and got[-1][2] is None


def test_the_issuer_is_found_past_a_prepositional_opening(pipe):
    text = ("Напередодні Дня Конституції Генштаб попередив про загрозу ракетних ударів. Як "
            "йдеться в повідомленні, громадянам варто зважати на сигнали тривоги.")
    got = quotes(pipe, text)
    assert got[-1][1] == "громадянам" and got[-1][2] is not None
    doc = analysed(pipe, text, "2025-06-27")
    assert "штаб" in doc.entities[got[-1][2]].name_uk.lower()


@pytest.mark.parametrize("text", [
    # a chief named only to say whose deputy speaks; a court is no person introduced as "суд"
    "Прокурор Назар Гуменюк виступив на засіданні. Заступник прокурора області у позовній "
    "заяві стверджує, що землю продали незаконно.",
    "Суддя Інна Мороз головувала на засіданні, а суд перевірив докази. Як зауважує суд, "
    "договір підписали без погодження.",
])
def test_only_a_subject_or_a_frames_owner_refers_back(pipe, text):
    got = quotes(pipe, text)
    assert got and got[-1][2] is None


def test_indignation_attributes_only_after_a_quote(pipe):
    text = ("Читачі, мабуть, обуряться: це все вигадки, скажуть вони. Пенсіонер Яким Дорош "
            "прийшов на збори. «Нам обіцяли новий дах ще торік», – обурюється чоловік.")
    got = quotes(pipe, text)
    assert [w for _, w, _ in got] == ["Нам"] and got[0][2] == "yakym-dorosh"


def test_a_qualified_office_word_refers_back_only_to_a_speaker(pipe):
    # the suspect named before is no prosecutor; the head of the community just quoted is
    text = ("Наразі Кирило Дрозд переховується від слідства. Торік прокурор Черкаської області "
            "повідомив, що Дрозд може бути за кордоном.")
    assert quotes(pipe, text)[-1][2] is None
    text = ("«Школу відремонтували за власні кошти», – зауважує Мирон Гайовий. Голова громади "
            "розповідає, що перші місяці працювали без вихідних.")
    assert quotes(pipe, text)[-1][2] == "myron-haiovyi"


def test_an_impersonal_verb_takes_no_subject_from_the_sentence_before(pipe):
    text = ("Підрядником ремонту знову обрали ТОВ «Будмайстер-Плюс». В обґрунтуванні закупівлі "
            "наголошується, що ремонт не можна відкладати до весни.")
    got = quotes(pipe, text)
    assert got and got[-1][1] == "ремонт" and got[-1][2] is None


def test_an_interviews_questions_are_the_outlets_the_lead_names(pipe):
    text = ("Голова Держгеонадр Роман Опімах в інтерв'ю «Українській правді» розповів про "
            "нові аукціони.\n\n– Коли відбудуться перші торги?\n\n– Уже в березні, ми готуємо "
            "дванадцять ділянок.\n\n– Хто може взяти участь?\n\n– Будь-яка компанія без "
            "зв'язків з державою-агресором.")
    got = quotes(pipe, text)
    doc = analysed(pipe, text, "2025-03-18")
    asks = [sp for _, w, sp in got if w in ("Коли", "Хто")]
    assert len(asks) == 2 and asks[0] == asks[1] and asks[0] is not None
    assert "правд" in doc.entities[asks[0]].name_uk.lower()
    assert [sp for _, w, sp in got if w in ("Уже", "Будь-яка")] == ["roman-opimakh"] * 2


def test_questions_of_no_named_outlet_stay_unquoted(pipe):
    text = ("Ми поговорили з головою громади Тарасом Білоусом.\n\n– Чи є в громаді укриття?"
            "\n\n– Так, у кожній школі.")
    assert [w for _, w, _ in quotes(pipe, text)] == ["Так,"]

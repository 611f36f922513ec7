"""Quotes on real untuned text (issue 17, Q21): names in marks that texts printed one sentence
a line cut after an inner stop, the initials of a firm's name, an editor's "Нагадаємо," before
a name, and a character of a story who speaks as "дід" or "мати" (not the last person named,
nor the one whose pronoun is the verb's object), an outlet word or a pronoun after an unnamed
subject that must not fall back to a person named further back. Short items written for these tests."""
import pytest

from khronika.extract.quotes import lexicon

from quote_helpers import FOREIGN, pipe_fixture, reader, spans


pipe = pipe_fixture(FOREIGN)
quotes = reader(spans, "2021-05-12")


def test_the_data_holds_kin_words():
    assert {"дід", "бабуся", "мати", "хлопчик"} <= lexicon().kin_words


@pytest.mark.parametrize("text", [
    "Сільрада купила новий автобус для школи.\nПро це пишуть «Вісті.\nПолтава» з посиланням "
    "на дані системи закупівель.\nАвтобус прибуде у вересні.",
    "Фонд виграв грант на ремонт бібліотеки.\nЖурналісти «Слово.\nОдеса» стверджували, що "
    "фонд належить меру.\nМер це заперечує.",
    "Біля входу повісили нову табличку.\nНа ній написано «Міський архів.\nВідділ старих "
    "карт» .\nАрхів працює щодня.",
])
def test_a_name_cut_by_a_line_break_is_no_quote(pipe, text):
    got = quotes(pipe, text)
    assert not any(t.startswith(("Вісті", "Полтава", "Слово", "Одеса", "Міський архів", "Відділ"))
                   for t, _ in got)


def test_speech_cut_by_a_line_break_stays_speech(pipe):
    text = ("Міністр освіти Тарас Гнатюк відвідав школу.\nМіністр сказав: «Ми відремонтуємо "
            "спортзал.\nІ дах теж», – додав він.")
    got = quotes(pipe, text)
    assert [t for t, _ in got] == ["Ми відремонтуємо спортзал.", "І дах теж"]


@pytest.mark.parametrize("text", [
    "ТОВ «Б. Д.» отримало підряд на ремонт мосту.",
    "Суд оштрафував фірму «Т. К. М.» за змову на торгах.",
    "Нагадаємо, «Дніпроводбуд» у травні пропонував облраді продовжити договір.",
])
def test_a_firm_named_in_marks_is_no_quote(pipe, text):
    assert quotes(pipe, text) == []


@pytest.mark.parametrize("text", [
    "Дід сидів біля хлопчика Остапа. Дід погладив його по голові й прошепотів: «Не бійся, "
    "гроза мине!»",
    "Онук Остап сів біля старого. Старий погладив його по плечу й прошепотів: «Не бійся, "
    "гроза мине!»",
    "Дарина Коваль довго мовчала за столом. Мати подивилася на доньку й сказала: «Не бійся, "
    "гроза мине!»",
])
def test_a_character_named_by_kin_or_age_is_not_the_last_named(pipe, text):
    got = quotes(pipe, text)
    assert got and got[-1][0].startswith("Не бійся") and got[-1][1] is None



def test_an_outlet_word_never_speaks_as_the_person_named_before(pipe):
    # the medium was named lines before; "видання" itself was used since, so nothing resolves
    # it, and the person of the sentence before (or of the claim) is not who speaks
    text = ("Про це пише Марта Стельмах на сайті «Вечірній Луцьк».\nРемонт доріг веде фірма "
            "«Шлях-Р».\nЗа даними видання, фірма отримала підряди на 30 млн грн.\nДиректор фірми "
            "Богдан Литвин раніше працював в облавтодорі.\nЯк зазначає видання, Богдан Литвин є "
            "братом заступника мера.")
    got = quotes(pipe, text)
    assert got[-1][0].startswith("Богдан Литвин є") and got[-1][1] is None


def test_a_medium_is_named_beside_a_speech_word_of_its_own_sentence(pipe):
    # «Деревпром» in the sentence before is a seller, not the medium "видання" stands for
    text = ("Про це пише Ірина Бондар.\nФірма «Лісторг» купила пилораму в компанії «Деревпром».\n"
            "Як зазначає видання, фірма планує розширення.")
    got = quotes(pipe, text)
    assert got[-1][0].startswith("фірма планує") and got[-1][1] is None


@pytest.mark.parametrize("text,who", [
    # the representative the sentence before made its subject speaks for his body, not the
    # journalist named earlier
    ("Суд розглядав справу про вирубку лісу. Про це пише Павло Гнатів у «Волинських новинах». "
     "Проти арешту підозрюваного виступив представник Міноборони. Свою участь він пояснив тим, "
     "що «міністерство відповідає за закупівлі».", "ministry-of-defence-of-ukraine"),
    # an unnamed witness: nobody the text names
    ("Олег Шевчук прийшов на засідання комісії. На засіданні виступив свідок. Він розповів, що "
     "бачив вантажівки вночі.", None),
])
def test_a_pronoun_after_an_unnamed_subject_is_not_the_name_before(pipe, text, who):
    got = quotes(pipe, text)
    assert got and got[-1][1] == who


def test_a_court_named_at_the_top_speaks_lines_later(pipe):
    # one sentence a line: the court was named six lines (six paragraphs) before
    text = ("Суд відмовив міськраді у стягненні боргу з перевізника.\nПро це свідчить рішення "
            "Господарського суду Черкаської області від 3 березня.\nПеревізник возив пасажирів "
            "без договору.\nМіськрада нарахувала йому 2 млн грн збитків.\nПеревізник збитки не "
            "сплатив.\nТоді міськрада звернулася до суду.\nЯк вказав суд, договір не укладено "
            "з вини самої міськради.")
    got = quotes(pipe, text)
    assert got[-1][0].startswith("договір не укладено")
    assert got[-1][1] == "hospodarskyi-sud-cherkaskoi-oblasti"


@pytest.mark.parametrize("text,who", [
    # a text printed from a tokenized corpus: a space before every comma and stop
    ("Нову школу в селі добудують до осені . « Ми відкриємо її першого вересня » , - каже "
     "директорка Ганна Мороз .", "hanna-moroz"),
    ("Голова громади Степан Лук'янчук зустрівся з батьками .\n\n« Басейн не закриють .\nТренери "
     "залишаться на роботі » , – запевнив Степан Лук'янчук .", "stepan-lukianchuk"),
])
def test_an_attribution_after_a_spaced_comma_names_the_speaker(pipe, text, who):
    got = quotes(pipe, text)
    assert got and all(s == who for _, s in got)


def test_dash_turns_of_two_named_people_alternate(pipe):
    # the asker and the one who answers name themselves; the turns after them alternate
    text = ("Ганна глянула на Остапа через стіл.\n— Ти поїдеш у суботу? — спитала Ганна.\n"
            "— Поїду, — сказав Остап.\n— А коли повернешся?\n— У понеділок.\n— Я приготую вечерю.")
    got = quotes(pipe, text)
    assert [t for t, _ in got] == ["Ти поїдеш у суботу?", "Поїду", "А коли повернешся?",
                                   "У понеділок.", "Я приготую вечерю."]
    first, second = got[0][1], got[1][1]
    assert first and second and first != second
    assert [s for _, s in got] == [first, second, first, second, first]


def test_the_words_a_reply_answers_are_not_the_repliers(pipe):
    # "кричали очі" names no speaker; the reply after it is the other one's
    text = ("Двері відчинилися, і в палату вбігла Уляна.\n«Ти живий!» — кричали її очі. "
            "«Живий, але не для тебе», — відповів Назар Дорош. «Не кажи так!» «Іди додому».")
    got = quotes(pipe, text)
    said = dict(got)
    assert said["Ти живий!"] != "nazar-dorosh"
    assert said["Живий, але не для тебе"] == "nazar-dorosh"
    assert said["Не кажи так!"] != "nazar-dorosh"


def test_an_attribution_inside_a_quote_of_several_paragraphs_names_its_speaker(pipe):
    # the attribution stands in a middle paragraph; the first dash there goes on with the
    # speech ("– вирішуємо ми самі"), the second hands over to the narrator
    text = ("Бібліотека отримала нові книжки.\n\n«Це книги для тих, хто хоче вчитися.\n\n"
            "А що читати, – вирішуємо ми самі, – переконаний Тарас Вербицький, директор "
            "бібліотеки. – Ці книги не залишать байдужим.\n\nВони допоможуть зробити вибір».")
    got = quotes(pipe, text)
    assert [t for t, _ in got] == ["Це книги для тих, хто хоче вчитися.",
                                   "А що читати, – вирішуємо ми самі",
                                   "Ці книги не залишать байдужим.", "Вони допоможуть зробити вибір"]
    assert {s for _, s in got} == {"taras-verbytskyi"}


def test_a_bare_title_is_the_person_introduced_with_it_far_back_and_named_since(pipe):
    text = ("У театрі відбулася прем'єра вистави у постановці режисера Івана Тарасюка.\n\n"
            "Глядачі побачили нову сценографію.\n\nАктори грали по дві ролі.\n\n"
            "Зал аплодував стоячи.\n\nТарасюк уникає моралізаторства.\n\n"
            "Актор Петро Гнатюк зіграв дві ролі.\n\n"
            "Режисер в інтерв'ю сказав: «Ця вистава про надію».")
    got = quotes(pipe, text)
    assert got == [("Ця вистава про надію", "ivan-tarasiuk")]


def test_a_title_in_another_case_before_a_name_introduces_no_one(pipe):
    # "глузування росіянина Петренко": the Russian's mockery, Petrenko's answer
    text = ("— Ліс тут чистий, — пожартував Іван.\n\n— Такі дірки не латають, — не підтримав "
            "глузування росіянина Петренко.\n\n— Я такого ніколи не бачив, — додав росіянин.")
    got = quotes(pipe, text)
    assert got[-1][0].startswith("Я такого") and got[-1][1] != "petrenko"

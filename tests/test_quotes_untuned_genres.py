"""Quotes on real text no rule was tuned on (issue 17, Q22): dialogue turns of fiction that a
narrator's action attributes instead of a speech verb, a medium named as the outlet of the one
the words were told to, and the titles of numbered acts in marks. Every text here is written
for these tests."""
import pytest

from khronika.extract.quotes import lexicon

from quote_helpers import FOREIGN, pipe_fixture, reader, spans_or_none

pipe = pipe_fixture(FOREIGN)
quotes = reader(spans_or_none, "2019-04-16")


def test_the_data_holds_the_pronouns_an_action_opens_with_and_the_verbs_of_thanks():
    assert {"він", "вона"} <= lexicon().action_subject_pronouns
    assert {"подякувати", "привітати"} <= lexicon().colon_verbs
    assert {"змі", "преса"} <= lexicon().source_nouns


ACTION_TURNS = [
    # a named person, then his verb of action: the narration is no part of the turn
    ("Максим довго мовчав біля вікна.\n\n— Ходімо вже додому, — Максим підвівся з лавки.",
     [("Ходімо вже додому", "maksym")]),
    # the speech resumes after the action, in the same turn
    ("Ірина поверталася з ринку.\n\n— Зачекай хвилину, — Ірина поправила шарф. — Я ще не "
     "допила чай.",
     [("Зачекай хвилину", "iryna"), ("Я ще не допила чай.", "iryna")]),
    # an adverb between the name and the verb
    ("Степан сидів на ґанку.\n\n— Дощ буде, — Степан знову глянув на небо.",
     [("Дощ буде", "stepan")]),
]


@pytest.mark.parametrize("text,expected", ACTION_TURNS)
def test_a_turn_attributed_by_the_speakers_action_is_his(pipe, text, expected):
    got = quotes(pipe, text)
    assert [(t, sp is not None and expected[0][1] in sp) for t, sp in got] == \
        [(t, True) for t, _ in expected], got


def test_a_pronoun_and_a_negated_action_attribute_the_turn_to_the_one_named_before(pipe):
    got = quotes(pipe, "Галина перебирала старі листи.\n\n— Не поспішай, — вона не підвела "
                       "очей. — Ще встигнемо.")
    assert [t for t, _ in got] == ["Не поспішай", "Ще встигнемо."]
    assert all(sp and "halyna" in sp for _, sp in got), got


def test_a_turn_after_a_narrators_paragraph_is_found_by_its_action(pipe):
    got = quotes(pipe, "Олег і Марта сиділи мовчки.\n\nМарта всміхнулася.\n\n— Добре, — Олег "
                       "знову сів до столу.")
    assert [t for t, _ in got] == ["Добре"]
    assert got[0][1] and "oleh" in got[0][1], got


@pytest.mark.parametrize("text", [
    "Тарифи на воду зростуть із травня. Про це власкору IA ZIK повідомили в обласній "
    "раді.",
    "«Графіків відключень не буде», – сказав представник міністерства журналісту агентства "
    "УНІАН у вівторок.",
    "Ціни на хліб зростуть восени. Про це кореспонденту Укрінформу розповів представник "
    "асоціації пекарів.",
])
def test_the_outlet_of_the_one_spoken_to_never_speaks(pipe, text):
    got = quotes(pipe, text)
    assert len(got) == 1, got
    speaker = got[0][1] or ""
    assert not any(outlet in speaker for outlet in ("zik", "unian", "ukrinform")), got


@pytest.mark.parametrize("text", [
    # a long title with a relative clause and a verb in it, as acts are often named
    "Визнати таким, що втратило чинність, розпорядження Кабінету Міністрів України від "
    "14 березня 2019 р. № 212 “Про передачу земельної ділянки державного підприємства, яке "
    "перебуває у стані припинення, до комунальної власності територіальної громади села "
    "Гатне”.",
    "Наказом міністерства від 3 квітня 2020 року № 45/7 \"Про затвердження порядку обліку "
    "техніки, що надійшла як гуманітарна допомога від іноземних партнерів у зв'язку з "
    "повенню\" встановлено нові правила.",
    "Відповідно до постанови уряду від 5 липня 2017 р. № 480 «Деякі питання використання "
    "коштів, які спрямовуються на відновлення мостів і доріг, пошкоджених під час паводку» "
    "комісія перевірила звіти.",
    # the wording of an award after the decree's number and date
    "Указом Президента України № 112/2019 від 7 травня 2019 року «за значний особистий внесок "
    "у розвиток місцевого самоврядування, який приніс громаді нові школи, та багаторічну "
    "сумлінну працю» нагороджено голову громади.",
])
def test_the_title_of_a_numbered_act_is_no_quote(pipe, text):
    assert quotes(pipe, text) == []


def test_an_unnamed_actor_speaks_not_the_one_his_action_names(pipe):
    got = quotes(pipe, "Андрій розклав карту на капоті.\n\n— А я з ким? — сусід недовірливо "
                       "глянув на Андрія.")
    assert got == [("А я з ким?", None)]


def test_the_verb_of_the_action_may_come_before_the_actor(pipe):
    got = quotes(pipe, "Василь лежав у палаті вже тиждень.\n\n— Коли мене випишуть? — Василь "
                       "дивився у стелю.\n\n— Через місяць, — розвела руками лікарка.")
    assert [t for t, _ in got] == ["Коли мене випишуть?", "Через місяць"]
    assert got[0][1] and "vasyl" in got[0][1] and got[1][1] is None, got


def test_the_actor_after_a_negated_verb_and_its_object_speaks(pipe):
    got = quotes(pipe, "Тарас і Ганна оглядали старий паркан.\n\n— Такі дірки не латають, — "
                       "не підтримав жарту сусідки Тарас, — їх легко замкнути.\n\n— Ось так і "
                       "має виглядати сад, — перехопив Ганнин погляд Тарас.")
    assert [t for t, _ in got] == ["Такі дірки не латають", "їх легко замкнути.",
                                   "Ось так і має виглядати сад"]
    assert all(sp and "taras" in sp for _, sp in got), got


def test_an_unnamed_actor_is_not_the_one_who_spoke_the_turn_before(pipe):
    got = quotes(pipe, "Андрій розклав карту на капоті.\n\n— Ходімо вже, — Андрій підвівся."
                       "\n\n— А я з ким? — сусід недовірливо глянув на нього.")
    assert got[-1] == ("А я з ким?", None), got


@pytest.mark.parametrize("text,who", [
    ("Під час зустрічі голова федерації Ігор Лисенко подякував волонтерам за роботу: «Без вас "
     "ми б не впоралися з таким потоком гостей». Столиця готова, доповів мер міста Віталій "
     "Кличко: «Ми маємо цілий рік на підготовку».", "ihor-lysenko"),
    ("Ректорка університету Олена Бойко привітала першокурсників: «Сьогодні ви стаєте "
     "частиною великої родини». Декан факультету Петро Гуменюк додав: «Чекаємо вас на "
     "лекціях».", "olena-boiko"),
])
def test_one_who_thanks_or_greets_before_a_colon_says_the_words(pipe, text, who):
    got = quotes(pipe, text)
    assert got[0][1] == who, got


@pytest.mark.parametrize("text", [
    "Суддю Петра Гнатюка призначили головою суду. За даними місцевих ЗМІ, у 2012 році Гнатюк "
    "був членом Партії регіонів.",
    "Засновником фірми є Олег Савчук, за даними ЗМІ, колишній заступник директора ДП «Ліси».",
    "Мер Львова Андрій Садовий прибув до Варшави. Як пише польська преса, Садовий обговорив з "
    "колегами відбудову шкіл.",
])
def test_media_left_unnamed_are_nobodys_words_not_the_persons_they_are_about(pipe, text):
    got = quotes(pipe, text)
    assert len(got) == 1 and got[0][1] is None, got


def test_media_left_unnamed_do_not_take_the_medium_named_before(pipe):
    got = quotes(pipe, "Першими засновниками фірми, за даними видання «Наші гроші», були Олег "
                       "Савчук і Петро Гнатюк. Ці засновники, за даними ЗМІ, причетні до "
                       "створення ще двох фірм.")
    assert got[-1] == ("причетні до створення ще двох фірм", None), got


def test_the_data_holds_the_units_and_verbs_of_an_amending_act():
    assert {"слово", "цифра"} <= lexicon().amended_units
    assert {"замінити", "доповнити"} <= lexicon().amendment_verbs


@pytest.mark.parametrize("text", [
    "Внести до пункту 4 порядку зміну, замінивши у графі “Термін” слова і цифри “червень "
    "2018 р.” словами і цифрами “протягом шести місяців після завершення ремонту, але не "
    "пізніше ніж до кінця року”.",
    "Абзац другий доповнити після слова “для” словами “ремонту шкіл, що постраждали від "
    "обстрілів, і закупівлі обладнання, якого бракує лікарням”.",
])
def test_the_wording_an_act_amends_is_no_quote(pipe, text):
    assert quotes(pipe, text) == []


def test_words_a_person_addresses_are_still_speech_after_slovamy(pipe):
    # no verb of amending in the sentence: "зі словами «...»" hands over to speech
    got = quotes(pipe, "Командир звернувся до бійців зі словами «Ми пишаємося вами і чекаємо "
                       "вас удома».")
    assert [t for t, _ in got] == ["Ми пишаємося вами і чекаємо вас удома"]

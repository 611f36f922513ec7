"""Events recall on happenings told in ways the lexicon did not read (issue 16, part C15):
a happening noun that is the subject of what it brought about ("Контрнаступ приніс перші
результати") or that frees a named town ("Звільнення Херсона"); agreements whose object is no
agreement noun, settled with a partner or by several parties; strikes whose subject is a weapon
or its crew; requests put as a need, a wait on a decision or what the speaker's side must
receive; orders of the head of state; refusals told as going on; the impersonal "-но/-то" form
("Посла викликано", "Вбито трьох цивільних"), aid promised, a lack of weapons and a menace
with force. Each kind with sentences where the same word names no happening. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build, of_type as _of

ENTS.setdefault("kherson", ("Kherson", "Херсон", "LOC", "Q2690"))
ENTS.setdefault("izium", ("Izium", "Ізюм", "LOC", None))
ENTS.setdefault("bucha", ("Bucha", "Буча", "LOC", None))
ENTS.setdefault("hungary", ("Hungary", "Угорщина", "LOC", "Q28"))
ENTS.setdefault("poland", ("Poland", "Польща", "LOC", "Q36"))
ENTS.setdefault("france", ("France", "Франція", "LOC", "Q142"))
ENTS.setdefault("ukraine", ("Ukraine", "Україна", "LOC", "Q212"))
ENTS.setdefault("lithuania", ("Lithuania", "Литва", "LOC", None))
ENTS.setdefault("novorossiysk", ("Novorossiysk", "Новоросійськ", "LOC", None))
ENTS.setdefault("moldova", ("Moldova", "Молдова", "LOC", None))
ENTS.setdefault("russia", ("Russia", "Росія", "LOC", "Q159"))
ENTS.setdefault("kyiv", ("Kyiv", "Київ", "LOC", "Q1899"))
ENTS.setdefault("slovakia", ("Slovakia", "Словаччина", "LOC", None))


def _types(doc):
    return {ev.type for ev in doc.events}


# --- 1. a happening noun as the subject of what it brought about, or freeing a town ---------

NOUN_HAPPENINGS = [
    ("Звільнення Херсона стало переломом у війні.", [("Херсона", "kherson")]),
    ("Визволення Бучі відкрило світові правду про окупацію.", [("Бучі", "bucha")]),
    ("Звільнення Ізюма нашими військами дало змогу повернути людям світло.", [("Ізюма", "izium")]),
    ("Контрнаступ на півдні приніс перші результати.", []),
    ("Наступ російських військ обійшовся їм дуже дорого.", []),
]


@pytest.mark.parametrize("text,names", NOUN_HAPPENINGS)
def test_a_happening_noun_by_what_it_brought_about_is_an_assault(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    [ev] = _of(doc, "ASSAULT")
    assert ev.mode == "ground" and ev.status == "occurred"


def test_the_town_freed_is_where_and_the_home_side_frees_it(core_pipeline):
    doc = build(core_pipeline, "Звільнення Херсона відкрило шлях нашим військам.",
                names=[("Херсона", "kherson")])
    [ev] = _of(doc, "ASSAULT")
    assert ev.place == "kherson" and ev.actors == ["ukraine"]


@pytest.mark.parametrize("text,names", [
    ("Звільнення міністра стало несподіванкою.", []),
    ("Звільнення України від загарбників – наша мета.", [("України", "ukraine")]),
    ("Наступ весни приніс тепло.", []),
    ("Обмін досвідом дав хороший результат.", []),
    ("Наступ стане можливим після поставок.", []),
])
def test_the_same_nouns_telling_no_happening_stay_silent(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert not ({"ASSAULT", "RETREAT"} & _types(doc))


# --- 2. agreements whose object is no agreement noun ----------------------------------------

AGREED = [
    ("Міністри оборони погодили збільшення витрат на оборону.", []),
    ("Сторони погодили графік поставок пального.", []),
    ("Україна та Франція погодили нові кроки у сфері енергетики.", [("Україна", "ukraine"), ("Франція", "france")]),
    ("Ми погодили з Польщею відкриття нових пунктів пропуску.", [("Польщею", "poland")]),
    ("Прем'єр-міністри погодили спільні дії щодо енергетики.", []),
    ("Уряди затвердили спільний план відбудови мостів.", []),
    ("Лідери погодять дорожню карту наступного тижня.", []),
]


@pytest.mark.parametrize("text,names", AGREED)
def test_what_parties_settle_together_is_an_agreement(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert "AGREE" in _types(doc)


@pytest.mark.parametrize("text", [
    "Кабмін погодив виділення коштів на ремонт доріг.",
    "Лікарі погодили графік чергувань.",
    "Уряд затвердив план заходів на зиму.",
])
def test_one_body_approving_agrees_with_no_one(core_pipeline, text):
    assert "AGREE" not in _types(build(core_pipeline, text))


# --- 3. strikes whose subject is a weapon or its crew ---------------------------------------

@pytest.mark.parametrize("text,names", [
    ("Морські дрони уразили російський фрегат.", []),
    ("Артилерія знищила склад боєприпасів окупантів.", []),
    ("Ударні безпілотники уразили російський крейсер біля Новоросійська.", [("Новоросійська", "novorossiysk")]),
    ("Мобільна вогнева група знищила ворожу гармату.", []),
])
def test_a_weapon_or_its_crew_strikes(core_pipeline, text, names):
    assert "ASSAULT" in _types(build(core_pipeline, text, names=names))


@pytest.mark.parametrize("text", [
    "Пожежа знищила склад.",
    "Гроза пошкодила будинок.",
])
def test_what_no_one_does_is_no_strike(core_pipeline, text):
    assert "ASSAULT" not in _types(build(core_pipeline, text))


# --- 4. requests put as a need, a wait on a decision, what must be received ----------------

@pytest.mark.parametrize("text", [
    "Україні потрібні танки і літаки.",
    "Треба більше артилерії для фронту.",
    "Нам необхідні гаубиці вже цього місяця.",
    "Необхідно посилити тиск на Росію.",
    "Чекаємо на рішення щодо передачі винищувачів.",
    "Сподіваємося на швидке рішення Конгресу щодо допомоги.",
    "Ми розраховуємо на нові пакети допомоги від партнерів.",
    "Маємо отримати системи ППО якнайшвидше.",
])
def test_a_need_or_a_wait_on_help_is_a_request(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert "REQUEST" in _types(doc)
    # the help asked for is only its content, not aid given or pressure put
    assert not ({"AID", "COERCE"} & _types(doc))


@pytest.mark.parametrize("text", [
    "Чекаємо на вас у Києві.",
    "Ми чекаємо на перемогу.",
    "Люди в Маріуполі чекають на допомогу.",
    "Маємо отримати відповіді на всі питання.",
    "Не розраховуємо на допомогу від них.",
])
def test_waiting_and_must_with_nothing_asked_are_no_request(core_pipeline, text):
    assert "REQUEST" not in _types(build(core_pipeline, text))


def test_help_already_promised_and_expected_stays_aid(core_pipeline):
    doc = build(core_pipeline, "Наступного тижня очікуємо перший транш від партнерів.")
    assert "REQUEST" not in _types(doc)


# --- 5. orders of the head of state or the government ---------------------------------------

@pytest.mark.parametrize("text", [
    "Президент доручив уряду підготувати програму відбудови.",
    "Я доручив Міністерству оборони закупити більше дронів.",
    "Прем'єр-міністр дав доручення закупити генератори для лікарень.",
])
def test_an_order_to_act_is_a_request(core_pipeline, text):
    doc = build(core_pipeline, text)
    [ev] = _of(doc, "REQUEST")
    assert ev.status == "occurred"


def test_an_errand_with_no_act_is_no_order(core_pipeline):
    assert "REQUEST" not in _types(build(core_pipeline, "Виконати це доручення було непросто."))


# --- 6. refusals told as going on -----------------------------------------------------------

@pytest.mark.parametrize("text,names", [
    ("Угорщина відмовляється підтримати санкції.", [("Угорщина", "hungary")]),
    ("Польща досі відмовляється пропускати російські вантажівки.", [("Польща", "poland")]),
    ("Литва відмовляється відкривати кордон для російських товарів.", [("Литва", "lithuania")]),
])
def test_a_party_refusing_is_a_rejection_and_what_it_refuses_no_happening(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert _types(doc) == {"REJECT"}


@pytest.mark.parametrize("text", [
    "Я відмовляюся в це вірити.",
    "Речник відмовляється коментувати заяву.",
    "Наші люди відмовляються брати російські паспорти.",
])
def test_a_refusal_of_no_party_is_no_rejection(core_pipeline, text):
    assert "REJECT" not in _types(build(core_pipeline, text))


# --- the impersonal "-но/-то" form, promises, lacks and menaces ----------------------------

@pytest.mark.parametrize("text,type_", [
    ("Було погоджено нові кроки з партнерами.", "AGREE"),
    ("Узгоджено спільну позицію щодо відбудови.", "AGREE"),
    ("Досягнуто домовленості про постачання пального.", "AGREE"),
    ("Посла Росії було викликано до МЗС.", "PROTEST"),
    ("Наступ ворога на півночі зупинено.", "ASSAULT"),
    ("Президентові доручено підготувати звернення до парламентів.", "REQUEST"),
    ("Сьогодні в селі було вбито трьох цивільних.", "ASSAULT"),
    ("Поранено п'ятьох мешканців міста.", "ASSAULT"),
])
def test_the_impersonal_form_tells_a_done_act(core_pipeline, text, type_):
    assert type_ in _types(build(core_pipeline, text))


@pytest.mark.parametrize("text,type_", [
    ("Нам пообіцяли нові ракети для ППО.", "AID"),
    ("Канада обіцяє нові гаубиці вже цього місяця.", "AID"),
    ("Нам не вистачає систем ППО.", "REQUEST"),
    ("Нашим бригадам досі не вистачає снарядів.", "REQUEST"),
    ("Росія загрожує Молдові вторгненням.", "THREATEN"),
])
def test_promised_aid_a_lack_and_a_menace(core_pipeline, text, type_):
    names = [("Росія", "russia"), ("Молдові", "moldova")] if "Молдові" in text else []
    doc = build(core_pipeline, text, names=names)
    assert type_ in _types(doc)
    if type_ == "AID":
        assert [ev.status for ev in _of(doc, "AID")] == ["planned"]


@pytest.mark.parametrize("text", [
    "Ми діяли узгоджено.",
    "Це загрожує безпеці людей.",
    "Повінь загрожує селам на березі.",
    "Нам вистачає снарядів.",
    "Він обіцяв повернутися додому.",
    "Кандидат обіцяв виборцям гроші.",
    "Скільки людей було вбито, ніхто не знає.",
])
def test_the_same_words_telling_no_happening_stay_silent_too(core_pipeline, text):
    assert not build(core_pipeline, text).events


# --- fire at targets, a convoy destroyed, a decision blocked as it goes on -------------------

@pytest.mark.parametrize("text,names", [
    ("Наша протиповітряна оборона відпрацювала по цілях над Києвом.", [("Києвом", "kyiv")]),
    ("Мобільні групи ППО відпрацювали по шахедах уночі.", []),
    ("Українські військові знищили російську колону техніки.", []),
])
def test_fire_at_targets_and_a_convoy_destroyed_are_strikes(core_pipeline, text, names):
    assert "ASSAULT" in _types(build(core_pipeline, text, names=names))


@pytest.mark.parametrize("text,names", [
    ("Угорщина блокує шостий пакет санкцій.", [("Угорщина", "hungary")]),
    ("Словаччина блокує рішення про кредит для України.", [("Словаччина", "slovakia"), ("України", "ukraine")]),
])
def test_a_decision_blocked_is_a_rejection_not_the_decision(core_pipeline, text, names):
    assert _types(build(core_pipeline, text, names=names)) == {"REJECT"}


@pytest.mark.parametrize("text", [
    "Ми відпрацювали по повній програмі.",
    "Студенти відпрацювали по два тижні на практиці.",
    "Колона людей вирушила з міста.",
    "Батьки блокують дорогу до школи.",
])
def test_the_same_words_in_everyday_use_tell_no_happening(core_pipeline, text):
    assert not build(core_pipeline, text).events

"""Who takes part in an event and on which side (issue 16, part C28): a host's talks with guests
just arrived are the visit, told from the guests' side; "з ними" after leaders named by their
states or bodies ("Лідери ЄС"), or by no one a reader can find ("Лідери Балтійських країн");
a condemnation of "цей крок"; sanctions proposed as a noun. Sentences written for these tests;
the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import named_rows

DAY = "2025-03-10"


def sides_of(text: str, type_: str) -> list[tuple[list, list]]:
    return [(e[2], e[3]) for e in named_rows(text, DAY) if e[0] == type_]


@pytest.mark.parametrize("text,guests,hosts", [
    ("Вчора Стармер та Мерц прилетіли до Вашингтона. Трамп провів з ними переговори.",
     {"Кір Стармер", "Фрідріх Мерц"}, {"Дональд Трамп", "США"}),
    ("Вчора Макрон і Шольц прибули до Києва. Зеленський провів із ними зустріч.",
     {"Емманюель Макрон", "Олаф Шольц"}, {"Володимир Зеленський", "Україна"}),
])
def test_host_talks_with_guests_are_the_visit(text, guests, hosts):
    # one happening; the host receives, never on the guests' side
    got = sides_of(text, "CONSULT")
    assert len(got) == 1, got
    actors, recipients = got[0]
    assert guests <= set(actors) and hosts <= set(recipients) and not hosts & set(actors), got


def test_leaders_named_by_their_union_stand_behind_them():
    got = sides_of("Лідери ЄС зібралися в Брюсселі. Зеленський провів з ними переговори.", "CONSULT")
    assert got == [(["Володимир Зеленський", "Україна"], ["Європейський Союз"])], got


def test_talks_with_unnamed_guests_do_not_make_the_host_a_guest():
    text = "Лідери Балтійських країн прибули до Парижа. Президент Франції провів із ними зустріч."
    got = sides_of(text, "CONSULT")
    # the guests' arrival has no named guest; the host's meeting is his own, not the visit's
    assert all("Емманюель Макрон" not in actors or "Франція" not in recipients for actors, recipients in got), got
    assert (["Емманюель Макрон", "Франція"], []) in got, got


@pytest.mark.parametrize("text", [
    "Росія завдала масованого удару по енергетиці України. Країни G7 засудили цей крок.",
    "Росія завдала масованого удару по енергетиці України. Країни G7 рішуче засудили такі дії.",
])
def test_condemned_step_is_of_the_doer_told_before(text):
    got = sides_of(text, "ACCUSE")
    assert got == [(["G7"], ["Росія"])], got


def test_condemned_step_after_talks_names_no_one():
    got = sides_of("Сербія провела переговори з Росією. Литва засудила цей крок.", "ACCUSE")
    assert all("Росія" not in r and "Сербія" not in r for _, r in got), got


@pytest.mark.parametrize("text,actors", [
    # the group proposes; who would impose them the text does not say
    ("Експертна група на чолі з Андрієм Єрмаком і Майклом Макфолом запропонувала нові санкції проти Росії.", []),
    # the one addressed would impose them
    ("Литва запропонувала Євросоюзу нові санкції проти Росії.", ["Європейський Союз"]),
])
def test_sanctions_proposed_by_noun(text, actors):
    got = sides_of(text, "SANCTION")
    assert got == [(actors, ["Росія"])], got


def _address_aid(text: str) -> list:
    from event_helpers import analysed
    doc = analysed("Ми працюємо щодня. " + text, "2025-05-10", title="Звернення Президента України")
    return [(e.actors, e.recipients) for e in doc.events if e.type == "AID"]


@pytest.mark.parametrize("text", [
    "Я вдячний Японії за нову фінансову допомогу.",
    "Я вдячний Сполученим Штатам і Конгресу за новий пакет оборонної допомоги.",
])
def test_who_thanks_for_aid_to_his_state_does_not_receive_it(text):
    got = _address_aid(text)
    assert got and all("ukraine" in r and "volodymyr-zelenskyy" not in a + r for a, r in got), got


def test_who_says_he_got_the_aid_receives_it():
    got = _address_aid("Сьогодні я особисто отримав від Японії нову фінансову допомогу.")
    assert got and all("volodymyr-zelenskyy" in r for _, r in got), got


def test_talks_with_them_far_from_any_antecedent_stay_the_talks_told():
    # "з ними" whose antecedent is not found tells no partner of its own: one talk, not two
    text = ("Допомога була темою переговорів з Держсекретарем США Ентоні Блінкеном, який вчора "
            "прибув до Києва. Наші переговори з ними були довгими.")
    got = sides_of(text, "CONSULT")
    assert len(got) == 1 and "Ентоні Блінкен" in got[0][0] + got[0][1], got


def test_guests_named_in_part_meet_their_host_within_the_visit():
    text = ("Сьогодні у Київ прибудуть президенти трьох держав Балтії та Президент Польщі. "
            "Зеленський проведе з ними переговори.")
    got = sides_of(text, "CONSULT")
    assert len(got) == 1, got
    actors, recipients = got[0]
    assert {"Анджей Дуда", "Польща"} <= set(actors) and "Володимир Зеленський" in recipients, got


def test_with_them_after_heads_named_by_their_body():
    got = sides_of("Глави МЗС країн НАТО зібралися у Вашингтоні. Сибіга провів з ними окрему зустріч.", "CONSULT")
    assert got == [(["Андрій Сибіга", "Україна"], ["НАТО"])], got


def test_with_them_after_a_delegation_is_the_delegation_met_on_its_visit():
    got = sides_of("Делегація Конгресу США прибула до Києва. Зеленський провів з ними переговори.", "CONSULT")
    assert len(got) == 1, got
    actors, recipients = got[0]
    assert "Конгрес США" in actors and "Володимир Зеленський" in recipients, got


@pytest.mark.parametrize("text,host", [
    ("Зеленський разом із Макроном відвідав Берлін.", "Німеччина"),
    ("Зеленський та Дуда відвідали Вільнюс.", "Литва"),
])
def test_guests_of_two_states_travelling_together_visit_the_host(text, host):
    got = sides_of(text, "CONSULT")
    assert len(got) == 1 and got[0][1] == [host], got


@pytest.mark.parametrize("text,actors", [
    ("Міністри закордонних справ Франції, Німеччини та Польщі виступили зі спільною заявою щодо України.",
     ["Франція", "Німеччина", "Польща"]),
    ("Франція, Німеччина та Польща оприлюднили спільну заяву щодо України.", ["Франція", "Німеччина", "Польща"]),
])
def test_joint_statement_put_out_is_agreed_by_its_parties(text, actors):
    # (the ministers of each state, named by their office in the plural, stand beside them)
    got = sides_of(text, "AGREE")
    assert len(got) == 1 and set(actors) <= set(got[0][0]) and got[0][1] == [], named_rows(text, DAY)


@pytest.mark.parametrize("text", [
    "На саміті в Гаазі Зеленський зустрівся з Трампом, а Сибіга провів переговори з Рубіо.",
    "На полях саміту Зеленський поговорив з Трампом, а Сибіга провів переговори з Рубіо.",
])
def test_a_subject_after_comma_and_a_opens_its_own_talk(text):
    # the partner of the first clause is no partner of the second
    got = sides_of(text, "CONSULT")
    sybiha = [r for a, r in got if "Андрій Сибіга" in a]
    assert sybiha and all("Дональд Трамп" not in r for r in sybiha), got

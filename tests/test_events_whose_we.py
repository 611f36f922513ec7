"""Events: whose "ми" a first-person event in a quote is. A speaker named by role only, with no
person resolved ("посол Литви"), speaks for the state or body the role phrase names; a foreign
or international body for itself, never for the home side; an interview's answers for the
interviewee named in the title; a paragraph opening with "Ми" right after a foreign speaker's
quote goes on in his words. A home-side role, resolved or not, keeps the home side.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import on_day, only

DATE = "2026-01-15"


events = on_day(DATE)


def one(text: str, type_: str):
    return only(events(text), type_)


@pytest.mark.parametrize("text,type_,state", [
    ("Посол Литви розповів: «Ми вже передали Україні бронетехніку».", "AID", "lithuania"),
    ("Посол Чехії в Україні наголосив: «Ми надамо Україні ще один пакет допомоги».", "AID", "czech-republic"),
    ("Речниця уряду Нідерландів сказала: «Ми вже передали Україні гаубиці».", "AID", "netherlands"),
    ("«Ми запровадимо санкції проти російських банків», – сказав речник уряду Словаччини.",
     "SANCTION", "slovakia"),
    ("«Ми заборонимо імпорт російської нафти», – заявили в уряді Угорщини.", "SANCTION", "hungary"),
])
def test_a_role_with_no_person_speaks_for_the_state_it_names(text, type_, state):
    e = one(text, type_)
    assert state in e.actors, (text, e.actors)
    assert "ukraine" not in e.actors, (text, e.actors)


def test_a_role_of_a_body_speaks_for_the_body_and_its_state():
    e = one("Представник Пентагону повідомив: «Ми передали Україні нові ракети».", "AID")
    assert e.actors[:2] == ["pentagon", "united-states"] and e.recipients == ["ukraine"]


@pytest.mark.parametrize("text,actor", [
    ("«Ми запровадимо нові обмеження проти Росії», – повідомили в Єврокомісії.", "european-commission"),
    ("«Наступного тижня ми запровадимо нові санкції проти Росії», – заявив представник МЗС Японії.",
     "japan"),
])
def test_a_foreign_or_international_body_never_speaks_for_the_home_side(text, actor):
    e = one(text, "SANCTION")
    assert actor in e.actors and "ukraine" not in e.actors, (text, e.actors)


@pytest.mark.parametrize("text,type_,side", [
    ("Речник МЗС заявив: «Ми запровадимо санкції проти Білорусі».", "SANCTION", "actors"),
    ("Речник Генштабу повідомив: «Ми завдали удару по складу боєприпасів окупантів».", "ASSAULT", "actors"),
    ("Голова ОВА заявив: «Ми передали громадам нові генератори».", "AID", "actors"),
    ("Посол України в Литві розповів: «Ми отримали від литовських партнерів генератори».", "AID", "recipients"),
])
def test_a_home_role_resolved_or_not_keeps_the_home_side(text, type_, side):
    e = one(text, type_)
    assert "ukraine" in getattr(e, side), (text, e.actors, e.recipients)


INTERVIEW_AMBASSADOR = """Інтерв'ю з послом Литви в Україні

Посол розповів нашому виданню про допомогу його країни.

– Як ви оцінюєте співпрацю з Україною?

– Литва вже передала Україні бронетехніку і генератори.

– Чи будуть нові поставки?

– Так, до кінця року ми передамо Україні ще одну партію дронів."""

INTERVIEW_MINISTER = """Розмова з міністром закордонних справ Фінляндії про санкції

Міністр відповів на запитання журналіста.

– Чи готові ви до нових обмежень?

– Ми запровадимо нові санкції проти Росії вже наступного місяця.

– Як довго це триватиме?

– Доки Росія не припинить війну."""


def test_an_interviewees_we_is_the_state_the_title_names():
    planned = [e for e in events(INTERVIEW_AMBASSADOR) if e.type == "AID" and e.status == "planned"]
    assert planned and planned[0].actors == ["lithuania"] and planned[0].recipients == ["ukraine"]


def test_an_interviewee_named_by_a_resolved_role_speaks_the_answers():
    from khronika.pipeline import analyze
    doc = analyze(INTERVIEW_MINISTER, DATE)
    assert doc.quotes and all(q.speaker == "elina-valtonen" for q in doc.quotes)
    e = one(INTERVIEW_MINISTER, "SANCTION")
    assert "finland" in e.actors and "ukraine" not in e.actors, e.actors


def test_the_ambassadors_answers_carry_the_role_phrase_and_the_questions_are_no_quotes():
    from khronika.pipeline import analyze
    doc = analyze(INTERVIEW_AMBASSADOR, DATE)
    assert len(doc.quotes) == 2 and all(q.speaker is None for q in doc.quotes)
    assert all(q.speaker_text is not None and q.speaker_text.text == "послом Литви" for q in doc.quotes)


@pytest.mark.parametrize("text,state", [
    ("«Ми не визнаємо жодних анексій», – наголосив прем'єр Польщі.\n\n"
     "Ми запровадимо нові санкції проти Росії.", "poland"),
    ("«Росія має відповісти за злочини», – сказав речник уряду Словаччини.\n\n"
     "Ми запровадимо нові обмеження проти російських банків.", "slovakia"),
])
def test_a_paragraph_opening_with_we_after_a_foreign_speakers_quote_is_his(text, state):
    e = one(text, "SANCTION")
    assert state in e.actors and "ukraine" not in e.actors, (text, e.actors)


def test_a_paragraph_opening_with_we_after_a_home_speakers_quote_stays_home():
    e = one("«Росія має відповісти за злочини», – сказав речник МЗС.\n\n"
            "Ми запровадимо нові санкції проти Росії.", "SANCTION")
    assert "ukraine" in e.actors


@pytest.mark.parametrize("text", [
    "«Ми запровадимо нові санкції проти Росії», – сказав посол у Брюсселі.",
    "«Ми запровадимо нові санкції проти Росії», – заявив він у Варшаві.",
])
def test_a_place_after_a_singular_speech_verb_is_where_he_spoke_not_whose_we(text):
    e = one(text, "SANCTION")
    assert not {"belgium", "poland", "brussels", "warsaw"} & set(e.actors), (text, e.actors)

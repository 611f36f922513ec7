""""Ви" of an address to another people or its parliament is the state the opening lines greet
(extract/events/arguments/addressed_you.py): what "you" give, the speaker's side receives; an address to
one's own people, or to several states, gives "ви" no one; "ви" quoted from someone else is
his. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import analysed_events, rows


def events(text: str, date: str = "2025-11-18"):
    return rows(analysed_events(text, date), "type", "actors", "recipients")


@pytest.mark.parametrize("text, giver", [
    ("Шановний пане Маршалку! Шановні депутати Сейму! Народе Польщі!\n\n"
     "Ми щиро вдячні вам за підтримку, яку ви надаєте нашим людям з першого дня війни.", "poland"),
    ("Шановні члени парламенту Ірландії!\n\n"
     "Я вдячний вам за допомогу, яку ви надаєте.", "ireland"),
    ("Шановна пані Президентко! Шановні депутати Сейму Литви!\n\n"
     "Радий бути сьогодні з вами. Дякую вам за генератори, які ви передали нашим містам узимку.",
     "lithuania"),
])
def test_you_of_an_address_give_to_the_speaker(text, giver):
    got = [e for e in events(text) if e[0] in ("AID", "SUPPORT")]
    assert got and all(e[1] == [giver] and e[2] == ["ukraine"] for e in got), got


def test_you_asked_are_the_greeted_state():
    text = ("Шановні депутати Стортингу! Народе Норвегії!\n\n"
            "Ви надали нам кошти на відбудову шкіл.")
    got = [e for e in events(text) if e[0] == "AID"]
    assert got == [("AID", ["norway"], ["ukraine"])], got


@pytest.mark.parametrize("text", [
    # the speaker's own people: no foreign state
    "Дорогі українці!\n\nМи вдячні вам за підтримку, яку ви надаєте армії.",
    # two states greeted: whose "ви" it is, the text does not say
    "Народе Польщі! Народе Литви!\n\nМи вдячні вам за підтримку, яку ви надаєте.",
    # no greeting lines at all
    "Ми вдячні вам за підтримку, яку ви надаєте.",
])
def test_no_one_state_greeted_gives_you_no_one(text):
    got = [e for e in events(text) if e[0] in ("AID", "SUPPORT")]
    assert all(e[1] == [] for e in got), got


def test_you_in_someone_elses_quote_is_his():
    text = ("Шановні члени парламенту Ірландії!\n\n"
            "Вчора президент Франції сказав нам: «Ми передамо вам танки».")
    for _, actors, recipients in events(text):
        assert "ireland" not in actors + recipients


def test_you_and_the_speaker_are_two_sides():
    text = ("Шановні депутати Стортингу! Народе Норвегії!\n\n"
            "Хочу звернутися до кількох фірм – думаю, ви їх знаєте: прошу закрити ваші магазини в країні-агресорі.")
    for type_, actors, _ in events(text):
        if type_ == "REQUEST":
            assert "norway" not in actors, actors


def test_the_greeted_body_still_hears_the_address():
    text = ("Шановні депутати Стортингу!\n\nНароде Норвегії!\n\n"
            "Вдячний за можливість звернутися до вас.")
    evs = [e for e in events(text) if e[0] == "CONSULT"]
    assert len(evs) == 1 and "norway" in evs[0][2], evs

"""The first person of a short statement under a title that names its author (issue 16): one
"я" is enough ("Я провів телефонну розмову з ..." under "Заява Міністра закордонних справ"),
and a post that opens with a greeting before its subject-less verb ("Дорогі українці!
Сьогодні провів переговори з ...") is the author's own act. Sentences written for these
tests."""
from __future__ import annotations

from event_helpers import analysed, of_type

TITLE = "Звернення Президента України Володимира Зеленського"
AUTHOR = "volodymyr-zelenskyy"


def _consults(text, title=TITLE):
    return of_type(analysed(text, "2023-03-10", title=title), "CONSULT")


def test_one_i_under_a_title_with_its_author():
    [ev] = _consults("Я провів переговори з Прем'єр-міністром Канади.")
    assert ev.actors[:1] == [AUTHOR] and "ukraine" in ev.actors
    [ev] = _consults("Я мав телефонну розмову з Президентом Франції Емманюелем Макроном.")
    assert AUTHOR in ev.actors and "emmanuel-macron" in ev.recipients


def test_one_i_with_no_author_named_is_the_state_only():
    [ev] = _consults("Я провів переговори з Прем'єр-міністром Канади.", title="Новини дня")
    assert AUTHOR not in ev.actors


def test_a_greeting_before_the_authors_own_act():
    [ev] = _consults("Шановні співвітчизники! Сьогодні провів переговори з Прем'єр-міністром Канади.")
    assert ev.actors[:1] == [AUTHOR]
    # with no author named, the greeting's post is its state's only
    [ev] = _consults("Шановні співвітчизники! Сьогодні провів переговори з Прем'єр-міністром Канади.",
                     title="Новини дня")
    assert AUTHOR not in ev.actors

"""Events: one happening told several times in a document is one event. A strike told again by
the harm it did, talks told again by what came of them or how long they took, a meeting held
within a visit, a noun that points back at a strike told a page before; and what only looks
like it (a connective "крім того", a talk at a summit, a visit elsewhere) stays apart.
Sentences written for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

from khronika.extract.events.lexicon import lexicon


def events(text: str, date: str = "2024-05-14"):
    from khronika.pipeline import analyze
    return analyze(text, date).events


def of_type(evs, type_):
    return [e for e in evs if e.type == type_]


def show(evs):
    return [(e.type, e.trigger.text, e.actors, e.recipients) for e in evs]


def test_the_lists_are_data():
    lex = lexicon()
    assert "година" in lex.word_list("uncounted_nouns")


def test_people_counted_after_a_strike_do_not_make_it_another_strike():
    evs = events("Вранці окупанти обстріляли Херсон. Від обстрілу загинула жінка. "
                 "Ще семеро людей дістали поранення внаслідок удару.")
    assert len(of_type(evs, "ASSAULT")) == 1, show(evs)


def test_hours_of_talks_are_one_talk():
    evs = events("Зеленський обговорив з Прем'єр-міністром Нідерландів Марком Рютте постачання літаків. "
                 "Провели з Марком дві години дуже змістовних переговорів.")
    talks = of_type(evs, "CONSULT")
    assert len(talks) == 1, show(evs)
    assert "mark-rutte" in talks[0].recipients
    # "20 розмов" counts happenings: it stays apart from one talk of them on another day
    evs = events("За місяць міністр провів понад 20 розмов із колегами. "
                 "Сьогодні міністр говорив із Прем'єр-міністром Канади Джастіном Трюдо.")
    assert len(of_type(evs, "CONSULT")) == 2, show(evs)


def test_a_connective_with_a_pointing_word_points_at_nothing():
    evs = events("Сьогодні у мене була розмова з Президентом Словаччини Петером Пеллегріні. "
                 "Крім того, говорив з Прем'єр-міністром Японії Фуміо Кісідою.")
    talks = of_type(evs, "CONSULT")
    assert len(talks) == 2, show(evs)
    assert not any("fumio-kishida" in t.recipients and len(t.recipients) > 2 for t in talks)

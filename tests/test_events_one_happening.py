"""Events: one happening told several times in a document is one event. A strike told again by
the harm it did, talks told again by what came of them or how long they took, a meeting held
within a visit, a noun that points back at a strike told a page before; and what only looks
like it (a connective "крім того", a talk at a summit, a visit elsewhere) stays apart.
Sentences written for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import of_type, on_day, show


events = on_day("2024-05-14")


def test_the_lists_are_data():
    lex = lexicon()
    assert "година" in lex.word_list("uncounted_nouns")
    assert "візит" in lex.word_list("visit_frame_nouns") and "під час" in lex.word_list("visit_frame_prepositions")
    assert "за підсумками" in lex.word_list("frame_prepositions") and "після" in lex.word_list("frame_prepositions_gent")


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


def test_a_meeting_within_a_visit_is_that_visit():
    evs = events("Президент Фінляндії Александер Стубб прибув до Києва з візитом. "
                 "Під час візиту він зустрівся з Прем'єр-міністром України Денисом Шмигалем.")
    visits = of_type(evs, "CONSULT")
    assert len(visits) == 1, show(evs)
    assert "alexander-stubb" in visits[0].actors and "denys-shmyhal" in visits[0].recipients
    # the visit phrase need be no trigger of its own ("поїздка" with no destination)
    evs = events("Канцлер Німеччини Олаф Шольц прибув до Києва. "
                 "Під час поїздки канцлер зустрівся з Президентом України Володимиром Зеленським.")
    assert len(of_type(evs, "CONSULT")) == 1, show(evs)
    # what only looks like it stays apart: after a meeting, not a visit, the talk "during the
    # visit" is another one
    evs = events("Зеленський зустрівся з Президентом Польщі Анджеєм Дудою. "
                 "Під час візиту він також провів переговори з Дональдом Туском.")
    assert len(of_type(evs, "CONSULT")) == 2, show(evs)
    # a stay the phrase places elsewhere is another visit
    evs = events("Зеленський прибув до Берліна. Під час перебування у Варшаві він зустрівся з Дональдом Туском.")
    assert len(of_type(evs, "CONSULT")) == 2, show(evs)
    # a talk held at a summit is a happening of its own
    evs = events("Зеленський взяв участь у саміті НАТО у Вашингтоні. "
                 "Під час саміту він зустрівся з Прем'єр-міністром Канади Джастіном Трюдо.")
    assert len(of_type(evs, "CONSULT")) == 2, show(evs)


def test_what_came_of_talks_points_back_at_them():
    evs = events("Рустем Умєров та Ллойд Остін провели переговори у Брюсселі. "
                 "На переговорах Умєров поінформував американського колегу про потреби фронту. "
                 "За результатами переговорів сторони погодили наступні кроки.")
    assert len(of_type(evs, "CONSULT")) == 1, show(evs)


def test_a_connective_with_a_pointing_word_points_at_nothing():
    evs = events("Сьогодні у мене була розмова з Президентом Словаччини Петером Пеллегріні. "
                 "Крім того, говорив з Прем'єр-міністром Японії Фуміо Кісідою.")
    talks = of_type(evs, "CONSULT")
    assert len(talks) == 2, show(evs)
    assert not any("fumio-kishida" in t.recipients and len(t.recipients) > 2 for t in talks)


def test_this_strike_points_back_a_page_later():
    filler = ("Місто жило звичайним життям. Працювали крамниці й школи. Люди поспішали на роботу. "
              "Вчителі готувалися до іспитів. Лікарі чергували в лікарнях. Водії везли пасажирів. "
              "Діти бавилися у дворах. У парку цвіли каштани. Увечері світло горіло у вікнах. ")
    evs = events("Росіяни вдарили ракетами по Дніпру. " + filler + "Цей удар по Дніпру – злочин проти мирних людей.")
    strikes = of_type(evs, "ASSAULT")
    assert len(strikes) == 1, show(evs)


def test_what_follows_talks_does_not_plan_them_again():
    # the clause's future is what comes after the talks, not a second meeting planned
    evs = events("Президент провів переговори з канцлером Німеччини Олафом Шольцом. "
                 "Після переговорів Німеччина оголосить новий пакет допомоги.")
    talks = of_type(evs, "CONSULT")
    assert len(talks) == 1 and talks[0].status == "occurred", show(evs)
    evs = events("Сьогодні мав розмову з Прем'єр-міністром Канади Джастіном Трюдо. Говорили про фронт. "
                 "Потім провів нараду з командувачами. На нараді доповідали про ситуацію на сході. "
                 "За підсумками розмови з канадським прем'єром очікуємо нові рішення.")
    talks = of_type(evs, "CONSULT")
    assert len(talks) == 2 and all(t.status == "occurred" for t in talks), show(evs)
    # talks held are no summit to come
    evs = events("Зеленський провів зустріч із Прем'єр-міністром Індії Нарендрою Моді. "
                 "На зустрічі обговорили мирну формулу. Зеленський запросив Моді взяти участь у Саміті миру. "
                 "За підсумками переговорів Моді пообіцяв гуманітарну допомогу.")
    summits = [e for e in of_type(evs, "CONSULT") if e.status == "planned"]
    assert all(len(e.mentions) == 0 for e in summits), [(e.trigger.text, e.mentions) for e in summits]


def test_a_town_struck_within_the_oblast_told_is_that_strike():
    evs = events("Уночі російські війська атакували Дніпропетровщину ударними дронами. "
                 "Під ударом опинився Кривий Ріг. Через атаку в місті виникли пожежі.")
    assert len(of_type(evs, "ASSAULT")) == 1, show(evs)
    # the day of a date before the verb counts no strikes
    evs = events("У ніч на 12 травня російські війська атакували Дніпропетровщину ударними дронами. "
                 "Під ударом опинився Кривий Ріг.")
    assert len(of_type(evs, "ASSAULT")) == 1, show(evs)
    # two oblasts are two strikes
    evs = events("Уночі російські війська атакували Дніпропетровщину ударними дронами. "
                 "Під ударом опинилася Одеса.")
    assert len(of_type(evs, "ASSAULT")) == 2, show(evs)
    # a town freed within an advance still going on in its oblast is a happening of its own
    evs = events("Наші захисники просуваються на Харківщині, повертають контроль над територією. "
                 "Звільнили Балаклію.")
    assert len(of_type(evs, "ASSAULT")) == 2, show(evs)

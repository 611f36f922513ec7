"""Events: one happening told twice inside a document is one event, and two happenings that only
look alike stay two. A support word whose object is the sanction or the aid its own parties
impose or give; a strike told again by the projectiles that hit; an aid or sanction package told
again by what it holds. Sentences written for these tests (news reports, a governor's note,
parliament news); the full pipeline with the shipped knowledge base."""
from __future__ import annotations

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import of_type, on_day, show


events = on_day("2024-03-12")


def test_the_lists_are_data():
    lex = lexicon()
    assert {"sanction", "aid"} <= lex.word_list("supported_act_types")
    assert "рішення" in lex.word_list("supported_decision_nouns")
    assert "влучити" in lex.word_list("projectile_hit_verbs")
    assert "пакет" in lex.contexts["listing_containers"]


def test_supporting_a_sanction_one_imposes_is_that_sanction():
    evs = events("Уряди країн Балтії підтримали нові санкції проти Росії, запровадивши заборону "
                 "на ввезення російського зерна. Заборона діятиме до кінця року.")
    assert not of_type(evs, "SUPPORT"), show(evs)
    assert len(of_type(evs, "SANCTION")) == 1, show(evs)
    evs = events("Прем'єр-міністр Чехії підтримав запровадження ембарго на російський газ.")
    assert not of_type(evs, "SUPPORT"), show(evs)
    assert of_type(evs, "SANCTION") and "czech-republic" in of_type(evs, "SANCTION")[0].actors, show(evs)


def test_supporting_a_decision_to_give_is_that_aid():
    evs = events("Уряд Нідерландів висловив підтримку рішенню надати Україні ще шість винищувачів.")
    assert not of_type(evs, "SUPPORT"), show(evs)
    aid = of_type(evs, "AID")
    assert len(aid) == 1 and aid[0].status == "planned", show(evs)
    evs = events("Сейм Польщі підтримав рішення передати Україні гелікоптери. Вони прибудуть навесні.")
    assert not of_type(evs, "SUPPORT") and len(of_type(evs, "AID")) == 1, show(evs)


def test_support_of_another_party_or_of_a_state_stays_apart():
    # the aid is the United States', the support Norway's: two happenings
    evs = events("Норвегія підтримала рішення США передати Україні ракети ATACMS.")
    assert of_type(evs, "SUPPORT") and of_type(evs, "AID"), show(evs)
    # a state supported, then a sanction on another: two happenings
    evs = events("Естонія підтримала Україну на засіданні Ради ЄС і запровадила санкції проти Білорусі.")
    assert of_type(evs, "SUPPORT") and of_type(evs, "SANCTION"), show(evs)


def test_projectiles_that_hit_are_the_strike_told_before():
    evs = events("Цієї ночі окупанти обстріляли Суми ракетами. Дві ракети влучили в адміністративну "
                 "будівлю, поранено трьох людей.")
    assert len(of_type(evs, "ASSAULT")) == 1, show(evs)
    evs = events("Вночі ворог атакував Кременчук ударними дронами. Шість дронів впали на території "
                 "нафтопереробного заводу.")
    assert len(of_type(evs, "ASSAULT")) == 1, show(evs)


def test_strikes_on_two_towns_or_two_times_stay_apart():
    evs = events("Уночі окупанти атакували Суми. Вранці дві ракети влучили в Полтаву.")
    assert len(of_type(evs, "ASSAULT")) == 2, show(evs)
    evs = events("Вранці росіяни обстріляли Херсон з артилерії. Увечері ракета влучила в Дніпро.")
    assert len(of_type(evs, "ASSAULT")) == 2, show(evs)


def test_what_a_package_holds_is_no_strike():
    evs = events("Європейський Союз ухвалив 13-й пакет санкцій проти Росії. До пакета увійшла "
                 "заборона на експорт російського алюмінію.")
    assert not of_type(evs, "ASSAULT"), show(evs)
    assert len(of_type(evs, "SANCTION")) == 1, show(evs)
    # troops entering a town still are
    evs = events("Російські війська увійшли до Херсона.")
    assert of_type(evs, "ASSAULT"), show(evs)


def test_the_aid_announced_then_carried_out_is_one_aid():
    evs = events("Швеція оголосила про новий пакет військової допомоги Україні. Пакет містить "
                 "бронетранспортери та снаряди. Допомогу буде передано найближчим часом.")
    assert len(of_type(evs, "AID")) == 1, show(evs)
    # the minister of the giving state speaking of it names no other party
    evs = events("Швеція оголосила про новий пакет військової допомоги Україні. Міністр оборони Швеції "
                 "Пол Юнсон заявив, що Стокгольм і надалі підтримуватиме Україну. Допомогу буде передано "
                 "найближчим часом.")
    assert len(of_type(evs, "AID")) == 1, show(evs)
    # another giver or receiver, or a time of its own, is another aid
    evs = events("Швеція оголосила про новий пакет військової допомоги Україні. Допомогу Молдові буде "
                 "передано найближчим часом.")
    assert len(of_type(evs, "AID")) == 2, show(evs)
    evs = events("Швеція оголосила про новий пакет військової допомоги Україні. Наступного місяця "
                 "Норвегія передасть Україні ще два катери.")
    assert len(of_type(evs, "AID")) == 2, show(evs)


def test_support_told_by_the_act_it_consists_of_is_that_act():
    evs = events("Чехія підтримала Україну, передавши нам 20 гаубиць.")
    assert not of_type(evs, "SUPPORT"), show(evs)
    aid = of_type(evs, "AID")
    assert len(aid) == 1 and "ukraine" in aid[0].recipients, show(evs)
    evs = events("Фінляндія запровадила заборону на в'їзд російських туристів, підтримавши санкції проти Росії.")
    assert not of_type(evs, "SUPPORT"), show(evs)
    # another party's act in the next clause stays apart
    evs = events("Канада підтримала Україну, а Японія, передавши Україні генератори, закликала інших допомогти.")
    assert of_type(evs, "SUPPORT") and of_type(evs, "AID"), show(evs)


def test_the_people_home_from_an_exchange_are_that_exchange():
    evs = events("Відбувся обмін полоненими\nСьогодні відбувся обмін полоненими між Україною та Росією. "
                 "Додому повернулися 75 українських захисників. Обмін відбувся за посередництва Катару.")
    assert len(of_type(evs, "RETREAT")) == 1, show(evs)
    # the number counts the people freed, not exchanges
    evs = events("Сьогодні відбувся обмін полоненими з Росією. 95 українських воїнів повернулися додому з полону.")
    assert len(of_type(evs, "RETREAT")) == 1, show(evs)
    # freed yesterday, and more freed today: two exchanges
    evs = events("Вчора з полону повернулися 50 захисників Маріуполя. Сьогодні з полону повернулися "
                 "ще 40 військових.")
    assert len(of_type(evs, "RETREAT")) == 2, show(evs)


def test_a_hit_of_the_same_night_within_the_area_struck_is_that_strike():
    evs = events("Голова ОВА повідомив, що вночі ворог атакував Чернігівщину. За його словами, було чути "
                 "10 вибухів. Дві ракети влучили в підприємство у Чернігові.")
    assert len(of_type(evs, "ASSAULT")) == 1, show(evs)
    # an abbreviation counted is projectiles too ("Ще дві КАБ впали")
    evs = events("Росіяни вдарили по Куп'янську керованими авіабомбами. Одна з бомб поцілила в школу. "
                 "Ще дві КАБ впали на приватний сектор.")
    assert len(of_type(evs, "ASSAULT")) == 1, show(evs)
    # another town that night, or the morning after, is another strike
    evs = events("Вночі ворог атакував Чернігівщину дронами. Було чути вибухи. Вночі ракети влучили в Суми.")
    assert len(of_type(evs, "ASSAULT")) == 2, show(evs)
    evs = events("Вночі ворог атакував Чернігівщину. Було чути вибухи. Вранці ракета влучила в Чернігів.")
    assert len(of_type(evs, "ASSAULT")) == 2, show(evs)

"""Events in genres and years the project read least (part D4, issue 16: reports of the war in
Donbas of 2014-2019, agency items, embassy releases and communiqués in translation): the armed
men of that war ("бойовики", "терористи") stand for the adversary in a document of that war,
unless a party of their own is named with them; "бойовики так званої ДНР" are the so-called
republic's; a village whose name several villages share is still a place of the home side; the
towns a fight was near are its place, not what it struck; the "ми" of a statement whose first
line names a body ("Заява Посольства США щодо ...") is that body or that mission's state. Each
with a near miss. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import analysed, of_type, on_day, only

from khronika.extract.events.lexicon.compiled import lexicon

events = on_day("2016-08-12")
WAR = "Доба в зоні АТО\n\n"      # a first line that makes the document one of the war in Donbas


def test_the_armed_group_words_are_data():
    lex = lexicon()
    assert {"бойовик", "терорист"} <= lex.word_list("armed_group_words")
    assert {"ua14", "ua44", "ато", "dnr"} <= lex.word_list("armed_group_theatre")


def test_militants_accused_in_a_report_of_the_war_are_the_adversary():
    doc = analysed(WAR + "Україна звинуватила бойовиків у мінуванні доріг.", "2017-04-25")
    ev = only(doc.events, "ACCUSE")
    assert ev.actors == ["ukraine"] and ev.recipients == ["russia"]


def test_militants_who_turned_back_a_patrol_are_the_adversary():
    doc = analysed(WAR + "Бойовики не пустили спостерігачів ОБСЄ до Авдіївки.", "2015-06-04")
    ev = only(doc.events, "REJECT")
    assert ev.actors == ["russia"] and ev.recipients == ["osce"]


def test_militants_outside_a_report_of_the_war_are_nobody_known():
    doc = analysed("Новини Африки\n\nУряд Малі звинуватив бойовиків у нападі на конвой.", "2019-05-10")
    assert "russia" not in [x for e in doc.events for x in e.actors + e.recipients]


def test_militants_with_a_name_of_their_own_are_that_party():
    doc = analysed(WAR + "Бойовики ХАМАС обстріляли Ізраїль ракетами.", "2016-08-12")
    ev = only(doc.events, "ASSAULT")
    assert ev.actors == ["hamas"]
    doc = analysed(WAR + "Палестинські бойовики обстріляли Ізраїль ракетами.", "2016-08-12")
    assert "russia" not in only(doc.events, "ASSAULT").actors


def test_militants_beside_the_adversary_named_are_not_it():
    doc = analysed(WAR + "Москва продовжує постачати бойовикам боєприпаси та паливо.", "2018-09-10")
    ev = only(doc.events, "AID")
    assert ev.actors == ["russia"] and "russia" not in ev.recipients


def test_militants_of_the_so_called_republic_are_that_republic():
    ev = only(events("Бойовики так званої ДНР обстріляли Авдіївку з мінометів."), "ASSAULT")
    assert ev.actors == ["dnr"] and ev.recipients == ["avdiivka"]


def test_a_conjunction_so_is_no_part_of_a_name():
    # ("Так, бойовики обстріляли ...": "так" before no "званий" stays what it was)
    ev = only(events("Так, бойовики ДНР обстріляли Авдіївку з мінометів."), "ASSAULT")
    assert ev.actors == ["dnr"]


def test_a_village_of_a_shared_name_struck_is_a_place_of_the_home_side():
    ev = only(events("Увечері Мар'їнку обстріляли з мінометів."), "ASSAULT")
    assert ev.actors == ["russia"] and ev.recipients == ["marinka"]


def test_a_foreign_town_struck_with_no_striker_gets_none():
    ev = only(events("Увечері Беер-Шеву обстріляли ракетами."), "ASSAULT")
    assert "russia" not in ev.actors


def test_towns_a_fight_was_near_are_its_place_not_its_target():
    ev = only(events("Окупанти обстріляли позиції наших захисників поблизу Авдіївки та Торецька "
                     "з мінометів.", ), "ASSAULT")
    assert ev.actors == ["russia"] and ev.recipients == ["ukraine"] and ev.place == "avdiivka"


def test_towns_struck_after_a_town_hit_are_struck_too():
    ev = only(events("Окупанти обстріляли Авдіївку та Торецьк з мінометів."), "ASSAULT")
    assert set(ev.recipients) >= {"avdiivka", "toretsk"}


def test_we_of_an_embassy_statement_is_its_state():
    doc = analysed("Заява Посольства США щодо ситуації на Донбасі\n\n"
                   "Ми закликаємо Росію вивести свої сили з Донбасу.", "2017-12-23")
    ev = only(doc.events, "REQUEST")
    assert ev.actors == ["united-states"] and ev.recipients == ["russia"]


def test_we_of_an_alliance_declaration_is_the_alliance():
    doc = analysed("Декларація саміту НАТО в Уельсі\n\n"
                   "Ми рішуче засуджуємо незаконну військову інтервенцію Росії.", "2014-09-05")
    ev = only(doc.events, "ACCUSE")
    assert "nato" in ev.actors and "ukraine" not in ev.actors


def test_we_of_a_statement_of_the_home_ministry_stays_home():
    doc = analysed("Заява МЗС України щодо виборів у Криму\n\n"
                   "Ми закликаємо міжнародну спільноту не визнавати їх результатів.", "2016-09-19")
    assert "ukraine" in only(doc.events, "REQUEST").actors


def test_a_headline_that_is_no_statement_names_no_author():
    doc = analysed("Посольство США відкрилося після ремонту\n\n"
                   "Ми закликаємо Росію вивести свої сили з Донбасу.", "2017-12-23")
    assert "united-states" not in only(doc.events, "REQUEST").actors


def test_a_day_told_with_others_happening_does_not_date_a_reaction():
    doc = analysed("23 квітня поблизу Пришиба підірвався на міні автомобіль місії ОБСЄ. "
                   "Держдепартамент США закликав Росію використати свій вплив.", "2017-04-25")
    assert only(doc.events, "REQUEST").time is None


def test_a_day_that_frames_the_story_still_dates_what_follows():
    doc = analysed("Гуманітарні коридори у середу не працювали. Російські військові обстрілювали "
                   "Маріуполь.", "2015-06-04")
    assert only(doc.events, "ASSAULT").time["value"] == "2015-06-03"


def test_a_foreign_first_name_read_as_a_dative_is_no_receiver():
    ev = only(events("Спецпредставниця ОБСЄ Гайді Тальявіні закликала сторони дотримуватися режиму "
                     "тиші."), "REQUEST")
    assert "heidi-tagliavini" in ev.actors and ev.recipients == []


def test_a_dative_inside_the_subject_phrase_still_receives():
    ev = only(events("Постачання зброї Україні призупинили."), "SANCTION")
    assert ev.recipients == ["ukraine"]


def test_acts_of_a_capital_condemned_are_its_states():
    ev = only(events("Генеральний секретар НАТО Андерс Фог Расмуссен засудив дії Москви."), "ACCUSE")
    assert ev.recipients == ["russia"]


def test_acts_of_a_capitals_residents_are_not_its_states():
    ev = only(events("ЄС засудив дії мешканців Москви."), "ACCUSE")
    assert "russia" not in ev.recipients


def test_who_falls_under_sanctions_is_sanctioned():
    ev = only(events("Під санкції потрапили віцепрем'єр Дмитро Рогозін і Владислав Сурков."), "SANCTION")
    assert "dmitry-rogozin" in ev.recipients and "dmitry-rogozin" not in ev.actors


def test_who_imposes_sanctions_still_imposes_them():
    ev = only(events("США запровадили санкції проти Росії."), "SANCTION")
    assert ev.actors == ["united-states"] and ev.recipients == ["russia"]


def test_two_joined_verbs_share_their_subject_over_a_long_object():
    doc = analysed("Російські кораблі атакували та захопили два малі броньовані катери і рейдовий "
                   "буксир ВМС України.", "2018-11-26")
    ev = only(doc.events, "COERCE")
    assert ev.actors == ["russia"] and "ukrainian-navy" in ev.recipients


def test_a_new_clause_after_a_comma_keeps_its_own_subject():
    doc = analysed("Російські кораблі атакували катер, а ВМС України захопили російський танкер.",
                   "2018-11-26")
    assert "ukrainian-navy" in only(doc.events, "COERCE").actors


def test_a_town_a_thing_was_struck_near_is_its_place():
    ev = only(events("Під Волновахою обстріляли пасажирський автобус."), "ASSAULT")
    assert ev.place == "volnovakha" and "volnovakha" not in ev.recipients


def test_a_town_struck_itself_stays_struck():
    ev = only(events("Окупанти обстріляли Волноваху."), "ASSAULT")
    assert ev.recipients == ["volnovakha"]

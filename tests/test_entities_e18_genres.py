"""Entities of news of further genres (issue 12, part E18): local and diaspora news that name
people with a patronymic, families that share a surname, sports, culture, health, energy and
religion. The sentences are written for these tests."""
import pytest

from entity_helpers import Analysed


AT = Analysed("2026-03-10")
ents = AT.entities
people = AT.named_people


@pytest.mark.parametrize("text, surname", [
    ("Іван Петрович Коваль, учитель з Полтави, відзначив ювілей. Коваль подякував учням.", "Коваль"),
    ("Відзнаку отримала Марія Іванівна Шевчук. Шевчук працює фельдшеркою сорок років.", "Шевчук"),
])
def test_a_patronymic_keeps_the_first_name_from_a_namesake(text, surname):
    """A first name before the patronymic ("Іван Петрович Коваль") is another person than
    the KB's Oleksandr Koval: the whole name is one local person, and no KB namesake."""
    found = people(text)
    assert not any(e["kb"] for e in found.values()), found
    (one,) = found.values()
    assert one["name_uk"].split()[-1] == surname and len(one["name_uk"].split()) == 3, one
    assert len(one["mentions"]) == 2


def test_a_kb_person_named_with_his_patronymic_is_one_mention():
    found = people("Володимир Олександрович Зеленський підписав указ про нагородження.")
    assert [m["text"] for m in found["volodymyr-zelenskyy"]["mentions"]] == \
        ["Володимир Олександрович Зеленський"]


@pytest.mark.parametrize("verb, who", [("розповіла", "svitlana-tkachenko"), ("розповів", "andrii-tkachenko")])
def test_a_shared_surname_goes_to_the_spouse_the_verb_names(verb, who):
    """Two people of the text share the surname: the gender of the verb after it chooses,
    and the KB's namesake (the head of Kyiv's military administration) is none of them."""
    found = people(f"Світлана Ткаченко та її чоловік Андрій Ткаченко відкрили пекарню. "
                   f"Ткаченко {verb}, що хліб печуть щоночі.")
    assert "tymur-tkachenko" not in found, found
    assert len(found[who]["mentions"]) == 2, found


@pytest.mark.parametrize("text, title, not_there", [
    ("Фільм «Десять ночей у Маріуполі» показали на фестивалі.", "Десять ночей у Маріуполі", "mariupol"),
    ("Опера поставила балет «Лебедине озеро» для дітей.", "Лебедине озеро", "lebedyn-sumska"),
    ("Письменниця представила книгу «Довга дорога до Львова» у бібліотеці.", "Довга дорога до Львова", "lviv"),
])
def test_a_quoted_title_after_a_kind_of_work_is_one_thing(text, title, not_there):
    """The whole quoted title is the work (MISC); the city or village a word of it names is
    no mention."""
    found = {e["id"]: e for e in ents(text)}
    assert not_there not in found, found
    works = [e for e in found.values() if e["type"] == "MISC"]
    assert [m["text"] for e in works for m in e["mentions"]] == [title], found


def test_the_kinds_of_works_load():
    from khronika.extract.entities.state import Lexicon
    assert {"книга", "балет", "фільм"} <= Lexicon().work_kinds


@pytest.mark.parametrize("text, name", [
    ("Фільм «Тиха ріка» Олега Бойка отримав нагороду фестивалю.", "Олег Бойко"),
    ("Роман «Зимова гавань» Мстислава Чернова отримав відзнаку.", "Мстислав Чернов"),
])
def test_a_name_after_a_title_is_its_author_in_the_genitive(text, name):
    """A past verb after the name that its nominative cannot take (a man's verb after
    "Олега", no man's nominative) is the title's verb: the name is the author's genitive."""
    assert [e["name_uk"] for e in people(text).values()] == [name]


@pytest.mark.parametrize("text, name", [
    ("Масаші Мацуда прибув до Києва.", "Масаші Мацуда"),
    ("Олександра Махова заявила про нові правила.", "Олександра Махова"),
])
def test_a_subject_of_the_verb_keeps_its_nominative(text, name):
    assert [e["name_uk"] for e in people(text).values()] == [name]


def test_a_city_after_its_mayor_is_found():
    """"Мер Чикаго": a city's office before it places the city as a preposition does."""
    found = {e["id"]: e for e in ents("Мер Чикаго привітав українських студентів.")}
    assert found.get("chicago", {}).get("type") == "LOC", found


def test_an_airport_is_no_town():
    """"Аеропорт «Бориспіль»" is the facility (ORG, as NER-UK tags airports), not the town."""
    found = {e["id"]: e for e in ents("Аеропорт «Бориспіль» отримав нове обладнання для терміналу.")}
    assert "boryspil" not in found, found
    assert [e["type"] for e in found.values()] == ["ORG"], found


@pytest.mark.parametrize("text, eid", [
    ("Парафія Української греко-католицької церкви відкрила їдальню.", "ugcc"),
    ("Громада вийшла з Української православної церкви минулого року.", "uoc-mp"),
    ("Українська асоціація футболу оштрафувала клуб.", "ukrainian-association-of-football"),
    ("Державна служба етнополітики провела експертизу статуту.", "dess"),
])
def test_churches_and_sports_bodies_by_their_usual_names(text, eid):
    found = {e["id"]: e for e in ents(text)}
    assert found.get(eid, {}).get("kb"), found


def test_a_monastery_of_a_church_is_two_names():
    """The model's one span over "Святогірську лавру Української православної церкви": the
    monastery and the church the KB links are two names."""
    found = {e["id"]: e for e in ents("Прочани прибули у Святогірську лавру Української "
                                       "православної церкви Московської патріархії.", "2022-06-10")}
    assert [m["text"] for m in found["uoc-mp"]["mentions"]] == \
        ["Української православної церкви Московської патріархії"], found
    assert any(m["text"] == "Святогірську лавру" for e in found.values() for m in e["mentions"]), found


@pytest.mark.parametrize("text, title", [
    ("Повість Марини Гончар «Пташиний двір» переклали німецькою.", "Пташиний двір"),
    ("У Полтаві стартував фестиваль «Полтава Jazz Week» на трьох сценах.", "Полтава Jazz Week"),
])
def test_a_title_after_its_author_or_a_festival_is_a_thing(text, title):
    """The author in the genitive may stand between the kind and the title; a festival's
    quoted name holds a city's name without naming the city."""
    found = ents(text)
    assert [(e["type"], m["text"]) for e in found for m in e["mentions"] if m["text"] == title] == \
        [("MISC", title)], found


@pytest.mark.parametrize("text, body", [
    ("Потерпілих доправили до лікарні імені Пирогова у райцентрі.", "лікарні імені Пирогова"),
    ("Випускники академії ім. Богомольця склали іспит.", "академії ім. Богомольця"),
])
def test_a_body_in_lower_case_named_after_someone(text, body):
    """"лікарня імені Пирогова": a body named after a person, not a person of the text."""
    found = ents(text)
    assert [(e["type"], m["text"]) for e in found for m in e["mentions"]] == [("ORG", body)], found


def test_a_common_surname_alone_is_no_sportsman():
    """Andriy Shevchenko, a footballer with no dated office in the KB, takes no "Шевченка"."""
    found = {e["id"] for e in ents("Школярі читали вірші Шевченка біля пам'ятника.")}
    assert "andriy-shevchenko" not in found


def test_a_body_name_at_a_sentence_start_with_a_town_adjective():
    """"Олександрівська" also reads as the genitive of a town noun, but no nominative noun
    (the subject, as "Слідчі" is) stands there: the hospital's name opens at it."""
    found = ents("Олександрівська лікарня Києва отримала новий апарат для діалізу.")
    assert [(e["type"], m["text"]) for e in found for m in e["mentions"]] == \
        [("ORG", "Олександрівська лікарня Києва")], found


def test_a_city_after_its_mayor_with_the_mayors_name_after():
    """"Мер Торонто Олівія Чоу": the model's body "Торонто" is the city; the mayor stays."""
    found = {e["id"]: e for e in ents("Мер Торонто Олівія Чоу відкрила виставку українських митців.")}
    assert found.get("toronto", {}).get("type") == "LOC", found
    assert any(e["type"] == "PER" for e in found.values()), found


def test_the_football_league_is_known():
    found = {e["id"]: e for e in ents("Клуб посів третє місце в Українській Прем'єр-лізі.")}
    assert found.get("ukrainian-premier-league", {}).get("kb"), found


@pytest.mark.parametrize("text, place", [
    ("Футболісти «Львова» обіграли суперника з рахунком 3:0.", "lviv"),
    ("Уболівальники «Олександрії» заповнили трибуни стадіону.", "oleksandriia"),
])
def test_a_place_in_quotes_after_a_word_of_sport_is_a_club(text, place):
    found = {e["id"]: e for e in ents(text)}
    assert place not in found or found[place]["type"] == "ORG", found
    assert [e["type"] for e in found.values()] == ["ORG"], found


def test_a_place_in_quotes_elsewhere_stays_a_place():
    found = {e["id"]: e for e in ents("Тоді для нас не спрацював «Будапешт», сказав він.")}
    assert found.get("budapest", {}).get("type") == "LOC", found


def test_the_sport_words_load():
    from khronika.extract.entities.state import Lexicon
    assert {"матч", "футболіст"} <= Lexicon().club_words


@pytest.mark.parametrize("text, eid", [
    ("Делегати Конгресу українців Канади зустрілися з прем'єром провінції.", "ukrainian-canadian-congress"),
    ("Президентка СКУ закликала громади до збору коштів.", "ukrainian-world-congress"),
])
def test_diaspora_bodies_are_known(text, eid):
    found = {e["id"]: e for e in ents(text)}
    assert found.get(eid, {}).get("kb"), found

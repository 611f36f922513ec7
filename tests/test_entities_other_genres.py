"""Entities of news of other genres than official statements (issue 12, part E16): regional
news (a village named with its raion, a river, the people of a town), court and police news
(suspects named by initials), foreign names the dictionary reads in another case or as an
address, and names of works, awards and treaties. The sentences are written for these tests."""
import pytest

from khronika.extract.entities.state import Lexicon
from khronika.lang.uk import load
from khronika.pipeline import analyze
from entity_helpers import Analysed


AT = Analysed("2025-09-15")
ents = AT.entities
of_type = AT.of_type


def test_the_word_lists_load():
    data = load("kb/lexicon")
    assert {"C"} <= {c for k in data["settlement_kinds"] for c in k["categories"]}
    assert "мешканці" in data["resident_nouns"]
    lex = Lexicon()
    assert "річка" in lex.river_words and "конвенція" in lex.document_heads
    assert "премія" in lex.thing_kinds


@pytest.mark.parametrize("text", [
    "Мешканці с. Тростянець Самбірського району просять відновити автобус.",
    "У селі Тростянець відкрили амбулаторію.",
])
def test_a_village_is_no_city_of_its_name_elsewhere(text):
    """"с." admits villages only; a raion named after the name that no namesake lies in
    leaves it unlinked rather than the town in Sumy oblast."""
    places = {e["id"]: e for e in of_type(text, "LOC")}
    assert "trostianets-sumska" not in places, places
    assert any(e["name_uk"] == "Тростянець" and not e["kb"] for e in places.values()), places


def test_a_village_in_its_raion_and_the_town_without_one():
    found = {e["id"] for e in of_type("У селі Тростянець Стрийського району збудували міст.", "LOC")}
    assert "trostianets-lvivska-stryiskyi" in found
    assert "trostianets-sumska" in {e["id"] for e in of_type("Ворог обстріляв Тростянець.", "LOC")}


def test_a_river_the_kb_lacks_is_no_town_of_its_name():
    places = {e["id"]: e for e in of_type("На Чернігівщині полагодили міст через річку Остер.", "LOC")}
    assert "oster-chernihivska-chernihivskyi" not in places, places
    assert places["richka-oster"]["name_uk"] == "річка Остер"


def test_the_people_of_a_town_place_it():
    found = {e["id"] for e in of_type("Мешканці Бородянки чекають на компенсації.", "LOC")}
    assert "borodianka" in found


@pytest.mark.parametrize("text, name", [
    ("Обвинуваченому О. Гнатенку продовжили арешт.", "О. Гнатенко"),
    ("Слідчі допитали підозрюваного Т. Ковалика.", "Т. Ковалик"),
])
def test_initials_and_a_surname_are_one_person(text, name):
    found = ents(text)
    assert [e["name_uk"] for e in found] == [name], found
    assert found[0]["type"] == "PER"


def test_a_dictionary_nominative_first_name_is_someone_else_than_the_kb_namesake():
    """The dictionary tags "Володимир" as a name only in its oblique cases: the nominative
    before a KB surname still names another person than the KB's Pavlo Petrenko."""
    people = of_type("Володимир Петренко очолив кооператив у селі.", "PER")
    assert [e["name_uk"] for e in people] == ["Володимир Петренко"], people
    assert not people[0]["kb"]


@pytest.mark.parametrize("text, name", [
    ("Посол Японії Хіроші Накамура передав генератори.", "Хіроші Накамура"),
    ("Нападник Марино Ковачич забив двічі.", "Марино Ковачич"),
    ("Журналісти поговорили з Марино Ковачичем.", "Марино Ковачич"),
])
def test_a_foreign_first_name_stays_as_written(text, name):
    """A first name the dictionary reads only in an oblique case where the verb wants its
    subject, or only as an address (Марина's vocative), is a foreign name, undeclined."""
    assert [e["name_uk"] for e in of_type(text, "PER")] == [name]


@pytest.mark.parametrize("text, name", [
    ("Фінляндія вийшла з Оттавської конвенції минулого року.", "Оттавської конвенції"),
    ("Документальна стрічка здобула премію «Ніка».", "Ніка"),
    ("Театр показав постановку «Лісова пісня».", "Лісова пісня"),
    ("Репортаж написали журналісти агентства Associated Press.", "Associated Press"),
])
def test_works_awards_treaties_and_agencies_get_their_type(text, name):
    found = {m["text"]: e["type"] for e in ents(text) for m in e["mentions"]}
    want = "ORG" if name == "Associated Press" else "MISC"
    assert found.get(name) == want, found


@pytest.mark.parametrize("text, name", [
    ("Гостомельська селищна рада затвердила бюджет.", "Гостомельська селищна рада"),
    ("Львівська національна опера відкрила сезон.", "Львівська національна опера"),
    ("Сумський обласний центр зайнятості оголосив набір.", "Сумський обласний центр зайнятості"),
])
def test_a_council_an_opera_and_a_centre_with_its_remit_are_bodies(text, name):
    """A council or an opera house heads a body's name like a court does; a centre takes its
    remit in the genitive ("центр зайнятості") like an agency."""
    found = {m["text"]: e["type"] for e in ents(text) for m in e["mentions"]}
    assert found.get(name) == "ORG", found


@pytest.mark.parametrize("text", ["Сільська рада збирається щомісяця.", "Нова опера зібрала зал."])
def test_one_adjective_and_a_head_opening_a_sentence_is_no_name(text):
    assert ents(text) == []


@pytest.mark.parametrize("text, date, name, namesake", [
    # the KB holds Kuninori Matsuda, ambassador of Japan until 2024
    ("Посол Японії Масаші Мацуда відвідав Житомир.", "2023-03-15", "Масаші Мацуда", "kuninori-matsuda"),
    # the KB holds Marta Kos, a European commissioner since 2024
    ("Журналісти поговорили з Оленою Кос після матчу.", "2025-03-15", "Олена Кос", "marta-kos"),
])
def test_an_undeclined_surname_after_another_first_name_is_not_the_kb_namesake(text, date, name, namesake):
    """A surname that does not decline ("Мацуда", a woman's "Кос") agrees with a first name in
    any case: another first name before it names another person, and the role word before
    the name is hers or his, not the KB officeholder's."""
    doc = analyze(text, date)
    found = doc.to_json()["entities"]
    people = [e for e in found if e["type"] == "PER" and e["mentions"]]
    assert [e["name_uk"] for e in people] == [name], found
    assert all(r.entity != namesake for r in doc.refs), doc.refs


def test_an_adjective_the_dictionary_lacks_keeps_its_ending_before_another():
    found = {e["name_uk"] for e in of_type("Кошти виділила Великодимерська селищна рада.", "ORG")}
    assert found == {"Великодимерська селищна рада"}


@pytest.mark.parametrize("text, name", [
    ("У півфіналі українка обіграла іспанку Мікелу Гарсію.", "Мікела Гарсія"),
    ("Журі нагородило польку Мартину Новак.", "Мартина Новак"),
])
def test_a_woman_by_the_word_before_keeps_a_womans_first_name(text, name):
    """"іспанку", "польку" say a woman; a first name the dictionary knows only as a man's
    ("Мікел", "Мартин") is put to her nominative by the rules."""
    assert name in {e["name_uk"] for e in of_type(text, "PER")}


def test_a_club_with_its_kind_is_one_body_and_a_quoted_name_keeps_its_marks():
    found = {m["text"]: e for e in ents("Воротар ФК «Карпати» пропустив двічі.") for m in e["mentions"]}
    assert found["ФК «Карпати»"]["type"] == "ORG"
    assert found["ФК «Карпати»"]["name_uk"] == "ФК «Карпати»"
    assert not any(e["type"] == "LOC" for e in found.values()), found
    names = {e["name_uk"] for e in of_type("Суд арештував рахунки ТОВ «Зерноторг-Схід».", "ORG")}
    assert names == {"ТОВ «Зерноторг-Схід»"}


@pytest.mark.parametrize("text", ["Фінал зіграють на стадіоні «Україна».",
                                  "Переговорники жили в готелі «Київ»."])
def test_a_venue_named_after_a_country_or_city_is_no_link_to_it(text):
    found = ents(text)
    assert not any(e["id"] in ("ukraine", "kyiv") for e in found), found
    assert [e["type"] for e in found] == ["LOC"], found


@pytest.mark.parametrize("text, span", [
    ("Розвідники 47-ї ОМБр «Магура» помітили колону.", "47-ї ОМБр «Магура»"),
    ("Артилеристи 93-ї ОМБр «Холодний Яр» влучили у склад.", "93-ї ОМБр «Холодний Яр»"),
])
def test_a_numbered_unit_by_its_abbreviation_keeps_its_honorary_name(text, span):
    """As "47-ї окремої механізованої бригади «Магура»" is one mention, so is the
    abbreviation with its quoted name; the quoted name is no entity of its own."""
    found = ents(text)
    assert [(e["type"], [m["text"] for m in e["mentions"]]) for e in found if e["type"] == "ORG"] \
        == [("ORG", [span])], found


@pytest.mark.parametrize("text, body, person", [
    ("Суддю Вищого господарського суду О. Ткачук-Мельник звільнили.", "Вищий господарський суд",
     "О. Ткачук-Мельник"),
    ("Акт підписали прокурори Житомирської обласної прокуратури Н. Бойко та І. Гринь.",
     "Житомирська обласна прокуратура", "Н. Бойко"),
])
def test_a_body_then_initials_and_a_surname_are_the_body_and_a_person(text, body, person):
    found = {e["name_uk"]: e["type"] for e in ents(text)}
    assert found.get(body) == "ORG" and found.get(person) == "PER", found


def test_a_body_named_after_someone_by_initials_keeps_the_name():
    found = [(e["type"], m["text"]) for e in ents("Науковці Інституту фізіології імені О. О. Богомольця"
                                                   " отримали грант.") for m in e["mentions"]]
    assert found == [("ORG", "Інституту фізіології імені О. О. Богомольця")], found


@pytest.mark.parametrize("text, place", [
    ("У селищі Слобожанське Чугуївського району ремонтують дорогу.", "slobozhanske-kharkivska-chuhuivskyi"),
    ("У місті Бородянка відкрили ЦНАП.", "borodianka"),
])
def test_a_settlement_word_does_not_overrule_the_unit_named_with_the_place(text, place):
    """The codifier has since made some settlements towns, and news calls a settlement a town:
    the kind a settlement word admits gives way to the raion named with the place."""
    assert place in {e["id"] for e in of_type(text, "LOC")}


@pytest.mark.parametrize("text, name", [
    ("Затриманому В. І. Гнатюку оголосили підозру.", "В. І. Гнатюк"),
    ("Затриманому О. Сидоренку оголосили підозру.", "О. Сидоренко"),
])
def test_initials_the_model_leaves_out_stay_with_the_surname(text, name):
    """Two initials are no end of a sentence ("В. І." is not "В." then the conjunction "і"),
    and initials the model leaves before a surname are part of the name."""
    doc = analyze(text, "2025-09-15")
    assert len(doc.sentences) == 1
    assert [e["name_uk"] for e in doc.to_json()["entities"] if e["type"] == "PER"] == [name]

"""Streets and squares as places of their own, the districts of cities from the codifier, a
council or an administration named by the short words of its kind, and a first name that is
not the KB person's (sentences written for these tests)."""
import pytest

from entity_helpers import Analysed, pipe, run  # noqa: F401  (pipe: a fixture)
from khronika.lang.uk import load

AT = Analysed("2024-10-08")
ents = AT.entities


def mentions(text, date=None):
    """surface -> (type, id, KATOTTG) of every mention."""
    return {m["text"]: (e["type"], e["id"], e.get("katottg")) for e in ents(text, date) for m in e["mentions"]}


def test_the_street_words_load():
    data = load("kb/lexicon")
    assert {"вулиця", "проспект", "площа"} <= set(data["street_nouns"])
    assert data["street_abbreviations"]["вул."] == "вулиця"
    assert load("body_names")["compound_kinds"]["міська рада"] == ["міськрада"]


# A street named after a person is a place, one mention over its noun and name: neither the
# person nor a village its name also spells.
@pytest.mark.parametrize("text, span, name", [
    ("Вночі на вулиці Сковороди прорвало трубу.", "вулиці Сковороди", "вулиця Сковороди"),
    ("Ремонт проспекту Героїв Сталінграда відклали.", "проспекту Героїв Сталінграда",
     "проспект Героїв Сталінграда"),
    ("Кіоск стояв на вул. Садовій біля школи.", "вул. Садовій", "вулиця Садова"),
    ("Ярмарок влаштували на Європейській площі в неділю.", "Європейській площі", "Європейська площа"),
    ("Туристи піднімалися Андріївським узвозом.", "Андріївським узвозом", "Андріївський узвіз"),
])
def test_a_street_is_one_place_of_its_own(text, span, name):
    got = {m["text"]: e for e in ents(text) for m in e["mentions"]}
    assert span in got, got
    e = got[span]
    assert e["type"] == "LOC" and e["name_uk"] == name and not e["kb"]
    assert not any(x["type"] == "PER" for x in ents(text))


def test_every_street_of_a_list_after_a_plural_noun_is_a_street():
    got = mentions("Світло вимкнули на вулицях Франка, Грушевського та Л. Українки.")
    assert got["вулицях Франка"][0] == "LOC"
    assert got["Грушевського"][:2] == ("LOC", "vulytsia-hrushevskoho")
    assert got["Л. Українки"][0] == "LOC"
    assert not any(t == "PER" for t, _, _ in got.values())


def test_a_town_after_a_street_noun_is_the_town_and_a_subject_after_it_is_no_street():
    got = mentions("Танки їхали вулицями Львова.")
    assert got["Львова"][1] == "lviv"
    got = mentions("На площі Стефанчук виступив перед студентами.")
    assert not any(k.startswith("площі") for k in got)


# Kyiv's districts, and other cities', are codifier units: a place with its code; a name that
# several cities' districts share goes to the district of the city named beside it.
@pytest.mark.parametrize("text, span, code", [
    ("Уламки дрона впали в Оболонському районі Києва.", "Оболонському районі", "UA80000000000551439"),
    ("Мешканців Печерського району попередили про відключення.", "Печерського району", "UA80000000000624772"),
])
def test_a_kyiv_district_is_a_place_with_its_code(text, span, code):
    assert mentions(text)[span] == ("LOC", mentions(text)[span][1], code)


def test_a_district_name_several_cities_share_is_resolved_by_the_city_named():
    got = mentions("У Шевченківському районі Запоріжжя зруйновано будинок.")
    assert got["Шевченківському районі"][2] == "UA23060070010748330"
    got = mentions("Укриття відкрили в Дніпровському районі Києва.")
    assert got["Дніпровському районі"][2] == "UA80000000000479391"
    # the second half of a compound broken at its hyphen is no district of Kyiv
    got = mentions("Школи Києво- Святошинського району відкрилися.")
    assert "UA80000000000875983" not in {c for _, _, c in got.values()}
    # no city named: a place, not a guess
    got = mentions("Шевченківський район залишився без води.")
    assert got["Шевченківський район"][0] == "LOC" and got["Шевченківський район"][2] is None
    # an oblast named: its raion, not a district of one of its cities
    got = mentions("Школу збудували в Дніпровському районі Дніпропетровської області.")
    assert got["Дніпровському районі"][2] == "UA12020000000052809"


def test_the_short_words_of_a_body_kind_make_aliases():
    from khronika.kb.bodynames import compound_short_forms
    assert "Полтавська міськрада" in compound_short_forms(["Полтавська міська рада"])
    assert set(compound_short_forms(["Сумська обласна державна адміністрація"])) == {
        "Сумська облдержадміністрація", "Сумська ОДА"}
    assert compound_short_forms(["Верховна Рада"]) == []


@pytest.mark.parametrize("text, eid", [
    ("Львівська міськрада затвердила програму.", "lviv-city-council"),
    ("Депутати Житомирської облради зібралися вранці.", "zhytomyr-oblast-council"),
])
def test_a_council_named_by_the_short_word_of_its_kind_is_linked(text, eid):
    assert any(e["id"] == eid and e["mentions"] for e in ents(text))


def test_a_first_name_the_dictionary_lacks_is_no_kb_first_name():
    got = mentions("Про обстріл розповів боєць Усман Кадиров.")
    assert "ramzan-kadyrov" not in {i for _, i, _ in got.values()}
    got = mentions("Про обстріл розповів Рамзан Кадиров.")
    assert got["Рамзан Кадиров"][1] == "ramzan-kadyrov"


def test_a_line_up_with_substitutes_and_minutes_holds_no_name_over_brackets_or_numbers():
    text = "Ворскла: Бойко, Ткаченко (Гнатюк, 64), Олійник, Мельничук (Пилипенко, 88)."
    spans = {m["text"] for e in ents(text, "2017-05-01") for m in e["mentions"]}
    assert not any(ch in s for s in spans for ch in "(),0123456789"), spans


# The model's span runs into the sentence's own words: a finite verb, the conjunction that
# opens the sentence, a headline in capitals. The model is replaced by the spans named here.
@pytest.mark.parametrize("text, span, typ", [
    ("Фонд підпорядковується Кабінету Міністрів України.", "Фонд підпорядковується Кабінету", "ORG"),
    ("Коли Бурштинська ТЕС зупиняється, ціни ростуть.", "Коли Бурштинська ТЕС", "ORG"),
    ("ЧОМУ ВАРТО ЧИТАТИ ЦЮ КНИЖКУ ВЛІТКУ\n\nКнижка вийшла навесні.", "ЧОМУ ВАРТО ЧИТАТИ ЦЮ КНИЖКУ", "ORG"),
])
def test_a_model_span_stops_where_the_sentence_goes_on(pipe, text, span, typ):
    doc = run(pipe, text, "2019-03-01", [(span, typ)])
    words = {w for m in doc.mentions for w in m.text.split()}
    assert not words & {"підпорядковується", "Коли", "ЧОМУ", "ВАРТО"}, [m.text for m in doc.mentions]

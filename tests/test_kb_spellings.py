"""A person the knowledge base holds, named in another Ukrainian spelling of the name: the
KB's person, not a new one; and bodies of the war's news found by the names news gives them."""
from khronika.kb import get_kb
from khronika.kb.spelling import person_by_spelling, spelling_key
from entity_helpers import Analysed


AT = Analysed("2023-06-14")
ents = AT.by_id


def test_spellings_of_one_name_share_a_key():
    assert spelling_key("Йонас Гар Стьоре") == spelling_key("Йонас Гар Стере")
    assert spelling_key("Саулі Ніїністьо") == spelling_key("Саулі Нііністе")
    assert spelling_key("Реджеп Тайїп Ердоган") == spelling_key("Реджеп Таїп Ердоган")
    assert spelling_key("Валентин Резниченко") == spelling_key("Валентин Резніченко")
    assert spelling_key("Олена Петрук") != spelling_key("Олена Петрик")


def test_a_surname_alone_or_an_unknown_name_links_nobody():
    kb = get_kb()
    assert person_by_spelling(kb, "Стьоре") is None
    assert person_by_spelling(kb, "Марта Ковзун") is None


def test_a_kb_person_in_another_spelling_is_that_person():
    got = ents("На саміті в Осло виступив Йонас Гар Стьоре, а Саулі Ніїністьо відповідав на питання.")
    assert "jonas-gahr-store" in got and "sauli-niinisto" in got
    got = ents("Переговори з Йонасом Гаром Стьоре тривали дві години.")
    assert "jonas-gahr-store" in got
    got = ents("Посередником виступив Реджеп Тайїп Ердоган.")
    assert got["recep-tayyip-erdogan"]["wikidata"] == "Q39259"


def test_bodies_of_the_war_news_by_their_usual_names():
    got = ents("Захисники «Азовсталі» вийшли з комбінату, а ракета влучила в Кременчуцький НПЗ.", "2022-05-20")
    assert "azovstal" in got and "kremenchuk-refinery" in got
    got = ents("Місію на станцію направило Міжнародне агентство з атомної енергетики.", "2022-08-30")
    assert "iaea" in got
    got = ents("Сухопутні війська Росії перекинули резерви на південь.", "2022-08-30")
    assert "russian-ground-forces" in got

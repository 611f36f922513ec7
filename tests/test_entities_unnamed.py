"""Entities the text never names: an address's author known from its title, a person pointed at
only by a role word. They stay in `entities` (a quote's speaker and an event's actors are entity
ids of the document), but marked as not named, with the words that point at them (texts
written for these tests)."""
from khronika.pipeline import analyze
from entity_helpers import json_by_id

ADDRESS = ("Сьогодні я провів переговори з партнерами. Ми домовилися про нові поставки. "
           "«Ми вистоїмо», — наголосив я у розмові.")


_by_id = json_by_id


def test_an_author_known_only_from_the_title_is_listed_as_the_unnamed_author():
    doc = analyze(ADDRESS, "2022-03-22", title="Звернення Президента України")
    ents = _by_id(doc)
    author = ents["volodymyr-zelenskyy"]
    assert author["mentions"] == []
    assert author["named"] is False and author["author"] is True
    assert author["refs"] == []
    # every entity that the text names carries none of these marks
    for e in ents.values():
        if e["mentions"]:
            assert not {"named", "author", "refs"} & e.keys()


def test_a_named_author_is_an_ordinary_entity():
    text = "Володимир Зеленський провів переговори. " + ADDRESS
    doc = analyze(text, "2022-03-22", title="Звернення Президента України")
    e = _by_id(doc)["volodymyr-zelenskyy"]
    assert [m["text"] for m in e["mentions"]] == ["Володимир Зеленський"]
    assert "named" not in e and "author" not in e


def test_a_person_named_only_by_a_role_lists_the_role_words():
    text = ("Прем'єр-міністр Польщі прибув до Києва. Він заявив, що Польща і надалі "
            "підтримуватиме Україну.")
    doc = analyze(text, "2023-05-10")
    # the role names its holder on the date; he speaks, so he is listed, with the words used
    pm = _by_id(doc)["mateusz-morawiecki"]
    assert pm["mentions"] == [] and pm["named"] is False and "author" not in pm
    assert pm["refs"][0]["kind"] == "role" and pm["refs"][0]["text"] == "Прем'єр-міністр Польщі"
    assert all(text[r["start"]:r["end"]] == r["text"] for r in pm["refs"])


def test_an_entity_nothing_points_at_is_left_out():
    doc = analyze("Погода в Києві сонячна.", "2022-03-22", title="Звернення Президента України")
    assert "volodymyr-zelenskyy" not in _by_id(doc)

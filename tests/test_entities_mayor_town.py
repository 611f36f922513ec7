"""After a mayor's office, a town the KB spells otherwise is no part of the mayor's name:
"мера Староконстянтинова Миколи Мельничука" holds the person "Микола Мельничук", not one
place of three words (issue 12, part E28)."""
import pytest

from entity_helpers import Analysed

AT = Analysed("2024-04-05")


@pytest.mark.parametrize("text, person", [
    ("Лист підписав мер Староконстянтинова Петро Гаврилюк.", "Петро Гаврилюк"),
    ("Журналісти зустрілися з мером Староконстянтинова Оксаною Дячук.", "Оксана Дячук"),
])
def test_the_mayors_name_after_an_unknown_spelling_of_his_town(text, person):
    found = AT.named(text)
    assert [e for e in found if e["type"] == "PER" and e["name_uk"] == person], found
    assert not [m for e in found for m in e["mentions"] if "Староконстянтинова" in m["text"]
                and m["text"] != "Староконстянтинова"], found


def test_a_first_name_right_after_the_office_is_the_mayor_himself():
    found = AT.named("Лист підписав мер Петро Гаврилюк учора.")
    assert [e["name_uk"] for e in found if e["type"] == "PER"] == ["Петро Гаврилюк"], found

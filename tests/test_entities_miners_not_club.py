"""The plural of a club's common-noun name is the common noun: "Шахтарі" opening a sentence
are miners, not the club "Шахтар", whose "Шахтарі" is a locative after "у"; and the miners
of a town name it as its residents would ("Шахтарі Стаханова": the renamed town) (issue 12,
part E28)."""
import pytest

from entity_helpers import Analysed

AT = Analysed("2024-04-05")


@pytest.mark.parametrize("text", [
    "Шахтарі Павлограда вимагають вчасно платити зарплату.",
    "Шахтарі Стаханова вийшли на протест біля адміністрації.",
])
def test_miners_are_no_football_club(text):
    found = AT.named(text)
    assert not [e for e in found if e["type"] == "ORG"], found


def test_the_miners_of_a_renamed_town_name_the_town():
    found = AT.by_type("Шахтарі Стаханова вийшли на протест біля адміністрації.", "LOC")
    assert "kadiivka" in found, found
    assert not AT.by_type("Шахтарі Стаханова вийшли на протест біля адміністрації.", "PER")


def test_the_club_in_its_singular_forms_stays_the_club():
    found = AT.by_type("Захисник Шахтаря забив, і Шахтар переміг.", "ORG")
    assert "shakhtar-club" in found, found

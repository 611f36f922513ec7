"""Entities of news of further genres (issue 12, part E18): local and diaspora news that name
people with a patronymic, families that share a surname, sports, culture, health, energy and
religion. The sentences are written for these tests."""
import pytest

from khronika.pipeline import analyze


def ents(text, date="2026-03-10"):
    return analyze(text, date).to_json()["entities"]


def people(text, date="2026-03-10"):
    return {e["id"]: e for e in ents(text, date) if e["type"] == "PER" and e["mentions"]}


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

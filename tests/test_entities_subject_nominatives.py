"""A name outside the knowledge base followed by a past-tense verb is that verb's subject:
each word as written is its nominative, and the verb's gender is the person's, even when
the dictionary knows neither the first name nor the surname."""
from entity_helpers import Analysed


AT = Analysed("2024-02-12")
people = AT.person_ids_by_name


def test_an_unknown_first_name_before_a_verb_stays_as_written():
    got = people("Спікер парламенту Фінляндії Юссі Галла-ахо прибув до Львова.")
    assert "Юссі Галла-ахо" in got and "Юсс Галл-ахо" not in got


def test_a_feminine_verb_makes_the_unknown_name_a_woman():
    got = people("Депутатка Ноора Койвісто повідомила про нову партію генераторів.")
    assert "Ноора Койвісто" in got and "Ноор Койвісто" not in got


def test_a_known_first_name_still_follows_the_dictionary():
    got = people("Петро Гнатюк повідомив про ремонт мосту.")
    assert "Петро Гнатюк" in got

"""One word whatever apostrophe it is typed with: ASCII ', typographic ’ (U+2019), the letter
ʼ (U+02BC) and the backtick ` all occur in real news, and every lookup (the knowledge base's
hand entries, the codifier's places, names outside the KB) must read them as one (sentences
written for these tests)."""
import pytest

from khronika.kb import get_kb
from khronika.textnorm import one_apostrophe
from entity_helpers import Analysed

VARIANTS = ("'", "\u2019", "\u02bc", "`")


AT = Analysed("2024-05-01")
entities = AT.by_id


@pytest.mark.parametrize("apo", VARIANTS)
def test_a_hand_entry_in_an_oblique_case(apo):
    ents = entities(f"Ворог знову обстріляв Слов{apo}янськ, а вночі й околиці Кам{apo}янського.")
    assert ents["sloviansk"]["kb"] and ents["kamianske"]["kb"]


@pytest.mark.parametrize("apo", VARIANTS)
def test_a_codifier_town_with_a_hyphen_in_the_locative(apo):
    ents = entities(f"Вибух пролунав у Кам{apo}янці-Бузькій на Львівщині.")
    town = ents["kamianka-buzka"]
    assert town["kb"] and town["katottg"] and town["name_uk"] == "Кам'янка-Бузька"


@pytest.mark.parametrize("apo", VARIANTS)
def test_a_kb_lookup_of_every_spelling(apo):
    kb = get_kb()
    assert [e.id for e in kb.lookup(f"Слов{apo}янськом")] == ["sloviansk"]


def test_codifier_names_are_printed_with_one_apostrophe():
    """The codifier writes ’: its units print as the hand entries do, so one place is never
    two names in a store."""
    kb = get_kb()
    for name in ("Кам'янка-Бузька", "Кам'янець-Подільський"):
        ents = kb.lookup(name)
        assert ents and all("'" in e.name_uk and "’" not in e.name_uk for e in ents), name


@pytest.mark.parametrize("apo", VARIANTS)
def test_a_name_outside_the_kb_keeps_one_id_and_one_nominative(apo):
    ents = entities(f"Староста Дар{apo}я Мирошниченко розповіла про обстріл. "
                    f"Мешканці подякували Дар{apo}ї Мирошниченко.")
    people = [e for e in ents.values() if e["type"] == "PER"]
    assert len(people) == 1
    assert one_apostrophe(people[0]["name_uk"]) == "Дар'я Мирошниченко"
    assert people[0]["id"] == "daria-myroshnychenko"


def test_one_apostrophe_maps_every_variant():
    assert {one_apostrophe(f"Кам{a}янське") for a in (*VARIANTS, "\u2018", "\u02b9", "\u2032")} \
        == {"Кам'янське"}

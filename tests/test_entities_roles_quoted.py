"""A role with a quoted organisation: the organisation is found and linked, and the person
is the holder of that office on the document date when the text gives no name (sentences
written for these tests)."""
from entity_helpers import Analysed


AT = Analysed(None)  # every text here gives its own date
roles = AT.role_refs


def test_a_faction_head_with_the_faction_in_quotes():
    refs, doc = roles("Голова фракції «Слуга народу» заявив, що закон ухвалять цього тижня.", "2024-05-01")
    assert refs == [("Голова фракції «Слуга народу»", "davyd-arakhamia")]
    assert "servant-of-the-people" in doc.entities


def test_a_faction_head_named_after_the_quotes_is_that_person():
    refs, _ = roles("Голова фракції «Слуга народу» Давид Арахамія прокоментував голосування.", "2024-05-01")
    assert [e for _, e in refs] == ["davyd-arakhamia"]


def test_the_chair_of_a_company_board_by_the_date():
    refs, doc = roles("Про це сказав голова правління «Нафтогазу» на брифінгу.", "2023-05-01")
    assert [e for _, e in refs] == ["oleksiy-chernyshov"] and "naftogaz" in doc.entities
    refs, _ = roles("Про це сказав голова правління «Нафтогазу» на брифінгу.", "2025-05-01")
    assert [e for _, e in refs] == ["serhiy-koretskyi"]


def test_a_director_general_of_a_company_is_its_recorded_head():
    refs, doc = roles("Генеральний директор «Укренерго» попередив про відключення.", "2023-05-01")
    assert [e for _, e in refs] == ["volodymyr-kudrytskyi"] and "ukrenergo" in doc.entities
    refs, _ = roles("Про відключення попередив гендиректор «Укренерго».", "2025-05-01")
    assert [e for _, e in refs] == ["vitaliy-zaichenko"]


def test_a_director_general_of_a_body_with_that_office_recorded():
    refs, _ = roles("Генеральний директор МАГАТЕ прибув до Києва.", "2023-05-01")
    assert [e for _, e in refs] == ["rafael-grossi"]

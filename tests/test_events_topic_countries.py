"""Events: a gathering "з" a field or task ("конференція з відновлення ...", "нарада з питань
безпеки ...") is about the country named after it; that country is no side of it unless the text
makes it one. Sentences written for these tests."""
from __future__ import annotations


from event_helpers import analysed


def sides(text):
    d = analysed(text, "2025-06-10").to_json()
    names = {e["id"]: e.get("name_uk") or e["name"] for e in d["entities"]}
    evs = [e for e in d["events"] if e["type"] == "CONSULT"]
    assert evs, d["events"]
    return [{names.get(x, x) for x in e["actors"] + e["recipients"]} for e in evs]


def test_the_country_a_gathering_is_about_is_no_side():
    for text, topic in (("Конференція з відновлення Молдови відбулася у Відні.", "Молдова"),
                        ("Форум з відновлення енергетики Грузії пройшов у Празі.", "Грузія")):
        for side in sides(text):
            assert topic not in side, (text, side)


def test_a_partner_after_z_still_takes_part():
    assert any("Польща" in side for side in sides("Франція провела консультації з Польщею щодо безпеки."))

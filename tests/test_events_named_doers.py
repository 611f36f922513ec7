"""Events a reader can trust (issue 16), who takes part (part C19): the doer a clause does
not name in its own words. A heading noun before a colon or dash ("Удар по Дніпру: ...") has
the clause after it as a clause of its own, whose subject strikes; the subject of a
predicative adjective ("Україна вдячна Польщі, яка ...") takes no part in the relative
clause's act. Sentences written for these tests; the full pipeline with the shipped
knowledge base."""
from __future__ import annotations


def events(text: str, date: str = "2025-03-12"):
    from khronika.pipeline import analyze
    return analyze(text, date).events


def one(evs, type_):
    found = [e for e in evs if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger.text, e.actors, e.recipients) for e in evs]
    return found[0]


def test_the_subject_after_a_headings_colon_strikes():
    for text, town in (("Удар по Дніпру: окупанти випустили три балістичні ракети.", "dnipro"),
                       ("Нічний обстріл Херсона: російські війська поцілили в пологовий будинок.", "kherson"),
                       ("Атака на Суми – Росія вдарила по місту керованими бомбами.", "sumy")):
        ev = one(events(text), "ASSAULT")
        assert ev.actors == ["russia"] and town in ev.recipients and "russia" not in ev.recipients, text


def test_the_subject_of_a_predicative_adjective_is_no_party_of_the_relative_clause():
    ev = one(events("Україна вдячна Естонії, яка засудила удари по енергетиці."), "ACCUSE")
    assert ev.actors == ["estonia"]
    ev = one(events("Молдова вдячна Румунії, яка закликала Брюссель посилити тиск на Москву."), "REQUEST")
    assert "moldova" not in ev.actors and "romania" in ev.actors

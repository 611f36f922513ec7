"""Events a reader can trust (issue 16), who takes part (part C19): the doer a clause does
not name in its own words. A heading noun before a colon or dash ("Удар по Дніпру: ...") has
the clause after it as a clause of its own, whose subject strikes; an impersonal form in
-но/-то takes the one subject (a body or a state) of the sentence before, or, for a suspicion
or an arrest, the investigating body that reports it before a colon; the subject of a
predicative adjective ("Україна вдячна Польщі, яка ...") takes no part in the relative
clause's act. Sentences written for these tests; the full pipeline with the shipped
knowledge base."""
from __future__ import annotations

from event_helpers import on_day, only as one


events = on_day("2025-03-12")


def test_the_investigating_bodies_are_data_of_the_knowledge_base():
    from khronika.extract.events.lexicon.compiled import lexicon
    from khronika.kb import get_kb
    lex, kb = lexicon(), get_kb()
    bodies = lex.word_list("investigating_bodies")
    assert {"sbu", "nabu", "office-of-the-prosecutor-general-of-ukraine"} <= bodies
    assert all(kb.entity(x) is not None for x in bodies)
    assert lex.word_list("investigators_own_types") == {"accuse", "coerce"}


def test_the_subject_after_a_headings_colon_strikes():
    for text, town in (("Удар по Дніпру: окупанти випустили три балістичні ракети.", "dnipro"),
                       ("Нічний обстріл Херсона: російські війська поцілили в пологовий будинок.", "kherson"),
                       ("Атака на Суми – Росія вдарила по місту керованими бомбами.", "sumy")):
        ev = one(events(text), "ASSAULT")
        assert ev.actors == ["russia"] and town in ev.recipients and "russia" not in ev.recipients, text
    # a heading whose kind the clause after it tells by no verb of its own stays one clause
    ev = one(events("Санкції проти Білорусі: Канада ухвалила новий пакет обмежень."), "SANCTION")
    assert ev.actors == ["canada"] and "belarus" in ev.recipients


def test_a_body_acting_before_goes_on_into_an_impersonal_form():
    ev = one(events("Служба безпеки України провела операцію на Полтавщині. Затримано двох "
                    "інформаторів ворога."), "COERCE")
    assert ev.actors == ["sbu"]
    ev = one(events("Європейський Союз ухвалив важливе рішення. Запроваджено обмеження проти "
                    "сорока російських компаній."), "SANCTION")
    assert ev.actors == ["european-union"] and "russia" in ev.recipients
    # who reports or speaks before is no doer
    ev = one(events("Міністр оборони Литви розповів про допомогу. Україні передано ще сорок "
                    "генераторів."), "AID")
    assert "lithuania" not in ev.actors and "ministry-of-defence-of-lithuania" not in ev.actors
    ev = one(events("Міністерство оборони повідомило: Україні передано нові гаубиці."), "AID")
    assert "ministry-of-defence-of-ukraine" not in ev.actors
    evs = events("Голова ОВА Іван Федоров розповів про нічну атаку. Затримано коригувальника.")
    assert all(not e.actors for e in evs if e.type == "COERCE")
    # nor does who asked before give ("звернулася до партнерів"): only who conducted or decided
    evs = events("Молдова звернулася до сусідів. Надано ще двадцять генераторів.")
    assert all("moldova" not in e.actors for e in evs)
    from khronika.extract.events.lexicon.compiled import lexicon
    assert {"провести", "ухвалити"} <= lexicon().word_list("conducting_verbs")


def test_an_investigating_body_reporting_its_own_suspicion_before_a_colon_accuses():
    ev = one(events("Державне бюро розслідувань повідомило: оголошено підозру колишньому "
                    "командиру військової частини."), "ACCUSE")
    assert ev.actors == ["sbi-of-ukraine"]


def test_the_subject_of_a_predicative_adjective_is_no_party_of_the_relative_clause():
    ev = one(events("Україна вдячна Естонії, яка засудила удари по енергетиці."), "ACCUSE")
    assert ev.actors == ["estonia"]
    ev = one(events("Молдова вдячна Румунії, яка закликала Брюссель посилити тиск на Москву."), "REQUEST")
    assert "moldova" not in ev.actors and "romania" in ev.actors
    # another state that thanks the home side for a gift told in the relative clause got it
    ev = one(events("Грузія вдячна Україні, яка передала гуманітарну допомогу після повені."), "AID")
    assert ev.actors == ["ukraine"] and ev.recipients == ["georgia"]
    ev = one(events("Грузія дякує Україні, яка передала гуманітарну допомогу після повені."), "AID")
    assert ev.actors == ["ukraine"] and ev.recipients == ["georgia"]


def test_a_bare_role_heading_a_foreign_states_delegation_is_that_states_office():
    ev = one(events("Делегація Франції на чолі з міністром оборони прибула до Одеси."), "CONSULT")
    assert "france" in ev.actors and "ukraine" not in ev.actors
    assert not any(x in ev.actors for x in ("rustem-umerov", "denys-shmyhal"))
    from khronika.extract.entities.state import Lexicon
    assert ("на", "чолі", "з") in Lexicon().led_by_phrases


def test_a_foreign_leader_the_knowledge_base_lacks_visiting_is_hosted_by_the_home_side():
    # (a leader named with the state he heads in apposition acts for it, as the text tells)
    ev = one(events("Президент Фінляндії Александер Стубб приїхав до Львова."), "CONSULT")
    assert "finland" in ev.actors and ev.recipients == ["ukraine"] and ev.place == "lviv"

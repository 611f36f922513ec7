"""Events in genres the project read least (part D3, issue 16: regional news, interviews,
parliament reports, demining and reconstruction, weekly digests): machines, medicines and tests
handed over by a named party, a long body name between the verb and what it gives, a town the
report names under a title that names its region, "поки" as "for now" between a subject and
its verb, a delegation from a state told after its verb, a written appeal a parliament
adopts, a state recognised as an aggressor by a hyphenated name, an aid package told only by
its sum, and a gift told again by a body of the union that gave it. Each with a near miss that
names no happening or another side. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import analysed, of_type, on_day, only

from khronika.extract.events.lexicon.compiled import lexicon

events = on_day("2024-10-02")


def test_the_plain_goods_are_data():
    assert {"машина", "ліки", "тест"} <= lexicon().contexts["plain_goods"]


def test_machines_handed_over_by_a_state_are_aid():
    ev = only(events("Японія передала ДСНС машини для розмінування."), "AID")
    assert ev.actors == ["japan"] and ev.recipients == ["state-emergency-service-of-ukraine"]


def test_tests_handed_over_by_a_government_are_aid():
    ev = only(events("Уряд Китаю передав Україні тести на коронавірус.", "2020-03-15"), "AID")
    assert ev.actors == ["china"] and ev.recipients == ["ukraine"]


def test_medicines_handed_between_people_are_no_aid():
    assert events("Сусід передав мені ліки.") == []
    assert events("Медсестра передала лікарю тести пацієнтів.") == []


def test_a_long_body_name_keeps_the_gift_near_its_verb():
    ev = only(events("Японія передала Державній службі з надзвичайних ситуацій дев'ять генераторів "
                     "для гуманітарного розмінування."), "AID")
    assert ev.actors == ["japan"] and ev.recipients == ["state-emergency-service-of-ukraine"]


def test_a_long_body_name_gives_no_gift_it_does_not_name():
    assert events("Японія передала Державній службі з надзвичайних ситуацій свої вітання.") == []


def test_the_town_of_the_report_is_the_place_under_a_regional_title():
    doc = analysed("Посол Японії відвідав Харківщину\n\nПосол Японії в Україні Мацуда Кунінорі "
                   "19 червня відвідав Харків.", "2024-06-20")
    ev = only(doc.events, "CONSULT")
    assert ev.place == "kharkiv"


def test_a_town_of_another_region_does_not_replace_the_title_place():
    doc = analysed("Посол Японії відвідав Харківщину\n\nПосол Японії в Україні Мацуда Кунінорі "
                   "19 червня відвідав Харківщину, а 20 червня – Львів.", "2024-06-21")
    assert "lviv" not in [e.place for e in doc.events if e.type == "CONSULT"]


def test_for_now_between_subject_and_verb_keeps_the_subject():
    ev = only(events("Канцлер Олаф Шольц поки відмовляється їх передати.", "2023-07-05"), "REJECT")
    assert ev.actors == ["olaf-scholz", "germany"]


def test_while_opening_a_clause_parts_the_subject_from_the_verb():
    evs = events("Франція передала ракети, поки Німеччина відмовляється їх передати.", "2023-07-05")
    assert "germany" not in only(evs, "AID").actors


def test_a_delegation_from_a_state_after_its_verb_acts_for_it():
    ev = only(events("Наступного тижня область відвідає делегація з Чехії.", "2022-11-03"), "CONSULT")
    assert ev.actors == ["czech-republic"] and ev.status == "planned"


def test_a_delegation_from_a_town_after_its_verb_names_no_state():
    evs = of_type(events("Наступного тижня область відвідає делегація з Харкова.", "2022-11-03"), "CONSULT")
    assert all(e.actors == [] for e in evs)


def test_an_appeal_a_parliament_adopts_is_a_request():
    evs = events("У вівторок Верховна Рада ухвалила звернення до ООН та ПАРЄ про визнання Росії "
                 "державою-агресором.", "2015-01-28")
    ev = only(evs, "REQUEST")
    assert ev.actors == ["verkhovna-rada", "ukraine"] and set(ev.recipients) == {"united-nations", "pace"}
    assert of_type(evs, "CONSULT") == []


def test_an_appeal_to_citizens_asks_no_party():
    assert of_type(events("Верховна Рада ухвалила звернення до громадян.", "2015-01-28"), "REQUEST") == []


def test_a_guest_addressing_a_parliament_still_meets_it():
    ev = only(events("Прем'єр-міністр Канади звернувся до Верховної Ради.", "2015-01-28"), "CONSULT")
    assert "canada" in ev.actors


def test_a_state_recognised_as_an_aggressor_is_accused():
    ev = only(events("Верховна Рада визнала Росію державою-агресором.", "2015-01-28"), "ACCUSE")
    assert ev.actors == ["verkhovna-rada", "ukraine"] and ev.recipients == ["russia"]


def test_a_state_recognised_as_a_partner_is_not_accused():
    assert of_type(events("Сейм визнав Україну країною-партнером.", "2015-01-28"), "ACCUSE") == []


def test_a_package_told_by_its_sum_in_euros_is_aid():
    ev = only(events("Борис Пісторіус оголосив новий пакет на 2,7 мільярда євро.", "2023-07-05"), "AID")
    assert ev.actors == ["boris-pistorius", "germany"]


def test_a_package_in_hryvnias_is_spending_at_home():
    assert of_type(events("Уряд оголосив новий пакет на 2 мільярди гривень для бізнесу.", "2023-07-05"),
                   "AID") == []


def test_a_body_of_the_union_that_gave_tells_the_same_gift():
    ev = only(events("Україна отримала перший транш від ЄС. Про це повідомив прем'єр-міністр. "
                     "Європейська комісія перерахувала 4,2 мільярда євро.", "2024-08-08"), "AID")
    assert set(ev.actors) == {"european-union", "european-commission"} and ev.recipients == ["ukraine"]


def test_a_body_of_another_state_tells_another_gift():
    evs = of_type(events("Україна отримала перший транш від ЄС. Про це повідомив прем'єр-міністр. "
                         "Міністерство фінансів США перерахувало 4,2 мільярда доларів.", "2024-08-08"), "AID")
    assert len(evs) == 2

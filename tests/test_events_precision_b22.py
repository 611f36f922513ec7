"""Events precision (issue 16, B22): wordings of real text of other genres that tell no
happening of statecraft. A match report's "зустріч" and "змусив" (a match, a side pinned back),
while a head of state who meets the team and a strike told in the same text stay; what a party
is able or has the right to do ("спроможна завдавати ударів", "має право запровадити санкції"),
while what it will do or intends stays. Sentences written for these tests; the full pipeline
with the shipped knowledge base."""
from __future__ import annotations

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import analysed_events, types as types_in


def types(text: str, date: str = "2025-09-16") -> list[str]:
    return types_in(analysed_events(text, date))


MATCH = ("Молодіжна збірна України зіграла внічию зі збірною Норвегії. З перших хвилин зустрічі "
         "норвежці тиснули, але воротар українців двічі врятував команду. У другому таймі суперник "
         "змусив наших захисників відійти до власних воріт. Після матчу тренер подякував "
         "уболівальникам.")


def test_match_senses_are_data():
    lex = lexicon()
    assert {"тайм", "воротар"} <= lex.word_list("consult_other_senses")
    assert {"матч", "збірна"} <= lex.word_list("coerce_document_senses")


def test_a_match_is_no_meeting_and_pinning_back_no_coercion():
    found = types(MATCH)
    assert "CONSULT" not in found and "COERCE" not in found, found


def test_a_head_of_state_meeting_the_team_and_a_strike_stay():
    text = ("Збірна України завершила підготовку до чемпіонату Європи. Після тренування "
            "Володимир Зеленський зустрівся з футболістами збірної. Того ж вечора ворог "
            "атакував Харків дронами, поранено трьох людей.")
    found = types(text)
    assert "CONSULT" in found and "ASSAULT" in found, found


def test_what_a_party_is_able_or_entitled_to_do_is_no_happening():
    assert types("Ворог досі спроможний завдавати масованих ударів по енергетиці.") == []
    assert types("Кабінет Міністрів має право запровадити санкції проти іноземних компаній.") == []
    assert types("Громада має повне право вимагати від забудовника компенсації.") == []


def test_what_a_party_will_do_or_intends_stays():
    assert "SANCTION" in types("Кабінет Міністрів наступного тижня запровадить санкції проти іноземних компаній.")
    assert "SANCTION" in types("Євросоюз має намір запровадити санкції проти іранських компаній.")
    assert "ASSAULT" in types("Вночі ворог завдав масованого удару по енергетиці Харкова.")


def test_a_report_that_names_a_match_once_is_no_match_report():
    """Two words of sport in one sentence of a report of riots make no match report."""
    text = ("Поліція розслідує безлади в центрі міста. Серед версій слідства – бійка футбольних "
            "уболівальників. Двадцять учасників заворушень затримано, їм оберуть запобіжний захід.")
    assert "COERCE" in types(text), types(text)


def test_a_right_whose_act_follows_a_colon_is_used():
    assert "REQUEST" in types("Ця жертва дає нам моральне право вимагати: дійте негайно!")


def test_a_hall_or_a_room_named_for_sessions_or_talks_is_no_session():
    assert {"зал", "кімната"} <= lexicon().word_list("facility_nouns")
    assert types("Урочиста церемонія відбулася у залі пленарних засідань облради.") == []
    assert types("Журналістів не пустили до кімнати переговорів, де чекали делегати.") == []


def test_talks_held_in_a_hall_of_talks_stay():
    assert types("У Варшаві в залі переговорів президентського палацу зустрілися президенти Польщі "
                 "та Литви.") == ["CONSULT"]


def test_what_a_law_does_to_anyone_it_concerns_is_a_rule():
    assert "застосовуватися" in lexicon().word_list("rule_passive_verbs")
    assert types("За несвоєчасне подання звіту до платника застосовуються штрафні санкції.") == []
    assert types("У разі прострочення платежу до орендаря застосовуються фінансові санкції.") == []


def test_what_is_done_to_a_party_in_the_present_stays():
    assert "SANCTION" in types("Від сьогодні до Білорусі застосовуються нові санкції Євросоюзу.")


def test_a_call_told_again_in_its_speakers_words_is_one_event():
    text = ("Президент України у четвер провів телефонну розмову з Президентом Франції Макроном. "
            "Сторони обговорили енергетичну безпеку. «Сьогодні говорив з Емманюелем, домовилися про "
            "нові кроки», – написав Зеленський.")
    found = types(text, "2025-09-18")
    assert found.count("CONSULT") == 1, found


def test_a_second_call_that_day_with_another_leader_stays():
    text = ("Президент України у четвер провів телефонну розмову з Президентом Франції Макроном. "
            "Сторони обговорили енергетичну безпеку. Сьогодні ж Зеленський говорив і з канцлером "
            "Німеччини Мерцом.")
    found = types(text, "2025-09-18")
    assert found.count("CONSULT") == 2, found


def test_a_title_line_names_the_happening_its_lead_tells():
    """"чергові" sets the strike apart from earlier ones, not from the title above it; the lead
    is the event's own telling."""
    text = ("Заява МЗС у зв'язку з ударами Росії по Харкову\n"
            "Міністерство закордонних справ України засуджує чергові ракетні удари Росії по Харкову, "
            "внаслідок яких зруйновано лікарню.")
    strikes = [e for e in analysed_events(text, "2025-10-02") if e.type == "ASSAULT"]
    assert len(strikes) == 1 and "засуджує" in strikes[0].evidence.text, [e.evidence.text for e in strikes]


def test_a_lead_that_tells_a_strike_on_another_town_stays_apart_from_the_title():
    text = ("Росія вдарила по Харкову\n"
            "Вночі російські війська атакували Одесу дронами. Раніше ворог обстріляв Харків з артилерії.")
    strikes = [e for e in analysed_events(text, "2025-10-02") if e.type == "ASSAULT"]
    assert len(strikes) == 2, [(e.trigger.text, e.recipients) for e in strikes]

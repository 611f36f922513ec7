"""Who did it to whom, from the clause's grammar: sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

from khronika.extract.morph import analyse

ENTS.setdefault("oleh-syniehubov", ("Oleh Syniehubov", "Олег Синєгубов", "PER", None))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("odesa", ("Odesa", "Одеса", "LOC", "Q1874"))


def test_reporter_of_a_strike_is_no_participant(core_pipeline):
    doc = build(core_pipeline, "Вночі Росія атакувала Харків, повідомив голова ОВА Олег Синєгубов.",
                names=[("Росія", "russia"), ("Харків", "kharkiv"), ("Олег Синєгубов", "oleh-syniehubov")])
    ev = doc.events[0]
    assert ev.type == "ASSAULT" and ev.actors == ["russia"] and ev.recipients == ["kharkiv"]


def test_partner_after_z_with_its_country_receives_and_the_city_is_only_the_place(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга провів переговори з міністром закордонних справ Туреччини в Женеві.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Туреччини", "turkey"), ("Женеві", "geneva")])
    ev = doc.events[0]
    assert ev.type == "CONSULT" and ev.place == "geneva"
    assert ev.actors == ["andrii-sybiha", "ukraine"] and ev.recipients == ["turkey"]


def test_a_country_in_the_topic_takes_no_part(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга зустрівся з міністром Польщі щодо посилення тиску на Росію.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Польщі", "poland"), ("Росію", "russia")])
    ev = doc.events[0]
    assert ev.actors == ["andrii-sybiha", "ukraine"] and ev.recipients == ["poland"]


def test_coordinated_partners_share_the_side(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга говорив із міністрами Франції, Польщі та Туреччини.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Франції", "france"), ("Польщі", "poland"),
                       ("Туреччини", "turkey")])
    ev = doc.events[0]
    assert ev.type == "CONSULT" and ev.actors == ["andrii-sybiha", "ukraine"]
    assert ev.recipients == ["france", "poland", "turkey"]


def test_a_later_clause_with_its_own_subject_is_left_out(core_pipeline):
    doc = build(core_pipeline, "Делегація України провела переговори з представниками США, і зараз міністр "
                               "на шляху до Франції.",
                names=[("України", "ukraine"), ("США", "united-states"), ("Франції", "france")])
    ev = doc.events[0]
    assert set(ev.actors) == {"ukraine"} and ev.recipients == ["united-states"]


def test_now_and_these_days_give_no_time(core_pipeline):
    doc = build(core_pipeline, "Зараз триває зустріч делегацій України та США.",
                names=[("України", "ukraine"), ("США", "united-states")],
                timexes=[("Зараз", "PRESENT_REF", None)])
    assert doc.events[0].time is None


def test_first_person_subject_acts_for_the_home_side(core_pipeline):
    doc = build(core_pipeline, "Сьогодні я говорив із міністром Франції.", names=[("Франції", "france")])
    ev = doc.events[0]
    assert ev.type == "CONSULT" and ev.actors == ["ukraine"] and ev.recipients == ["france"]


def test_function_words_keep_their_function_reading():
    # the dictionary lists "під" as a noun and "була" as an adjective first
    assert analyse("під").pos == "PREP" and analyse("до").pos == "PREP" and analyse("на").pos == "PREP"
    assert analyse("була").pos == "VERB" and analyse("мене").pos == "NPRO"


def test_a_strike_on_a_home_town_with_no_attacker_named_is_the_adversarys(core_pipeline):
    doc = build(core_pipeline, "Вдень знову удар по Одесі.", names=[("Одесі", "odesa")])
    ev = doc.events[0]
    assert ev.type == "ASSAULT" and ev.actors == ["russia"] and ev.recipients == ["odesa"]
    assert ev.place == "odesa"


def test_a_count_of_calls_is_one_event_and_stays_apart_from_a_single_call(core_pipeline):
    text = "За тиждень я провів майже 20 розмов із партнерами. Сьогодні я говорив із міністром Франції."
    doc = build(core_pipeline, text, names=[("Франції", "france")])
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert [e.trigger.text for e in consult] == ["розмов", "говорив"]


def test_ongoing_talk_with_partners_is_no_event(core_pipeline):
    doc = build(core_pipeline, "Ми щодня продовжуємо розмову з партнерами.")
    assert doc.events == []


def test_the_subject_left_out_after_a_relative_word_is_the_main_clauses(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга підписав документ, яким запровадив санкції проти Росії.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Росії", "russia")])
    ev = [e for e in doc.events if e.type == "SANCTION"][0]
    assert ev.actors == ["andrii-sybiha", "ukraine"] and ev.recipients == ["russia"]


def test_who_announces_a_meeting_with_someone_is_its_other_party(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга заявив, що наступного тижня відбудеться зустріч із міністром Франції.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Франції", "france")])
    ev = doc.events[0]
    assert ev.actors == ["andrii-sybiha", "ukraine"] and ev.recipients == ["france"] and ev.status == "planned"


def test_who_needs_asks(core_pipeline):
    doc = build(core_pipeline, "Україні потрібні ракети для ППО.", names=[("Україні", "ukraine")])
    ev = doc.events[0]
    assert ev.type == "REQUEST" and ev.actors == ["ukraine"]


def test_an_offensive_with_its_target(core_pipeline):
    doc = build(core_pipeline, "Окупанти продовжують наступ на Харків.", names=[("Харків", "kharkiv")])
    ev = doc.events[0]
    assert ev.type == "ASSAULT" and ev.recipients == ["kharkiv"]


def test_new_agreements_and_a_noun_hanging_on_a_verb_across_a_dash(core_pipeline):
    doc = build(core_pipeline, "Головне – є нові оборонні домовленості.")
    assert [e.type for e in doc.events] == ["AGREE"]
    doc = build(core_pipeline, "Ми готуємо ще сім документів – двосторонніх безпекових угод.")
    assert [e.type for e in doc.events] == ["AGREE"] and doc.events[0].status == "planned"


def test_a_pair_of_delegations_has_the_first_acting(core_pipeline):
    doc = build(core_pipeline, "Завтра відбудеться зустріч делегацій Франції та Польщі.",
                names=[("Франції", "france"), ("Польщі", "poland")])
    ev = doc.events[0]
    assert ev.actors == ["france"] and ev.recipients == ["poland"]


def test_who_repels_an_attack_is_struck_not_striking(core_pipeline):
    doc = build(core_pipeline, "Польща відбила атаки з повітря.", names=[("Польща", "poland")])
    ev = doc.events[0]
    assert ev.type == "ASSAULT" and "poland" not in ev.actors and "poland" in ev.recipients


def test_a_list_after_a_dash_shares_the_partner_words_side(core_pipeline):
    doc = build(core_pipeline, "Сьогодні я поговорив з лідерами – Франції, Польщі та Туреччини.",
                names=[("Франції", "france"), ("Польщі", "poland"), ("Туреччини", "turkey")])
    ev = doc.events[0]
    assert ev.actors == ["ukraine"] and ev.recipients == ["france", "poland", "turkey"]


def test_a_nominative_relative_word_stands_for_the_phrase_before_it(core_pipeline):
    doc = build(core_pipeline, "Одеса та інші міста, які зазнають ударів з моря, тримаються.",
                names=[("Одеса", "odesa")])
    ev = doc.events[0]
    assert ev.type == "ASSAULT" and "odesa" in ev.recipients and "odesa" not in ev.actors


def test_a_need_word_as_an_attribute_asks_for_nothing(core_pipeline):
    doc = build(core_pipeline, "Уряд доручив надати всю необхідну допомогу постраждалим.")
    # (the order itself, "доручив", is a request of its own: not the need word)
    assert not [e for e in doc.events if e.type == "REQUEST" and e.trigger.text == "необхідну"]


def test_a_date_before_the_subject_does_not_swallow_it(core_pipeline):
    doc = build(core_pipeline, "24 лютого Росія почала наступ на Харків.",
                names=[("Росія", "russia"), ("Харків", "kharkiv")])
    ev = doc.events[0]
    assert ev.actors == ["russia"] and ev.recipients == ["kharkiv"]


def test_a_role_noun_the_dictionary_leaves_without_case_still_heads_the_subject(core_pipeline):
    # pymorphy3's Ukrainian dictionary tags the headword "секретар" with no case at all
    assert analyse("секретар").case == "nomn" and analyse("секретаря").case != "nomn"
    doc = build(core_pipeline, "Учора секретар ради Андрій Сибіга провів переговори з міністром Польщі.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Польщі", "poland")])
    ev = doc.events[0]
    assert ev.type == "CONSULT" and ev.actors == ["andrii-sybiha", "ukraine"] and ev.recipients == ["poland"]


ENTS.setdefault("hakan-fidan", ("Hakan Fidan", "Хакан Фідан", "PER", None))
ENTS.setdefault("volodymyr-zelenskyy", ("Volodymyr Zelenskyy", "Володимир Зеленський", "PER", None))


def test_a_person_and_the_state_they_act_for_stand_on_one_side(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга провів переговори з Хаканом Фіданом.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Хаканом Фіданом", "hakan-fidan")])
    ev = doc.events[0]
    assert ev.actors == ["andrii-sybiha", "ukraine"] and ev.recipients == ["hakan-fidan", "turkey"]
    assert doc.entities["turkey"].name == "Turkey"        # the added state is a document entity


def test_the_subject_of_the_condition_is_what_sanctions_aim_at(core_pipeline):
    doc = build(core_pipeline, "Якщо Росія не відступить, ЄС запровадить нові санкції.",
                names=[("Росія", "russia"), ("ЄС", "eu")])
    ev = [e for e in doc.events if e.type == "SANCTION"][0]
    assert ev.status == "conditional" and ev.actors == ["eu"] and ev.recipients == ["russia"]


def test_a_prisoner_swap_with_no_other_side_named_is_with_the_adversary(core_pipeline):
    doc = build(core_pipeline, "Сьогодні відбувся обмін полоненими, додому повернулися 200 захисників.")
    ev = [e for e in doc.events if e.type == "RETREAT"][0]
    assert "russia" in ev.recipients


def test_we_who_repel_attacks_are_their_target(core_pipeline):
    doc = build(core_pipeline, "Ми успішно відбиваємо атаки ворога.")
    ev = doc.events[0]
    assert ev.type == "ASSAULT" and "ukraine" in ev.recipients and "ukraine" not in ev.actors


def test_the_speaker_of_a_vague_first_person_mention_stays_out_of_the_meeting_named(core_pipeline):
    text = "«Ми готуємо важливі зустрічі. Третього січня – зустріч радників із представниками Франції»."
    doc = build(core_pipeline, text, date="2026-01-02", names=[("Франції", "france")],
                timexes=[("Третього січня", "2026-01-03", None)],
                quotes=[(text[1:-2], "volodymyr-zelenskyy")])
    assert len(doc.events) == 1 and len(doc.events[0].mentions) == 1      # one meeting, told twice
    ev = doc.events[0]
    assert "france" in ev.recipients and "volodymyr-zelenskyy" not in ev.actors + ev.recipients


ENTS.setdefault("emmanuel-macron", ("Emmanuel Macron", "Емманюель Макрон", "PER", None))


def test_a_strike_noun_with_a_states_forces_after_it_is_theirs_and_a_town_after_it_is_hit(core_pipeline):
    doc = build(core_pipeline, "Унаслідок обстрілів російських військ загинули троє людей.",
                refs=[("російських", "russia", "adjective")])
    ev = doc.events[0]
    assert ev.type == "ASSAULT" and ev.actors == ["russia"]
    doc = build(core_pipeline, "Тривають обстріли Харкова.", names=[("Харкова", "kharkiv")])
    assert doc.events[0].recipients == ["kharkiv"] and doc.events[0].actors == ["russia"]


def test_the_occupiers_are_the_adversary(core_pipeline):
    doc = build(core_pipeline, "Вночі окупанти обстріляли Харків.", names=[("Харків", "kharkiv")])
    ev = doc.events[0]
    assert ev.actors == ["russia"] and ev.recipients == ["kharkiv"]


def test_who_hides_from_strikes_is_their_target(core_pipeline):
    doc = build(core_pipeline, "Жителі Одеси ховалися від обстрілів.", names=[("Одеси", "odesa")])
    ev = doc.events[0]
    assert "odesa" in ev.recipients and "odesa" not in ev.actors


def test_had_a_conversation_took_place_and_a_hope_is_planned(core_pipeline):
    doc = build(core_pipeline, "Вчора Андрій Сибіга мав розмову з міністром Франції.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Франції", "france")])
    assert doc.events[0].status == "occurred"
    doc = build(core_pipeline, "Андрій Сибіга сподівається на зустріч з міністром Франції.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Франції", "france")])
    assert doc.events[0].status == "planned"


def test_who_is_grateful_for_sanctions_imposes_none(core_pipeline):
    doc = build(core_pipeline, "Ми вдячні за санкції проти Росії.", names=[("Росії", "russia")])
    ev = doc.events[0]
    assert ev.type == "SANCTION" and ev.recipients == ["russia"] and "ukraine" not in ev.actors


def test_we_who_expect_aid_from_someone_receive_it(core_pipeline):
    doc = build(core_pipeline, "Наступного тижня ми очікуємо новий транш від ЄС.", names=[("ЄС", "eu")])
    ev = doc.events[0]
    assert ev.type == "AID" and ev.actors == ["eu"] and ev.recipients == ["ukraine"]


def test_the_city_a_visit_goes_to_is_its_place_not_a_party(core_pipeline):
    doc = build(core_pipeline, "Міністр Польщі планує відвідати Київ.",
                names=[("Польщі", "poland"), ("Київ", "kyiv")])
    ev = doc.events[0]
    assert ev.place == "kyiv" and "kyiv" not in ev.actors + ev.recipients


def test_the_home_side_among_the_friends_is_not_the_partner(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга говорив з друзями України – Президентом Франції Макроном.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("України", "ukraine"),
                       ("Президентом Франції Макроном", "emmanuel-macron")])
    ev = doc.events[0]
    assert "emmanuel-macron" in ev.recipients and "ukraine" not in ev.recipients


def test_a_past_verb_with_its_own_subject_is_not_the_speakers(core_pipeline):
    doc = build(core_pipeline, "Я говорив з ними, я дякую. Вчора у Львові відбулася акція протесту.")
    ev = [e for e in doc.events if e.type == "PROTEST"][0]
    assert "ukraine" not in ev.actors


def test_a_verbless_heading_with_a_date_dates_what_the_next_sentence_tells(core_pipeline):
    doc = build(core_pipeline, "Сьогоднішній день. Головне – відбувся обмін полоненими.",
                timexes=[("Сьогоднішній день", "2026-01-10", None)])
    ev = [e for e in doc.events if e.type == "RETREAT"][0]
    assert ev.time == {"value": "2026-01-10", "mod": None}
    doc = build(core_pipeline, "Сьогодні – важкий день. Ворог постійно атакує Харків.",
                names=[("Харків", "kharkiv")], timexes=[("Сьогодні", "2026-01-10", None)])
    assert doc.events[0].type == "ASSAULT" and doc.events[0].time is None     # a habit, no date


def test_a_town_named_after_a_meeting_is_where_something_happened_not_a_party(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга провів переговори з міністром Франції. "
                               "Я чекаю від нього все, що було сказано представникам Польщі у Києві.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Франції", "france"), ("Польщі", "poland"),
                       ("Києві", "kyiv")])
    ev = doc.events[0]
    assert ev.type == "CONSULT" and "poland" in ev.recipients and "kyiv" not in ev.recipients


def test_the_speaker_who_needs_asks_and_stays_on_the_asking_side(core_pipeline):
    text = "«Нам потрібна ваша підтримка»"
    doc = build(core_pipeline, text + ", – сказав Андрій Сибіга.", names=[("Андрій Сибіга", "andrii-sybiha")],
                quotes=[(text[1:-1], "andrii-sybiha")])
    ev = doc.events[0]
    assert ev.type == "REQUEST" and "andrii-sybiha" in ev.actors and "andrii-sybiha" not in ev.recipients


def test_an_agreement_of_ours_with_no_partner_is_with_the_partner_of_the_meeting_before(core_pipeline):
    doc = build(core_pipeline, "Я провів зустріч з міністром Франції. Розмова була серйозна. "
                               "І ми домовились, що команди працюватимуть далі.",
                names=[("Франції", "france")])
    ev = [e for e in doc.events if e.type == "AGREE"][0]
    assert "france" in ev.recipients and "ukraine" in ev.actors


def test_talks_with_a_partner_in_a_first_person_text_are_ours(core_pipeline):
    doc = build(core_pipeline, "Я дякую всім. Вже зараз починаємо новий тиждень, будуть консультації з "
                               "міністром Франції. Посередники, які спілкуються з Польщею, теж допоможуть.",
                names=[("Франції", "france"), ("Польщею", "poland")])
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert talks[0].actors == ["ukraine"] and talks[0].recipients == ["france"]
    assert all("ukraine" not in e.actors for e in talks if "poland" in e.recipients)   # about the mediators


def test_who_cochairs_a_session_takes_part_in_it(core_pipeline):
    doc = build(core_pipeline, "Андрій Сибіга взяв участь у засіданні ради. На засіданні співголовували "
                               "міністр Франції та міністр Польщі.",
                names=[("Андрій Сибіга", "andrii-sybiha"), ("Франції", "france"), ("Польщі", "poland")])
    ev = doc.events[0]
    assert {"france", "poland"} <= set(ev.recipients)


def test_a_time_phrase_in_the_genitive_does_not_swallow_the_subject(core_pipeline):
    # "доби" is a nominative only in the plural: "Минулої доби ворог" is two phrases
    doc = build(core_pipeline, "Минулої доби ворог завдав 3 ракетних удари.",
                refs=[("ворог", "russia", "demonym")])
    ev = doc.events[0]
    assert ev.type == "ASSAULT" and ev.actors == ["russia"]


def test_the_source_of_a_report_is_not_coordinated_with_the_subject(core_pipeline):
    # a bare comma after "За словами Зеленського" does not join "Канада" to that phrase
    ENTS.setdefault("canada", ("Canada", "Канада", "LOC", None))
    doc = build(core_pipeline, "За словами Зеленського, Канада передасть Україні два літаки.",
                names=[("Зеленського", "volodymyr-zelenskyy"), ("Канада", "canada"), ("Україні", "ukraine")])
    ev = doc.events[0]
    assert ev.type == "AID" and ev.actors == ["canada"] and ev.recipients == ["ukraine"]


def test_a_verb_after_however_shares_the_subject_of_the_verb_before(core_pipeline):
    ENTS.setdefault("hungary", ("Hungary", "Угорщина", "LOC", None))
    doc = build(core_pipeline, "Угорщина погрожувала заблокувати рішення, однак зрештою погодилася.",
                names=[("Угорщина", "hungary")])
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree and agree[0].actors == ["hungary"]

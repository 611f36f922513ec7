"""An official's side as the text first told it, kept wherever he acts again (issue 16, C35):
the body he was named with ("Секретар РНБО Рустем Умєров") stands beside him when a later
sentence names him by the surname, a pronoun or a bare role, and only a body the text names
(an official never tied to his body stands with his state alone). Sentences written for these
tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

from event_helpers import on_day, of_type

events = on_day("2025-10-14")


def _call(text):
    evs = [e for e in of_type(events(text), "CONSULT") if e.mode == "phone"]
    assert len(evs) == 1, evs
    return evs[0]


def test_the_body_named_with_an_official_stands_beside_his_surname_later():
    ev = _call("Секретар РНБО Рустем Умєров прибув до Женеви. Увечері Умєров провів телефонну "
               "розмову з Марко Рубіо.")
    assert {"rustem-umerov", "nsdc", "ukraine"} <= set(ev.actors)
    assert "nsdc" not in ev.recipients


def test_the_bodies_of_two_officials_stand_beside_their_pronoun():
    ev = _call("Секретар РНБО Рустем Умєров та начальник Генштабу Андрій Гнатов прибули до Женеви. "
               "Увечері вони провели телефонну розмову з Марко Рубіо.")
    assert {"rustem-umerov", "nsdc", "andrii-hnatov", "general-staff-of-ukraine"} <= set(ev.actors)


def test_an_office_named_without_the_name_ties_its_holder_to_the_body():
    evs = of_type(events("Сьогодні в Женеві – секретар РНБО. Рустем Умєров провів переговори з "
                         "американською делегацією."), "CONSULT")
    talks = [e for e in evs if e.trigger.text == "переговори"]
    assert talks and {"rustem-umerov", "nsdc"} <= set(talks[0].actors)


def test_an_official_never_tied_to_his_body_stands_with_his_state_alone():
    (ev,) = of_type(events("Рустем Умєров провів переговори з Марко Рубіо."), "CONSULT")
    assert "nsdc" not in ev.actors + ev.recipients
    assert {"rustem-umerov", "ukraine"} <= set(ev.actors)


def test_a_former_office_ties_no_body():
    from khronika.extract.events.arguments.told_bodies import told_bodies
    from khronika.pipeline import analyze
    doc = analyze("Колишній секретар РНБО Олексій Данілов прокоментував заяву. Данілов зустрівся з "
                  "журналістами.", "2025-10-14")
    assert "nsdc" not in told_bodies(doc).values()


def _meetings(text):
    return {e.trigger.text: e for e in of_type(events(text), "CONSULT")}


def test_a_bare_office_noun_that_acts_is_the_official_just_named():
    evs = of_type(events("Міністр закордонних справ Андрій Сибіга зустрівся з Хаканом Фіданом. Міністр "
                         "також зустрівся з Реджепом Ердоганом."), "CONSULT")
    second = [e for e in evs if "recep-tayyip-erdogan" in e.recipients]
    assert second and {"andrii-sybiha", "ukraine"} <= set(second[0].actors)


def test_a_bare_office_noun_after_a_surname_alone_is_his_office_holder():
    evs = of_type(events("Андрій Сибіга зустрівся з Хаканом Фіданом. Крім того, український міністр "
                         "зустрівся з Реджепом Ердоганом."), "CONSULT")
    second = [e for e in evs if "recep-tayyip-erdogan" in e.recipients]
    assert second and "andrii-sybiha" in second[0].actors


def test_a_bare_office_noun_is_nobody_the_text_named_as_a_former_holder():
    from khronika.extract.events.arguments.office_subjects import office_subject_refs
    from khronika.pipeline import analyze
    doc = analyze("Журналісти зустрілися з колишнім президентом. Колишній міністр розповів про війну.",
                  "2025-10-14")
    n = len(doc.refs)
    office_subject_refs(doc)
    assert len(doc.refs) == n


def test_a_whole_role_phrase_is_left_to_the_entity_layer():
    from khronika.extract.events.arguments.office_subjects import bare_offices
    offices = bare_offices()
    assert "міністр" in offices and "секретар" in offices
    assert "президент" not in offices and "канцлер" not in offices


def _strike(text):
    (ev,) = of_type(events(text), "ASSAULT")
    return ev


def test_the_oblast_a_struck_town_lies_in_is_no_second_target():
    ev = _strike("Окупанти обстріляли Нікополь на Дніпропетровщині.")
    assert ev.recipients == ["nikopol"] and ev.place == "nikopol"
    ev = _strike("Росія завдала удару по Чугуєву Харківської області.")
    assert ev.recipients == ["chuhuiv"]
    ev = _strike("Ворог вдарив по Ізмаїлу на Одещині.")
    assert "odesa-oblast" not in ev.recipients


def test_a_town_and_an_oblast_both_struck_stay_both():
    ev = _strike("Вночі ворог атакував Одесу та Одещину.")
    assert set(ev.recipients) == {"odesa", "odesa-oblast"}


def test_a_colleague_of_a_state_is_the_holder_of_the_actors_office_there():
    (ev,) = of_type(events("Сибіга провів переговори з колегою з Молдови.", "2025-06-17"), "CONSULT")
    assert {"moldova", "mihai-popsoi"} <= set(ev.recipients)
    (ev,) = of_type(events("Сибіга поговорив з турецьким візаві.", "2025-06-17"), "CONSULT")
    assert "hakan-fidan" in ev.recipients


def test_the_office_the_text_names_decides_whose_colleague():
    (ev,) = of_type(events("Міністр оборони Денис Шмигаль поговорив з литовським колегою.", "2025-06-17"),
                    "CONSULT")
    assert "dovile-sakaliene" in ev.recipients and "gintautas-paluckas" not in ev.recipients


def test_a_colleague_named_keeps_his_name_alone():
    (ev,) = of_type(events("Сибіга провів переговори зі своїм польським колегою Радославом Сікорським.",
                           "2025-06-17"), "CONSULT")
    assert set(ev.recipients) == {"poland", "radoslaw-sikorski"}


def test_a_meeting_with_another_person_of_the_colleagues_state_is_another_meeting():
    evs = of_type(events("Андрій Сибіга провів переговори з колегою з Молдови. Сибіга також зустрівся з "
                         "президенткою Молдови Маєю Санду.", "2025-06-17"), "CONSULT")
    assert len(evs) == 2


def test_a_delegation_no_state_names_is_the_one_of_the_state_its_head_acts_for():
    (ev,) = of_type(events("Україна провела переговори з Туреччиною. Делегацію очолив Рустем Умєров."),
                    "CONSULT")
    assert {"ukraine", "rustem-umerov"} <= set(ev.actors) and "rustem-umerov" not in ev.recipients


def test_the_state_a_person_represents_stands_on_his_side():
    (ev,) = of_type(events("Україну на переговорах представляв Андрій Сибіга."), "CONSULT")
    assert {"ukraine", "andrii-sybiha"} <= set(ev.actors) and "ukraine" not in ev.recipients


def test_a_partner_named_after_his_title_and_its_genitive_is_a_partner():
    (ev,) = of_type(events("Умєров зустрівся з головою турецької розвідки Ібрагімом Каліном."), "CONSULT")
    assert {"ibrahim-kalin", "turkey"} <= set(ev.recipients)


def test_a_colleague_thanked_for_support_is_the_holder_of_the_thankers_office_there():
    evs = of_type(events("Зеленський поговорив з Макроном. Він подякував французькому колезі за підтримку."),
                  "SUPPORT", "AID")
    assert evs and {"france", "emmanuel-macron"} <= set(evs[0].actors)


def test_a_surname_after_a_demonstrative_under_a_preposition_is_the_subject():
    (ev,) = of_type(events("Після цього Умєров провів консультації з європейськими радниками."), "CONSULT")
    assert {"rustem-umerov", "ukraine"} <= set(ev.actors)
    (ev,) = of_type(events("Після цього Зеленський провів консультації з європейськими лідерами."), "CONSULT")
    assert "volodymyr-zelenskyy" in ev.actors

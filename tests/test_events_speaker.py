"""Events sides: when the first-person author of an address takes part himself, and when only
his state does or someone else acts. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import analysed, of_type as _events

AUTHOR = "volodymyr-zelenskyy"


def _address(text, title="Звернення Президента України", date="2025-05-10"):
    return analysed("Ми працюємо щодня. " + text, date, title=title)


def test_an_infinitive_under_a_noun_is_its_owners_act():
    doc = _address("Готуємося до нових намагань Росії наступати на Харків.")
    evs = _events(doc, "ASSAULT")
    assert evs and evs[0].actors == ["russia"], [(e.actors, e.recipients) for e in evs]
    assert "kharkiv" in evs[0].recipients
    # a noun that takes no infinitive is the verb's object, not the act's owner
    doc = _address("Я запрошую всіх друзів України відвідати Київ.")
    assert _events(doc, "CONSULT") and all("ukraine" not in e.actors for e in _events(doc, "CONSULT"))
    # the same infinitive under the first-person verb is ours (the state's, in a strike)
    doc = _address("Готуємося наступати на Херсон.")
    evs = _events(doc, "ASSAULT")
    assert evs and evs[0].actors == ["ukraine"], [(e.actors, e.recipients) for e in evs]


@pytest.mark.parametrize("text, type_", [
    ("Дякую Польщі за підтримку нашої держави.", "SUPPORT"),
    ("Дякую Литві за допомогу Україні.", "AID"),
    ("Ми не отримали літаків.", "AID"),
    ("Ми вистояли й успішно відбиваємо атаки ворога.", "ASSAULT"),
])
def test_the_state_receives_not_the_speaker(text, type_):
    doc = _address(text)
    evs = _events(doc, type_)
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    assert all("ukraine" in e.recipients and AUTHOR not in e.actors + e.recipients for e in evs), \
        [(e.actors, e.recipients) for e in evs]


def test_aid_asked_for_is_the_speakers_states_request_and_no_aid():
    # (a call for help is a REQUEST; the help asked for is no happening of its own)
    doc = _address("Звертаюся до вашої держави з проханням надати нам цю допомогу.")
    assert not _events(doc, "AID")
    req = _events(doc, "REQUEST")
    assert req and "ukraine" in req[0].actors and AUTHOR not in req[0].recipients


@pytest.mark.parametrize("text", [
    "Я особисто вдячний Польщі за підтримку.",
    "Я вдячний Польщі за підтримку.",
])
def test_the_speaker_receives_when_the_text_gives_him(text):
    evs = _events(_address(text), "SUPPORT")
    assert evs and AUTHOR in evs[0].recipients and "poland" in evs[0].actors


def test_a_verb_in_another_gender_than_the_authors_is_not_his():
    doc = _address("Вчора до Києва приїхала Прем'єр-міністр Литви Інгріда Шимоніте.")
    evs = _events(doc, "CONSULT")
    assert evs and all(AUTHOR not in e.actors + e.recipients and "ukraine" not in e.actors for e in evs), \
        [(e.actors, e.recipients) for e in evs]
    # a masculine role word names the woman the feminine verb agrees with
    assert any(e.actors for e in evs)
    doc = _address("Вчора приїхав до Вільнюса.")
    assert [AUTHOR in e.actors for e in _events(doc, "CONSULT")] == [True]


def test_a_thing_that_arrives_pays_no_visit():
    doc = _address("До Харкова прибув гуманітарний вантаж.")
    assert not _events(doc, "CONSULT")
    assert all(AUTHOR not in e.actors + e.recipients for e in doc.events)
    doc = _address("До Харкова прибув Прем'єр-міністр Польщі.")
    evs = _events(doc, "CONSULT")
    assert evs and "poland" in evs[0].actors and AUTHOR not in evs[0].actors


def _news(text, date="2025-05-10"):
    return analysed(text, date)


@pytest.mark.parametrize("text", [
    "Голова Харківської ОВА Олег Синєгубов повідомив про обстріл Харкова.",
    "Офіс генпрокурора задокументував обстріл Херсона.",
    "Генпрокуратура відкрила кримінальне провадження за фактом обстрілу Харкова.",
])
def test_who_reports_or_investigates_a_strike_did_not_make_it(text):
    evs = _events(_news(text), "ASSAULT")
    assert evs, text
    bodies = {"oleh-syniehubov", "kharkiv-ova", "office-of-the-prosecutor-general-of-ukraine", "ukraine"}
    assert not bodies & set(evs[0].actors), evs[0].actors


def test_the_strikers_own_phrase_still_names_him():
    evs = _events(_news("Офіс генпрокурора розслідує обстріл Харкова російськими військами."), "ASSAULT")
    assert evs and evs[0].actors == ["russia"], [(e.actors, e.recipients) for e in evs]


def test_the_place_in_an_envoys_title_is_not_where_he_meets():
    doc = _news("Посол України в Німеччині Олексій Макеєв зустрівся з міністром оборони.")
    evs = _events(doc, "CONSULT")
    assert evs and evs[0].place is None and "germany" not in evs[0].actors + evs[0].recipients
    doc = _news("Міністр оборони зустрівся з делегацією в Німеччині.")
    assert [e.place for e in _events(doc, "CONSULT")] == ["germany"]


def test_what_the_asked_act_is_about_is_not_the_one_asked():
    doc = _address("Я закликаю вас відвідати Київ.")
    evs = _events(doc, "REQUEST")
    assert evs and "kyiv" not in evs[0].recipients
    doc = _address("Закликаю Німеччину надати Україні нові системи ППО.")
    evs = _events(doc, "REQUEST")
    assert evs and evs[0].recipients == ["germany"] and "ukraine" in evs[0].actors


def test_a_forced_signing_is_coercion_and_one_agreement():
    doc = _news("Росія змусила Україну підписати угоду.")
    coerce = _events(doc, "COERCE")
    assert coerce and coerce[0].actors == ["russia"] and coerce[0].recipients == ["ukraine"]
    assert len(_events(doc, "AGREE")) <= 1
    # a thing that "forces" is no coercer; a promise to force coerces nobody yet
    assert not _events(_news("Це змусило нас змінити план."), "COERCE")
    assert not _events(_news("Ми змусимо їх повірити."), "COERCE")
    assert [e.status for e in _events(_news("Окупанти змушують людей брати російські паспорти."), "COERCE")] == ["ongoing"]


@pytest.mark.parametrize("text, status", [
    ("Ворог намагався просунутися біля Покровська.", "occurred"),
    ("Окупанти намагаються штурмувати Покровськ.", "ongoing"),
    ("Ворог намагатиметься наступати на Харків.", "planned"),
])
def test_an_attempted_attack_is_an_attack_when_the_attempt_is(text, status):
    evs = _events(_news(text), "ASSAULT")
    assert [(e.status, e.actors) for e in evs] == [(status, ["russia"])]


def test_an_attempted_deal_is_no_deal():
    evs = _events(_news("Росія намагалася домовитися з Китаєм."), "AGREE")
    assert evs and evs[0].status == "planned"


@pytest.mark.parametrize("text", [
    "Сьогодні на Покровському напрямку ворог 40 разів атакував наші позиції.",
    "На Покровському напрямку окупанти намагалися штурмувати наші позиції.",
])
def test_a_fronted_place_phrase_keeps_the_subject_after_it(text):
    evs = _events(_address(text), "ASSAULT")
    assert evs and evs[0].actors == ["russia"], [(e.actors, e.recipients, e.place) for e in evs]


@pytest.mark.parametrize("text", [
    "ППО збила 40 дронів.",
    "Сили ППО знищили 12 ракет.",
    "Українські сили ППО перехопили 30 ракет.",
])
def test_an_interception_is_the_adversarys_strike_on_the_side_that_shoots_down(text):
    evs = _events(_news(text), "ASSAULT")
    assert [(e.actors, e.recipients) for e in evs] == [(["russia"], ["ukraine"])]


def test_what_a_weapon_can_shoot_down_is_no_strike():
    doc = _news("Нам потрібна система протиповітряної оборони, яка збиває ракети.")
    assert not _events(doc, "ASSAULT")
    # destroying what is no projectile is the destroyer's strike, not an interception
    doc = _news("Сили оборони знищили склад боєприпасів.")
    assert all("ukraine" not in e.recipients for e in _events(doc, "ASSAULT"))


def test_a_question_word_heads_no_phrase_of_the_subject():
    evs = _events(_news("Або чому Ізраїль не запровадив потужні санкції проти Росії?"), "SANCTION")
    assert [(e.actors, e.recipients) for e in evs] in ([], [(["israel"], ["russia"])])
    evs = _events(_news("Чому Ізраїль не запровадив санкції проти Росії, незрозуміло."), "SANCTION")
    assert evs and "israel" not in evs[0].recipients


def test_what_a_needed_act_is_about_does_not_ask_for_it():
    doc = _address("Треба блокувати зв'язки російських банків із фінансовою системою світу.")
    evs = _events(doc, "REQUEST")
    assert evs and "russia" not in evs[0].actors + evs[0].recipients


def test_the_make_of_weapons_is_no_party():
    doc = _news("Німеччина передасть Україні ще дві системи Patriot, заявив канцлер Фрідріх Мерц.")
    evs = _events(doc, "AID")
    assert [(e.actors, e.recipients) for e in evs] == [(["germany"], ["ukraine"])]


def test_a_counted_subject_of_a_verb_without_object_is_not_the_speakers():
    doc = _address("Спрацювали понад десять гуманітарних коридорів.")
    assert all(AUTHOR not in e.actors + e.recipients for e in doc.events)
    doc = _address("Провели понад десять зустрічей з партнерами.")
    assert [AUTHOR in e.actors for e in _events(doc, "CONSULT")] == [True]


def test_a_relative_clause_tells_another_happening_of_its_antecedent():
    doc = _address("Говорив також сьогодні з канцлером Австрії Негаммером, який напередодні зустрічався з Путіним.")
    evs = _events(doc, "CONSULT")
    mine = [e for e in evs if AUTHOR in e.actors]
    assert len(mine) == 1 and "vladimir-putin" not in mine[0].recipients + mine[0].actors, \
        [(e.actors, e.recipients) for e in evs]


def test_a_role_word_under_a_determiner_of_anyone_is_no_side():
    doc = _address("Справедливі переговори можуть бути тоді, коли одна сторона не б'є по іншій стороні.")
    assert all("ukraine" not in e.actors for e in _events(doc, "ASSAULT"))


def test_a_fronted_reporter_is_no_party_of_the_strike():
    doc = _news("Як повідомив начальник Дніпропетровської ОВА, вночі ворог атакував Нікополь з артилерії.")
    evs = _events(doc, "ASSAULT")
    assert [(e.actors, e.recipients) for e in evs] == [(["russia"], ["nikopol"])]


def test_the_suspect_of_a_charge_for_strikes_is_not_struck():
    doc = _news("Прокуратура Харківської області повідомила про підозру російському генералу за обстріли Харкова.")
    evs = _events(doc, "ASSAULT")
    assert evs and "russia" not in evs[0].recipients and "kharkiv-oblast" not in evs[0].recipients

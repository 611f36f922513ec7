"""Leftovers the lead found in session 27 on news of 2014-2026 the project had not read
(Kerch 2018, the grain deal, the Kakhovka dam, Jeddah and Istanbul 2025, summits in
Hiroshima and Riga, strikes condemned abroad, envoys expelled; the sentences here are written
for these tests, with other names and words than those texts)."""
from __future__ import annotations

from event_helpers import analysed, analysed_of_type as _events, of_type


# "Удар засудили генсек ООН і президент Франції": the strike named before a condemning verb is
# its object; the ones who condemn it were made its actors.
def test_a_fronted_strike_is_not_done_by_those_who_condemn_it():
    text = "Росія вдарила по Києву. Удар засудили генсек ООН і президент Франції."
    doc = analysed(text, "2024-07-08")
    strikes = of_type(doc, "ASSAULT")
    assert strikes and all("france" not in e.actors and "united-nations" not in e.actors for e in strikes), strikes
    accuse = of_type(doc, "ACCUSE")
    assert accuse and "russia" in accuse[0].recipients, accuse


def test_a_fronted_strike_with_its_own_doer_keeps_him():
    text = "Ізраїль завдав удару по Лівану. Цей удар Ізраїлю рішуче засудила Франція."
    doc = analysed(text, "2024-07-08")
    assert all("france" not in e.actors for e in of_type(doc, "ASSAULT")), doc.events
    assert of_type(doc, "ACCUSE")[0].recipients == ["israel"], doc.events


# "прибули прем'єри Італії та Канади": the office word of a woman holder read in her gender is
# "прем'єри" of a film, a genitive: she was made the one visited.
def test_a_woman_named_by_a_plural_office_visits():
    ev = _events("До Києва прибули прем'єри Італії та Канади.", "2024-02-24", "CONSULT")
    assert ev and "giorgia-meloni" in ev[0].actors and "giorgia-meloni" not in ev[0].recipients, ev
    assert "ukraine" in ev[0].recipients, ev


# A time told only inside what someone said ("сказала, що кошти надійдуть у грудні") dates no
# act of another doer in the next sentence.
def test_a_reported_time_dates_no_next_act_of_another_doer():
    text = ("Слідчі встановили, що наказ віддали в січні. "
            "Посольство України в Польщі закликало польську сторону сприяти розслідуванню.")
    ev = _events(text, "2025-11-20", "REQUEST")
    assert ev and ev[0].time is None, ev


def test_a_told_time_still_dates_the_next_sentence_of_its_story():
    text = "У січні Росія атакувала Харків. Загинули троє людей, поранено ще десятьох."
    ev = _events(text, "2025-03-01", "ASSAULT")
    assert ev and ev[0].time and ev[0].time["value"] == "2025-01", ev


# "командиру бригади, військові якої стратили полонених": the noun before a possessive
# relative word is the clause's subject; the main clause's prosecutor did not execute anyone.
def test_a_possessive_relative_clause_keeps_its_own_subject():
    text = ("Генеральний прокурор повідомив про підозру командиру російської бригади, "
            "військові якої стратили українських полонених.")
    ev = _events(text, "2026-02-05", "ASSAULT")
    assert ev and all("ruslan-kravchenko" not in e.actors for e in ev), ev


# "мають утримуватися від наступальних дій": an act held back from is no happening.
def test_an_act_held_back_from_is_no_event():
    doc = analysed("Сторони зобов'язалися утримуватися від обстрілів.", "2020-07-22")
    assert not of_type(doc, "ASSAULT"), doc.events


def test_an_act_kept_up_is_still_an_event():
    doc = analysed("Росія продовжила обстріли Харкова.", "2020-07-22")
    assert of_type(doc, "ASSAULT"), doc.events


# "Там він зустрівся з прем'єром Індії" after a visit to Japan: another partner's meeting held
# there is its own event, at the place "там" points to.
def test_a_meeting_there_with_another_guest_is_its_own_and_placed():
    text = "Зеленський прилетів до Японії. Там він зустрівся з прем'єром Індії Нарендрою Моді."
    ev = _events(text, "2023-05-19", "CONSULT")
    visit = [e for e in ev if "japan" in e.recipients]
    talk = [e for e in ev if "india" in e.recipients]
    assert visit and talk and visit[0] is not talk[0], ev
    assert "india" not in visit[0].recipients and talk[0].place == "japan", ev


def test_the_host_greeting_a_visitor_still_joins_the_visit():
    text = "Дуда прибув до Києва. Зеленський зустрів його на вокзалі."
    ev = _events(text, "2023-05-19", "CONSULT")
    assert len(ev) == 1 and "andrzej-duda" in ev[0].actors, ev


# "Литва вислала російського посла": with no holder known for the office, the adjective still
# names the state whose envoy is expelled.
def test_an_expelled_envoy_of_a_state_by_adjective_names_it():
    ev = _events("Литва вислала російського посла.", "2022-04-04", "SANCTION")
    assert ev and "russia" in ev[0].recipients, ev


# "з Зеленським Макрон": a surname the dictionary reads as an adjective does not pull the next
# person into its "з" phrase.
def test_a_surname_read_as_an_adjective_does_not_take_the_next_name():
    text = "Під час зустрічі з Зеленським Макрон пообіцяв передати ППО."
    ev = _events(text, "2022-10-10", "CONSULT")
    assert ev and "emmanuel-macron" in ev[0].actors and "emmanuel-macron" not in ev[0].recipients, ev


# "Макрон у розмові з Зеленським пообіцяв ...": the talk the promise was made in was held.
def test_a_talk_set_after_the_subject_was_held():
    text = "Президент Франції Емманюель Макрон у розмові з Зеленським пообіцяв посилити ППО України."
    ev = _events(text, "2022-10-10", "CONSULT")
    assert ev and ev[0].status == "occurred", ev


def test_a_talk_to_come_stays_planned():
    text = "Макрон на зустрічі з Зеленським у п'ятницю пообіцяє передати ППО."
    ev = _events(text, "2022-10-10", "CONSULT")
    assert ev and ev[0].status == "planned", ev


# "на засіданні Ради НАТО в Ризі": a council meets in a town; it has no branch there, and the
# town is the place, not part of the council's name.
def test_a_council_meeting_in_a_town_keeps_the_town_apart():
    doc = analysed("Міністр на засіданні Ради НАТО в Ризі закликав союзників посилити тиск.", "2021-11-30")
    names = {m.text for m in doc.mentions}
    assert "Ради НАТО в Ризі" not in names and "Ризі" in names, names
    assert "north-atlantic-council" in doc.entities, sorted(doc.entities)


# "обстріляли та захопили три кораблі ВМС України": the object after two joined verbs is both
# verbs'; the strike had no one struck.
def test_two_joined_verbs_share_their_object():
    ev = _events("Російські прикордонники обстріляли та захопили три кораблі ВМС України.", "2018-11-26", "ASSAULT")
    assert ev and "ukraine" in ev[0].recipients, ev


def test_a_verb_with_its_own_object_keeps_it():
    ev = _events("Окупанти обстріляли Херсон та захопили двох рибалок.", "2023-06-01", "ASSAULT")
    assert ev and ev[0].recipients == ["kherson"], ev


# "погодилася на пропозицію США": whose proposal is agreed to is the other party of the deal.
def test_a_proposal_agreed_to_names_the_other_party():
    ev = _events("Україна погодилася на пропозицію США про припинення вогню.", "2025-03-11", "AGREE")
    assert ev and ev[0].actors == ["ukraine"] and "united-states" in ev[0].recipients, ev


def test_talks_agreed_to_take_no_party_from_their_place():
    ev = _events("Україна погодилася на переговори в Стамбулі.", "2025-05-12", "AGREE")
    assert ev and "turkey" not in ev[0].recipients, ev


# "вимагав від Росії забезпечити доступ до місця падіння": the "до" of a phrase after the verb
# makes no range "від ... до"; the one asked is still named.
def test_a_demand_from_a_state_with_a_destination_after_it():
    ev = _events("Прем'єр Нідерландів вимагав від Росії забезпечити доступ до місця падіння.", "2014-07-18", "REQUEST")
    assert ev and "russia" in ev[0].recipients, ev


# "США розглянуть прохання України": whose request it is asked; the verb's subject is asked,
# and the request was made.
def test_a_request_handled_by_another_is_its_owners():
    ev = _events("США розглянуть прохання України про дозвіл на удари.", "2024-09-12", "REQUEST")
    assert ev and ev[0].actors == ["ukraine"] and "united-states" in ev[0].recipients, ev
    assert ev[0].status == "occurred", ev


def test_a_request_sent_keeps_its_sender():
    ev = _events("Україна надіслала прохання до США.", "2024-09-12", "REQUEST")
    assert ev and ev[0].actors == ["ukraine"] and "united-states" in ev[0].recipients, ev


# "пояснив це небажанням Кремля вести переговори": an unwillingness is no talk held, and the
# talk would be the Kremlin's, not the speaker's ("вести" is no body's name either).
def test_an_unwillingness_to_talk_is_no_talk_held():
    ev = _events("Міністр фінансів США пояснив це небажанням Кремля вести переговори.", "2025-10-22", "CONSULT")
    assert all(e.status != "occurred" and "united-states" not in e.actors for e in ev), ev


def test_a_decision_to_talk_is_planned():
    ev = _events("Україна ухвалила рішення провести переговори.", "2025-10-22", "CONSULT")
    assert ev and ev[0].status == "planned" and ev[0].actors == ["ukraine"], ev


# A Russian passage has no Ukrainian morphology: "Россия нанесла удар по Киеву" made Russia
# the one struck. What it tells is left out rather than given wrong sides.
def test_a_russian_passage_gives_no_event_with_guessed_sides():
    doc = analysed("Россия нанесла ракетный удар по Киеву. Погибли три человека.", "2022-03-07")
    assert all("russia" not in e.recipients for e in doc.events), doc.events


def test_a_ukrainian_sentence_beside_a_russian_quote_keeps_its_event():
    ev = _events("Путін заявив: «Мы нанесем удар». Того ж дня Росія атакувала Київ.", "2022-03-07", "ASSAULT")
    assert ev and ev[0].actors == ["russia"] and "kyiv" in ev[0].recipients, ev


# "Німеччина збільшила допомогу Україні", "планує подвоїти військову допомогу": aid enlarged
# is aid given.
def test_aid_enlarged_is_aid_given():
    ev = _events("Німеччина збільшила допомогу Україні.", "2023-11-14", "AID")
    assert ev and ev[0].actors == ["germany"] and "ukraine" in ev[0].recipients, ev
    ev = _events("Німеччина планує подвоїти військову допомогу Україні.", "2023-11-14", "AID")
    assert ev and ev[0].status == "planned", ev


def test_output_enlarged_is_no_aid():
    assert not _events("Україна збільшила виробництво дронів.", "2023-11-14", "AID")


# "Прем'єри двох країн підписали угоду", "Обидві країни ...": a pair counted points back to the
# two parties just told, as "сторони" does.
def test_the_two_countries_are_the_pair_just_told():
    for second in ("Прем'єри двох країн підписали угоду.", "Обидві країни підписали угоду."):
        ev = _events("Україна та Молдова провели консультації в Кишиневі. " + second, "2026-09-15", "AGREE")
        assert ev and {"ukraine", "moldova"} <= set(ev[0].actors + ev[0].recipients), (second, ev)


def test_leaders_of_many_states_are_named_anew():
    ev = _events("Україна та Молдова провели консультації. Лідери 27 держав підписали декларацію.", "2026-09-15", "AGREE")
    assert ev and "moldova" not in ev[0].actors + ev[0].recipients, ev


# "виділив 500 мільйонів на відновлення енергетики України": the state whose need the aid
# serves receives it.
def test_aid_for_a_states_need_goes_to_that_state():
    ev = _events("Уряд Норвегії виділив 500 мільйонів крон на відновлення енергетики України.", "2026-03-03", "AID")
    assert ev and ev[0].actors == ["norway"] and ev[0].recipients == ["ukraine"], ev


def test_aid_for_refugees_from_a_state_is_not_that_states():
    ev = _events("Німеччина виділила гроші на підтримку біженців з України.", "2026-03-03", "AID")
    assert ev and "ukraine" not in ev[0].recipients, ev


# "США зняли санкції з Білорусі": sanctions lifted are a concession to the state they are lifted
# from, not sanctions imposed on it; a condition that they be lifted is neither.
def test_sanctions_lifted_are_a_concession():
    doc = analysed("США зняли санкції з Білорусі.", "2025-09-11")
    assert not of_type(doc, "SANCTION"), doc.events
    ev = of_type(doc, "CONCEDE")
    assert ev and ev[0].actors == ["united-states"] and ev[0].recipients == ["belarus"], ev


def test_a_condition_of_lifting_sanctions_imposes_none():
    doc = analysed("Кремль висунув умову – зняття санкцій з банку.", "2025-03-25")
    assert not of_type(doc, "SANCTION") and not of_type(doc, "CONCEDE"), doc.events


def test_sanctions_imposed_stay_sanctions():
    ev = _events("США запровадили нові санкції проти Росії.", "2025-03-25", "SANCTION")
    assert ev and ev[0].recipients == ["russia"], ev


# "У Молдові через удар зникло світло": harm in another country than the one struck does not
# place the strike there.
def test_harm_abroad_does_not_place_the_strike():
    text = ("Росіяни випустили по Україні понад 70 крилатих ракет. "
            "У Молдові через удар зникло світло.")
    ev = _events(text, "2022-12-05", "ASSAULT")
    assert ev and ev[0].place != "moldova" and "ukraine" in ev[0].recipients, ev


def test_harm_in_the_town_struck_still_places_it():
    ev = _events("Дрони атакували Київ. Через атаку пошкоджено дах у Солом'янському районі.", "2024-01-02", "ASSAULT")
    assert ev and ev[0].place == "kyiv", ev


# "Три роки тому делегації України та Росії зустрілися": the nouns of a time expression are no
# subject ("роки" agreed with the verb and made the delegations its object), and "три" is the
# numeral, not the imperative of "терти".
def test_a_time_expression_holds_no_subject():
    ev = _events("Три роки тому делегації України та Росії зустрілися в Стамбулі.", "2025-06-10", "CONSULT")
    assert ev and "ukraine" in ev[0].actors, ev


def test_a_subject_before_the_verb_still_makes_the_name_after_it_an_object():
    ev = _events("Кілька днів тому російські війська обстріляли Харків.", "2025-06-10", "ASSAULT")
    assert ev and ev[0].recipients == ["kharkiv"] and "kharkiv" not in ev[0].actors, ev


# "Угорщина не брала участі у засіданні": one who did not take part is no party of the meeting.
def test_a_party_denied_taking_part_is_none():
    text = "Лідери ЄС провели саміт у Брюсселі. Угорщина не брала участі у засіданні."
    ev = _events(text, "2023-12-14", "CONSULT")
    assert ev and all("hungary" not in e.actors + e.recipients for e in ev), ev


# "висловили стурбованість співпрацею Росії та КНДР": the ones concerned about a cooperation
# take no part in it; its doers are those it is reproached to.
def test_a_cooperation_one_is_concerned_about_is_not_ones_own():
    doc = analysed("Японія та Південна Корея висловили стурбованість співпрацею Росії та КНДР.", "2025-05-10")
    assert all("japan" not in e.actors for e in of_type(doc, "COOPERATE")), doc.events
    accuse = of_type(doc, "ACCUSE")
    assert accuse and "russia" in accuse[0].recipients, doc.events


# "Під Курськом військові взяли в полон 20 росіян", "Біля Покровська ворог атакував позиції":
# the town a happening was near is its place, wherever in the sentence it stands.
def test_a_town_a_happening_was_near_places_it():
    ev = _events("Українські військові взяли в полон 20 росіян під Курськом.", "2024-08-20", "COERCE")
    assert ev and ev[0].place == "kursk", ev
    ev = _events("Біля Покровська ворог атакував позиції наших захисників.", "2024-08-20", "ASSAULT")
    assert ev and ev[0].place == "pokrovsk" and "pokrovsk" not in ev[0].recipients, ev


# "видав ордер на уповноважену з прав дитини в Росії": the country in an office's remit is
# where she serves, not where the warrant was issued.
def test_a_country_in_an_offices_remit_places_nothing():
    text = ("Міжнародний кримінальний суд видав ордер на арешт Володимира Путіна. "
            "Такий самий ордер суд видав на уповноважену з прав дитини в Росії Марію Львову-Бєлову.")
    ev = _events(text, "2023-03-17", "ACCUSE")
    assert ev and all(e.place != "russia" for e in ev), ev


def test_an_office_named_as_the_venue_keeps_its_town():
    ev = _events("Зустріч відбулася в Офісі Президента в Києві.", "2023-03-17", "CONSULT")
    assert ev and ev[0].place == "kyiv", ev


# A person the knowledge base does not hold, named with an office ("голова Лісової громади Петро
# Гайдейчук"), then the bare office again after plural pronouns: her gender came from the
# dictionary as its own value, which raised on comparison with "plur" ("ними"), and the whole
# document failed.
def test_a_local_office_holder_with_plural_pronouns_between_does_not_fail():
    text = ("Батьки, зі свого боку, нагадали, що громада про дітей забула. Інформацію про закриття "
            "школи голова Лісової громади Петро Гайдейчук називає неправдивою. Каже, що до нього ніхто "
            "не звертався. А він охоче зустрівся б із ними.\n"
            "Нагадаємо, що 29 грудня відбулися вибори в Лісовій громаді, головою якої обрали Петра "
            "Гайдейчука. А з 1 січня громада перейшла на нові відносини, у її підпорядкування перейшли школи.")
    doc = analysed(text, "2024-01-01")
    assert any(m.text.startswith("Петр") for m in doc.mentions), doc.mentions


# "Це 11-річний Максим": a length adjective before a name is the person's age, no duration.
def test_an_age_before_a_name_is_no_duration():
    doc = analysed("Це 11-річний Максим, який втік із дому.", "2022-03-01")
    assert not [t for t in doc.timexes if t.type == "DURATION"], doc.timexes


def test_a_length_before_a_thing_is_still_a_duration():
    doc = analysed("Сторони погодили 30-денне перемир'я.", "2022-03-01")
    assert [t.value for t in doc.timexes if t.type == "DURATION"] == ["P30D"], doc.timexes

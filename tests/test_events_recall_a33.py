"""Events recall A33 (issue 16): the ways reports state offers, promises of help told by a
negated cut, protests read out in the present and missiles sent at a town. Sentences written for
these tests; each new behaviour has near misses that give no event or no wrong side."""
from __future__ import annotations

from event_helpers import analysed, of_type


def _sides(text: str, type_: str, date: str = "2024-05-10"):
    return [(e.status, e.actors, e.recipients) for e in of_type(analysed(text, date), type_)]


# --- help promised by a negated cut: planned AID by the one who promises ---

def test_a_negated_cut_of_help_promises_aid():
    for text in ("Німеччина не зменшить допомогу Україні.",
                 "Німеччина не скоротить підтримку України, заявив Шольц."):
        [(status, actors, recipients)] = _sides(text, "AID")
        assert status == "planned" and "germany" in actors and recipients == ["ukraine"], text
        assert _sides(text, "SUPPORT") == [], text


def test_a_cut_of_other_things_promises_nothing():
    for text in ("Ми не зменшимо темп роботи.", "Компанія не скоротить кількість працівників.",
                 "Ми не зменшимо тиск на Росію."):
        assert _sides(text, "AID") == [] and _sides(text, "SUPPORT") == [], text


def test_help_promised_as_a_whole_stands_beside_a_package_told_next():
    doc = analysed("Ми не зменшимо допомогу Україні, заявив прем'єр-міністр Нідерландів Марк Рютте. "
                   "Нідерланди передадуть Україні ще 10 мільйонів євро на відновлення енергетики.", "2023-02-08")
    assert [(e.trigger.text, e.status) for e in of_type(doc, "AID")] == [("зменшимо", "planned"), ("передадуть", "planned")]


# --- offers: the one who offers acts, never the one offered to ---

def test_mediation_offered_is_talks_to_come_with_the_go_between_acting():
    for text, actors_, recipients_ in (
            ("Туреччина запропонувала посередництво між Україною та Росією.", ["turkey"], ["ukraine", "russia"]),
            ("Ватикан готовий стати посередником між Україною та Росією.", ["vatican-city"], ["ukraine", "russia"]),
            ("Туреччина запропонувала посередництво.", ["turkey"], [])):
        [event] = of_type(analysed(text, "2024-05-10"), "CONSULT")
        assert (event.status, event.mode) == ("planned", "third-party"), text
        assert event.actors == actors_ and event.recipients == recipients_, text


def test_mediation_in_a_private_deal_or_unnamed_is_no_talks():
    assert _sides("Він запропонував своє посередництво у продажу квартири.", "CONSULT") == []


def test_an_exchange_offered_is_the_offerers_release_to_come():
    for text in ("Україна запропонувала Росії обмін всіх на всіх.",
                 "Україна запропонувала Росії обміняти полонених."):
        [(status, actors, recipients)] = _sides(text, "RETREAT")
        assert status == "planned" and actors == ["ukraine"] and recipients == ["russia"], text
    assert _sides("Ми запропонували всім партнерам обмін досвідом.", "RETREAT") == []


# --- a protest read out in the present is made as it is told ---

def test_a_protest_stated_in_the_present_is_one():
    [(status, actors, _)] = _sides(
        "МЗС України висловлює рішучий протест у зв'язку з проведенням так званих виборів у Криму.", "PROTEST")
    assert status == "occurred" and actors == ["mfa-of-ukraine"]
    assert _sides("Він висловлює протест щоразу, коли бачить несправедливість.", "PROTEST") == []


# --- missiles sent at a town are a strike, sent to a party are aid ---

def test_missiles_sent_at_a_town_are_a_strike_not_aid():
    text = "Росія спрямувала на Київ ракети."
    assert _sides(text, "AID") == []
    [(status, actors, recipients)] = _sides(text, "ASSAULT")
    assert status == "occurred" and actors == ["russia"] and recipients == ["kyiv"]
    [(_, actors, recipients)] = _sides("Німеччина спрямувала Україні ракети для Patriot.", "AID")
    assert actors == ["germany"] and recipients == ["ukraine"]


# --- vetoes and refusals: what is kept back is not done; not ratified is refused ---

def test_what_a_veto_keeps_back_is_not_done():
    for text, refused in (("Угорщина наклала вето на пакет санкцій проти Росії.", []),
                          ("Угорщина наклала вето на виділення Україні 50 мільярдів євро.", ["ukraine"])):
        doc = analysed(text, "2024-05-10")
        assert [(e.type, e.actors, e.recipients) for e in doc.events] == [("REJECT", ["hungary"], refused)], text
    # (a strike told after the veto in a clause of its own is no part of it)
    assert _sides("Угорщина наклала вето на рішення, а Росія вдарила по Києву.", "ASSAULT") == [
        ("occurred", ["russia"], ["kyiv"])]


def test_a_text_not_ratified_is_refused_one_not_yet_ratified_is_still_ahead():
    [(status, actors, recipients)] = _sides("Угорщина досі не ратифікувала заявку Швеції на вступ до НАТО.", "REJECT")
    assert status == "occurred" and actors == ["hungary"] and recipients == ["sweden"]
    assert _sides("Угорщина досі не ратифікувала заявку Швеції на вступ до НАТО.", "REQUEST") == []
    text = "Сенат США ще не ратифікував угоду з Україною."
    assert _sides(text, "REJECT") == []
    assert [s for s, _, _ in _sides(text, "AGREE")] == ["negated"]


def test_an_accession_or_a_statute_ratified_is_agreed():
    [(status, actors, recipients)] = _sides("Парламент Угорщини ратифікував вступ Швеції до НАТО.", "AGREE")
    assert status == "occurred" and "hungary" in actors and recipients == ["sweden"]
    [(status, actors, _)] = _sides("Верховна Рада ратифікувала Римський статут Міжнародного кримінального суду.", "AGREE")
    assert status == "occurred" and actors == ["verkhovna-rada", "ukraine"]


# --- a seizure condemned: the land seized is no one condemned ---

def test_the_land_of_a_condemned_annexation_is_not_its_recipient():
    for text in ("Франція рішуче засуджує незаконну анексію Криму.", "Литва засудила незаконну окупацію Донбасу.",
                 "Литва засудила незаконну окупацію Криму та частини Донбасу.",
                 "Генеральний секретар ООН засудив підрив Каховської ГЕС."):
        [(status, actors, recipients)] = _sides(text, "ACCUSE")
        assert status == "occurred" and actors and recipients == [], text
    # (whose aggression it is stays the one condemned)
    [(_, _, recipients)] = _sides("Чехія засудила агресію Росії проти України.", "ACCUSE")
    assert recipients == ["russia"]


# --- the adversary's frozen assets or their proceeds handed over are aid ---

def test_frozen_assets_or_their_proceeds_handed_over_are_aid_to_come():
    for text, giver in (("Євросоюз вирішив передати Україні доходи від заморожених активів Росії.", "european-union"),
                        ("США передадуть Україні конфісковані російські активи.", "united-states")):
        [event] = of_type(analysed(text, "2024-05-10"), "AID")
        assert (event.status, event.mode) == ("planned", "economic"), text
        assert event.actors == [giver] and event.recipients == ["ukraine"], text


def test_assets_of_a_firm_or_a_convict_handed_over_are_no_aid():
    for text in ("Компанія передала активи дочірній фірмі.", "Суд передав Нацполіції арештовані активи.",
                 "Суд передав арештовані активи в управління АРМА."):
        assert _sides(text, "AID") == [], text


# --- front-line reports of 2014-2015: a breakthrough tried, a town only near ---

def test_armed_men_breaking_through_to_a_town_attack_it():
    [event] = of_type(analysed("Терористи також намагалися прорватися до Щастя, але були відкинуті.", "2014-08-14"),
                      "ASSAULT")
    assert (event.status, event.mode, event.recipients) == ("occurred", "ground", ["shchastia"])
    for text in ("Колона з гуманітарною допомогою прорвалася до Маріуполя.", "Біженці прорвалися до Польщі."):
        assert of_type(analysed(text, "2014-08-14"), "ASSAULT") == [], text


def test_a_town_the_strike_was_near_is_its_place_not_its_target():
    [event] = of_type(analysed("Бойовики обстріляли з мінометів позиції поблизу Луганська.", "2014-08-14"), "ASSAULT")
    assert event.place == "luhansk" and "luhansk" not in event.recipients
    [event] = of_type(analysed("Окупанти обстріляли з артилерії Херсон.", "2023-08-14"), "ASSAULT")
    assert event.recipients == ["kherson"]


# --- whom a protest is stated to; what a condemned decision is about ---

def test_a_protest_stated_to_a_party_in_the_dative_is_aimed_at_it():
    for text, aim in (("Польща висловила Росії рішучий протест через удар дрона по своїй території.", "russia"),
                      ("Україна висловила Угорщині протест.", "hungary")):
        [(status, actors, recipients)] = _sides(text, "PROTEST", "2023-05-10")
        assert status == "occurred" and len(actors) == 1 and recipients == [aim], text


def test_what_a_condemned_decision_is_about_is_not_condemned():
    [(_, actors, recipients)] = _sides("Міністерство закордонних справ України рішуче засуджує рішення Державної "
                                       "думи Росії про визнання так званих ДНР та ЛНР.", "ACCUSE", "2023-05-10")
    assert actors == ["mfa-of-ukraine"] and recipients == ["state-duma", "russia"]
    [(_, _, recipients)] = _sides("Засуджуємо заяву Лаврова щодо України.", "ACCUSE", "2023-05-10")
    assert "ukraine" not in recipients and "sergey-lavrov" in recipients


# --- a halt of strikes offered or made is a ceasefire, no strike to come ---

def test_a_halt_of_strikes_is_a_ceasefire_not_a_strike():
    for text, status, actor in (("Україна запропонувала взаємно припинити удари по енергетичній інфраструктурі.",
                                 "planned", "ukraine"),
                                ("Росія припинила удари по енергетиці.", "occurred", "russia")):
        doc = analysed(text, "2025-03-12")
        assert of_type(doc, "ASSAULT") == [], text
        [event] = of_type(doc, "CONCEDE")
        assert (event.mode, event.status, event.actors) == ("ceasefire", status, [actor]), text
    # (strikes that do not stop go on)
    [event] = of_type(analysed("Ворог не припиняє обстрілів Херсона.", "2025-03-12"), "ASSAULT")
    assert event.status == "ongoing" and of_type(analysed("Ворог не припиняє обстрілів Херсона.", "2025-03-12"),
                                                 "CONCEDE") == []


def test_a_need_or_a_duty_to_halt_strikes_or_the_adversarys_strikes_stopped_are_no_ceasefire():
    for text in ("Тому необхідно припинити вогонь і швидко працювати над остаточною угодою.",
                 "Росія має припинити удари по енергетиці.",
                 "Українська армія та прикордонники зупинили атаки ворога.",
                 "Захисники припинили атаки ворога на місто.",
                 "У Москві заявляли про те, що вони нібито припинили вогонь у Маріуполі."):
        assert of_type(analysed(text, "2025-03-12"), "CONCEDE") == [], text

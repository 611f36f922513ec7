"""Events recall on forms of other genres: an accord reached ("дійшли згоди"), troops that
leave a named place or a part of one, people of a trade who block a road or a border, the
gear a unit fights with handed over by name, and a meeting of a body that a party blocks.
Each new trigger has its word senses that tell no happening beside it. Texts written for
these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build, rows

ENTS.setdefault("hungary", ("Hungary", "Угорщина", "LOC", "Q28"))
ENTS.setdefault("lithuania", ("Lithuania", "Литва", "LOC", "Q37"))
ENTS.setdefault("bakhmut", ("Bakhmut", "Бахмут", "LOC", None))
ENTS.setdefault("kherson-oblast", ("Kherson Oblast", "Херсонщина", "LOC", None))
ENTS.setdefault("kharkiv-oblast", ("Kharkiv Oblast", "Харківщина", "LOC", None))
ENTS.setdefault("romania", ("Romania", "Румунія", "LOC", "Q218"))
ENTS.setdefault("canada", ("Canada", "Канада", "LOC", "Q16"))


def kinds(doc):
    return rows(doc, "type", "status", "trigger")


@pytest.mark.parametrize("text,status", [
    ("Делегації двох країн дійшли згоди щодо тексту спільної заяви.", "occurred"),
    ("Міністри дійшли консенсусу стосовно нових гарантій.", "occurred"),
    ("Після довгих суперечок уряди досягли порозуміння про транзит.", "occurred"),
    ("Сторони так і не дійшли компромісу щодо кордону.", "negated"),
])
def test_an_accord_reached_is_an_agreement(core_pipeline, text, status):
    doc = build(core_pipeline, text)
    assert [(t, s) for t, s, _ in kinds(doc)] == [("AGREE", status)], kinds(doc)


@pytest.mark.parametrize("text", [
    "Колона делегатів дійшла до будівлі парламенту пішки.",
    "Експерти дійшли висновку, що міст треба ремонтувати.",
    "Справа про розкрадання дійшла до суду.",
    "Черга дійшла до останнього пункту порядку денного.",
])
def test_reaching_a_place_or_a_conclusion_agrees_nothing(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [t for t, _, _ in kinds(doc) if t == "AGREE"] == [], kinds(doc)


@pytest.mark.parametrize("text,names", [
    # the home troops leave a named town, told right after the verb
    ("Наші підрозділи відійшли з Бахмута після тривалої оборони.", [("Бахмута", "bakhmut")]),
    # troops leave a part of a named region
    ("Окупаційні війська вийшли з лівобережної частини Херсонщини.", [("Херсонщини", "kherson-oblast")]),
    ("Ворожі підрозділи вийшли з околиць Бахмута.", [("Бахмута", "bakhmut")]),
])
def test_troops_leaving_a_place_or_a_part_of_it_withdraw(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert [(t, s) for t, s, _ in kinds(doc)] == [("RETREAT", "occurred")], kinds(doc)


@pytest.mark.parametrize("text,names", [
    ("Командир батальйону відійшов з посади минулого тижня.", []),
    ("Військові вийшли з укриття в Бахмуті, коли стихло.", [("Бахмуті", "bakhmut")]),
    ("Бійці вийшли з будівлі адміністрації Харківщини.", [("Харківщини", "kharkiv-oblast")]),
    ("Мешканці вийшли з частини будинку, яку не зачепило.", []),
])
def test_leaving_a_post_or_a_building_is_no_withdrawal(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert [t for t, _, _ in kinds(doc) if t == "RETREAT"] == [], kinds(doc)


@pytest.mark.parametrize("text", [
    "Словацькі фермери заблокували пункт пропуску на кордоні.",
    "Перевізники перекрили трасу біля митниці.",
    "Мешканці села перекрили дорогу на знак протесту проти закриття лікарні.",
])
def test_people_who_block_a_road_or_a_border_protest(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [(t, s) for t, s, _ in kinds(doc)] == [("PROTEST", "occurred")], kinds(doc)


@pytest.mark.parametrize("text", [
    "Військові перекрили дорогу до місця вибуху.",
    "Фермери перекрили воду на своїх полях.",
    "Фермери не блокували кордон цього тижня.",
])
def test_a_road_closed_by_others_or_no_road_is_no_protest(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [t for t, _, _ in kinds(doc) if t == "PROTEST"] == [], kinds(doc)


@pytest.mark.parametrize("text", [
    "Громада передала артилеристам шість тепловізорів.",
    "Литва передала нашій бригаді партію квадрокоптерів.",
])
def test_gear_a_unit_fights_with_handed_over_is_military_aid(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [(t, s) for t, s, _ in kinds(doc)] == [("AID", "occurred")], kinds(doc)
    assert doc.events[0].mode == "military"


@pytest.mark.parametrize("text", [
    "Оператор передав координати цілі з квадрокоптера.",
    "Пілот передав відео з дрона командиру.",
    "Він довго дивився в тепловізор на ліс.",
])
def test_what_is_relayed_from_a_drone_is_no_aid(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [t for t, _, _ in kinds(doc) if t == "AID"] == [], kinds(doc)


def test_a_party_that_blocks_a_meeting_of_a_body_refuses_it(core_pipeline):
    doc = build(core_pipeline, "Угорщина знову заблокувала засідання комісії на рівні послів.",
                names=[("Угорщина", "hungary")])
    assert rows(doc, "type", "status", "actors") == [("REJECT", "occurred", ["hungary"])], kinds(doc)


@pytest.mark.parametrize("text", [
    "Опозиція заблокувала трибуну під час засідання.",
    "Охорона заблокувала вхід до зали засідань.",
])
def test_a_place_blocked_during_a_meeting_refuses_nothing(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [t for t, _, _ in kinds(doc) if t == "REJECT"] == [], kinds(doc)


@pytest.mark.parametrize("text,type_,names", [
    ("Досягнуті в Женеві домовленості передбачають відведення важкої техніки.", "AGREE", []),
    ("Домовленості, досягнуті під час переговорів у Відні, стосуються полонених.", "AGREE", []),
    ("Угода, укладена торік, уже дає результат.", "AGREE", []),
    ("Оголошений пакет допомоги для України містить снаряди й генератори.", "AID", [("України", "ukraine")]),
])
def test_a_participle_tells_the_noun_done(core_pipeline, text, type_, names):
    doc = build(core_pipeline, text, names=names)
    assert type_ in [t for t, _, _ in kinds(doc)], kinds(doc)


@pytest.mark.parametrize("text", [
    "Угода про вільну торгівлю передбачає нульові мита.",
    "Домовленості щодо цього питання ще немає в порядку денному.",
    "Кредит на житло у цьому банку дорогий.",
])
def test_a_noun_with_no_participle_or_verb_tells_nothing(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [t for t, _, _ in kinds(doc) if t in ("AGREE", "AID")] == [], kinds(doc)


@pytest.mark.parametrize("text", [
    "Прем'єр назвав лідера сусідньої держави вбивцею.",
    "Сейм визнав Росію агресором.",
    "Міністр назвав диктатора військовим злочинцем.",
])
def test_calling_a_party_a_culprit_accuses_it(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [(t, s) for t, s, _ in kinds(doc)] == [("ACCUSE", "occurred")], kinds(doc)


@pytest.mark.parametrize("text", [
    "Слідчі досі не можуть встановити вбивцю.",
    "Поліція затримала вбивцю на вокзалі.",
])
def test_a_culprit_sought_or_held_is_no_naming(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [t for t, _, _ in kinds(doc) if t == "ACCUSE"] == [], kinds(doc)


def test_a_talk_named_by_the_offices_of_its_parties_is_a_consultation(core_pipeline):
    doc = build(core_pipeline, "Розмова прем'єрів двох країн відбулася у четвер.",
                timexes=[("четвер", "2026-01-08", None)])
    assert [(t, s) for t, s, _ in kinds(doc)] == [("CONSULT", "occurred")], kinds(doc)


@pytest.mark.parametrize("text", [
    "Розмова про міністра відбулася у четвер.",
    "Розмова сусідів відбулася у четвер.",
])
def test_a_talk_about_an_office_or_of_neighbours_is_none(core_pipeline, text):
    doc = build(core_pipeline, text, timexes=[("четвер", "2026-01-08", None)])
    assert [t for t, _, _ in kinds(doc) if t == "CONSULT"] == [], kinds(doc)


@pytest.mark.parametrize("text,names,type_", [
    ("Росія провела військові навчання поблизу кордону з Польщею.", [("Росія", "russia"), ("Польщею", "poland")], "MOBILIZE"),
    ("Біля кордону розпочалися ядерні навчання армії Росії.", [("Росії", "russia")], "MOBILIZE"),
    ("Польща та Литва провели спільні військові навчання.", [("Польща", "poland"), ("Литва", "lithuania")], "COOPERATE"),
])
def test_exercises_shown_are_a_force_posture_joint_ones_cooperation(core_pipeline, text, names, type_):
    doc = build(core_pipeline, text, names=names)
    assert [(t, s) for t, s, _ in kinds(doc)] == [(type_, "occurred")], kinds(doc)


@pytest.mark.parametrize("text", [
    "Курсанти пройшли військове навчання на полігоні.",
    "Військові навчання є частиною підготовки офіцерів.",
])
def test_military_schooling_is_no_exercise(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [t for t, _, _ in kinds(doc) if t == "MOBILIZE"] == [], kinds(doc)


@pytest.mark.parametrize("text,names", [
    ("Україна імпортувала електроенергію з Польщі.", [("Україна", "ukraine"), ("Польщі", "poland")]),
    ("Україна відновила експорт електроенергії до Польщі.", [("Україна", "ukraine"), ("Польщі", "poland")]),
])
def test_energy_traded_with_a_state_is_cooperation(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert [(t, s) for t, s, _ in kinds(doc)] == [("COOPERATE", "occurred")], kinds(doc)


@pytest.mark.parametrize("text,names", [
    ("Україна заборонила імпорт газу з Росії.", [("Україна", "ukraine"), ("Росії", "russia")]),
    ("Фірма імпортує каву з Туреччини.", [("Туреччини", "turkey")]),
])
def test_energy_banned_or_goods_of_a_firm_are_no_cooperation(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert [t for t, _, _ in kinds(doc) if t == "COOPERATE"] == [], kinds(doc)


def test_saboteurs_damaging_an_oil_pipeline_strike_it(core_pipeline):
    doc = build(core_pipeline, "Диверсанти пошкодили нафтопровід біля кордону.")
    assert [(t, s) for t, s, _ in kinds(doc)] == [("ASSAULT", "occurred")], kinds(doc)


@pytest.mark.parametrize("text", [
    "Бойовики збили український гелікоптер під Слов'янськом.",
    "Бойовики зруйнували залізничний міст.",
])
def test_armed_men_the_dictionary_reads_as_things_strike(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [(t, s) for t, s, _ in kinds(doc)] == [("ASSAULT", "occurred")], kinds(doc)


def test_an_action_film_strikes_nothing(core_pipeline):
    doc = build(core_pipeline, "Новий бойовик зруйнував усі рекорди прокату.")
    assert [t for t, _, _ in kinds(doc) if t == "ASSAULT"] == [], kinds(doc)


@pytest.mark.parametrize("text,names", [
    ("Наші підрозділи залишили позиції біля села.", []),
    ("Бійці бригади вийшли з оточення під Бахмутом.", [("Бахмутом", "bakhmut")]),
    ("Окупанти втекли з Бахмута.", [("Бахмута", "bakhmut")]),
])
def test_troops_leaving_ground_or_a_pocket_withdraw(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert [(t, s) for t, s, _ in kinds(doc)] == [("RETREAT", "occurred")], kinds(doc)


@pytest.mark.parametrize("text,names", [
    ("Військові залишили на позиції старий генератор.", []),
    ("Крадій утік з Бахмута.", [("Бахмута", "bakhmut")]),
    ("Компанія вийшла з оточення боргів.", []),
])
def test_things_left_or_a_thief_fleeing_is_no_withdrawal(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert [t for t, _, _ in kinds(doc) if t == "RETREAT"] == [], kinds(doc)


def test_land_taken_back_is_a_ground_assault(core_pipeline):
    doc = build(core_pipeline, "Сили оборони деокупували Бахмут.", names=[("Бахмут", "bakhmut")])
    assert rows(doc, "type", "mode", "status") == [("ASSAULT", "ground", "occurred")], kinds(doc)


def test_a_plan_to_take_land_back_is_no_assault(core_pipeline):
    doc = build(core_pipeline, "Уряд схвалив стратегію деокупації півострова.")
    assert [t for t, _, _ in kinds(doc) if t == "ASSAULT"] == [], kinds(doc)


@pytest.mark.parametrize("text,names", [
    ("Польща домагається посилення санкцій.", [("Польща", "poland")]),
    ("Литва домагається нових обмежень для російських банків.", [("Литва", "lithuania")]),
])
def test_seeking_an_act_of_others_is_a_request_made_now(core_pipeline, text, names):
    # (what is sought is still to come; the seeking is told as it is made)
    doc = build(core_pipeline, text, names=names)
    assert [(t, s) for t, s, _ in kinds(doc) if t == "REQUEST"] == [("REQUEST", "occurred")], kinds(doc)


@pytest.mark.parametrize("text,names", [
    ("Росія попередила про дзеркальну відповідь на розширення НАТО.", [("Росія", "russia"), ("НАТО", "nato")]),
    ("Росія знову попереджає про контрзаходи.", [("Росія", "russia")]),
])
def test_a_warning_of_retaliation_is_a_threat(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert "THREATEN" in [t for t, _, _ in kinds(doc)], kinds(doc)


@pytest.mark.parametrize("text", [
    "Синоптики попередили про сильний вітер і грозу.",
    "Вчителька попередила про відповідь біля дошки.",
    "Повітряні сили попередили про загрозу ударів по області.",
])
def test_a_warning_of_weather_or_an_alert_is_no_threat(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [t for t, _, _ in kinds(doc) if t == "THREATEN"] == [], kinds(doc)


@pytest.mark.parametrize("text", [
    "Сторони оголосили великодню перерву у вогні.",
    "З опівночі на фронті запроваджено режим тиші.",
])
def test_a_truce_declared_is_a_ceasefire(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [(t, s) for t, s, _ in kinds(doc)] == [("CONCEDE", "occurred")], kinds(doc)


@pytest.mark.parametrize("text", [
    "У гуртожитку оголосили режим тиші після десятої.",
    "Бойовики знову порушили режим тиші.",
])
def test_quiet_hours_or_a_truce_broken_is_no_ceasefire_declared(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [t for t, _, _ in kinds(doc) if t == "CONCEDE"] == [], kinds(doc)


@pytest.mark.parametrize("text", [
    "За добу бойовики 30 разів порушили режим припинення вогню.",
    "Окупанти порушили перемир'я вже за годину.",
    "Бойовики на Донбасі знову порушили режим тиші.",
])
def test_a_truce_broken_is_fire_opened(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [(t, s) for t, s, _ in kinds(doc)] == [("ASSAULT", "occurred")], kinds(doc)


def test_a_quiet_hour_broken_in_a_library_is_no_assault(core_pipeline):
    doc = build(core_pipeline, "Школярі порушили режим тиші в читальній залі.")
    assert [t for t, _, _ in kinds(doc) if t == "ASSAULT"] == [], kinds(doc)


def test_forces_drawn_apart_withdraw(core_pipeline):
    doc = build(core_pipeline, "Сторони розпочали розведення сил біля Золотого.")
    assert [(t, s) for t, s, _ in kinds(doc)] == [("RETREAT", "occurred")], kinds(doc)


def test_a_plan_of_disengagement_is_no_withdrawal(core_pipeline):
    doc = build(core_pipeline, "Розведення сил залишається метою переговорів.")
    assert [t for t, _, _ in kinds(doc) if t == "RETREAT"] == [], kinds(doc)


@pytest.mark.parametrize("text,names", [
    ("Румунія закрила свої порти для російських суден.", [("Румунія", "romania")]),
    ("Канада закрила повітряний простір для російських літаків.", [("Канада", "canada")]),
])
def test_a_sky_or_ports_shut_to_anothers_craft_is_a_sanction(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert [(t, s) for t, s, _ in kinds(doc)] == [("SANCTION", "occurred")], kinds(doc)


@pytest.mark.parametrize("text", [
    "Аеропорт закрили на реконструкцію злітної смуги.",
    "Порт закрили через шторм.",
])
def test_a_port_shut_for_repairs_or_weather_is_no_sanction(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [t for t, _, _ in kinds(doc) if t == "SANCTION"] == [], kinds(doc)


def test_a_state_joining_a_coalition_cooperates(core_pipeline):
    doc = build(core_pipeline, "Литва приєдналася до коаліції артилерії.", names=[("Литва", "lithuania")])
    assert rows(doc, "type", "status", "actors") == [("COOPERATE", "occurred", ["lithuania"])], kinds(doc)


@pytest.mark.parametrize("text", [
    "Журналіст приєднався до розмови пізніше.",
    "Школярі долучилися до флешмобу.",
])
def test_joining_a_talk_or_a_flashmob_is_no_cooperation(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [t for t, _, _ in kinds(doc) if t == "COOPERATE"] == [], kinds(doc)


def test_citizens_taken_away_by_the_adversary_are_deported(core_pipeline):
    doc = build(core_pipeline, "Окупанти вивезли до Росії ще 200 громадян.", names=[("Росії", "russia")])
    assert [(t, s) for t, s, _ in kinds(doc)] == [("COERCE", "occurred")], kinds(doc)

"""Events recall: the ways Ukrainian reports state a happening beyond the plain verb, and the
uses of trigger words that state none (questions, figures of speech, mere classes of things).
Texts written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import analysed, build, types_and_statuses as types


def test_talk_verb_with_prefix_is_a_consultation(core_pipeline):
    doc = build(core_pipeline, "Переговорив сьогодні з Президентом Туреччини.", names=[("Туреччини", "turkey")])
    assert [(e.type, e.status) for e in doc.events] == [("CONSULT", "occurred")]
    assert "turkey" in doc.events[0].recipients


@pytest.mark.parametrize("text,names,type_,status", [
    ("Польща прийшла на допомогу Україні серед перших.", [("Польща", "poland"), ("Україні", "ukraine")], "AID", "occurred"),
    ("ЄС затвердив пакет допомоги Україні на два мільярди євро.", [("ЄС", "eu"), ("Україні", "ukraine")], "AID", "occurred"),
    ("Франція оголосила про виділення пакета підтримки.", [("Франція", "france")], "AID", "occurred"),
    ("Гуманітарний вантаж доставили до Києва.", [("Києва", "kyiv")], "AID", "occurred"),
    ("Найближчим часом надійде більше артилерії.", [], "AID", "planned"),
    ("ЄС затвердив новий санкційний пакет проти Росії.", [("ЄС", "eu"), ("Росії", "russia")], "SANCTION", "occurred"),
    ("Угода з Польщею в підготовці.", [("Польщею", "poland")], "AGREE", "planned"),
    ("Готуються ще дві безпекові угоди з Францією.", [("Францією", "france")], "AGREE", "planned"),
    ("Президент здійснив робочу поїздку на фронт.", [], "CONSULT", "occurred"),
    ("Засідання відбулося за участі Андрія Сибіги.", [("Андрія Сибіги", "andrii-sybiha")], "CONSULT", "occurred"),
])
def test_nominal_and_periphrastic_forms(core_pipeline, text, names, type_, status):
    doc = build(core_pipeline, text, names=names)
    assert (type_, status) in types(doc), types(doc)


def test_aid_words_without_a_giving_are_no_aid(core_pipeline):
    # a decree about what counts as aid gives nothing; a class of sanctions packages is no event
    doc = build(core_pipeline, "Уряд ухвалив постанову про визнання товарів гуманітарною допомогою.")
    assert [e.type for e in doc.events if e.type == "AID"] == []
    doc = build(core_pipeline, "Санкційних пакетів проти Росії недостатньо.", names=[("Росії", "russia")])
    assert doc.events == []


def test_undelivered_cargo_is_negated(core_pipeline):
    doc = build(core_pipeline, "На жаль, не вдалося доставити гуманітарний вантаж до Києва.", names=[("Києва", "kyiv")])
    assert types(doc) == [("AID", "negated")]


def test_readiness_blocks_only_its_own_clause(core_pipeline):
    text = "Україна готова до переговорів, і вчора делегація провела зустріч з Польщею."
    doc = build(core_pipeline, text, names=[("Україна", "ukraine"), ("Польщею", "poland")],
                timexes=[("вчора", "2026-01-09", None)])
    assert types(doc) == [("CONSULT", "occurred")]
    assert doc.events[0].trigger.text == "зустріч"
    doc = build(core_pipeline, "Польща готова до переговорів.", names=[("Польща", "poland")])
    assert doc.events == []


def test_a_question_reports_no_happening_but_may_refer_back(core_pipeline):
    doc = build(core_pipeline, "Хіба це не удар по Києву?", names=[("Києву", "kyiv")])
    assert doc.events == []
    doc = build(core_pipeline, "А ти вагаєшся, запроваджувати санкції чи ні?")
    assert doc.events == []
    text = "Вночі росіяни вдарили ракетами по Києву. Чи витримає місто ще один такий удар?"
    doc = build(core_pipeline, text, names=[("Києву", "kyiv")], refs=[("росіяни", "russia", "demonym")])
    assert [e.type for e in doc.events] == ["ASSAULT"]
    assert doc.events[0].trigger.text == "вдарили"


@pytest.mark.parametrize("text", [
    "Це удар по економіці агресора.",
    "Це атака на демократію і на наші цінності.",
    "Війна стала ударом по бюджету.",
])
def test_figures_of_speech_are_no_events(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert doc.events == [], types(doc)


@pytest.mark.parametrize("text,type_", [
    ("Окупанти б'ють по житлових кварталах міста.", "ASSAULT"),
    ("Російські бомби впали на лікарню.", "ASSAULT"),
    ("Російська авіація скинула бомбу на театр.", "ASSAULT"),
    ("Вночі окупанти бомбили Київ.", "ASSAULT"),
    ("Ракета поцілила в площу.", "ASSAULT"),
    ("Окупанти захопили в полон мера міста.", "COERCE"),
    ("З Ірпеня вивезли понад тисячу людей.", "AID"),
])
def test_strike_capture_and_evacuation_forms(core_pipeline, text, type_):
    doc = build(core_pipeline, text)
    assert type_ in [e.type for e in doc.events], types(doc)


def test_a_bomb_named_is_no_strike_and_a_closed_sky_no_plea(core_pipeline):
    # "бомби" is also read as the imperative of "бомбити"
    assert build(core_pipeline, "Фосфорні російські бомби.").events == []
    doc = build(core_pipeline, "Європа закрила небо для російських літаків.")
    assert "REQUEST" not in [e.type for e in doc.events]


def test_imperative_asks_for_the_happening(core_pipeline):
    doc = build(core_pipeline, "Дайте Україні зброю.", names=[("Україні", "ukraine")])
    assert [(e.type, e.mode, e.status) for e in doc.events] == [("REQUEST", "assist", "occurred")]
    assert doc.events[0].actors == ["ukraine"]
    doc = build(core_pipeline, "Закрийте небо над нашими містами!")
    assert [e.type for e in doc.events] == ["REQUEST"]


def test_what_must_be_approved_is_asked_of_its_agent(core_pipeline):
    doc = build(core_pipeline, "Цей документ має бути схвалений Польщею.", names=[("Польщею", "poland")])
    assert [e.type for e in doc.events] == ["REQUEST"]
    assert doc.events[0].recipients == ["poland"]


def test_calls_listed_with_repeated_preposition_are_separate(core_pipeline):
    text = "Сьогодні говорив з Президентом Франції, з прем'єр-міністрами Польщі та Туреччини."
    doc = build(core_pipeline, text, names=[("Франції", "france"), ("Польщі", "poland"), ("Туреччини", "turkey")],
                timexes=[("Сьогодні", "2026-01-10", None)])
    calls = [e for e in doc.events if e.type == "CONSULT"]
    assert [sorted(e.recipients) for e in calls] == [["france"], ["poland", "turkey"]]
    assert all(e.time == {"value": "2026-01-10", "mod": None} for e in calls)
    # one "з" group is one call, however many names it lists
    doc = build(core_pipeline, "Говорив з прем'єр-міністрами Польщі та Туреччини.",
                names=[("Польщі", "poland"), ("Туреччини", "turkey")])
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 1


def test_verbless_line_putting_people_in_a_place_is_a_visit(core_pipeline):
    doc = build(core_pipeline, "Сьогодні в Женеві – Андрій Сибіга.",
                names=[("Женеві", "geneva"), ("Андрій Сибіга", "andrii-sybiha")],
                timexes=[("Сьогодні", "2026-01-10", None)])
    assert [(e.type, e.mode, e.place) for e in doc.events] == [("CONSULT", "visit", "geneva")]
    # the visitor and the state he acts for, all on one side
    assert doc.events[0].actors[0] == "andrii-sybiha" and doc.events[0].recipients == []
    doc = build(core_pipeline, "У Києві – мінус десять.", names=[("Києві", "kyiv")])
    assert doc.events == []


def test_new_packages_and_more_weapons_are_aid(core_pipeline):
    doc = build(core_pipeline, "Головне – є нові оборонні домовленості, нові пакети.")
    assert ("AID", "occurred") in types(doc)
    doc = build(core_pipeline, "Буде більше артилерії.")
    assert types(doc) == [("AID", "planned")]
    # a new package of sanctions is no aid
    doc = build(core_pipeline, "Польща запровадила новий пакет санкцій проти Росії.",
                names=[("Польща", "poland"), ("Росії", "russia")])
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_counted_documents_renamed_after_a_dash_are_not_generic(core_pipeline):
    doc = build(core_pipeline, "Ми готуємо ще сім нових документів – двосторонніх безпекових угод.")
    assert types(doc) == [("AGREE", "planned")]


def test_next_stages_of_a_told_exchange(core_pipeline):
    text = "Сьогодні відбувся обмін полоненими. Завтра – наступні етапи."
    doc = build(core_pipeline, text, timexes=[("Сьогодні", "2026-01-10", None), ("Завтра", "2026-01-11", None)])
    assert [(e.type, e.status) for e in doc.events] == [("RETREAT", "occurred"), ("RETREAT", "planned")]
    doc = build(core_pipeline, "Завтра – наступні етапи реформи.", timexes=[("Завтра", "2026-01-11", None)])
    assert doc.events == []


def test_talks_with_commanders_and_future_talks_at_a_place(core_pipeline):
    doc = build(core_pipeline, "Поспілкувалися з комбригами, з командирами батальйонів.")
    assert [e.type for e in doc.events] == ["CONSULT"]
    doc = build(core_pipeline, "Ми говоритимемо про це у Женеві.", names=[("Женеві", "geneva")])
    assert [(e.type, e.status, e.place) for e in doc.events] == [("CONSULT", "planned", "geneva")]
    # what was said in a place is no talks held there
    assert build(core_pipeline, "Так говорили в Києві.", names=[("Києві", "kyiv")]).events == []


def test_needed_talks_are_a_request_to_meet(core_pipeline):
    doc = build(core_pipeline, "Нам потрібні реальні переговори.")
    assert ("REQUEST", "meet") in [(e.type, e.mode) for e in doc.events]


@pytest.mark.parametrize("text,type_", [
    ("Польща забороняє імпорт нафти з Росії.", "SANCTION"),
    ("Заборону на інвестиції запроваджує і Франція.", "SANCTION"),
    ("ЄС підтримав відключення банків агресора від SWIFTу.", "SANCTION"),
    ("Росія відверто шантажує світ ядерною зброєю.", "THREATEN"),
    ("Ми просимо реальної підтримки.", "REQUEST"),
])
def test_bans_blackmail_and_asking_for_support(core_pipeline, text, type_):
    doc = build(core_pipeline, text)
    assert type_ in [e.type for e in doc.events], types(doc)


def test_a_ban_on_something_else_is_no_sanction(core_pipeline):
    doc = build(core_pipeline, "Міська рада заборонила паркування біля школи.")
    assert doc.events == []


def test_arrival_with_the_destination_before_the_verb(core_pipeline):
    doc = build(core_pipeline, "За кілька годин у Київ прибудуть президенти трьох держав.", names=[("Київ", "kyiv")])
    assert [(e.type, e.mode, e.status, e.place) for e in doc.events] == [("CONSULT", "visit", "planned", "kyiv")]
    # a location before the verb is where things arrived, not a visit's destination
    assert build(core_pipeline, "У Києві прибули нові вагони.", names=[("Києві", "kyiv")]).events == []
    doc = build(core_pipeline, "Прем'єр-міністри прибули в нашу столицю.")
    assert [(e.type, e.mode) for e in doc.events] == [("CONSULT", "visit")]


def test_things_that_arrive_make_no_visit(core_pipeline):
    # a delivery is no visit: only someone travels (a person, a body of people, a name)
    for text in ("Перші системи прибудуть в Україну до кінця лютого.",
                 "Нові танки прибули в Польщу.", "Снаряди прибули в нашу столицю."):
        names = [(n, e) for n, e in (("Україну", "ukraine"), ("Польщу", "poland")) if n in text]
        doc = build(core_pipeline, text, names=names)
        assert [e for e in doc.events if e.type == "CONSULT"] == [], text
    doc = build(core_pipeline, "Делегація США прибуде в Польщу в понеділок.",
                names=[("США", "united-states"), ("Польщу", "poland")])
    assert [(e.type, e.mode) for e in doc.events] == [("CONSULT", "visit")]

def test_every_trigger_opening_word_is_a_key():
    # the driver skips words outside trigger_keys before checking anything else
    from khronika.extract.events.lexicon.compiled import lexicon
    lex = lexicon()
    assert set(lex.by_lemma) | set(lex.phrases) | set(lex.need_words) <= lex.trigger_keys
    assert "переговорити" in lex.trigger_keys and "й" not in lex.trigger_keys


def _with_title(core_pipeline, text, title, date="2022-03-10"):
    """A whole document through the full pipeline (names in the title are looked up in the
    knowledge base, not in the text)."""
    return analysed(text, date, title=title)


ADDRESS = "Бажаю здоров'я! Сьогодні я говорив з Президентом Франції. Ми домовилися про нові кроки."


@pytest.mark.parametrize("title,author", [
    ("Звернення Президента України", "volodymyr-zelenskyy"),
    ("Стоїмо разом: звернення Президента України", "volodymyr-zelenskyy"),
    ("Брифінг Прем'єр-міністра України Дениса Шмигаля", "denys-shmyhal"),
    ("Володимир Зеленський звернувся до українців", "volodymyr-zelenskyy"),
    # two speakers, or none named: nobody is guessed
    ("Брифінг Михайла Подоляка та Дениса Шмигаля", None),
    ("Ми вистояли", None),
])
def test_the_first_person_of_an_address_is_its_author(core_pipeline, title, author):
    doc = _with_title(core_pipeline, ADDRESS, title)
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert talks and "france" in talks[0].recipients
    people = [x for e in doc.events for x in e.actors if doc.entities[x].type == "PER"]
    if author is None:
        assert people == []
    else:
        assert all(author in e.actors and "ukraine" in e.actors for e in doc.events), \
            [(e.type, e.actors) for e in doc.events]


def test_the_author_named_in_the_first_line(core_pipeline):
    text = "Звернення Прем'єр-міністра України Дениса Шмигаля.\n\n" + ADDRESS
    doc = _with_title(core_pipeline, text, None)
    assert any(e.type == "CONSULT" and "denys-shmyhal" in e.actors for e in doc.events)
    # a third-person report has no author for its events: its first line opens with no genre word
    doc = _with_title(core_pipeline, "Прем'єр-міністр України Денис Шмигаль провів нараду.", None)
    assert all("denys-shmyhal" not in e.recipients for e in doc.events)


@pytest.mark.parametrize("text,names,party", [
    ("Росія повинна вивести війська.", [("Росія", "russia")], "russia"),
    ("Але Франція мусить це зробити.", [("Франція", "france")], "france"),
    ("Польща має нарешті закрити порти.", [("Польща", "poland")], "poland"),
    ("Ми хочемо, щоб Франція передала танки.", [("Франція", "france")], "france"),
])
def test_what_a_named_party_must_do_is_asked_of_it(core_pipeline, text, names, party):
    doc = build(core_pipeline, text, names=names)
    assert [(e.type, e.status) for e in doc.events] == [("REQUEST", "occurred")], types(doc)
    assert doc.events[0].recipients == [party] and party not in doc.events[0].actors


@pytest.mark.parametrize("text,names", [
    ("Росія мусила відступити.", [("Росія", "russia")]),                  # what it had to do
    ("Україна має отримати зброю.", [("Україна", "ukraine")]),            # the home side, receiving
    ("Польща має право вирішувати сама.", [("Польща", "poland")]),        # a right, not a duty
    ("Польща не хоче, щоб Росія перемогла.", [("Польща", "poland"), ("Росія", "russia")]),
    ("Кожен повинен дбати про сусідів.", []),                              # nobody named
])
def test_a_duty_or_wish_with_no_party_asked_is_no_request(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert "REQUEST" not in [e.type for e in doc.events], types(doc)


def test_blockades_and_deportations_of_the_home_side(core_pipeline):
    doc = build(core_pipeline, "Росія блокує порти.", names=[("Росія", "russia")])
    assert [(e.type, e.actors) for e in doc.events] == [("COERCE", ["russia"])]
    doc = build(core_pipeline, "Окупанти заблокували порти Києва.", names=[("Києва", "kyiv")])
    assert [(e.type, e.actors, e.recipients) for e in doc.events] == [("COERCE", ["russia"], ["kyiv"])]
    doc = build(core_pipeline, "Примусова депортація українців триває.",
                refs=[("українців", "ukraine", "demonym")])
    assert [(e.type, e.actors, e.recipients) for e in doc.events] == [("COERCE", ["russia"], ["ukraine"])]


@pytest.mark.parametrize("text,names,type_,actor", [
    ("ЄС погоджує новий санкційний пакет проти Росії.", [("ЄС", "eu"), ("Росії", "russia")], "SANCTION", "eu"),
    ("Польща готує новий пакет допомоги Україні.", [("Польща", "poland"), ("Україні", "ukraine")], "AID", "poland"),
    ("Новий пакет, який надасть Польща, уже готовий.", [("Польща", "poland")], "AID", "poland"),
    ("Зброя, яку передали партнери, вже на фронті.", [], "AID", None),
    ("Україна передасть відповідну інформацію цим державам.", [("Україна", "ukraine")], "COOPERATE", "ukraine"),
])
def test_present_forms_and_aid_told_in_a_relative_clause(core_pipeline, text, names, type_, actor):
    doc = build(core_pipeline, text, names=names)
    assert [e.type for e in doc.events] == [type_], types(doc)
    assert doc.events[0].actors == ([actor] if actor else [])


def test_a_weapon_that_does_something_is_no_aid(core_pipeline):
    assert build(core_pipeline, "Це зброя, яка допоможе нам вистояти.").events == []


def test_requests_for_different_things_stay_apart(core_pipeline):
    doc = build(core_pipeline, "Росія мусить припинити вогонь. Також нам потрібні ракети.", names=[("Росія", "russia")])
    assert [(e.type, e.mode) for e in doc.events] == [("REQUEST", "yield"), ("REQUEST", "assist")]


def test_an_appeal_to_a_named_party(core_pipeline):
    doc = build(core_pipeline, "Я звернувся до Польщі щодо нових поставок.", names=[("Польщі", "poland")])
    assert [(e.type, e.recipients) for e in doc.events] == [("REQUEST", ["poland"])]
    # an address to one's own people or to a town asks no party
    assert build(core_pipeline, "Я звернувся до Києва щодо свята.", names=[("Києва", "kyiv")]).events == []


def test_the_first_person_of_a_foreign_speaker_is_that_speakers_state(core_pipeline):
    text = "«Сьогодні я говорив з Президентом України. Ми надамо Україні нову зброю», – сказав Президент Франції Емманюель Макрон."
    doc = _with_title(core_pipeline, text, None)
    assert doc.events and all(e.actors[:2] == ["emmanuel-macron", "france"] for e in doc.events), \
        [(e.type, e.actors, e.recipients) for e in doc.events]
    assert all("ukraine" not in e.actors for e in doc.events)
    doc = _with_title(core_pipeline, "Бажаю всім миру. " + text[1:text.index("»")], "Звернення Президента Франції Емманюеля Макрона")
    assert doc.events and all("france" in e.actors and "ukraine" not in e.actors for e in doc.events)


@pytest.mark.parametrize("text,names,type_,mode,giver", [
    ("Я вдячний Польщі за нову зброю.", [("Польщі", "poland")], "AID", "military", "poland"),
    ("Дякую Франції за рішення про постачання танків.", [("Франції", "france")], "AID", "military", "france"),
    ("Подякував Польщі за надану гуманітарну підтримку.", [("Польщі", "poland")], "AID", "humanitarian", "poland"),
    ("Вдячний Франції за підтримку нашого захисту від загарбників.", [("Франції", "france")], "SUPPORT", None, "france"),
])
def test_thanks_for_aid_name_the_giver(core_pipeline, text, names, type_, mode, giver):
    doc = build(core_pipeline, text, names=names)
    assert [(e.type, e.mode, e.status) for e in doc.events] == [(type_, mode, "occurred")], types(doc)
    ev = doc.events[0]
    # the party thanked gave it, the home side received it, the adversary named in it did not
    assert ev.actors == [giver] and ev.recipients == ["ukraine"]


@pytest.mark.parametrize("text,names", [
    ("Ми будемо вдячні Польщі за нову зброю.", [("Польщі", "poland")]),     # thanks to come: a plea
    ("Я вдячний Польщі за нашу плідну роботу.", [("Польщі", "poland")]),    # no aid named
    ("Я вдячний Києву за нову зброю.", [("Києву", "kyiv")]),                  # our own town gives no aid
    ("Дякуємо всім, хто нам допомагає.", []),
])
def test_thanks_without_a_foreign_giver_or_a_given_aid_is_no_aid(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert [e.type for e in doc.events if e.type in ("AID", "SUPPORT")] == [], types(doc)


@pytest.mark.parametrize("text,status", [
    ("Вчора нам вдалося визволити з полону ще 50 наших воїнів.", "occurred"),
    ("Сьогодні ми повернули додому 86 наших захисників.", "occurred"),
    ("Звільнення заручників триває.", "ongoing"),
    ("Вимога проста – негайно звільнити їх із полону.", "planned"),
])
def test_releases_from_captivity_are_with_the_adversary(core_pipeline, text, status):
    doc = build(core_pipeline, text)
    assert [(e.type, e.mode, e.status) for e in doc.events] == [("RETREAT", "release", status)], types(doc)
    assert doc.events[0].actors == ["ukraine"] and doc.events[0].recipients == ["russia"]


def test_the_person_after_a_release_noun_is_freed_and_land_is_no_captive(core_pipeline):
    doc = build(core_pipeline, "Звільнення Андрія Сибіги з полону стало можливим.", names=[("Андрія Сибіги", "andrii-sybiha")])
    assert [e.type for e in doc.events] == ["RETREAT"]
    assert "andrii-sybiha" in doc.events[0].recipients and "andrii-sybiha" not in doc.events[0].actors
    for text in ("Ми звільнимо нашу землю. Сотні окупантів у полоні.",
                 "Громадяни, які хочуть повернутися додому, зможуть в'їхати."):
        assert [e.type for e in build(core_pipeline, text).events if e.type == "RETREAT"] == [], text


def test_a_negated_infinitive_is_negated(core_pipeline):
    doc = build(core_pipeline, "Головне – не надавати їм зброю.")
    assert [(e.type, e.status) for e in doc.events] == [("AID", "negated")], types(doc)


def test_a_verbless_line_after_a_call_is_one_more_call(core_pipeline):
    text = "Я говорив з Президентом Франції. Дякую за підтримку. З Президентом Польщі. З Польщі повертаються люди."
    doc = build(core_pipeline, text, names=[("Франції", "france"), ("Польщі", "poland"), ("Польщі", "poland")])
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert [e.recipients for e in talks] == [["france"], ["poland"]], [(e.type, e.recipients) for e in doc.events]
    assert talks[1].trigger.text == "З Президентом" and talks[1].actors == talks[0].actors
    # a line that opens with "з" and a place is whence, not another partner
    doc = build(core_pipeline, "Я говорив з Президентом Франції. З Польщі повертаються люди.",
                names=[("Франції", "france"), ("Польщі", "poland")])
    assert [e.recipients for e in doc.events] == [["france"]]


def test_a_cue_word_inside_a_name_adds_no_one_to_the_last_call(core_pipeline):
    text = "Я говорив з Президентом Франції. Також говорили з головою Палати представників Польщі."
    doc = build(core_pipeline, text, names=[("Франції", "france"), ("Палати представників Польщі", "poland")])
    assert [e.recipients for e in doc.events if e.type == "CONSULT"] == [["france"], ["poland"]]


@pytest.mark.parametrize("text,names,type_", [
    ("Російські танки стріляли по Києву.", [("Києву", "kyiv")], "ASSAULT"),
    ("Окупанти відкрили мінометний вогонь по Києву.", [("Києву", "kyiv")], "ASSAULT"),
    ("Окупанти вбили двох журналістів у Києві.", [("Києві", "kyiv")], "ASSAULT"),
    ("Окупанти кинули гранату в людей у Києві.", [("Києві", "kyiv")], "ASSAULT"),
    ("Вчора окупанти взяли в заручники шістьох людей у Києві.", [("Києві", "kyiv")], "COERCE"),
])
def test_shooting_killing_and_hostage_taking(core_pipeline, text, names, type_):
    doc = build(core_pipeline, text, names=names)
    assert [e.type for e in doc.events] == [type_], types(doc)
    assert doc.events[0].actors == ["russia"] and "kyiv" not in doc.events[0].actors


@pytest.mark.parametrize("text", [
    "Байдужість вбиває.",                           # a figure of speech
    "Вони вбивають людей і руйнують міста.",        # the war as a whole, no told killing
    "Їхні солдати кидають техніку та тікають.",     # abandoning arms is no strike
])
def test_killing_words_that_tell_no_strike(core_pipeline, text):
    assert [e.type for e in build(core_pipeline, text).events if e.type == "ASSAULT"] == [], text


def test_the_sides_of_a_strike_and_of_a_forced_act(core_pipeline):
    # towns "між" which a strike falls place it; an adjective of the adversary's army is not ours
    doc = build(core_pipeline, "Окупанти обстріляли дорогу між Києвом та Вінницею.",
                names=[("Києвом", "kyiv"), ("Вінницею", "kyiv")])
    assert doc.events and doc.events[0].actors == ["russia"]
    doc = build(core_pipeline, "На сьогоднішній ранок російська армія вбила 112 дітей.",
                refs=[("російська", "russia", "adjective")])
    assert [(e.type, e.actors) for e in doc.events] == [("ASSAULT", ["russia"])]
    # who forces others to act is not the doer of the act
    doc = build(core_pipeline, "Росія примусить усіх відмовитися від співпраці з Польщею.",
                names=[("Росія", "russia"), ("Польщею", "poland")])
    assert all("russia" not in e.actors for e in doc.events if e.type == "REJECT")
    # a relative clause opened by "чиї" is its own clause
    doc = build(core_pipeline, "Я прошу згадати всіх, чиї життя забрала російська агресія.",
                refs=[("російська", "russia", "adjective")])
    assert all("russia" not in e.actors + e.recipients for e in doc.events)


def test_a_named_holiday_is_no_party(core_pipeline):
    from khronika.pipeline import analyze
    doc = analyze("Окупанти вбили на Великдень двох дітей у Києві.", "2022-04-24")
    assert any(m.type == "MISC" for m in doc.mentions)
    assert [(e.type, e.actors, e.recipients) for e in doc.events] == [("ASSAULT", ["russia"], ["kyiv"])]


def test_aid_given_by_a_verb_the_dictionary_reads_as_a_name(core_pipeline):
    # "надала" was read as the surname "Надал"; "20 млн" is money given
    doc = build(core_pipeline, "Польща однією з перших надала нам оборонну допомогу.", names=[("Польща", "poland")])
    assert [(e.type, e.actors) for e in doc.events] == [("AID", ["poland"])]
    doc = build(core_pipeline, "Франція виділила 20 млн євро на відбудову.", names=[("Франція", "france")])
    assert [(e.type, e.actors) for e in doc.events] == [("AID", ["france"])]


def test_calls_listed_over_lines(core_pipeline):
    # "А також із ..." goes on listing calls; a line of names names the partners of a call that
    # named none
    doc = build(core_pipeline, "Я говорив з Президентом Франції. А також із канцлером Польщі.",
                names=[("Франції", "france"), ("Польщі", "poland")])
    assert [e.recipients for e in doc.events] == [["france"], ["poland"]]
    doc = build(core_pipeline, "Я говорив з лідерами держав-партнерів. Був активний день. Президент Франції, канцлер Польщі.",
                names=[("Франції", "france"), ("Польщі", "poland")])
    assert [(e.type, e.recipients) for e in doc.events] == [("CONSULT", ["france", "poland"])]


@pytest.mark.parametrize("text,names,type_,actors,recipients", [
    ("Польща ухвалила блокування імпорту вугілля з Росії.", [("Польща", "poland"), ("Росії", "russia")],
     "SANCTION", ["poland"], ["russia"]),
    ("ЄС ухвалив рішення про зупинку членства Росії в Раді.", [("ЄС", "eu"), ("Росії", "russia")],
     "SANCTION", ["eu"], ["russia"]),
    ("Росія намагається забирати в армію людей у Криму.", [("Росія", "russia")], "MOBILIZE", ["russia"], []),
])
def test_bans_suspensions_and_conscription(core_pipeline, text, names, type_, actors, recipients):
    doc = build(core_pipeline, text, names=names)
    assert [(e.type, e.actors, e.recipients) for e in doc.events] == [(type_, actors, recipients)], types(doc)


def test_frozen_assets_hit_their_owner_and_blocked_deliveries_are_coercion(core_pipeline):
    doc = build(core_pipeline, "ЄС заблокував яхти російських олігархів.",
                names=[("ЄС", "eu")], refs=[("російських", "russia", "adjective")])
    assert [(e.type, e.actors, e.recipients) for e in doc.events] == [("SANCTION", ["eu"], ["russia"])]
    doc = build(core_pipeline, "Окупанти блокують постачання гуманітарних вантажів.")
    assert [e.type for e in doc.events] == ["COERCE"]
    # "від X до Y" is a range, X takes no part
    doc = build(core_pipeline, "Заблокуйте їм усі яхти – від Польщі і до найменших.", names=[("Польщі", "poland")])
    assert all("poland" not in e.actors + e.recipients for e in doc.events)


def test_a_date_to_come_is_not_the_time_of_a_past_verb(core_pipeline):
    text = "Наступного тижня очікуємо транш від ЄС, який уже виділив нам мільярд євро."
    doc = build(core_pipeline, text, names=[("ЄС", "eu")], timexes=[("Наступного тижня", "2026-W03", None)])
    given = [e for e in doc.events if e.status == "occurred"]
    assert given and all(e.time is None for e in given), [(e.type, e.status, e.time, e.trigger.text) for e in doc.events]

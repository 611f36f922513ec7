"""Events precision (issue 16, A18): trigger words that tell no happening. The steps of a plan
told by how it would work, a harm feared for a class of people, a sport or a civil court's
sense of a strike or a sanction, goods and tourists arriving, a market attacked, the items of a
topic list, what a need word asks for and what a party is able to do; beside each, the same
wording where a happening is told, which stays. Sentences written for these tests (addresses,
ministry statements, news, regional and economic news); the full pipeline with the shipped
knowledge base."""
from __future__ import annotations

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import analysed_events, types as types_in


def types(text: str, date: str = "2025-03-10") -> list[str]:
    return types_in(analysed_events(text, date))


def test_the_lists_are_data():
    lex = lexicon()
    assert {"механізм", "ідея", "суть"} <= lex.word_list("plan_nouns")
    assert "передбачати" in lex.word_list("plan_content_verbs")
    assert {"ризик", "загроза"} <= lex.word_list("danger_nouns")
    assert "вразливий" in lex.word_list("exposure_adjectives")
    assert "загрожувати" in lex.word_list("looming_verbs")
    assert "здатний" in lex.word_list("capacity_words")
    assert "тайм" in lex.word_list("assault_other_senses")
    assert "відповідач" in lex.word_list("sanction_other_senses")
    assert {"турист", "судно"} <= lex.contexts["arriving_people"]


def test_the_steps_of_a_plan_are_no_happening():
    for text in ("Ідея проста: протягом тижня передати громаді генератори, ліки та пальне.",
                 "Механізм передбачає, що союзники за дві доби запроваджують нові обмеження проти агресора.",
                 "Принцип такий: щойно агресор атакує, партнери одразу постачають додаткові системи ППО.",
                 "Концепція передбачає обмін полоненими за формулою «всіх на всіх».",
                 "Ініціатива передбачає, що громади отримують гранти на ремонт мостів."):
        assert types(text) == [], text


def test_a_step_told_in_the_past_took_place():
    assert types("Суть у тому, що вчора ворог атакував Суми.") == ["ASSAULT"]


def test_a_harm_feared_for_people_is_no_happening():
    for text in ("Понад двісті тисяч дітей перебувають під ризиком депортації.",
                 "Громадам Сумщини загрожують нові обстріли.",
                 "Існує загроза нових ударів по енергетиці.",
                 "Цивільні залишаються вразливими до ударів дронів.",
                 "Без ППО міста залишаються беззахисними перед ракетними атаками."):
        assert types(text) == [], text


def test_a_harm_that_came_and_a_threat_made_stay():
    assert types("Ракетний удар по Харкову загрожує новою хвилею евакуації.") == ["ASSAULT"]
    assert "THREATEN" in types("Росія загрожує Україні новими ударами.")


def test_a_match_or_a_civil_case_is_another_sense():
    for text in ("Футболісти «Динамо» пішли в наступ у другому таймі.",
                 "Команда провела успішну атаку на ворота суперника.",
                 "Нападник завдав сильного удару по м'ячу з лівого флангу.",
                 "Воротар відбив кілька атак у першому таймі.",
                 "УЄФА запровадила санкції проти клубу за расистські вигуки вболівальників.",
                 "Суд застосував санкції до відповідача за невиконання рішення у цивільній справі."):
        assert types(text) == [], text


def test_strikes_and_state_sanctions_beside_sport_stay():
    assert types("Під час матчу росіяни обстріляли Херсон.") == ["ASSAULT"]
    assert types("ЄС запровадив санкції проти власника футбольного клубу «Челсі» Романа Абрамовича.") == ["SANCTION"]


def test_goods_vessels_and_tourists_arriving_pay_no_visit():
    assert types("До порту Чорноморська прибули перші судна під завантаження зерном.") == []
    assert types("Цього року до Карпат прибули на відпочинок понад мільйон туристів.") == []
    assert types("Сьогодні до Києва прибув прем'єр-міністр Нідерландів.") == ["CONSULT"]


def test_a_market_attacked_is_no_strike():
    assert types("Китайські виробники почали атакувати європейський ринок дешевими автомобілями.") == []
    assert types("Нова модель смартфона атакує преміальний сегмент.") == []
    assert types("Ворог атакував енергетичну інфраструктуру Дніпра.") == ["ASSAULT"]


def test_topic_lists_and_predicates_name_no_sanction():
    for text in ("Ключові питання — енергетика, безпека, санкції.",
                 "Предметом розмови стали нові санкції та фінансування.",
                 "Ми зробили акцент на санкціях проти тіньового флоту."):
        assert "SANCTION" not in types(text), text


def test_what_a_need_word_predicates_is_asked_for():
    assert types("Нам потрібні нові санкції, нова зброя, нові рішення.") == ["REQUEST"]
    assert "ASSAULT" in types("Після удару по Харкову потрібні нові системи ППО.")


def test_a_strength_is_no_happening():
    assert types("Росія здатна запускати до ста дронів на добу.") == []
    assert types("Вночі Росія атакувала Одесу ударними дронами.") == ["ASSAULT"]


def test_a_thing_that_occurs_meets_no_one():
    assert types("Ця помилка часто зустрічається у звітах міністерства.") == []
    assert types("Учора президент зустрічався з військовими на Донбасі.") == ["CONSULT"]
    assert types("Міністри оборони України та Польщі зустрічалися вже тричі цього року.") == ["CONSULT"]


def test_a_rules_requirement_is_no_demand():
    assert types("У серпні інспекція провела перевірку дотримання вимог фірмою.") == []
    assert types("Минулого тижня інспектори провели перевірку виконання вимог законодавства на заводі.") == []
    assert types("Україна висунула вимогу про виведення військ.") == ["REQUEST"]


def test_the_penalty_an_article_provides_is_no_sanction():
    assert types("Стаття передбачає позбавлення волі з конфіскацією майна.") == []


def test_forms_of_speech_that_borrow_a_trigger_word():
    assert types("Давайте будемо чесними: без зброї переговори нічого не дадуть.") == []
    assert types("Ми знаємо, що таке обстріли, що таке окупація, що таке депортація.") == []
    assert types("Росія — держава, яка атакує сусідів і погрожує всьому світу.") == []
    assert types("Давайте Україні більше зброї.") == ["REQUEST"]
    assert types("Росія — держава, яка вчора атакувала Суми.") == ["ASSAULT"]


def test_what_may_come_at_any_moment_is_a_danger():
    assert types("Ворог може будь-якої миті завдати удару по столиці.") == []
    assert types("Ситуація може будь-якої миті перерости в масові протести.") == []
    assert types("Ворог завдав удару по столиці.") == ["ASSAULT"]


def test_a_campaign_against_a_vice_or_a_disease_is_no_offensive():
    assert types("Лікарі розпочали наступ на грип у школах.") == []
    assert types("Аграрії готуються до наступу посівної кампанії.") == []
    assert types("Росіяни почали наступ на Покровськ.") == ["ASSAULT"]


def test_a_virus_or_hackers_strike_no_one():
    assert types("Вірус атакує імунну систему людини.") == []
    assert types("Хакери атакували сайти міністерств.") == []
    assert types("Ворожий дрон атакував автобус з цивільними на Херсонщині.") == ["ASSAULT"]


def test_a_name_after_imeni_is_no_thing_given():
    assert "AID" not in types("Оперу поставили у Львівському театрі імені Франка.")
    assert "AID" in types("Канада передала Україні нові бронемашини.")

"""Events in news genres: a happening the body names again by its bare noun is the one the lead
told (the noun opening a sentence, the cause of the harm told next); a heading "X: що відомо"
is an event only when the text tells it; "ніхто не ..." and "ніколи не ..." tell no happening.
What only looks like it stays apart: a noun with a partner of its own, a new strike, two
meetings on two days. Sentences written for these tests; the full pipeline with the shipped
knowledge base."""
from __future__ import annotations

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import of_type, on_day, show


events = on_day("2025-09-16")


def test_the_lists_are_data():
    lex = lexicon()
    assert "внаслідок" in lex.word_list("cause_prepositions") and "через" in lex.word_list("cause_prepositions")
    assert "що" in lex.word_list("heading_question_words")
    assert "ніхто" in lex.word_list("generic_determiners") and "відбити" in lex.word_list("repelling_verbs")
    assert "почати діяти" in lex.word_list("taking_effect_phrases")
    assert "ніколи" in lex.word_list("never_adverbs")


def test_a_session_named_again_by_its_noun_is_that_session():
    evs = events("У Люксембурзі відбулося засідання Ради ЄС. Засідання відкрила Кая Каллас. "
                 "Міністри говорили про енергетику.")
    talks = of_type(evs, "CONSULT")
    assert len(talks) == 1, show(evs)
    assert "kaja-kallas" in talks[0].actors + talks[0].recipients


def test_a_heading_meeting_and_its_planned_day_are_one_meeting():
    evs = events("Зустріч Зеленського і Трампа: що відомо. Зустріч запланована на середу в Нью-Йорку.")
    talks = of_type(evs, "CONSULT")
    assert len(talks) == 1, show(evs)
    assert talks[0].status == "planned" and "donald-trump" in talks[0].recipients + talks[0].actors


def test_a_heading_that_names_only_a_topic_is_no_event():
    evs = events("Нові санкції проти Росії: чого чекати. Міністри фінансів ЄС збираються у п'ятницю.")
    assert not of_type(evs, "SANCTION"), show(evs)
    # a heading the body tells stays one event
    evs = events("Удар по Харкову: що відомо. Уночі росіяни вдарили по Харкову керованими бомбами.")
    assert len(of_type(evs, "ASSAULT")) == 1, show(evs)


def test_the_cause_of_harm_in_a_district_is_the_strike_told():
    evs = events("Уночі ворог атакував Київ ударними дронами. "
                 "Через атаку загорівся склад у Дарницькому районі.")
    assert len(of_type(evs, "ASSAULT")) == 1, show(evs)


def test_what_only_looks_like_it_stays_apart():
    # a noun with a partner of its own opens the sentence: another meeting
    evs = events("Сьогодні Сибіга зустрівся з Радославом Сікорським. "
                 "Зустріч з Жан-Ноелем Барро відбулася також сьогодні.")
    assert len(of_type(evs, "CONSULT")) == 2, show(evs)
    # a new strike on a town of its own
    evs = events("Зранку окупанти обстріляли Херсон. Внаслідок нової атаки на Миколаїв поранено двох людей.")
    assert len(of_type(evs, "ASSAULT")) == 2, show(evs)
    # two meetings on two days
    evs = events("У понеділок Умєров зустрівся з Пітом Гегсетом. Зустріч у вівторок пройшла з Джоном Гілі.")
    assert len(of_type(evs, "CONSULT")) == 2, show(evs)


def test_no_one_and_never_tell_no_happening():
    assert not of_type(events("Ніхто не нападає на Польщу, заявив міністр."), "ASSAULT")
    assert not of_type(events("Україна ніколи не обстрілювала цивільних у Росії, сказав речник."), "ASSAULT")
    # "як ніколи" likens: the happening stays
    evs = events("Сьогодні, як ніколи, потрібна допомога партнерів, заявив Зеленський.")
    assert of_type(evs, "REQUEST"), show(evs)


def test_strikes_repelled_are_the_strikes_told():
    evs = events("Біля Лимана окупанти 12 разів штурмували позиції наших бійців. Захисники відбили всі штурми.")
    strikes = of_type(evs, "ASSAULT")
    assert len(strikes) == 1, show(evs)
    assert "russia" in strikes[0].actors
    # a strike of another day, repelled, stays apart
    evs = events("У понеділок росіяни атакували Вовчанськ. У середу наші воїни відбили новий штурм.")
    assert len(of_type(evs, "ASSAULT")) == 2, show(evs)


def test_a_sanction_coming_into_force_is_the_sanction_decided():
    evs = events("Канада запровадила санкції проти російських нафтових компаній. "
                 "Санкції почнуть діяти з першого жовтня.")
    sanctions = of_type(evs, "SANCTION")
    assert len(sanctions) == 1, show(evs)
    assert sanctions[0].status == "occurred" and sanctions[0].time is None, sanctions[0]


def test_a_live_blog_entry_framed_by_the_meeting_is_that_meeting():
    evs = events("09:40 Президент провів нараду з командувачами. 10:55 На нараді заслухали доповідь "
                 "про ситуацію на Запорізькому напрямку.")
    assert len(of_type(evs, "CONSULT")) == 1, show(evs)


def test_a_recap_quoted_after_the_meeting_is_that_meeting():
    # "після зустрічі" is the writing's, not the quoted talk's
    evs = events("У вівторок Зеленський зустрівся з прем'єр-міністром Данії Метте Фредеріксен. "
                 "«Ми обговорили спільне виробництво дронів», – написав Зеленський після зустрічі.")
    assert len(of_type(evs, "CONSULT")) == 1, show(evs)


def test_an_exchange_named_again_in_a_quote_gains_no_party():
    evs = events("Учора Україна та Росія провели обмін полоненими. Додому повернулися 120 військових. "
                 "«Обмін відбувся завдяки посередництву Катару», – зазначив Зеленський.")
    swaps = [e for e in evs if e.trigger.text.lower().startswith("обмін")]
    assert len(swaps) == 1, show(evs)
    assert "volodymyr-zelenskyy" not in swaps[0].actors + swaps[0].recipients, show(evs)


def test_a_conference_in_a_digest_is_not_the_meeting_told_before():
    evs = events("Підсумки тижня. Понеділок: Сибіга зустрівся з Каєю Каллас. Середа: окупанти атакували Суми. "
                 "П'ятниця: у Варшаві відбувся форум з відбудови.")
    talks = of_type(evs, "CONSULT")
    assert len(talks) == 2, show(evs)
    assert not any(e.place == "warsaw" for e in talks if "kaja-kallas" in e.actors + e.recipients), talks
    # a meeting of many told before its summit is that summit
    evs = events("Міністри закордонних справ країн G7 зустрілися, щоб обговорити підтримку України. "
                 "Саміт відбувся в Торонто.")
    assert len(of_type(evs, "CONSULT")) == 1, show(evs)
    # a summit in the meeting's own town is that meeting
    evs = events("Трамп заявив, що наступного тижня зустрінеться з Путіним у Будапешті. "
                 "Орбан привітав рішення провести саміт у Будапешті.")
    assert len(of_type(evs, "CONSULT")) == 1, show(evs)


def test_a_count_of_the_strikes_told_is_no_second_strike():
    evs = events("Окупанти обстріляли Марганець із реактивних систем. За добу ворог 9 разів бив по громаді. "
                 "Поранено жінку.")
    assert len(of_type(evs, "ASSAULT")) == 1, show(evs)
    # a count of strikes on another town stays apart
    evs = events("Окупанти обстріляли Марганець. За добу ворог 9 разів атакував Херсон.")
    assert len(of_type(evs, "ASSAULT")) == 2, show(evs)


def test_a_signing_told_of_states_and_then_of_their_leaders_is_one():
    evs = events("Україна та Польща підписали угоду про безпекову співпрацю. "
                 "Документ підписали Володимир Зеленський та Дональд Туск у Варшаві.")
    assert len(of_type(evs, "AGREE")) == 1, show(evs)
    # people named already in the first telling: another happening
    evs = events("Зеленський зустрівся з Макроном. Сибіга зустрівся з Жан-Ноелем Барро.")
    assert len(of_type(evs, "CONSULT")) == 2, show(evs)


def test_taking_part_in_the_gathering_told_joins_it():
    text = ("Саміт ЄС відбудеться в Брюсселі 18 грудня. "
            "Прем'єр Польщі Дональд Туск також візьме участь у саміті.")
    evs = [e for e in events(text, "2025-11-20") if e.type == "CONSULT"]
    assert len(evs) == 1, [(e.actors, e.recipients) for e in evs]
    assert "donald-tusk" in evs[0].actors + evs[0].recipients
    # a gathering of another kind, or one on a day of its own, is another happening
    text = ("Зеленський провів переговори з Макроном. "
            "Наступного тижня Сибіга візьме участь у зустрічі міністрів G7.")
    assert len([e for e in events(text, "2025-11-20") if e.type == "CONSULT"]) == 2


def test_talks_named_again_by_another_word_for_talks_after_whose_side():
    text = ("Делегації України та США провели в Женеві консультації щодо мирного плану. "
            "З українського боку переговори вів секретар РНБО Рустем Умєров.")
    assert len(of_type(events(text, "2025-11-20"), "CONSULT")) == 1
    # a meeting with a partner of its own stays apart
    text = ("Делегації України та США провели в Женеві консультації. "
            "Зустріч із прем'єром Італії відбулася наступного дня.")
    assert len(of_type(events(text, "2025-11-20"), "CONSULT")) == 2

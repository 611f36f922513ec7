"""Events: a happening named again by a possessive or by "обидві", and the day the sentence
after it tells (issue 16, part D18). "Її візит" right after a meeting with her is that meeting;
"Обидві зустрічі" names the two told, no third; "Вони тривали весь день 23 листопада" dates the
talks just told; a name inside a day's name ("у День Європи") is no party. Sentences written for
these tests; the full pipeline."""
from __future__ import annotations

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import analysed_events as events, of_type, time_value as value


def test_the_lists_are_data():
    lex = lexicon()
    assert "обидва" in lex.word_list("both_words") and "вони" in lex.word_list("time_back_pointers")


def test_her_visit_the_next_sentence_is_the_meeting_and_dates_it():
    text = ("Зустрівся з Генеральною секретаркою Ради Європи. Її візит саме в цей день — "
            "День Європи — для нас символічний.")
    talks = of_type(events(text, "2024-05-09"), "CONSULT")
    assert len(talks) == 1 and value(talks[0]) == "2024-05-09", talks
    assert "europe" not in talks[0].actors + talks[0].recipients


def test_his_visit_elsewhere_and_later_stays_apart():
    text = "Зустрівся з Прем'єр-міністром Норвегії. Його візит до Пекіна наступного тижня буде непростим."
    assert len(of_type(events(text, "2024-05-09"), "CONSULT")) == 2


def test_both_meetings_name_the_two_told():
    text = ("Вранці мав зустріч з міністром закордонних справ Данії. Увечері зустрівся з делегацією "
            "Сенату США. Обидві зустрічі були корисними.")
    assert len(of_type(events(text, "2024-09-20"), "CONSULT")) == 2


def test_the_next_sentence_dates_the_talks_it_points_back_to():
    text = "Відбулися переговори з делегацією Катару в Досі. Вони тривали весь день 14 вересня."
    talks = of_type(events(text, "2024-09-20"), "CONSULT")
    assert [value(e) for e in talks] == ["2024-09-14"]
    text = "Зустріч з прем'єр-міністром Словаччини відбулася в Ужгороді. Це було 16 вересня."
    assert [value(e) for e in of_type(events(text, "2024-09-20"), "CONSULT")] == ["2024-09-16"]


def test_no_loan_when_the_next_sentence_tells_a_happening_of_its_own_or_another_time():
    text = ("Зустріч з прем'єр-міністром Словаччини відбулася в Ужгороді. Це було 16 вересня, "
            "а 18 вересня ми підписали угоду.")
    talks = of_type(events(text, "2024-09-20"), "CONSULT")
    assert [value(e) for e in talks] == [None]
    text = "Відбулися переговори з делегацією Катару в Досі. Наступні відбудуться 30 вересня."
    assert [value(e) for e in of_type(events(text, "2024-09-20"), "CONSULT")][0] is None

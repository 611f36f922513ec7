"""Events: the main clause after an opening "кожного разу, коли ..." or "щоразу, коли ..."
tells what follows each time, no happening; and who answers with strikes, in the instrumental,
strikes (answered "на удари" they were struck). Sentences written for these tests (commentary,
war reports); the full pipeline with the shipped knowledge base."""
from __future__ import annotations

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import analysed_events, rows


def events(text: str, date: str = "2025-11-03"):
    return rows(analysed_events(text, date), "type", "trigger", "actors", "recipients")


def test_the_lists_are_data():
    lex = lexicon()
    assert "відповідати" in lex.word_list("answer_with_verbs")
    assert "кожного разу" in lex.word_list("whenever_words")


def test_the_main_clause_after_every_time_is_no_happening():
    assert events("Кожного разу, коли Вашингтон пропонує перемир'я, Москва відповідає масованими обстрілами.") == []
    assert events("Щоразу, коли Кишинів просить про підтримку, Бухарест надає нові пакети допомоги.") == []


def test_a_dated_clause_with_when_still_tells_a_happening():
    evs = events("Вчора, коли тривали переговори, росіяни обстріляли Запоріжжя.")
    assert any(t == "ASSAULT" for t, *_ in evs)


def test_who_answers_with_strikes_strikes():
    evs = [e for e in events("Москва відповіла новими ударами по Дніпру.") if e[0] == "ASSAULT"]
    # (the capital that strikes stands for its state, as it does when it acts in other events)
    assert evs and evs[0][2] == ["russia"] and "moscow" not in evs[0][3] and "dnipro" in evs[0][3]


def test_who_answers_the_strikes_was_struck():
    evs = [e for e in events("Сили оборони відповіли на удари окупантів.") if e[0] == "ASSAULT"]
    assert evs and "russia" in evs[0][2]

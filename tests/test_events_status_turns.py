"""Events: statuses another word turns. An attempt at a blackmail or a blow was made, whether or
not it worked; "не минуло жодної ночі без атак" says the attacks came; "постійні атаки" under a
present verb go on. Sentences written for these tests; the full pipeline."""
from __future__ import annotations

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import on_day, statuses


events = on_day("2023-05-09")


def status_of(text: str, type_: str, date: str = "2023-05-09") -> list[str]:
    return statuses(events(text, date), type_)


def test_the_lists_are_data():
    from khronika.extract.events.status.status_turns import attempt_types
    lex = lexicon()
    assert "THREATEN" in attempt_types(lex)
    assert "минути" in lex.word_list("passing_verbs") and "жоден" in lex.word_list("none_quantifiers")
    assert "постійний" in lex.word_list("constancy_adjectives")
    assert "бути" in lex.word_list("existence_verbs")


def test_a_failed_attempt_at_blackmail_was_made():
    assert status_of("Намагання Кремля шантажувати Молдову газом не дало результату.", "THREATEN") == ["occurred"]
    assert status_of("Минулої зими Росія намагалася шантажувати Європу відключенням газу.", "THREATEN") == ["occurred"]


def test_a_failed_attempt_to_storm_was_an_attack():
    assert status_of("Спроба окупантів штурмувати Кринки не вдалася.", "ASSAULT") == ["occurred"]


def test_no_attempt_at_all_is_negated():
    assert status_of("Цього тижня спроб штурмувати Вугледар не було.", "ASSAULT") == ["negated"]


def test_an_attempt_at_a_deal_is_still_no_deal():
    assert status_of("Угорщина намагалася домовитися з Китаєм про кредит.", "AGREE") != ["occurred"]


def test_no_night_without_attacks_means_attacks():
    assert status_of("Не минуло жодної ночі цього місяця без атак дронів на Одесу.", "ASSAULT") == ["occurred"]
    assert status_of("Не минає жодного дня без обстрілів Нікополя.", "ASSAULT") == ["ongoing"]


def test_without_sanctions_alone_is_no_double_negation():
    assert "occurred" not in status_of("Без нових санкцій Кремль не зупиниться.", "SANCTION")


def test_constant_attacks_under_a_present_verb_go_on():
    assert status_of("Наших бійців під Торецьком стримують постійні атаки ворога.", "ASSAULT") == ["ongoing"]
    assert status_of("Безперервні обстріли Нікополя змушують людей виїжджати.", "ASSAULT") == ["ongoing"]


def test_constant_attacks_told_in_the_past_occurred():
    assert status_of("Постійні обстріли зруйнували половину Вовчанська.", "ASSAULT") == ["occurred"]

"""Quotes (issue 17, Q30): a state's body named by its lowercase common noun and the state
("– повідомили в міністерстві оборони Литви", "зазначили в уряді Польщі") speaks as that
state; a colon clause with a subject of its own that is no one ("Опозиція виступила проти:
«...»", "Ситуація складна: «...»") gives its words to no one, not to the speaker before.
Texts written for these tests."""
import pytest

from quote_helpers import FOREIGN, pipe_fixture, reader, spans_or_none


pipe = pipe_fixture(FOREIGN)
quotes = reader(spans_or_none, "2026-11-20")


@pytest.mark.parametrize("text,who", [
    ("«Ситуація на кордоні залишається стабільною», – повідомили в міністерстві оборони Литви.",
     "lithuania"),
    ("«Ми готові прийняти біженців», – зазначили в уряді Польщі.", "poland"),
    ("«Ми готові прийняти біженців», – зазначили в міністерстві закордонних справ Чехії.",
     "czech-republic"),
    ("Як повідомили в уряді Німеччини, канцлер прибуде наступного тижня.", "germany"),
    ("«Ми готові допомогти», – заявили в парламенті Естонії.", "estonia"),
    # near misses: people by the building; one who visits it; a member of it
    ("«Ми вимагаємо відставки», – заявили протестувальники під будівлею уряду Польщі.", None),
    ("Зеленський відвідав міністерство оборони Литви. «Дякуємо за підтримку», – сказав він.",
     "volodymyr-zelenskyy"),
    ("«Ми готові прийняти біженців», – зазначив у розмові з прем'єром уряду Польщі Зеленський.",
     "volodymyr-zelenskyy"),
], ids=["ministry-field", "government", "ministry-two-words", "indirect", "parliament",
        "protesters", "visitor", "member"])
def test_a_state_speaks_through_its_body_named_by_common_noun(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


SPOKE = "Президент Зеленський виступив у Раді. «Ми переможемо», – сказав він.\n\n"


@pytest.mark.parametrize("lead,who", [
    ("Опозиція виступила проти:", None),
    ("Ситуація складна:", None),
    ("Ця ситуація складна:", None),
    # near misses: a person's noun or pronoun, his thing, the words, no subject, a state
    ("Президент додав:", "volodymyr-zelenskyy"),
    ("Він наголосив:", "volodymyr-zelenskyy"),
    ("Глава держави наголосив:", "volodymyr-zelenskyy"),
    ("Його позиція незмінна:", "volodymyr-zelenskyy"),
    ("Відповідь була короткою:", "volodymyr-zelenskyy"),
    ("За його словами:", "volodymyr-zelenskyy"),
    ("І далі:", "volodymyr-zelenskyy"),
    ("Україна висловила протест:", "ukraine"),
], ids=["opposition", "situation", "this-situation", "president", "pronoun", "head-of-state",
        "his-position", "answer", "his-words", "and-then", "state"])
def test_a_colon_clause_of_its_own_subject_is_not_the_last_speakers(pipe, lead, who):
    text = SPOKE + lead + " «Ворог наступає на кількох напрямках»."
    assert quotes(pipe, text)[-1] == ("Ворог наступає на кількох напрямках", who)

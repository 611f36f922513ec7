"""A dash turn with no attribution right after a turn that names its speaker goes on in that
speaker's words, whether the turns share a paragraph or not; the first person in it is the
side the speaker acts for, which the text may tell only once ("Посол Фінляндії Юха
Віртанен"). Texts written for these tests."""
import pytest

from quote_helpers import full_output

LEAD = "Посол Фінляндії Юха Віртанен дав інтерв'ю агентству."


def _run(text, date="2025-02-11"):
    return full_output(text, date)


def test_an_inline_dash_turn_after_an_attributed_one_is_the_same_speakers():
    d, persons = _run(LEAD + " — Ми залишаємося з Україною, — сказав він. "
                             "— Наш уряд уже виділив кошти на генератори.")
    got = [(q["text"].split()[0], q["speaker"], q["kind"]) for q in d["quotes"]]
    speaker = next(iter(persons))
    assert got == [("Ми", speaker, "direct"), ("Наш", speaker, "direct")]


def test_the_lead_sentence_before_an_inline_turn_is_no_claim_of_its_own():
    # ("Lead. — «...», — сказав він": the words before the dash are narration)
    d, _ = _run("Міністр закордонних справ Польщі Анна Ковальчик відвідала Одесу. "
                "— Ми бачили зруйнований порт, — сказала вона.", "2024-06-03")
    assert [q["kind"] for q in d["quotes"]] == ["direct"]


def test_a_dash_paragraph_after_an_attributed_one_goes_on_without_the_first_person():
    d, persons = _run("Посол Канади Мері Томпсон поспілкувалася з журналістами.\n\n"
                      "— Ми й далі допомагатимемо, — сказала вона.\n\n"
                      "— Уряд Канади вже передав кошти на розмінування.", "2023-09-20")
    speaker = next(iter(persons))
    assert [(q["text"].split()[0], q["speaker"]) for q in d["quotes"]] == [
        ("Ми", speaker), ("Уряд", speaker)]


@pytest.mark.parametrize("text", [
    LEAD + "\n\n— Ми залишаємося з Україною, — сказав він.\n\n— Наш уряд уже виділив кошти на генератори.",
    LEAD + " — Ми залишаємося з Україною, — сказав він. — Наш уряд уже виділив кошти на генератори.",
])
def test_our_government_in_a_foreign_envoys_words_is_his_state(text):
    d, _ = _run(text)
    aid = [e for e in d["events"] if e["type"] == "AID"]
    assert aid and "finland" in aid[0]["actors"] and "ukraine" not in aid[0]["actors"], d["events"]


def test_a_home_ministers_continued_turn_stays_on_the_home_side():
    d, _ = _run("Міністр енергетики Ольга Бондар прокоментувала відключення. — Ми відновлюємо мережі, "
                "— сказала вона. — Наш уряд виділив кошти на ремонт підстанцій.", "2026-01-14")
    aid = [e for e in d["events"] if e["type"] == "AID"]
    assert aid and "ukraine" in aid[0]["actors"], d["events"]


def test_the_interviewers_question_ends_the_turns():
    d, _ = _run(LEAD + " — Ми залишаємося з Україною, — сказав він. — Коли прибудуть генератори?")
    assert [q["text"].split()[0] for q in d["quotes"]] == ["Ми"]


def test_list_items_after_a_turn_are_no_speech():
    # lower-case, closed by ";": the items of a list, not the speaker going on
    d, _ = _run("Посол Канади Мері Томпсон поспілкувалася з журналістами.\n\n"
                "— Ми й далі допомагатимемо, — сказала вона.\n\n"
                "— кошти на розмінування;\n\n— генератори для лікарень.", "2023-09-20")
    assert [q["text"].split()[0] for q in d["quotes"]] == ["Ми"]


def test_a_second_speaker_keeps_his_own_turn():
    d, persons = _run("Прем'єр-міністр Данії Ларс Нільсен відвідав Харків. — Ми бачимо наслідки ударів, "
                      "— сказав він. — А ми вже передали Данії список потреб, — відповів мер Харкова "
                      "Ігор Терехов.", "2024-04-02")
    speakers = [q["speaker"] for q in d["quotes"]]
    assert len(speakers) == 2 and speakers[0] != speakers[1] and all(speakers)


def test_the_interviewers_question_paragraph_is_not_the_speakers():
    d, persons = _run("Посол Канади Мері Томпсон поспілкувалася з журналістами.\n\n"
                      "— Ми й далі допомагатимемо, — сказала вона.\n\n"
                      "— Чи будуть нові генератори?", "2023-09-20")
    assert [q["text"].split()[0] for q in d["quotes"] if q["speaker"]] == ["Ми"]

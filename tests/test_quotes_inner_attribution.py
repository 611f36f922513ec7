"""Speech in marks interrupted by its own attribution ("«..., – сказав X. – ...»") and media
named in Latin script as the source ("як зазначає The Economist"). Short items written for
these tests, end to end (entities resolve the speakers)."""
import pytest

from quote_helpers import NAMES, named_spans, pipe_fixture, reader


pipe = pipe_fixture(NAMES)
run = reader(named_spans, "2025-03-20")


def test_attribution_between_dashes_inside_marks_is_not_speech(pipe):
    text = ("«Нам вдалося стабілізувати енергосистему, – сказав міністр енергетики Герман "
            "Галущенко. – Відключень за графіками цього тижня не буде».")
    got = run(pipe, text)
    assert [t for t, _ in got] == ["Нам вдалося стабілізувати енергосистему",
                                   "Відключень за графіками цього тижня не буде"]
    assert {s for _, s in got} == {"Herman Halushchenko"}


def test_attribution_after_a_comma_resumes_the_same_speech(pipe):
    text = ("Мер Львова Андрій Садовий прокоментував нічну атаку. «Пошкоджено дві підстанції, "
            "– зазначив він, – але вода і тепло у місті є»."
            "\nДо ранку світло повернули в усі райони.")
    got = run(pipe, text)
    assert [t for t, _ in got] == ["Пошкоджено дві підстанції", "але вода і тепло у місті є"]
    assert {s for _, s in got} == {"Andriy Sadovyi"}


def test_interrupted_speech_running_over_paragraphs_keeps_its_speaker(pipe):
    text = ("«Ремонт мосту завершимо до осені, – повідомив голова Київської ОВА Микола "
            "Калашник. – Підрядника вже обрано.\n"
            "«Рух відновимо одразу після перевірки».")
    got = run(pipe, text, "2025-05-12")
    assert [t.split()[0] for t, _ in got] == ["Ремонт", "Підрядника", "Рух"]
    assert {s for _, s in got} == {"Mykola Kalashnyk"}


def test_first_person_verb_after_the_dash_is_speech_not_attribution(pipe):
    # "– кажу я": the speaker tells of his own words; no narrator steps in
    text = "Мер Одеси заявив: «Я повторюю, – кажу я всім, – евакуйтеся вчасно»."
    got = run(pipe, text)
    assert len(got) == 1 and got[0][0].startswith("Я повторюю")


@pytest.mark.parametrize("text,medium", [
    ("Як зазначає The Economist, війна змінила оборонне планування Європи.", "The Economist"),
    ("Китай нарощує закупівлі російської нафти, повідомляє The Telegraph.", "The Telegraph"),
])
def test_medium_named_in_latin_script_speaks(pipe, text, medium):
    got = run(pipe, text)
    assert got and got[0][1] == medium


@pytest.mark.parametrize("text,content", [
    ("Прем'єр Словаччини Роберт Фіцо заявив, що Братислава не надаватиме Україні зброї, "
     "передає «Радіо Свобода».", "Братислава не надаватиме Україні зброї"),
    ("За словами Роберта Фіцо, Братислава не надаватиме Україні зброї, – пише Reuters.",
     "Братислава не надаватиме Україні зброї"),
])
def test_medium_relaying_reported_speech_is_no_part_of_its_content(pipe, text, content):
    got = run(pipe, text)
    assert got == [(content, "Robert Fico")]

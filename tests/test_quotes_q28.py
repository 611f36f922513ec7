"""Quotes whose speaker stands further from the quote than the usual attribution (issue 17,
Q28): "– так глава МЗС ... відреагував" names its speaker before a verb six words on, and a
caption that opens with a stance word ("Переконаний у протилежному X: «...»") names its
speaker after the stance's phrase. Texts written for these tests."""
import pytest

from quote_helpers import FOREIGN, pipe_fixture, reader, spans_or_none


pipe = pipe_fixture(FOREIGN)
quotes = reader(spans_or_none, "2026-11-20")


@pytest.mark.parametrize("text,who", [
    ("«Ми не погодимося на жодні поступки щодо територій», – так глава МЗС Андрій Сибіга "
     "відреагував на заяву угорського прем'єра.", "andrii-sybiha"),
    ("«Жодних переговорів без України не буде», – так міністр оборони Рустем Умєров "
     "прокоментував чутки про зустріч.", "rustem-umerov"),
], ids=["tak-reacted", "tak-commented"])
def test_so_pointing_back_reaches_the_verb_after_role_and_name(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


def test_so_with_no_speech_verb_names_no_speaker(pipe):
    # near miss: "так" after the dash with a verb that says nothing of the words
    text = ("«Ми не погодимося на жодні поступки щодо територій», – так глава МЗС Андрій "
            "Сибіга завершив свій виступ у Брюсселі.")
    assert all(who != "andrii-sybiha" for _, who in quotes(pipe, text))


@pytest.mark.parametrize("text,who", [
    ("Міністр фінансів вважає бюджет напруженим. Переконаний у протилежному голова комітету "
     "Данило Гетманцев: «Усі цифри реалістичні, ми їх перевіряли».", "danylo-hetmantsev"),
    ("Впевнена в цьому Юлія Свириденко: «Угоду підпишуть цього тижня».", "yulia-svyrydenko"),
], ids=["convinced-role-name", "sure-name"])
def test_a_stance_word_before_the_name_of_a_caption(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


def test_a_stance_word_with_no_colon_gives_no_quote(pipe):
    # near miss: the stance describes what the person does; nobody is quoted
    text = "Переконаний у своїй правоті, голова комітету Данило Гетманцев пішов на засідання."
    assert quotes(pipe, text) == []


@pytest.mark.parametrize("text,claim,who", [
    ("Представник ГУР Андрій Юсов: противник накопичує сили на півдні.",
     "противник накопичує сили на півдні", "andriy-yusov"),
    ("Міністр Сибіга: Україна не погодиться на заморожування війни. Про це він сказав у "
     "Брюсселі.", "Україна не погодиться на заморожування війни", "andrii-sybiha"),
], ids=["post-role-name", "post-then-about-this"])
def test_a_post_of_one_paragraph_opens_with_its_speaker_and_a_colon(pipe, text, claim, who):
    assert quotes(pipe, text) == [(claim, who)]


@pytest.mark.parametrize("text", [
    "Андрій Юсов: біографія, освіта та кар'єра представника розвідки.",
    "Учасники зустрічі: міністр оборони Рустем Умєров та посол США Бріджит Брінк.",
], ids=["title-no-verb", "list-of-people"])
def test_a_post_whose_colon_heads_no_claim_gives_no_quote(pipe, text):
    assert quotes(pipe, text) == []


@pytest.mark.parametrize("text,who", [
    ("Європейський парламент ухвалив резолюцію про підтримку України. Депутати наголосили, "
     "що Росія має відповісти за воєнні злочини.", "european-parliament"),
    ("Верховна Рада ухвалила закон про мобілізацію. Депутати зазначили, що закон набуде "
     "чинності за місяць.", "verkhovna-rada"),
], ids=["europarliament", "rada"])
def test_members_of_the_assembly_just_named_speak_for_it(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


@pytest.mark.parametrize("text", [
    "РНБО запровадила нові санкції. Депутати заявили, що цього недостатньо.",
    "Європейський парламент ухвалив резолюцію про підтримку України. Журналісти зазначили, "
    "що голосування тривало годину.",
], ids=["council-no-assembly", "not-members"])
def test_no_assembly_speaks_for_others(pipe, text):
    assert quotes(pipe, text)[-1][1] is None

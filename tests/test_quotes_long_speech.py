"""Speakers of long quoted speech (paragraphs that each open with «, closed at the end of the
last) and of attributions whose other names are no speakers: the lead's verb nearest the
colon, a pronoun after the quote that the quoted words' names must not take, a person named
after "з"/"після" in the attribution, an editor's hand-over sentence before an address.
Short items written for these tests, end to end (entities resolve the speakers)."""

from khronika.extract.quotes.lexicon import lexicon

from quote_helpers import NAMES, analysed, direct_heads, pipe_fixture, reader


pipe = pipe_fixture(NAMES)
speakers = reader(direct_heads, "2026-11-20")


def test_lexicon_lists_party_prepositions_and_handover_nouns():
    lex = lexicon()
    assert {"з", "після", "до"} <= lex.party_prepositions
    assert not {"в", "у", "на"} & lex.party_prepositions     # those name a source
    assert "текст" in lex.handover_nouns


def test_lead_speaker_is_the_one_whose_verb_opens_the_quote(pipe):
    # the lead's first sentence has a verb of its own (a report to the President); the
    # one nearest the colon hands over to the speech
    text = ("Міністр оборони Денис Шмигаль доповів Президентові про постачання дронів. "
            "Глава держави наголосив:\n"
            "«Кожна бригада має отримати свої дрони до кінця місяця.\n"
            "«Затримок більше не буде».")
    assert speakers(pipe, text, "2025-03-10") == [("Кожна", "volodymyr-zelenskyy"),
                                                  ("Затримок", "volodymyr-zelenskyy")]


def test_pronoun_after_long_quote_is_not_a_name_inside_it(pipe):
    # "він" after the last paragraph: the subject who came and spoke, not the doctor he met
    # and praises inside the quote
    text = ("Міністр охорони здоров'я Віктор Ляшко приїхав до обласної лікарні в Сумах, де "
            "поспілкувався з хірургом Олегом Мартинюком.\n"
            "«Тут оперують навіть під час тривог. Мартинюк щодня рятує людей.\n"
            "«Ми надішлемо лікарні новий рентгенівський апарат», – пообіцяв він.")
    assert speakers(pipe, text) == [("Тут", "viktor-liashko"), ("Ми", "viktor-liashko")]


def test_person_after_a_preposition_in_the_attribution_is_no_speaker(pipe):
    # a woman's verb, a woman met after it whose name does not decline: she is not the one
    # who speaks; the minister named before is
    text = ("Міністерка соціальної політики Оксана Жолнович відвідала Копенгаген.\n"
            "«Данія допоможе відбудувати три дитячі садки на Миколаївщині», – розповіла "
            "міністерка після зустрічі з Метте Фредеріксен.")
    assert speakers(pipe, text, "2024-11-20") == [("Данія", "oksana-zholnovych")]


def test_editor_handover_sentence_passes_to_the_introduction_before_it(pipe):
    text = ("Президент України звернувся до учасників форуму в Давосі. Публікуємо текст "
            "звернення без скорочень.\n"
            "«Шановні учасники форуму! Україна тримається завдяки вашій підтримці.\n"
            "«Нам потрібні рішення, а не заяви.\n"
            "«Дякую!»")
    got = speakers(pipe, text, "2025-01-22")
    assert [s for _, s in got] == ["volodymyr-zelenskyy"] * 3


def test_quote_after_a_sentence_of_publishing_is_the_publishers(pipe):
    # no speech verb before the quote: the head of the office published a post
    text = ("Керівник Офісу Президента Андрій Єрмак оприлюднив у телеграмі допис про "
            "переговори з американською делегацією.\n"
            "«Провели предметну розмову про гарантії безпеки.\n"
            "«Наступна зустріч відбудеться найближчим часом».")
    assert [s for _, s in speakers(pipe, text, "2025-03-20")] == ["andriy-yermak"] * 2


def test_epithet_refers_to_the_subject_not_the_one_met(pipe):
    # "посадовець" goes back to a person just named; the adviser met "із" is not him
    text = ("Андрій Єрмак провів зустріч із Джонатаном Пауеллом. «Ми обговорили гарантії "
            "безпеки для України», – зазначив посадовець.")
    assert speakers(pipe, text, "2025-03-20") == [("Ми", "andriy-yermak")]


def test_epithet_passes_over_a_woman_met_to_the_man_who_met_her(pipe):
    text = ("Андрій Єрмак провів зустріч із Каєю Каллас. «Говорили про спецтрибунал», – "
            "зазначив посадовець.")
    assert speakers(pipe, text, "2025-03-20") == [("Говорили", "andriy-yermak")]


def test_slogan_chanted_after_a_quote_is_nobodys_speech(pipe):
    text = ("Лідерка фракції Кіра Рудик виступила перед мітингувальниками. «Ми захистимо "
            "незалежні медіа», – сказала вона під скандування «Свобода слова!».")
    doc = analysed(pipe, text, "2025-06-20")
    assert [q.text for q in doc.quotes] == ["Ми захистимо незалежні медіа"]


def test_paragraph_pointing_back_attributes_the_long_quote_before_it(pipe):
    text = ("«Партнери отримали наш перелік потреб на зиму.\n"
            "«Головне в ньому – захист енергетики».\n"
            "Так прокоментувала підсумки засідання міністерка юстиції Олена Сорока.")
    assert [s for _, s in speakers(pipe, text, "2025-06-20")] == ["olena-soroka"] * 2


def test_paragraph_introducing_the_next_speech_does_not_attribute_the_one_before(pipe):
    text = ("«Партнери отримали наш перелік потреб на зиму».\n"
            "Міністерка юстиції Олена Сорока заявила:\n"
            "«Позови щодо активів ми подамо до кінця року».")
    got = speakers(pipe, text, "2025-06-20")
    assert got[0][1] != "olena-soroka" and got[1] == ("Позови", "olena-soroka")

"""Quotes (issue 17, Q33): a bare office after a sentence naming two of its holders speaks for
the one the sentence made its subject, not the one he met ("Сибіга зустрівся з міністром
Польщі Сікорським. «...», – заявив міністр"); an aide or a spokesperson named by the person he
serves ("Помічник Буданова", "Речник Пєскова") is the aide, never that person (the entity
layer's reading since part E35), and so is "його" after him; an office owning a frame ("За
словами речника") that no one named before holds is an officer the text leaves unnamed; a bare
office the entity layer had resolved after two holders is read the same way ("Макрон прийняв
Зеленського. «...», – сказав президент"), and nobody's when both were subjects. Texts written
for these tests."""
import pytest

from quote_helpers import FOREIGN, pipe_fixture, reader, spans_or_none


pipe = pipe_fixture(FOREIGN)
quotes = reader(spans_or_none, "2026-11-20")


@pytest.mark.parametrize("text,who", [
    ("Міністр закордонних справ України Андрій Сибіга зустрівся з міністром закордонних справ "
     "Польщі Радославом Сікорським. «Ми обговорили безпекові гарантії», – заявив міністр.",
     "andrii-sybiha"),
    ("Міністр закордонних справ України Андрій Сибіга зустрівся з міністром закордонних справ "
     "Польщі Радославом Сікорським. Міністр заявив, що Україна чекає на нові пакети.",
     "andrii-sybiha"),
    # the office named by the text itself, though the knowledge base lists neither in it
    ("Посол України в Німеччині Олексій Макеєв зустрівся з послом Франції в Німеччині Франсуа "
     "Дельатром. Посол зазначив, що співпраця триває.", "oleksii-makeiev"),
    ("Сибіга провів телефонну розмову з міністром закордонних справ Франції. Міністр заявив, "
     "що Франція підтримає Україну.", "andrii-sybiha"),
    # a woman in the office: the masculine verb agrees with "міністр", which names her still
    ("Міністр оборони Литви Довіле Шакалене зустрілася з міністром оборони України Рустемом "
     "Умєровим. «Литва не зупинить допомогу», – наголосив міністр.", "dovile-sakaliene"),
    # near misses: the subject holds no such office; an adjective names the other's state;
    # one minister only
    ("Зеленський зустрівся з міністром закордонних справ Польщі Радославом Сікорським. "
     "«Ми обговорили безпекові гарантії», – заявив міністр.", "radoslaw-sikorski"),
    ("Сибіга зустрівся з Сікорським. Польський міністр наголосив, що підтримка триватиме.",
     "radoslaw-sikorski"),
    ("Міністр енергетики Герман Галущенко відвідав Харків. «Ми відновимо мережі», – сказав "
     "міністр.", "herman-halushchenko"),
], ids=["direct", "indirect", "envoy-in-text", "unnamed-met", "woman-subject", "subject-no-office",
        "adjective", "one-holder"])
def test_a_bare_office_after_two_holders_is_the_subjects(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


@pytest.mark.parametrize("text,who", [
    ("Помічник Буданова повідомив, що розвідка має нові дані.", None),
    ("Речник Пєскова заявив, що Кремль не коментуватиме заяву.", None),
    # near misses: the aide named; the person served speaking himself
    ("Помічник Буданова Андрій Юсов повідомив, що розвідка має нові дані.", "andriy-yusov"),
    ("Речник Кремля Дмитро Пєсков заявив, що Кремль не коментуватиме заяву.", "dmitry-peskov"),
    ("Помічник Буданова передав журналістам слова генерала. Буданов повідомив, що розвідка має "
     "нові дані.", "kyrylo-budanov"),
], ids=["aide", "spokesman", "aide-named", "office-named", "served-speaks"])
def test_an_aide_named_by_whom_he_serves_is_the_aide(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


@pytest.mark.parametrize("text,who", [
    ("Помічник Буданова повідомив, що розвідка має нові дані.\n\nЗа його словами, росіяни "
     "перекидають резерви.", None),
    ("Помічник президента США заявив, що Вашингтон вивчає пропозиції.\n\nЗа словами помічника, "
     "рішення ухвалять найближчими днями.", None),
    ("Путін провів нараду. За словами речника, рішення ухвалять найближчими днями.", None),
    # near misses: the aide named before; a pronoun after the person named himself
    ("Помічник президента Росії Юрій Ушаков заявив, що Москва вивчає пропозиції.\n\nЗа словами "
     "помічника, рішення ухвалять найближчими днями.", "yuri-ushakov"),
    ("Буданов повідомив, що розвідка має нові дані.\n\nЗа його словами, росіяни перекидають "
     "резерви.", "kyrylo-budanov"),
], ids=["his-words", "aides-words", "spokesmans-words", "aide-named", "named-himself"])
def test_words_of_an_unnamed_aide_are_nobodys_named(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who


@pytest.mark.parametrize("text,who", [
    # the entity layer had sent the bare office on to one of them: the one received, or the
    # other's holder by the state named last
    ("Президент Франції Емманюель Макрон прийняв президента України Володимира Зеленського. "
     "«Ми готуємо нові рішення», – сказав президент.", "emmanuel-macron"),
    ("Прем'єр-міністр Денис Шмигаль зустрівся з прем'єр-міністром Нідерландів. Прем'єр-міністр "
     "зазначив, що Нідерланди виділять кошти.", "denys-shmyhal"),
    # two holders made the subject together: nobody the text tells
    ("Президент України Володимир Зеленський і президент Франції Емманюель Макрон провели "
     "пресконференцію. «Ми готуємо нові рішення», – сказав президент.", None),
    # near misses: the office with its state; the one received named by his office again
    ("Зеленський прийняв прем'єр-міністра Польщі Дональда Туска. Прем'єр-міністр запевнив, що "
     "Польща підтримає Україну.", "donald-tusk"),
    ("Президент Франції Емманюель Макрон прийняв президента України Володимира Зеленського. "
     "Президент України наголосив, що Київ вдячний.", "volodymyr-zelenskyy"),
], ids=["host", "met-abroad", "together", "one-holder", "with-state"])
def test_a_bare_office_the_entity_layer_read_after_two_holders(pipe, text, who):
    assert quotes(pipe, text)[-1][1] == who

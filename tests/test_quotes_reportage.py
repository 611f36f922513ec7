"""Speakers in reportage and regional news (issue 17): people met in the street, officials
named only by a deputy's or an aide's office, sources named after the claim with no dash.
Short items written for these tests."""
import pytest

from quote_helpers import FOREIGN, kinds_heads, pipe_fixture, reader


pipe = pipe_fixture(FOREIGN)
quotes = reader(kinds_heads, "2025-09-12")


@pytest.mark.parametrize("text", [
    # the chief is named only to say whose deputy or aide speaks: never the chief
    "«Тарифи не зміняться до весни», – повідомила заступниця прем'єр-міністра.",
    "«Полонених обміняють найближчим часом», – розповів радник міністра оборони.",
    "Помічник президента США зазначив, що зустріч перенесли на осінь.",
    "«Тепло дадуть у понеділок», – сказав заступник мера Києва.",
])
def test_a_deputy_or_aide_is_not_his_chief(pipe, text):
    got = quotes(pipe, text)
    assert len(got) == 1 and got[0][2] is None


def test_a_deputy_of_a_region_head_speaks_for_the_body(pipe):
    # "заступник начальника ОВА": not the head the knowledge base lists, the body for him
    text = ("На Харківщині тривають евакуаційні рейси. «Щотижня вивозимо понад сто людей», "
            "– розповів заступник начальника ОВА.")
    assert quotes(pipe, text) == [("direct", "Щотижня", "kharkiv-ova")]


def test_a_named_colleague_in_apposition_still_speaks(pipe):
    # "Її колега Олег Гнатюк": a name in apposition to the noun is the speaker himself
    text = ("«Ми працюємо без вихідних», – розповідає лікарка Ольга Савчук. Її колега Олег "
            "Гнатюк додає: «Але ліків вистачає».")
    got = quotes(pipe, text)
    assert [sp for _, _, sp in got] == ["olha-savchuk", "oleh-hnatiuk"]


def test_a_woman_who_remembers_is_quoted(pipe):
    # right after a quote and its dash, remembering attributes: "– пригадує пенсіонерка"
    text = "– Снаряд влучив у сусідський сарай, – пригадує пенсіонерка Ніна Коваль."
    assert quotes(pipe, text) == [("direct", "Снаряд", "nina-koval")]
    text = "«Світла не було тиждень», – згадує вчителька Оксана Литвин."
    assert quotes(pipe, text) == [("direct", "Світла", "oksana-lytvyn")]


def test_remembering_elsewhere_reports_no_speech(pipe):
    # "згадав, що ..." is what one remembers; "пригадав він рядок" recalls another's words
    assert quotes(pipe, "Мій сусід пригадав, що колись вивчав польську.") == []
    text = "Іван Коваль стояв мовчки. «Усе минає», – пригадав він рядок зі старої пісні."
    assert all(q[2] is None for q in quotes(pipe, text))


def test_a_vendor_who_complains_is_quoted(pipe):
    text = "«Покупців стало вдвічі менше», – бідкається продавчиня Галина Мороз."
    assert quotes(pipe, text) == [("direct", "Покупців", "halyna-moroz")]


def test_an_office_holder_who_spoke_out(pipe):
    text = ("Начальник Генштабу висловився про становище на фронті коротко: "
            "«Лінію оборони ми втримаємо».")
    assert quotes(pipe, text) == [("direct", "Лінію", "andrii-hnatov")]


def test_source_after_the_claim_without_a_dash(pipe):
    # the text that published it speaks for its author; a correspondent for his medium
    got = quotes(pipe, "Обвинуваченому загрожує довічне ув'язнення, йдеться в повідомленні "
                       "прокуратури.")
    assert len(got) == 1 and got[0][:2] == ("indirect", "Обвинуваченому") and got[0][2]
    got = quotes(pipe, "Окупанти посилили перевірки на блокпостах у Бердянську, передає "
                       "кореспондент Укрінформу.")
    assert got == [("indirect", "Окупанти", "ukrinform")]
    got = quotes(pipe, "Понад двісті родин отримали генератори, йдеться на сайті Одеської ОВА.")
    assert got == [("indirect", "Понад", "odesa-ova")]


def test_a_series_of_present_verbs_is_no_source(pipe):
    assert quotes(pipe, "Зруйновані квартали, нагадують руїни Маріуполя.") == []


def test_a_labelled_line_once_is_no_interview(pipe):
    text = ("Мешканці скаржаться на черги.\n\nФото: Іван Петренко\n\n"
            "Відповідь: ще не надійшла.")
    assert all(q[2] is None for q in quotes(pipe, text))


@pytest.mark.parametrize("lead,speaker", [
    ("Його відповідь була короткою:", "volodymyr-zelenskyy"),
    ("Його слова:", "volodymyr-zelenskyy"),
    ("Його висновок був однозначним:", "volodymyr-zelenskyy"),
])
def test_words_and_their_owner_before_a_colon(pipe, lead, speaker):
    text = f"Зеленського запитали про перемир'я. {lead} «Поступатися землею ми не будемо»."
    assert quotes(pipe, text) == [("direct", "Поступатися", speaker)]


def test_words_with_no_owner_before_a_colon_name_nobody(pipe):
    text = "Сибіга зустрівся з послами. Висновок простий: «Санкції мають посилюватися»."
    assert quotes(pipe, text) == [("direct", "Санкції", None)]


def test_a_quote_after_an_address_goes_to_who_addressed(pipe):
    text = ("Дмитро Лубінець звернувся до ООН.\n\n"
            "«Ми просимо доступу до полонених.\n\n"
            "Їхні родини чекають новин».")
    assert [q[2] for q in quotes(pipe, text)] == ["dmytro-lubinets", "dmytro-lubinets"]


def test_the_published_text_of_a_body_named_with_an_adjective(pipe):
    got = quotes(pipe, "Окупанти обстріляли Херсон з дронів, йдеться в повідомленні обласної "
                       "прокуратури.")
    assert len(got) == 1 and got[0][:2] == ("indirect", "Окупанти") and got[0][2]


def test_an_assessment_and_its_owner_before_a_colon(pipe):
    text = ("Юлія Свириденко відвідала зруйновану підстанцію. Її оцінка була жорсткою: "
            "«Це удар по цивільних».")
    assert quotes(pipe, text) == [("direct", "Це", "yulia-svyrydenko")]


def test_an_address_after_the_quote_attributes_it(pipe):
    text = ("Ігор Клименко відвідав пожежну частину. «Ви рятуєте людей щодня», – звернувся "
            "він до рятувальників.")
    assert quotes(pipe, text) == [("direct", "Ви", "ihor-klymenko")]
